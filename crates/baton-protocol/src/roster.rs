//! Operator lifecycle values as the registry reports them (`ISequencerRegistry.Status`, docs/PROTOCOL.md §Roster).

/// The operator ids of a bitmap (bit `i` for operator `i`: member sets, signer sets), ascending.
pub fn ids(bits: u128) -> impl Iterator<Item = u8> {
    (0..128u8).filter(move |id| bits >> id & 1 == 1)
}

/// `ISequencerRegistry.Status`, in the contract's order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[repr(u8)]
pub enum Status {
    /// No operator under this id.
    None = 0,
    /// Bonded and scheduled (from two epochs after it joined).
    Active = 1,
    /// Suspended after too many strikes; may unjail after the cooldown.
    Jailed = 2,
    /// Leaving; the bond is withdrawable after the exit delay.
    Exiting = 3,
    /// Removed for equivocation with its whole bond taken; its signer never posts again.
    Ejected = 4,
}

impl Status {
    /// The status of the registry's `uint8`, or `None` for a value the contract does not define.
    pub fn from_u8(value: u8) -> Option<Self> {
        Some(match value {
            0 => Self::None,
            1 => Self::Active,
            2 => Self::Jailed,
            3 => Self::Exiting,
            4 => Self::Ejected,
            _ => return None,
        })
    }

    /// Its name in the contract.
    pub fn name(self) -> &'static str {
        match self {
            Self::None => "None",
            Self::Active => "Active",
            Self::Jailed => "Jailed",
            Self::Exiting => "Exiting",
            Self::Ejected => "Ejected",
        }
    }

    /// The name of a raw value, `"unknown (n)"` for one the contract does not define.
    pub fn name_of(value: u8) -> String {
        Self::from_u8(value).map_or_else(|| format!("unknown ({value})"), |s| s.name().to_owned())
    }
}

/// `ISequencerRegistry.Fault`, in the contract's order: the `fault` topic of `Slashed` and `Ejected`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[repr(u8)]
pub enum Fault {
    /// Two headers for one batch number, or one that contradicts the record.
    Equivocation = 0,
    /// A forced entry left out past its deadline by the slot's leader.
    Censorship = 1,
    /// Jailed after too many missed leader slots.
    MissedSlots = 2,
    /// A posted batch contradicts an inclusion receipt (safety).
    ReceiptContradicted = 3,
    /// The promised batch never came (liveness).
    ReceiptUnkept = 4,
    /// Two committee certificates for one position.
    CertificateConflict = 5,
}

impl Fault {
    /// Every fault, in the contract's order.
    pub const ALL: [Self; 6] = [
        Self::Equivocation,
        Self::Censorship,
        Self::MissedSlots,
        Self::ReceiptContradicted,
        Self::ReceiptUnkept,
        Self::CertificateConflict,
    ];

    /// The fault of the registry's `uint8`, or `None` for a value the contract does not define.
    pub fn from_u8(value: u8) -> Option<Self> {
        Self::ALL.get(usize::from(value)).copied()
    }

    /// A short human name.
    pub fn label(self) -> &'static str {
        match self {
            Self::Equivocation => "equivocation",
            Self::Censorship => "censorship",
            Self::MissedSlots => "missed slots (jailed)",
            Self::ReceiptContradicted => "receipt contradicted",
            Self::ReceiptUnkept => "receipt unkept",
            Self::CertificateConflict => "certificate conflict",
        }
    }

    /// The label of a raw value, `"unknown (n)"` for one the contract does not define.
    pub fn label_of(value: u8) -> String {
        Self::from_u8(value).map_or_else(|| format!("unknown ({value})"), |f| f.label().to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn faults_round_trip_in_the_contract_order() {
        for (value, fault) in Fault::ALL.iter().enumerate() {
            assert_eq!(Fault::from_u8(value as u8), Some(*fault));
            assert_eq!(*fault as u8, value as u8);
        }
        assert_eq!(Fault::label_of(1), "censorship");
        assert_eq!(Fault::label_of(6), "unknown (6)");
    }

    #[test]
    fn values_round_trip_in_the_contract_order() {
        for value in 0..=4u8 {
            let status = Status::from_u8(value).expect("defined");
            assert_eq!(status as u8, value);
        }
        assert_eq!(Status::name_of(2), "Jailed");
        assert_eq!(Status::name_of(9), "unknown (9)");
    }
}
