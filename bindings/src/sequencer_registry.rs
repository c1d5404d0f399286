///Module containing a contract's types and functions.
/**

```solidity
library ISequencerRegistry {
    type Fault is uint8;
    type Status is uint8;
    struct Escrow { address victim; uint96 compensation; address reporter; uint96 bounty; address offender; uint64 releaseAt; }
    struct Operator { address owner; uint96 bond; address signer; Status status; bool suspended; uint16 strikes; uint32 strikeEpoch; uint32 leavesAtEpoch; uint64 withdrawableAt; uint64 unjailableAt; uint64 suspendedFromSlot; uint64 accountableFromSlot; }
    struct Params { uint64 l2ChainId; uint96 minBond; uint8 maxSequencers; uint32 slotLength; uint32 slotsPerEpoch; uint32 graceBlocks; uint32 inclusionWindow; uint32 escapeDelay; uint32 faultWindow; uint32 exitDelay; uint16 strikesToJail; uint32 jailCooldown; uint96 jailPenalty; uint96 censorshipPenalty; uint96 censorshipCompensation; uint96 receiptSafetyPenalty; uint96 receiptLivenessPenalty; uint96 receiptCompensation; uint16 bountyBps; uint96 forcedInclusionFee; uint32 maxForcedTxSize; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ISequencerRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Fault(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Fault> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<alloy::sol_types::sol_data::Uint<8>>::stv_to_tokens(
                    self,
                )
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(self).0
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encode_packed_to(
                    self, out,
                )
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl Fault {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for Fault {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Fault> for u8 {
            fn from(value: Fault) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Fault {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Fault {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::topic_preimage_length(
                    rust,
                )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust, out,
                )
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Status(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Status> for u8 {
            #[inline]
            fn stv_to_tokens(
                &self,
            ) -> <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'_> {
                alloy_sol_types::private::SolTypeValue::<alloy::sol_types::sol_data::Uint<8>>::stv_to_tokens(
                    self,
                )
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(self).0
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encode_packed_to(
                    self, out,
                )
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::abi_encoded_size(self)
            }
        }
        impl Status {
            /// The Solidity type name.
            pub const NAME: &'static str = stringify!(@ name);
            /// Convert from the underlying value type.
            #[inline]
            pub const fn from_underlying(value: u8) -> Self {
                Self(value)
            }
            /// Return the underlying value.
            #[inline]
            pub const fn into_underlying(self) -> u8 {
                self.0
            }
            /// Return the single encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode(&self.0)
            }
            /// Return the packed encoding of this value, delegating to the
            /// underlying type.
            #[inline]
            pub fn abi_encode_packed(&self) -> alloy_sol_types::private::Vec<u8> {
                <Self as alloy_sol_types::SolType>::abi_encode_packed(&self.0)
            }
        }
        #[automatically_derived]
        impl From<u8> for Status {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<Status> for u8 {
            fn from(value: Status) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Status {
            type RustType = u8;
            type Token<'a> = <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = Self::NAME;
            const ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                Self::type_check(token).is_ok()
            }
            #[inline]
            fn type_check(token: &Self::Token<'_>) -> alloy_sol_types::Result<()> {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::type_check(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::detokenize(token)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Status {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::topic_preimage_length(
                    rust,
                )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    rust, out,
                )
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(rust)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Escrow { address victim; uint96 compensation; address reporter; uint96 bounty; address offender; uint64 releaseAt; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Escrow {
        #[allow(missing_docs)]
        pub victim: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub compensation: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bounty: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub offender: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub releaseAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::Address,
            u64,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Escrow> for UnderlyingRustTuple<'_> {
            fn from(value: Escrow) -> Self {
                (
                    value.victim,
                    value.compensation,
                    value.reporter,
                    value.bounty,
                    value.offender,
                    value.releaseAt,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Escrow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    victim: tuple.0,
                    compensation: tuple.1,
                    reporter: tuple.2,
                    bounty: tuple.3,
                    offender: tuple.4,
                    releaseAt: tuple.5,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Escrow {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Escrow {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.victim),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.compensation,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.bounty,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.offender,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.releaseAt,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Escrow {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Escrow {
            const NAME: &'static str = "Escrow";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Escrow(address victim,uint96 compensation,address reporter,uint96 bounty,address offender,uint64 releaseAt)",
                )
            }
            #[inline]
            fn eip712_components(
            ) -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.victim,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.compensation,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.reporter,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.bounty,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.offender,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.releaseAt,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Escrow {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.victim,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.compensation,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.reporter,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.bounty,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.offender,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.releaseAt,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.victim,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.compensation,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.reporter,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.bounty,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.offender,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.releaseAt,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Operator { address owner; uint96 bond; address signer; Status status; bool suspended; uint16 strikes; uint32 strikeEpoch; uint32 leavesAtEpoch; uint64 withdrawableAt; uint64 unjailableAt; uint64 suspendedFromSlot; uint64 accountableFromSlot; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Operator {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bond: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub status: <Status as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub suspended: bool,
        #[allow(missing_docs)]
        pub strikes: u16,
        #[allow(missing_docs)]
        pub strikeEpoch: u32,
        #[allow(missing_docs)]
        pub leavesAtEpoch: u32,
        #[allow(missing_docs)]
        pub withdrawableAt: u64,
        #[allow(missing_docs)]
        pub unjailableAt: u64,
        #[allow(missing_docs)]
        pub suspendedFromSlot: u64,
        #[allow(missing_docs)]
        pub accountableFromSlot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Address,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Address,
            Status,
            alloy::sol_types::sol_data::Bool,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::Address,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::Address,
            <Status as alloy::sol_types::SolType>::RustType,
            bool,
            u16,
            u32,
            u32,
            u64,
            u64,
            u64,
            u64,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Operator> for UnderlyingRustTuple<'_> {
            fn from(value: Operator) -> Self {
                (
                    value.owner,
                    value.bond,
                    value.signer,
                    value.status,
                    value.suspended,
                    value.strikes,
                    value.strikeEpoch,
                    value.leavesAtEpoch,
                    value.withdrawableAt,
                    value.unjailableAt,
                    value.suspendedFromSlot,
                    value.accountableFromSlot,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Operator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    owner: tuple.0,
                    bond: tuple.1,
                    signer: tuple.2,
                    status: tuple.3,
                    suspended: tuple.4,
                    strikes: tuple.5,
                    strikeEpoch: tuple.6,
                    leavesAtEpoch: tuple.7,
                    withdrawableAt: tuple.8,
                    unjailableAt: tuple.9,
                    suspendedFromSlot: tuple.10,
                    accountableFromSlot: tuple.11,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Operator {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Operator {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.owner),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(&self.bond),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),
                    <Status as alloy_sol_types::SolType>::tokenize(&self.status),
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(&self.suspended),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.strikes,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.strikeEpoch,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.leavesAtEpoch,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.withdrawableAt,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.unjailableAt,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.suspendedFromSlot,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.accountableFromSlot,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Operator {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Operator {
            const NAME: &'static str = "Operator";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Operator(address owner,uint96 bond,address signer,uint8 status,bool suspended,uint16 strikes,uint32 strikeEpoch,uint32 leavesAtEpoch,uint64 withdrawableAt,uint64 unjailableAt,uint64 suspendedFromSlot,uint64 accountableFromSlot)",
                )
            }
            #[inline]
            fn eip712_components(
            ) -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.owner,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.bond,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                        &self.signer,
                    )
                    .0,
                    <Status as alloy_sol_types::SolType>::eip712_data_word(&self.status).0,
                    <alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::eip712_data_word(
                        &self.suspended,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.strikes,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.strikeEpoch,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.leavesAtEpoch,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.withdrawableAt,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.unjailableAt,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.suspendedFromSlot,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.accountableFromSlot,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Operator {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.owner,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.bond)
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signer,
                    )
                    + <Status as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.status,
                    )
                    + <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.suspended,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.strikes,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.strikeEpoch,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.leavesAtEpoch,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.withdrawableAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.unjailableAt,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.suspendedFromSlot,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.accountableFromSlot,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.owner,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.bond, out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signer,
                    out,
                );
                <Status as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.status, out);
                <alloy::sol_types::sol_data::Bool as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.suspended,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.strikes,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.strikeEpoch,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.leavesAtEpoch,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.withdrawableAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.unjailableAt,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.suspendedFromSlot,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.accountableFromSlot,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Params { uint64 l2ChainId; uint96 minBond; uint8 maxSequencers; uint32 slotLength; uint32 slotsPerEpoch; uint32 graceBlocks; uint32 inclusionWindow; uint32 escapeDelay; uint32 faultWindow; uint32 exitDelay; uint16 strikesToJail; uint32 jailCooldown; uint96 jailPenalty; uint96 censorshipPenalty; uint96 censorshipCompensation; uint96 receiptSafetyPenalty; uint96 receiptLivenessPenalty; uint96 receiptCompensation; uint16 bountyBps; uint96 forcedInclusionFee; uint32 maxForcedTxSize; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Params {
        #[allow(missing_docs)]
        pub l2ChainId: u64,
        #[allow(missing_docs)]
        pub minBond: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub maxSequencers: u8,
        #[allow(missing_docs)]
        pub slotLength: u32,
        #[allow(missing_docs)]
        pub slotsPerEpoch: u32,
        #[allow(missing_docs)]
        pub graceBlocks: u32,
        #[allow(missing_docs)]
        pub inclusionWindow: u32,
        #[allow(missing_docs)]
        pub escapeDelay: u32,
        #[allow(missing_docs)]
        pub faultWindow: u32,
        #[allow(missing_docs)]
        pub exitDelay: u32,
        #[allow(missing_docs)]
        pub strikesToJail: u16,
        #[allow(missing_docs)]
        pub jailCooldown: u32,
        #[allow(missing_docs)]
        pub jailPenalty: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub censorshipPenalty: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub censorshipCompensation: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub receiptSafetyPenalty: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub receiptLivenessPenalty: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub receiptCompensation: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub bountyBps: u16,
        #[allow(missing_docs)]
        pub forcedInclusionFee: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub maxForcedTxSize: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<8>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<16>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            alloy::sol_types::private::primitives::aliases::U96,
            u8,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u32,
            u16,
            u32,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::primitives::aliases::U96,
            u16,
            alloy::sol_types::private::primitives::aliases::U96,
            u32,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Params> for UnderlyingRustTuple<'_> {
            fn from(value: Params) -> Self {
                (
                    value.l2ChainId,
                    value.minBond,
                    value.maxSequencers,
                    value.slotLength,
                    value.slotsPerEpoch,
                    value.graceBlocks,
                    value.inclusionWindow,
                    value.escapeDelay,
                    value.faultWindow,
                    value.exitDelay,
                    value.strikesToJail,
                    value.jailCooldown,
                    value.jailPenalty,
                    value.censorshipPenalty,
                    value.censorshipCompensation,
                    value.receiptSafetyPenalty,
                    value.receiptLivenessPenalty,
                    value.receiptCompensation,
                    value.bountyBps,
                    value.forcedInclusionFee,
                    value.maxForcedTxSize,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Params {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    l2ChainId: tuple.0,
                    minBond: tuple.1,
                    maxSequencers: tuple.2,
                    slotLength: tuple.3,
                    slotsPerEpoch: tuple.4,
                    graceBlocks: tuple.5,
                    inclusionWindow: tuple.6,
                    escapeDelay: tuple.7,
                    faultWindow: tuple.8,
                    exitDelay: tuple.9,
                    strikesToJail: tuple.10,
                    jailCooldown: tuple.11,
                    jailPenalty: tuple.12,
                    censorshipPenalty: tuple.13,
                    censorshipCompensation: tuple.14,
                    receiptSafetyPenalty: tuple.15,
                    receiptLivenessPenalty: tuple.16,
                    receiptCompensation: tuple.17,
                    bountyBps: tuple.18,
                    forcedInclusionFee: tuple.19,
                    maxForcedTxSize: tuple.20,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Params {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Params {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.l2ChainId,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.minBond,
                    ),
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                        &self.maxSequencers,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.slotLength,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.slotsPerEpoch,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.graceBlocks,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.inclusionWindow,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.escapeDelay,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.faultWindow,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.exitDelay,
                    ),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.strikesToJail,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.jailCooldown,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.jailPenalty,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.censorshipPenalty,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.censorshipCompensation,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.receiptSafetyPenalty,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.receiptLivenessPenalty,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.receiptCompensation,
                    ),
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(
                        &self.bountyBps,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.forcedInclusionFee,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.maxForcedTxSize,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for Params {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for Params {
            const NAME: &'static str = "Params";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Params(uint64 l2ChainId,uint96 minBond,uint8 maxSequencers,uint32 slotLength,uint32 slotsPerEpoch,uint32 graceBlocks,uint32 inclusionWindow,uint32 escapeDelay,uint32 faultWindow,uint32 exitDelay,uint16 strikesToJail,uint32 jailCooldown,uint96 jailPenalty,uint96 censorshipPenalty,uint96 censorshipCompensation,uint96 receiptSafetyPenalty,uint96 receiptLivenessPenalty,uint96 receiptCompensation,uint16 bountyBps,uint96 forcedInclusionFee,uint32 maxForcedTxSize)",
                )
            }
            #[inline]
            fn eip712_components(
            ) -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.l2ChainId,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.minBond,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.maxSequencers,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.slotLength,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.slotsPerEpoch,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.graceBlocks,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.inclusionWindow,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.escapeDelay,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.faultWindow,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.exitDelay,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.strikesToJail,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.jailCooldown,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.jailPenalty,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.censorshipPenalty,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.censorshipCompensation,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.receiptSafetyPenalty,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.receiptLivenessPenalty,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.receiptCompensation,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.bountyBps,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.forcedInclusionFee,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.maxForcedTxSize,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Params {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.l2ChainId,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.minBond,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        8,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxSequencers,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotLength,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.slotsPerEpoch,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.graceBlocks,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.inclusionWindow,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.escapeDelay,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.faultWindow,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.exitDelay,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.strikesToJail,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.jailCooldown,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.jailPenalty,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.censorshipPenalty,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.censorshipCompensation,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.receiptSafetyPenalty,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.receiptLivenessPenalty,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.receiptCompensation,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        16,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.bountyBps,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.forcedInclusionFee,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.maxForcedTxSize,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.l2ChainId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.minBond,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxSequencers,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotLength,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slotsPerEpoch,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.graceBlocks,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.inclusionWindow,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.escapeDelay,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.faultWindow,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.exitDelay,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.strikesToJail,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.jailCooldown,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.jailPenalty,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.censorshipPenalty,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.censorshipCompensation,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.receiptSafetyPenalty,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.receiptLivenessPenalty,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.receiptCompensation,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.bountyBps,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.forcedInclusionFee,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.maxForcedTxSize,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`ISequencerRegistry`](self) contract instance.

    See the [wrapper's documentation](`ISequencerRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ISequencerRegistryInstance<P, N> {
        ISequencerRegistryInstance::<P, N>::new(address, __provider)
    }
    /**A [`ISequencerRegistry`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`ISequencerRegistry`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ISequencerRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ISequencerRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ISequencerRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        ISequencerRegistryInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`ISequencerRegistry`](self) contract instance.

        See the [wrapper's documentation](`ISequencerRegistryInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> ISequencerRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ISequencerRegistryInstance<P, N> {
            ISequencerRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        ISequencerRegistryInstance<P, N>
    {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        ISequencerRegistryInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
    }
}
/**

Generated by the following Solidity interface...
```solidity
library ISequencerRegistry {
    type Fault is uint8;
    type Status is uint8;
    struct Escrow {
        address victim;
        uint96 compensation;
        address reporter;
        uint96 bounty;
        address offender;
        uint64 releaseAt;
    }
    struct Operator {
        address owner;
        uint96 bond;
        address signer;
        Status status;
        bool suspended;
        uint16 strikes;
        uint32 strikeEpoch;
        uint32 leavesAtEpoch;
        uint64 withdrawableAt;
        uint64 unjailableAt;
        uint64 suspendedFromSlot;
        uint64 accountableFromSlot;
    }
    struct Params {
        uint64 l2ChainId;
        uint96 minBond;
        uint8 maxSequencers;
        uint32 slotLength;
        uint32 slotsPerEpoch;
        uint32 graceBlocks;
        uint32 inclusionWindow;
        uint32 escapeDelay;
        uint32 faultWindow;
        uint32 exitDelay;
        uint16 strikesToJail;
        uint32 jailCooldown;
        uint96 jailPenalty;
        uint96 censorshipPenalty;
        uint96 censorshipCompensation;
        uint96 receiptSafetyPenalty;
        uint96 receiptLivenessPenalty;
        uint96 receiptCompensation;
        uint16 bountyBps;
        uint96 forcedInclusionFee;
        uint32 maxForcedTxSize;
    }
}

interface SequencerRegistry {
    struct BatchHeader {
        uint64 l2ChainId;
        uint64 batchNumber;
        uint64 slot;
        bytes32 parentHash;
        bytes32 dataCommitment;
        bytes32 txRoot;
        uint64 queuePosition;
        address sequencer;
    }

    error AlreadyEjected(uint8 id);
    error AlreadyProven(bytes32 evidence);
    error BondTooHigh(uint256 bond);
    error BondTooLow(uint256 minimum, uint256 actual);
    error CooldownActive(uint64 unjailableAt);
    error EpochPruned(uint32 epoch);
    error HeaderMismatch(uint64 batchNumber);
    error HeadersDoNotCoverSlot(uint64 slot);
    error HeadersNotConsecutive(uint256 position);
    error HeadersRequired();
    error InvalidParameters(string reason);
    error InvalidSignature();
    error InvalidSigner();
    error LeaderPostedInSlot(uint64 slot);
    error NoAccountableOperator(uint64 slot);
    error NoLeader(uint64 slot);
    error NotAccountable(uint8 id, uint64 slot);
    error NotCensored(uint64 index, uint64 includedPosition);
    error NotCommitteeContract();
    error NotEquivocation();
    error NotOwner(address owner);
    error NotReceiptsContract();
    error NotRosterBitmap(uint256 bits);
    error NotScheduled(uint8 id, uint64 slot);
    error NotWithdrawableYet(uint64 withdrawableAt);
    error NothingOwed();
    error OutsideFaultWindow(uint64 slot);
    error PayoutForfeited(bytes32 evidence);
    error PayoutLocked(uint64 releaseAt);
    error RosterFull(uint256 maxSequencers);
    error SignerAlreadyUsed(address signer);
    error SlotNotOver(uint64 slot);
    error TransferFailed();
    error UnknownOperator(uint8 id);
    error UnknownPayout(bytes32 evidence);
    error UnknownSigner(address signer);
    error WrongStatus(ISequencerRegistry.Status status);

    event Ejected(ISequencerRegistry.Fault indexed fault, bytes32 indexed evidence, address indexed reporter, uint256 ids, uint256 bounty, uint256[] penalties);
    event EscrowForfeited(uint8 indexed id, address indexed signer, uint256 amount);
    event ExitRequested(uint8 indexed id, uint32 leavesAtEpoch, uint64 withdrawableAt);
    event Jailed(uint8 indexed id, uint32 leavesAtEpoch, uint64 unjailableAt);
    event PayoutReleased(bytes32 indexed evidence);
    event PayoutWithdrawn(address indexed account, uint256 amount);
    event Registered(uint8 indexed id, address indexed owner, address indexed signer, uint256 bond, uint32 fromEpoch);
    event Slashed(uint8 indexed id, ISequencerRegistry.Fault indexed fault, bytes32 indexed evidence, uint256 penalty, ISequencerRegistry.Escrow payout);
    event Struck(uint8 indexed id, uint64 indexed slot, uint16 strikes);
    event ToppedUp(uint8 indexed id, uint256 amount, uint256 bond);
    event Unjailed(uint8 indexed id, uint32 fromEpoch);
    event Withdrawn(uint8 indexed id, address indexed owner, uint256 amount);

    constructor(ISequencerRegistry.Params p, address receipts_, address committee_);

    function chargeCertificateConflict(uint256 ids, uint64 slot, bytes32 evidence, address reporter) external returns (uint256 charged);
    function chargeReceipt(address signer, ISequencerRegistry.Fault fault, bytes32 evidence, uint256 penalty, address beneficiary, uint256 compensation, address reporter) external;
    function checkpointRingSize() external view returns (uint64);
    function committee() external view returns (address);
    function currentSlot() external view returns (uint64);
    function eligibleSigner(uint8 id) external view returns (address signer);
    function epochOf(uint64 slot) external view returns (uint32);
    function epochSeed(uint32 epoch) external view returns (bytes32);
    function escrowHashOf(bytes32 evidence) external view returns (bytes32 hash);
    function escrowedAgainst(address signer) external view returns (uint256);
    function faultProven(bytes32 evidence) external view returns (bool);
    function genesisBlock() external view returns (uint64);
    function inbox() external view returns (address);
    function leaderOf(uint64 slot) external view returns (uint8);
    function membersAt(uint32 epoch) external view returns (uint256 members);
    function operator(uint8 id) external view returns (ISequencerRegistry.Operator memory);
    function operatorIdOf(address signer) external view returns (uint8);
    function params() external view returns (ISequencerRegistry.Params memory);
    function payoutOf(address account) external view returns (uint256);
    function receipts() external view returns (address);
    function register(address signer) external payable returns (uint8 id);
    function releasePayout(bytes32 evidence, ISequencerRegistry.Escrow memory escrow) external;
    function reportMissedSlot(uint64 slot, uint64 firstBatch, BatchHeader[] memory headers) external;
    function requestExit(uint8 id) external;
    function slashCensorship(uint64 entryIndex, uint64 firstBatch, BatchHeader[] memory headers) external;
    function slashEquivocation(BatchHeader memory first, bytes memory firstSignature, BatchHeader memory second, bytes memory secondSignature) external;
    function slashRecordConflict(BatchHeader memory signed, bytes memory signature, BatchHeader memory recorded) external;
    function slotAt(uint256 blockNumber) external view returns (uint64);
    function slotStartBlock(uint64 slot) external view returns (uint64);
    function strikesIn(uint8 id, uint32 epoch) external view returns (uint16);
    function topUp(uint8 id) external payable;
    function totalBonded() external view returns (uint256);
    function totalBurned() external view returns (uint256);
    function totalEscrowed() external view returns (uint256);
    function totalPayouts() external view returns (uint256);
    function unjail(uint8 id) external;
    function withdraw(uint8 id) external;
    function withdrawPayout() external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "p",
        "type": "tuple",
        "internalType": "struct ISequencerRegistry.Params",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "minBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "maxSequencers",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "slotLength",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "slotsPerEpoch",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "graceBlocks",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "inclusionWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "escapeDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "faultWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "exitDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "strikesToJail",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "jailCooldown",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "jailPenalty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "censorshipPenalty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "censorshipCompensation",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "receiptSafetyPenalty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "receiptLivenessPenalty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "receiptCompensation",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "bountyBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "forcedInclusionFee",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "maxForcedTxSize",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      },
      {
        "name": "receipts_",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "committee_",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "chargeCertificateConflict",
    "inputs": [
      {
        "name": "ids",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "reporter",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "charged",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "chargeReceipt",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "fault",
        "type": "uint8",
        "internalType": "enum ISequencerRegistry.Fault"
      },
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "penalty",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "beneficiary",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "compensation",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "reporter",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "checkpointRingSize",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "committee",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "currentSlot",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "eligibleSigner",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "epochOf",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "epochSeed",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "escrowHashOf",
    "inputs": [
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "hash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "escrowedAgainst",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "faultProven",
    "inputs": [
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bool",
        "internalType": "bool"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "genesisBlock",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "inbox",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "leaderOf",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "membersAt",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "members",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "operator",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct ISequencerRegistry.Operator",
        "components": [
          {
            "name": "owner",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "bond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "signer",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "status",
            "type": "uint8",
            "internalType": "enum ISequencerRegistry.Status"
          },
          {
            "name": "suspended",
            "type": "bool",
            "internalType": "bool"
          },
          {
            "name": "strikes",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "strikeEpoch",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "leavesAtEpoch",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "withdrawableAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "unjailableAt",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "suspendedFromSlot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "accountableFromSlot",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "operatorIdOf",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "params",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "tuple",
        "internalType": "struct ISequencerRegistry.Params",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "minBond",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "maxSequencers",
            "type": "uint8",
            "internalType": "uint8"
          },
          {
            "name": "slotLength",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "slotsPerEpoch",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "graceBlocks",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "inclusionWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "escapeDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "faultWindow",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "exitDelay",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "strikesToJail",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "jailCooldown",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "jailPenalty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "censorshipPenalty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "censorshipCompensation",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "receiptSafetyPenalty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "receiptLivenessPenalty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "receiptCompensation",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "bountyBps",
            "type": "uint16",
            "internalType": "uint16"
          },
          {
            "name": "forcedInclusionFee",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "maxForcedTxSize",
            "type": "uint32",
            "internalType": "uint32"
          }
        ]
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "payoutOf",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "receipts",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "register",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "releasePayout",
    "inputs": [
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "escrow",
        "type": "tuple",
        "internalType": "struct ISequencerRegistry.Escrow",
        "components": [
          {
            "name": "victim",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "compensation",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "reporter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "bounty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "offender",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "releaseAt",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "reportMissedSlot",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "firstBatch",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "headers",
        "type": "tuple[]",
        "internalType": "struct BatchHeader[]",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "batchNumber",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "parentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataCommitment",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "txRoot",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "queuePosition",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sequencer",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "requestExit",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashCensorship",
    "inputs": [
      {
        "name": "entryIndex",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "firstBatch",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "headers",
        "type": "tuple[]",
        "internalType": "struct BatchHeader[]",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "batchNumber",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "parentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataCommitment",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "txRoot",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "queuePosition",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sequencer",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashEquivocation",
    "inputs": [
      {
        "name": "first",
        "type": "tuple",
        "internalType": "struct BatchHeader",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "batchNumber",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "parentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataCommitment",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "txRoot",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "queuePosition",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sequencer",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "firstSignature",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "second",
        "type": "tuple",
        "internalType": "struct BatchHeader",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "batchNumber",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "parentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataCommitment",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "txRoot",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "queuePosition",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sequencer",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "secondSignature",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashRecordConflict",
    "inputs": [
      {
        "name": "signed",
        "type": "tuple",
        "internalType": "struct BatchHeader",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "batchNumber",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "parentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataCommitment",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "txRoot",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "queuePosition",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sequencer",
            "type": "address",
            "internalType": "address"
          }
        ]
      },
      {
        "name": "signature",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "recorded",
        "type": "tuple",
        "internalType": "struct BatchHeader",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "batchNumber",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "parentHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "dataCommitment",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "txRoot",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "queuePosition",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "sequencer",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slotAt",
    "inputs": [
      {
        "name": "blockNumber",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slotStartBlock",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "strikesIn",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint16",
        "internalType": "uint16"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "topUp",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "totalBonded",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalBurned",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalEscrowed",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "totalPayouts",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "unjail",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "withdraw",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "withdrawPayout",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "Ejected",
    "inputs": [
      {
        "name": "fault",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum ISequencerRegistry.Fault"
      },
      {
        "name": "evidence",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "reporter",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "ids",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "bounty",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "penalties",
        "type": "uint256[]",
        "indexed": false,
        "internalType": "uint256[]"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EscrowForfeited",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "signer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ExitRequested",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "leavesAtEpoch",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "withdrawableAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Jailed",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "leavesAtEpoch",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      },
      {
        "name": "unjailableAt",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PayoutReleased",
    "inputs": [
      {
        "name": "evidence",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "PayoutWithdrawn",
    "inputs": [
      {
        "name": "account",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Registered",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "signer",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "bond",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "fromEpoch",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Slashed",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "fault",
        "type": "uint8",
        "indexed": true,
        "internalType": "enum ISequencerRegistry.Fault"
      },
      {
        "name": "evidence",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "penalty",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "payout",
        "type": "tuple",
        "indexed": false,
        "internalType": "struct ISequencerRegistry.Escrow",
        "components": [
          {
            "name": "victim",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "compensation",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "reporter",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "bounty",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "offender",
            "type": "address",
            "internalType": "address"
          },
          {
            "name": "releaseAt",
            "type": "uint64",
            "internalType": "uint64"
          }
        ]
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Struck",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "slot",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "strikes",
        "type": "uint16",
        "indexed": false,
        "internalType": "uint16"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "ToppedUp",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "bond",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Unjailed",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "fromEpoch",
        "type": "uint32",
        "indexed": false,
        "internalType": "uint32"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "Withdrawn",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "indexed": true,
        "internalType": "uint8"
      },
      {
        "name": "owner",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "amount",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AlreadyEjected",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "AlreadyProven",
    "inputs": [
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "BondTooHigh",
    "inputs": [
      {
        "name": "bond",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "BondTooLow",
    "inputs": [
      {
        "name": "minimum",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "actual",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "CooldownActive",
    "inputs": [
      {
        "name": "unjailableAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "EpochPruned",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      }
    ]
  },
  {
    "type": "error",
    "name": "HeaderMismatch",
    "inputs": [
      {
        "name": "batchNumber",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "HeadersDoNotCoverSlot",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "HeadersNotConsecutive",
    "inputs": [
      {
        "name": "position",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "HeadersRequired",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidParameters",
    "inputs": [
      {
        "name": "reason",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidSignature",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidSigner",
    "inputs": []
  },
  {
    "type": "error",
    "name": "LeaderPostedInSlot",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NoAccountableOperator",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NoLeader",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotAccountable",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotCensored",
    "inputs": [
      {
        "name": "index",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "includedPosition",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotCommitteeContract",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotEquivocation",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotOwner",
    "inputs": [
      {
        "name": "owner",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotReceiptsContract",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotRosterBitmap",
    "inputs": [
      {
        "name": "bits",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotScheduled",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      },
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotWithdrawableYet",
    "inputs": [
      {
        "name": "withdrawableAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NothingOwed",
    "inputs": []
  },
  {
    "type": "error",
    "name": "OutsideFaultWindow",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "PayoutForfeited",
    "inputs": [
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "PayoutLocked",
    "inputs": [
      {
        "name": "releaseAt",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "RosterFull",
    "inputs": [
      {
        "name": "maxSequencers",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "SignerAlreadyUsed",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "SlotNotOver",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "TransferFailed",
    "inputs": []
  },
  {
    "type": "error",
    "name": "UnknownOperator",
    "inputs": [
      {
        "name": "id",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownPayout",
    "inputs": [
      {
        "name": "evidence",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownSigner",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      }
    ]
  },
  {
    "type": "error",
    "name": "WrongStatus",
    "inputs": [
      {
        "name": "status",
        "type": "uint8",
        "internalType": "enum ISequencerRegistry.Status"
      }
    ]
  }
]
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod SequencerRegistry {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x6103a0604052348015610010575f5ffd5b5060405161a7b138038061a7b183398101604081905261002f91610cb2565b61003883610578565b5f8360405160200161004a9190610e7d565b604051602081830303815290604052805190602001209050826001600160a01b03163b5f14806100eb5750306001600160a01b0316836001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa1580156100bb573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906100df91906110a0565b6001600160a01b031614155b80610155575080836001600160a01b03166386a426636040518163ffffffff1660e01b8152600401602060405180830381865afa15801561012e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061015291906110b9565b14155b156101935760405163dd23c3ad60e01b8152602060048201526008602482015267726563656970747360c01b60448201526064015b60405180910390fd5b6001600160a01b0382163b158061021b5750306001600160a01b0316826001600160a01b0316637b1039996040518163ffffffff1660e01b8152600401602060405180830381865afa1580156101eb573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061020f91906110a0565b6001600160a01b031614155b80610285575080826001600160a01b03166386a426636040518163ffffffff1660e01b8152600401602060405180830381865afa15801561025e573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061028291906110b9565b14155b156102bf5760405163dd23c3ad60e01b8152602060048201526009602482015268636f6d6d697474656560b81b604482015260640161018a565b6001600160a01b0380841660a081815291841660c090815286516001600160401b03166101209081526020808901516001600160601b039081166101409081526040808c015160ff1661016090815260608d015163ffffffff90811661018090815260808f015182166101a09081529a8f015182166101c0908152988f015182166101e05260e08f01518216610200526101008f0151821661022052968e01518116610240908152938e015161ffff908116610260908152928f01518216610280908152978f015186166102a052998e015185166102c052968d015184166102e052918c0151909716610300528a0151166103205290880151909116610340528251634cdc9c6360e01b815292515f93634cdc9c639260048083019391928290030181865afa1580156103f4573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061041891906110d0565b6001600160401b03811660e052606086015160808701519192506104459163ffffffff91821691166110fd565b856060015163ffffffff1686610100015163ffffffff16610466919061111f565b6104709190611152565b61047b90600461111f565b6001600160401b0316610100528451606086015160c087015160e08801516102608901516102808a01515f959487949093909290916104b98d610ac4565b8b6040516104c690610bf5565b6001600160401b03998a168152978916602089015263ffffffff9687166040890152948616606088015292851660808701526001600160601b0390911660a08601529290921660c0840152921660e08201526001600160a01b0390911661010082015261012001604051809103905ff080158015610546573d5f5f3e3d5ffd5b506001600160a01b038116608052466103808190529091506105689082610b1b565b61036052506111aa945050505050565b604081015160ff16158061059357506060816040015160ff16115b156105d15760405163dd23c3ad60e01b815260206004820152600d60248201526c6d617853657175656e6365727360981b604482015260640161018a565b80602001516001600160601b03165f036106185760405163dd23c3ad60e01b81526020600482015260076024820152661b5a5b909bdb9960ca1b604482015260640161018a565b606081015163ffffffff1615806106375750608081015163ffffffff16155b156106855760405163dd23c3ad60e01b815260206004820152601460248201527f736c6f74206f722065706f6368206c656e677468000000000000000000000000604482015260640161018a565b60a081015163ffffffff1615806106b05750806060015163ffffffff168160a0015163ffffffff1610155b156106ec5760405163dd23c3ad60e01b815260206004820152600b60248201526a6772616365426c6f636b7360a81b604482015260640161018a565b806060015163ffffffff168160c0015163ffffffff1610156107435760405163dd23c3ad60e01b815260206004820152600f60248201526e696e636c7573696f6e57696e646f7760881b604482015260640161018a565b806060015163ffffffff168160e0015163ffffffff1610156107965760405163dd23c3ad60e01b815260206004820152600b60248201526a65736361706544656c617960a81b604482015260640161018a565b806060015163ffffffff1681610100015163ffffffff1610156107ea5760405163dd23c3ad60e01b815260206004820152600b60248201526a6661756c7457696e646f7760a81b604482015260640161018a565b80610100015163ffffffff1681610120015163ffffffff161161083c5760405163dd23c3ad60e01b81526020600482015260096024820152686578697444656c617960b81b604482015260640161018a565b80610140015161ffff165f036108855760405163dd23c3ad60e01b815260206004820152600d60248201526c1cdd1c9a5ad95cd51bd2985a5b609a1b604482015260640161018a565b80610100015163ffffffff1681610160015163ffffffff1610156108db5760405163dd23c3ad60e01b815260206004820152600c60248201526b3530b4b621b7b7b63237bbb760a11b604482015260640161018a565b80602001516001600160601b03168161018001516001600160601b0316106109345760405163dd23c3ad60e01b815260206004820152600b60248201526a6a61696c50656e616c747960a81b604482015260640161018a565b80602001516001600160601b0316816101a001516001600160601b031611156109945760405163dd23c3ad60e01b815260206004820152601160248201527063656e736f727368697050656e616c747960781b604482015260640161018a565b6109a16002612710611180565b81610240015161ffff1611156109e65760405163dd23c3ad60e01b8152602060048201526009602482015268626f756e747942707360b81b604482015260640161018a565b80610240015161ffff16816101a001516001600160601b0316610a099190611193565b612710826101c001516001600160601b0316610a259190611193565b1115610a745760405163dd23c3ad60e01b815260206004820152601660248201527f63656e736f7273686970436f6d70656e736174696f6e00000000000000000000604482015260640161018a565b80610280015163ffffffff165f03610ac15760405163dd23c3ad60e01b815260206004820152600f60248201526e6d6178466f72636564547853697a6560881b604482015260640161018a565b50565b5f5f82610100015163ffffffff16836060015163ffffffff16610ae7919061111f565b9050826060015163ffffffff1681610aff9190611152565b610b09908261111f565b610b1490600261111f565b9392505050565b60408051808201825260058152642130ba37b760d91b6020918201528151808301835260018152603160f81b9082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152608081018590526001600160a01b03841660a0808301919091528351808303909101815260c090910190925281519101205b92915050565b6135498061726883390190565b6040516102a081016001600160401b0381118282101715610c3157634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b0381168114610c4d575f5ffd5b919050565b80516001600160601b0381168114610c4d575f5ffd5b805160ff81168114610c4d575f5ffd5b805163ffffffff81168114610c4d575f5ffd5b805161ffff81168114610c4d575f5ffd5b80516001600160a01b0381168114610c4d575f5ffd5b5f5f5f8385036102e0811215610cc6575f5ffd5b6102a0811215610cd4575f5ffd5b50610cdd610c02565b610ce685610c37565b8152610cf460208601610c52565b6020820152610d0560408601610c68565b6040820152610d1660608601610c78565b6060820152610d2760808601610c78565b6080820152610d3860a08601610c78565b60a0820152610d4960c08601610c78565b60c0820152610d5a60e08601610c78565b60e0820152610d6c6101008601610c78565b610100820152610d7f6101208601610c78565b610120820152610d926101408601610c8b565b610140820152610da56101608601610c78565b610160820152610db86101808601610c52565b610180820152610dcb6101a08601610c52565b6101a0820152610dde6101c08601610c52565b6101c0820152610df16101e08601610c52565b6101e0820152610e046102008601610c52565b610200820152610e176102208601610c52565b610220820152610e2a6102408601610c8b565b610240820152610e3d6102608601610c52565b610260820152610e506102808601610c78565b6102808201529250610e656102a08501610c9c565b9150610e746102c08501610c9c565b90509250925092565b81516001600160401b031681526102a081016020830151610ea960208401826001600160601b03169052565b506040830151610ebe604084018260ff169052565b506060830151610ed6606084018263ffffffff169052565b506080830151610eee608084018263ffffffff169052565b5060a0830151610f0660a084018263ffffffff169052565b5060c0830151610f1e60c084018263ffffffff169052565b5060e0830151610f3660e084018263ffffffff169052565b50610100830151610f5061010084018263ffffffff169052565b50610120830151610f6a61012084018263ffffffff169052565b50610140830151610f8261014084018261ffff169052565b50610160830151610f9c61016084018263ffffffff169052565b50610180830151610fb96101808401826001600160601b03169052565b506101a0830151610fd66101a08401826001600160601b03169052565b506101c0830151610ff36101c08401826001600160601b03169052565b506101e08301516110106101e08401826001600160601b03169052565b5061020083015161102d6102008401826001600160601b03169052565b5061022083015161104a6102208401826001600160601b03169052565b5061024083015161106261024084018261ffff169052565b5061026083015161107f6102608401826001600160601b03169052565b5061028083015161109961028084018263ffffffff169052565b5092915050565b5f602082840312156110b0575f5ffd5b610b1482610c9c565b5f602082840312156110c9575f5ffd5b5051919050565b5f602082840312156110e0575f5ffd5b610b1482610c37565b634e487b7160e01b5f52601160045260245ffd5b6001600160401b038181168382160290811690818114611099576110996110e9565b6001600160401b038181168382160190811115610bef57610bef6110e9565b634e487b7160e01b5f52601260045260245ffd5b5f6001600160401b0383168061116a5761116a61113e565b6001600160401b03929092169190910492915050565b5f8261118e5761118e61113e565b500490565b8082028115828204841417610bef57610bef6110e9565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e0516103005161032051610340516103605161038051615f2e61133a5f395f61331401525f61346601525f50505f50505f81816138190152614e2401525f61209001525f6120f401525f6116f601525f61467201525f61166601525f61483401525f81816139d30152613dd301525f50505f50505f610acb01525f8181612d910152614ed201525f8181612f60015281816149130152614eab01525f8181610cba0152613eef01525f8181610b1e01528181610b8601528181611812015261189001525f50505f81816105ae01528181612dc30152612ff601525f818161037901528181612f8c015281816148dd015261494101525f818161071a015261136a01525f81816107bb015281816110c1015261286f01525f818161087b015281816111f1015281816114a401528181611e3701528181611ec9015261341f0152615f2e5ff3fe608060405260043610610277575f3560e01c8063ac7fc3071161014b578063d0b1d512116100c6578063f400b10e1161007c578063fa6944bc11610062578063fa6944bc14610817578063fadb476814610836578063fb0e722b1461086a575f5ffd5b8063f400b10e146107aa578063f9168231146107dd575f5ffd5b8063d864e740116100ac578063d864e74014610709578063d89135cd1461073c578063eaf5afce14610750575f5ffd5b8063d0b1d512146106cb578063d34f20bd146106ea575f5ffd5b8063c5ed5e4a1161011b578063c6ab5d9011610101578063c6ab5d901461065f578063ccd072761461067e578063cff0ab96146106aa575f5ffd5b8063c5ed5e4a14610621578063c5f1110114610640575f5ffd5b8063ac7fc3071461059d578063b37855c8146105d0578063b76f1bea146105ef578063c562914f1461060e575f5ffd5b8063583d23f4116101f557806375e5b15d116101ab578063968c37ec11610191578063968c37ec146104dc578063a08419e3146104fb578063a42ce15b14610543575f5ffd5b806375e5b15d14610480578063924c3e7d146104bd575f5ffd5b8063697e2056116101db578063697e2056146104175780636da61d1e1461043657806371214e1d14610461575f5ffd5b8063583d23f4146103d9578063687473f5146103f8575f5ffd5b80634420e4861161024a5780634cdc9c63116102305780634cdc9c631461036857806354e624191461039b57806355ce5891146103ba575f5ffd5b80634420e4861461031d57806344d96e9514610342575f5ffd5b806306c0e8411461027b57806319311904146102915780633359632e146102cd5780634089b170146102fa575b5f5ffd5b348015610286575f5ffd5b5061028f61089d565b005b34801561029c575f5ffd5b506102b06102ab3660046150a0565b610950565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156102d8575f5ffd5b506102e1610b0d565b60405167ffffffffffffffff90911681526020016102c4565b348015610305575f5ffd5b5061030f60085481565b6040519081526020016102c4565b61033061032b3660046150d8565b610b1b565b60405160ff90911681526020016102c4565b34801561034d575f5ffd5b506007546fffffffffffffffffffffffffffffffff1661030f565b348015610373575f5ffd5b506102e17f000000000000000000000000000000000000000000000000000000000000000081565b3480156103a6575f5ffd5b5061028f6103b536600461514f565b610f68565b3480156103c5575f5ffd5b5061028f6103d43660046151e6565b6110b6565b3480156103e4575f5ffd5b506103306103f336600461527f565b6111ae565b348015610403575f5ffd5b5061028f61041236600461529a565b6111be565b348015610422575f5ffd5b5061030f610431366004615313565b611328565b348015610441575f5ffd5b5061030f6104503660046150d8565b60066020525f908152604090205481565b34801561046c575f5ffd5b5061030f61047b36600461532c565b61135e565b34801561048b575f5ffd5b506104ad61049a366004615373565b5f90815260056020526040902054151590565b60405190151581526020016102c4565b3480156104c8575f5ffd5b5061028f6104d736600461538a565b6113ee565b3480156104e7575f5ffd5b5061028f6104f63660046150a0565b61173f565b348015610506575f5ffd5b5061030f6105153660046150d8565b6001600160a01b03165f908152600160205260409020546201000090046bffffffffffffffffffffffff1690565b34801561054e575f5ffd5b5061058a61055d36600461541b565b60ff82165f90815260046020908152604080832063ffffffff8516845290915290205461ffff1692915050565b60405161ffff90911681526020016102c4565b3480156105a8575f5ffd5b506102e17f000000000000000000000000000000000000000000000000000000000000000081565b3480156105db575f5ffd5b506103306105ea3660046150d8565b611a66565b3480156105fa575f5ffd5b5061028f6106093660046150a0565b611a70565b61028f61061c3660046150a0565b611bff565b34801561062c575f5ffd5b5061030f61063b366004615373565b611db6565b34801561064b575f5ffd5b5061028f61065a36600461538a565b611df3565b34801561066a575f5ffd5b5061028f6106793660046150a0565b612127565b348015610689575f5ffd5b5061069d6106983660046150a0565b612463565b6040516102c491906154b2565b3480156106b5575f5ffd5b506106be6127a0565b6040516102c491906155e3565b3480156106d6575f5ffd5b506102e16106e5366004615373565b6128a9565b3480156106f5575f5ffd5b5061028f610704366004615828565b6128b3565b348015610714575f5ffd5b506102b07f000000000000000000000000000000000000000000000000000000000000000081565b348015610747575f5ffd5b5061030f612c6c565b34801561075b575f5ffd5b5061030f61076a366004615313565b60408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b3480156107b5575f5ffd5b506102b07f000000000000000000000000000000000000000000000000000000000000000081565b3480156107e8575f5ffd5b5060075470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1661030f565b348015610822575f5ffd5b506102e161083136600461527f565b612cda565b348015610841575f5ffd5b5061085561085036600461527f565b612ce4565b60405163ffffffff90911681526020016102c4565b348015610875575f5ffd5b506102b07f000000000000000000000000000000000000000000000000000000000000000081565b335f90815260066020526040812054908190036108e6576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526006602052604081208190556008805483929061090990849061588a565b909155505060405181815233907faa916bb7738886447c333e8803dd7d94e5fcb6acb2f5d5aa6502373dd59dc55b9060200160405180910390a261094d3382612cee565b50565b60ff81165f908152602081905260409020600101546001600160a01b03168061097a57505f919050565b604080516060810182526002546bffffffffffffffffffffffff80821683526c0100000000000000000000000082048082166020850152780100000000000000000000000000000000000000000000000090920467ffffffffffffffff16938301939093529091600160ff86161b90911616156109f957505f92915050565b5f610a02612d7c565b90505f610a0e82612d86565b90505f610a2982856040015167ffffffffffffffff16612db7565b9050600160ff87161b81165f03610a4557505f95945050505050565b5f610aa2828860ff16610a928660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff16612f09565b9050610aad84612f55565b610ac19067ffffffffffffffff164361588a565b610af163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168361589d565b1115610b0357505f9695505050505050565b5050505050919050565b5f610b16612d7c565b905090565b5f7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341015610bbe576040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201523460248201526044015b60405180910390fd5b6affffffffffffffffffffff341115610c05576040517f79b83733000000000000000000000000000000000000000000000000000000008152346004820152602401610bb5565b6001600160a01b038216610c45576040517f815e1d6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f9081526001602052604090205460ff1615610ca2576040517faa6a4d5c0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610bb5565b506002545f906bffffffffffffffffffffffff1660ff7f0000000000000000000000000000000000000000000000000000000000000000165b808360ff16108015610cf45750600160ff84161b821615155b15610d0957610d02836158b4565b9250610cdb565b808360ff1603610d48576040517f6b1c8ba000000000000000000000000000000000000000000000000000000000815260048101829052602401610bb5565b600280547fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016600160ff861681901b85176bffffffffffffffffffffffff1691909117909155610d999084906158d2565b6001600160a01b0385165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff978816179055948816835282905292812080547fff0000000000000000000000000000000000000000000000000000000000000016337fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff1617600160a01b346affffffffffffffffffffff8116820292909217835594820180547fffffffffffffffffffffff0000000000000000000000000000000000000000001690941790941790925560078054929392909190610ea59084906fffffffffffffffffffffffffffffffff166158eb565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055505f610f0c8560ff1660017bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16901b6001612fb0565b6040805134815263ffffffff831660208201529192506001600160a01b03881691339160ff8916917f967be06242d1cd4e1649ba1dd17c96d2d50cf910f6f10260e85720eceadb0f3d910160405180910390a450505050919050565b610f72868461324f565b5f610f8236889003880188615940565b90505f610f9436869003860186615940565b9050610fcd81601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915203611035576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611041838989613310565b9050806001600160a01b0316611058838787613310565b6001600160a01b031614611098576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6110ab818460200151856040015161359a565b505050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611118576040517f180b8d8e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611121856136fe565b816111a461112e89613746565b8888886040518060c001604052808a6001600160a01b03168152602001876bffffffffffffffffffffffff168152602001886001600160a01b031681526020015f6bffffffffffffffffffffffff1681526020018e6001600160a01b031681526020015f67ffffffffffffffff168152506137c4565b5050505050505050565b5f6111b882613b97565b92915050565b6111c8848261324f565b5f6111d836869003860186615940565b90505f6111ea36849003840184615940565b90506112167f000000000000000000000000000000000000000000000000000000000000000082613c62565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152036112af576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6112bb838787613310565b9050806001600160a01b03168260e001516001600160a01b03161461130c576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61131f818460200151856040015161359a565b50505050505050565b6002545f906111b89083907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16612db7565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146113c1576040517f53bb6fe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113ca84613d6b565b6113e56113d961043186612d86565b86165f60058686613e59565b95945050505050565b6113f784614167565b5f61140185613b97565b60ff81165f818152602081905260409020600254929350916c010000000000000000000000009004600190911b166bffffffffffffffffffffffff1615158061145257506114508183886141c6565b155b1561149e576040517f090b32d100000000000000000000000000000000000000000000000000000000815260ff8316600482015267ffffffffffffffff87166024820152604401610bb5565b5f6114e37f000000000000000000000000000000000000000000000000000000000000000088888888876001015f9054906101000a90046001600160a01b0316614267565b92505050801561152b576040517fe4a9b2fb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff88166004820152602401610bb5565b5f7fd8739f9a53676ddc0f766b73724b0c85713d59832444ad1ad505c9d38d4c6bf28860405160200161157292919091825267ffffffffffffffff16602082015260400190565b604051602081830303815290604052805190602001209050611593816136fe565b5f61159d89612d86565b60ff86165f90815260046020908152604080832063ffffffff85168452909152812054919250906115d39061ffff166001615a13565b60ff87165f81815260046020908152604080832063ffffffff8816845282529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff8616908117909155915191825292935067ffffffffffffffff8d16927f2d2b2f28c2eb803aef1fbc4420f21885692154104eb3f99181cfb24f7f72201a910160405180910390a37f000000000000000000000000000000000000000000000000000000000000000061ffff168161ffff16106117215761169d86866145b7565b6040805160c0810182525f8082526020820181905233928201929092526060810182905260018701546001600160a01b0316608082015260a081019190915261171c90879060029086906bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906137c4565b611733565b5f838152600560205260409020600190555b50505050505050505050565b5f611749826147c2565b905060026001820154600160a01b900460ff16600481111561176d5761176d61544c565b146117b45760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610bb591600160a01b900460ff1690600401615a2d565b600281015467ffffffffffffffff1643101561180e5760028101546040517f15f3b7ab00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610bb5565b80547f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16600160a01b9091046affffffffffffffffffffff1610156118d75780546040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166004820152600160a01b9091046affffffffffffffffffffff166024820152604401610bb5565b6001810180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b1790555f611910612d7c565b905061191d816001615a3b565b60028301805467ffffffffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117905560ff83165f9081526004602052604081209061198083612d86565b63ffffffff16815260208101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000169055600280546c01000000000000000000000000808204600160ff881681811b8019939093166bffffffffffffffffffffffff169093027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff90941693909317909355917f4db3155929818cc29381aa31a1cc6cb549c4ef648b2bd3dee6d729768570aea991611a489190612fb0565b60405163ffffffff90911681526020015b60405180910390a2505050565b5f6111b882613746565b5f611a7a826147c2565b600181810154919250600160a01b90910460ff1690816004811115611aa157611aa161544c565b14158015611ac157506002816004811115611abe57611abe61544c565b14155b15611afa57806040517f359011cc000000000000000000000000000000000000000000000000000000008152600401610bb59190615a2d565b5f6001826004811115611b0f57611b0f61544c565b14611b2d576002611b1e614820565b611b289190615a5b565b611b3d565b611b3d600160ff86161b5f612fb0565b60018401805463ffffffff83167501000000000000000000000000000000000000000000027fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff9091161774030000000000000000000000000000000000000000179055905060ff84167f74fe07bfb240060dae9e5a78a9adb453abb23c211bdf37fd2c7a6e80d2ab99ad82611bd181614831565b6040805163ffffffff909316835267ffffffffffffffff90911660208301520160405180910390a250505050565b5f611c098261486c565b905060046001820154600160a01b900460ff166004811115611c2d57611c2d61544c565b03611c745760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610bb591600160a01b900460ff1690600401615a2d565b80545f90611c97903490600160a01b90046affffffffffffffffffffff16615a77565b90506affffffffffffffffffffff811115611ce1576040517f79b8373300000000000000000000000000000000000000000000000000000000815260048101829052602401610bb5565b81547fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b6affffffffffffffffffffff831602178255600780543491905f90611d429084906fffffffffffffffffffffffffffffffff166158eb565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508260ff167fe769fa6335ada126a3fc46991b2b62c164a8243e0134cf258f4165d63f509bc93483604051611a59929190918252602082015260400190565b5f818152600560205260409020547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8101611dee57505f5b919050565b6040517f6ced947d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ced947d906024016040805180830381865afa158015611e7b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e9f9190615a8a565b915091505f611eb78367ffffffffffffffff166148da565b9050611ec281614167565b5f5f611ef27f0000000000000000000000000000000000000000000000000000000000000000848a8a8a5f614267565b50915091508867ffffffffffffffff168267ffffffffffffffff161115611f59576040517f9aee0aa200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b16600483015283166024820152604401610bb5565b5f6001600160a01b03821615611f98576001600160a01b0382165f90815260016020819052604090912054611f91919060ff16615ac2565b9050612002565b611fa184613b97565b60ff81165f908152602081905260409020909150611fc09082866141c6565b612002576040517f839f95fc00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610bb5565b5f7f47c14b955fbf1b1f9fa2a85d6a5caa7fe535a81603e373f507033009c19073a38b60405160200161204992919091825267ffffffffffffffff16602082015260400190565b60405160208183030381529060405280519060200120905061206a816136fe565b6040805160c0810182526001600160a01b0388811682526bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811660208085019190915233848601525f6060850181905260ff8816815290819052938420600190810154909216608084015260a083019390935261211a92859285917f000000000000000000000000000000000000000000000000000000000000000016906137c4565b5050505050505050505050565b5f612131826147c2565b905060036001820154600160a01b900460ff1660048111156121555761215561544c565b14158015612183575060046001820154600160a01b900460ff1660048111156121805761218061544c565b14155b156121ca5760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610bb591600160a01b900460ff1690600401615a2d565b60018101545f906121f9907501000000000000000000000000000000000000000000900463ffffffff16614831565b90508067ffffffffffffffff1643101561224b576040517f778ca11c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610bb5565b81546001808401546001600160a01b039081165f9081526020838152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff90811790915581516060810183526002805467ffffffffffffffff780100000000000000000000000000000000000000000000000080830491909116848701819052948e168a811b80196c0100000000000000000000000080860482166bffffffffffffffffffffffff908116898d01819052928716168089529890940277ffffffffffffffffffffffffffffffffffffffffffffffff919094027fffffffffffffffff0000000000000000000000000000000000000000000000009095169097179390931795909516178255928652938590529184208481559586018490559490910180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000169055600780546affffffffffffffffffffff600160a01b88041696949094169493919286926123dc9084906fffffffffffffffffffffffffffffffff16615adb565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff160217905550826001600160a01b03168760ff167f3a2db7d2315c2162d4f47c295f514b5aacf84592e024bc529868af8d776567f78660405161245191815260200190565b60405180910390a361131f8385612cee565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260ff8281165f9081526020818152604080832081516101208101835281546001600160a01b038082168352600160a01b8083046affffffffffffffffffffff16968401969096527f0100000000000000000000000000000000000000000000000000000000000000909104871615159382019390935260018201549283166060820152939490926080850192041660048111156125625761256261544c565b60048111156125735761257361544c565b815260018201547501000000000000000000000000000000000000000000810463ffffffff166020830152790100000000000000000000000000000000000000000000000000900466ffffffffffffff16604082015260029091015467ffffffffffffffff8082166060840152680100000000000000009091041660809091015290505f6125ff614820565b90505f60038360800151600481111561261a5761261a61544c565b148061263b57506004836080015160048111156126395761263961544c565b145b9050604051806101800160405280845f01516001600160a01b0316815260200184602001516affffffffffffffffffffff166bffffffffffffffffffffffff16815260200184606001516001600160a01b03168152602001846080015160048111156126a9576126a961544c565b81526020016126e4876002546c010000000000000000000000009004600160ff9092169190911b166bffffffffffffffffffffffff16151590565b1515815260ff87165f90815260046020908152604080832063ffffffff808916808652918452938290205461ffff169285019290925283015260a086015116606082015260800182612736575f612743565b6127438560a00151614831565b67ffffffffffffffff1681526020018460e0015167ffffffffffffffff1681526020018460c0015166ffffffffffffff1667ffffffffffffffff16815260200184610100015167ffffffffffffffff168152509350505050919050565b604080516102a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101829052610240810182905261026081018290526102808101919091527fcff0ab96000000000000000000000000000000000000000000000000000000005f8181527f0000000000000000000000000000000000000000000000000000000000000000919080600481855afa3d5f5f3e806128a4573d5ffd5b503d5ff35b5f6111b8826148da565b806040516020016128c49190615b1e565b60408051601f1981840301815291815281516020928301205f858152600590935291205414612922576040517fa644bd0c00000000000000000000000000000000000000000000000000000000815260048101839052602401610bb5565b61293260c0820160a0830161527f565b67ffffffffffffffff164310156129925761295360c0820160a0830161527f565b6040517f92eee68d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610bb5565b5f6001816129a660a08501608086016150d8565b6001600160a01b0316815260208101919091526040015f208054909150610100900460ff1615612a04576040517e84d28800000000000000000000000000000000000000000000000000000000815260048101849052602401610bb5565b5f612a156080840160608501615bcf565b612a256040850160208601615bcf565b612a2f9190615be8565b5f85815260056020526040902060019055825490915081908390600290612a6b9084906201000090046bffffffffffffffffffffffff16615c0c565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff160217905550806bffffffffffffffffffffffff1660075f0160108282829054906101000a90046fffffffffffffffffffffffffffffffff16612ad69190615adb565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff160217905550806bffffffffffffffffffffffff1660085f828254612b2b9190615a77565b90915550612b4190506040840160208501615bcf565b6bffffffffffffffffffffffff1615612bb557612b646040840160208501615bcf565b6bffffffffffffffffffffffff1660065f612b8260208701876150d8565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254612baf9190615a77565b90915550505b612bc56080840160608501615bcf565b6bffffffffffffffffffffffff1615612c3c57612be86080840160608501615bcf565b6bffffffffffffffffffffffff1660065f612c0960608701604088016150d8565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254612c369190615a77565b90915550505b60405184907ff03cedd84a3c5babcb391cfd19dbfae956fb604ab3ae36feab2ff9d21726e92b905f90a250505050565b604080518082019091526007546fffffffffffffffffffffffffffffffff80821680845270010000000000000000000000000000000090920416602083018190526008545f9392909190612cc0904761588a565b612cca919061588a565b612cd4919061588a565b91505090565b5f6111b882612f55565b5f6111b882612d86565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612d37576040519150601f19603f3d011682016040523d82523d5f602084013e612d3c565b606091505b5050905080612d77576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f610b16436148da565b5f6111b863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615c5d565b5f67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681818411612df1575f612dfb565b612dfb828561588a565b9050835b81811115612ebe575f60038185612e1760018661588a565b612e219190615c8c565b815260208082019290925260409081015f2081518083019092525463ffffffff8082168084526401000000009092047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff169383019390935290925090881610612ead57602001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1693506111b892505050565b50612eb781615c9f565b9050612dff565b508015612eff576040517fa95501f200000000000000000000000000000000000000000000000000000000815263ffffffff86166004820152602401610bb5565b505f949350505050565b5f5f612f148661497d565b905080612f22858584614a41565b82612f2d8989614a81565b612f379190615a77565b612f41919061588a565b612f4b9190615c8c565b9695505050505050565b5f612f8663ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615cd3565b6111b8907f0000000000000000000000000000000000000000000000000000000000000000615a3b565b5f6002612fbb614820565b612fc59190615a5b565b60025490915067ffffffffffffffff78010000000000000000000000000000000000000000000000009091048116907f0000000000000000000000000000000000000000000000000000000000000000165f821561308c5760035f8361302c60018761588a565b6130369190615c8c565b815260208082019290925260409081015f2081518083019092525463ffffffff8116825264010000000090047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16918101919091526130a0565b604080518082019091525f80825260208201525b90505f856130b55786198260200151166130bd565b868260200151175b905083158015906130dc57508463ffffffff16825f015163ffffffff16145b1561315d578060035f856130f160018961588a565b6130fb9190615c8c565b81526020019081526020015f205f0160046101000a8154817bffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837bffffffffffffffffffffffffffffffffffffffffffffffffffffffff160217905550613245565b6040805180820190915263ffffffff861681527bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8216602082015260035f6131a18688615c8c565b81526020808201929092526040015f20825192909101517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff166401000000000263ffffffff9092169190911790556131f6846001615a77565b6002805467ffffffffffffffff9290921678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b5050505092915050565b61325f604082016020830161527f565b67ffffffffffffffff16613279604084016020850161527f565b67ffffffffffffffff161415806132c2575061329b606082016040830161527f565b67ffffffffffffffff166132b5606084016040850161527f565b67ffffffffffffffff1614155b806132d557508060600135826060013514155b1561330c576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b5f5f7f0000000000000000000000000000000000000000000000000000000000000000461461346457604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660a0808301919091528351808303909101815260c09091019092528151910120613486565b7f00000000000000000000000000000000000000000000000000000000000000005b90505f6134fe826134c488601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505f6135408287878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250614a9992505050565b5090945090505f8160038111156135595761355961544c565b14613590576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509392505050565b5f6135a484613746565b90506135af82613d6b565b600160ff82161b6135c261043184612d86565b165f03613610576040517fb21fd24d00000000000000000000000000000000000000000000000000000000815260ff8216600482015267ffffffffffffffff83166024820152604401610bb5565b600460ff8083165f90815260208190526040902060010154600160a01b90041660048111156136415761364161544c565b0361367d576040517fe4e8374a00000000000000000000000000000000000000000000000000000000815260ff82166004820152602401610bb5565b604080517f920b62733048d363396c99c8a74763e86803c8e90c395c8d0bdbac8fda18155160208201526001600160a01b0386169181019190915267ffffffffffffffff841660608201526136f790600160ff841690811b915f906080016040516020818303038152906040528051906020012033613e59565b5050505050565b5f818152600560205260409020541561094d576040517fea03368400000000000000000000000000000000000000000000000000000000815260048101829052602401610bb5565b6001600160a01b0381165f9081526001602052604081205460ff16801580613770575060ff818116145b156137b2576040517fd7e8a2c20000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610bb5565b6137bd600182615ac2565b9392505050565b60ff85165f90815260208190526040812080549091600160a01b9091046affffffffffffffffffffff169081851061380957816affffffffffffffffffffff1661380b565b845b90505f61271061383f61ffff7f0000000000000000000000000000000000000000000000000000000000000000168461589d565b6138499190615cf6565b90505f819050806bffffffffffffffffffffffff1686602001516bffffffffffffffffffffffff16111561388c576bffffffffffffffffffffffff811660208701525b602086015161389b9082615c0c565b6bffffffffffffffffffffffff1660608701525f6138c6846affffffffffffffffffffff871661588a565b604080518082019091526007546fffffffffffffffffffffffffffffffff8082168084527001000000000000000000000000000000009092041660208301529192509085908290613918908390615adb565b6fffffffffffffffffffffffffffffffff169052505f8490036139865786547fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b6affffffffffffffffffffff8416021787555f8a815260056020526040902060019055613b05565b86546affffffffffffffffffffff8316600160a01b026001600160a01b03909116177f010000000000000000000000000000000000000000000000000000000000000017875563ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613a0e6139fe612d7c565b613a09906001615a3b565b612f55565b613a189190615a3b565b67ffffffffffffffff1660a0890152604051613a38908990602001615d09565b60408051601f1981840301815291815281516020928301205f8d8152600584529190912055606089015190890151613a709190615be8565b60808901516001600160a01b03165f9081526001602052604090208054600290613aaf9084906201000090046bffffffffffffffffffffffff16615be8565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055508381602001818151613aef91906158eb565b6fffffffffffffffffffffffffffffffff169052505b805160208201516fffffffffffffffffffffffffffffffff90811670010000000000000000000000000000000002911617600755898b6005811115613b4c57613b4c61544c565b8d60ff167f6d9e98d407fc486cb71e98290afb52c6400c8a593711f5bcde613b04511f2567888c604051613b81929190615d8d565b60405180910390a4505050505050505050505050565b5f5f613ba283612d86565b90505f613bae82611328565b90505f613bba8261497d565b9050805f03613c01576040517f97b2609500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610bb5565b6113e582613c5d613c4c8660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8867ffffffffffffffff1685614a41565b614ae2565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526001600160a01b0384169063705cad1390602401602060405180830381865afa158015613cfe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613d229190615e17565b1461330c5760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610bb5565b613d73612d7c565b67ffffffffffffffff168167ffffffffffffffff161115613dcc576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610bb5565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613e01613a09836001615a3b565b613e0b9190615a3b565b67ffffffffffffffff16431061094d576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610bb5565b5f5f613e63612d7c565b90505f8190505f6040518061014001604052808366ffffffffffffff1681526020016002613e9086612d86565b613e9a9190615a5b565b63ffffffff1681526002546c0100000000000000000000000090046bffffffffffffffffffffffff1660208201525f60408201819052606082018190526080820181905260a0820181905260c082015260e0017f000000000000000000000000000000000000000000000000000000000000000060ff1667ffffffffffffffff811115613f2957613f29615913565b604051908082528060200260200182016040528015613f52578160200160208202803683370190505b5081525f6020909101529050875b89811c15613f855760018a821c1615613f7d57613f7d8183614b30565b600101613f60565b5080606001515f03613f9c575f93505050506113e5565b6101008101516101208201518082526001600160a01b038716888a6005811115613fc857613fc861544c565b7ff5c7385449a5570bf1c5b75f475ed8aba35846c7142b4ce10ea41eaae8d9436586606001518760e001518760405161400393929190615e2e565b60405180910390a45050806060015181604001511760025f01600c6101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555080608001515f146140655761406381608001515f612fb0565b505b604080518082019091526007546fffffffffffffffffffffffffffffffff80821680845270010000000000000000000000000000000090920416602083015260a08301516140b291615adb565b8260c0015182602001516140c69190615adb565b6fffffffffffffffffffffffffffffffff9081166020840181905291168083527001000000000000000000000000000000009091021760075560e0820151600880545f90614115908490615a77565b909155505060e0820151156141565760e08201516001600160a01b0387165f9081526006602052604081208054909190614150908490615a77565b90915550505b506060015198975050505050505050565b61416f612d7c565b67ffffffffffffffff168167ffffffffffffffff1610613dcc576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610bb5565b60028301545f9067ffffffffffffffff68010000000000000000909104811690831610156141f557505f6137bd565b6002546c010000000000000000000000009004600160ff85161b166bffffffffffffffffffffffff161515158061425f57506001840154790100000000000000000000000000000000000000000000000000900466ffffffffffffff1667ffffffffffffffff8316105b949350505050565b5f5f5f5f896001600160a01b03166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa1580156142a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906142cb9190615e82565b9050855f8190036143285767ffffffffffffffff821615614318576040517fd2cf424600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f94509450945050506145ab565b5f5b81811015614453575f89898381811061434557614345615e9d565b9050610100020180360381019061435c9190615940565b90506143728267ffffffffffffffff8d16615a77565b816020015167ffffffffffffffff16146143bb576040517f01a2b84e00000000000000000000000000000000000000000000000000000000815260048101839052602401610bb5565b6143c58d82613c62565b8b67ffffffffffffffff16816040015167ffffffffffffffff1611156143eb575061444b565b8060c0015196508b67ffffffffffffffff16816040015167ffffffffffffffff16148015614425575060e08101516001600160a01b031615155b156144495760e081015195506001600160a01b038089169087160361444957600194505b505b60010161432a565b5067ffffffffffffffff8916158015906144ab57508967ffffffffffffffff1688885f81811061448557614485615e9d565b90506101000201604001602081019061449e919061527f565b67ffffffffffffffff1610155b156144ee576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610bb5565b8167ffffffffffffffff16818a67ffffffffffffffff1661450f9190615a77565b14158015614565575067ffffffffffffffff8a16888861453060018561588a565b81811061453f5761453f615e9d565b905061010002016040016020810190614558919061527f565b67ffffffffffffffff1611155b156145a8576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610bb5565b50505b96509650969350505050565b60028054600160ff85161b6bffffffffffffffffffffffff9081166c0100000000000000000000000080840490921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff909116179055614617612d7c565b60018201805466ffffffffffffff929092167901000000000000000000000000000000000000000000000000000278ffffffffffffffffffffffffffffffffffffffffffffffffff90921691909117905561469863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001643615a3b565b6002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556001808201547501000000000000000000000000000000000000000000900463ffffffff16906001830154600160a01b900460ff1660048111156147195761471961544c565b036147725761472e600160ff85161b5f612fb0565b6001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167402000000000000000000000000000000000000000017905590505b60028201546040805163ffffffff8416815267ffffffffffffffff909216602083015260ff8516917f01346d6fc741d2812586febead8043a0d4a1f27f3f9157e4207bc51bd85fbf1f9101611a59565b5f6147cc8261486c565b80549091506001600160a01b03163314611dee5780546040517f245aecd30000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610bb5565b5f610b1661482c612d7c565b612d86565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff1661486283614ea8565b6111b89190615a3b565b60ff81165f908152602081905260408120906001820154600160a01b900460ff16600481111561489e5761489e61544c565b03611dee576040517fb3d2007400000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610bb5565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1682106149765763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661496767ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168461588a565b6149719190615cf6565b6111b8565b5f92915050565b5f608082901c156149bd576040517f93b4ecf900000000000000000000000000000000000000000000000000000000815260048101839052602401610bb5565b600182901c6f555555555555555555555555555555551682039150600282901c6f3333333333333333333333333333333316826f3333333333333333333333333333333316019150600482901c82016f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f1691506078826f0101010101010101010101010101010102901c60ff169050919050565b5f818484604051602001614a5f929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c61425f9190615c8c565b5f6137bd614a92600180851b61588a565b841661497d565b5f5f5f8351604103614ad0576020840151604085015160608601515f1a614ac288828585614f12565b955095509550505050614adb565b505081515f91506002905b9250925092565b5f805b83821c15614b21576001821b841615614b1157828103614b0557506111b8565b614b0e81615eca565b90505b614b1a82615eca565b9150614ae5565b614b29615f01565b5092915050565b60ff8083165f90815260208190526040902060018101549091600160a01b909104166004816004811115614b6657614b6661544c565b03614b715750505050565b81545f9081907f0100000000000000000000000000000000000000000000000000000000000000900460ff16614ba7575f614bc0565b6001840154614bc09087906001600160a01b0316614fda565b8454909150600160a01b90046affffffffffffffffffffff16614bf16bffffffffffffffffffffffff831682615a77565b9250806affffffffffffffffffffff168660a00151614c109190615a77565b826bffffffffffffffffffffffff168760c00151614c2e9190615a77565b60c088015260a0870152505082547fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff16835560408401515f906bffffffffffffffffffffffff1660ff87161c60011615614cb2576001840154790100000000000000000000000000000000000000000000000000900466ffffffffffffff16614cb5565b84515b90505f6001846004811115614ccc57614ccc61544c565b1480614ce957506002846004811115614ce757614ce761544c565b145b614d165760018501547501000000000000000000000000000000000000000000900463ffffffff16614d1c565b85602001515b6001868101805474ffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000066ffffffffffffff8716027fffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffff1617750100000000000000000000000000000000000000000063ffffffff851602177fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674040000000000000000000000000000000000000000179055909150846004811115614df357614df361544c565b03614e0957608086018051600160ff8a161b1790525b606086018051600160ff8a161b179052612710614e4a61ffff7f0000000000000000000000000000000000000000000000000000000000000000168561589d565b614e549190615cf6565b8660e001818151614e659190615a77565b90525061010086015161012087018051859291614e8182615eca565b905281518110614e9357614e93615e9d565b60200260200101818152505050505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff167f000000000000000000000000000000000000000000000000000000000000000063ffffffff168363ffffffff16614f089190615cd3565b612f869190615cd3565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614f4b57505f91506003905082614fd0565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614f9c573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116614fc757505f925060019150829050614fd0565b92505f91508190505b9450945094915050565b6001600160a01b0381165f90815260016020526040902080546201000090046bffffffffffffffffffffffff16908115614b295780547fffffffffffffffffffffffffffffffffffff00000000000000000000000000ff166101001781556040516bffffffffffffffffffffffff831681526001600160a01b0384169060ff8616907ffdaf61b6858525bcd594fb6eb578dfc4ca864984a80d549929fab8c9d50408499060200160405180910390a35092915050565b803560ff81168114611dee575f5ffd5b5f602082840312156150b0575f5ffd5b6137bd82615090565b6001600160a01b038116811461094d575f5ffd5b8035611dee816150b9565b5f602082840312156150e8575f5ffd5b81356137bd816150b9565b5f6101008284031215615104575f5ffd5b50919050565b5f5f83601f84011261511a575f5ffd5b50813567ffffffffffffffff811115615131575f5ffd5b602083019150836020828501011115615148575f5ffd5b9250929050565b5f5f5f5f5f5f6102408789031215615165575f5ffd5b61516f88886150f3565b955061010087013567ffffffffffffffff81111561518b575f5ffd5b61519789828a0161510a565b90965094506151ac90508861012089016150f3565b925061022087013567ffffffffffffffff8111156151c8575f5ffd5b6151d489828a0161510a565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60e0888a0312156151fc575f5ffd5b8735615207816150b9565b965060208801356006811061521a575f5ffd5b955060408801359450606088013593506080880135615238816150b9565b925060a0880135915060c088013561524f816150b9565b8091505092959891949750929550565b67ffffffffffffffff8116811461094d575f5ffd5b8035611dee8161525f565b5f6020828403121561528f575f5ffd5b81356137bd8161525f565b5f5f5f5f61022085870312156152ae575f5ffd5b6152b886866150f3565b935061010085013567ffffffffffffffff8111156152d4575f5ffd5b6152e08782880161510a565b90945092506152f590508661012087016150f3565b905092959194509250565b803563ffffffff81168114611dee575f5ffd5b5f60208284031215615323575f5ffd5b6137bd82615300565b5f5f5f5f6080858703121561533f575f5ffd5b8435935060208501356153518161525f565b9250604085013591506060850135615368816150b9565b939692955090935050565b5f60208284031215615383575f5ffd5b5035919050565b5f5f5f5f6060858703121561539d575f5ffd5b84356153a88161525f565b935060208501356153b88161525f565b9250604085013567ffffffffffffffff8111156153d3575f5ffd5b8501601f810187136153e3575f5ffd5b803567ffffffffffffffff8111156153f9575f5ffd5b8760208260081b840101111561540d575f5ffd5b949793965060200194505050565b5f5f6040838503121561542c575f5ffd5b61543583615090565b915061544360208401615300565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600581106154ae577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b81516001600160a01b03168152610180810160208301516154e360208401826bffffffffffffffffffffffff169052565b5060408301516154fe60408401826001600160a01b03169052565b5060608301516155116060840182615479565b506080830151615525608084018215159052565b5060a083015161553b60a084018261ffff169052565b5060c083015161555360c084018263ffffffff169052565b5060e083015161556b60e084018263ffffffff169052565b5061010083015161558961010084018267ffffffffffffffff169052565b506101208301516155a761012084018267ffffffffffffffff169052565b506101408301516155c561014084018267ffffffffffffffff169052565b50610160830151614b2961016084018267ffffffffffffffff169052565b815167ffffffffffffffff1681526102a08101602083015161561560208401826bffffffffffffffffffffffff169052565b50604083015161562a604084018260ff169052565b506060830151615642606084018263ffffffff169052565b50608083015161565a608084018263ffffffff169052565b5060a083015161567260a084018263ffffffff169052565b5060c083015161568a60c084018263ffffffff169052565b5060e08301516156a260e084018263ffffffff169052565b506101008301516156bc61010084018263ffffffff169052565b506101208301516156d661012084018263ffffffff169052565b506101408301516156ee61014084018261ffff169052565b5061016083015161570861016084018263ffffffff169052565b5061018083015161572a6101808401826bffffffffffffffffffffffff169052565b506101a083015161574c6101a08401826bffffffffffffffffffffffff169052565b506101c083015161576e6101c08401826bffffffffffffffffffffffff169052565b506101e08301516157906101e08401826bffffffffffffffffffffffff169052565b506102008301516157b26102008401826bffffffffffffffffffffffff169052565b506102208301516157d46102208401826bffffffffffffffffffffffff169052565b506102408301516157ec61024084018261ffff169052565b5061026083015161580e6102608401826bffffffffffffffffffffffff169052565b50610280830151614b2961028084018263ffffffff169052565b5f5f82840360e081121561583a575f5ffd5b8335925060c0601f198201121561584f575f5ffd5b506020830190509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156111b8576111b861585d565b80820281158282048414176111b8576111b861585d565b5f60ff821660ff81036158c9576158c961585d565b60010192915050565b60ff81811683821601908111156111b8576111b861585d565b6fffffffffffffffffffffffffffffffff81811683821601908111156111b8576111b861585d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f610100828403128015615952575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561599c577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040526159a883615274565b81526159b660208401615274565b60208201526159c760408401615274565b6040820152606083810135908201526080808401359082015260a080840135908201526159f660c08401615274565b60c0820152615a0760e084016150cd565b60e08201529392505050565b61ffff81811683821601908111156111b8576111b861585d565b602081016111b88284615479565b67ffffffffffffffff81811683821601908111156111b8576111b861585d565b63ffffffff81811683821601908111156111b8576111b861585d565b808201808211156111b8576111b861585d565b5f5f60408385031215615a9b575f5ffd5b8251615aa68161525f565b6020840151909250615ab7816150b9565b809150509250929050565b60ff82811682821603908111156111b8576111b861585d565b6fffffffffffffffffffffffffffffffff82811682821603908111156111b8576111b861585d565b80356bffffffffffffffffffffffff81168114611dee575f5ffd5b60c081018235615b2d816150b9565b6001600160a01b031682526bffffffffffffffffffffffff615b5160208501615b03565b1660208301526040830135615b65816150b9565b6001600160a01b031660408301526bffffffffffffffffffffffff615b8c60608501615b03565b1660608301526080830135615ba0816150b9565b6001600160a01b03166080830152615bba60a08401615274565b67ffffffffffffffff811660a0840152614b29565b5f60208284031215615bdf575f5ffd5b6137bd82615b03565b6bffffffffffffffffffffffff81811683821601908111156111b8576111b861585d565b6bffffffffffffffffffffffff82811682821603908111156111b8576111b861585d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f67ffffffffffffffff831680615c7657615c76615c30565b8067ffffffffffffffff84160491505092915050565b5f82615c9a57615c9a615c30565b500690565b5f81615cad57615cad61585d565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b67ffffffffffffffff8181168382160290811690818114614b2957614b2961585d565b5f82615d0457615d04615c30565b500490565b60c081016111b882846001600160a01b0381511682526bffffffffffffffffffffffff60208201511660208301526001600160a01b0360408201511660408301526bffffffffffffffffffffffff60608201511660608301526001600160a01b03608082015116608083015267ffffffffffffffff60a08201511660a08301525050565b82815260e081016137bd60208301846001600160a01b0381511682526bffffffffffffffffffffffff60208201511660208301526001600160a01b0360408201511660408301526bffffffffffffffffffffffff60608201511660608301526001600160a01b03608082015116608083015267ffffffffffffffff60a08201511660a08301525050565b5f60208284031215615e27575f5ffd5b5051919050565b5f60608201858352846020840152606060408401528084518083526080850191506020860192505f5b81811015615e75578351835260209384019390920191600101615e57565b5090979650505050505050565b5f60208284031215615e92575f5ffd5b81516137bd8161525f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203615efa57615efa61585d565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffd6102a0604052348015610010575f5ffd5b5060405161354938038061354983398101604081905261002f9161026b565b60408051808201825260058152642130ba37b760d91b602080830191909152825180840190935260018352603160f81b908301529061006e825f6101c5565b6101205261007d8160016101c5565b61014052815160208084019190912060e052815190820120610100524660a05261010960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05233610160526001600160a01b038116610180526001600160401b03808a166101a0528881166101c081905263ffffffff808a166101e05288811661020052878116610220526001600160601b038716610240528581166102605291841661028052111561019257604051630289365b60e11b815260040160405180910390fd5b50506002805463ffffffff909716600160c01b0263ffffffff60c01b1990971696909617909555506104d5945050505050565b5f6020835110156101e0576101d9836101f7565b90506101f1565b816101eb84826103c3565b5060ff90505b92915050565b5f5f829050601f8151111561022a578260405163305a27a960e01b8152600401610221919061047d565b60405180910390fd5b8051610235826104b2565b179392505050565b80516001600160401b0381168114610253575f5ffd5b919050565b805163ffffffff81168114610253575f5ffd5b5f5f5f5f5f5f5f5f5f6101208a8c031215610284575f5ffd5b61028d8a61023d565b985061029b60208b0161023d565b97506102a960408b01610258565b96506102b760608b01610258565b95506102c560808b01610258565b60a08b01519095506001600160601b03811681146102e1575f5ffd5b93506102ef60c08b01610258565b92506102fd60e08b0161023d565b6101008b01519092506001600160a01b038116811461031a575f5ffd5b809150509295985092959850929598565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061035357607f821691505b60208210810361037157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103be57805f5260205f20601f840160051c8101602085101561039c5750805b601f840160051c820191505b818110156103bb575f81556001016103a8565b50505b505050565b81516001600160401b038111156103dc576103dc61032b565b6103f0816103ea845461033f565b84610377565b6020601f821160018114610422575f831561040b5750848201515b5f19600385901b1c1916600184901b1784556103bb565b5f84815260208120601f198516915b828110156104515787850151825560209485019460019092019101610431565b508482101561046e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610371575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161022051610240516102605161028051612f176106325f395f818161054701528181610c9e01528181610cde01528181610d5101528181611e86015261207901525f81816104cd01528181610e740152610ed501525f81816102e3015281816107a0015281816107e50152818161086501528181610f0401528181610f6c015261223701525f818161063201528181610e1f015261170301525f81816106840152611b0201525f818161057a01528181611dad0152611e1601525f818161029c01528181611ddb0152611e4201525f81816105cc0152818161121501526117a701525f81816105ff01526123d401525f81816103de01526115e001525f611beb01525f611bbf01525f6125b601525f61258e01525f6124e901525f61251301525f61253d0152612f175ff3fe6080604052600436106101ba575f3560e01c806384b0196e116100f2578063c3bec73c11610092578063d864e74011610062578063d864e740146105ee578063e38f704514610621578063e782980714610654578063e88816e714610673575f5ffd5b8063c3bec73c14610536578063c81ff7b614610569578063caf633bc1461059c578063d6ae3cd5146105bb575f5ffd5b8063ab91c7b0116100cd578063ab91c7b01461048a578063adbe8a00146104bc578063aec185fc14610504578063c0c3f82e14610517575f5ffd5b806384b0196e14610425578063965236441461044c578063972d336c14610476575f5ffd5b8063645119b61161015d5780636ced947d116101385780636ced947d14610336578063705cad131461038a5780637ad7b1c9146103a95780637b103999146103cd575f5ffd5b8063645119b6146102be57806364bb0a22146102d25780636551ca7214610322575f5ffd5b806313d7a4fb1161019857806313d7a4fb146102455780632d2da80614610264578063476343ee146102775780634cdc9c631461028b575f5ffd5b806303d24d43146101be57806306f13056146101d457806313083c341461020c575b5f5ffd5b3480156101c9575f5ffd5b506101d26106a6565b005b3480156101df575f5ffd5b5060025467ffffffffffffffff165b60405167ffffffffffffffff90911681526020015b60405180910390f35b348015610217575f5ffd5b506102376102263660046127aa565b60056020525f908152604090205481565b604051908152602001610203565b348015610250575f5ffd5b5061023761025f3660046127c5565b6106e6565b6101ee6102723660046127aa565b610750565b348015610282575f5ffd5b506101d261089f565b348015610296575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102c9575f5ffd5b506101d26109b2565b3480156102dd575f5ffd5b506103057f000000000000000000000000000000000000000000000000000000000000000081565b6040516bffffffffffffffffffffffff9091168152602001610203565b34801561032d575f5ffd5b506101d2610a5c565b348015610341575f5ffd5b506103556103503660046127f6565b610bac565b6040805167ffffffffffffffff909316835273ffffffffffffffffffffffffffffffffffffffff909116602083015201610203565b348015610395575f5ffd5b506102376103a43660046127f6565b610c3b565b3480156103b4575f5ffd5b506103bd610d96565b6040519015158152602001610203565b3480156103d8575f5ffd5b506104007f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610203565b348015610430575f5ffd5b50610439610db1565b604051610203979695949392919061285b565b348015610457575f5ffd5b5060025468010000000000000000900467ffffffffffffffff166101ee565b348015610481575f5ffd5b506101ee610e0f565b348015610495575f5ffd5b50600254700100000000000000000000000000000000900467ffffffffffffffff166101ee565b3480156104c7575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610203565b6101ee61051236600461291a565b610e68565b348015610522575f5ffd5b50610237610531366004612988565b610fe8565b348015610541575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b348015610574575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a7575f5ffd5b506101d26105b63660046127f6565b61102b565b3480156105c6575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105f9575f5ffd5b506104007f000000000000000000000000000000000000000000000000000000000000000081565b34801561062c575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b34801561065f575f5ffd5b5061023761066e3660046127c5565b6112f8565b34801561067e575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b5f5f6106b0611313565b90925090506106e2826106c53684815f6129e9565b6040516106d3929190612a10565b60405180910390205f5f6114ec565b5050565b5f61074a6106f936849003840184612a4c565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b92915050565b5f73ffffffffffffffffffffffffffffffffffffffff821661079e576040517fb2e532de00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341161084d5761080c6bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001612b4c565b6040517f195a3ca100000000000000000000000000000000000000000000000000000000815260048101919091523460248201526044015b60405180910390fd5b61074a60018361088b6bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001634612b5f565b60405180602001604052805f815250611a80565b335f90815260056020526040812054908190036108e8576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526005602052604080822091909155517fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a9061092b9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610972576040519150601f19603f3d011682016040523d82523d5f602084013e610977565b606091505b50509050806106e2576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f6109bc611313565b90925090506002825160028111156109d6576109d6612b72565b14806109eb57506109e8816020612b4c565b36105b15610a22576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106e2825f8336610a34826020612b4c565b92610a41939291906129e9565b610a4a91612b9f565b6003610a57856020612b4c565b6114ec565b5f5f610a66611313565b9092509050368114610aa4576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b804915610abd57610ab681612bdb565b9050610aa6565b805f03610af6576040517ffdac229f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff811115610b1057610b10612a1f565b604051908082528060200260200182016040528015610b39578160200160208202803683370190505b5090505f5b82811015610b6d578049828281518110610b5a57610b5a612c12565b6020908102919091010152600101610b3e565b505f81604051602001610b809190612c3f565b604051602081830303815290604052805190602001209050610ba5858260015f6114ec565b5050505050565b6002545f90819067ffffffffffffffff700100000000000000000000000000000000909104811690841610610c19576040517f9f585f2f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610844565b505067ffffffffffffffff165f9081526004602052604090205460a081901c91565b6002545f9067ffffffffffffffff9081169083168111610c93576040517f29323fff00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610844565b67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016610cc88483612c74565b67ffffffffffffffff161115610d495782610d037f000000000000000000000000000000000000000000000000000000000000000083612c74565b6040517fb7a24ee800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610844565b60035f610d767f000000000000000000000000000000000000000000000000000000000000000086612cc1565b67ffffffffffffffff1681526020019081526020015f2054915050919050565b5f610d9f610e0f565b67ffffffffffffffff16431015905090565b5f6060805f5f5f6060610dc2611bb8565b610dca611be4565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6002545f90610e639063ffffffff7f00000000000000000000000000000000000000000000000000000000000000008116917801000000000000000000000000000000000000000000000000900416612cf0565b905090565b5f81801580610e9c57507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681115b15610f02576040517ffccdd6b40000000000000000000000000000000000000000000000000000000081526004810182905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610844565b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff163414610f9f576040517f195a3ca10000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166004820152346024820152604401610844565b610fe05f5f5f87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611a8092505050565b949350505050565b5f6110248383808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611c1192505050565b9392505050565b6040805160a08101825260025467ffffffffffffffff8082168352680100000000000000008204811660208401819052700100000000000000000000000000000000830482169484019490945263ffffffff78010000000000000000000000000000000000000000000000008304811660608501527c0100000000000000000000000000000000000000000000000000000000909204909116608083015290919083161115806110f25750806040015167ffffffffffffffff168267ffffffffffffffff16115b1561115b576020810151611107906001612cf0565b60408083015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015290821660248201529083166044820152606401610844565b5f6111ad61119d61118e611170600187612c74565b67ffffffffffffffff165f9081526004602052604090205460a01c90565b67ffffffffffffffff16611da5565b6111a8906001612cf0565b611e0b565b90508067ffffffffffffffff164310156111ff576040517fb42fa4c000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610844565b604080516101008101825267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116825284511660208201525f91810161124c611e66565b67ffffffffffffffff168152602001611267855f0151611e70565b81525f602082018190526040820181905267ffffffffffffffff8716606083015260809091015290506112f283826112ea817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b60025f611ede565b50505050565b5f61074a61130e6106f936859003850185612a4c565b6122ee565b604080516080810182525f808252602082018190529181018290526060810182905290602a361015611371576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600435600a3560f882901c60028111156113b7576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8060028111156113c9576113c9612b72565b859060028111156113dc576113dc612b72565b908160028111156113ef576113ef612b72565b90525060ff60f084901c16602086015263ffffffff60d084901c166040860152606085018290525f8551600281111561142a5761142a612b72565b036114425761143b602a6040612b4c565b93506114ab565b60018551600281111561145757611457612b72565b036114685761143b602a6008612b4c565b6020850151602a945060ff16156114ab576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b368411156114e5576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509091565b6040805160a0810182526002805467ffffffffffffffff8082168452680100000000000000008204811660208501527001000000000000000000000000000000008204169383019390935263ffffffff78010000000000000000000000000000000000000000000000008404811660608401527c01000000000000000000000000000000000000000000000000000000009093049092166080820152905f908651600281111561159e5761159e612b72565b141590505f81156117005760208701516040517f1931190400000000000000000000000000000000000000000000000000000000815260ff90911660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690631931190490602401602060405180830381865afa15801561163a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061165e9190612d10565b905073ffffffffffffffffffffffffffffffffffffffff81166116b85760208701516040517f1737ee5200000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610844565b43836060015163ffffffff16036116fb576040517fbc57755200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611791565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16846060015163ffffffff1661173d9190612cf0565b90508067ffffffffffffffff1643101561178f576040517fe51302d000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610844565b505b604080516101008101825267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116825285511660208201525f9181016117de611e66565b67ffffffffffffffff1681526020016117f9865f0151611e70565b815260200188815260200189606001518152602001896040015186602001516118229190612cf0565b67ffffffffffffffff1681526020018373ffffffffffffffffffffffffffffffffffffffff1681525090505f6118a3827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b90505f895160028111156118b9576118b9612b72565b0361196b57602a35604a355f806118d96118d2866122ee565b8585612335565b5090925090505f8160038111156118f2576118f2612b72565b14158061192b57508673ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614155b15611962576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050611a44565b8315611a44573373ffffffffffffffffffffffffffffffffffffffff8416146119de576040517f368ff0a600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152336024820152604401610844565b602a357fffffffffffffffff00000000000000000000000000000000000000000000000082811690821614611a42576040517fdafa5c0e00000000000000000000000000000000000000000000000000000000815260048101839052602401610844565b505b6003876003811115611a5857611a58612b72565b03611a6857611a68828288612380565b611a758583838a88611ede565b505050505050505050565b60028054700100000000000000000000000000000000900467ffffffffffffffff1690611aae826001612cf0565b815467ffffffffffffffff91909116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff9091161781555f611b2863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001643612cf0565b67ffffffffffffffff84165f81815260046020526040908190203360a085901b7bffffffffffffffff00000000000000000000000000000000000000001681179091559051929350917feff32a23b40bef2fb22a164b983c7671adbf09260a99f7c160d075d1fa5cc70090611ba6908b908b908b9088908c90612d2b565b60405180910390a35050949350505050565b6060610e637f00000000000000000000000000000000000000000000000000000000000000005f612427565b6060610e637f00000000000000000000000000000000000000000000000000000000000000006001612427565b80515f90808203611c2457505f92915050565b805b6001811115611d51575f6002611c3d836001612b4c565b611c479190612d90565b90505f5b611c56600284612d90565b811015611ce857611cc386611c6c836002612da3565b81518110611c7c57611c7c612c12565b602002602001015187836002611c929190612da3565b611c9d906001612b4c565b81518110611cad57611cad612c12565b60200260200101515f9182526020526040902090565b868281518110611cd557611cd5612c12565b6020908102919091010152600101611c4b565b50611cf4600283612dba565b600103611d4a5784611d07600184612b5f565b81518110611d1757611d17612c12565b602002602001015185600183611d2d9190612b5f565b81518110611d3d57611d3d612c12565b6020026020010181815250505b9050611c26565b81845f81518110611d6457611d64612c12565b6020026020010151604051602001611d86929190918252602082015260400190565b6040516020818303038152906040528051906020012092505050919050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016611e0167ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001684612b5f565b61074a9190612d90565b5f611e3c63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683612dcd565b61074a907f0000000000000000000000000000000000000000000000000000000000000000612cf0565b5f610e6343611da5565b5f67ffffffffffffffff821615611ed75760035f7f0000000000000000000000000000000000000000000000000000000000000000611eb0600186612c74565b611eba9190612cc1565b67ffffffffffffffff1681526020019081526020015f205461074a565b5f92915050565b80611f5e575f84604001516001611ef59190612cf0565b90508063ffffffff16866080015163ffffffff1603611f525760408086015190517fb5121a8d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610844565b63ffffffff1660808601525b60c0840151604086015167ffffffffffffffff9081169082161115611fd657602086015160408088015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015290821660248201529082166044820152606401610844565b856040015167ffffffffffffffff168167ffffffffffffffff1610156120655767ffffffffffffffff8181165f9081526004602052604090205460a01c908116431115612063576040517f5370fdd200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610844565b505b6020860151865185906003905f9061209e907f000000000000000000000000000000000000000000000000000000000000000090612cc1565b67ffffffffffffffff16815260208101919091526040015f2055865160019088906120ca908390612cf0565b67ffffffffffffffff908116909152831660208901525082156120f45763ffffffff431660608801525b86516002805460208a015160408b015160608c015160808d015167ffffffffffffffff9687167fffffffffffffffffffffffffffffffff00000000000000000000000000000000909516949094176801000000000000000093871693909302929092177fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff16700100000000000000000000000000000000918616919091027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1617780100000000000000000000000000000000000000000000000063ffffffff92831602177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0100000000000000000000000000000000000000000000000000000000919092160217905581811690831614612299576bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166122618284612c74565b67ffffffffffffffff166122759190612da3565b335f9081526005602052604081208054909190612293908490612b4c565b90915550505b856020015167ffffffffffffffff167f4e82ad905c9f049af6f3470c432ebc8cd79277a2765140124114483fbc9b438a8686848a6040516122dd9493929190612df7565b60405180910390a250505050505050565b5f61074a6122fa6124d0565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f80807f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8416601b60ff86901c0161236f88828985612606565b945094509450505093509350939050565b6020830151604080850151606086015191517f14d1812100000000000000000000000000000000000000000000000000000000808252600482018590526024820183905260448201849052606482018790527f00000000000000000000000000000000000000000000000000000000000000009490939092913687900390818860848301375f5f83608401838a5afa61241b573d5f823e3d81fd5b50505050505050505050565b606060ff83146124415761243a836126f9565b905061074a565b81805461244d90612ec6565b80601f016020809104026020016040519081016040528092919081815260200182805461247990612ec6565b80156124c45780601f1061249b576101008083540402835291602001916124c4565b820191905f5260205f20905b8154815290600101906020018083116124a757829003601f168201915b5050505050905061074a565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561253557507f000000000000000000000000000000000000000000000000000000000000000046145b1561255f57507f000000000000000000000000000000000000000000000000000000000000000090565b610e63604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561263f57505f915060039050826126ef565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612690573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff81166126e657505f9250600191508290506126ef565b92505f91508190505b9450945094915050565b60605f61270583612736565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561074a576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff81168114612797575f5ffd5b50565b80356127a581612776565b919050565b5f602082840312156127ba575f5ffd5b813561102481612776565b5f6101008284031280156127d7575f5ffd5b509092915050565b803567ffffffffffffffff811681146127a5575f5ffd5b5f60208284031215612806575f5ffd5b611024826127df565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61289560e083018961280f565b82810360408401526128a7818961280f565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156129095783518352602093840193909201916001016128eb565b50909b9a5050505050505050505050565b5f5f6020838503121561292b575f5ffd5b823567ffffffffffffffff811115612941575f5ffd5b8301601f81018513612951575f5ffd5b803567ffffffffffffffff811115612967575f5ffd5b856020828401011115612978575f5ffd5b6020919091019590945092505050565b5f5f60208385031215612999575f5ffd5b823567ffffffffffffffff8111156129af575f5ffd5b8301601f810185136129bf575f5ffd5b803567ffffffffffffffff8111156129d5575f5ffd5b8560208260051b8401011115612978575f5ffd5b5f5f858511156129f7575f5ffd5b83861115612a03575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f610100828403128015612a5e575f5ffd5b50604051610100810167ffffffffffffffff81118282101715612aa8577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604052612ab4836127df565b8152612ac2602084016127df565b6020820152612ad3604084016127df565b6040820152606083810135908201526080808401359082015260a08084013590820152612b0260c084016127df565b60c0820152612b1360e0840161279a565b60e08201529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561074a5761074a612b1f565b8181038181111561074a5761074a612b1f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8035602083101561074a577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612c0b57612c0b612b1f565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81515f90829060208501835b82811015612c69578151845260209384019390910190600101612c4b565b509195945050505050565b67ffffffffffffffff828116828216039081111561074a5761074a612b1f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f67ffffffffffffffff831680612cda57612cda612c94565b8067ffffffffffffffff84160691505092915050565b67ffffffffffffffff818116838216019081111561074a5761074a612b1f565b5f60208284031215612d20575f5ffd5b815161102481612776565b5f60028710612d3c57612d3c612b72565b86825273ffffffffffffffffffffffffffffffffffffffff8616602083015284604083015267ffffffffffffffff8416606083015260a06080830152612d8560a083018461280f565b979650505050505050565b5f82612d9e57612d9e612c94565b500490565b808202811582820484141761074a5761074a612b1f565b5f82612dc857612dc8612c94565b500690565b67ffffffffffffffff8181168382160290811690818114612df057612df0612b1f565b5092915050565b848152610160810160048510612e0f57612e0f612b72565b84602083015267ffffffffffffffff8416604083015267ffffffffffffffff835116606083015267ffffffffffffffff602084015116608083015267ffffffffffffffff60408401511660a0830152606083015160c0830152608083015160e083015260a083015161010083015260c0830151612e9961012084018267ffffffffffffffff169052565b5060e083015173ffffffffffffffffffffffffffffffffffffffff81166101408401525095945050505050565b600181811c90821680612eda57607f821691505b602082108103612f11577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5091905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x03\xA0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa\xA7\xB18\x03\x80a\xA7\xB1\x839\x81\x01`@\x81\x90Ra\0/\x91a\x0C\xB2V[a\08\x83a\x05xV[_\x83`@Q` \x01a\0J\x91\x90a\x0E}V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x82`\x01`\x01`\xA0\x1B\x03\x16;_\x14\x80a\0\xEBWP0`\x01`\x01`\xA0\x1B\x03\x16\x83`\x01`\x01`\xA0\x1B\x03\x16c{\x109\x99`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\0\xBBW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\0\xDF\x91\x90a\x10\xA0V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a\x01UWP\x80\x83`\x01`\x01`\xA0\x1B\x03\x16c\x86\xA4&c`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x01.W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x01R\x91\x90a\x10\xB9V[\x14\x15[\x15a\x01\x93W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x08`$\x82\x01Rgreceipts`\xC0\x1B`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16;\x15\x80a\x02\x1BWP0`\x01`\x01`\xA0\x1B\x03\x16\x82`\x01`\x01`\xA0\x1B\x03\x16c{\x109\x99`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x01\xEBW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x0F\x91\x90a\x10\xA0V[`\x01`\x01`\xA0\x1B\x03\x16\x14\x15[\x80a\x02\x85WP\x80\x82`\x01`\x01`\xA0\x1B\x03\x16c\x86\xA4&c`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x02^W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x02\x82\x91\x90a\x10\xB9V[\x14\x15[\x15a\x02\xBFW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\t`$\x82\x01Rhcommittee`\xB8\x1B`D\x82\x01R`d\x01a\x01\x8AV[`\x01`\x01`\xA0\x1B\x03\x80\x84\x16`\xA0\x81\x81R\x91\x84\x16`\xC0\x90\x81R\x86Q`\x01`\x01`@\x1B\x03\x16a\x01 \x90\x81R` \x80\x89\x01Q`\x01`\x01``\x1B\x03\x90\x81\x16a\x01@\x90\x81R`@\x80\x8C\x01Q`\xFF\x16a\x01`\x90\x81R``\x8D\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16a\x01\x80\x90\x81R`\x80\x8F\x01Q\x82\x16a\x01\xA0\x90\x81R\x9A\x8F\x01Q\x82\x16a\x01\xC0\x90\x81R\x98\x8F\x01Q\x82\x16a\x01\xE0R`\xE0\x8F\x01Q\x82\x16a\x02\0Ra\x01\0\x8F\x01Q\x82\x16a\x02 R\x96\x8E\x01Q\x81\x16a\x02@\x90\x81R\x93\x8E\x01Qa\xFF\xFF\x90\x81\x16a\x02`\x90\x81R\x92\x8F\x01Q\x82\x16a\x02\x80\x90\x81R\x97\x8F\x01Q\x86\x16a\x02\xA0R\x99\x8E\x01Q\x85\x16a\x02\xC0R\x96\x8D\x01Q\x84\x16a\x02\xE0R\x91\x8C\x01Q\x90\x97\x16a\x03\0R\x8A\x01Q\x16a\x03 R\x90\x88\x01Q\x90\x91\x16a\x03@R\x82QcL\xDC\x9Cc`\xE0\x1B\x81R\x92Q_\x93cL\xDC\x9Cc\x92`\x04\x80\x83\x01\x93\x91\x92\x82\x90\x03\x01\x81\x86Z\xFA\x15\x80\x15a\x03\xF4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x04\x18\x91\x90a\x10\xD0V[`\x01`\x01`@\x1B\x03\x81\x16`\xE0R``\x86\x01Q`\x80\x87\x01Q\x91\x92Pa\x04E\x91c\xFF\xFF\xFF\xFF\x91\x82\x16\x91\x16a\x10\xFDV[\x85``\x01Qc\xFF\xFF\xFF\xFF\x16\x86a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16a\x04f\x91\x90a\x11\x1FV[a\x04p\x91\x90a\x11RV[a\x04{\x90`\x04a\x11\x1FV[`\x01`\x01`@\x1B\x03\x16a\x01\0R\x84Q``\x86\x01Q`\xC0\x87\x01Q`\xE0\x88\x01Qa\x02`\x89\x01Qa\x02\x80\x8A\x01Q_\x95\x94\x87\x94\x90\x93\x90\x92\x90\x91a\x04\xB9\x8Da\n\xC4V[\x8B`@Qa\x04\xC6\x90a\x0B\xF5V[`\x01`\x01`@\x1B\x03\x99\x8A\x16\x81R\x97\x89\x16` \x89\x01Rc\xFF\xFF\xFF\xFF\x96\x87\x16`@\x89\x01R\x94\x86\x16``\x88\x01R\x92\x85\x16`\x80\x87\x01R`\x01`\x01``\x1B\x03\x90\x91\x16`\xA0\x86\x01R\x92\x90\x92\x16`\xC0\x84\x01R\x92\x16`\xE0\x82\x01R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16a\x01\0\x82\x01Ra\x01 \x01`@Q\x80\x91\x03\x90_\xF0\x80\x15\x80\x15a\x05FW=__>=_\xFD[P`\x01`\x01`\xA0\x1B\x03\x81\x16`\x80RFa\x03\x80\x81\x90R\x90\x91Pa\x05h\x90\x82a\x0B\x1BV[a\x03`RPa\x11\xAA\x94PPPPPV[`@\x81\x01Q`\xFF\x16\x15\x80a\x05\x93WP``\x81`@\x01Q`\xFF\x16\x11[\x15a\x05\xD1W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01RlmaxSequencers`\x98\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80` \x01Q`\x01`\x01``\x1B\x03\x16_\x03a\x06\x18W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x07`$\x82\x01Rf\x1BZ[\x90\x9B\xDB\x99`\xCA\x1B`D\x82\x01R`d\x01a\x01\x8AV[``\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15\x80a\x067WP`\x80\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a\x06\x85W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x14`$\x82\x01R\x7Fslot or epoch length\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x01\x8AV[`\xA0\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15\x80a\x06\xB0WP\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x06\xECW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjgraceBlocks`\xA8\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x07CW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RninclusionWindow`\x88\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x07\x96W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjescapeDelay`\xA8\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x07\xEAW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjfaultWindow`\xA8\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\x01 \x01Qc\xFF\xFF\xFF\xFF\x16\x11a\x08<W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\t`$\x82\x01RhexitDelay`\xB8\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80a\x01@\x01Qa\xFF\xFF\x16_\x03a\x08\x85W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01Rl\x1C\xDD\x1C\x9AZ\xD9\\\xD5\x1B\xD2\x98Z[`\x9A\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\x01`\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x08\xDBW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0C`$\x82\x01Rk50\xB4\xB6!\xB7\xB7\xB627\xBB\xB7`\xA1\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80` \x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\x80\x01Q`\x01`\x01``\x1B\x03\x16\x10a\t4W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjjailPenalty`\xA8\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80` \x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\xA0\x01Q`\x01`\x01``\x1B\x03\x16\x11\x15a\t\x94W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x11`$\x82\x01RpcensorshipPenalty`x\x1B`D\x82\x01R`d\x01a\x01\x8AV[a\t\xA1`\x02a'\x10a\x11\x80V[\x81a\x02@\x01Qa\xFF\xFF\x16\x11\x15a\t\xE6W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\t`$\x82\x01RhbountyBps`\xB8\x1B`D\x82\x01R`d\x01a\x01\x8AV[\x80a\x02@\x01Qa\xFF\xFF\x16\x81a\x01\xA0\x01Q`\x01`\x01``\x1B\x03\x16a\n\t\x91\x90a\x11\x93V[a'\x10\x82a\x01\xC0\x01Q`\x01`\x01``\x1B\x03\x16a\n%\x91\x90a\x11\x93V[\x11\x15a\ntW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x16`$\x82\x01R\x7FcensorshipCompensation\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x01\x8AV[\x80a\x02\x80\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a\n\xC1W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RnmaxForcedTxSize`\x88\x1B`D\x82\x01R`d\x01a\x01\x8AV[PV[__\x82a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x83``\x01Qc\xFF\xFF\xFF\xFF\x16a\n\xE7\x91\x90a\x11\x1FV[\x90P\x82``\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\n\xFF\x91\x90a\x11RV[a\x0B\t\x90\x82a\x11\x1FV[a\x0B\x14\x90`\x02a\x11\x1FV[\x93\x92PPPV[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R`1`\xF8\x1B\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R`\x80\x81\x01\x85\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 [\x92\x91PPV[a5I\x80arh\x839\x01\x90V[`@Qa\x02\xA0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x0C1WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x0CMW__\xFD[\x91\x90PV[\x80Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x0CMW__\xFD[\x80Q`\xFF\x81\x16\x81\x14a\x0CMW__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0CMW__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x0CMW__\xFD[\x80Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x0CMW__\xFD[___\x83\x85\x03a\x02\xE0\x81\x12\x15a\x0C\xC6W__\xFD[a\x02\xA0\x81\x12\x15a\x0C\xD4W__\xFD[Pa\x0C\xDDa\x0C\x02V[a\x0C\xE6\x85a\x0C7V[\x81Ra\x0C\xF4` \x86\x01a\x0CRV[` \x82\x01Ra\r\x05`@\x86\x01a\x0ChV[`@\x82\x01Ra\r\x16``\x86\x01a\x0CxV[``\x82\x01Ra\r'`\x80\x86\x01a\x0CxV[`\x80\x82\x01Ra\r8`\xA0\x86\x01a\x0CxV[`\xA0\x82\x01Ra\rI`\xC0\x86\x01a\x0CxV[`\xC0\x82\x01Ra\rZ`\xE0\x86\x01a\x0CxV[`\xE0\x82\x01Ra\rla\x01\0\x86\x01a\x0CxV[a\x01\0\x82\x01Ra\r\x7Fa\x01 \x86\x01a\x0CxV[a\x01 \x82\x01Ra\r\x92a\x01@\x86\x01a\x0C\x8BV[a\x01@\x82\x01Ra\r\xA5a\x01`\x86\x01a\x0CxV[a\x01`\x82\x01Ra\r\xB8a\x01\x80\x86\x01a\x0CRV[a\x01\x80\x82\x01Ra\r\xCBa\x01\xA0\x86\x01a\x0CRV[a\x01\xA0\x82\x01Ra\r\xDEa\x01\xC0\x86\x01a\x0CRV[a\x01\xC0\x82\x01Ra\r\xF1a\x01\xE0\x86\x01a\x0CRV[a\x01\xE0\x82\x01Ra\x0E\x04a\x02\0\x86\x01a\x0CRV[a\x02\0\x82\x01Ra\x0E\x17a\x02 \x86\x01a\x0CRV[a\x02 \x82\x01Ra\x0E*a\x02@\x86\x01a\x0C\x8BV[a\x02@\x82\x01Ra\x0E=a\x02`\x86\x01a\x0CRV[a\x02`\x82\x01Ra\x0EPa\x02\x80\x86\x01a\x0CxV[a\x02\x80\x82\x01R\x92Pa\x0Eea\x02\xA0\x85\x01a\x0C\x9CV[\x91Pa\x0Eta\x02\xC0\x85\x01a\x0C\x9CV[\x90P\x92P\x92P\x92V[\x81Q`\x01`\x01`@\x1B\x03\x16\x81Ra\x02\xA0\x81\x01` \x83\x01Qa\x0E\xA9` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01Qa\x0E\xBE`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01Qa\x0E\xD6``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x0E\xEE`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa\x0F\x06`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa\x0F\x1E`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa\x0F6`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\x0FPa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa\x0Fja\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01Qa\x0F\x82a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa\x0F\x9Ca\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01Qa\x0F\xB9a\x01\x80\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xA0\x83\x01Qa\x0F\xD6a\x01\xA0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xC0\x83\x01Qa\x0F\xF3a\x01\xC0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xE0\x83\x01Qa\x10\x10a\x01\xE0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02\0\x83\x01Qa\x10-a\x02\0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02 \x83\x01Qa\x10Ja\x02 \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02@\x83\x01Qa\x10ba\x02@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02`\x83\x01Qa\x10\x7Fa\x02`\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02\x80\x83\x01Qa\x10\x99a\x02\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[_` \x82\x84\x03\x12\x15a\x10\xB0W__\xFD[a\x0B\x14\x82a\x0C\x9CV[_` \x82\x84\x03\x12\x15a\x10\xC9W__\xFD[PQ\x91\x90PV[_` \x82\x84\x03\x12\x15a\x10\xE0W__\xFD[a\x0B\x14\x82a\x0C7V[cNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a\x10\x99Wa\x10\x99a\x10\xE9V[`\x01`\x01`@\x1B\x03\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x0B\xEFWa\x0B\xEFa\x10\xE9V[cNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[_`\x01`\x01`@\x1B\x03\x83\x16\x80a\x11jWa\x11ja\x11>V[`\x01`\x01`@\x1B\x03\x92\x90\x92\x16\x91\x90\x91\x04\x92\x91PPV[_\x82a\x11\x8EWa\x11\x8Ea\x11>V[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x0B\xEFWa\x0B\xEFa\x10\xE9V[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa\x02\0Qa\x02 Qa\x02@Qa\x02`Qa\x02\x80Qa\x02\xA0Qa\x02\xC0Qa\x02\xE0Qa\x03\0Qa\x03 Qa\x03@Qa\x03`Qa\x03\x80Qa_.a\x13:_9_a3\x14\x01R_a4f\x01R_PP_PP_\x81\x81a8\x19\x01RaN$\x01R_a \x90\x01R_a \xF4\x01R_a\x16\xF6\x01R_aFr\x01R_a\x16f\x01R_aH4\x01R_\x81\x81a9\xD3\x01Ra=\xD3\x01R_PP_PP_a\n\xCB\x01R_\x81\x81a-\x91\x01RaN\xD2\x01R_\x81\x81a/`\x01R\x81\x81aI\x13\x01RaN\xAB\x01R_\x81\x81a\x0C\xBA\x01Ra>\xEF\x01R_\x81\x81a\x0B\x1E\x01R\x81\x81a\x0B\x86\x01R\x81\x81a\x18\x12\x01Ra\x18\x90\x01R_PP_\x81\x81a\x05\xAE\x01R\x81\x81a-\xC3\x01Ra/\xF6\x01R_\x81\x81a\x03y\x01R\x81\x81a/\x8C\x01R\x81\x81aH\xDD\x01RaIA\x01R_\x81\x81a\x07\x1A\x01Ra\x13j\x01R_\x81\x81a\x07\xBB\x01R\x81\x81a\x10\xC1\x01Ra(o\x01R_\x81\x81a\x08{\x01R\x81\x81a\x11\xF1\x01R\x81\x81a\x14\xA4\x01R\x81\x81a\x1E7\x01R\x81\x81a\x1E\xC9\x01Ra4\x1F\x01Ra_._\xF3\xFE`\x80`@R`\x046\x10a\x02wW_5`\xE0\x1C\x80c\xAC\x7F\xC3\x07\x11a\x01KW\x80c\xD0\xB1\xD5\x12\x11a\0\xC6W\x80c\xF4\0\xB1\x0E\x11a\0|W\x80c\xFAiD\xBC\x11a\0bW\x80c\xFAiD\xBC\x14a\x08\x17W\x80c\xFA\xDBGh\x14a\x086W\x80c\xFB\x0Er+\x14a\x08jW__\xFD[\x80c\xF4\0\xB1\x0E\x14a\x07\xAAW\x80c\xF9\x16\x821\x14a\x07\xDDW__\xFD[\x80c\xD8d\xE7@\x11a\0\xACW\x80c\xD8d\xE7@\x14a\x07\tW\x80c\xD8\x915\xCD\x14a\x07<W\x80c\xEA\xF5\xAF\xCE\x14a\x07PW__\xFD[\x80c\xD0\xB1\xD5\x12\x14a\x06\xCBW\x80c\xD3O \xBD\x14a\x06\xEAW__\xFD[\x80c\xC5\xED^J\x11a\x01\x1BW\x80c\xC6\xAB]\x90\x11a\x01\x01W\x80c\xC6\xAB]\x90\x14a\x06_W\x80c\xCC\xD0rv\x14a\x06~W\x80c\xCF\xF0\xAB\x96\x14a\x06\xAAW__\xFD[\x80c\xC5\xED^J\x14a\x06!W\x80c\xC5\xF1\x11\x01\x14a\x06@W__\xFD[\x80c\xAC\x7F\xC3\x07\x14a\x05\x9DW\x80c\xB3xU\xC8\x14a\x05\xD0W\x80c\xB7o\x1B\xEA\x14a\x05\xEFW\x80c\xC5b\x91O\x14a\x06\x0EW__\xFD[\x80cX=#\xF4\x11a\x01\xF5W\x80cu\xE5\xB1]\x11a\x01\xABW\x80c\x96\x8C7\xEC\x11a\x01\x91W\x80c\x96\x8C7\xEC\x14a\x04\xDCW\x80c\xA0\x84\x19\xE3\x14a\x04\xFBW\x80c\xA4,\xE1[\x14a\x05CW__\xFD[\x80cu\xE5\xB1]\x14a\x04\x80W\x80c\x92L>}\x14a\x04\xBDW__\xFD[\x80ci~ V\x11a\x01\xDBW\x80ci~ V\x14a\x04\x17W\x80cm\xA6\x1D\x1E\x14a\x046W\x80cq!N\x1D\x14a\x04aW__\xFD[\x80cX=#\xF4\x14a\x03\xD9W\x80chts\xF5\x14a\x03\xF8W__\xFD[\x80cD \xE4\x86\x11a\x02JW\x80cL\xDC\x9Cc\x11a\x020W\x80cL\xDC\x9Cc\x14a\x03hW\x80cT\xE6$\x19\x14a\x03\x9BW\x80cU\xCEX\x91\x14a\x03\xBAW__\xFD[\x80cD \xE4\x86\x14a\x03\x1DW\x80cD\xD9n\x95\x14a\x03BW__\xFD[\x80c\x06\xC0\xE8A\x14a\x02{W\x80c\x191\x19\x04\x14a\x02\x91W\x80c3Yc.\x14a\x02\xCDW\x80c@\x89\xB1p\x14a\x02\xFAW[__\xFD[4\x80\x15a\x02\x86W__\xFD[Pa\x02\x8Fa\x08\x9DV[\0[4\x80\x15a\x02\x9CW__\xFD[Pa\x02\xB0a\x02\xAB6`\x04aP\xA0V[a\tPV[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\xD8W__\xFD[Pa\x02\xE1a\x0B\rV[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xC4V[4\x80\x15a\x03\x05W__\xFD[Pa\x03\x0F`\x08T\x81V[`@Q\x90\x81R` \x01a\x02\xC4V[a\x030a\x03+6`\x04aP\xD8V[a\x0B\x1BV[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02\xC4V[4\x80\x15a\x03MW__\xFD[P`\x07To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\x0FV[4\x80\x15a\x03sW__\xFD[Pa\x02\xE1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x03\xA6W__\xFD[Pa\x02\x8Fa\x03\xB56`\x04aQOV[a\x0FhV[4\x80\x15a\x03\xC5W__\xFD[Pa\x02\x8Fa\x03\xD46`\x04aQ\xE6V[a\x10\xB6V[4\x80\x15a\x03\xE4W__\xFD[Pa\x030a\x03\xF36`\x04aR\x7FV[a\x11\xAEV[4\x80\x15a\x04\x03W__\xFD[Pa\x02\x8Fa\x04\x126`\x04aR\x9AV[a\x11\xBEV[4\x80\x15a\x04\"W__\xFD[Pa\x03\x0Fa\x0416`\x04aS\x13V[a\x13(V[4\x80\x15a\x04AW__\xFD[Pa\x03\x0Fa\x04P6`\x04aP\xD8V[`\x06` R_\x90\x81R`@\x90 T\x81V[4\x80\x15a\x04lW__\xFD[Pa\x03\x0Fa\x04{6`\x04aS,V[a\x13^V[4\x80\x15a\x04\x8BW__\xFD[Pa\x04\xADa\x04\x9A6`\x04aSsV[_\x90\x81R`\x05` R`@\x90 T\x15\x15\x90V[`@Q\x90\x15\x15\x81R` \x01a\x02\xC4V[4\x80\x15a\x04\xC8W__\xFD[Pa\x02\x8Fa\x04\xD76`\x04aS\x8AV[a\x13\xEEV[4\x80\x15a\x04\xE7W__\xFD[Pa\x02\x8Fa\x04\xF66`\x04aP\xA0V[a\x17?V[4\x80\x15a\x05\x06W__\xFD[Pa\x03\x0Fa\x05\x156`\x04aP\xD8V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` R`@\x90 Tb\x01\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[4\x80\x15a\x05NW__\xFD[Pa\x05\x8Aa\x05]6`\x04aT\x1BV[`\xFF\x82\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x90 Ta\xFF\xFF\x16\x92\x91PPV[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xC4V[4\x80\x15a\x05\xA8W__\xFD[Pa\x02\xE1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xDBW__\xFD[Pa\x030a\x05\xEA6`\x04aP\xD8V[a\x1AfV[4\x80\x15a\x05\xFAW__\xFD[Pa\x02\x8Fa\x06\t6`\x04aP\xA0V[a\x1ApV[a\x02\x8Fa\x06\x1C6`\x04aP\xA0V[a\x1B\xFFV[4\x80\x15a\x06,W__\xFD[Pa\x03\x0Fa\x06;6`\x04aSsV[a\x1D\xB6V[4\x80\x15a\x06KW__\xFD[Pa\x02\x8Fa\x06Z6`\x04aS\x8AV[a\x1D\xF3V[4\x80\x15a\x06jW__\xFD[Pa\x02\x8Fa\x06y6`\x04aP\xA0V[a!'V[4\x80\x15a\x06\x89W__\xFD[Pa\x06\x9Da\x06\x986`\x04aP\xA0V[a$cV[`@Qa\x02\xC4\x91\x90aT\xB2V[4\x80\x15a\x06\xB5W__\xFD[Pa\x06\xBEa'\xA0V[`@Qa\x02\xC4\x91\x90aU\xE3V[4\x80\x15a\x06\xD6W__\xFD[Pa\x02\xE1a\x06\xE56`\x04aSsV[a(\xA9V[4\x80\x15a\x06\xF5W__\xFD[Pa\x02\x8Fa\x07\x046`\x04aX(V[a(\xB3V[4\x80\x15a\x07\x14W__\xFD[Pa\x02\xB0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x07GW__\xFD[Pa\x03\x0Fa,lV[4\x80\x15a\x07[W__\xFD[Pa\x03\x0Fa\x07j6`\x04aS\x13V[`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[4\x80\x15a\x07\xB5W__\xFD[Pa\x02\xB0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x07\xE8W__\xFD[P`\x07Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\x0FV[4\x80\x15a\x08\"W__\xFD[Pa\x02\xE1a\x0816`\x04aR\x7FV[a,\xDAV[4\x80\x15a\x08AW__\xFD[Pa\x08Ua\x08P6`\x04aR\x7FV[a,\xE4V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xC4V[4\x80\x15a\x08uW__\xFD[Pa\x02\xB0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[3_\x90\x81R`\x06` R`@\x81 T\x90\x81\x90\x03a\x08\xE6W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x06` R`@\x81 \x81\x90U`\x08\x80T\x83\x92\x90a\t\t\x90\x84\x90aX\x8AV[\x90\x91UPP`@Q\x81\x81R3\x90\x7F\xAA\x91k\xB7s\x88\x86D|3>\x88\x03\xDD}\x94\xE5\xFC\xB6\xAC\xB2\xF5\xD5\xAAe\x027=\xD5\x9D\xC5[\x90` \x01`@Q\x80\x91\x03\x90\xA2a\tM3\x82a,\xEEV[PV[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\tzWP_\x91\x90PV[`@\x80Q``\x81\x01\x82R`\x02Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x80\x82\x16` \x85\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x90\x91`\x01`\xFF\x86\x16\x1B\x90\x91\x16\x16\x15a\t\xF9WP_\x92\x91PPV[_a\n\x02a-|V[\x90P_a\n\x0E\x82a-\x86V[\x90P_a\n)\x82\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a-\xB7V[\x90P`\x01`\xFF\x87\x16\x1B\x81\x16_\x03a\nEWP_\x95\x94PPPPPV[_a\n\xA2\x82\x88`\xFF\x16a\n\x92\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a/\tV[\x90Pa\n\xAD\x84a/UV[a\n\xC1\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16CaX\x8AV[a\n\xF1c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aX\x9DV[\x11\x15a\x0B\x03WP_\x96\x95PPPPPPV[PPPPP\x91\x90PV[_a\x0B\x16a-|V[\x90P\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x10\x15a\x0B\xBEW`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\x11\x15a\x0C\x05W`@Q\x7Fy\xB873\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R4`\x04\x82\x01R`$\x01a\x0B\xB5V[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x0CEW`@Q\x7F\x81^\x1Dd\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x15a\x0C\xA2W`@Q\x7F\xAAjM\\\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[P`\x02T_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16[\x80\x83`\xFF\x16\x10\x80\x15a\x0C\xF4WP`\x01`\xFF\x84\x16\x1B\x82\x16\x15\x15[\x15a\r\tWa\r\x02\x83aX\xB4V[\x92Pa\x0C\xDBV[\x80\x83`\xFF\x16\x03a\rHW`@Q\x7Fk\x1C\x8B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0B\xB5V[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xFF\x86\x16\x81\x90\x1B\x85\x17k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x90\x91\x17\x90\x91Ua\r\x99\x90\x84\x90aX\xD2V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x81\x81R`\x01` \x81\x81R`@\x80\x84 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x97\x88\x16\x17\x90U\x94\x88\x16\x83R\x82\x90R\x92\x81 \x80T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17`\x01`\xA0\x1B4j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x02\x92\x90\x92\x17\x83U\x94\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x94\x17\x90\x94\x17\x90\x92U`\x07\x80T\x92\x93\x92\x90\x91\x90a\x0E\xA5\x90\x84\x90o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aX\xEBV[\x92Pa\x01\0\n\x81T\x81o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_a\x0F\x0C\x85`\xFF\x16`\x01{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1B`\x01a/\xB0V[`@\x80Q4\x81Rc\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x88\x16\x913\x91`\xFF\x89\x16\x91\x7F\x96{\xE0bB\xD1\xCDN\x16I\xBA\x1D\xD1|\x96\xD2\xD5\x0C\xF9\x10\xF6\xF1\x02`\xE8W \xEC\xEA\xDB\x0F=\x91\x01`@Q\x80\x91\x03\x90\xA4PPPP\x91\x90PV[a\x0Fr\x86\x84a2OV[_a\x0F\x826\x88\x90\x03\x88\x01\x88aY@V[\x90P_a\x0F\x946\x86\x90\x03\x86\x01\x86aY@V[\x90Pa\x0F\xCD\x81`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x105W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x10A\x83\x89\x89a3\x10V[\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16a\x10X\x83\x87\x87a3\x10V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x10\x98W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x10\xAB\x81\x84` \x01Q\x85`@\x01Qa5\x9AV[PPPPPPPPPV[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x11\x18W`@Q\x7F\x18\x0B\x8D\x8E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x11!\x85a6\xFEV[\x81a\x11\xA4a\x11.\x89a7FV[\x88\x88\x88`@Q\x80`\xC0\x01`@R\x80\x8A`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x87k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x88`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x8E`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RPa7\xC4V[PPPPPPPPV[_a\x11\xB8\x82a;\x97V[\x92\x91PPV[a\x11\xC8\x84\x82a2OV[_a\x11\xD86\x86\x90\x03\x86\x01\x86aY@V[\x90P_a\x11\xEA6\x84\x90\x03\x84\x01\x84aY@V[\x90Pa\x12\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82a<bV[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x12\xAFW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12\xBB\x83\x87\x87a3\x10V[\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16\x82`\xE0\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x14a\x13\x0CW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\x1F\x81\x84` \x01Q\x85`@\x01Qa5\x9AV[PPPPPPPV[`\x02T_\x90a\x11\xB8\x90\x83\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a-\xB7V[_3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x13\xC1W`@Q\x7FS\xBBo\xE5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\xCA\x84a=kV[a\x13\xE5a\x13\xD9a\x041\x86a-\x86V[\x86\x16_`\x05\x86\x86a>YV[\x95\x94PPPPPV[a\x13\xF7\x84aAgV[_a\x14\x01\x85a;\x97V[`\xFF\x81\x16_\x81\x81R` \x81\x90R`@\x90 `\x02T\x92\x93P\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x80a\x14RWPa\x14P\x81\x83\x88aA\xC6V[\x15[\x15a\x14\x9EW`@Q\x7F\t\x0B2\xD1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`D\x01a\x0B\xB5V[_a\x14\xE3\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x88\x88\x88\x87`\x01\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16aBgV[\x92PPP\x80\x15a\x15+W`@Q\x7F\xE4\xA9\xB2\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_\x7F\xD8s\x9F\x9ASgm\xDC\x0FvksrK\x0C\x85q=Y\x83$D\xAD\x1A\xD5\x05\xC9\xD3\x8DLk\xF2\x88`@Q` \x01a\x15r\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x15\x93\x81a6\xFEV[_a\x15\x9D\x89a-\x86V[`\xFF\x86\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x81 T\x91\x92P\x90a\x15\xD3\x90a\xFF\xFF\x16`\x01aZ\x13V[`\xFF\x87\x16_\x81\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x82R\x91\x82\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16a\xFF\xFF\x86\x16\x90\x81\x17\x90\x91U\x91Q\x91\x82R\x92\x93Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16\x92\x7F-+/(\xC2\xEB\x80:\xEF\x1F\xBCD \xF2\x18\x85i!T\x10N\xB3\xF9\x91\x81\xCF\xB2O\x7Fr \x1A\x91\x01`@Q\x80\x91\x03\x90\xA3\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81a\xFF\xFF\x16\x10a\x17!Wa\x16\x9D\x86\x86aE\xB7V[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R3\x92\x82\x01\x92\x90\x92R``\x81\x01\x82\x90R`\x01\x87\x01T`\x01`\x01`\xA0\x1B\x03\x16`\x80\x82\x01R`\xA0\x81\x01\x91\x90\x91Ra\x17\x1C\x90\x87\x90`\x02\x90\x86\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90a7\xC4V[a\x173V[_\x83\x81R`\x05` R`@\x90 `\x01\x90U[PPPPPPPPPPV[_a\x17I\x82aG\xC2V[\x90P`\x02`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x17mWa\x17maTLV[\x14a\x17\xB4W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0B\xB5\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aZ-V[`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x18\x0EW`\x02\x81\x01T`@Q\x7F\x15\xF3\xB7\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[\x80T\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x90\x91\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a\x18\xD7W\x80T`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R`\x01`\xA0\x1B\x90\x91\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\x0B\xB5V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x17\x90U_a\x19\x10a-|V[\x90Pa\x19\x1D\x81`\x01aZ;V[`\x02\x83\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U`\xFF\x83\x16_\x90\x81R`\x04` R`@\x81 \x90a\x19\x80\x83a-\x86V[c\xFF\xFF\xFF\xFF\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x90U`\x02\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82\x04`\x01`\xFF\x88\x16\x81\x81\x1B\x80\x19\x93\x90\x93\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x93\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x94\x16\x93\x90\x93\x17\x90\x93U\x91\x7FM\xB3\x15Y)\x81\x8C\xC2\x93\x81\xAA1\xA1\xCCl\xB5I\xC4\xEFd\x8B+\xD3\xDE\xE6\xD7)v\x85p\xAE\xA9\x91a\x1AH\x91\x90a/\xB0V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xA2PPPV[_a\x11\xB8\x82a7FV[_a\x1Az\x82aG\xC2V[`\x01\x81\x81\x01T\x91\x92P`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x90\x81`\x04\x81\x11\x15a\x1A\xA1Wa\x1A\xA1aTLV[\x14\x15\x80\x15a\x1A\xC1WP`\x02\x81`\x04\x81\x11\x15a\x1A\xBEWa\x1A\xBEaTLV[\x14\x15[\x15a\x1A\xFAW\x80`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0B\xB5\x91\x90aZ-V[_`\x01\x82`\x04\x81\x11\x15a\x1B\x0FWa\x1B\x0FaTLV[\x14a\x1B-W`\x02a\x1B\x1EaH V[a\x1B(\x91\x90aZ[V[a\x1B=V[a\x1B=`\x01`\xFF\x86\x16\x1B_a/\xB0V[`\x01\x84\x01\x80Tc\xFF\xFF\xFF\xFF\x83\x16u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17t\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P`\xFF\x84\x16\x7Ft\xFE\x07\xBF\xB2@\x06\r\xAE\x9EZx\xA9\xAD\xB4S\xAB\xB2<!\x1B\xDF7\xFD,zn\x80\xD2\xAB\x99\xAD\x82a\x1B\xD1\x81aH1V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01`@Q\x80\x91\x03\x90\xA2PPPPV[_a\x1C\t\x82aHlV[\x90P`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1C-Wa\x1C-aTLV[\x03a\x1CtW`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0B\xB5\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aZ-V[\x80T_\x90a\x1C\x97\x904\x90`\x01`\xA0\x1B\x90\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZwV[\x90Pj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C\xE1W`@Q\x7Fy\xB873\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0B\xB5V[\x81T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Bj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x82U`\x07\x80T4\x91\x90_\x90a\x1DB\x90\x84\x90o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aX\xEBV[\x92Pa\x01\0\n\x81T\x81o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\xFF\x16\x7F\xE7i\xFAc5\xAD\xA1&\xA3\xFCF\x99\x1B+b\xC1d\xA8$>\x014\xCF%\x8FAe\xD6?P\x9B\xC94\x83`@Qa\x1AY\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[_\x81\x81R`\x05` R`@\x90 T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x01a\x1D\xEEWP_[\x91\x90PV[`@Q\x7Fl\xED\x94}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R_\x90\x81\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cl\xED\x94}\x90`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E{W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E\x9F\x91\x90aZ\x8AV[\x91P\x91P_a\x1E\xB7\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aH\xDAV[\x90Pa\x1E\xC2\x81aAgV[__a\x1E\xF2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x8A\x8A\x8A_aBgV[P\x91P\x91P\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1FYW`@Q\x7F\x9A\xEE\n\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8B\x16`\x04\x83\x01R\x83\x16`$\x82\x01R`D\x01a\x0B\xB5V[_`\x01`\x01`\xA0\x1B\x03\x82\x16\x15a\x1F\x98W`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 Ta\x1F\x91\x91\x90`\xFF\x16aZ\xC2V[\x90Pa \x02V[a\x1F\xA1\x84a;\x97V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x90 \x90\x91Pa\x1F\xC0\x90\x82\x86aA\xC6V[a \x02W`@Q\x7F\x83\x9F\x95\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_\x7FG\xC1K\x95_\xBF\x1B\x1F\x9F\xA2\xA8]j\\\xAA\x7F\xE55\xA8\x16\x03\xE3s\xF5\x07\x030\t\xC1\x90s\xA3\x8B`@Q` \x01a I\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa j\x81a6\xFEV[`@\x80Q`\xC0\x81\x01\x82R`\x01`\x01`\xA0\x1B\x03\x88\x81\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16` \x80\x85\x01\x91\x90\x91R3\x84\x86\x01R_``\x85\x01\x81\x90R`\xFF\x88\x16\x81R\x90\x81\x90R\x93\x84 `\x01\x90\x81\x01T\x90\x92\x16`\x80\x84\x01R`\xA0\x83\x01\x93\x90\x93Ra!\x1A\x92\x85\x92\x85\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90a7\xC4V[PPPPPPPPPPPV[_a!1\x82aG\xC2V[\x90P`\x03`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a!UWa!UaTLV[\x14\x15\x80\x15a!\x83WP`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a!\x80Wa!\x80aTLV[\x14\x15[\x15a!\xCAW`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0B\xB5\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aZ-V[`\x01\x81\x01T_\x90a!\xF9\x90u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aH1V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\"KW`@Q\x7Fw\x8C\xA1\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[\x81T`\x01\x80\x84\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R` \x83\x81R`@\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x90\x81\x17\x90\x91U\x81Q``\x81\x01\x83R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x83\x04\x91\x90\x91\x16\x84\x87\x01\x81\x90R\x94\x8E\x16\x8A\x81\x1B\x80\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x86\x04\x82\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x89\x8D\x01\x81\x90R\x92\x87\x16\x16\x80\x89R\x98\x90\x94\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x94\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x95\x16\x90\x97\x17\x93\x90\x93\x17\x95\x90\x95\x16\x17\x82U\x92\x86R\x93\x85\x90R\x91\x84 \x84\x81U\x95\x86\x01\x84\x90U\x94\x90\x91\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U`\x07\x80Tj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x88\x04\x16\x96\x94\x90\x94\x16\x94\x93\x91\x92\x86\x92a#\xDC\x90\x84\x90o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZ\xDBV[\x92Pa\x01\0\n\x81T\x81o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\x01`\x01`\xA0\x1B\x03\x16\x87`\xFF\x16\x7F:-\xB7\xD21\\!b\xD4\xF4|)_QKZ\xAC\xF8E\x92\xE0$\xBCR\x98h\xAF\x8Dweg\xF7\x86`@Qa$Q\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3a\x13\x1F\x83\x85a,\xEEV[`@\x80Qa\x01\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x91\x90\x91R`\xFF\x82\x81\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x81Qa\x01 \x81\x01\x83R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x80\x83\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x96\x84\x01\x96\x90\x96R\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x87\x16\x15\x15\x93\x82\x01\x93\x90\x93R`\x01\x82\x01T\x92\x83\x16``\x82\x01R\x93\x94\x90\x92`\x80\x85\x01\x92\x04\x16`\x04\x81\x11\x15a%bWa%baTLV[`\x04\x81\x11\x15a%sWa%saTLV[\x81R`\x01\x82\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04c\xFF\xFF\xFF\xFF\x16` \x83\x01Ry\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x82\x01R`\x02\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16``\x84\x01Rh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x80\x90\x91\x01R\x90P_a%\xFFaH V[\x90P_`\x03\x83`\x80\x01Q`\x04\x81\x11\x15a&\x1AWa&\x1AaTLV[\x14\x80a&;WP`\x04\x83`\x80\x01Q`\x04\x81\x11\x15a&9Wa&9aTLV[\x14[\x90P`@Q\x80a\x01\x80\x01`@R\x80\x84_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84` \x01Qj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84``\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84`\x80\x01Q`\x04\x81\x11\x15a&\xA9Wa&\xA9aTLV[\x81R` \x01a&\xE4\x87`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x90\x92\x16\x91\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[\x15\x15\x81R`\xFF\x87\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x80\x89\x16\x80\x86R\x91\x84R\x93\x82\x90 Ta\xFF\xFF\x16\x92\x85\x01\x92\x90\x92R\x83\x01R`\xA0\x86\x01Q\x16``\x82\x01R`\x80\x01\x82a'6W_a'CV[a'C\x85`\xA0\x01QaH1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xE0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xC0\x01Qf\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84a\x01\0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x93PPPP\x91\x90PV[`@\x80Qa\x02\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x82\x90Ra\x01\xE0\x81\x01\x82\x90Ra\x02\0\x81\x01\x82\x90Ra\x02 \x81\x01\x82\x90Ra\x02@\x81\x01\x82\x90Ra\x02`\x81\x01\x82\x90Ra\x02\x80\x81\x01\x91\x90\x91R\x7F\xCF\xF0\xAB\x96\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x80`\x04\x81\x85Z\xFA=__>\x80a(\xA4W=_\xFD[P=_\xF3[_a\x11\xB8\x82aH\xDAV[\x80`@Q` \x01a(\xC4\x91\x90a[\x1EV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x85\x81R`\x05\x90\x93R\x91 T\x14a)\"W`@Q\x7F\xA6D\xBD\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0B\xB5V[a)2`\xC0\x82\x01`\xA0\x83\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a)\x92Wa)S`\xC0\x82\x01`\xA0\x83\x01aR\x7FV[`@Q\x7F\x92\xEE\xE6\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_`\x01\x81a)\xA6`\xA0\x85\x01`\x80\x86\x01aP\xD8V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x80T\x90\x91Pa\x01\0\x90\x04`\xFF\x16\x15a*\x04W`@Q~\x84\xD2\x88\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0B\xB5V[_a*\x15`\x80\x84\x01``\x85\x01a[\xCFV[a*%`@\x85\x01` \x86\x01a[\xCFV[a*/\x91\x90a[\xE8V[_\x85\x81R`\x05` R`@\x90 `\x01\x90U\x82T\x90\x91P\x81\x90\x83\x90`\x02\x90a*k\x90\x84\x90b\x01\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\\\x0CV[\x92Pa\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x07_\x01`\x10\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a*\xD6\x91\x90aZ\xDBV[\x92Pa\x01\0\n\x81T\x81o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x08_\x82\x82Ta++\x91\x90aZwV[\x90\x91UPa+A\x90P`@\x84\x01` \x85\x01a[\xCFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a+\xB5Wa+d`@\x84\x01` \x85\x01a[\xCFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x06_a+\x82` \x87\x01\x87aP\xD8V[`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82Ta+\xAF\x91\x90aZwV[\x90\x91UPP[a+\xC5`\x80\x84\x01``\x85\x01a[\xCFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a,<Wa+\xE8`\x80\x84\x01``\x85\x01a[\xCFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x06_a,\t``\x87\x01`@\x88\x01aP\xD8V[`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82Ta,6\x91\x90aZwV[\x90\x91UPP[`@Q\x84\x90\x7F\xF0<\xED\xD8J<[\xAB\xCB9\x1C\xFD\x19\xDB\xFA\xE9V\xFB`J\xB3\xAE6\xFE\xAB/\xF9\xD2\x17&\xE9+\x90_\x90\xA2PPPPV[`@\x80Q\x80\x82\x01\x90\x91R`\x07To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16` \x83\x01\x81\x90R`\x08T_\x93\x92\x90\x91\x90a,\xC0\x90GaX\x8AV[a,\xCA\x91\x90aX\x8AV[a,\xD4\x91\x90aX\x8AV[\x91PP\x90V[_a\x11\xB8\x82a/UV[_a\x11\xB8\x82a-\x86V[_\x82`\x01`\x01`\xA0\x1B\x03\x16\x82`@Q_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a-7W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a-<V[``\x91P[PP\x90P\x80a-wW`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPV[_a\x0B\x16CaH\xDAV[_a\x11\xB8c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a\\]V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x81\x84\x11a-\xF1W_a-\xFBV[a-\xFB\x82\x85aX\x8AV[\x90P\x83[\x81\x81\x11\x15a.\xBEW_`\x03\x81\x85a.\x17`\x01\x86aX\x8AV[a.!\x91\x90a\\\x8CV[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rd\x01\0\0\0\0\x90\x92\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x90\x92P\x90\x88\x16\x10a.\xADW` \x01Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93Pa\x11\xB8\x92PPPV[Pa.\xB7\x81a\\\x9FV[\x90Pa-\xFFV[P\x80\x15a.\xFFW`@Q\x7F\xA9U\x01\xF2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[P_\x94\x93PPPPV[__a/\x14\x86aI}V[\x90P\x80a/\"\x85\x85\x84aJAV[\x82a/-\x89\x89aJ\x81V[a/7\x91\x90aZwV[a/A\x91\x90aX\x8AV[a/K\x91\x90a\\\x8CV[\x96\x95PPPPPPV[_a/\x86c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a\\\xD3V[a\x11\xB8\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aZ;V[_`\x02a/\xBBaH V[a/\xC5\x91\x90aZ[V[`\x02T\x90\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16_\x82\x15a0\x8CW`\x03_\x83a0,`\x01\x87aX\x8AV[a06\x91\x90a\\\x8CV[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x81\x16\x82Rd\x01\0\0\0\0\x90\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Ra0\xA0V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01R[\x90P_\x85a0\xB5W\x86\x19\x82` \x01Q\x16a0\xBDV[\x86\x82` \x01Q\x17[\x90P\x83\x15\x80\x15\x90a0\xDCWP\x84c\xFF\xFF\xFF\xFF\x16\x82_\x01Qc\xFF\xFF\xFF\xFF\x16\x14[\x15a1]W\x80`\x03_\x85a0\xF1`\x01\x89aX\x8AV[a0\xFB\x91\x90a\\\x8CV[\x81R` \x01\x90\x81R` \x01_ _\x01`\x04a\x01\0\n\x81T\x81{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa2EV[`@\x80Q\x80\x82\x01\x90\x91Rc\xFF\xFF\xFF\xFF\x86\x16\x81R{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16` \x82\x01R`\x03_a1\xA1\x86\x88a\\\x8CV[\x81R` \x80\x82\x01\x92\x90\x92R`@\x01_ \x82Q\x92\x90\x91\x01Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16d\x01\0\0\0\0\x02c\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua1\xF6\x84`\x01aZwV[`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U[PPPP\x92\x91PPV[a2_`@\x82\x01` \x83\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a2y`@\x84\x01` \x85\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a2\xC2WPa2\x9B``\x82\x01`@\x83\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a2\xB5``\x84\x01`@\x85\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a2\xD5WP\x80``\x015\x82``\x015\x14\x15[\x15a3\x0CW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPV[__\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a4dW`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 a4\x86V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[\x90P_a4\xFE\x82a4\xC4\x88`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x90P_a5@\x82\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPaJ\x99\x92PPPV[P\x90\x94P\x90P_\x81`\x03\x81\x11\x15a5YWa5YaTLV[\x14a5\x90W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x93\x92PPPV[_a5\xA4\x84a7FV[\x90Pa5\xAF\x82a=kV[`\x01`\xFF\x82\x16\x1Ba5\xC2a\x041\x84a-\x86V[\x16_\x03a6\x10W`@Q\x7F\xB2\x1F\xD2M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`D\x01a\x0B\xB5V[`\x04`\xFF\x80\x83\x16_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T`\x01`\xA0\x1B\x90\x04\x16`\x04\x81\x11\x15a6AWa6AaTLV[\x03a6}W`@Q\x7F\xE4\xE87J\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[`@\x80Q\x7F\x92\x0Bbs0H\xD3c9l\x99\xC8\xA7Gc\xE8h\x03\xC8\xE9\x0C9\\\x8D\x0B\xDB\xAC\x8F\xDA\x18\x15Q` \x82\x01R`\x01`\x01`\xA0\x1B\x03\x86\x16\x91\x81\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16``\x82\x01Ra6\xF7\x90`\x01`\xFF\x84\x16\x90\x81\x1B\x91_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 3a>YV[PPPPPV[_\x81\x81R`\x05` R`@\x90 T\x15a\tMW`@Q\x7F\xEA\x036\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0B\xB5V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a7pWP`\xFF\x81\x81\x16\x14[\x15a7\xB2W`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[a7\xBD`\x01\x82aZ\xC2V[\x93\x92PPPV[`\xFF\x85\x16_\x90\x81R` \x81\x90R`@\x81 \x80T\x90\x91`\x01`\xA0\x1B\x90\x91\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x85\x10a8\tW\x81j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a8\x0BV[\x84[\x90P_a'\x10a8?a\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aX\x9DV[a8I\x91\x90a\\\xF6V[\x90P_\x81\x90P\x80k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86` \x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a8\x8CWk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16` \x87\x01R[` \x86\x01Qa8\x9B\x90\x82a\\\x0CV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x87\x01R_a8\xC6\x84j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16aX\x8AV[`@\x80Q\x80\x82\x01\x90\x91R`\x07To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16` \x83\x01R\x91\x92P\x90\x85\x90\x82\x90a9\x18\x90\x83\x90aZ\xDBV[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RP_\x84\x90\x03a9\x86W\x86T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Bj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x87U_\x8A\x81R`\x05` R`@\x90 `\x01\x90Ua;\x05V[\x86Tj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x17\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x87Uc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a:\x0Ea9\xFEa-|V[a:\t\x90`\x01aZ;V[a/UV[a:\x18\x91\x90aZ;V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x89\x01R`@Qa:8\x90\x89\x90` \x01a]\tV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x8D\x81R`\x05\x84R\x91\x90\x91 U``\x89\x01Q\x90\x89\x01Qa:p\x91\x90a[\xE8V[`\x80\x89\x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` R`@\x90 \x80T`\x02\x90a:\xAF\x90\x84\x90b\x01\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a[\xE8V[\x92Pa\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83\x81` \x01\x81\x81Qa:\xEF\x91\x90aX\xEBV[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RP[\x80Q` \x82\x01Qo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x16\x17`\x07U\x89\x8B`\x05\x81\x11\x15a;LWa;LaTLV[\x8D`\xFF\x16\x7Fm\x9E\x98\xD4\x07\xFCHl\xB7\x1E\x98)\n\xFBR\xC6@\x0C\x8AY7\x11\xF5\xBC\xDEa;\x04Q\x1F%g\x88\x8C`@Qa;\x81\x92\x91\x90a]\x8DV[`@Q\x80\x91\x03\x90\xA4PPPPPPPPPPPPV[__a;\xA2\x83a-\x86V[\x90P_a;\xAE\x82a\x13(V[\x90P_a;\xBA\x82aI}V[\x90P\x80_\x03a<\x01W`@Q\x7F\x97\xB2`\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[a\x13\xE5\x82a<]a<L\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85aJAV[aJ\xE2V[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a<\xFEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a=\"\x91\x90a^\x17V[\x14a3\x0CW` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[a=sa-|V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a=\xCCW`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a>\x01a:\t\x83`\x01aZ;V[a>\x0B\x91\x90aZ;V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\tMW`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[__a>ca-|V[\x90P_\x81\x90P_`@Q\x80a\x01@\x01`@R\x80\x83f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02a>\x90\x86a-\x86V[a>\x9A\x91\x90aZ[V[c\xFF\xFF\xFF\xFF\x16\x81R`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R_`@\x82\x01\x81\x90R``\x82\x01\x81\x90R`\x80\x82\x01\x81\x90R`\xA0\x82\x01\x81\x90R`\xC0\x82\x01R`\xE0\x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?)Wa?)aY\x13V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a?RW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x81R_` \x90\x91\x01R\x90P\x87[\x89\x81\x1C\x15a?\x85W`\x01\x8A\x82\x1C\x16\x15a?}Wa?}\x81\x83aK0V[`\x01\x01a?`V[P\x80``\x01Q_\x03a?\x9CW_\x93PPPPa\x13\xE5V[a\x01\0\x81\x01Qa\x01 \x82\x01Q\x80\x82R`\x01`\x01`\xA0\x1B\x03\x87\x16\x88\x8A`\x05\x81\x11\x15a?\xC8Wa?\xC8aTLV[\x7F\xF5\xC78TI\xA5W\x0B\xF1\xC5\xB7_G^\xD8\xAB\xA3XF\xC7\x14+L\xE1\x0E\xA4\x1E\xAA\xE8\xD9Ce\x86``\x01Q\x87`\xE0\x01Q\x87`@Qa@\x03\x93\x92\x91\x90a^.V[`@Q\x80\x91\x03\x90\xA4PP\x80``\x01Q\x81`@\x01Q\x17`\x02_\x01`\x0Ca\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80`\x80\x01Q_\x14a@eWa@c\x81`\x80\x01Q_a/\xB0V[P[`@\x80Q\x80\x82\x01\x90\x91R`\x07To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16` \x83\x01R`\xA0\x83\x01Qa@\xB2\x91aZ\xDBV[\x82`\xC0\x01Q\x82` \x01Qa@\xC6\x91\x90aZ\xDBV[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x84\x01\x81\x90R\x91\x16\x80\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x02\x17`\x07U`\xE0\x82\x01Q`\x08\x80T_\x90aA\x15\x90\x84\x90aZwV[\x90\x91UPP`\xE0\x82\x01Q\x15aAVW`\xE0\x82\x01Q`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x06` R`@\x81 \x80T\x90\x91\x90aAP\x90\x84\x90aZwV[\x90\x91UPP[P``\x01Q\x98\x97PPPPPPPPV[aAoa-|V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a=\xCCW`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[`\x02\x83\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x83\x16\x10\x15aA\xF5WP_a7\xBDV[`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x85\x16\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x15\x80aB_WP`\x01\x84\x01Ty\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x10[\x94\x93PPPPV[____\x89`\x01`\x01`\xA0\x1B\x03\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15aB\xA7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90aB\xCB\x91\x90a^\x82V[\x90P\x85_\x81\x90\x03aC(Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15aC\x18W`@Q\x7F\xD2\xCFBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___\x94P\x94P\x94PPPaE\xABV[_[\x81\x81\x10\x15aDSW_\x89\x89\x83\x81\x81\x10aCEWaCEa^\x9DV[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90aC\\\x91\x90aY@V[\x90PaCr\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16aZwV[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14aC\xBBW`@Q\x7F\x01\xA2\xB8N\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0B\xB5V[aC\xC5\x8D\x82a<bV[\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15aC\xEBWPaDKV[\x80`\xC0\x01Q\x96P\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15aD%WP`\xE0\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15\x15[\x15aDIW`\xE0\x81\x01Q\x95P`\x01`\x01`\xA0\x1B\x03\x80\x89\x16\x90\x87\x16\x03aDIW`\x01\x94P[P[`\x01\x01aC*V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x15\x80\x15\x90aD\xABWP\x89g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x88_\x81\x81\x10aD\x85WaD\x85a^\x9DV[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90aD\x9E\x91\x90aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15aD\xEEW`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x8Ag\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aE\x0F\x91\x90aZwV[\x14\x15\x80\x15aEeWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x88\x88aE0`\x01\x85aX\x8AV[\x81\x81\x10aE?WaE?a^\x9DV[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90aEX\x91\x90aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15aE\xA8W`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[PP[\x96P\x96P\x96\x93PPPPV[`\x02\x80T`\x01`\xFF\x85\x16\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x84\x04\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90UaF\x17a-|V[`\x01\x82\x01\x80Tf\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02x\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90UaF\x98c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16CaZ;V[`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x80\x82\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01\x83\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aG\x19WaG\x19aTLV[\x03aGrWaG.`\x01`\xFF\x85\x16\x1B_a/\xB0V[`\x01\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P[`\x02\x82\x01T`@\x80Qc\xFF\xFF\xFF\xFF\x84\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16` \x83\x01R`\xFF\x85\x16\x91\x7F\x014mo\xC7A\xD2\x81%\x86\xFE\xBE\xAD\x80C\xA0\xD4\xA1\xF2\x7F?\x91W\xE4 {\xC5\x1B\xD8_\xBF\x1F\x91\x01a\x1AYV[_aG\xCC\x82aHlV[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x1D\xEEW\x80T`@Q\x7F$Z\xEC\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_a\x0B\x16aH,a-|V[a-\x86V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16aHb\x83aN\xA8V[a\x11\xB8\x91\x90aZ;V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x81 \x90`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aH\x9EWaH\x9EaTLV[\x03a\x1D\xEEW`@Q\x7F\xB3\xD2\0t\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x10aIvWc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aIgg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aX\x8AV[aIq\x91\x90a\\\xF6V[a\x11\xB8V[_\x92\x91PPV[_`\x80\x82\x90\x1C\x15aI\xBDW`@Q\x7F\x93\xB4\xEC\xF9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0B\xB5V[`\x01\x82\x90\x1CoUUUUUUUUUUUUUUUU\x16\x82\x03\x91P`\x02\x82\x90\x1Co3333333333333333\x16\x82o3333333333333333\x16\x01\x91P`\x04\x82\x90\x1C\x82\x01o\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16\x91P`x\x82o\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x90\x1C`\xFF\x16\x90P\x91\x90PV[_\x81\x84\x84`@Q` \x01aJ_\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1CaB_\x91\x90a\\\x8CV[_a7\xBDaJ\x92`\x01\x80\x85\x1BaX\x8AV[\x84\x16aI}V[___\x83Q`A\x03aJ\xD0W` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1AaJ\xC2\x88\x82\x85\x85aO\x12V[\x95P\x95P\x95PPPPaJ\xDBV[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[_\x80[\x83\x82\x1C\x15aK!W`\x01\x82\x1B\x84\x16\x15aK\x11W\x82\x81\x03aK\x05WPa\x11\xB8V[aK\x0E\x81a^\xCAV[\x90P[aK\x1A\x82a^\xCAV[\x91PaJ\xE5V[aK)a_\x01V[P\x92\x91PPV[`\xFF\x80\x83\x16_\x90\x81R` \x81\x90R`@\x90 `\x01\x81\x01T\x90\x91`\x01`\xA0\x1B\x90\x91\x04\x16`\x04\x81`\x04\x81\x11\x15aKfWaKfaTLV[\x03aKqWPPPPV[\x81T_\x90\x81\x90\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16aK\xA7W_aK\xC0V[`\x01\x84\x01TaK\xC0\x90\x87\x90`\x01`\x01`\xA0\x1B\x03\x16aO\xDAV[\x84T\x90\x91P`\x01`\xA0\x1B\x90\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aK\xF1k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x82aZwV[\x92P\x80j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`\xA0\x01QaL\x10\x91\x90aZwV[\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x87`\xC0\x01QaL.\x91\x90aZwV[`\xC0\x88\x01R`\xA0\x87\x01RPP\x82T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83U`@\x84\x01Q_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xFF\x87\x16\x1C`\x01\x16\x15aL\xB2W`\x01\x84\x01Ty\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aL\xB5V[\x84Q[\x90P_`\x01\x84`\x04\x81\x11\x15aL\xCCWaL\xCCaTLV[\x14\x80aL\xE9WP`\x02\x84`\x04\x81\x11\x15aL\xE7WaL\xE7aTLV[\x14[aM\x16W`\x01\x85\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aM\x1CV[\x85` \x01Q[`\x01\x86\x81\x01\x80Tt\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90\x91P\x84`\x04\x81\x11\x15aM\xF3WaM\xF3aTLV[\x03aN\tW`\x80\x86\x01\x80Q`\x01`\xFF\x8A\x16\x1B\x17\x90R[``\x86\x01\x80Q`\x01`\xFF\x8A\x16\x1B\x17\x90Ra'\x10aNJa\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x85aX\x9DV[aNT\x91\x90a\\\xF6V[\x86`\xE0\x01\x81\x81QaNe\x91\x90aZwV[\x90RPa\x01\0\x86\x01Qa\x01 \x87\x01\x80Q\x85\x92\x91aN\x81\x82a^\xCAV[\x90R\x81Q\x81\x10aN\x93WaN\x93a^\x9DV[` \x02` \x01\x01\x81\x81RPPPPPPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x83c\xFF\xFF\xFF\xFF\x16aO\x08\x91\x90a\\\xD3V[a/\x86\x91\x90a\\\xD3V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15aOKWP_\x91P`\x03\x90P\x82aO\xD0V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15aO\x9CW=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16aO\xC7WP_\x92P`\x01\x91P\x82\x90PaO\xD0V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x90 \x80Tb\x01\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x15aK)W\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\x16a\x01\0\x17\x81U`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90`\xFF\x86\x16\x90\x7F\xFD\xAFa\xB6\x85\x85%\xBC\xD5\x94\xFBn\xB5x\xDF\xC4\xCA\x86I\x84\xA8\rT\x99)\xFA\xB8\xC9\xD5\x04\x08I\x90` \x01`@Q\x80\x91\x03\x90\xA3P\x92\x91PPV[\x805`\xFF\x81\x16\x81\x14a\x1D\xEEW__\xFD[_` \x82\x84\x03\x12\x15aP\xB0W__\xFD[a7\xBD\x82aP\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\tMW__\xFD[\x805a\x1D\xEE\x81aP\xB9V[_` \x82\x84\x03\x12\x15aP\xE8W__\xFD[\x815a7\xBD\x81aP\xB9V[_a\x01\0\x82\x84\x03\x12\x15aQ\x04W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12aQ\x1AW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ1W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aQHW__\xFD[\x92P\x92\x90PV[______a\x02@\x87\x89\x03\x12\x15aQeW__\xFD[aQo\x88\x88aP\xF3V[\x95Pa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ\x8BW__\xFD[aQ\x97\x89\x82\x8A\x01aQ\nV[\x90\x96P\x94PaQ\xAC\x90P\x88a\x01 \x89\x01aP\xF3V[\x92Pa\x02 \x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ\xC8W__\xFD[aQ\xD4\x89\x82\x8A\x01aQ\nV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[_______`\xE0\x88\x8A\x03\x12\x15aQ\xFCW__\xFD[\x875aR\x07\x81aP\xB9V[\x96P` \x88\x015`\x06\x81\x10aR\x1AW__\xFD[\x95P`@\x88\x015\x94P``\x88\x015\x93P`\x80\x88\x015aR8\x81aP\xB9V[\x92P`\xA0\x88\x015\x91P`\xC0\x88\x015aRO\x81aP\xB9V[\x80\x91PP\x92\x95\x98\x91\x94\x97P\x92\x95PV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\tMW__\xFD[\x805a\x1D\xEE\x81aR_V[_` \x82\x84\x03\x12\x15aR\x8FW__\xFD[\x815a7\xBD\x81aR_V[____a\x02 \x85\x87\x03\x12\x15aR\xAEW__\xFD[aR\xB8\x86\x86aP\xF3V[\x93Pa\x01\0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aR\xD4W__\xFD[aR\xE0\x87\x82\x88\x01aQ\nV[\x90\x94P\x92PaR\xF5\x90P\x86a\x01 \x87\x01aP\xF3V[\x90P\x92\x95\x91\x94P\x92PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1D\xEEW__\xFD[_` \x82\x84\x03\x12\x15aS#W__\xFD[a7\xBD\x82aS\0V[____`\x80\x85\x87\x03\x12\x15aS?W__\xFD[\x845\x93P` \x85\x015aSQ\x81aR_V[\x92P`@\x85\x015\x91P``\x85\x015aSh\x81aP\xB9V[\x93\x96\x92\x95P\x90\x93PPV[_` \x82\x84\x03\x12\x15aS\x83W__\xFD[P5\x91\x90PV[____``\x85\x87\x03\x12\x15aS\x9DW__\xFD[\x845aS\xA8\x81aR_V[\x93P` \x85\x015aS\xB8\x81aR_V[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aS\xD3W__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aS\xE3W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aS\xF9W__\xFD[\x87` \x82`\x08\x1B\x84\x01\x01\x11\x15aT\rW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[__`@\x83\x85\x03\x12\x15aT,W__\xFD[aT5\x83aP\x90V[\x91PaTC` \x84\x01aS\0V[\x90P\x92P\x92\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10aT\xAEW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01\x80\x81\x01` \x83\x01QaT\xE3` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaT\xFE`@\x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[P``\x83\x01QaU\x11``\x84\x01\x82aTyV[P`\x80\x83\x01QaU%`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01QaU;`\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaUS`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaUk`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaU\x89a\x01\0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaU\xA7a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaU\xC5a\x01@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01QaK)a\x01`\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x02\xA0\x81\x01` \x83\x01QaV\x15` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaV*`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01QaVB``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaVZ`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaVr`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaV\x8A`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaV\xA2`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaV\xBCa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaV\xD6a\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaV\xEEa\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01QaW\x08a\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaW*a\x01\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaWLa\x01\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01QaWna\x01\xC0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xE0\x83\x01QaW\x90a\x01\xE0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02\0\x83\x01QaW\xB2a\x02\0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02 \x83\x01QaW\xD4a\x02 \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02@\x83\x01QaW\xECa\x02@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02`\x83\x01QaX\x0Ea\x02`\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02\x80\x83\x01QaK)a\x02\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[__\x82\x84\x03`\xE0\x81\x12\x15aX:W__\xFD[\x835\x92P`\xC0`\x1F\x19\x82\x01\x12\x15aXOW__\xFD[P` \x83\x01\x90P\x92P\x92\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x11\xB8Wa\x11\xB8aX]V[_`\xFF\x82\x16`\xFF\x81\x03aX\xC9WaX\xC9aX]V[`\x01\x01\x92\x91PPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15aYRW__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aY\x9CW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@RaY\xA8\x83aRtV[\x81RaY\xB6` \x84\x01aRtV[` \x82\x01RaY\xC7`@\x84\x01aRtV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01RaY\xF6`\xC0\x84\x01aRtV[`\xC0\x82\x01RaZ\x07`\xE0\x84\x01aP\xCDV[`\xE0\x82\x01R\x93\x92PPPV[a\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[` \x81\x01a\x11\xB8\x82\x84aTyV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x80\x82\x01\x80\x82\x11\x15a\x11\xB8Wa\x11\xB8aX]V[__`@\x83\x85\x03\x12\x15aZ\x9BW__\xFD[\x82QaZ\xA6\x81aR_V[` \x84\x01Q\x90\x92PaZ\xB7\x81aP\xB9V[\x80\x91PP\x92P\x92\x90PV[`\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x805k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1D\xEEW__\xFD[`\xC0\x81\x01\x825a[-\x81aP\xB9V[`\x01`\x01`\xA0\x1B\x03\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa[Q` \x85\x01a[\x03V[\x16` \x83\x01R`@\x83\x015a[e\x81aP\xB9V[`\x01`\x01`\xA0\x1B\x03\x16`@\x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa[\x8C``\x85\x01a[\x03V[\x16``\x83\x01R`\x80\x83\x015a[\xA0\x81aP\xB9V[`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01Ra[\xBA`\xA0\x84\x01aRtV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xA0\x84\x01RaK)V[_` \x82\x84\x03\x12\x15a[\xDFW__\xFD[a7\xBD\x82a[\x03V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80a\\vWa\\va\\0V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[_\x82a\\\x9AWa\\\x9Aa\\0V[P\x06\x90V[_\x81a\\\xADWa\\\xADaX]V[P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14aK)WaK)aX]V[_\x82a]\x04Wa]\x04a\\0V[P\x04\x90V[`\xC0\x81\x01a\x11\xB8\x82\x84`\x01`\x01`\xA0\x1B\x03\x81Q\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03`@\x82\x01Q\x16`@\x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x82\x01Q\x16``\x83\x01R`\x01`\x01`\xA0\x1B\x03`\x80\x82\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x83\x01RPPV[\x82\x81R`\xE0\x81\x01a7\xBD` \x83\x01\x84`\x01`\x01`\xA0\x1B\x03\x81Q\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03`@\x82\x01Q\x16`@\x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x82\x01Q\x16``\x83\x01R`\x01`\x01`\xA0\x1B\x03`\x80\x82\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x83\x01RPPV[_` \x82\x84\x03\x12\x15a^'W__\xFD[PQ\x91\x90PV[_``\x82\x01\x85\x83R\x84` \x84\x01R```@\x84\x01R\x80\x84Q\x80\x83R`\x80\x85\x01\x91P` \x86\x01\x92P_[\x81\x81\x10\x15a^uW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a^WV[P\x90\x97\x96PPPPPPPV[_` \x82\x84\x03\x12\x15a^\x92W__\xFD[\x81Qa7\xBD\x81aR_V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a^\xFAWa^\xFAaX]V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x01`\x04R`$_\xFDa\x02\xA0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa5I8\x03\x80a5I\x839\x81\x01`@\x81\x90Ra\0/\x91a\x02kV[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90a\0n\x82_a\x01\xC5V[a\x01 Ra\0}\x81`\x01a\x01\xC5V[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\t`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R3a\x01`R`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01\x80R`\x01`\x01`@\x1B\x03\x80\x8A\x16a\x01\xA0R\x88\x81\x16a\x01\xC0\x81\x90Rc\xFF\xFF\xFF\xFF\x80\x8A\x16a\x01\xE0R\x88\x81\x16a\x02\0R\x87\x81\x16a\x02 R`\x01`\x01``\x1B\x03\x87\x16a\x02@R\x85\x81\x16a\x02`R\x91\x84\x16a\x02\x80R\x11\x15a\x01\x92W`@Qc\x02\x896[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP`\x02\x80Tc\xFF\xFF\xFF\xFF\x90\x97\x16`\x01`\xC0\x1B\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x90\x97\x16\x96\x90\x96\x17\x90\x95UPa\x04\xD5\x94PPPPPV[_` \x83Q\x10\x15a\x01\xE0Wa\x01\xD9\x83a\x01\xF7V[\x90Pa\x01\xF1V[\x81a\x01\xEB\x84\x82a\x03\xC3V[P`\xFF\x90P[\x92\x91PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x02*W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x02!\x91\x90a\x04}V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x025\x82a\x04\xB2V[\x17\x93\x92PPPV[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x02SW__\xFD[\x91\x90PV[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x02SW__\xFD[_________a\x01 \x8A\x8C\x03\x12\x15a\x02\x84W__\xFD[a\x02\x8D\x8Aa\x02=V[\x98Pa\x02\x9B` \x8B\x01a\x02=V[\x97Pa\x02\xA9`@\x8B\x01a\x02XV[\x96Pa\x02\xB7``\x8B\x01a\x02XV[\x95Pa\x02\xC5`\x80\x8B\x01a\x02XV[`\xA0\x8B\x01Q\x90\x95P`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x02\xE1W__\xFD[\x93Pa\x02\xEF`\xC0\x8B\x01a\x02XV[\x92Pa\x02\xFD`\xE0\x8B\x01a\x02=V[a\x01\0\x8B\x01Q\x90\x92P`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x03\x1AW__\xFD[\x80\x91PP\x92\x95\x98P\x92\x95\x98P\x92\x95\x98V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x03SW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x03qWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x03\xBEW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x03\x9CWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x03\xBBW_\x81U`\x01\x01a\x03\xA8V[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x03\xDCWa\x03\xDCa\x03+V[a\x03\xF0\x81a\x03\xEA\x84Ta\x03?V[\x84a\x03wV[` `\x1F\x82\x11`\x01\x81\x14a\x04\"W_\x83\x15a\x04\x0BWP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x03\xBBV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\x04QW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x041V[P\x84\x82\x10\x15a\x04nW\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x03qW_\x19` \x91\x90\x91\x03`\x03\x1B\x1B\x16\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa\x02\0Qa\x02 Qa\x02@Qa\x02`Qa\x02\x80Qa/\x17a\x062_9_\x81\x81a\x05G\x01R\x81\x81a\x0C\x9E\x01R\x81\x81a\x0C\xDE\x01R\x81\x81a\rQ\x01R\x81\x81a\x1E\x86\x01Ra y\x01R_\x81\x81a\x04\xCD\x01R\x81\x81a\x0Et\x01Ra\x0E\xD5\x01R_\x81\x81a\x02\xE3\x01R\x81\x81a\x07\xA0\x01R\x81\x81a\x07\xE5\x01R\x81\x81a\x08e\x01R\x81\x81a\x0F\x04\x01R\x81\x81a\x0Fl\x01Ra\"7\x01R_\x81\x81a\x062\x01R\x81\x81a\x0E\x1F\x01Ra\x17\x03\x01R_\x81\x81a\x06\x84\x01Ra\x1B\x02\x01R_\x81\x81a\x05z\x01R\x81\x81a\x1D\xAD\x01Ra\x1E\x16\x01R_\x81\x81a\x02\x9C\x01R\x81\x81a\x1D\xDB\x01Ra\x1EB\x01R_\x81\x81a\x05\xCC\x01R\x81\x81a\x12\x15\x01Ra\x17\xA7\x01R_\x81\x81a\x05\xFF\x01Ra#\xD4\x01R_\x81\x81a\x03\xDE\x01Ra\x15\xE0\x01R_a\x1B\xEB\x01R_a\x1B\xBF\x01R_a%\xB6\x01R_a%\x8E\x01R_a$\xE9\x01R_a%\x13\x01R_a%=\x01Ra/\x17_\xF3\xFE`\x80`@R`\x046\x10a\x01\xBAW_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\0\xF2W\x80c\xC3\xBE\xC7<\x11a\0\x92W\x80c\xD8d\xE7@\x11a\0bW\x80c\xD8d\xE7@\x14a\x05\xEEW\x80c\xE3\x8FpE\x14a\x06!W\x80c\xE7\x82\x98\x07\x14a\x06TW\x80c\xE8\x88\x16\xE7\x14a\x06sW__\xFD[\x80c\xC3\xBE\xC7<\x14a\x056W\x80c\xC8\x1F\xF7\xB6\x14a\x05iW\x80c\xCA\xF63\xBC\x14a\x05\x9CW\x80c\xD6\xAE<\xD5\x14a\x05\xBBW__\xFD[\x80c\xAB\x91\xC7\xB0\x11a\0\xCDW\x80c\xAB\x91\xC7\xB0\x14a\x04\x8AW\x80c\xAD\xBE\x8A\0\x14a\x04\xBCW\x80c\xAE\xC1\x85\xFC\x14a\x05\x04W\x80c\xC0\xC3\xF8.\x14a\x05\x17W__\xFD[\x80c\x84\xB0\x19n\x14a\x04%W\x80c\x96R6D\x14a\x04LW\x80c\x97-3l\x14a\x04vW__\xFD[\x80cdQ\x19\xB6\x11a\x01]W\x80cl\xED\x94}\x11a\x018W\x80cl\xED\x94}\x14a\x036W\x80cp\\\xAD\x13\x14a\x03\x8AW\x80cz\xD7\xB1\xC9\x14a\x03\xA9W\x80c{\x109\x99\x14a\x03\xCDW__\xFD[\x80cdQ\x19\xB6\x14a\x02\xBEW\x80cd\xBB\n\"\x14a\x02\xD2W\x80ceQ\xCAr\x14a\x03\"W__\xFD[\x80c\x13\xD7\xA4\xFB\x11a\x01\x98W\x80c\x13\xD7\xA4\xFB\x14a\x02EW\x80c--\xA8\x06\x14a\x02dW\x80cGcC\xEE\x14a\x02wW\x80cL\xDC\x9Cc\x14a\x02\x8BW__\xFD[\x80c\x03\xD2MC\x14a\x01\xBEW\x80c\x06\xF10V\x14a\x01\xD4W\x80c\x13\x08<4\x14a\x02\x0CW[__\xFD[4\x80\x15a\x01\xC9W__\xFD[Pa\x01\xD2a\x06\xA6V[\0[4\x80\x15a\x01\xDFW__\xFD[P`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\x17W__\xFD[Pa\x027a\x02&6`\x04a'\xAAV[`\x05` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\x02\x03V[4\x80\x15a\x02PW__\xFD[Pa\x027a\x02_6`\x04a'\xC5V[a\x06\xE6V[a\x01\xEEa\x02r6`\x04a'\xAAV[a\x07PV[4\x80\x15a\x02\x82W__\xFD[Pa\x01\xD2a\x08\x9FV[4\x80\x15a\x02\x96W__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02\xC9W__\xFD[Pa\x01\xD2a\t\xB2V[4\x80\x15a\x02\xDDW__\xFD[Pa\x03\x05\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[4\x80\x15a\x03-W__\xFD[Pa\x01\xD2a\n\\V[4\x80\x15a\x03AW__\xFD[Pa\x03Ua\x03P6`\x04a'\xF6V[a\x0B\xACV[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x02\x03V[4\x80\x15a\x03\x95W__\xFD[Pa\x027a\x03\xA46`\x04a'\xF6V[a\x0C;V[4\x80\x15a\x03\xB4W__\xFD[Pa\x03\xBDa\r\x96V[`@Q\x90\x15\x15\x81R` \x01a\x02\x03V[4\x80\x15a\x03\xD8W__\xFD[Pa\x04\0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[4\x80\x15a\x040W__\xFD[Pa\x049a\r\xB1V[`@Qa\x02\x03\x97\x96\x95\x94\x93\x92\x91\x90a([V[4\x80\x15a\x04WW__\xFD[P`\x02Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xEEV[4\x80\x15a\x04\x81W__\xFD[Pa\x01\xEEa\x0E\x0FV[4\x80\x15a\x04\x95W__\xFD[P`\x02Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xEEV[4\x80\x15a\x04\xC7W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[a\x01\xEEa\x05\x126`\x04a)\x1AV[a\x0EhV[4\x80\x15a\x05\"W__\xFD[Pa\x027a\x0516`\x04a)\x88V[a\x0F\xE8V[4\x80\x15a\x05AW__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05tW__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xA7W__\xFD[Pa\x01\xD2a\x05\xB66`\x04a'\xF6V[a\x10+V[4\x80\x15a\x05\xC6W__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xF9W__\xFD[Pa\x04\0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06,W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06_W__\xFD[Pa\x027a\x06n6`\x04a'\xC5V[a\x12\xF8V[4\x80\x15a\x06~W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[__a\x06\xB0a\x13\x13V[\x90\x92P\x90Pa\x06\xE2\x82a\x06\xC56\x84\x81_a)\xE9V[`@Qa\x06\xD3\x92\x91\x90a*\x10V[`@Q\x80\x91\x03\x90 __a\x14\xECV[PPV[_a\x07Ja\x06\xF96\x84\x90\x03\x84\x01\x84a*LV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x92\x91PPV[_s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x07\x9EW`@Q\x7F\xB2\xE52\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x11a\x08MWa\x08\x0Ck\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01a+LV[`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x91\x90\x91R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[a\x07J`\x01\x83a\x08\x8Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x164a+_V[`@Q\x80` \x01`@R\x80_\x81RPa\x1A\x80V[3_\x90\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a\x08\xE8W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x81\x81R`\x05` R`@\x80\x82 \x91\x90\x91UQ\x7F\xC0\x81\x9C\x13\xBE\x86\x88\x95\xEB\x93\xE4\x0E\xAC\xEB\x96\xDE\x97dB\xFA\x1D@N\\U\xF1K\xB6Z\x8CH\x9A\x90a\t+\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2`@Q_\x903\x90\x83\x90\x83\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\trW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\twV[``\x91P[PP\x90P\x80a\x06\xE2W`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\t\xBCa\x13\x13V[\x90\x92P\x90P`\x02\x82Q`\x02\x81\x11\x15a\t\xD6Wa\t\xD6a+rV[\x14\x80a\t\xEBWPa\t\xE8\x81` a+LV[6\x10[\x15a\n\"W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x06\xE2\x82_\x836a\n4\x82` a+LV[\x92a\nA\x93\x92\x91\x90a)\xE9V[a\nJ\x91a+\x9FV[`\x03a\nW\x85` a+LV[a\x14\xECV[__a\nfa\x13\x13V[\x90\x92P\x90P6\x81\x14a\n\xA4W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x80I\x15a\n\xBDWa\n\xB6\x81a+\xDBV[\x90Pa\n\xA6V[\x80_\x03a\n\xF6W`@Q\x7F\xFD\xAC\"\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\x10Wa\x0B\x10a*\x1FV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0B9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x82\x81\x10\x15a\x0BmW\x80I\x82\x82\x81Q\x81\x10a\x0BZWa\x0BZa,\x12V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0B>V[P_\x81`@Q` \x01a\x0B\x80\x91\x90a,?V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x0B\xA5\x85\x82`\x01_a\x14\xECV[PPPPPV[`\x02T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x84\x16\x10a\x0C\x19W`@Q\x7F\x9FX_/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x08DV[PPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x81\x90\x1C\x91V[`\x02T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x83\x16\x81\x11a\x0C\x93W`@Q\x7F)2?\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x08DV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x0C\xC8\x84\x83a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\rIW\x82a\r\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83a,tV[`@Q\x7F\xB7\xA2N\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x08DV[`\x03_a\rv\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ T\x91PP\x91\x90PV[_a\r\x9Fa\x0E\x0FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15\x90P\x90V[_``\x80___``a\r\xC2a\x1B\xB8V[a\r\xCAa\x1B\xE4V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`\x02T_\x90a\x0Ec\x90c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16a,\xF0V[\x90P\x90V[_\x81\x80\x15\x80a\x0E\x9CWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81\x11[\x15a\x0F\x02W`@Q\x7F\xFC\xCD\xD6\xB4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90Rc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`$\x82\x01R`D\x01a\x08DV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x14a\x0F\x9FW`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01a\x08DV[a\x0F\xE0___\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1A\x80\x92PPPV[\x94\x93PPPPV[_a\x10$\x83\x83\x80\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83` \x02\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1C\x11\x92PPPV[\x93\x92PPPV[`@\x80Q`\xA0\x81\x01\x82R`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x84\x01\x81\x90Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x82\x16\x94\x84\x01\x94\x90\x94Rc\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x81\x16``\x85\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x91\x16`\x80\x83\x01R\x90\x91\x90\x83\x16\x11\x15\x80a\x10\xF2WP\x80`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a\x11[W` \x81\x01Qa\x11\x07\x90`\x01a,\xF0V[`@\x80\x83\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x83\x16`D\x82\x01R`d\x01a\x08DV[_a\x11\xADa\x11\x9Da\x11\x8Ea\x11p`\x01\x87a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1D\xA5V[a\x11\xA8\x90`\x01a,\xF0V[a\x1E\x0BV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x11\xFFW`@Q\x7F\xB4/\xA4\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08DV[`@\x80Qa\x01\0\x81\x01\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x84Q\x16` \x82\x01R_\x91\x81\x01a\x12La\x1EfV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x12g\x85_\x01Qa\x1EpV[\x81R_` \x82\x01\x81\x90R`@\x82\x01\x81\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16``\x83\x01R`\x80\x90\x91\x01R\x90Pa\x12\xF2\x83\x82a\x12\xEA\x81\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x02_a\x1E\xDEV[PPPPV[_a\x07Ja\x13\x0Ea\x06\xF96\x85\x90\x03\x85\x01\x85a*LV[a\"\xEEV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R\x90`*6\x10\x15a\x13qW`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x045`\n5`\xF8\x82\x90\x1C`\x02\x81\x11\x15a\x13\xB7W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80`\x02\x81\x11\x15a\x13\xC9Wa\x13\xC9a+rV[\x85\x90`\x02\x81\x11\x15a\x13\xDCWa\x13\xDCa+rV[\x90\x81`\x02\x81\x11\x15a\x13\xEFWa\x13\xEFa+rV[\x90RP`\xFF`\xF0\x84\x90\x1C\x16` \x86\x01Rc\xFF\xFF\xFF\xFF`\xD0\x84\x90\x1C\x16`@\x86\x01R``\x85\x01\x82\x90R_\x85Q`\x02\x81\x11\x15a\x14*Wa\x14*a+rV[\x03a\x14BWa\x14;`*`@a+LV[\x93Pa\x14\xABV[`\x01\x85Q`\x02\x81\x11\x15a\x14WWa\x14Wa+rV[\x03a\x14hWa\x14;`*`\x08a+LV[` \x85\x01Q`*\x94P`\xFF\x16\x15a\x14\xABW`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[6\x84\x11\x15a\x14\xE5W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x90\x91V[`@\x80Q`\xA0\x81\x01\x82R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x84Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x85\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x93\x83\x01\x93\x90\x93Rc\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x04\x81\x16``\x84\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x90\x92\x16`\x80\x82\x01R\x90_\x90\x86Q`\x02\x81\x11\x15a\x15\x9EWa\x15\x9Ea+rV[\x14\x15\x90P_\x81\x15a\x17\0W` \x87\x01Q`@Q\x7F\x191\x19\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x90\x91\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\x191\x19\x04\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16:W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16^\x91\x90a-\x10V[\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x16\xB8W` \x87\x01Q`@Q\x7F\x177\xEER\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x08DV[C\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x03a\x16\xFBW`@Q\x7F\xBCWuR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x17\x91V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x84``\x01Qc\xFF\xFF\xFF\xFF\x16a\x17=\x91\x90a,\xF0V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x17\x8FW`@Q\x7F\xE5\x13\x02\xD0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08DV[P[`@\x80Qa\x01\0\x81\x01\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x85Q\x16` \x82\x01R_\x91\x81\x01a\x17\xDEa\x1EfV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x17\xF9\x86_\x01Qa\x1EpV[\x81R` \x01\x88\x81R` \x01\x89``\x01Q\x81R` \x01\x89`@\x01Q\x86` \x01Qa\x18\"\x91\x90a,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90P_a\x18\xA3\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x90P_\x89Q`\x02\x81\x11\x15a\x18\xB9Wa\x18\xB9a+rV[\x03a\x19kW`*5`J5_\x80a\x18\xD9a\x18\xD2\x86a\"\xEEV[\x85\x85a#5V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x18\xF2Wa\x18\xF2a+rV[\x14\x15\x80a\x19+WP\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x19bW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPa\x1ADV[\x83\x15a\x1ADW3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x14a\x19\xDEW`@Q\x7F6\x8F\xF0\xA6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x08DV[`*5\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x81\x16\x90\x82\x16\x14a\x1ABW`@Q\x7F\xDA\xFA\\\x0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08DV[P[`\x03\x87`\x03\x81\x11\x15a\x1AXWa\x1AXa+rV[\x03a\x1AhWa\x1Ah\x82\x82\x88a#\x80V[a\x1Au\x85\x83\x83\x8A\x88a\x1E\xDEV[PPPPPPPPPV[`\x02\x80Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a\x1A\xAE\x82`\x01a,\xF0V[\x81Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x81U_a\x1B(c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Ca,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16_\x81\x81R`\x04` R`@\x90\x81\x90 3`\xA0\x85\x90\x1B{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x17\x90\x91U\x90Q\x92\x93P\x91\x7F\xEF\xF3*#\xB4\x0B\xEF/\xB2*\x16K\x98<vq\xAD\xBF\t&\n\x99\xF7\xC1`\xD0u\xD1\xFA\\\xC7\0\x90a\x1B\xA6\x90\x8B\x90\x8B\x90\x8B\x90\x88\x90\x8C\x90a-+V[`@Q\x80\x91\x03\x90\xA3PP\x94\x93PPPPV[``a\x0Ec\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a$'V[``a\x0Ec\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a$'V[\x80Q_\x90\x80\x82\x03a\x1C$WP_\x92\x91PPV[\x80[`\x01\x81\x11\x15a\x1DQW_`\x02a\x1C=\x83`\x01a+LV[a\x1CG\x91\x90a-\x90V[\x90P_[a\x1CV`\x02\x84a-\x90V[\x81\x10\x15a\x1C\xE8Wa\x1C\xC3\x86a\x1Cl\x83`\x02a-\xA3V[\x81Q\x81\x10a\x1C|Wa\x1C|a,\x12V[` \x02` \x01\x01Q\x87\x83`\x02a\x1C\x92\x91\x90a-\xA3V[a\x1C\x9D\x90`\x01a+LV[\x81Q\x81\x10a\x1C\xADWa\x1C\xADa,\x12V[` \x02` \x01\x01Q_\x91\x82R` R`@\x90 \x90V[\x86\x82\x81Q\x81\x10a\x1C\xD5Wa\x1C\xD5a,\x12V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x1CKV[Pa\x1C\xF4`\x02\x83a-\xBAV[`\x01\x03a\x1DJW\x84a\x1D\x07`\x01\x84a+_V[\x81Q\x81\x10a\x1D\x17Wa\x1D\x17a,\x12V[` \x02` \x01\x01Q\x85`\x01\x83a\x1D-\x91\x90a+_V[\x81Q\x81\x10a\x1D=Wa\x1D=a,\x12V[` \x02` \x01\x01\x81\x81RPP[\x90Pa\x1C&V[\x81\x84_\x81Q\x81\x10a\x1DdWa\x1Dda,\x12V[` \x02` \x01\x01Q`@Q` \x01a\x1D\x86\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x92PPP\x91\x90PV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x1E\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84a+_V[a\x07J\x91\x90a-\x90V[_a\x1E<c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a-\xCDV[a\x07J\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a,\xF0V[_a\x0EcCa\x1D\xA5V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x1E\xD7W`\x03_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1E\xB0`\x01\x86a,tV[a\x1E\xBA\x91\x90a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ Ta\x07JV[_\x92\x91PPV[\x80a\x1F^W_\x84`@\x01Q`\x01a\x1E\xF5\x91\x90a,\xF0V[\x90P\x80c\xFF\xFF\xFF\xFF\x16\x86`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x03a\x1FRW`@\x80\x86\x01Q\x90Q\x7F\xB5\x12\x1A\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x08DV[c\xFF\xFF\xFF\xFF\x16`\x80\x86\x01R[`\xC0\x84\x01Q`@\x86\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x1F\xD6W` \x86\x01Q`@\x80\x88\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x82\x16`D\x82\x01R`d\x01a\x08DV[\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a eWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90\x81\x16C\x11\x15a cW`@Q\x7FSp\xFD\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x08DV[P[` \x86\x01Q\x86Q\x85\x90`\x03\x90_\x90a \x9E\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ U\x86Q`\x01\x90\x88\x90a \xCA\x90\x83\x90a,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x91R\x83\x16` \x89\x01RP\x82\x15a \xF4Wc\xFF\xFF\xFF\xFFC\x16``\x88\x01R[\x86Q`\x02\x80T` \x8A\x01Q`@\x8B\x01Q``\x8C\x01Q`\x80\x8D\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x87\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x95\x16\x94\x90\x94\x17h\x01\0\0\0\0\0\0\0\0\x93\x87\x16\x93\x90\x93\x02\x92\x90\x92\x17\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x86\x16\x91\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x92\x83\x16\x02\x17{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x92\x16\x02\x17\x90U\x81\x81\x16\x90\x83\x16\x14a\"\x99Wk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\"a\x82\x84a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\"u\x91\x90a-\xA3V[3_\x90\x81R`\x05` R`@\x81 \x80T\x90\x91\x90a\"\x93\x90\x84\x90a+LV[\x90\x91UPP[\x85` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7FN\x82\xAD\x90\\\x9F\x04\x9A\xF6\xF3G\x0CC.\xBC\x8C\xD7\x92w\xA2vQ@\x12A\x14H?\xBC\x9BC\x8A\x86\x86\x84\x8A`@Qa\"\xDD\x94\x93\x92\x91\x90a-\xF7V[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[_a\x07Ja\"\xFAa$\xD0V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x1B`\xFF\x86\x90\x1C\x01a#o\x88\x82\x89\x85a&\x06V[\x94P\x94P\x94PPP\x93P\x93P\x93\x90PV[` \x83\x01Q`@\x80\x85\x01Q``\x86\x01Q\x91Q\x7F\x14\xD1\x81!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x85\x90R`$\x82\x01\x83\x90R`D\x82\x01\x84\x90R`d\x82\x01\x87\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x94\x90\x93\x90\x92\x916\x87\x90\x03\x90\x81\x88`\x84\x83\x017__\x83`\x84\x01\x83\x8AZ\xFAa$\x1BW=_\x82>=\x81\xFD[PPPPPPPPPPV[```\xFF\x83\x14a$AWa$:\x83a&\xF9V[\x90Pa\x07JV[\x81\x80Ta$M\x90a.\xC6V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta$y\x90a.\xC6V[\x80\x15a$\xC4W\x80`\x1F\x10a$\x9BWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a$\xC4V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a$\xA7W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x07JV[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a%5WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a%_WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x0Ec`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a&?WP_\x91P`\x03\x90P\x82a&\xEFV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a&\x90W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a&\xE6WP_\x92P`\x01\x91P\x82\x90Pa&\xEFV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[``_a'\x05\x83a'6V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x07JW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a'\x97W__\xFD[PV[\x805a'\xA5\x81a'vV[\x91\x90PV[_` \x82\x84\x03\x12\x15a'\xBAW__\xFD[\x815a\x10$\x81a'vV[_a\x01\0\x82\x84\x03\x12\x80\x15a'\xD7W__\xFD[P\x90\x92\x91PPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a'\xA5W__\xFD[_` \x82\x84\x03\x12\x15a(\x06W__\xFD[a\x10$\x82a'\xDFV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a(\x95`\xE0\x83\x01\x89a(\x0FV[\x82\x81\x03`@\x84\x01Ra(\xA7\x81\x89a(\x0FV[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a)\tW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a(\xEBV[P\x90\x9B\x9APPPPPPPPPPPV[__` \x83\x85\x03\x12\x15a)+W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)AW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a)QW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)gW__\xFD[\x85` \x82\x84\x01\x01\x11\x15a)xW__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[__` \x83\x85\x03\x12\x15a)\x99W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)\xAFW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a)\xBFW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)\xD5W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a)xW__\xFD[__\x85\x85\x11\x15a)\xF7W__\xFD[\x83\x86\x11\x15a*\x03W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a*^W__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a*\xA8W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Ra*\xB4\x83a'\xDFV[\x81Ra*\xC2` \x84\x01a'\xDFV[` \x82\x01Ra*\xD3`@\x84\x01a'\xDFV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra+\x02`\xC0\x84\x01a'\xDFV[`\xC0\x82\x01Ra+\x13`\xE0\x84\x01a'\x9AV[`\xE0\x82\x01R\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x07JWa\x07Ja+\x1FV[\x81\x81\x03\x81\x81\x11\x15a\x07JWa\x07Ja+\x1FV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x805` \x83\x10\x15a\x07JW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a,\x0BWa,\x0Ba+\x1FV[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81Q_\x90\x82\x90` \x85\x01\x83[\x82\x81\x10\x15a,iW\x81Q\x84R` \x93\x84\x01\x93\x90\x91\x01\x90`\x01\x01a,KV[P\x91\x95\x94PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x07JWa\x07Ja+\x1FV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80a,\xDAWa,\xDAa,\x94V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x06\x91PP\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07JWa\x07Ja+\x1FV[_` \x82\x84\x03\x12\x15a- W__\xFD[\x81Qa\x10$\x81a'vV[_`\x02\x87\x10a-<Wa-<a+rV[\x86\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x83\x01R\x84`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16``\x83\x01R`\xA0`\x80\x83\x01Ra-\x85`\xA0\x83\x01\x84a(\x0FV[\x97\x96PPPPPPPV[_\x82a-\x9EWa-\x9Ea,\x94V[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x07JWa\x07Ja+\x1FV[_\x82a-\xC8Wa-\xC8a,\x94V[P\x06\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a-\xF0Wa-\xF0a+\x1FV[P\x92\x91PPV[\x84\x81Ra\x01`\x81\x01`\x04\x85\x10a.\x0FWa.\x0Fa+rV[\x84` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`\xA0\x83\x01R``\x83\x01Q`\xC0\x83\x01R`\x80\x83\x01Q`\xE0\x83\x01R`\xA0\x83\x01Qa\x01\0\x83\x01R`\xC0\x83\x01Qa.\x99a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x84\x01RP\x95\x94PPPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a.\xDAW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a/\x11W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405260043610610277575f3560e01c8063ac7fc3071161014b578063d0b1d512116100c6578063f400b10e1161007c578063fa6944bc11610062578063fa6944bc14610817578063fadb476814610836578063fb0e722b1461086a575f5ffd5b8063f400b10e146107aa578063f9168231146107dd575f5ffd5b8063d864e740116100ac578063d864e74014610709578063d89135cd1461073c578063eaf5afce14610750575f5ffd5b8063d0b1d512146106cb578063d34f20bd146106ea575f5ffd5b8063c5ed5e4a1161011b578063c6ab5d9011610101578063c6ab5d901461065f578063ccd072761461067e578063cff0ab96146106aa575f5ffd5b8063c5ed5e4a14610621578063c5f1110114610640575f5ffd5b8063ac7fc3071461059d578063b37855c8146105d0578063b76f1bea146105ef578063c562914f1461060e575f5ffd5b8063583d23f4116101f557806375e5b15d116101ab578063968c37ec11610191578063968c37ec146104dc578063a08419e3146104fb578063a42ce15b14610543575f5ffd5b806375e5b15d14610480578063924c3e7d146104bd575f5ffd5b8063697e2056116101db578063697e2056146104175780636da61d1e1461043657806371214e1d14610461575f5ffd5b8063583d23f4146103d9578063687473f5146103f8575f5ffd5b80634420e4861161024a5780634cdc9c63116102305780634cdc9c631461036857806354e624191461039b57806355ce5891146103ba575f5ffd5b80634420e4861461031d57806344d96e9514610342575f5ffd5b806306c0e8411461027b57806319311904146102915780633359632e146102cd5780634089b170146102fa575b5f5ffd5b348015610286575f5ffd5b5061028f61089d565b005b34801561029c575f5ffd5b506102b06102ab3660046150a0565b610950565b6040516001600160a01b0390911681526020015b60405180910390f35b3480156102d8575f5ffd5b506102e1610b0d565b60405167ffffffffffffffff90911681526020016102c4565b348015610305575f5ffd5b5061030f60085481565b6040519081526020016102c4565b61033061032b3660046150d8565b610b1b565b60405160ff90911681526020016102c4565b34801561034d575f5ffd5b506007546fffffffffffffffffffffffffffffffff1661030f565b348015610373575f5ffd5b506102e17f000000000000000000000000000000000000000000000000000000000000000081565b3480156103a6575f5ffd5b5061028f6103b536600461514f565b610f68565b3480156103c5575f5ffd5b5061028f6103d43660046151e6565b6110b6565b3480156103e4575f5ffd5b506103306103f336600461527f565b6111ae565b348015610403575f5ffd5b5061028f61041236600461529a565b6111be565b348015610422575f5ffd5b5061030f610431366004615313565b611328565b348015610441575f5ffd5b5061030f6104503660046150d8565b60066020525f908152604090205481565b34801561046c575f5ffd5b5061030f61047b36600461532c565b61135e565b34801561048b575f5ffd5b506104ad61049a366004615373565b5f90815260056020526040902054151590565b60405190151581526020016102c4565b3480156104c8575f5ffd5b5061028f6104d736600461538a565b6113ee565b3480156104e7575f5ffd5b5061028f6104f63660046150a0565b61173f565b348015610506575f5ffd5b5061030f6105153660046150d8565b6001600160a01b03165f908152600160205260409020546201000090046bffffffffffffffffffffffff1690565b34801561054e575f5ffd5b5061058a61055d36600461541b565b60ff82165f90815260046020908152604080832063ffffffff8516845290915290205461ffff1692915050565b60405161ffff90911681526020016102c4565b3480156105a8575f5ffd5b506102e17f000000000000000000000000000000000000000000000000000000000000000081565b3480156105db575f5ffd5b506103306105ea3660046150d8565b611a66565b3480156105fa575f5ffd5b5061028f6106093660046150a0565b611a70565b61028f61061c3660046150a0565b611bff565b34801561062c575f5ffd5b5061030f61063b366004615373565b611db6565b34801561064b575f5ffd5b5061028f61065a36600461538a565b611df3565b34801561066a575f5ffd5b5061028f6106793660046150a0565b612127565b348015610689575f5ffd5b5061069d6106983660046150a0565b612463565b6040516102c491906154b2565b3480156106b5575f5ffd5b506106be6127a0565b6040516102c491906155e3565b3480156106d6575f5ffd5b506102e16106e5366004615373565b6128a9565b3480156106f5575f5ffd5b5061028f610704366004615828565b6128b3565b348015610714575f5ffd5b506102b07f000000000000000000000000000000000000000000000000000000000000000081565b348015610747575f5ffd5b5061030f612c6c565b34801561075b575f5ffd5b5061030f61076a366004615313565b60408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b3480156107b5575f5ffd5b506102b07f000000000000000000000000000000000000000000000000000000000000000081565b3480156107e8575f5ffd5b5060075470010000000000000000000000000000000090046fffffffffffffffffffffffffffffffff1661030f565b348015610822575f5ffd5b506102e161083136600461527f565b612cda565b348015610841575f5ffd5b5061085561085036600461527f565b612ce4565b60405163ffffffff90911681526020016102c4565b348015610875575f5ffd5b506102b07f000000000000000000000000000000000000000000000000000000000000000081565b335f90815260066020526040812054908190036108e6576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f9081526006602052604081208190556008805483929061090990849061588a565b909155505060405181815233907faa916bb7738886447c333e8803dd7d94e5fcb6acb2f5d5aa6502373dd59dc55b9060200160405180910390a261094d3382612cee565b50565b60ff81165f908152602081905260409020600101546001600160a01b03168061097a57505f919050565b604080516060810182526002546bffffffffffffffffffffffff80821683526c0100000000000000000000000082048082166020850152780100000000000000000000000000000000000000000000000090920467ffffffffffffffff16938301939093529091600160ff86161b90911616156109f957505f92915050565b5f610a02612d7c565b90505f610a0e82612d86565b90505f610a2982856040015167ffffffffffffffff16612db7565b9050600160ff87161b81165f03610a4557505f95945050505050565b5f610aa2828860ff16610a928660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff16612f09565b9050610aad84612f55565b610ac19067ffffffffffffffff164361588a565b610af163ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168361589d565b1115610b0357505f9695505050505050565b5050505050919050565b5f610b16612d7c565b905090565b5f7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341015610bbe576040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201523460248201526044015b60405180910390fd5b6affffffffffffffffffffff341115610c05576040517f79b83733000000000000000000000000000000000000000000000000000000008152346004820152602401610bb5565b6001600160a01b038216610c45576040517f815e1d6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f9081526001602052604090205460ff1615610ca2576040517faa6a4d5c0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610bb5565b506002545f906bffffffffffffffffffffffff1660ff7f0000000000000000000000000000000000000000000000000000000000000000165b808360ff16108015610cf45750600160ff84161b821615155b15610d0957610d02836158b4565b9250610cdb565b808360ff1603610d48576040517f6b1c8ba000000000000000000000000000000000000000000000000000000000815260048101829052602401610bb5565b600280547fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016600160ff861681901b85176bffffffffffffffffffffffff1691909117909155610d999084906158d2565b6001600160a01b0385165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff978816179055948816835282905292812080547fff0000000000000000000000000000000000000000000000000000000000000016337fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff1617600160a01b346affffffffffffffffffffff8116820292909217835594820180547fffffffffffffffffffffff0000000000000000000000000000000000000000001690941790941790925560078054929392909190610ea59084906fffffffffffffffffffffffffffffffff166158eb565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055505f610f0c8560ff1660017bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16901b6001612fb0565b6040805134815263ffffffff831660208201529192506001600160a01b03881691339160ff8916917f967be06242d1cd4e1649ba1dd17c96d2d50cf910f6f10260e85720eceadb0f3d910160405180910390a450505050919050565b610f72868461324f565b5f610f8236889003880188615940565b90505f610f9436869003860186615940565b9050610fcd81601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915203611035576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611041838989613310565b9050806001600160a01b0316611058838787613310565b6001600160a01b031614611098576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6110ab818460200151856040015161359a565b505050505050505050565b336001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001614611118576040517f180b8d8e00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611121856136fe565b816111a461112e89613746565b8888886040518060c001604052808a6001600160a01b03168152602001876bffffffffffffffffffffffff168152602001886001600160a01b031681526020015f6bffffffffffffffffffffffff1681526020018e6001600160a01b031681526020015f67ffffffffffffffff168152506137c4565b5050505050505050565b5f6111b882613b97565b92915050565b6111c8848261324f565b5f6111d836869003860186615940565b90505f6111ea36849003840184615940565b90506112167f000000000000000000000000000000000000000000000000000000000000000082613c62565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152036112af576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6112bb838787613310565b9050806001600160a01b03168260e001516001600160a01b03161461130c576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61131f818460200151856040015161359a565b50505050505050565b6002545f906111b89083907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16612db7565b5f336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146113c1576040517f53bb6fe500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6113ca84613d6b565b6113e56113d961043186612d86565b86165f60058686613e59565b95945050505050565b6113f784614167565b5f61140185613b97565b60ff81165f818152602081905260409020600254929350916c010000000000000000000000009004600190911b166bffffffffffffffffffffffff1615158061145257506114508183886141c6565b155b1561149e576040517f090b32d100000000000000000000000000000000000000000000000000000000815260ff8316600482015267ffffffffffffffff87166024820152604401610bb5565b5f6114e37f000000000000000000000000000000000000000000000000000000000000000088888888876001015f9054906101000a90046001600160a01b0316614267565b92505050801561152b576040517fe4a9b2fb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff88166004820152602401610bb5565b5f7fd8739f9a53676ddc0f766b73724b0c85713d59832444ad1ad505c9d38d4c6bf28860405160200161157292919091825267ffffffffffffffff16602082015260400190565b604051602081830303815290604052805190602001209050611593816136fe565b5f61159d89612d86565b60ff86165f90815260046020908152604080832063ffffffff85168452909152812054919250906115d39061ffff166001615a13565b60ff87165f81815260046020908152604080832063ffffffff8816845282529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff8616908117909155915191825292935067ffffffffffffffff8d16927f2d2b2f28c2eb803aef1fbc4420f21885692154104eb3f99181cfb24f7f72201a910160405180910390a37f000000000000000000000000000000000000000000000000000000000000000061ffff168161ffff16106117215761169d86866145b7565b6040805160c0810182525f8082526020820181905233928201929092526060810182905260018701546001600160a01b0316608082015260a081019190915261171c90879060029086906bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016906137c4565b611733565b5f838152600560205260409020600190555b50505050505050505050565b5f611749826147c2565b905060026001820154600160a01b900460ff16600481111561176d5761176d61544c565b146117b45760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610bb591600160a01b900460ff1690600401615a2d565b600281015467ffffffffffffffff1643101561180e5760028101546040517f15f3b7ab00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610bb5565b80547f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16600160a01b9091046affffffffffffffffffffff1610156118d75780546040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166004820152600160a01b9091046affffffffffffffffffffff166024820152604401610bb5565b6001810180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b1790555f611910612d7c565b905061191d816001615a3b565b60028301805467ffffffffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117905560ff83165f9081526004602052604081209061198083612d86565b63ffffffff16815260208101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000169055600280546c01000000000000000000000000808204600160ff881681811b8019939093166bffffffffffffffffffffffff169093027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff90941693909317909355917f4db3155929818cc29381aa31a1cc6cb549c4ef648b2bd3dee6d729768570aea991611a489190612fb0565b60405163ffffffff90911681526020015b60405180910390a2505050565b5f6111b882613746565b5f611a7a826147c2565b600181810154919250600160a01b90910460ff1690816004811115611aa157611aa161544c565b14158015611ac157506002816004811115611abe57611abe61544c565b14155b15611afa57806040517f359011cc000000000000000000000000000000000000000000000000000000008152600401610bb59190615a2d565b5f6001826004811115611b0f57611b0f61544c565b14611b2d576002611b1e614820565b611b289190615a5b565b611b3d565b611b3d600160ff86161b5f612fb0565b60018401805463ffffffff83167501000000000000000000000000000000000000000000027fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff9091161774030000000000000000000000000000000000000000179055905060ff84167f74fe07bfb240060dae9e5a78a9adb453abb23c211bdf37fd2c7a6e80d2ab99ad82611bd181614831565b6040805163ffffffff909316835267ffffffffffffffff90911660208301520160405180910390a250505050565b5f611c098261486c565b905060046001820154600160a01b900460ff166004811115611c2d57611c2d61544c565b03611c745760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610bb591600160a01b900460ff1690600401615a2d565b80545f90611c97903490600160a01b90046affffffffffffffffffffff16615a77565b90506affffffffffffffffffffff811115611ce1576040517f79b8373300000000000000000000000000000000000000000000000000000000815260048101829052602401610bb5565b81547fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b6affffffffffffffffffffff831602178255600780543491905f90611d429084906fffffffffffffffffffffffffffffffff166158eb565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff1602179055508260ff167fe769fa6335ada126a3fc46991b2b62c164a8243e0134cf258f4165d63f509bc93483604051611a59929190918252602082015260400190565b5f818152600560205260409020547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8101611dee57505f5b919050565b6040517f6ced947d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ced947d906024016040805180830381865afa158015611e7b573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611e9f9190615a8a565b915091505f611eb78367ffffffffffffffff166148da565b9050611ec281614167565b5f5f611ef27f0000000000000000000000000000000000000000000000000000000000000000848a8a8a5f614267565b50915091508867ffffffffffffffff168267ffffffffffffffff161115611f59576040517f9aee0aa200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b16600483015283166024820152604401610bb5565b5f6001600160a01b03821615611f98576001600160a01b0382165f90815260016020819052604090912054611f91919060ff16615ac2565b9050612002565b611fa184613b97565b60ff81165f908152602081905260409020909150611fc09082866141c6565b612002576040517f839f95fc00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610bb5565b5f7f47c14b955fbf1b1f9fa2a85d6a5caa7fe535a81603e373f507033009c19073a38b60405160200161204992919091825267ffffffffffffffff16602082015260400190565b60405160208183030381529060405280519060200120905061206a816136fe565b6040805160c0810182526001600160a01b0388811682526bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811660208085019190915233848601525f6060850181905260ff8816815290819052938420600190810154909216608084015260a083019390935261211a92859285917f000000000000000000000000000000000000000000000000000000000000000016906137c4565b5050505050505050505050565b5f612131826147c2565b905060036001820154600160a01b900460ff1660048111156121555761215561544c565b14158015612183575060046001820154600160a01b900460ff1660048111156121805761218061544c565b14155b156121ca5760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610bb591600160a01b900460ff1690600401615a2d565b60018101545f906121f9907501000000000000000000000000000000000000000000900463ffffffff16614831565b90508067ffffffffffffffff1643101561224b576040517f778ca11c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610bb5565b81546001808401546001600160a01b039081165f9081526020838152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff90811790915581516060810183526002805467ffffffffffffffff780100000000000000000000000000000000000000000000000080830491909116848701819052948e168a811b80196c0100000000000000000000000080860482166bffffffffffffffffffffffff908116898d01819052928716168089529890940277ffffffffffffffffffffffffffffffffffffffffffffffff919094027fffffffffffffffff0000000000000000000000000000000000000000000000009095169097179390931795909516178255928652938590529184208481559586018490559490910180547fffffffffffffffffffffffffffffffff00000000000000000000000000000000169055600780546affffffffffffffffffffff600160a01b88041696949094169493919286926123dc9084906fffffffffffffffffffffffffffffffff16615adb565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff160217905550826001600160a01b03168760ff167f3a2db7d2315c2162d4f47c295f514b5aacf84592e024bc529868af8d776567f78660405161245191815260200190565b60405180910390a361131f8385612cee565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260ff8281165f9081526020818152604080832081516101208101835281546001600160a01b038082168352600160a01b8083046affffffffffffffffffffff16968401969096527f0100000000000000000000000000000000000000000000000000000000000000909104871615159382019390935260018201549283166060820152939490926080850192041660048111156125625761256261544c565b60048111156125735761257361544c565b815260018201547501000000000000000000000000000000000000000000810463ffffffff166020830152790100000000000000000000000000000000000000000000000000900466ffffffffffffff16604082015260029091015467ffffffffffffffff8082166060840152680100000000000000009091041660809091015290505f6125ff614820565b90505f60038360800151600481111561261a5761261a61544c565b148061263b57506004836080015160048111156126395761263961544c565b145b9050604051806101800160405280845f01516001600160a01b0316815260200184602001516affffffffffffffffffffff166bffffffffffffffffffffffff16815260200184606001516001600160a01b03168152602001846080015160048111156126a9576126a961544c565b81526020016126e4876002546c010000000000000000000000009004600160ff9092169190911b166bffffffffffffffffffffffff16151590565b1515815260ff87165f90815260046020908152604080832063ffffffff808916808652918452938290205461ffff169285019290925283015260a086015116606082015260800182612736575f612743565b6127438560a00151614831565b67ffffffffffffffff1681526020018460e0015167ffffffffffffffff1681526020018460c0015166ffffffffffffff1667ffffffffffffffff16815260200184610100015167ffffffffffffffff168152509350505050919050565b604080516102a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101829052610240810182905261026081018290526102808101919091527fcff0ab96000000000000000000000000000000000000000000000000000000005f8181527f0000000000000000000000000000000000000000000000000000000000000000919080600481855afa3d5f5f3e806128a4573d5ffd5b503d5ff35b5f6111b8826148da565b806040516020016128c49190615b1e565b60408051601f1981840301815291815281516020928301205f858152600590935291205414612922576040517fa644bd0c00000000000000000000000000000000000000000000000000000000815260048101839052602401610bb5565b61293260c0820160a0830161527f565b67ffffffffffffffff164310156129925761295360c0820160a0830161527f565b6040517f92eee68d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610bb5565b5f6001816129a660a08501608086016150d8565b6001600160a01b0316815260208101919091526040015f208054909150610100900460ff1615612a04576040517e84d28800000000000000000000000000000000000000000000000000000000815260048101849052602401610bb5565b5f612a156080840160608501615bcf565b612a256040850160208601615bcf565b612a2f9190615be8565b5f85815260056020526040902060019055825490915081908390600290612a6b9084906201000090046bffffffffffffffffffffffff16615c0c565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff160217905550806bffffffffffffffffffffffff1660075f0160108282829054906101000a90046fffffffffffffffffffffffffffffffff16612ad69190615adb565b92506101000a8154816fffffffffffffffffffffffffffffffff02191690836fffffffffffffffffffffffffffffffff160217905550806bffffffffffffffffffffffff1660085f828254612b2b9190615a77565b90915550612b4190506040840160208501615bcf565b6bffffffffffffffffffffffff1615612bb557612b646040840160208501615bcf565b6bffffffffffffffffffffffff1660065f612b8260208701876150d8565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254612baf9190615a77565b90915550505b612bc56080840160608501615bcf565b6bffffffffffffffffffffffff1615612c3c57612be86080840160608501615bcf565b6bffffffffffffffffffffffff1660065f612c0960608701604088016150d8565b6001600160a01b03166001600160a01b031681526020019081526020015f205f828254612c369190615a77565b90915550505b60405184907ff03cedd84a3c5babcb391cfd19dbfae956fb604ab3ae36feab2ff9d21726e92b905f90a250505050565b604080518082019091526007546fffffffffffffffffffffffffffffffff80821680845270010000000000000000000000000000000090920416602083018190526008545f9392909190612cc0904761588a565b612cca919061588a565b612cd4919061588a565b91505090565b5f6111b882612f55565b5f6111b882612d86565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612d37576040519150601f19603f3d011682016040523d82523d5f602084013e612d3c565b606091505b5050905080612d77576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f610b16436148da565b5f6111b863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615c5d565b5f67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001681818411612df1575f612dfb565b612dfb828561588a565b9050835b81811115612ebe575f60038185612e1760018661588a565b612e219190615c8c565b815260208082019290925260409081015f2081518083019092525463ffffffff8082168084526401000000009092047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff169383019390935290925090881610612ead57602001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1693506111b892505050565b50612eb781615c9f565b9050612dff565b508015612eff576040517fa95501f200000000000000000000000000000000000000000000000000000000815263ffffffff86166004820152602401610bb5565b505f949350505050565b5f5f612f148661497d565b905080612f22858584614a41565b82612f2d8989614a81565b612f379190615a77565b612f41919061588a565b612f4b9190615c8c565b9695505050505050565b5f612f8663ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615cd3565b6111b8907f0000000000000000000000000000000000000000000000000000000000000000615a3b565b5f6002612fbb614820565b612fc59190615a5b565b60025490915067ffffffffffffffff78010000000000000000000000000000000000000000000000009091048116907f0000000000000000000000000000000000000000000000000000000000000000165f821561308c5760035f8361302c60018761588a565b6130369190615c8c565b815260208082019290925260409081015f2081518083019092525463ffffffff8116825264010000000090047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff16918101919091526130a0565b604080518082019091525f80825260208201525b90505f856130b55786198260200151166130bd565b868260200151175b905083158015906130dc57508463ffffffff16825f015163ffffffff16145b1561315d578060035f856130f160018961588a565b6130fb9190615c8c565b81526020019081526020015f205f0160046101000a8154817bffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837bffffffffffffffffffffffffffffffffffffffffffffffffffffffff160217905550613245565b6040805180820190915263ffffffff861681527bffffffffffffffffffffffffffffffffffffffffffffffffffffffff8216602082015260035f6131a18688615c8c565b81526020808201929092526040015f20825192909101517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff166401000000000263ffffffff9092169190911790556131f6846001615a77565b6002805467ffffffffffffffff9290921678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b5050505092915050565b61325f604082016020830161527f565b67ffffffffffffffff16613279604084016020850161527f565b67ffffffffffffffff161415806132c2575061329b606082016040830161527f565b67ffffffffffffffff166132b5606084016040850161527f565b67ffffffffffffffff1614155b806132d557508060600135826060013514155b1561330c576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b5f5f7f0000000000000000000000000000000000000000000000000000000000000000461461346457604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660a0808301919091528351808303909101815260c09091019092528151910120613486565b7f00000000000000000000000000000000000000000000000000000000000000005b90505f6134fe826134c488601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505f6135408287878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250614a9992505050565b5090945090505f8160038111156135595761355961544c565b14613590576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509392505050565b5f6135a484613746565b90506135af82613d6b565b600160ff82161b6135c261043184612d86565b165f03613610576040517fb21fd24d00000000000000000000000000000000000000000000000000000000815260ff8216600482015267ffffffffffffffff83166024820152604401610bb5565b600460ff8083165f90815260208190526040902060010154600160a01b90041660048111156136415761364161544c565b0361367d576040517fe4e8374a00000000000000000000000000000000000000000000000000000000815260ff82166004820152602401610bb5565b604080517f920b62733048d363396c99c8a74763e86803c8e90c395c8d0bdbac8fda18155160208201526001600160a01b0386169181019190915267ffffffffffffffff841660608201526136f790600160ff841690811b915f906080016040516020818303038152906040528051906020012033613e59565b5050505050565b5f818152600560205260409020541561094d576040517fea03368400000000000000000000000000000000000000000000000000000000815260048101829052602401610bb5565b6001600160a01b0381165f9081526001602052604081205460ff16801580613770575060ff818116145b156137b2576040517fd7e8a2c20000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610bb5565b6137bd600182615ac2565b9392505050565b60ff85165f90815260208190526040812080549091600160a01b9091046affffffffffffffffffffff169081851061380957816affffffffffffffffffffff1661380b565b845b90505f61271061383f61ffff7f0000000000000000000000000000000000000000000000000000000000000000168461589d565b6138499190615cf6565b90505f819050806bffffffffffffffffffffffff1686602001516bffffffffffffffffffffffff16111561388c576bffffffffffffffffffffffff811660208701525b602086015161389b9082615c0c565b6bffffffffffffffffffffffff1660608701525f6138c6846affffffffffffffffffffff871661588a565b604080518082019091526007546fffffffffffffffffffffffffffffffff8082168084527001000000000000000000000000000000009092041660208301529192509085908290613918908390615adb565b6fffffffffffffffffffffffffffffffff169052505f8490036139865786547fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff16600160a01b6affffffffffffffffffffff8416021787555f8a815260056020526040902060019055613b05565b86546affffffffffffffffffffff8316600160a01b026001600160a01b03909116177f010000000000000000000000000000000000000000000000000000000000000017875563ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613a0e6139fe612d7c565b613a09906001615a3b565b612f55565b613a189190615a3b565b67ffffffffffffffff1660a0890152604051613a38908990602001615d09565b60408051601f1981840301815291815281516020928301205f8d8152600584529190912055606089015190890151613a709190615be8565b60808901516001600160a01b03165f9081526001602052604090208054600290613aaf9084906201000090046bffffffffffffffffffffffff16615be8565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055508381602001818151613aef91906158eb565b6fffffffffffffffffffffffffffffffff169052505b805160208201516fffffffffffffffffffffffffffffffff90811670010000000000000000000000000000000002911617600755898b6005811115613b4c57613b4c61544c565b8d60ff167f6d9e98d407fc486cb71e98290afb52c6400c8a593711f5bcde613b04511f2567888c604051613b81929190615d8d565b60405180910390a4505050505050505050505050565b5f5f613ba283612d86565b90505f613bae82611328565b90505f613bba8261497d565b9050805f03613c01576040517f97b2609500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610bb5565b6113e582613c5d613c4c8660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8867ffffffffffffffff1685614a41565b614ae2565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526001600160a01b0384169063705cad1390602401602060405180830381865afa158015613cfe573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613d229190615e17565b1461330c5760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610bb5565b613d73612d7c565b67ffffffffffffffff168167ffffffffffffffff161115613dcc576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610bb5565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613e01613a09836001615a3b565b613e0b9190615a3b565b67ffffffffffffffff16431061094d576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610bb5565b5f5f613e63612d7c565b90505f8190505f6040518061014001604052808366ffffffffffffff1681526020016002613e9086612d86565b613e9a9190615a5b565b63ffffffff1681526002546c0100000000000000000000000090046bffffffffffffffffffffffff1660208201525f60408201819052606082018190526080820181905260a0820181905260c082015260e0017f000000000000000000000000000000000000000000000000000000000000000060ff1667ffffffffffffffff811115613f2957613f29615913565b604051908082528060200260200182016040528015613f52578160200160208202803683370190505b5081525f6020909101529050875b89811c15613f855760018a821c1615613f7d57613f7d8183614b30565b600101613f60565b5080606001515f03613f9c575f93505050506113e5565b6101008101516101208201518082526001600160a01b038716888a6005811115613fc857613fc861544c565b7ff5c7385449a5570bf1c5b75f475ed8aba35846c7142b4ce10ea41eaae8d9436586606001518760e001518760405161400393929190615e2e565b60405180910390a45050806060015181604001511760025f01600c6101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff16021790555080608001515f146140655761406381608001515f612fb0565b505b604080518082019091526007546fffffffffffffffffffffffffffffffff80821680845270010000000000000000000000000000000090920416602083015260a08301516140b291615adb565b8260c0015182602001516140c69190615adb565b6fffffffffffffffffffffffffffffffff9081166020840181905291168083527001000000000000000000000000000000009091021760075560e0820151600880545f90614115908490615a77565b909155505060e0820151156141565760e08201516001600160a01b0387165f9081526006602052604081208054909190614150908490615a77565b90915550505b506060015198975050505050505050565b61416f612d7c565b67ffffffffffffffff168167ffffffffffffffff1610613dcc576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610bb5565b60028301545f9067ffffffffffffffff68010000000000000000909104811690831610156141f557505f6137bd565b6002546c010000000000000000000000009004600160ff85161b166bffffffffffffffffffffffff161515158061425f57506001840154790100000000000000000000000000000000000000000000000000900466ffffffffffffff1667ffffffffffffffff8316105b949350505050565b5f5f5f5f896001600160a01b03166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa1580156142a7573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906142cb9190615e82565b9050855f8190036143285767ffffffffffffffff821615614318576040517fd2cf424600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f94509450945050506145ab565b5f5b81811015614453575f89898381811061434557614345615e9d565b9050610100020180360381019061435c9190615940565b90506143728267ffffffffffffffff8d16615a77565b816020015167ffffffffffffffff16146143bb576040517f01a2b84e00000000000000000000000000000000000000000000000000000000815260048101839052602401610bb5565b6143c58d82613c62565b8b67ffffffffffffffff16816040015167ffffffffffffffff1611156143eb575061444b565b8060c0015196508b67ffffffffffffffff16816040015167ffffffffffffffff16148015614425575060e08101516001600160a01b031615155b156144495760e081015195506001600160a01b038089169087160361444957600194505b505b60010161432a565b5067ffffffffffffffff8916158015906144ab57508967ffffffffffffffff1688885f81811061448557614485615e9d565b90506101000201604001602081019061449e919061527f565b67ffffffffffffffff1610155b156144ee576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610bb5565b8167ffffffffffffffff16818a67ffffffffffffffff1661450f9190615a77565b14158015614565575067ffffffffffffffff8a16888861453060018561588a565b81811061453f5761453f615e9d565b905061010002016040016020810190614558919061527f565b67ffffffffffffffff1611155b156145a8576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610bb5565b50505b96509650969350505050565b60028054600160ff85161b6bffffffffffffffffffffffff9081166c0100000000000000000000000080840490921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff909116179055614617612d7c565b60018201805466ffffffffffffff929092167901000000000000000000000000000000000000000000000000000278ffffffffffffffffffffffffffffffffffffffffffffffffff90921691909117905561469863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001643615a3b565b6002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556001808201547501000000000000000000000000000000000000000000900463ffffffff16906001830154600160a01b900460ff1660048111156147195761471961544c565b036147725761472e600160ff85161b5f612fb0565b6001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167402000000000000000000000000000000000000000017905590505b60028201546040805163ffffffff8416815267ffffffffffffffff909216602083015260ff8516917f01346d6fc741d2812586febead8043a0d4a1f27f3f9157e4207bc51bd85fbf1f9101611a59565b5f6147cc8261486c565b80549091506001600160a01b03163314611dee5780546040517f245aecd30000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610bb5565b5f610b1661482c612d7c565b612d86565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff1661486283614ea8565b6111b89190615a3b565b60ff81165f908152602081905260408120906001820154600160a01b900460ff16600481111561489e5761489e61544c565b03611dee576040517fb3d2007400000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610bb5565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1682106149765763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661496767ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168461588a565b6149719190615cf6565b6111b8565b5f92915050565b5f608082901c156149bd576040517f93b4ecf900000000000000000000000000000000000000000000000000000000815260048101839052602401610bb5565b600182901c6f555555555555555555555555555555551682039150600282901c6f3333333333333333333333333333333316826f3333333333333333333333333333333316019150600482901c82016f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f1691506078826f0101010101010101010101010101010102901c60ff169050919050565b5f818484604051602001614a5f929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c61425f9190615c8c565b5f6137bd614a92600180851b61588a565b841661497d565b5f5f5f8351604103614ad0576020840151604085015160608601515f1a614ac288828585614f12565b955095509550505050614adb565b505081515f91506002905b9250925092565b5f805b83821c15614b21576001821b841615614b1157828103614b0557506111b8565b614b0e81615eca565b90505b614b1a82615eca565b9150614ae5565b614b29615f01565b5092915050565b60ff8083165f90815260208190526040902060018101549091600160a01b909104166004816004811115614b6657614b6661544c565b03614b715750505050565b81545f9081907f0100000000000000000000000000000000000000000000000000000000000000900460ff16614ba7575f614bc0565b6001840154614bc09087906001600160a01b0316614fda565b8454909150600160a01b90046affffffffffffffffffffff16614bf16bffffffffffffffffffffffff831682615a77565b9250806affffffffffffffffffffff168660a00151614c109190615a77565b826bffffffffffffffffffffffff168760c00151614c2e9190615a77565b60c088015260a0870152505082547fff0000000000000000000000ffffffffffffffffffffffffffffffffffffffff16835560408401515f906bffffffffffffffffffffffff1660ff87161c60011615614cb2576001840154790100000000000000000000000000000000000000000000000000900466ffffffffffffff16614cb5565b84515b90505f6001846004811115614ccc57614ccc61544c565b1480614ce957506002846004811115614ce757614ce761544c565b145b614d165760018501547501000000000000000000000000000000000000000000900463ffffffff16614d1c565b85602001515b6001868101805474ffffffffffffffffffffffffffffffffffffffffff1679010000000000000000000000000000000000000000000000000066ffffffffffffff8716027fffffffffffffff00000000ffffffffffffffffffffffffffffffffffffffffff1617750100000000000000000000000000000000000000000063ffffffff851602177fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674040000000000000000000000000000000000000000179055909150846004811115614df357614df361544c565b03614e0957608086018051600160ff8a161b1790525b606086018051600160ff8a161b179052612710614e4a61ffff7f0000000000000000000000000000000000000000000000000000000000000000168561589d565b614e549190615cf6565b8660e001818151614e659190615a77565b90525061010086015161012087018051859291614e8182615eca565b905281518110614e9357614e93615e9d565b60200260200101818152505050505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff167f000000000000000000000000000000000000000000000000000000000000000063ffffffff168363ffffffff16614f089190615cd3565b612f869190615cd3565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614f4b57505f91506003905082614fd0565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614f9c573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b038116614fc757505f925060019150829050614fd0565b92505f91508190505b9450945094915050565b6001600160a01b0381165f90815260016020526040902080546201000090046bffffffffffffffffffffffff16908115614b295780547fffffffffffffffffffffffffffffffffffff00000000000000000000000000ff166101001781556040516bffffffffffffffffffffffff831681526001600160a01b0384169060ff8616907ffdaf61b6858525bcd594fb6eb578dfc4ca864984a80d549929fab8c9d50408499060200160405180910390a35092915050565b803560ff81168114611dee575f5ffd5b5f602082840312156150b0575f5ffd5b6137bd82615090565b6001600160a01b038116811461094d575f5ffd5b8035611dee816150b9565b5f602082840312156150e8575f5ffd5b81356137bd816150b9565b5f6101008284031215615104575f5ffd5b50919050565b5f5f83601f84011261511a575f5ffd5b50813567ffffffffffffffff811115615131575f5ffd5b602083019150836020828501011115615148575f5ffd5b9250929050565b5f5f5f5f5f5f6102408789031215615165575f5ffd5b61516f88886150f3565b955061010087013567ffffffffffffffff81111561518b575f5ffd5b61519789828a0161510a565b90965094506151ac90508861012089016150f3565b925061022087013567ffffffffffffffff8111156151c8575f5ffd5b6151d489828a0161510a565b979a9699509497509295939492505050565b5f5f5f5f5f5f5f60e0888a0312156151fc575f5ffd5b8735615207816150b9565b965060208801356006811061521a575f5ffd5b955060408801359450606088013593506080880135615238816150b9565b925060a0880135915060c088013561524f816150b9565b8091505092959891949750929550565b67ffffffffffffffff8116811461094d575f5ffd5b8035611dee8161525f565b5f6020828403121561528f575f5ffd5b81356137bd8161525f565b5f5f5f5f61022085870312156152ae575f5ffd5b6152b886866150f3565b935061010085013567ffffffffffffffff8111156152d4575f5ffd5b6152e08782880161510a565b90945092506152f590508661012087016150f3565b905092959194509250565b803563ffffffff81168114611dee575f5ffd5b5f60208284031215615323575f5ffd5b6137bd82615300565b5f5f5f5f6080858703121561533f575f5ffd5b8435935060208501356153518161525f565b9250604085013591506060850135615368816150b9565b939692955090935050565b5f60208284031215615383575f5ffd5b5035919050565b5f5f5f5f6060858703121561539d575f5ffd5b84356153a88161525f565b935060208501356153b88161525f565b9250604085013567ffffffffffffffff8111156153d3575f5ffd5b8501601f810187136153e3575f5ffd5b803567ffffffffffffffff8111156153f9575f5ffd5b8760208260081b840101111561540d575f5ffd5b949793965060200194505050565b5f5f6040838503121561542c575f5ffd5b61543583615090565b915061544360208401615300565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b600581106154ae577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b81516001600160a01b03168152610180810160208301516154e360208401826bffffffffffffffffffffffff169052565b5060408301516154fe60408401826001600160a01b03169052565b5060608301516155116060840182615479565b506080830151615525608084018215159052565b5060a083015161553b60a084018261ffff169052565b5060c083015161555360c084018263ffffffff169052565b5060e083015161556b60e084018263ffffffff169052565b5061010083015161558961010084018267ffffffffffffffff169052565b506101208301516155a761012084018267ffffffffffffffff169052565b506101408301516155c561014084018267ffffffffffffffff169052565b50610160830151614b2961016084018267ffffffffffffffff169052565b815167ffffffffffffffff1681526102a08101602083015161561560208401826bffffffffffffffffffffffff169052565b50604083015161562a604084018260ff169052565b506060830151615642606084018263ffffffff169052565b50608083015161565a608084018263ffffffff169052565b5060a083015161567260a084018263ffffffff169052565b5060c083015161568a60c084018263ffffffff169052565b5060e08301516156a260e084018263ffffffff169052565b506101008301516156bc61010084018263ffffffff169052565b506101208301516156d661012084018263ffffffff169052565b506101408301516156ee61014084018261ffff169052565b5061016083015161570861016084018263ffffffff169052565b5061018083015161572a6101808401826bffffffffffffffffffffffff169052565b506101a083015161574c6101a08401826bffffffffffffffffffffffff169052565b506101c083015161576e6101c08401826bffffffffffffffffffffffff169052565b506101e08301516157906101e08401826bffffffffffffffffffffffff169052565b506102008301516157b26102008401826bffffffffffffffffffffffff169052565b506102208301516157d46102208401826bffffffffffffffffffffffff169052565b506102408301516157ec61024084018261ffff169052565b5061026083015161580e6102608401826bffffffffffffffffffffffff169052565b50610280830151614b2961028084018263ffffffff169052565b5f5f82840360e081121561583a575f5ffd5b8335925060c0601f198201121561584f575f5ffd5b506020830190509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b818103818111156111b8576111b861585d565b80820281158282048414176111b8576111b861585d565b5f60ff821660ff81036158c9576158c961585d565b60010192915050565b60ff81811683821601908111156111b8576111b861585d565b6fffffffffffffffffffffffffffffffff81811683821601908111156111b8576111b861585d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f610100828403128015615952575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561599c577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040526159a883615274565b81526159b660208401615274565b60208201526159c760408401615274565b6040820152606083810135908201526080808401359082015260a080840135908201526159f660c08401615274565b60c0820152615a0760e084016150cd565b60e08201529392505050565b61ffff81811683821601908111156111b8576111b861585d565b602081016111b88284615479565b67ffffffffffffffff81811683821601908111156111b8576111b861585d565b63ffffffff81811683821601908111156111b8576111b861585d565b808201808211156111b8576111b861585d565b5f5f60408385031215615a9b575f5ffd5b8251615aa68161525f565b6020840151909250615ab7816150b9565b809150509250929050565b60ff82811682821603908111156111b8576111b861585d565b6fffffffffffffffffffffffffffffffff82811682821603908111156111b8576111b861585d565b80356bffffffffffffffffffffffff81168114611dee575f5ffd5b60c081018235615b2d816150b9565b6001600160a01b031682526bffffffffffffffffffffffff615b5160208501615b03565b1660208301526040830135615b65816150b9565b6001600160a01b031660408301526bffffffffffffffffffffffff615b8c60608501615b03565b1660608301526080830135615ba0816150b9565b6001600160a01b03166080830152615bba60a08401615274565b67ffffffffffffffff811660a0840152614b29565b5f60208284031215615bdf575f5ffd5b6137bd82615b03565b6bffffffffffffffffffffffff81811683821601908111156111b8576111b861585d565b6bffffffffffffffffffffffff82811682821603908111156111b8576111b861585d565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f67ffffffffffffffff831680615c7657615c76615c30565b8067ffffffffffffffff84160491505092915050565b5f82615c9a57615c9a615c30565b500690565b5f81615cad57615cad61585d565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b67ffffffffffffffff8181168382160290811690818114614b2957614b2961585d565b5f82615d0457615d04615c30565b500490565b60c081016111b882846001600160a01b0381511682526bffffffffffffffffffffffff60208201511660208301526001600160a01b0360408201511660408301526bffffffffffffffffffffffff60608201511660608301526001600160a01b03608082015116608083015267ffffffffffffffff60a08201511660a08301525050565b82815260e081016137bd60208301846001600160a01b0381511682526bffffffffffffffffffffffff60208201511660208301526001600160a01b0360408201511660408301526bffffffffffffffffffffffff60608201511660608301526001600160a01b03608082015116608083015267ffffffffffffffff60a08201511660a08301525050565b5f60208284031215615e27575f5ffd5b5051919050565b5f60608201858352846020840152606060408401528084518083526080850191506020860192505f5b81811015615e75578351835260209384019390920191600101615e57565b5090979650505050505050565b5f60208284031215615e92575f5ffd5b81516137bd8161525f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203615efa57615efa61585d565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x02wW_5`\xE0\x1C\x80c\xAC\x7F\xC3\x07\x11a\x01KW\x80c\xD0\xB1\xD5\x12\x11a\0\xC6W\x80c\xF4\0\xB1\x0E\x11a\0|W\x80c\xFAiD\xBC\x11a\0bW\x80c\xFAiD\xBC\x14a\x08\x17W\x80c\xFA\xDBGh\x14a\x086W\x80c\xFB\x0Er+\x14a\x08jW__\xFD[\x80c\xF4\0\xB1\x0E\x14a\x07\xAAW\x80c\xF9\x16\x821\x14a\x07\xDDW__\xFD[\x80c\xD8d\xE7@\x11a\0\xACW\x80c\xD8d\xE7@\x14a\x07\tW\x80c\xD8\x915\xCD\x14a\x07<W\x80c\xEA\xF5\xAF\xCE\x14a\x07PW__\xFD[\x80c\xD0\xB1\xD5\x12\x14a\x06\xCBW\x80c\xD3O \xBD\x14a\x06\xEAW__\xFD[\x80c\xC5\xED^J\x11a\x01\x1BW\x80c\xC6\xAB]\x90\x11a\x01\x01W\x80c\xC6\xAB]\x90\x14a\x06_W\x80c\xCC\xD0rv\x14a\x06~W\x80c\xCF\xF0\xAB\x96\x14a\x06\xAAW__\xFD[\x80c\xC5\xED^J\x14a\x06!W\x80c\xC5\xF1\x11\x01\x14a\x06@W__\xFD[\x80c\xAC\x7F\xC3\x07\x14a\x05\x9DW\x80c\xB3xU\xC8\x14a\x05\xD0W\x80c\xB7o\x1B\xEA\x14a\x05\xEFW\x80c\xC5b\x91O\x14a\x06\x0EW__\xFD[\x80cX=#\xF4\x11a\x01\xF5W\x80cu\xE5\xB1]\x11a\x01\xABW\x80c\x96\x8C7\xEC\x11a\x01\x91W\x80c\x96\x8C7\xEC\x14a\x04\xDCW\x80c\xA0\x84\x19\xE3\x14a\x04\xFBW\x80c\xA4,\xE1[\x14a\x05CW__\xFD[\x80cu\xE5\xB1]\x14a\x04\x80W\x80c\x92L>}\x14a\x04\xBDW__\xFD[\x80ci~ V\x11a\x01\xDBW\x80ci~ V\x14a\x04\x17W\x80cm\xA6\x1D\x1E\x14a\x046W\x80cq!N\x1D\x14a\x04aW__\xFD[\x80cX=#\xF4\x14a\x03\xD9W\x80chts\xF5\x14a\x03\xF8W__\xFD[\x80cD \xE4\x86\x11a\x02JW\x80cL\xDC\x9Cc\x11a\x020W\x80cL\xDC\x9Cc\x14a\x03hW\x80cT\xE6$\x19\x14a\x03\x9BW\x80cU\xCEX\x91\x14a\x03\xBAW__\xFD[\x80cD \xE4\x86\x14a\x03\x1DW\x80cD\xD9n\x95\x14a\x03BW__\xFD[\x80c\x06\xC0\xE8A\x14a\x02{W\x80c\x191\x19\x04\x14a\x02\x91W\x80c3Yc.\x14a\x02\xCDW\x80c@\x89\xB1p\x14a\x02\xFAW[__\xFD[4\x80\x15a\x02\x86W__\xFD[Pa\x02\x8Fa\x08\x9DV[\0[4\x80\x15a\x02\x9CW__\xFD[Pa\x02\xB0a\x02\xAB6`\x04aP\xA0V[a\tPV[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\xD8W__\xFD[Pa\x02\xE1a\x0B\rV[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xC4V[4\x80\x15a\x03\x05W__\xFD[Pa\x03\x0F`\x08T\x81V[`@Q\x90\x81R` \x01a\x02\xC4V[a\x030a\x03+6`\x04aP\xD8V[a\x0B\x1BV[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02\xC4V[4\x80\x15a\x03MW__\xFD[P`\x07To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\x0FV[4\x80\x15a\x03sW__\xFD[Pa\x02\xE1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x03\xA6W__\xFD[Pa\x02\x8Fa\x03\xB56`\x04aQOV[a\x0FhV[4\x80\x15a\x03\xC5W__\xFD[Pa\x02\x8Fa\x03\xD46`\x04aQ\xE6V[a\x10\xB6V[4\x80\x15a\x03\xE4W__\xFD[Pa\x030a\x03\xF36`\x04aR\x7FV[a\x11\xAEV[4\x80\x15a\x04\x03W__\xFD[Pa\x02\x8Fa\x04\x126`\x04aR\x9AV[a\x11\xBEV[4\x80\x15a\x04\"W__\xFD[Pa\x03\x0Fa\x0416`\x04aS\x13V[a\x13(V[4\x80\x15a\x04AW__\xFD[Pa\x03\x0Fa\x04P6`\x04aP\xD8V[`\x06` R_\x90\x81R`@\x90 T\x81V[4\x80\x15a\x04lW__\xFD[Pa\x03\x0Fa\x04{6`\x04aS,V[a\x13^V[4\x80\x15a\x04\x8BW__\xFD[Pa\x04\xADa\x04\x9A6`\x04aSsV[_\x90\x81R`\x05` R`@\x90 T\x15\x15\x90V[`@Q\x90\x15\x15\x81R` \x01a\x02\xC4V[4\x80\x15a\x04\xC8W__\xFD[Pa\x02\x8Fa\x04\xD76`\x04aS\x8AV[a\x13\xEEV[4\x80\x15a\x04\xE7W__\xFD[Pa\x02\x8Fa\x04\xF66`\x04aP\xA0V[a\x17?V[4\x80\x15a\x05\x06W__\xFD[Pa\x03\x0Fa\x05\x156`\x04aP\xD8V[`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` R`@\x90 Tb\x01\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90V[4\x80\x15a\x05NW__\xFD[Pa\x05\x8Aa\x05]6`\x04aT\x1BV[`\xFF\x82\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x90 Ta\xFF\xFF\x16\x92\x91PPV[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xC4V[4\x80\x15a\x05\xA8W__\xFD[Pa\x02\xE1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xDBW__\xFD[Pa\x030a\x05\xEA6`\x04aP\xD8V[a\x1AfV[4\x80\x15a\x05\xFAW__\xFD[Pa\x02\x8Fa\x06\t6`\x04aP\xA0V[a\x1ApV[a\x02\x8Fa\x06\x1C6`\x04aP\xA0V[a\x1B\xFFV[4\x80\x15a\x06,W__\xFD[Pa\x03\x0Fa\x06;6`\x04aSsV[a\x1D\xB6V[4\x80\x15a\x06KW__\xFD[Pa\x02\x8Fa\x06Z6`\x04aS\x8AV[a\x1D\xF3V[4\x80\x15a\x06jW__\xFD[Pa\x02\x8Fa\x06y6`\x04aP\xA0V[a!'V[4\x80\x15a\x06\x89W__\xFD[Pa\x06\x9Da\x06\x986`\x04aP\xA0V[a$cV[`@Qa\x02\xC4\x91\x90aT\xB2V[4\x80\x15a\x06\xB5W__\xFD[Pa\x06\xBEa'\xA0V[`@Qa\x02\xC4\x91\x90aU\xE3V[4\x80\x15a\x06\xD6W__\xFD[Pa\x02\xE1a\x06\xE56`\x04aSsV[a(\xA9V[4\x80\x15a\x06\xF5W__\xFD[Pa\x02\x8Fa\x07\x046`\x04aX(V[a(\xB3V[4\x80\x15a\x07\x14W__\xFD[Pa\x02\xB0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x07GW__\xFD[Pa\x03\x0Fa,lV[4\x80\x15a\x07[W__\xFD[Pa\x03\x0Fa\x07j6`\x04aS\x13V[`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[4\x80\x15a\x07\xB5W__\xFD[Pa\x02\xB0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x07\xE8W__\xFD[P`\x07Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x03\x0FV[4\x80\x15a\x08\"W__\xFD[Pa\x02\xE1a\x0816`\x04aR\x7FV[a,\xDAV[4\x80\x15a\x08AW__\xFD[Pa\x08Ua\x08P6`\x04aR\x7FV[a,\xE4V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\xC4V[4\x80\x15a\x08uW__\xFD[Pa\x02\xB0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[3_\x90\x81R`\x06` R`@\x81 T\x90\x81\x90\x03a\x08\xE6W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x06` R`@\x81 \x81\x90U`\x08\x80T\x83\x92\x90a\t\t\x90\x84\x90aX\x8AV[\x90\x91UPP`@Q\x81\x81R3\x90\x7F\xAA\x91k\xB7s\x88\x86D|3>\x88\x03\xDD}\x94\xE5\xFC\xB6\xAC\xB2\xF5\xD5\xAAe\x027=\xD5\x9D\xC5[\x90` \x01`@Q\x80\x91\x03\x90\xA2a\tM3\x82a,\xEEV[PV[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T`\x01`\x01`\xA0\x1B\x03\x16\x80a\tzWP_\x91\x90PV[`@\x80Q``\x81\x01\x82R`\x02Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x80\x82\x16` \x85\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x90\x91`\x01`\xFF\x86\x16\x1B\x90\x91\x16\x16\x15a\t\xF9WP_\x92\x91PPV[_a\n\x02a-|V[\x90P_a\n\x0E\x82a-\x86V[\x90P_a\n)\x82\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a-\xB7V[\x90P`\x01`\xFF\x87\x16\x1B\x81\x16_\x03a\nEWP_\x95\x94PPPPPV[_a\n\xA2\x82\x88`\xFF\x16a\n\x92\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a/\tV[\x90Pa\n\xAD\x84a/UV[a\n\xC1\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16CaX\x8AV[a\n\xF1c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aX\x9DV[\x11\x15a\x0B\x03WP_\x96\x95PPPPPPV[PPPPP\x91\x90PV[_a\x0B\x16a-|V[\x90P\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x10\x15a\x0B\xBEW`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\x11\x15a\x0C\x05W`@Q\x7Fy\xB873\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R4`\x04\x82\x01R`$\x01a\x0B\xB5V[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x0CEW`@Q\x7F\x81^\x1Dd\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x15a\x0C\xA2W`@Q\x7F\xAAjM\\\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[P`\x02T_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16[\x80\x83`\xFF\x16\x10\x80\x15a\x0C\xF4WP`\x01`\xFF\x84\x16\x1B\x82\x16\x15\x15[\x15a\r\tWa\r\x02\x83aX\xB4V[\x92Pa\x0C\xDBV[\x80\x83`\xFF\x16\x03a\rHW`@Q\x7Fk\x1C\x8B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0B\xB5V[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xFF\x86\x16\x81\x90\x1B\x85\x17k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x90\x91\x17\x90\x91Ua\r\x99\x90\x84\x90aX\xD2V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x81\x81R`\x01` \x81\x81R`@\x80\x84 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x97\x88\x16\x17\x90U\x94\x88\x16\x83R\x82\x90R\x92\x81 \x80T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x163\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17`\x01`\xA0\x1B4j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x02\x92\x90\x92\x17\x83U\x94\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x94\x17\x90\x94\x17\x90\x92U`\x07\x80T\x92\x93\x92\x90\x91\x90a\x0E\xA5\x90\x84\x90o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aX\xEBV[\x92Pa\x01\0\n\x81T\x81o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP_a\x0F\x0C\x85`\xFF\x16`\x01{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x1B`\x01a/\xB0V[`@\x80Q4\x81Rc\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x88\x16\x913\x91`\xFF\x89\x16\x91\x7F\x96{\xE0bB\xD1\xCDN\x16I\xBA\x1D\xD1|\x96\xD2\xD5\x0C\xF9\x10\xF6\xF1\x02`\xE8W \xEC\xEA\xDB\x0F=\x91\x01`@Q\x80\x91\x03\x90\xA4PPPP\x91\x90PV[a\x0Fr\x86\x84a2OV[_a\x0F\x826\x88\x90\x03\x88\x01\x88aY@V[\x90P_a\x0F\x946\x86\x90\x03\x86\x01\x86aY@V[\x90Pa\x0F\xCD\x81`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x105W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x10A\x83\x89\x89a3\x10V[\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16a\x10X\x83\x87\x87a3\x10V[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x10\x98W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x10\xAB\x81\x84` \x01Q\x85`@\x01Qa5\x9AV[PPPPPPPPPV[3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x11\x18W`@Q\x7F\x18\x0B\x8D\x8E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x11!\x85a6\xFEV[\x81a\x11\xA4a\x11.\x89a7FV[\x88\x88\x88`@Q\x80`\xC0\x01`@R\x80\x8A`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x87k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x88`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x8E`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RPa7\xC4V[PPPPPPPPV[_a\x11\xB8\x82a;\x97V[\x92\x91PPV[a\x11\xC8\x84\x82a2OV[_a\x11\xD86\x86\x90\x03\x86\x01\x86aY@V[\x90P_a\x11\xEA6\x84\x90\x03\x84\x01\x84aY@V[\x90Pa\x12\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82a<bV[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x12\xAFW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12\xBB\x83\x87\x87a3\x10V[\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16\x82`\xE0\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x14a\x13\x0CW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\x1F\x81\x84` \x01Q\x85`@\x01Qa5\x9AV[PPPPPPPV[`\x02T_\x90a\x11\xB8\x90\x83\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a-\xB7V[_3`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14a\x13\xC1W`@Q\x7FS\xBBo\xE5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x13\xCA\x84a=kV[a\x13\xE5a\x13\xD9a\x041\x86a-\x86V[\x86\x16_`\x05\x86\x86a>YV[\x95\x94PPPPPV[a\x13\xF7\x84aAgV[_a\x14\x01\x85a;\x97V[`\xFF\x81\x16_\x81\x81R` \x81\x90R`@\x90 `\x02T\x92\x93P\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x80a\x14RWPa\x14P\x81\x83\x88aA\xC6V[\x15[\x15a\x14\x9EW`@Q\x7F\t\x0B2\xD1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`D\x01a\x0B\xB5V[_a\x14\xE3\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x88\x88\x88\x87`\x01\x01_\x90T\x90a\x01\0\n\x90\x04`\x01`\x01`\xA0\x1B\x03\x16aBgV[\x92PPP\x80\x15a\x15+W`@Q\x7F\xE4\xA9\xB2\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_\x7F\xD8s\x9F\x9ASgm\xDC\x0FvksrK\x0C\x85q=Y\x83$D\xAD\x1A\xD5\x05\xC9\xD3\x8DLk\xF2\x88`@Q` \x01a\x15r\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x15\x93\x81a6\xFEV[_a\x15\x9D\x89a-\x86V[`\xFF\x86\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x81 T\x91\x92P\x90a\x15\xD3\x90a\xFF\xFF\x16`\x01aZ\x13V[`\xFF\x87\x16_\x81\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x82R\x91\x82\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16a\xFF\xFF\x86\x16\x90\x81\x17\x90\x91U\x91Q\x91\x82R\x92\x93Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16\x92\x7F-+/(\xC2\xEB\x80:\xEF\x1F\xBCD \xF2\x18\x85i!T\x10N\xB3\xF9\x91\x81\xCF\xB2O\x7Fr \x1A\x91\x01`@Q\x80\x91\x03\x90\xA3\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81a\xFF\xFF\x16\x10a\x17!Wa\x16\x9D\x86\x86aE\xB7V[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R3\x92\x82\x01\x92\x90\x92R``\x81\x01\x82\x90R`\x01\x87\x01T`\x01`\x01`\xA0\x1B\x03\x16`\x80\x82\x01R`\xA0\x81\x01\x91\x90\x91Ra\x17\x1C\x90\x87\x90`\x02\x90\x86\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90a7\xC4V[a\x173V[_\x83\x81R`\x05` R`@\x90 `\x01\x90U[PPPPPPPPPPV[_a\x17I\x82aG\xC2V[\x90P`\x02`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x17mWa\x17maTLV[\x14a\x17\xB4W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0B\xB5\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aZ-V[`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x18\x0EW`\x02\x81\x01T`@Q\x7F\x15\xF3\xB7\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[\x80T\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x90\x91\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a\x18\xD7W\x80T`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R`\x01`\xA0\x1B\x90\x91\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x01a\x0B\xB5V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x17\x90U_a\x19\x10a-|V[\x90Pa\x19\x1D\x81`\x01aZ;V[`\x02\x83\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U`\xFF\x83\x16_\x90\x81R`\x04` R`@\x81 \x90a\x19\x80\x83a-\x86V[c\xFF\xFF\xFF\xFF\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x90U`\x02\x80Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82\x04`\x01`\xFF\x88\x16\x81\x81\x1B\x80\x19\x93\x90\x93\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x93\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x94\x16\x93\x90\x93\x17\x90\x93U\x91\x7FM\xB3\x15Y)\x81\x8C\xC2\x93\x81\xAA1\xA1\xCCl\xB5I\xC4\xEFd\x8B+\xD3\xDE\xE6\xD7)v\x85p\xAE\xA9\x91a\x1AH\x91\x90a/\xB0V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xA2PPPV[_a\x11\xB8\x82a7FV[_a\x1Az\x82aG\xC2V[`\x01\x81\x81\x01T\x91\x92P`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x90\x81`\x04\x81\x11\x15a\x1A\xA1Wa\x1A\xA1aTLV[\x14\x15\x80\x15a\x1A\xC1WP`\x02\x81`\x04\x81\x11\x15a\x1A\xBEWa\x1A\xBEaTLV[\x14\x15[\x15a\x1A\xFAW\x80`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0B\xB5\x91\x90aZ-V[_`\x01\x82`\x04\x81\x11\x15a\x1B\x0FWa\x1B\x0FaTLV[\x14a\x1B-W`\x02a\x1B\x1EaH V[a\x1B(\x91\x90aZ[V[a\x1B=V[a\x1B=`\x01`\xFF\x86\x16\x1B_a/\xB0V[`\x01\x84\x01\x80Tc\xFF\xFF\xFF\xFF\x83\x16u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17t\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P`\xFF\x84\x16\x7Ft\xFE\x07\xBF\xB2@\x06\r\xAE\x9EZx\xA9\xAD\xB4S\xAB\xB2<!\x1B\xDF7\xFD,zn\x80\xD2\xAB\x99\xAD\x82a\x1B\xD1\x81aH1V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01`@Q\x80\x91\x03\x90\xA2PPPPV[_a\x1C\t\x82aHlV[\x90P`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1C-Wa\x1C-aTLV[\x03a\x1CtW`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0B\xB5\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aZ-V[\x80T_\x90a\x1C\x97\x904\x90`\x01`\xA0\x1B\x90\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZwV[\x90Pj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C\xE1W`@Q\x7Fy\xB873\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0B\xB5V[\x81T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Bj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x82U`\x07\x80T4\x91\x90_\x90a\x1DB\x90\x84\x90o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aX\xEBV[\x92Pa\x01\0\n\x81T\x81o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\xFF\x16\x7F\xE7i\xFAc5\xAD\xA1&\xA3\xFCF\x99\x1B+b\xC1d\xA8$>\x014\xCF%\x8FAe\xD6?P\x9B\xC94\x83`@Qa\x1AY\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[_\x81\x81R`\x05` R`@\x90 T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x01a\x1D\xEEWP_[\x91\x90PV[`@Q\x7Fl\xED\x94}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R_\x90\x81\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cl\xED\x94}\x90`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1E{W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1E\x9F\x91\x90aZ\x8AV[\x91P\x91P_a\x1E\xB7\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aH\xDAV[\x90Pa\x1E\xC2\x81aAgV[__a\x1E\xF2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x8A\x8A\x8A_aBgV[P\x91P\x91P\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x1FYW`@Q\x7F\x9A\xEE\n\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8B\x16`\x04\x83\x01R\x83\x16`$\x82\x01R`D\x01a\x0B\xB5V[_`\x01`\x01`\xA0\x1B\x03\x82\x16\x15a\x1F\x98W`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 Ta\x1F\x91\x91\x90`\xFF\x16aZ\xC2V[\x90Pa \x02V[a\x1F\xA1\x84a;\x97V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x90 \x90\x91Pa\x1F\xC0\x90\x82\x86aA\xC6V[a \x02W`@Q\x7F\x83\x9F\x95\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_\x7FG\xC1K\x95_\xBF\x1B\x1F\x9F\xA2\xA8]j\\\xAA\x7F\xE55\xA8\x16\x03\xE3s\xF5\x07\x030\t\xC1\x90s\xA3\x8B`@Q` \x01a I\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa j\x81a6\xFEV[`@\x80Q`\xC0\x81\x01\x82R`\x01`\x01`\xA0\x1B\x03\x88\x81\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16` \x80\x85\x01\x91\x90\x91R3\x84\x86\x01R_``\x85\x01\x81\x90R`\xFF\x88\x16\x81R\x90\x81\x90R\x93\x84 `\x01\x90\x81\x01T\x90\x92\x16`\x80\x84\x01R`\xA0\x83\x01\x93\x90\x93Ra!\x1A\x92\x85\x92\x85\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90a7\xC4V[PPPPPPPPPPPV[_a!1\x82aG\xC2V[\x90P`\x03`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a!UWa!UaTLV[\x14\x15\x80\x15a!\x83WP`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a!\x80Wa!\x80aTLV[\x14\x15[\x15a!\xCAW`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0B\xB5\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aZ-V[`\x01\x81\x01T_\x90a!\xF9\x90u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aH1V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\"KW`@Q\x7Fw\x8C\xA1\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[\x81T`\x01\x80\x84\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R` \x83\x81R`@\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x90\x81\x17\x90\x91U\x81Q``\x81\x01\x83R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x83\x04\x91\x90\x91\x16\x84\x87\x01\x81\x90R\x94\x8E\x16\x8A\x81\x1B\x80\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x86\x04\x82\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x89\x8D\x01\x81\x90R\x92\x87\x16\x16\x80\x89R\x98\x90\x94\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x94\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x95\x16\x90\x97\x17\x93\x90\x93\x17\x95\x90\x95\x16\x17\x82U\x92\x86R\x93\x85\x90R\x91\x84 \x84\x81U\x95\x86\x01\x84\x90U\x94\x90\x91\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U`\x07\x80Tj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x88\x04\x16\x96\x94\x90\x94\x16\x94\x93\x91\x92\x86\x92a#\xDC\x90\x84\x90o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aZ\xDBV[\x92Pa\x01\0\n\x81T\x81o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\x01`\x01`\xA0\x1B\x03\x16\x87`\xFF\x16\x7F:-\xB7\xD21\\!b\xD4\xF4|)_QKZ\xAC\xF8E\x92\xE0$\xBCR\x98h\xAF\x8Dweg\xF7\x86`@Qa$Q\x91\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA3a\x13\x1F\x83\x85a,\xEEV[`@\x80Qa\x01\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x91\x90\x91R`\xFF\x82\x81\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x81Qa\x01 \x81\x01\x83R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x80\x83\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x96\x84\x01\x96\x90\x96R\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x87\x16\x15\x15\x93\x82\x01\x93\x90\x93R`\x01\x82\x01T\x92\x83\x16``\x82\x01R\x93\x94\x90\x92`\x80\x85\x01\x92\x04\x16`\x04\x81\x11\x15a%bWa%baTLV[`\x04\x81\x11\x15a%sWa%saTLV[\x81R`\x01\x82\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04c\xFF\xFF\xFF\xFF\x16` \x83\x01Ry\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x82\x01R`\x02\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16``\x84\x01Rh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x80\x90\x91\x01R\x90P_a%\xFFaH V[\x90P_`\x03\x83`\x80\x01Q`\x04\x81\x11\x15a&\x1AWa&\x1AaTLV[\x14\x80a&;WP`\x04\x83`\x80\x01Q`\x04\x81\x11\x15a&9Wa&9aTLV[\x14[\x90P`@Q\x80a\x01\x80\x01`@R\x80\x84_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84` \x01Qj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84``\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84`\x80\x01Q`\x04\x81\x11\x15a&\xA9Wa&\xA9aTLV[\x81R` \x01a&\xE4\x87`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x90\x92\x16\x91\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[\x15\x15\x81R`\xFF\x87\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x80\x89\x16\x80\x86R\x91\x84R\x93\x82\x90 Ta\xFF\xFF\x16\x92\x85\x01\x92\x90\x92R\x83\x01R`\xA0\x86\x01Q\x16``\x82\x01R`\x80\x01\x82a'6W_a'CV[a'C\x85`\xA0\x01QaH1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xE0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xC0\x01Qf\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84a\x01\0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x93PPPP\x91\x90PV[`@\x80Qa\x02\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x82\x90Ra\x01\xE0\x81\x01\x82\x90Ra\x02\0\x81\x01\x82\x90Ra\x02 \x81\x01\x82\x90Ra\x02@\x81\x01\x82\x90Ra\x02`\x81\x01\x82\x90Ra\x02\x80\x81\x01\x91\x90\x91R\x7F\xCF\xF0\xAB\x96\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_\x81\x81R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x80`\x04\x81\x85Z\xFA=__>\x80a(\xA4W=_\xFD[P=_\xF3[_a\x11\xB8\x82aH\xDAV[\x80`@Q` \x01a(\xC4\x91\x90a[\x1EV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x85\x81R`\x05\x90\x93R\x91 T\x14a)\"W`@Q\x7F\xA6D\xBD\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0B\xB5V[a)2`\xC0\x82\x01`\xA0\x83\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a)\x92Wa)S`\xC0\x82\x01`\xA0\x83\x01aR\x7FV[`@Q\x7F\x92\xEE\xE6\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_`\x01\x81a)\xA6`\xA0\x85\x01`\x80\x86\x01aP\xD8V[`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x80T\x90\x91Pa\x01\0\x90\x04`\xFF\x16\x15a*\x04W`@Q~\x84\xD2\x88\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0B\xB5V[_a*\x15`\x80\x84\x01``\x85\x01a[\xCFV[a*%`@\x85\x01` \x86\x01a[\xCFV[a*/\x91\x90a[\xE8V[_\x85\x81R`\x05` R`@\x90 `\x01\x90U\x82T\x90\x91P\x81\x90\x83\x90`\x02\x90a*k\x90\x84\x90b\x01\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\\\x0CV[\x92Pa\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x07_\x01`\x10\x82\x82\x82\x90T\x90a\x01\0\n\x90\x04o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a*\xD6\x91\x90aZ\xDBV[\x92Pa\x01\0\n\x81T\x81o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x08_\x82\x82Ta++\x91\x90aZwV[\x90\x91UPa+A\x90P`@\x84\x01` \x85\x01a[\xCFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a+\xB5Wa+d`@\x84\x01` \x85\x01a[\xCFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x06_a+\x82` \x87\x01\x87aP\xD8V[`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82Ta+\xAF\x91\x90aZwV[\x90\x91UPP[a+\xC5`\x80\x84\x01``\x85\x01a[\xCFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a,<Wa+\xE8`\x80\x84\x01``\x85\x01a[\xCFV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x06_a,\t``\x87\x01`@\x88\x01aP\xD8V[`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82Ta,6\x91\x90aZwV[\x90\x91UPP[`@Q\x84\x90\x7F\xF0<\xED\xD8J<[\xAB\xCB9\x1C\xFD\x19\xDB\xFA\xE9V\xFB`J\xB3\xAE6\xFE\xAB/\xF9\xD2\x17&\xE9+\x90_\x90\xA2PPPPV[`@\x80Q\x80\x82\x01\x90\x91R`\x07To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16` \x83\x01\x81\x90R`\x08T_\x93\x92\x90\x91\x90a,\xC0\x90GaX\x8AV[a,\xCA\x91\x90aX\x8AV[a,\xD4\x91\x90aX\x8AV[\x91PP\x90V[_a\x11\xB8\x82a/UV[_a\x11\xB8\x82a-\x86V[_\x82`\x01`\x01`\xA0\x1B\x03\x16\x82`@Q_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a-7W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a-<V[``\x91P[PP\x90P\x80a-wW`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPV[_a\x0B\x16CaH\xDAV[_a\x11\xB8c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a\\]V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x81\x84\x11a-\xF1W_a-\xFBV[a-\xFB\x82\x85aX\x8AV[\x90P\x83[\x81\x81\x11\x15a.\xBEW_`\x03\x81\x85a.\x17`\x01\x86aX\x8AV[a.!\x91\x90a\\\x8CV[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rd\x01\0\0\0\0\x90\x92\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x90\x92P\x90\x88\x16\x10a.\xADW` \x01Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93Pa\x11\xB8\x92PPPV[Pa.\xB7\x81a\\\x9FV[\x90Pa-\xFFV[P\x80\x15a.\xFFW`@Q\x7F\xA9U\x01\xF2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[P_\x94\x93PPPPV[__a/\x14\x86aI}V[\x90P\x80a/\"\x85\x85\x84aJAV[\x82a/-\x89\x89aJ\x81V[a/7\x91\x90aZwV[a/A\x91\x90aX\x8AV[a/K\x91\x90a\\\x8CV[\x96\x95PPPPPPV[_a/\x86c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a\\\xD3V[a\x11\xB8\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aZ;V[_`\x02a/\xBBaH V[a/\xC5\x91\x90aZ[V[`\x02T\x90\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16_\x82\x15a0\x8CW`\x03_\x83a0,`\x01\x87aX\x8AV[a06\x91\x90a\\\x8CV[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x81\x16\x82Rd\x01\0\0\0\0\x90\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Ra0\xA0V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01R[\x90P_\x85a0\xB5W\x86\x19\x82` \x01Q\x16a0\xBDV[\x86\x82` \x01Q\x17[\x90P\x83\x15\x80\x15\x90a0\xDCWP\x84c\xFF\xFF\xFF\xFF\x16\x82_\x01Qc\xFF\xFF\xFF\xFF\x16\x14[\x15a1]W\x80`\x03_\x85a0\xF1`\x01\x89aX\x8AV[a0\xFB\x91\x90a\\\x8CV[\x81R` \x01\x90\x81R` \x01_ _\x01`\x04a\x01\0\n\x81T\x81{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa2EV[`@\x80Q\x80\x82\x01\x90\x91Rc\xFF\xFF\xFF\xFF\x86\x16\x81R{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16` \x82\x01R`\x03_a1\xA1\x86\x88a\\\x8CV[\x81R` \x80\x82\x01\x92\x90\x92R`@\x01_ \x82Q\x92\x90\x91\x01Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16d\x01\0\0\0\0\x02c\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90Ua1\xF6\x84`\x01aZwV[`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U[PPPP\x92\x91PPV[a2_`@\x82\x01` \x83\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a2y`@\x84\x01` \x85\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a2\xC2WPa2\x9B``\x82\x01`@\x83\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a2\xB5``\x84\x01`@\x85\x01aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a2\xD5WP\x80``\x015\x82``\x015\x14\x15[\x15a3\x0CW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPV[__\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a4dW`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 a4\x86V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[\x90P_a4\xFE\x82a4\xC4\x88`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x90P_a5@\x82\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPaJ\x99\x92PPPV[P\x90\x94P\x90P_\x81`\x03\x81\x11\x15a5YWa5YaTLV[\x14a5\x90W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x93\x92PPPV[_a5\xA4\x84a7FV[\x90Pa5\xAF\x82a=kV[`\x01`\xFF\x82\x16\x1Ba5\xC2a\x041\x84a-\x86V[\x16_\x03a6\x10W`@Q\x7F\xB2\x1F\xD2M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`$\x82\x01R`D\x01a\x0B\xB5V[`\x04`\xFF\x80\x83\x16_\x90\x81R` \x81\x90R`@\x90 `\x01\x01T`\x01`\xA0\x1B\x90\x04\x16`\x04\x81\x11\x15a6AWa6AaTLV[\x03a6}W`@Q\x7F\xE4\xE87J\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[`@\x80Q\x7F\x92\x0Bbs0H\xD3c9l\x99\xC8\xA7Gc\xE8h\x03\xC8\xE9\x0C9\\\x8D\x0B\xDB\xAC\x8F\xDA\x18\x15Q` \x82\x01R`\x01`\x01`\xA0\x1B\x03\x86\x16\x91\x81\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16``\x82\x01Ra6\xF7\x90`\x01`\xFF\x84\x16\x90\x81\x1B\x91_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 3a>YV[PPPPPV[_\x81\x81R`\x05` R`@\x90 T\x15a\tMW`@Q\x7F\xEA\x036\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0B\xB5V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a7pWP`\xFF\x81\x81\x16\x14[\x15a7\xB2W`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[a7\xBD`\x01\x82aZ\xC2V[\x93\x92PPPV[`\xFF\x85\x16_\x90\x81R` \x81\x90R`@\x81 \x80T\x90\x91`\x01`\xA0\x1B\x90\x91\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x85\x10a8\tW\x81j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a8\x0BV[\x84[\x90P_a'\x10a8?a\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aX\x9DV[a8I\x91\x90a\\\xF6V[\x90P_\x81\x90P\x80k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86` \x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a8\x8CWk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16` \x87\x01R[` \x86\x01Qa8\x9B\x90\x82a\\\x0CV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16``\x87\x01R_a8\xC6\x84j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16aX\x8AV[`@\x80Q\x80\x82\x01\x90\x91R`\x07To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16` \x83\x01R\x91\x92P\x90\x85\x90\x82\x90a9\x18\x90\x83\x90aZ\xDBV[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RP_\x84\x90\x03a9\x86W\x86T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Bj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x02\x17\x87U_\x8A\x81R`\x05` R`@\x90 `\x01\x90Ua;\x05V[\x86Tj\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x01`\xA0\x1B\x02`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x17\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x87Uc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a:\x0Ea9\xFEa-|V[a:\t\x90`\x01aZ;V[a/UV[a:\x18\x91\x90aZ;V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x89\x01R`@Qa:8\x90\x89\x90` \x01a]\tV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 _\x8D\x81R`\x05\x84R\x91\x90\x91 U``\x89\x01Q\x90\x89\x01Qa:p\x91\x90a[\xE8V[`\x80\x89\x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x01` R`@\x90 \x80T`\x02\x90a:\xAF\x90\x84\x90b\x01\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a[\xE8V[\x92Pa\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83\x81` \x01\x81\x81Qa:\xEF\x91\x90aX\xEBV[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RP[\x80Q` \x82\x01Qo\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x91\x16\x17`\x07U\x89\x8B`\x05\x81\x11\x15a;LWa;LaTLV[\x8D`\xFF\x16\x7Fm\x9E\x98\xD4\x07\xFCHl\xB7\x1E\x98)\n\xFBR\xC6@\x0C\x8AY7\x11\xF5\xBC\xDEa;\x04Q\x1F%g\x88\x8C`@Qa;\x81\x92\x91\x90a]\x8DV[`@Q\x80\x91\x03\x90\xA4PPPPPPPPPPPPV[__a;\xA2\x83a-\x86V[\x90P_a;\xAE\x82a\x13(V[\x90P_a;\xBA\x82aI}V[\x90P\x80_\x03a<\x01W`@Q\x7F\x97\xB2`\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[a\x13\xE5\x82a<]a<L\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85aJAV[aJ\xE2V[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a<\xFEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a=\"\x91\x90a^\x17V[\x14a3\x0CW` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[a=sa-|V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a=\xCCW`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a>\x01a:\t\x83`\x01aZ;V[a>\x0B\x91\x90aZ;V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\tMW`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[__a>ca-|V[\x90P_\x81\x90P_`@Q\x80a\x01@\x01`@R\x80\x83f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01`\x02a>\x90\x86a-\x86V[a>\x9A\x91\x90aZ[V[c\xFF\xFF\xFF\xFF\x16\x81R`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R_`@\x82\x01\x81\x90R``\x82\x01\x81\x90R`\x80\x82\x01\x81\x90R`\xA0\x82\x01\x81\x90R`\xC0\x82\x01R`\xE0\x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a?)Wa?)aY\x13V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a?RW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x81R_` \x90\x91\x01R\x90P\x87[\x89\x81\x1C\x15a?\x85W`\x01\x8A\x82\x1C\x16\x15a?}Wa?}\x81\x83aK0V[`\x01\x01a?`V[P\x80``\x01Q_\x03a?\x9CW_\x93PPPPa\x13\xE5V[a\x01\0\x81\x01Qa\x01 \x82\x01Q\x80\x82R`\x01`\x01`\xA0\x1B\x03\x87\x16\x88\x8A`\x05\x81\x11\x15a?\xC8Wa?\xC8aTLV[\x7F\xF5\xC78TI\xA5W\x0B\xF1\xC5\xB7_G^\xD8\xAB\xA3XF\xC7\x14+L\xE1\x0E\xA4\x1E\xAA\xE8\xD9Ce\x86``\x01Q\x87`\xE0\x01Q\x87`@Qa@\x03\x93\x92\x91\x90a^.V[`@Q\x80\x91\x03\x90\xA4PP\x80``\x01Q\x81`@\x01Q\x17`\x02_\x01`\x0Ca\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x80`\x80\x01Q_\x14a@eWa@c\x81`\x80\x01Q_a/\xB0V[P[`@\x80Q\x80\x82\x01\x90\x91R`\x07To\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x16` \x83\x01R`\xA0\x83\x01Qa@\xB2\x91aZ\xDBV[\x82`\xC0\x01Q\x82` \x01Qa@\xC6\x91\x90aZ\xDBV[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16` \x84\x01\x81\x90R\x91\x16\x80\x83Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x02\x17`\x07U`\xE0\x82\x01Q`\x08\x80T_\x90aA\x15\x90\x84\x90aZwV[\x90\x91UPP`\xE0\x82\x01Q\x15aAVW`\xE0\x82\x01Q`\x01`\x01`\xA0\x1B\x03\x87\x16_\x90\x81R`\x06` R`@\x81 \x80T\x90\x91\x90aAP\x90\x84\x90aZwV[\x90\x91UPP[P``\x01Q\x98\x97PPPPPPPPV[aAoa-|V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a=\xCCW`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[`\x02\x83\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x83\x16\x10\x15aA\xF5WP_a7\xBDV[`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x85\x16\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x15\x80aB_WP`\x01\x84\x01Ty\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x10[\x94\x93PPPPV[____\x89`\x01`\x01`\xA0\x1B\x03\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15aB\xA7W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90aB\xCB\x91\x90a^\x82V[\x90P\x85_\x81\x90\x03aC(Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15aC\x18W`@Q\x7F\xD2\xCFBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___\x94P\x94P\x94PPPaE\xABV[_[\x81\x81\x10\x15aDSW_\x89\x89\x83\x81\x81\x10aCEWaCEa^\x9DV[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90aC\\\x91\x90aY@V[\x90PaCr\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16aZwV[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14aC\xBBW`@Q\x7F\x01\xA2\xB8N\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0B\xB5V[aC\xC5\x8D\x82a<bV[\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15aC\xEBWPaDKV[\x80`\xC0\x01Q\x96P\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15aD%WP`\xE0\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15\x15[\x15aDIW`\xE0\x81\x01Q\x95P`\x01`\x01`\xA0\x1B\x03\x80\x89\x16\x90\x87\x16\x03aDIW`\x01\x94P[P[`\x01\x01aC*V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x15\x80\x15\x90aD\xABWP\x89g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x88_\x81\x81\x10aD\x85WaD\x85a^\x9DV[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90aD\x9E\x91\x90aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15aD\xEEW`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x8Ag\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aE\x0F\x91\x90aZwV[\x14\x15\x80\x15aEeWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x88\x88aE0`\x01\x85aX\x8AV[\x81\x81\x10aE?WaE?a^\x9DV[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90aEX\x91\x90aR\x7FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15aE\xA8W`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[PP[\x96P\x96P\x96\x93PPPPV[`\x02\x80T`\x01`\xFF\x85\x16\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x84\x04\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90UaF\x17a-|V[`\x01\x82\x01\x80Tf\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02x\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90UaF\x98c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16CaZ;V[`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x80\x82\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01\x83\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aG\x19WaG\x19aTLV[\x03aGrWaG.`\x01`\xFF\x85\x16\x1B_a/\xB0V[`\x01\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P[`\x02\x82\x01T`@\x80Qc\xFF\xFF\xFF\xFF\x84\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16` \x83\x01R`\xFF\x85\x16\x91\x7F\x014mo\xC7A\xD2\x81%\x86\xFE\xBE\xAD\x80C\xA0\xD4\xA1\xF2\x7F?\x91W\xE4 {\xC5\x1B\xD8_\xBF\x1F\x91\x01a\x1AYV[_aG\xCC\x82aHlV[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14a\x1D\xEEW\x80T`@Q\x7F$Z\xEC\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_a\x0B\x16aH,a-|V[a-\x86V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16aHb\x83aN\xA8V[a\x11\xB8\x91\x90aZ;V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x81 \x90`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aH\x9EWaH\x9EaTLV[\x03a\x1D\xEEW`@Q\x7F\xB3\xD2\0t\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01R`$\x01a\x0B\xB5V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x10aIvWc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aIgg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aX\x8AV[aIq\x91\x90a\\\xF6V[a\x11\xB8V[_\x92\x91PPV[_`\x80\x82\x90\x1C\x15aI\xBDW`@Q\x7F\x93\xB4\xEC\xF9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0B\xB5V[`\x01\x82\x90\x1CoUUUUUUUUUUUUUUUU\x16\x82\x03\x91P`\x02\x82\x90\x1Co3333333333333333\x16\x82o3333333333333333\x16\x01\x91P`\x04\x82\x90\x1C\x82\x01o\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16\x91P`x\x82o\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x90\x1C`\xFF\x16\x90P\x91\x90PV[_\x81\x84\x84`@Q` \x01aJ_\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1CaB_\x91\x90a\\\x8CV[_a7\xBDaJ\x92`\x01\x80\x85\x1BaX\x8AV[\x84\x16aI}V[___\x83Q`A\x03aJ\xD0W` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1AaJ\xC2\x88\x82\x85\x85aO\x12V[\x95P\x95P\x95PPPPaJ\xDBV[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[_\x80[\x83\x82\x1C\x15aK!W`\x01\x82\x1B\x84\x16\x15aK\x11W\x82\x81\x03aK\x05WPa\x11\xB8V[aK\x0E\x81a^\xCAV[\x90P[aK\x1A\x82a^\xCAV[\x91PaJ\xE5V[aK)a_\x01V[P\x92\x91PPV[`\xFF\x80\x83\x16_\x90\x81R` \x81\x90R`@\x90 `\x01\x81\x01T\x90\x91`\x01`\xA0\x1B\x90\x91\x04\x16`\x04\x81`\x04\x81\x11\x15aKfWaKfaTLV[\x03aKqWPPPPV[\x81T_\x90\x81\x90\x7F\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\xFF\x16aK\xA7W_aK\xC0V[`\x01\x84\x01TaK\xC0\x90\x87\x90`\x01`\x01`\xA0\x1B\x03\x16aO\xDAV[\x84T\x90\x91P`\x01`\xA0\x1B\x90\x04j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aK\xF1k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x82aZwV[\x92P\x80j\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`\xA0\x01QaL\x10\x91\x90aZwV[\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x87`\xC0\x01QaL.\x91\x90aZwV[`\xC0\x88\x01R`\xA0\x87\x01RPP\x82T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83U`@\x84\x01Q_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xFF\x87\x16\x1C`\x01\x16\x15aL\xB2W`\x01\x84\x01Ty\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aL\xB5V[\x84Q[\x90P_`\x01\x84`\x04\x81\x11\x15aL\xCCWaL\xCCaTLV[\x14\x80aL\xE9WP`\x02\x84`\x04\x81\x11\x15aL\xE7WaL\xE7aTLV[\x14[aM\x16W`\x01\x85\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aM\x1CV[\x85` \x01Q[`\x01\x86\x81\x01\x80Tt\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90\x91P\x84`\x04\x81\x11\x15aM\xF3WaM\xF3aTLV[\x03aN\tW`\x80\x86\x01\x80Q`\x01`\xFF\x8A\x16\x1B\x17\x90R[``\x86\x01\x80Q`\x01`\xFF\x8A\x16\x1B\x17\x90Ra'\x10aNJa\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x85aX\x9DV[aNT\x91\x90a\\\xF6V[\x86`\xE0\x01\x81\x81QaNe\x91\x90aZwV[\x90RPa\x01\0\x86\x01Qa\x01 \x87\x01\x80Q\x85\x92\x91aN\x81\x82a^\xCAV[\x90R\x81Q\x81\x10aN\x93WaN\x93a^\x9DV[` \x02` \x01\x01\x81\x81RPPPPPPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x83c\xFF\xFF\xFF\xFF\x16aO\x08\x91\x90a\\\xD3V[a/\x86\x91\x90a\\\xD3V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15aOKWP_\x91P`\x03\x90P\x82aO\xD0V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15aO\x9CW=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16aO\xC7WP_\x92P`\x01\x91P\x82\x90PaO\xD0V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x90 \x80Tb\x01\0\0\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90\x81\x15aK)W\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\xFF\x16a\x01\0\x17\x81U`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90`\xFF\x86\x16\x90\x7F\xFD\xAFa\xB6\x85\x85%\xBC\xD5\x94\xFBn\xB5x\xDF\xC4\xCA\x86I\x84\xA8\rT\x99)\xFA\xB8\xC9\xD5\x04\x08I\x90` \x01`@Q\x80\x91\x03\x90\xA3P\x92\x91PPV[\x805`\xFF\x81\x16\x81\x14a\x1D\xEEW__\xFD[_` \x82\x84\x03\x12\x15aP\xB0W__\xFD[a7\xBD\x82aP\x90V[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\tMW__\xFD[\x805a\x1D\xEE\x81aP\xB9V[_` \x82\x84\x03\x12\x15aP\xE8W__\xFD[\x815a7\xBD\x81aP\xB9V[_a\x01\0\x82\x84\x03\x12\x15aQ\x04W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12aQ\x1AW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ1W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aQHW__\xFD[\x92P\x92\x90PV[______a\x02@\x87\x89\x03\x12\x15aQeW__\xFD[aQo\x88\x88aP\xF3V[\x95Pa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ\x8BW__\xFD[aQ\x97\x89\x82\x8A\x01aQ\nV[\x90\x96P\x94PaQ\xAC\x90P\x88a\x01 \x89\x01aP\xF3V[\x92Pa\x02 \x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ\xC8W__\xFD[aQ\xD4\x89\x82\x8A\x01aQ\nV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[_______`\xE0\x88\x8A\x03\x12\x15aQ\xFCW__\xFD[\x875aR\x07\x81aP\xB9V[\x96P` \x88\x015`\x06\x81\x10aR\x1AW__\xFD[\x95P`@\x88\x015\x94P``\x88\x015\x93P`\x80\x88\x015aR8\x81aP\xB9V[\x92P`\xA0\x88\x015\x91P`\xC0\x88\x015aRO\x81aP\xB9V[\x80\x91PP\x92\x95\x98\x91\x94\x97P\x92\x95PV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\tMW__\xFD[\x805a\x1D\xEE\x81aR_V[_` \x82\x84\x03\x12\x15aR\x8FW__\xFD[\x815a7\xBD\x81aR_V[____a\x02 \x85\x87\x03\x12\x15aR\xAEW__\xFD[aR\xB8\x86\x86aP\xF3V[\x93Pa\x01\0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aR\xD4W__\xFD[aR\xE0\x87\x82\x88\x01aQ\nV[\x90\x94P\x92PaR\xF5\x90P\x86a\x01 \x87\x01aP\xF3V[\x90P\x92\x95\x91\x94P\x92PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1D\xEEW__\xFD[_` \x82\x84\x03\x12\x15aS#W__\xFD[a7\xBD\x82aS\0V[____`\x80\x85\x87\x03\x12\x15aS?W__\xFD[\x845\x93P` \x85\x015aSQ\x81aR_V[\x92P`@\x85\x015\x91P``\x85\x015aSh\x81aP\xB9V[\x93\x96\x92\x95P\x90\x93PPV[_` \x82\x84\x03\x12\x15aS\x83W__\xFD[P5\x91\x90PV[____``\x85\x87\x03\x12\x15aS\x9DW__\xFD[\x845aS\xA8\x81aR_V[\x93P` \x85\x015aS\xB8\x81aR_V[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aS\xD3W__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aS\xE3W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aS\xF9W__\xFD[\x87` \x82`\x08\x1B\x84\x01\x01\x11\x15aT\rW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[__`@\x83\x85\x03\x12\x15aT,W__\xFD[aT5\x83aP\x90V[\x91PaTC` \x84\x01aS\0V[\x90P\x92P\x92\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10aT\xAEW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01\x80\x81\x01` \x83\x01QaT\xE3` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaT\xFE`@\x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[P``\x83\x01QaU\x11``\x84\x01\x82aTyV[P`\x80\x83\x01QaU%`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01QaU;`\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaUS`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaUk`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaU\x89a\x01\0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaU\xA7a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaU\xC5a\x01@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01QaK)a\x01`\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x02\xA0\x81\x01` \x83\x01QaV\x15` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaV*`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01QaVB``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaVZ`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaVr`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaV\x8A`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaV\xA2`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaV\xBCa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaV\xD6a\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaV\xEEa\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01QaW\x08a\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaW*a\x01\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaWLa\x01\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01QaWna\x01\xC0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xE0\x83\x01QaW\x90a\x01\xE0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02\0\x83\x01QaW\xB2a\x02\0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02 \x83\x01QaW\xD4a\x02 \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02@\x83\x01QaW\xECa\x02@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02`\x83\x01QaX\x0Ea\x02`\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02\x80\x83\x01QaK)a\x02\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[__\x82\x84\x03`\xE0\x81\x12\x15aX:W__\xFD[\x835\x92P`\xC0`\x1F\x19\x82\x01\x12\x15aXOW__\xFD[P` \x83\x01\x90P\x92P\x92\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x11\xB8Wa\x11\xB8aX]V[_`\xFF\x82\x16`\xFF\x81\x03aX\xC9WaX\xC9aX]V[`\x01\x01\x92\x91PPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15aYRW__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aY\x9CW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@RaY\xA8\x83aRtV[\x81RaY\xB6` \x84\x01aRtV[` \x82\x01RaY\xC7`@\x84\x01aRtV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01RaY\xF6`\xC0\x84\x01aRtV[`\xC0\x82\x01RaZ\x07`\xE0\x84\x01aP\xCDV[`\xE0\x82\x01R\x93\x92PPPV[a\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[` \x81\x01a\x11\xB8\x82\x84aTyV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x80\x82\x01\x80\x82\x11\x15a\x11\xB8Wa\x11\xB8aX]V[__`@\x83\x85\x03\x12\x15aZ\x9BW__\xFD[\x82QaZ\xA6\x81aR_V[` \x84\x01Q\x90\x92PaZ\xB7\x81aP\xB9V[\x80\x91PP\x92P\x92\x90PV[`\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x805k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1D\xEEW__\xFD[`\xC0\x81\x01\x825a[-\x81aP\xB9V[`\x01`\x01`\xA0\x1B\x03\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa[Q` \x85\x01a[\x03V[\x16` \x83\x01R`@\x83\x015a[e\x81aP\xB9V[`\x01`\x01`\xA0\x1B\x03\x16`@\x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFa[\x8C``\x85\x01a[\x03V[\x16``\x83\x01R`\x80\x83\x015a[\xA0\x81aP\xB9V[`\x01`\x01`\xA0\x1B\x03\x16`\x80\x83\x01Ra[\xBA`\xA0\x84\x01aRtV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16`\xA0\x84\x01RaK)V[_` \x82\x84\x03\x12\x15a[\xDFW__\xFD[a7\xBD\x82a[\x03V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x11\xB8Wa\x11\xB8aX]V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80a\\vWa\\va\\0V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[_\x82a\\\x9AWa\\\x9Aa\\0V[P\x06\x90V[_\x81a\\\xADWa\\\xADaX]V[P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14aK)WaK)aX]V[_\x82a]\x04Wa]\x04a\\0V[P\x04\x90V[`\xC0\x81\x01a\x11\xB8\x82\x84`\x01`\x01`\xA0\x1B\x03\x81Q\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03`@\x82\x01Q\x16`@\x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x82\x01Q\x16``\x83\x01R`\x01`\x01`\xA0\x1B\x03`\x80\x82\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x83\x01RPPV[\x82\x81R`\xE0\x81\x01a7\xBD` \x83\x01\x84`\x01`\x01`\xA0\x1B\x03\x81Q\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x82\x01Q\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03`@\x82\x01Q\x16`@\x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x82\x01Q\x16``\x83\x01R`\x01`\x01`\xA0\x1B\x03`\x80\x82\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x82\x01Q\x16`\xA0\x83\x01RPPV[_` \x82\x84\x03\x12\x15a^'W__\xFD[PQ\x91\x90PV[_``\x82\x01\x85\x83R\x84` \x84\x01R```@\x84\x01R\x80\x84Q\x80\x83R`\x80\x85\x01\x91P` \x86\x01\x92P_[\x81\x81\x10\x15a^uW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a^WV[P\x90\x97\x96PPPPPPPV[_` \x82\x84\x03\x12\x15a^\x92W__\xFD[\x81Qa7\xBD\x81aR_V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a^\xFAWa^\xFAaX]V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x01`\x04R`$_\xFD",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct BatchHeader { uint64 l2ChainId; uint64 batchNumber; uint64 slot; bytes32 parentHash; bytes32 dataCommitment; bytes32 txRoot; uint64 queuePosition; address sequencer; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BatchHeader {
        #[allow(missing_docs)]
        pub l2ChainId: u64,
        #[allow(missing_docs)]
        pub batchNumber: u64,
        #[allow(missing_docs)]
        pub slot: u64,
        #[allow(missing_docs)]
        pub parentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub dataCommitment: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub txRoot: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub queuePosition: u64,
        #[allow(missing_docs)]
        pub sequencer: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            u64,
            u64,
            u64,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
            alloy::sol_types::private::FixedBytes<32>,
            u64,
            alloy::sol_types::private::Address,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BatchHeader> for UnderlyingRustTuple<'_> {
            fn from(value: BatchHeader) -> Self {
                (
                    value.l2ChainId,
                    value.batchNumber,
                    value.slot,
                    value.parentHash,
                    value.dataCommitment,
                    value.txRoot,
                    value.queuePosition,
                    value.sequencer,
                )
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BatchHeader {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    l2ChainId: tuple.0,
                    batchNumber: tuple.1,
                    slot: tuple.2,
                    parentHash: tuple.3,
                    dataCommitment: tuple.4,
                    txRoot: tuple.5,
                    queuePosition: tuple.6,
                    sequencer: tuple.7,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for BatchHeader {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for BatchHeader {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.l2ChainId,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.batchNumber,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.parentHash,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.dataCommitment,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.txRoot,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.queuePosition,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.sequencer,
                    ),
                )
            }
            #[inline]
            fn stv_abi_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encoded_size(&tuple)
            }
            #[inline]
            fn stv_eip712_data_word(&self) -> alloy_sol_types::Word {
                <Self as alloy_sol_types::SolStruct>::eip712_hash_struct(self)
            }
            #[inline]
            fn stv_abi_encode_packed_to(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_encode_packed_to(&tuple, out)
            }
            #[inline]
            fn stv_abi_packed_encoded_size(&self) -> usize {
                if let Some(size) = <Self as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE {
                    return size;
                }
                let tuple = <UnderlyingRustTuple<'_> as ::core::convert::From<Self>>::from(self.clone());
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::abi_packed_encoded_size(&tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for BatchHeader {
            type RustType = Self;
            type Token<'a> = <UnderlyingSolTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SOL_NAME: &'static str = <Self as alloy_sol_types::SolStruct>::NAME;
            const ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::ENCODED_SIZE;
            const PACKED_ENCODED_SIZE: Option<usize> =
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::PACKED_ENCODED_SIZE;
            #[inline]
            fn valid_token(token: &Self::Token<'_>) -> bool {
                <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::valid_token(token)
            }
            #[inline]
            fn detokenize(token: Self::Token<'_>) -> Self::RustType {
                let tuple = <UnderlyingSolTuple<'_> as alloy_sol_types::SolType>::detokenize(token);
                <Self as ::core::convert::From<UnderlyingRustTuple<'_>>>::from(tuple)
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolStruct for BatchHeader {
            const NAME: &'static str = "BatchHeader";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "BatchHeader(uint64 l2ChainId,uint64 batchNumber,uint64 slot,bytes32 parentHash,bytes32 dataCommitment,bytes32 txRoot,uint64 queuePosition,address sequencer)",
                )
            }
            #[inline]
            fn eip712_components(
            ) -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                alloy_sol_types::private::Vec::new()
            }
            #[inline]
            fn eip712_encode_type() -> alloy_sol_types::private::Cow<'static, str> {
                <Self as alloy_sol_types::SolStruct>::eip712_root_type()
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.l2ChainId)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.batchNumber)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slot)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.parentHash)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(
                            &self.dataCommitment,
                        )
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.txRoot)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.queuePosition)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.sequencer,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for BatchHeader {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.l2ChainId,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.batchNumber,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.slot)
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.parentHash,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.dataCommitment,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.txRoot,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.queuePosition,
                    )
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.sequencer,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.l2ChainId,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.batchNumber,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slot, out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.parentHash,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.dataCommitment,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.txRoot,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.queuePosition,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.sequencer,
                    out,
                );
            }
            #[inline]
            fn encode_topic(rust: &Self::RustType) -> alloy_sol_types::abi::token::WordToken {
                let mut out = alloy_sol_types::private::Vec::new();
                <Self as alloy_sol_types::EventTopic>::encode_topic_preimage(rust, &mut out);
                alloy_sol_types::abi::token::WordToken(alloy_sol_types::private::keccak256(out))
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyEjected(uint8)` and selector `0xe4e8374a`.
    ```solidity
    error AlreadyEjected(uint8 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyEjected {
        #[allow(missing_docs)]
        pub id: u8,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyEjected> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyEjected) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyEjected {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyEjected {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyEjected(uint8)";
            const SELECTOR: [u8; 4] = [228u8, 232u8, 55u8, 74u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadyProven(bytes32)` and selector `0xea033684`.
    ```solidity
    error AlreadyProven(bytes32 evidence);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadyProven {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<AlreadyProven> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadyProven) -> Self {
                (value.evidence,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadyProven {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { evidence: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadyProven {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadyProven(bytes32)";
            const SELECTOR: [u8; 4] = [234u8, 3u8, 54u8, 132u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                    &self.evidence,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `BondTooHigh(uint256)` and selector `0x79b83733`.
    ```solidity
    error BondTooHigh(uint256 bond);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BondTooHigh {
        #[allow(missing_docs)]
        pub bond: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BondTooHigh> for UnderlyingRustTuple<'_> {
            fn from(value: BondTooHigh) -> Self {
                (value.bond,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BondTooHigh {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { bond: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BondTooHigh {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BondTooHigh(uint256)";
            const SELECTOR: [u8; 4] = [121u8, 184u8, 55u8, 51u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.bond),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `BondTooLow(uint256,uint256)` and selector `0x000155b5`.
    ```solidity
    error BondTooLow(uint256 minimum, uint256 actual);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BondTooLow {
        #[allow(missing_docs)]
        pub minimum: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub actual: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Uint<256>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U256,
            alloy::sol_types::private::primitives::aliases::U256,
        );
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<BondTooLow> for UnderlyingRustTuple<'_> {
            fn from(value: BondTooLow) -> Self {
                (value.minimum, value.actual)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BondTooLow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { minimum: tuple.0, actual: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BondTooLow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BondTooLow(uint256,uint256)";
            const SELECTOR: [u8; 4] = [0u8, 1u8, 85u8, 181u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.minimum,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.actual,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `CooldownActive(uint64)` and selector `0x15f3b7ab`.
    ```solidity
    error CooldownActive(uint64 unjailableAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CooldownActive {
        #[allow(missing_docs)]
        pub unjailableAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<CooldownActive> for UnderlyingRustTuple<'_> {
            fn from(value: CooldownActive) -> Self {
                (value.unjailableAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CooldownActive {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { unjailableAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CooldownActive {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CooldownActive(uint64)";
            const SELECTOR: [u8; 4] = [21u8, 243u8, 183u8, 171u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.unjailableAt,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `EpochPruned(uint32)` and selector `0xa95501f2`.
    ```solidity
    error EpochPruned(uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EpochPruned {
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u32,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<EpochPruned> for UnderlyingRustTuple<'_> {
            fn from(value: EpochPruned) -> Self {
                (value.epoch,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EpochPruned {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { epoch: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EpochPruned {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EpochPruned(uint32)";
            const SELECTOR: [u8; 4] = [169u8, 85u8, 1u8, 242u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.epoch),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `HeaderMismatch(uint64)` and selector `0x6b5aad3a`.
    ```solidity
    error HeaderMismatch(uint64 batchNumber);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HeaderMismatch {
        #[allow(missing_docs)]
        pub batchNumber: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<HeaderMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: HeaderMismatch) -> Self {
                (value.batchNumber,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HeaderMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { batchNumber: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HeaderMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HeaderMismatch(uint64)";
            const SELECTOR: [u8; 4] = [107u8, 90u8, 173u8, 58u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.batchNumber,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `HeadersDoNotCoverSlot(uint64)` and selector `0x0ee16aea`.
    ```solidity
    error HeadersDoNotCoverSlot(uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HeadersDoNotCoverSlot {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<HeadersDoNotCoverSlot> for UnderlyingRustTuple<'_> {
            fn from(value: HeadersDoNotCoverSlot) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HeadersDoNotCoverSlot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HeadersDoNotCoverSlot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HeadersDoNotCoverSlot(uint64)";
            const SELECTOR: [u8; 4] = [14u8, 225u8, 106u8, 234u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `HeadersNotConsecutive(uint256)` and selector `0x01a2b84e`.
    ```solidity
    error HeadersNotConsecutive(uint256 position);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HeadersNotConsecutive {
        #[allow(missing_docs)]
        pub position: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<HeadersNotConsecutive> for UnderlyingRustTuple<'_> {
            fn from(value: HeadersNotConsecutive) -> Self {
                (value.position,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HeadersNotConsecutive {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { position: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HeadersNotConsecutive {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HeadersNotConsecutive(uint256)";
            const SELECTOR: [u8; 4] = [1u8, 162u8, 184u8, 78u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.position,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `HeadersRequired()` and selector `0xd2cf4246`.
    ```solidity
    error HeadersRequired();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct HeadersRequired;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<HeadersRequired> for UnderlyingRustTuple<'_> {
            fn from(value: HeadersRequired) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for HeadersRequired {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for HeadersRequired {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "HeadersRequired()";
            const SELECTOR: [u8; 4] = [210u8, 207u8, 66u8, 70u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidParameters(string)` and selector `0xdd23c3ad`.
    ```solidity
    error InvalidParameters(string reason);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidParameters {
        #[allow(missing_docs)]
        pub reason: alloy::sol_types::private::String,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::String,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::String,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidParameters> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidParameters) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidParameters {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidParameters {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidParameters(string)";
            const SELECTOR: [u8; 4] = [221u8, 35u8, 195u8, 173u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.reason),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSignature()` and selector `0x8baa579f`.
    ```solidity
    error InvalidSignature();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSignature;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSignature> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSignature) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSignature {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSignature {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSignature()";
            const SELECTOR: [u8; 4] = [139u8, 170u8, 87u8, 159u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `InvalidSigner()` and selector `0x815e1d64`.
    ```solidity
    error InvalidSigner();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidSigner;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InvalidSigner> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidSigner) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidSigner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidSigner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidSigner()";
            const SELECTOR: [u8; 4] = [129u8, 94u8, 29u8, 100u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `LeaderPostedInSlot(uint64)` and selector `0xe4a9b2fb`.
    ```solidity
    error LeaderPostedInSlot(uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct LeaderPostedInSlot {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<LeaderPostedInSlot> for UnderlyingRustTuple<'_> {
            fn from(value: LeaderPostedInSlot) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for LeaderPostedInSlot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for LeaderPostedInSlot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "LeaderPostedInSlot(uint64)";
            const SELECTOR: [u8; 4] = [228u8, 169u8, 178u8, 251u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NoAccountableOperator(uint64)` and selector `0x839f95fc`.
    ```solidity
    error NoAccountableOperator(uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoAccountableOperator {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NoAccountableOperator> for UnderlyingRustTuple<'_> {
            fn from(value: NoAccountableOperator) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoAccountableOperator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoAccountableOperator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoAccountableOperator(uint64)";
            const SELECTOR: [u8; 4] = [131u8, 159u8, 149u8, 252u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NoLeader(uint64)` and selector `0x97b26095`.
    ```solidity
    error NoLeader(uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoLeader {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NoLeader> for UnderlyingRustTuple<'_> {
            fn from(value: NoLeader) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoLeader {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoLeader {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoLeader(uint64)";
            const SELECTOR: [u8; 4] = [151u8, 178u8, 96u8, 149u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotAccountable(uint8,uint64)` and selector `0x090b32d1`.
    ```solidity
    error NotAccountable(uint8 id, uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotAccountable {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<8>, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotAccountable> for UnderlyingRustTuple<'_> {
            fn from(value: NotAccountable) -> Self {
                (value.id, value.slot)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotAccountable {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, slot: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotAccountable {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotAccountable(uint8,uint64)";
            const SELECTOR: [u8; 4] = [9u8, 11u8, 50u8, 209u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotCensored(uint64,uint64)` and selector `0x9aee0aa2`.
    ```solidity
    error NotCensored(uint64 index, uint64 includedPosition);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotCensored {
        #[allow(missing_docs)]
        pub index: u64,
        #[allow(missing_docs)]
        pub includedPosition: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotCensored> for UnderlyingRustTuple<'_> {
            fn from(value: NotCensored) -> Self {
                (value.index, value.includedPosition)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotCensored {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { index: tuple.0, includedPosition: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotCensored {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotCensored(uint64,uint64)";
            const SELECTOR: [u8; 4] = [154u8, 238u8, 10u8, 162u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.index),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.includedPosition,
                    ),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotCommitteeContract()` and selector `0x53bb6fe5`.
    ```solidity
    error NotCommitteeContract();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotCommitteeContract;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotCommitteeContract> for UnderlyingRustTuple<'_> {
            fn from(value: NotCommitteeContract) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotCommitteeContract {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotCommitteeContract {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotCommitteeContract()";
            const SELECTOR: [u8; 4] = [83u8, 187u8, 111u8, 229u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotEquivocation()` and selector `0x0b69ebb3`.
    ```solidity
    error NotEquivocation();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotEquivocation;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotEquivocation> for UnderlyingRustTuple<'_> {
            fn from(value: NotEquivocation) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotEquivocation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotEquivocation {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotEquivocation()";
            const SELECTOR: [u8; 4] = [11u8, 105u8, 235u8, 179u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotOwner(address)` and selector `0x245aecd3`.
    ```solidity
    error NotOwner(address owner);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotOwner {
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotOwner> for UnderlyingRustTuple<'_> {
            fn from(value: NotOwner) -> Self {
                (value.owner,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotOwner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { owner: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotOwner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotOwner(address)";
            const SELECTOR: [u8; 4] = [36u8, 90u8, 236u8, 211u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.owner),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotReceiptsContract()` and selector `0x180b8d8e`.
    ```solidity
    error NotReceiptsContract();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotReceiptsContract;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotReceiptsContract> for UnderlyingRustTuple<'_> {
            fn from(value: NotReceiptsContract) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotReceiptsContract {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotReceiptsContract {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotReceiptsContract()";
            const SELECTOR: [u8; 4] = [24u8, 11u8, 141u8, 142u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotRosterBitmap(uint256)` and selector `0x93b4ecf9`.
    ```solidity
    error NotRosterBitmap(uint256 bits);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotRosterBitmap {
        #[allow(missing_docs)]
        pub bits: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotRosterBitmap> for UnderlyingRustTuple<'_> {
            fn from(value: NotRosterBitmap) -> Self {
                (value.bits,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotRosterBitmap {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { bits: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotRosterBitmap {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotRosterBitmap(uint256)";
            const SELECTOR: [u8; 4] = [147u8, 180u8, 236u8, 249u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.bits),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotScheduled(uint8,uint64)` and selector `0xb21fd24d`.
    ```solidity
    error NotScheduled(uint8 id, uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotScheduled {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<8>, alloy::sol_types::sol_data::Uint<64>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotScheduled> for UnderlyingRustTuple<'_> {
            fn from(value: NotScheduled) -> Self {
                (value.id, value.slot)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotScheduled {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, slot: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotScheduled {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotScheduled(uint8,uint64)";
            const SELECTOR: [u8; 4] = [178u8, 31u8, 210u8, 77u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),
                )
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NotWithdrawableYet(uint64)` and selector `0x778ca11c`.
    ```solidity
    error NotWithdrawableYet(uint64 withdrawableAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotWithdrawableYet {
        #[allow(missing_docs)]
        pub withdrawableAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotWithdrawableYet> for UnderlyingRustTuple<'_> {
            fn from(value: NotWithdrawableYet) -> Self {
                (value.withdrawableAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotWithdrawableYet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { withdrawableAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotWithdrawableYet {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotWithdrawableYet(uint64)";
            const SELECTOR: [u8; 4] = [119u8, 140u8, 161u8, 28u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.withdrawableAt,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `NothingOwed()` and selector `0x797dba54`.
    ```solidity
    error NothingOwed();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingOwed;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NothingOwed> for UnderlyingRustTuple<'_> {
            fn from(value: NothingOwed) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingOwed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingOwed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingOwed()";
            const SELECTOR: [u8; 4] = [121u8, 125u8, 186u8, 84u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `OutsideFaultWindow(uint64)` and selector `0x1bcb7c25`.
    ```solidity
    error OutsideFaultWindow(uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OutsideFaultWindow {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<OutsideFaultWindow> for UnderlyingRustTuple<'_> {
            fn from(value: OutsideFaultWindow) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OutsideFaultWindow {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OutsideFaultWindow {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OutsideFaultWindow(uint64)";
            const SELECTOR: [u8; 4] = [27u8, 203u8, 124u8, 37u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PayoutForfeited(bytes32)` and selector `0x0084d288`.
    ```solidity
    error PayoutForfeited(bytes32 evidence);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PayoutForfeited {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PayoutForfeited> for UnderlyingRustTuple<'_> {
            fn from(value: PayoutForfeited) -> Self {
                (value.evidence,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PayoutForfeited {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { evidence: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PayoutForfeited {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PayoutForfeited(bytes32)";
            const SELECTOR: [u8; 4] = [0u8, 132u8, 210u8, 136u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                    &self.evidence,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `PayoutLocked(uint64)` and selector `0x92eee68d`.
    ```solidity
    error PayoutLocked(uint64 releaseAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PayoutLocked {
        #[allow(missing_docs)]
        pub releaseAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<PayoutLocked> for UnderlyingRustTuple<'_> {
            fn from(value: PayoutLocked) -> Self {
                (value.releaseAt,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PayoutLocked {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { releaseAt: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PayoutLocked {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PayoutLocked(uint64)";
            const SELECTOR: [u8; 4] = [146u8, 238u8, 230u8, 141u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.releaseAt,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `RosterFull(uint256)` and selector `0x6b1c8ba0`.
    ```solidity
    error RosterFull(uint256 maxSequencers);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct RosterFull {
        #[allow(missing_docs)]
        pub maxSequencers: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<RosterFull> for UnderlyingRustTuple<'_> {
            fn from(value: RosterFull) -> Self {
                (value.maxSequencers,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for RosterFull {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { maxSequencers: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for RosterFull {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "RosterFull(uint256)";
            const SELECTOR: [u8; 4] = [107u8, 28u8, 139u8, 160u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.maxSequencers,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SignerAlreadyUsed(address)` and selector `0xaa6a4d5c`.
    ```solidity
    error SignerAlreadyUsed(address signer);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SignerAlreadyUsed {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SignerAlreadyUsed> for UnderlyingRustTuple<'_> {
            fn from(value: SignerAlreadyUsed) -> Self {
                (value.signer,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SignerAlreadyUsed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signer: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SignerAlreadyUsed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SignerAlreadyUsed(address)";
            const SELECTOR: [u8; 4] = [170u8, 106u8, 77u8, 92u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `SlotNotOver(uint64)` and selector `0x00dd52c8`.
    ```solidity
    error SlotNotOver(uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SlotNotOver {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<SlotNotOver> for UnderlyingRustTuple<'_> {
            fn from(value: SlotNotOver) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SlotNotOver {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SlotNotOver {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SlotNotOver(uint64)";
            const SELECTOR: [u8; 4] = [0u8, 221u8, 82u8, 200u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TransferFailed()` and selector `0x90b8ec18`.
    ```solidity
    error TransferFailed();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TransferFailed;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = ();
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = ();
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<TransferFailed> for UnderlyingRustTuple<'_> {
            fn from(value: TransferFailed) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TransferFailed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TransferFailed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TransferFailed()";
            const SELECTOR: [u8; 4] = [144u8, 184u8, 236u8, 24u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnknownOperator(uint8)` and selector `0xb3d20074`.
    ```solidity
    error UnknownOperator(uint8 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownOperator {
        #[allow(missing_docs)]
        pub id: u8,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u8,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownOperator> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownOperator) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownOperator {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownOperator {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownOperator(uint8)";
            const SELECTOR: [u8; 4] = [179u8, 210u8, 0u8, 116u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnknownPayout(bytes32)` and selector `0xa644bd0c`.
    ```solidity
    error UnknownPayout(bytes32 evidence);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownPayout {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownPayout> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownPayout) -> Self {
                (value.evidence,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownPayout {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { evidence: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownPayout {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownPayout(bytes32)";
            const SELECTOR: [u8; 4] = [166u8, 68u8, 189u8, 12u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                    &self.evidence,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnknownSigner(address)` and selector `0xd7e8a2c2`.
    ```solidity
    error UnknownSigner(address signer);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownSigner {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnknownSigner> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownSigner) -> Self {
                (value.signer,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownSigner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signer: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownSigner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownSigner(address)";
            const SELECTOR: [u8; 4] = [215u8, 232u8, 162u8, 194u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `WrongStatus(uint8)` and selector `0x359011cc`.
    ```solidity
    error WrongStatus(ISequencerRegistry.Status status);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongStatus {
        #[allow(missing_docs)]
        pub status: <ISequencerRegistry::Status as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (ISequencerRegistry::Status,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (<ISequencerRegistry::Status as alloy::sol_types::SolType>::RustType,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<WrongStatus> for UnderlyingRustTuple<'_> {
            fn from(value: WrongStatus) -> Self {
                (value.status,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongStatus {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { status: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongStatus {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongStatus(uint8)";
            const SELECTOR: [u8; 4] = [53u8, 144u8, 17u8, 204u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISequencerRegistry::Status as alloy_sol_types::SolType>::tokenize(&self.status),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Ejected(uint8,bytes32,address,uint256,uint256,uint256[])` and selector `0xf5c7385449a5570bf1c5b75f475ed8aba35846c7142b4ce10ea41eaae8d94365`.
    ```solidity
    event Ejected(ISequencerRegistry.Fault indexed fault, bytes32 indexed evidence, address indexed reporter, uint256 ids, uint256 bounty, uint256[] penalties);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Ejected {
        #[allow(missing_docs)]
        pub fault: <ISequencerRegistry::Fault as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub ids: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub bounty: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub penalties: alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Ejected {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                ISequencerRegistry::Fault,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Ejected(uint8,bytes32,address,uint256,uint256,uint256[])";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                245u8, 199u8, 56u8, 84u8, 73u8, 165u8, 87u8, 11u8, 241u8, 197u8, 183u8, 95u8, 71u8, 94u8,
                216u8, 171u8, 163u8, 88u8, 70u8, 199u8, 20u8, 43u8, 76u8, 225u8, 14u8, 164u8, 30u8, 170u8,
                232u8, 217u8, 67u8, 101u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    fault: topics.1,
                    evidence: topics.2,
                    reporter: topics.3,
                    ids: data.0,
                    bounty: data.1,
                    penalties: data.2,
                }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.ids),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.bounty),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.penalties),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (
                    Self::SIGNATURE_HASH.into(),
                    self.fault.clone(),
                    self.evidence.clone(),
                    self.reporter.clone(),
                )
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <ISequencerRegistry::Fault as alloy_sol_types::EventTopic>::encode_topic(&self.fault);
                out[2usize] =
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.evidence,
                    );
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                        &self.reporter,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Ejected {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Ejected> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Ejected) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EscrowForfeited(uint8,address,uint256)` and selector `0xfdaf61b6858525bcd594fb6eb578dfc4ca864984a80d549929fab8c9d5040849`.
    ```solidity
    event EscrowForfeited(uint8 indexed id, address indexed signer, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EscrowForfeited {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EscrowForfeited {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "EscrowForfeited(uint8,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                253u8, 175u8, 97u8, 182u8, 133u8, 133u8, 37u8, 188u8, 213u8, 148u8, 251u8, 110u8, 181u8,
                120u8, 223u8, 196u8, 202u8, 134u8, 73u8, 132u8, 168u8, 13u8, 84u8, 153u8, 41u8, 250u8, 184u8,
                201u8, 213u8, 4u8, 8u8, 73u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, signer: topics.2, amount: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.signer.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                        &self.signer,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EscrowForfeited {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EscrowForfeited> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EscrowForfeited) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ExitRequested(uint8,uint32,uint64)` and selector `0x74fe07bfb240060dae9e5a78a9adb453abb23c211bdf37fd2c7a6e80d2ab99ad`.
    ```solidity
    event ExitRequested(uint8 indexed id, uint32 leavesAtEpoch, uint64 withdrawableAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct ExitRequested {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub leavesAtEpoch: u32,
        #[allow(missing_docs)]
        pub withdrawableAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ExitRequested {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<32>, alloy::sol_types::sol_data::Uint<64>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<8>);
            const SIGNATURE: &'static str = "ExitRequested(uint8,uint32,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                116u8, 254u8, 7u8, 191u8, 178u8, 64u8, 6u8, 13u8, 174u8, 158u8, 90u8, 120u8, 169u8, 173u8,
                180u8, 83u8, 171u8, 178u8, 60u8, 33u8, 27u8, 223u8, 55u8, 253u8, 44u8, 122u8, 110u8, 128u8,
                210u8, 171u8, 153u8, 173u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, leavesAtEpoch: data.0, withdrawableAt: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.leavesAtEpoch,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.withdrawableAt,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ExitRequested {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ExitRequested> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ExitRequested) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Jailed(uint8,uint32,uint64)` and selector `0x01346d6fc741d2812586febead8043a0d4a1f27f3f9157e4207bc51bd85fbf1f`.
    ```solidity
    event Jailed(uint8 indexed id, uint32 leavesAtEpoch, uint64 unjailableAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Jailed {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub leavesAtEpoch: u32,
        #[allow(missing_docs)]
        pub unjailableAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Jailed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<32>, alloy::sol_types::sol_data::Uint<64>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<8>);
            const SIGNATURE: &'static str = "Jailed(uint8,uint32,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                1u8, 52u8, 109u8, 111u8, 199u8, 65u8, 210u8, 129u8, 37u8, 134u8, 254u8, 190u8, 173u8, 128u8,
                67u8, 160u8, 212u8, 161u8, 242u8, 127u8, 63u8, 145u8, 87u8, 228u8, 32u8, 123u8, 197u8, 27u8,
                216u8, 95u8, 191u8, 31u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, leavesAtEpoch: data.0, unjailableAt: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.leavesAtEpoch,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.unjailableAt,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Jailed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Jailed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Jailed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PayoutReleased(bytes32)` and selector `0xf03cedd84a3c5babcb391cfd19dbfae956fb604ab3ae36feab2ff9d21726e92b`.
    ```solidity
    event PayoutReleased(bytes32 indexed evidence);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct PayoutReleased {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PayoutReleased {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::FixedBytes<32>);
            const SIGNATURE: &'static str = "PayoutReleased(bytes32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                240u8, 60u8, 237u8, 216u8, 74u8, 60u8, 91u8, 171u8, 203u8, 57u8, 28u8, 253u8, 25u8, 219u8,
                250u8, 233u8, 86u8, 251u8, 96u8, 74u8, 179u8, 174u8, 54u8, 254u8, 171u8, 47u8, 249u8, 210u8,
                23u8, 38u8, 233u8, 43u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { evidence: topics.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                ()
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.evidence.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.evidence,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PayoutReleased {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PayoutReleased> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PayoutReleased) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `PayoutWithdrawn(address,uint256)` and selector `0xaa916bb7738886447c333e8803dd7d94e5fcb6acb2f5d5aa6502373dd59dc55b`.
    ```solidity
    event PayoutWithdrawn(address indexed account, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct PayoutWithdrawn {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PayoutWithdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "PayoutWithdrawn(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                170u8, 145u8, 107u8, 183u8, 115u8, 136u8, 134u8, 68u8, 124u8, 51u8, 62u8, 136u8, 3u8, 221u8,
                125u8, 148u8, 229u8, 252u8, 182u8, 172u8, 178u8, 245u8, 213u8, 170u8, 101u8, 2u8, 55u8, 61u8,
                213u8, 157u8, 197u8, 91u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { account: topics.1, amount: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.account.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                        &self.account,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PayoutWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PayoutWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PayoutWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Registered(uint8,address,address,uint256,uint32)` and selector `0x967be06242d1cd4e1649ba1dd17c96d2d50cf910f6f10260e85720eceadb0f3d`.
    ```solidity
    event Registered(uint8 indexed id, address indexed owner, address indexed signer, uint256 bond, uint32 fromEpoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Registered {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub bond: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub fromEpoch: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Registered {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Uint<32>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Registered(uint8,address,address,uint256,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                150u8, 123u8, 224u8, 98u8, 66u8, 209u8, 205u8, 78u8, 22u8, 73u8, 186u8, 29u8, 209u8, 124u8,
                150u8, 210u8, 213u8, 12u8, 249u8, 16u8, 246u8, 241u8, 2u8, 96u8, 232u8, 87u8, 32u8, 236u8,
                234u8, 219u8, 15u8, 61u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, owner: topics.2, signer: topics.3, bond: data.0, fromEpoch: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.bond),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.fromEpoch,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.owner.clone(), self.signer.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                        &self.owner,
                    );
                out[3usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                        &self.signer,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Registered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Registered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Registered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Slashed(uint8,uint8,bytes32,uint256,(address,uint96,address,uint96,address,uint64))` and selector `0x6d9e98d407fc486cb71e98290afb52c6400c8a593711f5bcde613b04511f2567`.
    ```solidity
    event Slashed(uint8 indexed id, ISequencerRegistry.Fault indexed fault, bytes32 indexed evidence, uint256 penalty, ISequencerRegistry.Escrow payout);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Slashed {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub fault: <ISequencerRegistry::Fault as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub penalty: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub payout: <ISequencerRegistry::Escrow as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Slashed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>, ISequencerRegistry::Escrow);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                ISequencerRegistry::Fault,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str =
                "Slashed(uint8,uint8,bytes32,uint256,(address,uint96,address,uint96,address,uint64))";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                109u8, 158u8, 152u8, 212u8, 7u8, 252u8, 72u8, 108u8, 183u8, 30u8, 152u8, 41u8, 10u8, 251u8,
                82u8, 198u8, 64u8, 12u8, 138u8, 89u8, 55u8, 17u8, 245u8, 188u8, 222u8, 97u8, 59u8, 4u8, 81u8,
                31u8, 37u8, 103u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, fault: topics.2, evidence: topics.3, penalty: data.0, payout: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.penalty,
                    ),
                    <ISequencerRegistry::Escrow as alloy_sol_types::SolType>::tokenize(&self.payout),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.fault.clone(), self.evidence.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                out[2usize] =
                    <ISequencerRegistry::Fault as alloy_sol_types::EventTopic>::encode_topic(&self.fault);
                out[3usize] =
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.evidence,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Slashed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Slashed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Slashed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Struck(uint8,uint64,uint16)` and selector `0x2d2b2f28c2eb803aef1fbc4420f21885692154104eb3f99181cfb24f7f72201a`.
    ```solidity
    event Struck(uint8 indexed id, uint64 indexed slot, uint16 strikes);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Struck {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub slot: u64,
        #[allow(missing_docs)]
        pub strikes: u16,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Struck {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Uint<64>,
            );
            const SIGNATURE: &'static str = "Struck(uint8,uint64,uint16)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                45u8, 43u8, 47u8, 40u8, 194u8, 235u8, 128u8, 58u8, 239u8, 31u8, 188u8, 68u8, 32u8, 242u8,
                24u8, 133u8, 105u8, 33u8, 84u8, 16u8, 78u8, 179u8, 249u8, 145u8, 129u8, 207u8, 178u8, 79u8,
                127u8, 114u8, 32u8, 26u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, slot: topics.2, strikes: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(&self.strikes),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.slot.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                out[2usize] =
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.slot,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Struck {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Struck> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Struck) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ToppedUp(uint8,uint256,uint256)` and selector `0xe769fa6335ada126a3fc46991b2b62c164a8243e0134cf258f4165d63f509bc9`.
    ```solidity
    event ToppedUp(uint8 indexed id, uint256 amount, uint256 bond);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct ToppedUp {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub bond: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ToppedUp {
            type DataTuple<'a> =
                (alloy::sol_types::sol_data::Uint<256>, alloy::sol_types::sol_data::Uint<256>);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<8>);
            const SIGNATURE: &'static str = "ToppedUp(uint8,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                231u8, 105u8, 250u8, 99u8, 53u8, 173u8, 161u8, 38u8, 163u8, 252u8, 70u8, 153u8, 27u8, 43u8,
                98u8, 193u8, 100u8, 168u8, 36u8, 62u8, 1u8, 52u8, 207u8, 37u8, 143u8, 65u8, 101u8, 214u8,
                63u8, 80u8, 155u8, 201u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, amount: data.0, bond: data.1 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.amount,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.bond),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ToppedUp {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ToppedUp> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ToppedUp) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Unjailed(uint8,uint32)` and selector `0x4db3155929818cc29381aa31a1cc6cb549c4ef648b2bd3dee6d729768570aea9`.
    ```solidity
    event Unjailed(uint8 indexed id, uint32 fromEpoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Unjailed {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub fromEpoch: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Unjailed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<8>);
            const SIGNATURE: &'static str = "Unjailed(uint8,uint32)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                77u8, 179u8, 21u8, 89u8, 41u8, 129u8, 140u8, 194u8, 147u8, 129u8, 170u8, 49u8, 161u8, 204u8,
                108u8, 181u8, 73u8, 196u8, 239u8, 100u8, 139u8, 43u8, 211u8, 222u8, 230u8, 215u8, 41u8,
                118u8, 133u8, 112u8, 174u8, 169u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, fromEpoch: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                    &self.fromEpoch,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Unjailed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Unjailed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Unjailed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `Withdrawn(uint8,address,uint256)` and selector `0x3a2db7d2315c2162d4f47c295f514b5aacf84592e024bc529868af8d776567f7`.
    ```solidity
    event Withdrawn(uint8 indexed id, address indexed owner, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct Withdrawn {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub owner: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Withdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "Withdrawn(uint8,address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                58u8, 45u8, 183u8, 210u8, 49u8, 92u8, 33u8, 98u8, 212u8, 244u8, 124u8, 41u8, 95u8, 81u8,
                75u8, 90u8, 172u8, 248u8, 69u8, 146u8, 224u8, 36u8, 188u8, 82u8, 152u8, 104u8, 175u8, 141u8,
                119u8, 101u8, 103u8, 247u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, owner: topics.2, amount: data.0 }
            }
            #[inline]
            fn check_signature(
                topics: &<Self::TopicList as alloy_sol_types::SolType>::RustType,
            ) -> alloy_sol_types::Result<()> {
                if topics.0 != Self::SIGNATURE_HASH {
                    return Err(alloy_sol_types::Error::invalid_event_signature_hash(
                        Self::SIGNATURE,
                        topics.0,
                        Self::SIGNATURE_HASH,
                    ));
                }
                Ok(())
            }
            #[inline]
            fn tokenize_body(&self) -> Self::DataToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.amount),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.id.clone(), self.owner.clone())
            }
            #[inline]
            fn encode_topics_raw(
                &self,
                out: &mut [alloy_sol_types::abi::token::WordToken],
            ) -> alloy_sol_types::Result<()> {
                if out.len() < <Self::TopicList as alloy_sol_types::TopicList>::COUNT {
                    return Err(alloy_sol_types::Error::Overrun);
                }
                out[0usize] = alloy_sol_types::abi::token::WordToken(Self::SIGNATURE_HASH);
                out[1usize] =
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.id,
                    );
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                        &self.owner,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for Withdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&Withdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &Withdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(ISequencerRegistry.Params p, address receipts_, address committee_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub receipts_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub committee_: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                ISequencerRegistry::Params,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.p, value.receipts_, value.committee_)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { p: tuple.0, receipts_: tuple.1, committee_: tuple.2 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                ISequencerRegistry::Params,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ISequencerRegistry::Params as alloy_sol_types::SolType>::tokenize(&self.p),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.receipts_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.committee_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `chargeCertificateConflict(uint256,uint64,bytes32,address)` and selector `0x71214e1d`.
    ```solidity
    function chargeCertificateConflict(uint256 ids, uint64 slot, bytes32 evidence, address reporter) external returns (uint256 charged);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct chargeCertificateConflictCall {
        #[allow(missing_docs)]
        pub ids: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub slot: u64,
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`chargeCertificateConflict(uint256,uint64,bytes32,address)`](chargeCertificateConflictCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct chargeCertificateConflictReturn {
        #[allow(missing_docs)]
        pub charged: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U256,
                u64,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<chargeCertificateConflictCall> for UnderlyingRustTuple<'_> {
                fn from(value: chargeCertificateConflictCall) -> Self {
                    (value.ids, value.slot, value.evidence, value.reporter)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for chargeCertificateConflictCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { ids: tuple.0, slot: tuple.1, evidence: tuple.2, reporter: tuple.3 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<chargeCertificateConflictReturn> for UnderlyingRustTuple<'_> {
                fn from(value: chargeCertificateConflictReturn) -> Self {
                    (value.charged,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for chargeCertificateConflictReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { charged: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for chargeCertificateConflictCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "chargeCertificateConflict(uint256,uint64,bytes32,address)";
            const SELECTOR: [u8; 4] = [113u8, 33u8, 78u8, 29u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.ids),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.evidence,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: chargeCertificateConflictReturn = r.into();
                    r.charged
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: chargeCertificateConflictReturn = r.into();
                        r.charged
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `chargeReceipt(address,uint8,bytes32,uint256,address,uint256,address)` and selector `0x55ce5891`.
    ```solidity
    function chargeReceipt(address signer, ISequencerRegistry.Fault fault, bytes32 evidence, uint256 penalty, address beneficiary, uint256 compensation, address reporter) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct chargeReceiptCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub fault: <ISequencerRegistry::Fault as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub penalty: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub beneficiary: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub compensation: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub reporter: alloy::sol_types::private::Address,
    }
    ///Container type for the return parameters of the [`chargeReceipt(address,uint8,bytes32,uint256,address,uint256,address)`](chargeReceiptCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct chargeReceiptReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                ISequencerRegistry::Fault,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <ISequencerRegistry::Fault as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<chargeReceiptCall> for UnderlyingRustTuple<'_> {
                fn from(value: chargeReceiptCall) -> Self {
                    (
                        value.signer,
                        value.fault,
                        value.evidence,
                        value.penalty,
                        value.beneficiary,
                        value.compensation,
                        value.reporter,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for chargeReceiptCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        signer: tuple.0,
                        fault: tuple.1,
                        evidence: tuple.2,
                        penalty: tuple.3,
                        beneficiary: tuple.4,
                        compensation: tuple.5,
                        reporter: tuple.6,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<chargeReceiptReturn> for UnderlyingRustTuple<'_> {
                fn from(value: chargeReceiptReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for chargeReceiptReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl chargeReceiptReturn {
            fn _tokenize(&self) -> <chargeReceiptCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for chargeReceiptCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Address,
                ISequencerRegistry::Fault,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = chargeReceiptReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "chargeReceipt(address,uint8,bytes32,uint256,address,uint256,address)";
            const SELECTOR: [u8; 4] = [85u8, 206u8, 88u8, 145u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),
                    <ISequencerRegistry::Fault as alloy_sol_types::SolType>::tokenize(&self.fault),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.evidence,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.penalty,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.beneficiary,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.compensation,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                chargeReceiptReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `checkpointRingSize()` and selector `0xac7fc307`.
    ```solidity
    function checkpointRingSize() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct checkpointRingSizeCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`checkpointRingSize()`](checkpointRingSizeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct checkpointRingSizeReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<checkpointRingSizeCall> for UnderlyingRustTuple<'_> {
                fn from(value: checkpointRingSizeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for checkpointRingSizeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<checkpointRingSizeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: checkpointRingSizeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for checkpointRingSizeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for checkpointRingSizeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "checkpointRingSize()";
            const SELECTOR: [u8; 4] = [172u8, 127u8, 195u8, 7u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: checkpointRingSizeReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: checkpointRingSizeReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `committee()` and selector `0xd864e740`.
    ```solidity
    function committee() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct committeeCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`committee()`](committeeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct committeeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<committeeCall> for UnderlyingRustTuple<'_> {
                fn from(value: committeeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for committeeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<committeeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: committeeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for committeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for committeeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "committee()";
            const SELECTOR: [u8; 4] = [216u8, 100u8, 231u8, 64u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: committeeReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: committeeReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `currentSlot()` and selector `0x3359632e`.
    ```solidity
    function currentSlot() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct currentSlotCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`currentSlot()`](currentSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct currentSlotReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<currentSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: currentSlotCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for currentSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<currentSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: currentSlotReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for currentSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for currentSlotCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "currentSlot()";
            const SELECTOR: [u8; 4] = [51u8, 89u8, 99u8, 46u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: currentSlotReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: currentSlotReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eligibleSigner(uint8)` and selector `0x19311904`.
    ```solidity
    function eligibleSigner(uint8 id) external view returns (address signer);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eligibleSignerCall {
        #[allow(missing_docs)]
        pub id: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eligibleSigner(uint8)`](eligibleSignerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eligibleSignerReturn {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eligibleSignerCall> for UnderlyingRustTuple<'_> {
                fn from(value: eligibleSignerCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eligibleSignerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<eligibleSignerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eligibleSignerReturn) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eligibleSignerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eligibleSignerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eligibleSigner(uint8)";
            const SELECTOR: [u8; 4] = [25u8, 49u8, 25u8, 4u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: eligibleSignerReturn = r.into();
                    r.signer
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: eligibleSignerReturn = r.into();
                        r.signer
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `epochOf(uint64)` and selector `0xfadb4768`.
    ```solidity
    function epochOf(uint64 slot) external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochOfCall {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`epochOf(uint64)`](epochOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochOfReturn {
        #[allow(missing_docs)]
        pub _0: u32,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<epochOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: epochOfCall) -> Self {
                    (value.slot,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { slot: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<epochOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: epochOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for epochOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "epochOf(uint64)";
            const SELECTOR: [u8; 4] = [250u8, 219u8, 71u8, 104u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: epochOfReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: epochOfReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `epochSeed(uint32)` and selector `0xeaf5afce`.
    ```solidity
    function epochSeed(uint32 epoch) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochSeedCall {
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`epochSeed(uint32)`](epochSeedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct epochSeedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<epochSeedCall> for UnderlyingRustTuple<'_> {
                fn from(value: epochSeedCall) -> Self {
                    (value.epoch,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochSeedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<epochSeedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: epochSeedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for epochSeedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for epochSeedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "epochSeed(uint32)";
            const SELECTOR: [u8; 4] = [234u8, 245u8, 175u8, 206u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.epoch),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: epochSeedReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: epochSeedReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `escrowHashOf(bytes32)` and selector `0xc5ed5e4a`.
    ```solidity
    function escrowHashOf(bytes32 evidence) external view returns (bytes32 hash);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowHashOfCall {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`escrowHashOf(bytes32)`](escrowHashOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowHashOfReturn {
        #[allow(missing_docs)]
        pub hash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<escrowHashOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: escrowHashOfCall) -> Self {
                    (value.evidence,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowHashOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { evidence: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<escrowHashOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: escrowHashOfReturn) -> Self {
                    (value.hash,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowHashOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { hash: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for escrowHashOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "escrowHashOf(bytes32)";
            const SELECTOR: [u8; 4] = [197u8, 237u8, 94u8, 74u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                    &self.evidence,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: escrowHashOfReturn = r.into();
                    r.hash
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: escrowHashOfReturn = r.into();
                        r.hash
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `escrowedAgainst(address)` and selector `0xa08419e3`.
    ```solidity
    function escrowedAgainst(address signer) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowedAgainstCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`escrowedAgainst(address)`](escrowedAgainstCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowedAgainstReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<escrowedAgainstCall> for UnderlyingRustTuple<'_> {
                fn from(value: escrowedAgainstCall) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowedAgainstCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<escrowedAgainstReturn> for UnderlyingRustTuple<'_> {
                fn from(value: escrowedAgainstReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowedAgainstReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for escrowedAgainstCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "escrowedAgainst(address)";
            const SELECTOR: [u8; 4] = [160u8, 132u8, 25u8, 227u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: escrowedAgainstReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: escrowedAgainstReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `faultProven(bytes32)` and selector `0x75e5b15d`.
    ```solidity
    function faultProven(bytes32 evidence) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct faultProvenCall {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`faultProven(bytes32)`](faultProvenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct faultProvenReturn {
        #[allow(missing_docs)]
        pub _0: bool,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::FixedBytes<32>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<faultProvenCall> for UnderlyingRustTuple<'_> {
                fn from(value: faultProvenCall) -> Self {
                    (value.evidence,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for faultProvenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { evidence: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (bool,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<faultProvenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: faultProvenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for faultProvenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for faultProvenCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "faultProven(bytes32)";
            const SELECTOR: [u8; 4] = [117u8, 229u8, 177u8, 93u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                    &self.evidence,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: faultProvenReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: faultProvenReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `genesisBlock()` and selector `0x4cdc9c63`.
    ```solidity
    function genesisBlock() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct genesisBlockCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`genesisBlock()`](genesisBlockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct genesisBlockReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<genesisBlockCall> for UnderlyingRustTuple<'_> {
                fn from(value: genesisBlockCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for genesisBlockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<genesisBlockReturn> for UnderlyingRustTuple<'_> {
                fn from(value: genesisBlockReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for genesisBlockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for genesisBlockCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "genesisBlock()";
            const SELECTOR: [u8; 4] = [76u8, 220u8, 156u8, 99u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: genesisBlockReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: genesisBlockReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `inbox()` and selector `0xfb0e722b`.
    ```solidity
    function inbox() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct inboxCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`inbox()`](inboxCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct inboxReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<inboxCall> for UnderlyingRustTuple<'_> {
                fn from(value: inboxCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for inboxCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<inboxReturn> for UnderlyingRustTuple<'_> {
                fn from(value: inboxReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for inboxReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for inboxCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "inbox()";
            const SELECTOR: [u8; 4] = [251u8, 14u8, 114u8, 43u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: inboxReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: inboxReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `leaderOf(uint64)` and selector `0x583d23f4`.
    ```solidity
    function leaderOf(uint64 slot) external view returns (uint8);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct leaderOfCall {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`leaderOf(uint64)`](leaderOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct leaderOfReturn {
        #[allow(missing_docs)]
        pub _0: u8,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<leaderOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: leaderOfCall) -> Self {
                    (value.slot,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for leaderOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { slot: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<leaderOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: leaderOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for leaderOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for leaderOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "leaderOf(uint64)";
            const SELECTOR: [u8; 4] = [88u8, 61u8, 35u8, 244u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: leaderOfReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: leaderOfReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `membersAt(uint32)` and selector `0x697e2056`.
    ```solidity
    function membersAt(uint32 epoch) external view returns (uint256 members);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct membersAtCall {
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`membersAt(uint32)`](membersAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct membersAtReturn {
        #[allow(missing_docs)]
        pub members: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u32,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<membersAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: membersAtCall) -> Self {
                    (value.epoch,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for membersAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<membersAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: membersAtReturn) -> Self {
                    (value.members,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for membersAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { members: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for membersAtCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "membersAt(uint32)";
            const SELECTOR: [u8; 4] = [105u8, 126u8, 32u8, 86u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.epoch),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: membersAtReturn = r.into();
                    r.members
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: membersAtReturn = r.into();
                        r.members
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operator(uint8)` and selector `0xccd07276`.
    ```solidity
    function operator(uint8 id) external view returns (ISequencerRegistry.Operator memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorCall {
        #[allow(missing_docs)]
        pub id: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize)]
    ///Container type for the return parameters of the [`operator(uint8)`](operatorCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorReturn {
        #[allow(missing_docs)]
        pub _0: <ISequencerRegistry::Operator as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorCall> for UnderlyingRustTuple<'_> {
                fn from(value: operatorCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISequencerRegistry::Operator,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<ISequencerRegistry::Operator as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorReturn> for UnderlyingRustTuple<'_> {
                fn from(value: operatorReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ISequencerRegistry::Operator as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISequencerRegistry::Operator,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operator(uint8)";
            const SELECTOR: [u8; 4] = [204u8, 208u8, 114u8, 118u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<ISequencerRegistry::Operator as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: operatorReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: operatorReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `operatorIdOf(address)` and selector `0xb37855c8`.
    ```solidity
    function operatorIdOf(address signer) external view returns (uint8);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorIdOfCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`operatorIdOf(address)`](operatorIdOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct operatorIdOfReturn {
        #[allow(missing_docs)]
        pub _0: u8,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorIdOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: operatorIdOfCall) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorIdOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<operatorIdOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: operatorIdOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for operatorIdOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for operatorIdOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "operatorIdOf(address)";
            const SELECTOR: [u8; 4] = [179u8, 120u8, 85u8, 200u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: operatorIdOfReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: operatorIdOfReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `params()` and selector `0xcff0ab96`.
    ```solidity
    function params() external view returns (ISequencerRegistry.Params memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct paramsCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`params()`](paramsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct paramsReturn {
        #[allow(missing_docs)]
        pub _0: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<paramsCall> for UnderlyingRustTuple<'_> {
                fn from(value: paramsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for paramsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISequencerRegistry::Params,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<paramsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: paramsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for paramsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for paramsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISequencerRegistry::Params,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "params()";
            const SELECTOR: [u8; 4] = [207u8, 240u8, 171u8, 150u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<ISequencerRegistry::Params as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: paramsReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: paramsReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `payoutOf(address)` and selector `0x6da61d1e`.
    ```solidity
    function payoutOf(address account) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct payoutOfCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`payoutOf(address)`](payoutOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct payoutOfReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<payoutOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: payoutOfCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for payoutOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { account: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<payoutOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: payoutOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for payoutOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for payoutOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "payoutOf(address)";
            const SELECTOR: [u8; 4] = [109u8, 166u8, 29u8, 30u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.account),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: payoutOfReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: payoutOfReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `receipts()` and selector `0xf400b10e`.
    ```solidity
    function receipts() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct receiptsCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`receipts()`](receiptsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct receiptsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<receiptsCall> for UnderlyingRustTuple<'_> {
                fn from(value: receiptsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for receiptsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<receiptsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: receiptsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for receiptsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for receiptsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "receipts()";
            const SELECTOR: [u8; 4] = [244u8, 0u8, 177u8, 14u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: receiptsReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: receiptsReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `register(address)` and selector `0x4420e486`.
    ```solidity
    function register(address signer) external payable returns (uint8 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`register(address)`](registerCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerReturn {
        #[allow(missing_docs)]
        pub id: u8,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Address,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerCall> for UnderlyingRustTuple<'_> {
                fn from(value: registerCall) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerReturn> for UnderlyingRustTuple<'_> {
                fn from(value: registerReturn) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registerCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u8;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "register(address)";
            const SELECTOR: [u8; 4] = [68u8, 32u8, 228u8, 134u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: registerReturn = r.into();
                    r.id
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: registerReturn = r.into();
                        r.id
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `releasePayout(bytes32,(address,uint96,address,uint96,address,uint64))` and selector `0xd34f20bd`.
    ```solidity
    function releasePayout(bytes32 evidence, ISequencerRegistry.Escrow memory escrow) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releasePayoutCall {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub escrow: <ISequencerRegistry::Escrow as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`releasePayout(bytes32,(address,uint96,address,uint96,address,uint64))`](releasePayoutCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releasePayoutReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::FixedBytes<32>, ISequencerRegistry::Escrow);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<32>,
                <ISequencerRegistry::Escrow as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<releasePayoutCall> for UnderlyingRustTuple<'_> {
                fn from(value: releasePayoutCall) -> Self {
                    (value.evidence, value.escrow)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releasePayoutCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { evidence: tuple.0, escrow: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<releasePayoutReturn> for UnderlyingRustTuple<'_> {
                fn from(value: releasePayoutReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releasePayoutReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl releasePayoutReturn {
            fn _tokenize(&self) -> <releasePayoutCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for releasePayoutCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>, ISequencerRegistry::Escrow);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = releasePayoutReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "releasePayout(bytes32,(address,uint96,address,uint96,address,uint64))";
            const SELECTOR: [u8; 4] = [211u8, 79u8, 32u8, 189u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.evidence,
                    ),
                    <ISequencerRegistry::Escrow as alloy_sol_types::SolType>::tokenize(&self.escrow),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                releasePayoutReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `reportMissedSlot(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])` and selector `0x924c3e7d`.
    ```solidity
    function reportMissedSlot(uint64 slot, uint64 firstBatch, BatchHeader[] memory headers) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reportMissedSlotCall {
        #[allow(missing_docs)]
        pub slot: u64,
        #[allow(missing_docs)]
        pub firstBatch: u64,
        #[allow(missing_docs)]
        pub headers: alloy::sol_types::private::Vec<<BatchHeader as alloy::sol_types::SolType>::RustType>,
    }
    ///Container type for the return parameters of the [`reportMissedSlot(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])`](reportMissedSlotCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct reportMissedSlotReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Array<BatchHeader>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u64,
                u64,
                alloy::sol_types::private::Vec<<BatchHeader as alloy::sol_types::SolType>::RustType>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reportMissedSlotCall> for UnderlyingRustTuple<'_> {
                fn from(value: reportMissedSlotCall) -> Self {
                    (value.slot, value.firstBatch, value.headers)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reportMissedSlotCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { slot: tuple.0, firstBatch: tuple.1, headers: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<reportMissedSlotReturn> for UnderlyingRustTuple<'_> {
                fn from(value: reportMissedSlotReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for reportMissedSlotReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl reportMissedSlotReturn {
            fn _tokenize(&self) -> <reportMissedSlotCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for reportMissedSlotCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Array<BatchHeader>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = reportMissedSlotReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "reportMissedSlot(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])";
            const SELECTOR: [u8; 4] = [146u8, 76u8, 62u8, 125u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.firstBatch,
                    ),
                    <alloy::sol_types::sol_data::Array<BatchHeader> as alloy_sol_types::SolType>::tokenize(
                        &self.headers,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                reportMissedSlotReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `requestExit(uint8)` and selector `0xb76f1bea`.
    ```solidity
    function requestExit(uint8 id) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestExitCall {
        #[allow(missing_docs)]
        pub id: u8,
    }
    ///Container type for the return parameters of the [`requestExit(uint8)`](requestExitCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct requestExitReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestExitCall> for UnderlyingRustTuple<'_> {
                fn from(value: requestExitCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestExitCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<requestExitReturn> for UnderlyingRustTuple<'_> {
                fn from(value: requestExitReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for requestExitReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl requestExitReturn {
            fn _tokenize(&self) -> <requestExitCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for requestExitCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = requestExitReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "requestExit(uint8)";
            const SELECTOR: [u8; 4] = [183u8, 111u8, 27u8, 234u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                requestExitReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashCensorship(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])` and selector `0xc5f11101`.
    ```solidity
    function slashCensorship(uint64 entryIndex, uint64 firstBatch, BatchHeader[] memory headers) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashCensorshipCall {
        #[allow(missing_docs)]
        pub entryIndex: u64,
        #[allow(missing_docs)]
        pub firstBatch: u64,
        #[allow(missing_docs)]
        pub headers: alloy::sol_types::private::Vec<<BatchHeader as alloy::sol_types::SolType>::RustType>,
    }
    ///Container type for the return parameters of the [`slashCensorship(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])`](slashCensorshipCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashCensorshipReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Array<BatchHeader>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u64,
                u64,
                alloy::sol_types::private::Vec<<BatchHeader as alloy::sol_types::SolType>::RustType>,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashCensorshipCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashCensorshipCall) -> Self {
                    (value.entryIndex, value.firstBatch, value.headers)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashCensorshipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { entryIndex: tuple.0, firstBatch: tuple.1, headers: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashCensorshipReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashCensorshipReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashCensorshipReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl slashCensorshipReturn {
            fn _tokenize(&self) -> <slashCensorshipCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashCensorshipCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Array<BatchHeader>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = slashCensorshipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashCensorship(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])";
            const SELECTOR: [u8; 4] = [197u8, 241u8, 17u8, 1u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.entryIndex,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.firstBatch,
                    ),
                    <alloy::sol_types::sol_data::Array<BatchHeader> as alloy_sol_types::SolType>::tokenize(
                        &self.headers,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                slashCensorshipReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashEquivocation((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes)` and selector `0x54e62419`.
    ```solidity
    function slashEquivocation(BatchHeader memory first, bytes memory firstSignature, BatchHeader memory second, bytes memory secondSignature) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashEquivocationCall {
        #[allow(missing_docs)]
        pub first: <BatchHeader as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub firstSignature: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub second: <BatchHeader as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub secondSignature: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`slashEquivocation((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes)`](slashEquivocationCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashEquivocationReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                BatchHeader,
                alloy::sol_types::sol_data::Bytes,
                BatchHeader,
                alloy::sol_types::sol_data::Bytes,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <BatchHeader as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                <BatchHeader as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashEquivocationCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashEquivocationCall) -> Self {
                    (value.first, value.firstSignature, value.second, value.secondSignature)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashEquivocationCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        first: tuple.0,
                        firstSignature: tuple.1,
                        second: tuple.2,
                        secondSignature: tuple.3,
                    }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashEquivocationReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashEquivocationReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashEquivocationReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl slashEquivocationReturn {
            fn _tokenize(&self) -> <slashEquivocationCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashEquivocationCall {
            type Parameters<'a> = (
                BatchHeader,
                alloy::sol_types::sol_data::Bytes,
                BatchHeader,
                alloy::sol_types::sol_data::Bytes,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = slashEquivocationReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashEquivocation((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes)";
            const SELECTOR: [u8; 4] = [84u8, 230u8, 36u8, 25u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.first),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.firstSignature,
                    ),
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.second),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.secondSignature,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                slashEquivocationReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashRecordConflict((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))` and selector `0x687473f5`.
    ```solidity
    function slashRecordConflict(BatchHeader memory signed, bytes memory signature, BatchHeader memory recorded) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashRecordConflictCall {
        #[allow(missing_docs)]
        pub signed: <BatchHeader as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub recorded: <BatchHeader as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`slashRecordConflict((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))`](slashRecordConflictCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashRecordConflictReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (BatchHeader, alloy::sol_types::sol_data::Bytes, BatchHeader);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <BatchHeader as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                <BatchHeader as alloy::sol_types::SolType>::RustType,
            );
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashRecordConflictCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashRecordConflictCall) -> Self {
                    (value.signed, value.signature, value.recorded)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashRecordConflictCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signed: tuple.0, signature: tuple.1, recorded: tuple.2 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slashRecordConflictReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashRecordConflictReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashRecordConflictReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl slashRecordConflictReturn {
            fn _tokenize(&self) -> <slashRecordConflictCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashRecordConflictCall {
            type Parameters<'a> = (BatchHeader, alloy::sol_types::sol_data::Bytes, BatchHeader);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = slashRecordConflictReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashRecordConflict((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))";
            const SELECTOR: [u8; 4] = [104u8, 116u8, 115u8, 245u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.signed),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.recorded),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                slashRecordConflictReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotAt(uint256)` and selector `0xd0b1d512`.
    ```solidity
    function slotAt(uint256 blockNumber) external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotAtCall {
        #[allow(missing_docs)]
        pub blockNumber: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotAt(uint256)`](slotAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotAtReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotAtCall) -> Self {
                    (value.blockNumber,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotAtCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { blockNumber: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotAtReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotAtCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotAt(uint256)";
            const SELECTOR: [u8; 4] = [208u8, 177u8, 213u8, 18u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                    &self.blockNumber,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: slotAtReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: slotAtReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slotStartBlock(uint64)` and selector `0xfa6944bc`.
    ```solidity
    function slotStartBlock(uint64 slot) external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStartBlockCall {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotStartBlock(uint64)`](slotStartBlockCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotStartBlockReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStartBlockCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotStartBlockCall) -> Self {
                    (value.slot,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStartBlockCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { slot: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<slotStartBlockReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotStartBlockReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotStartBlockReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotStartBlockCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotStartBlock(uint64)";
            const SELECTOR: [u8; 4] = [250u8, 105u8, 68u8, 188u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: slotStartBlockReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: slotStartBlockReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `strikesIn(uint8,uint32)` and selector `0xa42ce15b`.
    ```solidity
    function strikesIn(uint8 id, uint32 epoch) external view returns (uint16);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct strikesInCall {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`strikesIn(uint8,uint32)`](strikesInCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct strikesInReturn {
        #[allow(missing_docs)]
        pub _0: u16,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Uint<8>, alloy::sol_types::sol_data::Uint<32>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8, u32);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<strikesInCall> for UnderlyingRustTuple<'_> {
                fn from(value: strikesInCall) -> Self {
                    (value.id, value.epoch)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for strikesInCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0, epoch: tuple.1 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u16,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<strikesInReturn> for UnderlyingRustTuple<'_> {
                fn from(value: strikesInReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for strikesInReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for strikesInCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>, alloy::sol_types::sol_data::Uint<32>);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u16;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<16>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "strikesIn(uint8,uint32)";
            const SELECTOR: [u8; 4] = [164u8, 44u8, 225u8, 91u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.epoch),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<16> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: strikesInReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: strikesInReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `topUp(uint8)` and selector `0xc562914f`.
    ```solidity
    function topUp(uint8 id) external payable;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct topUpCall {
        #[allow(missing_docs)]
        pub id: u8,
    }
    ///Container type for the return parameters of the [`topUp(uint8)`](topUpCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct topUpReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<topUpCall> for UnderlyingRustTuple<'_> {
                fn from(value: topUpCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for topUpCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<topUpReturn> for UnderlyingRustTuple<'_> {
                fn from(value: topUpReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for topUpReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl topUpReturn {
            fn _tokenize(&self) -> <topUpCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for topUpCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = topUpReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "topUp(uint8)";
            const SELECTOR: [u8; 4] = [197u8, 98u8, 145u8, 79u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                topUpReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `totalBonded()` and selector `0x44d96e95`.
    ```solidity
    function totalBonded() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalBondedCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`totalBonded()`](totalBondedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalBondedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalBondedCall> for UnderlyingRustTuple<'_> {
                fn from(value: totalBondedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalBondedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalBondedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: totalBondedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalBondedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for totalBondedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "totalBonded()";
            const SELECTOR: [u8; 4] = [68u8, 217u8, 110u8, 149u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: totalBondedReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: totalBondedReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `totalBurned()` and selector `0xd89135cd`.
    ```solidity
    function totalBurned() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalBurnedCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`totalBurned()`](totalBurnedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalBurnedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalBurnedCall> for UnderlyingRustTuple<'_> {
                fn from(value: totalBurnedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalBurnedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalBurnedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: totalBurnedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalBurnedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for totalBurnedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "totalBurned()";
            const SELECTOR: [u8; 4] = [216u8, 145u8, 53u8, 205u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: totalBurnedReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: totalBurnedReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `totalEscrowed()` and selector `0xf9168231`.
    ```solidity
    function totalEscrowed() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalEscrowedCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`totalEscrowed()`](totalEscrowedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalEscrowedReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalEscrowedCall> for UnderlyingRustTuple<'_> {
                fn from(value: totalEscrowedCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalEscrowedCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalEscrowedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: totalEscrowedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalEscrowedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for totalEscrowedCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "totalEscrowed()";
            const SELECTOR: [u8; 4] = [249u8, 22u8, 130u8, 49u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: totalEscrowedReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: totalEscrowedReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `totalPayouts()` and selector `0x4089b170`.
    ```solidity
    function totalPayouts() external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalPayoutsCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`totalPayouts()`](totalPayoutsCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct totalPayoutsReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalPayoutsCall> for UnderlyingRustTuple<'_> {
                fn from(value: totalPayoutsCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalPayoutsCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U256,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<totalPayoutsReturn> for UnderlyingRustTuple<'_> {
                fn from(value: totalPayoutsReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for totalPayoutsReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for totalPayoutsCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "totalPayouts()";
            const SELECTOR: [u8; 4] = [64u8, 137u8, 177u8, 112u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: totalPayoutsReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: totalPayoutsReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `unjail(uint8)` and selector `0x968c37ec`.
    ```solidity
    function unjail(uint8 id) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unjailCall {
        #[allow(missing_docs)]
        pub id: u8,
    }
    ///Container type for the return parameters of the [`unjail(uint8)`](unjailCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct unjailReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unjailCall> for UnderlyingRustTuple<'_> {
                fn from(value: unjailCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unjailCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<unjailReturn> for UnderlyingRustTuple<'_> {
                fn from(value: unjailReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for unjailReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl unjailReturn {
            fn _tokenize(&self) -> <unjailCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for unjailCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = unjailReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "unjail(uint8)";
            const SELECTOR: [u8; 4] = [150u8, 140u8, 55u8, 236u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                unjailReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdraw(uint8)` and selector `0xc6ab5d90`.
    ```solidity
    function withdraw(uint8 id) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawCall {
        #[allow(missing_docs)]
        pub id: u8,
    }
    ///Container type for the return parameters of the [`withdraw(uint8)`](withdrawCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u8,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawReturn {
            fn _tokenize(&self) -> <withdrawCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdraw(uint8)";
            const SELECTOR: [u8; 4] = [198u8, 171u8, 93u8, 144u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(&self.id),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawPayout()` and selector `0x06c0e841`.
    ```solidity
    function withdrawPayout() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawPayoutCall;
    ///Container type for the return parameters of the [`withdrawPayout()`](withdrawPayoutCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawPayoutReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawPayoutCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawPayoutCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawPayoutCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = ();
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = ();
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<withdrawPayoutReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawPayoutReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawPayoutReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawPayoutReturn {
            fn _tokenize(&self) -> <withdrawPayoutCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawPayoutCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawPayoutReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawPayout()";
            const SELECTOR: [u8; 4] = [6u8, 192u8, 232u8, 65u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                ()
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                withdrawPayoutReturn::_tokenize(ret)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(Into::into)
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Into::into)
            }
        }
    };
    ///Container for all the [`SequencerRegistry`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum SequencerRegistryCalls {
        #[allow(missing_docs)]
        chargeCertificateConflict(chargeCertificateConflictCall),
        #[allow(missing_docs)]
        chargeReceipt(chargeReceiptCall),
        #[allow(missing_docs)]
        checkpointRingSize(checkpointRingSizeCall),
        #[allow(missing_docs)]
        committee(committeeCall),
        #[allow(missing_docs)]
        currentSlot(currentSlotCall),
        #[allow(missing_docs)]
        eligibleSigner(eligibleSignerCall),
        #[allow(missing_docs)]
        epochOf(epochOfCall),
        #[allow(missing_docs)]
        epochSeed(epochSeedCall),
        #[allow(missing_docs)]
        escrowHashOf(escrowHashOfCall),
        #[allow(missing_docs)]
        escrowedAgainst(escrowedAgainstCall),
        #[allow(missing_docs)]
        faultProven(faultProvenCall),
        #[allow(missing_docs)]
        genesisBlock(genesisBlockCall),
        #[allow(missing_docs)]
        inbox(inboxCall),
        #[allow(missing_docs)]
        leaderOf(leaderOfCall),
        #[allow(missing_docs)]
        membersAt(membersAtCall),
        #[allow(missing_docs)]
        operator(operatorCall),
        #[allow(missing_docs)]
        operatorIdOf(operatorIdOfCall),
        #[allow(missing_docs)]
        params(paramsCall),
        #[allow(missing_docs)]
        payoutOf(payoutOfCall),
        #[allow(missing_docs)]
        receipts(receiptsCall),
        #[allow(missing_docs)]
        register(registerCall),
        #[allow(missing_docs)]
        releasePayout(releasePayoutCall),
        #[allow(missing_docs)]
        reportMissedSlot(reportMissedSlotCall),
        #[allow(missing_docs)]
        requestExit(requestExitCall),
        #[allow(missing_docs)]
        slashCensorship(slashCensorshipCall),
        #[allow(missing_docs)]
        slashEquivocation(slashEquivocationCall),
        #[allow(missing_docs)]
        slashRecordConflict(slashRecordConflictCall),
        #[allow(missing_docs)]
        slotAt(slotAtCall),
        #[allow(missing_docs)]
        slotStartBlock(slotStartBlockCall),
        #[allow(missing_docs)]
        strikesIn(strikesInCall),
        #[allow(missing_docs)]
        topUp(topUpCall),
        #[allow(missing_docs)]
        totalBonded(totalBondedCall),
        #[allow(missing_docs)]
        totalBurned(totalBurnedCall),
        #[allow(missing_docs)]
        totalEscrowed(totalEscrowedCall),
        #[allow(missing_docs)]
        totalPayouts(totalPayoutsCall),
        #[allow(missing_docs)]
        unjail(unjailCall),
        #[allow(missing_docs)]
        withdraw(withdrawCall),
        #[allow(missing_docs)]
        withdrawPayout(withdrawPayoutCall),
    }
    impl SequencerRegistryCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [6u8, 192u8, 232u8, 65u8],
            [25u8, 49u8, 25u8, 4u8],
            [51u8, 89u8, 99u8, 46u8],
            [64u8, 137u8, 177u8, 112u8],
            [68u8, 32u8, 228u8, 134u8],
            [68u8, 217u8, 110u8, 149u8],
            [76u8, 220u8, 156u8, 99u8],
            [84u8, 230u8, 36u8, 25u8],
            [85u8, 206u8, 88u8, 145u8],
            [88u8, 61u8, 35u8, 244u8],
            [104u8, 116u8, 115u8, 245u8],
            [105u8, 126u8, 32u8, 86u8],
            [109u8, 166u8, 29u8, 30u8],
            [113u8, 33u8, 78u8, 29u8],
            [117u8, 229u8, 177u8, 93u8],
            [146u8, 76u8, 62u8, 125u8],
            [150u8, 140u8, 55u8, 236u8],
            [160u8, 132u8, 25u8, 227u8],
            [164u8, 44u8, 225u8, 91u8],
            [172u8, 127u8, 195u8, 7u8],
            [179u8, 120u8, 85u8, 200u8],
            [183u8, 111u8, 27u8, 234u8],
            [197u8, 98u8, 145u8, 79u8],
            [197u8, 237u8, 94u8, 74u8],
            [197u8, 241u8, 17u8, 1u8],
            [198u8, 171u8, 93u8, 144u8],
            [204u8, 208u8, 114u8, 118u8],
            [207u8, 240u8, 171u8, 150u8],
            [208u8, 177u8, 213u8, 18u8],
            [211u8, 79u8, 32u8, 189u8],
            [216u8, 100u8, 231u8, 64u8],
            [216u8, 145u8, 53u8, 205u8],
            [234u8, 245u8, 175u8, 206u8],
            [244u8, 0u8, 177u8, 14u8],
            [249u8, 22u8, 130u8, 49u8],
            [250u8, 105u8, 68u8, 188u8],
            [250u8, 219u8, 71u8, 104u8],
            [251u8, 14u8, 114u8, 43u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(withdrawPayout),
            ::core::stringify!(eligibleSigner),
            ::core::stringify!(currentSlot),
            ::core::stringify!(totalPayouts),
            ::core::stringify!(register),
            ::core::stringify!(totalBonded),
            ::core::stringify!(genesisBlock),
            ::core::stringify!(slashEquivocation),
            ::core::stringify!(chargeReceipt),
            ::core::stringify!(leaderOf),
            ::core::stringify!(slashRecordConflict),
            ::core::stringify!(membersAt),
            ::core::stringify!(payoutOf),
            ::core::stringify!(chargeCertificateConflict),
            ::core::stringify!(faultProven),
            ::core::stringify!(reportMissedSlot),
            ::core::stringify!(unjail),
            ::core::stringify!(escrowedAgainst),
            ::core::stringify!(strikesIn),
            ::core::stringify!(checkpointRingSize),
            ::core::stringify!(operatorIdOf),
            ::core::stringify!(requestExit),
            ::core::stringify!(topUp),
            ::core::stringify!(escrowHashOf),
            ::core::stringify!(slashCensorship),
            ::core::stringify!(withdraw),
            ::core::stringify!(operator),
            ::core::stringify!(params),
            ::core::stringify!(slotAt),
            ::core::stringify!(releasePayout),
            ::core::stringify!(committee),
            ::core::stringify!(totalBurned),
            ::core::stringify!(epochSeed),
            ::core::stringify!(receipts),
            ::core::stringify!(totalEscrowed),
            ::core::stringify!(slotStartBlock),
            ::core::stringify!(epochOf),
            ::core::stringify!(inbox),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <withdrawPayoutCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eligibleSignerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <currentSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalPayoutsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalBondedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <genesisBlockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashEquivocationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <chargeReceiptCall as alloy_sol_types::SolCall>::SIGNATURE,
            <leaderOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashRecordConflictCall as alloy_sol_types::SolCall>::SIGNATURE,
            <membersAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <payoutOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <chargeCertificateConflictCall as alloy_sol_types::SolCall>::SIGNATURE,
            <faultProvenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reportMissedSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unjailCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escrowedAgainstCall as alloy_sol_types::SolCall>::SIGNATURE,
            <strikesInCall as alloy_sol_types::SolCall>::SIGNATURE,
            <checkpointRingSizeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorIdOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestExitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <topUpCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escrowHashOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashCensorshipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paramsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <releasePayoutCall as alloy_sol_types::SolCall>::SIGNATURE,
            <committeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalBurnedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <epochSeedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <receiptsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalEscrowedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotStartBlockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <epochOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <inboxCall as alloy_sol_types::SolCall>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => ::core::option::Option::Some(Self::SIGNATURES[idx]),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for SequencerRegistryCalls {
        const NAME: &'static str = "SequencerRegistryCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 38usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::chargeCertificateConflict(_) => {
                    <chargeCertificateConflictCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::chargeReceipt(_) => <chargeReceiptCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::checkpointRingSize(_) => <checkpointRingSizeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::committee(_) => <committeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::currentSlot(_) => <currentSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eligibleSigner(_) => <eligibleSignerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::epochOf(_) => <epochOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::epochSeed(_) => <epochSeedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escrowHashOf(_) => <escrowHashOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escrowedAgainst(_) => <escrowedAgainstCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::faultProven(_) => <faultProvenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::genesisBlock(_) => <genesisBlockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::inbox(_) => <inboxCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::leaderOf(_) => <leaderOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::membersAt(_) => <membersAtCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::operator(_) => <operatorCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::operatorIdOf(_) => <operatorIdOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::params(_) => <paramsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::payoutOf(_) => <payoutOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::receipts(_) => <receiptsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::register(_) => <registerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::releasePayout(_) => <releasePayoutCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reportMissedSlot(_) => <reportMissedSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::requestExit(_) => <requestExitCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slashCensorship(_) => <slashCensorshipCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slashEquivocation(_) => <slashEquivocationCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slashRecordConflict(_) => {
                    <slashRecordConflictCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slotAt(_) => <slotAtCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slotStartBlock(_) => <slotStartBlockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::strikesIn(_) => <strikesInCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::topUp(_) => <topUpCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalBonded(_) => <totalBondedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalBurned(_) => <totalBurnedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalEscrowed(_) => <totalEscrowedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalPayouts(_) => <totalPayoutsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::unjail(_) => <unjailCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdraw(_) => <withdrawCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdrawPayout(_) => <withdrawPayoutCall as alloy_sol_types::SolCall>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls>] = &[
                {
                    fn withdrawPayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <withdrawPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::withdrawPayout)
                    }
                    withdrawPayout
                },
                {
                    fn eligibleSigner(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <eligibleSignerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::eligibleSigner)
                    }
                    eligibleSigner
                },
                {
                    fn currentSlot(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <currentSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::currentSlot)
                    }
                    currentSlot
                },
                {
                    fn totalPayouts(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <totalPayoutsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::totalPayouts)
                    }
                    totalPayouts
                },
                {
                    fn register(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <registerCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::register)
                    }
                    register
                },
                {
                    fn totalBonded(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <totalBondedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::totalBonded)
                    }
                    totalBonded
                },
                {
                    fn genesisBlock(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <genesisBlockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::genesisBlock)
                    }
                    genesisBlock
                },
                {
                    fn slashEquivocation(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slashEquivocationCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::slashEquivocation)
                    }
                    slashEquivocation
                },
                {
                    fn chargeReceipt(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <chargeReceiptCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::chargeReceipt)
                    }
                    chargeReceipt
                },
                {
                    fn leaderOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <leaderOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::leaderOf)
                    }
                    leaderOf
                },
                {
                    fn slashRecordConflict(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slashRecordConflictCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::slashRecordConflict)
                    }
                    slashRecordConflict
                },
                {
                    fn membersAt(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <membersAtCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::membersAt)
                    }
                    membersAt
                },
                {
                    fn payoutOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <payoutOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::payoutOf)
                    }
                    payoutOf
                },
                {
                    fn chargeCertificateConflict(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <chargeCertificateConflictCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::chargeCertificateConflict)
                    }
                    chargeCertificateConflict
                },
                {
                    fn faultProven(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <faultProvenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::faultProven)
                    }
                    faultProven
                },
                {
                    fn reportMissedSlot(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <reportMissedSlotCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::reportMissedSlot)
                    }
                    reportMissedSlot
                },
                {
                    fn unjail(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <unjailCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::unjail)
                    }
                    unjail
                },
                {
                    fn escrowedAgainst(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <escrowedAgainstCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::escrowedAgainst)
                    }
                    escrowedAgainst
                },
                {
                    fn strikesIn(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <strikesInCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::strikesIn)
                    }
                    strikesIn
                },
                {
                    fn checkpointRingSize(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <checkpointRingSizeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::checkpointRingSize)
                    }
                    checkpointRingSize
                },
                {
                    fn operatorIdOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <operatorIdOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::operatorIdOf)
                    }
                    operatorIdOf
                },
                {
                    fn requestExit(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <requestExitCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::requestExit)
                    }
                    requestExit
                },
                {
                    fn topUp(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <topUpCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::topUp)
                    }
                    topUp
                },
                {
                    fn escrowHashOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <escrowHashOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::escrowHashOf)
                    }
                    escrowHashOf
                },
                {
                    fn slashCensorship(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slashCensorshipCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::slashCensorship)
                    }
                    slashCensorship
                },
                {
                    fn withdraw(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn operator(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <operatorCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::operator)
                    }
                    operator
                },
                {
                    fn params(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <paramsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::params)
                    }
                    params
                },
                {
                    fn slotAt(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slotAtCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::slotAt)
                    }
                    slotAt
                },
                {
                    fn releasePayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <releasePayoutCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::releasePayout)
                    }
                    releasePayout
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::committee)
                    }
                    committee
                },
                {
                    fn totalBurned(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <totalBurnedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::totalBurned)
                    }
                    totalBurned
                },
                {
                    fn epochSeed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <epochSeedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::epochSeed)
                    }
                    epochSeed
                },
                {
                    fn receipts(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <receiptsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::receipts)
                    }
                    receipts
                },
                {
                    fn totalEscrowed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <totalEscrowedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::totalEscrowed)
                    }
                    totalEscrowed
                },
                {
                    fn slotStartBlock(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slotStartBlockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::slotStartBlock)
                    }
                    slotStartBlock
                },
                {
                    fn epochOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <epochOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::epochOf)
                    }
                    epochOf
                },
                {
                    fn inbox(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <inboxCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::inbox)
                    }
                    inbox
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls>] = &[
                {
                    fn withdrawPayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <withdrawPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::withdrawPayout)
                    }
                    withdrawPayout
                },
                {
                    fn eligibleSigner(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <eligibleSignerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::eligibleSigner)
                    }
                    eligibleSigner
                },
                {
                    fn currentSlot(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <currentSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::currentSlot)
                    }
                    currentSlot
                },
                {
                    fn totalPayouts(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <totalPayoutsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::totalPayouts)
                    }
                    totalPayouts
                },
                {
                    fn register(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <registerCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::register)
                    }
                    register
                },
                {
                    fn totalBonded(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <totalBondedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::totalBonded)
                    }
                    totalBonded
                },
                {
                    fn genesisBlock(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <genesisBlockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::genesisBlock)
                    }
                    genesisBlock
                },
                {
                    fn slashEquivocation(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slashEquivocationCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::slashEquivocation)
                    }
                    slashEquivocation
                },
                {
                    fn chargeReceipt(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <chargeReceiptCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::chargeReceipt)
                    }
                    chargeReceipt
                },
                {
                    fn leaderOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <leaderOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::leaderOf)
                    }
                    leaderOf
                },
                {
                    fn slashRecordConflict(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slashRecordConflictCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::slashRecordConflict)
                    }
                    slashRecordConflict
                },
                {
                    fn membersAt(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <membersAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::membersAt)
                    }
                    membersAt
                },
                {
                    fn payoutOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <payoutOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::payoutOf)
                    }
                    payoutOf
                },
                {
                    fn chargeCertificateConflict(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <chargeCertificateConflictCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(SequencerRegistryCalls::chargeCertificateConflict)
                    }
                    chargeCertificateConflict
                },
                {
                    fn faultProven(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <faultProvenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::faultProven)
                    }
                    faultProven
                },
                {
                    fn reportMissedSlot(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <reportMissedSlotCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::reportMissedSlot)
                    }
                    reportMissedSlot
                },
                {
                    fn unjail(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <unjailCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::unjail)
                    }
                    unjail
                },
                {
                    fn escrowedAgainst(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <escrowedAgainstCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::escrowedAgainst)
                    }
                    escrowedAgainst
                },
                {
                    fn strikesIn(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <strikesInCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::strikesIn)
                    }
                    strikesIn
                },
                {
                    fn checkpointRingSize(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <checkpointRingSizeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::checkpointRingSize)
                    }
                    checkpointRingSize
                },
                {
                    fn operatorIdOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <operatorIdOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::operatorIdOf)
                    }
                    operatorIdOf
                },
                {
                    fn requestExit(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <requestExitCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::requestExit)
                    }
                    requestExit
                },
                {
                    fn topUp(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <topUpCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::topUp)
                    }
                    topUp
                },
                {
                    fn escrowHashOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <escrowHashOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::escrowHashOf)
                    }
                    escrowHashOf
                },
                {
                    fn slashCensorship(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slashCensorshipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::slashCensorship)
                    }
                    slashCensorship
                },
                {
                    fn withdraw(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <withdrawCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::withdraw)
                    }
                    withdraw
                },
                {
                    fn operator(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <operatorCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::operator)
                    }
                    operator
                },
                {
                    fn params(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <paramsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::params)
                    }
                    params
                },
                {
                    fn slotAt(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slotAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::slotAt)
                    }
                    slotAt
                },
                {
                    fn releasePayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <releasePayoutCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::releasePayout)
                    }
                    releasePayout
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::committee)
                    }
                    committee
                },
                {
                    fn totalBurned(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <totalBurnedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::totalBurned)
                    }
                    totalBurned
                },
                {
                    fn epochSeed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <epochSeedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::epochSeed)
                    }
                    epochSeed
                },
                {
                    fn receipts(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <receiptsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::receipts)
                    }
                    receipts
                },
                {
                    fn totalEscrowed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <totalEscrowedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::totalEscrowed)
                    }
                    totalEscrowed
                },
                {
                    fn slotStartBlock(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slotStartBlockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::slotStartBlock)
                    }
                    slotStartBlock
                },
                {
                    fn epochOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <epochOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::epochOf)
                    }
                    epochOf
                },
                {
                    fn inbox(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <inboxCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::inbox)
                    }
                    inbox
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::chargeCertificateConflict(inner) => {
                    <chargeCertificateConflictCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::chargeReceipt(inner) => {
                    <chargeReceiptCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::checkpointRingSize(inner) => {
                    <checkpointRingSizeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::currentSlot(inner) => {
                    <currentSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::eligibleSigner(inner) => {
                    <eligibleSignerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::epochOf(inner) => <epochOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::epochSeed(inner) => {
                    <epochSeedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::escrowHashOf(inner) => {
                    <escrowHashOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::escrowedAgainst(inner) => {
                    <escrowedAgainstCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::faultProven(inner) => {
                    <faultProvenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::genesisBlock(inner) => {
                    <genesisBlockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::inbox(inner) => <inboxCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::leaderOf(inner) => <leaderOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::membersAt(inner) => {
                    <membersAtCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::operator(inner) => <operatorCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::operatorIdOf(inner) => {
                    <operatorIdOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::params(inner) => <paramsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::payoutOf(inner) => <payoutOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::receipts(inner) => <receiptsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::register(inner) => <registerCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::releasePayout(inner) => {
                    <releasePayoutCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::reportMissedSlot(inner) => {
                    <reportMissedSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::requestExit(inner) => {
                    <requestExitCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slashCensorship(inner) => {
                    <slashCensorshipCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slashEquivocation(inner) => {
                    <slashEquivocationCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slashRecordConflict(inner) => {
                    <slashRecordConflictCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slotAt(inner) => <slotAtCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::slotStartBlock(inner) => {
                    <slotStartBlockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::strikesIn(inner) => {
                    <strikesInCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::topUp(inner) => <topUpCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::totalBonded(inner) => {
                    <totalBondedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::totalBurned(inner) => {
                    <totalBurnedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::totalEscrowed(inner) => {
                    <totalEscrowedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::totalPayouts(inner) => {
                    <totalPayoutsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::unjail(inner) => <unjailCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::withdraw(inner) => <withdrawCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::withdrawPayout(inner) => {
                    <withdrawPayoutCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::chargeCertificateConflict(inner) => {
                    <chargeCertificateConflictCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::chargeReceipt(inner) => {
                    <chargeReceiptCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::checkpointRingSize(inner) => {
                    <checkpointRingSizeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::currentSlot(inner) => {
                    <currentSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::eligibleSigner(inner) => {
                    <eligibleSignerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::epochOf(inner) => <epochOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::epochSeed(inner) => {
                    <epochSeedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::escrowHashOf(inner) => {
                    <escrowHashOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::escrowedAgainst(inner) => {
                    <escrowedAgainstCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::faultProven(inner) => {
                    <faultProvenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::genesisBlock(inner) => {
                    <genesisBlockCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::inbox(inner) => <inboxCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::leaderOf(inner) => {
                    <leaderOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::membersAt(inner) => {
                    <membersAtCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::operator(inner) => {
                    <operatorCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::operatorIdOf(inner) => {
                    <operatorIdOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::params(inner) => <paramsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::payoutOf(inner) => {
                    <payoutOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::receipts(inner) => {
                    <receiptsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::register(inner) => {
                    <registerCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::releasePayout(inner) => {
                    <releasePayoutCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::reportMissedSlot(inner) => {
                    <reportMissedSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::requestExit(inner) => {
                    <requestExitCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slashCensorship(inner) => {
                    <slashCensorshipCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slashEquivocation(inner) => {
                    <slashEquivocationCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slashRecordConflict(inner) => {
                    <slashRecordConflictCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slotAt(inner) => <slotAtCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::slotStartBlock(inner) => {
                    <slotStartBlockCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::strikesIn(inner) => {
                    <strikesInCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::topUp(inner) => <topUpCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::totalBonded(inner) => {
                    <totalBondedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::totalBurned(inner) => {
                    <totalBurnedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::totalEscrowed(inner) => {
                    <totalEscrowedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::totalPayouts(inner) => {
                    <totalPayoutsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::unjail(inner) => <unjailCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::withdraw(inner) => {
                    <withdrawCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::withdrawPayout(inner) => {
                    <withdrawPayoutCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`SequencerRegistry`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum SequencerRegistryErrors {
        #[allow(missing_docs)]
        AlreadyEjected(AlreadyEjected),
        #[allow(missing_docs)]
        AlreadyProven(AlreadyProven),
        #[allow(missing_docs)]
        BondTooHigh(BondTooHigh),
        #[allow(missing_docs)]
        BondTooLow(BondTooLow),
        #[allow(missing_docs)]
        CooldownActive(CooldownActive),
        #[allow(missing_docs)]
        EpochPruned(EpochPruned),
        #[allow(missing_docs)]
        HeaderMismatch(HeaderMismatch),
        #[allow(missing_docs)]
        HeadersDoNotCoverSlot(HeadersDoNotCoverSlot),
        #[allow(missing_docs)]
        HeadersNotConsecutive(HeadersNotConsecutive),
        #[allow(missing_docs)]
        HeadersRequired(HeadersRequired),
        #[allow(missing_docs)]
        InvalidParameters(InvalidParameters),
        #[allow(missing_docs)]
        InvalidSignature(InvalidSignature),
        #[allow(missing_docs)]
        InvalidSigner(InvalidSigner),
        #[allow(missing_docs)]
        LeaderPostedInSlot(LeaderPostedInSlot),
        #[allow(missing_docs)]
        NoAccountableOperator(NoAccountableOperator),
        #[allow(missing_docs)]
        NoLeader(NoLeader),
        #[allow(missing_docs)]
        NotAccountable(NotAccountable),
        #[allow(missing_docs)]
        NotCensored(NotCensored),
        #[allow(missing_docs)]
        NotCommitteeContract(NotCommitteeContract),
        #[allow(missing_docs)]
        NotEquivocation(NotEquivocation),
        #[allow(missing_docs)]
        NotOwner(NotOwner),
        #[allow(missing_docs)]
        NotReceiptsContract(NotReceiptsContract),
        #[allow(missing_docs)]
        NotRosterBitmap(NotRosterBitmap),
        #[allow(missing_docs)]
        NotScheduled(NotScheduled),
        #[allow(missing_docs)]
        NotWithdrawableYet(NotWithdrawableYet),
        #[allow(missing_docs)]
        NothingOwed(NothingOwed),
        #[allow(missing_docs)]
        OutsideFaultWindow(OutsideFaultWindow),
        #[allow(missing_docs)]
        PayoutForfeited(PayoutForfeited),
        #[allow(missing_docs)]
        PayoutLocked(PayoutLocked),
        #[allow(missing_docs)]
        RosterFull(RosterFull),
        #[allow(missing_docs)]
        SignerAlreadyUsed(SignerAlreadyUsed),
        #[allow(missing_docs)]
        SlotNotOver(SlotNotOver),
        #[allow(missing_docs)]
        TransferFailed(TransferFailed),
        #[allow(missing_docs)]
        UnknownOperator(UnknownOperator),
        #[allow(missing_docs)]
        UnknownPayout(UnknownPayout),
        #[allow(missing_docs)]
        UnknownSigner(UnknownSigner),
        #[allow(missing_docs)]
        WrongStatus(WrongStatus),
    }
    impl SequencerRegistryErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [0u8, 1u8, 85u8, 181u8],
            [0u8, 132u8, 210u8, 136u8],
            [0u8, 221u8, 82u8, 200u8],
            [1u8, 162u8, 184u8, 78u8],
            [9u8, 11u8, 50u8, 209u8],
            [11u8, 105u8, 235u8, 179u8],
            [14u8, 225u8, 106u8, 234u8],
            [21u8, 243u8, 183u8, 171u8],
            [24u8, 11u8, 141u8, 142u8],
            [27u8, 203u8, 124u8, 37u8],
            [36u8, 90u8, 236u8, 211u8],
            [53u8, 144u8, 17u8, 204u8],
            [83u8, 187u8, 111u8, 229u8],
            [107u8, 28u8, 139u8, 160u8],
            [107u8, 90u8, 173u8, 58u8],
            [119u8, 140u8, 161u8, 28u8],
            [121u8, 125u8, 186u8, 84u8],
            [121u8, 184u8, 55u8, 51u8],
            [129u8, 94u8, 29u8, 100u8],
            [131u8, 159u8, 149u8, 252u8],
            [139u8, 170u8, 87u8, 159u8],
            [144u8, 184u8, 236u8, 24u8],
            [146u8, 238u8, 230u8, 141u8],
            [147u8, 180u8, 236u8, 249u8],
            [151u8, 178u8, 96u8, 149u8],
            [154u8, 238u8, 10u8, 162u8],
            [166u8, 68u8, 189u8, 12u8],
            [169u8, 85u8, 1u8, 242u8],
            [170u8, 106u8, 77u8, 92u8],
            [178u8, 31u8, 210u8, 77u8],
            [179u8, 210u8, 0u8, 116u8],
            [210u8, 207u8, 66u8, 70u8],
            [215u8, 232u8, 162u8, 194u8],
            [221u8, 35u8, 195u8, 173u8],
            [228u8, 169u8, 178u8, 251u8],
            [228u8, 232u8, 55u8, 74u8],
            [234u8, 3u8, 54u8, 132u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(BondTooLow),
            ::core::stringify!(PayoutForfeited),
            ::core::stringify!(SlotNotOver),
            ::core::stringify!(HeadersNotConsecutive),
            ::core::stringify!(NotAccountable),
            ::core::stringify!(NotEquivocation),
            ::core::stringify!(HeadersDoNotCoverSlot),
            ::core::stringify!(CooldownActive),
            ::core::stringify!(NotReceiptsContract),
            ::core::stringify!(OutsideFaultWindow),
            ::core::stringify!(NotOwner),
            ::core::stringify!(WrongStatus),
            ::core::stringify!(NotCommitteeContract),
            ::core::stringify!(RosterFull),
            ::core::stringify!(HeaderMismatch),
            ::core::stringify!(NotWithdrawableYet),
            ::core::stringify!(NothingOwed),
            ::core::stringify!(BondTooHigh),
            ::core::stringify!(InvalidSigner),
            ::core::stringify!(NoAccountableOperator),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(TransferFailed),
            ::core::stringify!(PayoutLocked),
            ::core::stringify!(NotRosterBitmap),
            ::core::stringify!(NoLeader),
            ::core::stringify!(NotCensored),
            ::core::stringify!(UnknownPayout),
            ::core::stringify!(EpochPruned),
            ::core::stringify!(SignerAlreadyUsed),
            ::core::stringify!(NotScheduled),
            ::core::stringify!(UnknownOperator),
            ::core::stringify!(HeadersRequired),
            ::core::stringify!(UnknownSigner),
            ::core::stringify!(InvalidParameters),
            ::core::stringify!(LeaderPostedInSlot),
            ::core::stringify!(AlreadyEjected),
            ::core::stringify!(AlreadyProven),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <BondTooLow as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutForfeited as alloy_sol_types::SolError>::SIGNATURE,
            <SlotNotOver as alloy_sol_types::SolError>::SIGNATURE,
            <HeadersNotConsecutive as alloy_sol_types::SolError>::SIGNATURE,
            <NotAccountable as alloy_sol_types::SolError>::SIGNATURE,
            <NotEquivocation as alloy_sol_types::SolError>::SIGNATURE,
            <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::SIGNATURE,
            <CooldownActive as alloy_sol_types::SolError>::SIGNATURE,
            <NotReceiptsContract as alloy_sol_types::SolError>::SIGNATURE,
            <OutsideFaultWindow as alloy_sol_types::SolError>::SIGNATURE,
            <NotOwner as alloy_sol_types::SolError>::SIGNATURE,
            <WrongStatus as alloy_sol_types::SolError>::SIGNATURE,
            <NotCommitteeContract as alloy_sol_types::SolError>::SIGNATURE,
            <RosterFull as alloy_sol_types::SolError>::SIGNATURE,
            <HeaderMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <NotWithdrawableYet as alloy_sol_types::SolError>::SIGNATURE,
            <NothingOwed as alloy_sol_types::SolError>::SIGNATURE,
            <BondTooHigh as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSigner as alloy_sol_types::SolError>::SIGNATURE,
            <NoAccountableOperator as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <TransferFailed as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutLocked as alloy_sol_types::SolError>::SIGNATURE,
            <NotRosterBitmap as alloy_sol_types::SolError>::SIGNATURE,
            <NoLeader as alloy_sol_types::SolError>::SIGNATURE,
            <NotCensored as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownPayout as alloy_sol_types::SolError>::SIGNATURE,
            <EpochPruned as alloy_sol_types::SolError>::SIGNATURE,
            <SignerAlreadyUsed as alloy_sol_types::SolError>::SIGNATURE,
            <NotScheduled as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownOperator as alloy_sol_types::SolError>::SIGNATURE,
            <HeadersRequired as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownSigner as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidParameters as alloy_sol_types::SolError>::SIGNATURE,
            <LeaderPostedInSlot as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyEjected as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadyProven as alloy_sol_types::SolError>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => ::core::option::Option::Some(Self::SIGNATURES[idx]),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 4usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolInterface for SequencerRegistryErrors {
        const NAME: &'static str = "SequencerRegistryErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 37usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadyEjected(_) => <AlreadyEjected as alloy_sol_types::SolError>::SELECTOR,
                Self::AlreadyProven(_) => <AlreadyProven as alloy_sol_types::SolError>::SELECTOR,
                Self::BondTooHigh(_) => <BondTooHigh as alloy_sol_types::SolError>::SELECTOR,
                Self::BondTooLow(_) => <BondTooLow as alloy_sol_types::SolError>::SELECTOR,
                Self::CooldownActive(_) => <CooldownActive as alloy_sol_types::SolError>::SELECTOR,
                Self::EpochPruned(_) => <EpochPruned as alloy_sol_types::SolError>::SELECTOR,
                Self::HeaderMismatch(_) => <HeaderMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::HeadersDoNotCoverSlot(_) => {
                    <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::SELECTOR
                }
                Self::HeadersNotConsecutive(_) => {
                    <HeadersNotConsecutive as alloy_sol_types::SolError>::SELECTOR
                }
                Self::HeadersRequired(_) => <HeadersRequired as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidParameters(_) => <InvalidParameters as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidSignature(_) => <InvalidSignature as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidSigner(_) => <InvalidSigner as alloy_sol_types::SolError>::SELECTOR,
                Self::LeaderPostedInSlot(_) => <LeaderPostedInSlot as alloy_sol_types::SolError>::SELECTOR,
                Self::NoAccountableOperator(_) => {
                    <NoAccountableOperator as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NoLeader(_) => <NoLeader as alloy_sol_types::SolError>::SELECTOR,
                Self::NotAccountable(_) => <NotAccountable as alloy_sol_types::SolError>::SELECTOR,
                Self::NotCensored(_) => <NotCensored as alloy_sol_types::SolError>::SELECTOR,
                Self::NotCommitteeContract(_) => {
                    <NotCommitteeContract as alloy_sol_types::SolError>::SELECTOR
                }
                Self::NotEquivocation(_) => <NotEquivocation as alloy_sol_types::SolError>::SELECTOR,
                Self::NotOwner(_) => <NotOwner as alloy_sol_types::SolError>::SELECTOR,
                Self::NotReceiptsContract(_) => <NotReceiptsContract as alloy_sol_types::SolError>::SELECTOR,
                Self::NotRosterBitmap(_) => <NotRosterBitmap as alloy_sol_types::SolError>::SELECTOR,
                Self::NotScheduled(_) => <NotScheduled as alloy_sol_types::SolError>::SELECTOR,
                Self::NotWithdrawableYet(_) => <NotWithdrawableYet as alloy_sol_types::SolError>::SELECTOR,
                Self::NothingOwed(_) => <NothingOwed as alloy_sol_types::SolError>::SELECTOR,
                Self::OutsideFaultWindow(_) => <OutsideFaultWindow as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutForfeited(_) => <PayoutForfeited as alloy_sol_types::SolError>::SELECTOR,
                Self::PayoutLocked(_) => <PayoutLocked as alloy_sol_types::SolError>::SELECTOR,
                Self::RosterFull(_) => <RosterFull as alloy_sol_types::SolError>::SELECTOR,
                Self::SignerAlreadyUsed(_) => <SignerAlreadyUsed as alloy_sol_types::SolError>::SELECTOR,
                Self::SlotNotOver(_) => <SlotNotOver as alloy_sol_types::SolError>::SELECTOR,
                Self::TransferFailed(_) => <TransferFailed as alloy_sol_types::SolError>::SELECTOR,
                Self::UnknownOperator(_) => <UnknownOperator as alloy_sol_types::SolError>::SELECTOR,
                Self::UnknownPayout(_) => <UnknownPayout as alloy_sol_types::SolError>::SELECTOR,
                Self::UnknownSigner(_) => <UnknownSigner as alloy_sol_types::SolError>::SELECTOR,
                Self::WrongStatus(_) => <WrongStatus as alloy_sol_types::SolError>::SELECTOR,
            }
        }
        #[inline]
        fn selector_at(i: usize) -> ::core::option::Option<[u8; 4]> {
            Self::SELECTORS.get(i).copied()
        }
        #[inline]
        fn valid_selector(selector: [u8; 4]) -> bool {
            Self::SELECTORS.binary_search(&selector).is_ok()
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors>] = &[
                {
                    fn BondTooLow(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <BondTooLow as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::BondTooLow)
                    }
                    BondTooLow
                },
                {
                    fn PayoutForfeited(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <PayoutForfeited as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::PayoutForfeited)
                    }
                    PayoutForfeited
                },
                {
                    fn SlotNotOver(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <SlotNotOver as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::SlotNotOver)
                    }
                    SlotNotOver
                },
                {
                    fn HeadersNotConsecutive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <HeadersNotConsecutive as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::HeadersNotConsecutive)
                    }
                    HeadersNotConsecutive
                },
                {
                    fn NotAccountable(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotAccountable as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotAccountable)
                    }
                    NotAccountable
                },
                {
                    fn NotEquivocation(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotEquivocation as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotEquivocation)
                    }
                    NotEquivocation
                },
                {
                    fn HeadersDoNotCoverSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::HeadersDoNotCoverSlot)
                    }
                    HeadersDoNotCoverSlot
                },
                {
                    fn CooldownActive(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <CooldownActive as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::CooldownActive)
                    }
                    CooldownActive
                },
                {
                    fn NotReceiptsContract(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotReceiptsContract as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotReceiptsContract)
                    }
                    NotReceiptsContract
                },
                {
                    fn OutsideFaultWindow(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <OutsideFaultWindow as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::OutsideFaultWindow)
                    }
                    OutsideFaultWindow
                },
                {
                    fn NotOwner(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotOwner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotOwner)
                    }
                    NotOwner
                },
                {
                    fn WrongStatus(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <WrongStatus as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::WrongStatus)
                    }
                    WrongStatus
                },
                {
                    fn NotCommitteeContract(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotCommitteeContract as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotCommitteeContract)
                    }
                    NotCommitteeContract
                },
                {
                    fn RosterFull(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <RosterFull as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::RosterFull)
                    }
                    RosterFull
                },
                {
                    fn HeaderMismatch(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <HeaderMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::HeaderMismatch)
                    }
                    HeaderMismatch
                },
                {
                    fn NotWithdrawableYet(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotWithdrawableYet as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotWithdrawableYet)
                    }
                    NotWithdrawableYet
                },
                {
                    fn NothingOwed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NothingOwed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NothingOwed)
                    }
                    NothingOwed
                },
                {
                    fn BondTooHigh(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <BondTooHigh as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::BondTooHigh)
                    }
                    BondTooHigh
                },
                {
                    fn InvalidSigner(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <InvalidSigner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::InvalidSigner)
                    }
                    InvalidSigner
                },
                {
                    fn NoAccountableOperator(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NoAccountableOperator as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NoAccountableOperator)
                    }
                    NoAccountableOperator
                },
                {
                    fn InvalidSignature(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::InvalidSignature)
                    }
                    InvalidSignature
                },
                {
                    fn TransferFailed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <TransferFailed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::TransferFailed)
                    }
                    TransferFailed
                },
                {
                    fn PayoutLocked(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <PayoutLocked as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::PayoutLocked)
                    }
                    PayoutLocked
                },
                {
                    fn NotRosterBitmap(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotRosterBitmap as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotRosterBitmap)
                    }
                    NotRosterBitmap
                },
                {
                    fn NoLeader(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NoLeader as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NoLeader)
                    }
                    NoLeader
                },
                {
                    fn NotCensored(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotCensored as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotCensored)
                    }
                    NotCensored
                },
                {
                    fn UnknownPayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <UnknownPayout as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::UnknownPayout)
                    }
                    UnknownPayout
                },
                {
                    fn EpochPruned(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <EpochPruned as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::EpochPruned)
                    }
                    EpochPruned
                },
                {
                    fn SignerAlreadyUsed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <SignerAlreadyUsed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::SignerAlreadyUsed)
                    }
                    SignerAlreadyUsed
                },
                {
                    fn NotScheduled(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotScheduled as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotScheduled)
                    }
                    NotScheduled
                },
                {
                    fn UnknownOperator(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <UnknownOperator as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::UnknownOperator)
                    }
                    UnknownOperator
                },
                {
                    fn HeadersRequired(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <HeadersRequired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::HeadersRequired)
                    }
                    HeadersRequired
                },
                {
                    fn UnknownSigner(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <UnknownSigner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::UnknownSigner)
                    }
                    UnknownSigner
                },
                {
                    fn InvalidParameters(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <InvalidParameters as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::InvalidParameters)
                    }
                    InvalidParameters
                },
                {
                    fn LeaderPostedInSlot(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <LeaderPostedInSlot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::LeaderPostedInSlot)
                    }
                    LeaderPostedInSlot
                },
                {
                    fn AlreadyEjected(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <AlreadyEjected as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::AlreadyEjected)
                    }
                    AlreadyEjected
                },
                {
                    fn AlreadyProven(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <AlreadyProven as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::AlreadyProven)
                    }
                    AlreadyProven
                },
            ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_SHIMS[idx](data)
        }
        #[inline]
        #[allow(non_snake_case)]
        fn abi_decode_raw_validate(selector: [u8; 4], data: &[u8]) -> alloy_sol_types::Result<Self> {
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors>] =
                &[
                    {
                        fn BondTooLow(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <BondTooLow as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::BondTooLow)
                        }
                        BondTooLow
                    },
                    {
                        fn PayoutForfeited(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <PayoutForfeited as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::PayoutForfeited)
                        }
                        PayoutForfeited
                    },
                    {
                        fn SlotNotOver(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <SlotNotOver as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::SlotNotOver)
                        }
                        SlotNotOver
                    },
                    {
                        fn HeadersNotConsecutive(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <HeadersNotConsecutive as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SequencerRegistryErrors::HeadersNotConsecutive)
                        }
                        HeadersNotConsecutive
                    },
                    {
                        fn NotAccountable(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotAccountable as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotAccountable)
                        }
                        NotAccountable
                    },
                    {
                        fn NotEquivocation(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotEquivocation as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotEquivocation)
                        }
                        NotEquivocation
                    },
                    {
                        fn HeadersDoNotCoverSlot(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SequencerRegistryErrors::HeadersDoNotCoverSlot)
                        }
                        HeadersDoNotCoverSlot
                    },
                    {
                        fn CooldownActive(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <CooldownActive as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::CooldownActive)
                        }
                        CooldownActive
                    },
                    {
                        fn NotReceiptsContract(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotReceiptsContract as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotReceiptsContract)
                        }
                        NotReceiptsContract
                    },
                    {
                        fn OutsideFaultWindow(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <OutsideFaultWindow as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::OutsideFaultWindow)
                        }
                        OutsideFaultWindow
                    },
                    {
                        fn NotOwner(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotOwner as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotOwner)
                        }
                        NotOwner
                    },
                    {
                        fn WrongStatus(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <WrongStatus as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::WrongStatus)
                        }
                        WrongStatus
                    },
                    {
                        fn NotCommitteeContract(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotCommitteeContract as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotCommitteeContract)
                        }
                        NotCommitteeContract
                    },
                    {
                        fn RosterFull(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <RosterFull as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::RosterFull)
                        }
                        RosterFull
                    },
                    {
                        fn HeaderMismatch(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <HeaderMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::HeaderMismatch)
                        }
                        HeaderMismatch
                    },
                    {
                        fn NotWithdrawableYet(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotWithdrawableYet as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotWithdrawableYet)
                        }
                        NotWithdrawableYet
                    },
                    {
                        fn NothingOwed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NothingOwed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NothingOwed)
                        }
                        NothingOwed
                    },
                    {
                        fn BondTooHigh(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <BondTooHigh as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::BondTooHigh)
                        }
                        BondTooHigh
                    },
                    {
                        fn InvalidSigner(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <InvalidSigner as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::InvalidSigner)
                        }
                        InvalidSigner
                    },
                    {
                        fn NoAccountableOperator(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NoAccountableOperator as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(SequencerRegistryErrors::NoAccountableOperator)
                        }
                        NoAccountableOperator
                    },
                    {
                        fn InvalidSignature(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::InvalidSignature)
                        }
                        InvalidSignature
                    },
                    {
                        fn TransferFailed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <TransferFailed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::TransferFailed)
                        }
                        TransferFailed
                    },
                    {
                        fn PayoutLocked(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <PayoutLocked as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::PayoutLocked)
                        }
                        PayoutLocked
                    },
                    {
                        fn NotRosterBitmap(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotRosterBitmap as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotRosterBitmap)
                        }
                        NotRosterBitmap
                    },
                    {
                        fn NoLeader(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NoLeader as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NoLeader)
                        }
                        NoLeader
                    },
                    {
                        fn NotCensored(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotCensored as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotCensored)
                        }
                        NotCensored
                    },
                    {
                        fn UnknownPayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <UnknownPayout as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::UnknownPayout)
                        }
                        UnknownPayout
                    },
                    {
                        fn EpochPruned(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <EpochPruned as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::EpochPruned)
                        }
                        EpochPruned
                    },
                    {
                        fn SignerAlreadyUsed(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <SignerAlreadyUsed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::SignerAlreadyUsed)
                        }
                        SignerAlreadyUsed
                    },
                    {
                        fn NotScheduled(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotScheduled as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotScheduled)
                        }
                        NotScheduled
                    },
                    {
                        fn UnknownOperator(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <UnknownOperator as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::UnknownOperator)
                        }
                        UnknownOperator
                    },
                    {
                        fn HeadersRequired(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <HeadersRequired as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::HeadersRequired)
                        }
                        HeadersRequired
                    },
                    {
                        fn UnknownSigner(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <UnknownSigner as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::UnknownSigner)
                        }
                        UnknownSigner
                    },
                    {
                        fn InvalidParameters(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <InvalidParameters as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::InvalidParameters)
                        }
                        InvalidParameters
                    },
                    {
                        fn LeaderPostedInSlot(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <LeaderPostedInSlot as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::LeaderPostedInSlot)
                        }
                        LeaderPostedInSlot
                    },
                    {
                        fn AlreadyEjected(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <AlreadyEjected as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::AlreadyEjected)
                        }
                        AlreadyEjected
                    },
                    {
                        fn AlreadyProven(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <AlreadyProven as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::AlreadyProven)
                        }
                        AlreadyProven
                    },
                ];
            let Ok(idx) = Self::SELECTORS.binary_search(&selector) else {
                return Err(alloy_sol_types::Error::unknown_selector(
                    <Self as alloy_sol_types::SolInterface>::NAME,
                    selector,
                ));
            };
            DECODE_VALIDATE_SHIMS[idx](data)
        }
        #[inline]
        fn abi_encoded_size(&self) -> usize {
            match self {
                Self::AlreadyEjected(inner) => {
                    <AlreadyEjected as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::AlreadyProven(inner) => {
                    <AlreadyProven as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::BondTooHigh(inner) => {
                    <BondTooHigh as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::BondTooLow(inner) => <BondTooLow as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::CooldownActive(inner) => {
                    <CooldownActive as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EpochPruned(inner) => {
                    <EpochPruned as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::HeaderMismatch(inner) => {
                    <HeaderMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::HeadersDoNotCoverSlot(inner) => {
                    <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::HeadersNotConsecutive(inner) => {
                    <HeadersNotConsecutive as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::HeadersRequired(inner) => {
                    <HeadersRequired as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidParameters(inner) => {
                    <InvalidParameters as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidSigner(inner) => {
                    <InvalidSigner as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::LeaderPostedInSlot(inner) => {
                    <LeaderPostedInSlot as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoAccountableOperator(inner) => {
                    <NoAccountableOperator as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoLeader(inner) => <NoLeader as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::NotAccountable(inner) => {
                    <NotAccountable as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotCensored(inner) => {
                    <NotCensored as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotCommitteeContract(inner) => {
                    <NotCommitteeContract as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotEquivocation(inner) => {
                    <NotEquivocation as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotOwner(inner) => <NotOwner as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::NotReceiptsContract(inner) => {
                    <NotReceiptsContract as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotRosterBitmap(inner) => {
                    <NotRosterBitmap as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotScheduled(inner) => {
                    <NotScheduled as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotWithdrawableYet(inner) => {
                    <NotWithdrawableYet as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingOwed(inner) => {
                    <NothingOwed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::OutsideFaultWindow(inner) => {
                    <OutsideFaultWindow as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::PayoutForfeited(inner) => {
                    <PayoutForfeited as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::PayoutLocked(inner) => {
                    <PayoutLocked as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::RosterFull(inner) => <RosterFull as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::SignerAlreadyUsed(inner) => {
                    <SignerAlreadyUsed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SlotNotOver(inner) => {
                    <SlotNotOver as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TransferFailed(inner) => {
                    <TransferFailed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownOperator(inner) => {
                    <UnknownOperator as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownPayout(inner) => {
                    <UnknownPayout as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownSigner(inner) => {
                    <UnknownSigner as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::WrongStatus(inner) => {
                    <WrongStatus as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AlreadyEjected(inner) => {
                    <AlreadyEjected as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::AlreadyProven(inner) => {
                    <AlreadyProven as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::BondTooHigh(inner) => {
                    <BondTooHigh as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::BondTooLow(inner) => {
                    <BondTooLow as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::CooldownActive(inner) => {
                    <CooldownActive as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EpochPruned(inner) => {
                    <EpochPruned as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::HeaderMismatch(inner) => {
                    <HeaderMismatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::HeadersDoNotCoverSlot(inner) => {
                    <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::HeadersNotConsecutive(inner) => {
                    <HeadersNotConsecutive as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::HeadersRequired(inner) => {
                    <HeadersRequired as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidParameters(inner) => {
                    <InvalidParameters as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidSigner(inner) => {
                    <InvalidSigner as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::LeaderPostedInSlot(inner) => {
                    <LeaderPostedInSlot as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoAccountableOperator(inner) => {
                    <NoAccountableOperator as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoLeader(inner) => <NoLeader as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
                Self::NotAccountable(inner) => {
                    <NotAccountable as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotCensored(inner) => {
                    <NotCensored as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotCommitteeContract(inner) => {
                    <NotCommitteeContract as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotEquivocation(inner) => {
                    <NotEquivocation as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotOwner(inner) => <NotOwner as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
                Self::NotReceiptsContract(inner) => {
                    <NotReceiptsContract as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotRosterBitmap(inner) => {
                    <NotRosterBitmap as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotScheduled(inner) => {
                    <NotScheduled as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotWithdrawableYet(inner) => {
                    <NotWithdrawableYet as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NothingOwed(inner) => {
                    <NothingOwed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::OutsideFaultWindow(inner) => {
                    <OutsideFaultWindow as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::PayoutForfeited(inner) => {
                    <PayoutForfeited as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::PayoutLocked(inner) => {
                    <PayoutLocked as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::RosterFull(inner) => {
                    <RosterFull as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SignerAlreadyUsed(inner) => {
                    <SignerAlreadyUsed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SlotNotOver(inner) => {
                    <SlotNotOver as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TransferFailed(inner) => {
                    <TransferFailed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownOperator(inner) => {
                    <UnknownOperator as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownPayout(inner) => {
                    <UnknownPayout as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownSigner(inner) => {
                    <UnknownSigner as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::WrongStatus(inner) => {
                    <WrongStatus as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`SequencerRegistry`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum SequencerRegistryEvents {
        #[allow(missing_docs)]
        Ejected(Ejected),
        #[allow(missing_docs)]
        EscrowForfeited(EscrowForfeited),
        #[allow(missing_docs)]
        ExitRequested(ExitRequested),
        #[allow(missing_docs)]
        Jailed(Jailed),
        #[allow(missing_docs)]
        PayoutReleased(PayoutReleased),
        #[allow(missing_docs)]
        PayoutWithdrawn(PayoutWithdrawn),
        #[allow(missing_docs)]
        Registered(Registered),
        #[allow(missing_docs)]
        Slashed(Slashed),
        #[allow(missing_docs)]
        Struck(Struck),
        #[allow(missing_docs)]
        ToppedUp(ToppedUp),
        #[allow(missing_docs)]
        Unjailed(Unjailed),
        #[allow(missing_docs)]
        Withdrawn(Withdrawn),
    }
    impl SequencerRegistryEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                1u8, 52u8, 109u8, 111u8, 199u8, 65u8, 210u8, 129u8, 37u8, 134u8, 254u8, 190u8, 173u8, 128u8,
                67u8, 160u8, 212u8, 161u8, 242u8, 127u8, 63u8, 145u8, 87u8, 228u8, 32u8, 123u8, 197u8, 27u8,
                216u8, 95u8, 191u8, 31u8,
            ],
            [
                45u8, 43u8, 47u8, 40u8, 194u8, 235u8, 128u8, 58u8, 239u8, 31u8, 188u8, 68u8, 32u8, 242u8,
                24u8, 133u8, 105u8, 33u8, 84u8, 16u8, 78u8, 179u8, 249u8, 145u8, 129u8, 207u8, 178u8, 79u8,
                127u8, 114u8, 32u8, 26u8,
            ],
            [
                58u8, 45u8, 183u8, 210u8, 49u8, 92u8, 33u8, 98u8, 212u8, 244u8, 124u8, 41u8, 95u8, 81u8,
                75u8, 90u8, 172u8, 248u8, 69u8, 146u8, 224u8, 36u8, 188u8, 82u8, 152u8, 104u8, 175u8, 141u8,
                119u8, 101u8, 103u8, 247u8,
            ],
            [
                77u8, 179u8, 21u8, 89u8, 41u8, 129u8, 140u8, 194u8, 147u8, 129u8, 170u8, 49u8, 161u8, 204u8,
                108u8, 181u8, 73u8, 196u8, 239u8, 100u8, 139u8, 43u8, 211u8, 222u8, 230u8, 215u8, 41u8,
                118u8, 133u8, 112u8, 174u8, 169u8,
            ],
            [
                109u8, 158u8, 152u8, 212u8, 7u8, 252u8, 72u8, 108u8, 183u8, 30u8, 152u8, 41u8, 10u8, 251u8,
                82u8, 198u8, 64u8, 12u8, 138u8, 89u8, 55u8, 17u8, 245u8, 188u8, 222u8, 97u8, 59u8, 4u8, 81u8,
                31u8, 37u8, 103u8,
            ],
            [
                116u8, 254u8, 7u8, 191u8, 178u8, 64u8, 6u8, 13u8, 174u8, 158u8, 90u8, 120u8, 169u8, 173u8,
                180u8, 83u8, 171u8, 178u8, 60u8, 33u8, 27u8, 223u8, 55u8, 253u8, 44u8, 122u8, 110u8, 128u8,
                210u8, 171u8, 153u8, 173u8,
            ],
            [
                150u8, 123u8, 224u8, 98u8, 66u8, 209u8, 205u8, 78u8, 22u8, 73u8, 186u8, 29u8, 209u8, 124u8,
                150u8, 210u8, 213u8, 12u8, 249u8, 16u8, 246u8, 241u8, 2u8, 96u8, 232u8, 87u8, 32u8, 236u8,
                234u8, 219u8, 15u8, 61u8,
            ],
            [
                170u8, 145u8, 107u8, 183u8, 115u8, 136u8, 134u8, 68u8, 124u8, 51u8, 62u8, 136u8, 3u8, 221u8,
                125u8, 148u8, 229u8, 252u8, 182u8, 172u8, 178u8, 245u8, 213u8, 170u8, 101u8, 2u8, 55u8, 61u8,
                213u8, 157u8, 197u8, 91u8,
            ],
            [
                231u8, 105u8, 250u8, 99u8, 53u8, 173u8, 161u8, 38u8, 163u8, 252u8, 70u8, 153u8, 27u8, 43u8,
                98u8, 193u8, 100u8, 168u8, 36u8, 62u8, 1u8, 52u8, 207u8, 37u8, 143u8, 65u8, 101u8, 214u8,
                63u8, 80u8, 155u8, 201u8,
            ],
            [
                240u8, 60u8, 237u8, 216u8, 74u8, 60u8, 91u8, 171u8, 203u8, 57u8, 28u8, 253u8, 25u8, 219u8,
                250u8, 233u8, 86u8, 251u8, 96u8, 74u8, 179u8, 174u8, 54u8, 254u8, 171u8, 47u8, 249u8, 210u8,
                23u8, 38u8, 233u8, 43u8,
            ],
            [
                245u8, 199u8, 56u8, 84u8, 73u8, 165u8, 87u8, 11u8, 241u8, 197u8, 183u8, 95u8, 71u8, 94u8,
                216u8, 171u8, 163u8, 88u8, 70u8, 199u8, 20u8, 43u8, 76u8, 225u8, 14u8, 164u8, 30u8, 170u8,
                232u8, 217u8, 67u8, 101u8,
            ],
            [
                253u8, 175u8, 97u8, 182u8, 133u8, 133u8, 37u8, 188u8, 213u8, 148u8, 251u8, 110u8, 181u8,
                120u8, 223u8, 196u8, 202u8, 134u8, 73u8, 132u8, 168u8, 13u8, 84u8, 153u8, 41u8, 250u8, 184u8,
                201u8, 213u8, 4u8, 8u8, 73u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Jailed),
            ::core::stringify!(Struck),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(Unjailed),
            ::core::stringify!(Slashed),
            ::core::stringify!(ExitRequested),
            ::core::stringify!(Registered),
            ::core::stringify!(PayoutWithdrawn),
            ::core::stringify!(ToppedUp),
            ::core::stringify!(PayoutReleased),
            ::core::stringify!(Ejected),
            ::core::stringify!(EscrowForfeited),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Jailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Struck as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <Unjailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Slashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <ExitRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <Registered as alloy_sol_types::SolEvent>::SIGNATURE,
            <PayoutWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ToppedUp as alloy_sol_types::SolEvent>::SIGNATURE,
            <PayoutReleased as alloy_sol_types::SolEvent>::SIGNATURE,
            <Ejected as alloy_sol_types::SolEvent>::SIGNATURE,
            <EscrowForfeited as alloy_sol_types::SolEvent>::SIGNATURE,
        ];
        /// Returns the signature for the given selector, if known.
        #[inline]
        pub fn signature_by_selector(selector: [u8; 32usize]) -> ::core::option::Option<&'static str> {
            match Self::SELECTORS.binary_search(&selector) {
                ::core::result::Result::Ok(idx) => ::core::option::Option::Some(Self::SIGNATURES[idx]),
                ::core::result::Result::Err(_) => ::core::option::Option::None,
            }
        }
        /// Returns the enum variant name for the given selector, if known.
        #[inline]
        pub fn name_by_selector(selector: [u8; 32usize]) -> ::core::option::Option<&'static str> {
            let sig = Self::signature_by_selector(selector)?;
            sig.split_once('(').map(|(name, _)| name)
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::SolEventInterface for SequencerRegistryEvents {
        const NAME: &'static str = "SequencerRegistryEvents";
        const COUNT: usize = 12usize;
        fn decode_raw_log(topics: &[alloy_sol_types::Word], data: &[u8]) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<Ejected as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Ejected as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Ejected)
                }
                Some(<EscrowForfeited as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EscrowForfeited as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EscrowForfeited)
                }
                Some(<ExitRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ExitRequested as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ExitRequested)
                }
                Some(<Jailed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Jailed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Jailed)
                }
                Some(<PayoutReleased as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PayoutReleased as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PayoutReleased)
                }
                Some(<PayoutWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PayoutWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PayoutWithdrawn)
                }
                Some(<Registered as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Registered as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Registered)
                }
                Some(<Slashed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Slashed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Slashed)
                }
                Some(<Struck as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Struck as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Struck)
                }
                Some(<ToppedUp as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ToppedUp as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::ToppedUp)
                }
                Some(<Unjailed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Unjailed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Unjailed)
                }
                Some(<Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Withdrawn as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::Withdrawn)
                }
                _ => alloy_sol_types::private::Err(alloy_sol_types::Error::InvalidLog {
                    name: <Self as alloy_sol_types::SolEventInterface>::NAME,
                    log: alloy_sol_types::private::Box::new(
                        alloy_sol_types::private::LogData::new_unchecked(
                            topics.to_vec(),
                            data.to_vec().into(),
                        ),
                    ),
                }),
            }
        }
    }
    #[automatically_derived]
    impl alloy_sol_types::private::IntoLogData for SequencerRegistryEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Ejected(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::EscrowForfeited(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::ExitRequested(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Jailed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::PayoutReleased(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::PayoutWithdrawn(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Registered(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Slashed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Struck(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::ToppedUp(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Unjailed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Withdrawn(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::Ejected(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::EscrowForfeited(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::ExitRequested(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Jailed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::PayoutReleased(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::PayoutWithdrawn(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Registered(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Slashed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Struck(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::ToppedUp(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Unjailed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Withdrawn(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`SequencerRegistry`](self) contract instance.

    See the [wrapper's documentation](`SequencerRegistryInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> SequencerRegistryInstance<P, N> {
        SequencerRegistryInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
        receipts_: alloy::sol_types::private::Address,
        committee_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<SequencerRegistryInstance<P, N>>> {
        SequencerRegistryInstance::<P, N>::deploy(__provider, p, receipts_, committee_)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
        receipts_: alloy::sol_types::private::Address,
        committee_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        SequencerRegistryInstance::<P, N>::deploy_builder(__provider, p, receipts_, committee_)
    }
    /**A [`SequencerRegistry`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`SequencerRegistry`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct SequencerRegistryInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for SequencerRegistryInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("SequencerRegistryInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        SequencerRegistryInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`SequencerRegistry`](self) contract instance.

        See the [wrapper's documentation](`SequencerRegistryInstance`) for more details.*/
        #[inline]
        pub const fn new(address: alloy_sol_types::private::Address, __provider: P) -> Self {
            Self { address, provider: __provider, _network: ::core::marker::PhantomData }
        }
        /**Deploys this contract using the given `provider` and constructor arguments, if any.

        Returns a new instance of the contract, if the deployment was successful.

        For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
        #[inline]
        pub async fn deploy(
            __provider: P,
            p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
            receipts_: alloy::sol_types::private::Address,
            committee_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<SequencerRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, p, receipts_, committee_);
            let contract_address = call_builder.deploy().await?;
            Ok(Self::new(contract_address, call_builder.provider))
        }
        /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
        and constructor arguments, if any.

        This is a simple wrapper around creating a `RawCallBuilder` with the data set to
        the bytecode concatenated with the constructor's ABI-encoded arguments.*/
        #[inline]
        pub fn deploy_builder(
            __provider: P,
            p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
            receipts_: alloy::sol_types::private::Address,
            committee_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall {
                        p,
                        receipts_,
                        committee_,
                    })[..],
                ]
                .concat()
                .into(),
            )
        }
        /// Returns a reference to the address.
        #[inline]
        pub const fn address(&self) -> &alloy_sol_types::private::Address {
            &self.address
        }
        /// Sets the address.
        #[inline]
        pub fn set_address(&mut self, address: alloy_sol_types::private::Address) {
            self.address = address;
        }
        /// Sets the address and returns `self`.
        pub fn at(mut self, address: alloy_sol_types::private::Address) -> Self {
            self.set_address(address);
            self
        }
        /// Returns a reference to the provider.
        #[inline]
        pub const fn provider(&self) -> &P {
            &self.provider
        }
    }
    impl<P: ::core::clone::Clone, N> SequencerRegistryInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> SequencerRegistryInstance<P, N> {
            SequencerRegistryInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        SequencerRegistryInstance<P, N>
    {
        /// Creates a new call builder using this contract instance's provider and address.
        ///
        /// Note that the call can be any function call, not just those defined in this
        /// contract. Prefer using the other methods for building type-safe contract calls.
        pub fn call_builder<C: alloy_sol_types::SolCall>(
            &self,
            call: &C,
        ) -> alloy_contract::SolCallBuilder<&P, C, N> {
            alloy_contract::SolCallBuilder::new_sol(&self.provider, &self.address, call)
        }
        ///Creates a new call builder for the [`chargeCertificateConflict`] function.
        pub fn chargeCertificateConflict(
            &self,
            ids: alloy::sol_types::private::primitives::aliases::U256,
            slot: u64,
            evidence: alloy::sol_types::private::FixedBytes<32>,
            reporter: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, chargeCertificateConflictCall, N> {
            self.call_builder(&chargeCertificateConflictCall { ids, slot, evidence, reporter })
        }
        ///Creates a new call builder for the [`chargeReceipt`] function.
        pub fn chargeReceipt(
            &self,
            signer: alloy::sol_types::private::Address,
            fault: <ISequencerRegistry::Fault as alloy::sol_types::SolType>::RustType,
            evidence: alloy::sol_types::private::FixedBytes<32>,
            penalty: alloy::sol_types::private::primitives::aliases::U256,
            beneficiary: alloy::sol_types::private::Address,
            compensation: alloy::sol_types::private::primitives::aliases::U256,
            reporter: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, chargeReceiptCall, N> {
            self.call_builder(&chargeReceiptCall {
                signer,
                fault,
                evidence,
                penalty,
                beneficiary,
                compensation,
                reporter,
            })
        }
        ///Creates a new call builder for the [`checkpointRingSize`] function.
        pub fn checkpointRingSize(&self) -> alloy_contract::SolCallBuilder<&P, checkpointRingSizeCall, N> {
            self.call_builder(&checkpointRingSizeCall)
        }
        ///Creates a new call builder for the [`committee`] function.
        pub fn committee(&self) -> alloy_contract::SolCallBuilder<&P, committeeCall, N> {
            self.call_builder(&committeeCall)
        }
        ///Creates a new call builder for the [`currentSlot`] function.
        pub fn currentSlot(&self) -> alloy_contract::SolCallBuilder<&P, currentSlotCall, N> {
            self.call_builder(&currentSlotCall)
        }
        ///Creates a new call builder for the [`eligibleSigner`] function.
        pub fn eligibleSigner(&self, id: u8) -> alloy_contract::SolCallBuilder<&P, eligibleSignerCall, N> {
            self.call_builder(&eligibleSignerCall { id })
        }
        ///Creates a new call builder for the [`epochOf`] function.
        pub fn epochOf(&self, slot: u64) -> alloy_contract::SolCallBuilder<&P, epochOfCall, N> {
            self.call_builder(&epochOfCall { slot })
        }
        ///Creates a new call builder for the [`epochSeed`] function.
        pub fn epochSeed(&self, epoch: u32) -> alloy_contract::SolCallBuilder<&P, epochSeedCall, N> {
            self.call_builder(&epochSeedCall { epoch })
        }
        ///Creates a new call builder for the [`escrowHashOf`] function.
        pub fn escrowHashOf(
            &self,
            evidence: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, escrowHashOfCall, N> {
            self.call_builder(&escrowHashOfCall { evidence })
        }
        ///Creates a new call builder for the [`escrowedAgainst`] function.
        pub fn escrowedAgainst(
            &self,
            signer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, escrowedAgainstCall, N> {
            self.call_builder(&escrowedAgainstCall { signer })
        }
        ///Creates a new call builder for the [`faultProven`] function.
        pub fn faultProven(
            &self,
            evidence: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, faultProvenCall, N> {
            self.call_builder(&faultProvenCall { evidence })
        }
        ///Creates a new call builder for the [`genesisBlock`] function.
        pub fn genesisBlock(&self) -> alloy_contract::SolCallBuilder<&P, genesisBlockCall, N> {
            self.call_builder(&genesisBlockCall)
        }
        ///Creates a new call builder for the [`inbox`] function.
        pub fn inbox(&self) -> alloy_contract::SolCallBuilder<&P, inboxCall, N> {
            self.call_builder(&inboxCall)
        }
        ///Creates a new call builder for the [`leaderOf`] function.
        pub fn leaderOf(&self, slot: u64) -> alloy_contract::SolCallBuilder<&P, leaderOfCall, N> {
            self.call_builder(&leaderOfCall { slot })
        }
        ///Creates a new call builder for the [`membersAt`] function.
        pub fn membersAt(&self, epoch: u32) -> alloy_contract::SolCallBuilder<&P, membersAtCall, N> {
            self.call_builder(&membersAtCall { epoch })
        }
        ///Creates a new call builder for the [`operator`] function.
        pub fn operator(&self, id: u8) -> alloy_contract::SolCallBuilder<&P, operatorCall, N> {
            self.call_builder(&operatorCall { id })
        }
        ///Creates a new call builder for the [`operatorIdOf`] function.
        pub fn operatorIdOf(
            &self,
            signer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, operatorIdOfCall, N> {
            self.call_builder(&operatorIdOfCall { signer })
        }
        ///Creates a new call builder for the [`params`] function.
        pub fn params(&self) -> alloy_contract::SolCallBuilder<&P, paramsCall, N> {
            self.call_builder(&paramsCall)
        }
        ///Creates a new call builder for the [`payoutOf`] function.
        pub fn payoutOf(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, payoutOfCall, N> {
            self.call_builder(&payoutOfCall { account })
        }
        ///Creates a new call builder for the [`receipts`] function.
        pub fn receipts(&self) -> alloy_contract::SolCallBuilder<&P, receiptsCall, N> {
            self.call_builder(&receiptsCall)
        }
        ///Creates a new call builder for the [`register`] function.
        pub fn register(
            &self,
            signer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, registerCall, N> {
            self.call_builder(&registerCall { signer })
        }
        ///Creates a new call builder for the [`releasePayout`] function.
        pub fn releasePayout(
            &self,
            evidence: alloy::sol_types::private::FixedBytes<32>,
            escrow: <ISequencerRegistry::Escrow as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, releasePayoutCall, N> {
            self.call_builder(&releasePayoutCall { evidence, escrow })
        }
        ///Creates a new call builder for the [`reportMissedSlot`] function.
        pub fn reportMissedSlot(
            &self,
            slot: u64,
            firstBatch: u64,
            headers: alloy::sol_types::private::Vec<<BatchHeader as alloy::sol_types::SolType>::RustType>,
        ) -> alloy_contract::SolCallBuilder<&P, reportMissedSlotCall, N> {
            self.call_builder(&reportMissedSlotCall { slot, firstBatch, headers })
        }
        ///Creates a new call builder for the [`requestExit`] function.
        pub fn requestExit(&self, id: u8) -> alloy_contract::SolCallBuilder<&P, requestExitCall, N> {
            self.call_builder(&requestExitCall { id })
        }
        ///Creates a new call builder for the [`slashCensorship`] function.
        pub fn slashCensorship(
            &self,
            entryIndex: u64,
            firstBatch: u64,
            headers: alloy::sol_types::private::Vec<<BatchHeader as alloy::sol_types::SolType>::RustType>,
        ) -> alloy_contract::SolCallBuilder<&P, slashCensorshipCall, N> {
            self.call_builder(&slashCensorshipCall { entryIndex, firstBatch, headers })
        }
        ///Creates a new call builder for the [`slashEquivocation`] function.
        pub fn slashEquivocation(
            &self,
            first: <BatchHeader as alloy::sol_types::SolType>::RustType,
            firstSignature: alloy::sol_types::private::Bytes,
            second: <BatchHeader as alloy::sol_types::SolType>::RustType,
            secondSignature: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, slashEquivocationCall, N> {
            self.call_builder(&slashEquivocationCall { first, firstSignature, second, secondSignature })
        }
        ///Creates a new call builder for the [`slashRecordConflict`] function.
        pub fn slashRecordConflict(
            &self,
            signed: <BatchHeader as alloy::sol_types::SolType>::RustType,
            signature: alloy::sol_types::private::Bytes,
            recorded: <BatchHeader as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, slashRecordConflictCall, N> {
            self.call_builder(&slashRecordConflictCall { signed, signature, recorded })
        }
        ///Creates a new call builder for the [`slotAt`] function.
        pub fn slotAt(
            &self,
            blockNumber: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, slotAtCall, N> {
            self.call_builder(&slotAtCall { blockNumber })
        }
        ///Creates a new call builder for the [`slotStartBlock`] function.
        pub fn slotStartBlock(&self, slot: u64) -> alloy_contract::SolCallBuilder<&P, slotStartBlockCall, N> {
            self.call_builder(&slotStartBlockCall { slot })
        }
        ///Creates a new call builder for the [`strikesIn`] function.
        pub fn strikesIn(&self, id: u8, epoch: u32) -> alloy_contract::SolCallBuilder<&P, strikesInCall, N> {
            self.call_builder(&strikesInCall { id, epoch })
        }
        ///Creates a new call builder for the [`topUp`] function.
        pub fn topUp(&self, id: u8) -> alloy_contract::SolCallBuilder<&P, topUpCall, N> {
            self.call_builder(&topUpCall { id })
        }
        ///Creates a new call builder for the [`totalBonded`] function.
        pub fn totalBonded(&self) -> alloy_contract::SolCallBuilder<&P, totalBondedCall, N> {
            self.call_builder(&totalBondedCall)
        }
        ///Creates a new call builder for the [`totalBurned`] function.
        pub fn totalBurned(&self) -> alloy_contract::SolCallBuilder<&P, totalBurnedCall, N> {
            self.call_builder(&totalBurnedCall)
        }
        ///Creates a new call builder for the [`totalEscrowed`] function.
        pub fn totalEscrowed(&self) -> alloy_contract::SolCallBuilder<&P, totalEscrowedCall, N> {
            self.call_builder(&totalEscrowedCall)
        }
        ///Creates a new call builder for the [`totalPayouts`] function.
        pub fn totalPayouts(&self) -> alloy_contract::SolCallBuilder<&P, totalPayoutsCall, N> {
            self.call_builder(&totalPayoutsCall)
        }
        ///Creates a new call builder for the [`unjail`] function.
        pub fn unjail(&self, id: u8) -> alloy_contract::SolCallBuilder<&P, unjailCall, N> {
            self.call_builder(&unjailCall { id })
        }
        ///Creates a new call builder for the [`withdraw`] function.
        pub fn withdraw(&self, id: u8) -> alloy_contract::SolCallBuilder<&P, withdrawCall, N> {
            self.call_builder(&withdrawCall { id })
        }
        ///Creates a new call builder for the [`withdrawPayout`] function.
        pub fn withdrawPayout(&self) -> alloy_contract::SolCallBuilder<&P, withdrawPayoutCall, N> {
            self.call_builder(&withdrawPayoutCall)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        SequencerRegistryInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`Ejected`] event.
        pub fn Ejected_filter(&self) -> alloy_contract::Event<&P, Ejected, N> {
            self.event_filter::<Ejected>()
        }
        ///Creates a new event filter for the [`EscrowForfeited`] event.
        pub fn EscrowForfeited_filter(&self) -> alloy_contract::Event<&P, EscrowForfeited, N> {
            self.event_filter::<EscrowForfeited>()
        }
        ///Creates a new event filter for the [`ExitRequested`] event.
        pub fn ExitRequested_filter(&self) -> alloy_contract::Event<&P, ExitRequested, N> {
            self.event_filter::<ExitRequested>()
        }
        ///Creates a new event filter for the [`Jailed`] event.
        pub fn Jailed_filter(&self) -> alloy_contract::Event<&P, Jailed, N> {
            self.event_filter::<Jailed>()
        }
        ///Creates a new event filter for the [`PayoutReleased`] event.
        pub fn PayoutReleased_filter(&self) -> alloy_contract::Event<&P, PayoutReleased, N> {
            self.event_filter::<PayoutReleased>()
        }
        ///Creates a new event filter for the [`PayoutWithdrawn`] event.
        pub fn PayoutWithdrawn_filter(&self) -> alloy_contract::Event<&P, PayoutWithdrawn, N> {
            self.event_filter::<PayoutWithdrawn>()
        }
        ///Creates a new event filter for the [`Registered`] event.
        pub fn Registered_filter(&self) -> alloy_contract::Event<&P, Registered, N> {
            self.event_filter::<Registered>()
        }
        ///Creates a new event filter for the [`Slashed`] event.
        pub fn Slashed_filter(&self) -> alloy_contract::Event<&P, Slashed, N> {
            self.event_filter::<Slashed>()
        }
        ///Creates a new event filter for the [`Struck`] event.
        pub fn Struck_filter(&self) -> alloy_contract::Event<&P, Struck, N> {
            self.event_filter::<Struck>()
        }
        ///Creates a new event filter for the [`ToppedUp`] event.
        pub fn ToppedUp_filter(&self) -> alloy_contract::Event<&P, ToppedUp, N> {
            self.event_filter::<ToppedUp>()
        }
        ///Creates a new event filter for the [`Unjailed`] event.
        pub fn Unjailed_filter(&self) -> alloy_contract::Event<&P, Unjailed, N> {
            self.event_filter::<Unjailed>()
        }
        ///Creates a new event filter for the [`Withdrawn`] event.
        pub fn Withdrawn_filter(&self) -> alloy_contract::Event<&P, Withdrawn, N> {
            self.event_filter::<Withdrawn>()
        }
    }
}
