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

#[cfg(test)]
mod tests {
    use super::*;

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
