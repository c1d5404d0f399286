///Module containing a contract's types and functions.
/**

```solidity
library ISequencerRegistry {
    type Fault is uint8;
    type Status is uint8;
    struct Escrow { address victim; uint96 compensation; address reporter; uint96 bounty; address offender; uint64 releaseAt; }
    struct Operator { address owner; uint96 bond; address signer; Status status; bool suspended; uint16 strikes; uint32 strikeEpoch; uint32 leavesAtEpoch; uint64 withdrawableAt; uint64 unjailableAt; uint64 suspendedFromSlot; uint64 accountableFromSlot; }
    struct Params { uint64 l2ChainId; uint96 minBond; uint8 maxSequencers; uint32 slotLength; uint32 slotsPerEpoch; uint32 graceBlocks; uint32 inclusionWindow; uint32 escapeDelay; uint32 faultWindow; uint32 exitDelay; uint16 strikesToJail; uint32 jailCooldown; uint96 jailPenalty; uint96 censorshipPenalty; uint96 censorshipCompensation; uint16 bountyBps; uint96 forcedInclusionFee; uint32 maxForcedTxSize; }
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
    struct Params { uint64 l2ChainId; uint96 minBond; uint8 maxSequencers; uint32 slotLength; uint32 slotsPerEpoch; uint32 graceBlocks; uint32 inclusionWindow; uint32 escapeDelay; uint32 faultWindow; uint32 exitDelay; uint16 strikesToJail; uint32 jailCooldown; uint96 jailPenalty; uint96 censorshipPenalty; uint96 censorshipCompensation; uint16 bountyBps; uint96 forcedInclusionFee; uint32 maxForcedTxSize; }
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
                    bountyBps: tuple.15,
                    forcedInclusionFee: tuple.16,
                    maxForcedTxSize: tuple.17,
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
                    "Params(uint64 l2ChainId,uint96 minBond,uint8 maxSequencers,uint32 slotLength,uint32 slotsPerEpoch,uint32 graceBlocks,uint32 inclusionWindow,uint32 escapeDelay,uint32 faultWindow,uint32 exitDelay,uint16 strikesToJail,uint32 jailCooldown,uint96 jailPenalty,uint96 censorshipPenalty,uint96 censorshipCompensation,uint16 bountyBps,uint96 forcedInclusionFee,uint32 maxForcedTxSize)",
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

    error AlreadyProven(bytes32 evidence);
    error BondTooLow(uint256 minimum, uint256 actual);
    error CooldownActive(uint64 unjailableAt);
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
    error NotEquivocation();
    error NotOwner(address owner);
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

    event EscrowForfeited(uint8 indexed id, address indexed signer, uint256 amount);
    event ExitRequested(uint8 indexed id, uint32 leavesAtEpoch, uint64 withdrawableAt);
    event Jailed(uint8 indexed id, uint32 leavesAtEpoch, uint64 unjailableAt);
    event PayoutEscrowed(bytes32 indexed evidence, address indexed offender, uint64 releaseAt);
    event PayoutReleased(bytes32 indexed evidence);
    event PayoutWithdrawn(address indexed account, uint256 amount);
    event Registered(uint8 indexed id, address indexed owner, address indexed signer, uint256 bond, uint32 fromEpoch);
    event Slashed(uint8 indexed id, ISequencerRegistry.Fault indexed fault, bytes32 indexed evidence, address reporter, uint256 penalty, uint256 bounty, uint256 compensation);
    event Struck(uint8 indexed id, uint64 indexed slot, uint16 strikes);
    event ToppedUp(uint8 indexed id, uint256 amount, uint256 bond);
    event Unjailed(uint8 indexed id, uint32 fromEpoch);
    event Withdrawn(uint8 indexed id, address indexed owner, uint256 amount);

    constructor(ISequencerRegistry.Params p);

    function currentSlot() external view returns (uint64);
    function epochOf(uint64 slot) external view returns (uint32);
    function epochSeed(uint32 epoch) external view returns (bytes32);
    function escrowOf(bytes32 evidence) external view returns (ISequencerRegistry.Escrow memory);
    function escrowedAgainst(address signer) external view returns (uint256);
    function faultProven(bytes32 evidence) external view returns (bool);
    function genesisBlock() external view returns (uint64);
    function inbox() external view returns (address);
    function isEligiblePoster(address signer) external view returns (bool);
    function leaderOf(uint64 slot) external view returns (uint8);
    function membersAt(uint32 epoch) external view returns (uint256 members);
    function operator(uint8 id) external view returns (ISequencerRegistry.Operator memory);
    function operatorIdOf(address signer) external view returns (uint8);
    function params() external view returns (ISequencerRegistry.Params memory);
    function payoutOf(address account) external view returns (uint256);
    function register(address signer) external payable returns (uint8 id);
    function releasePayout(bytes32 evidence) external;
    function reportMissedSlot(uint64 slot, uint64 firstBatch, BatchHeader[] memory headers) external;
    function requestExit(uint8 id) external;
    function scheduleOf(uint64 slot) external view returns (uint8[] memory order);
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
    "stateMutability": "nonpayable"
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
    "name": "escrowOf",
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
    "name": "isEligiblePoster",
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
        "type": "bool",
        "internalType": "bool"
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
    "name": "scheduleOf",
    "inputs": [
      {
        "name": "slot",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "order",
        "type": "uint8[]",
        "internalType": "uint8[]"
      }
    ],
    "stateMutability": "view"
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
    "name": "PayoutEscrowed",
    "inputs": [
      {
        "name": "evidence",
        "type": "bytes32",
        "indexed": true,
        "internalType": "bytes32"
      },
      {
        "name": "offender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "releaseAt",
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
        "name": "reporter",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "penalty",
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
        "name": "compensation",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
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
    ///0x610340604052348015610010575f5ffd5b5060405161988038038061988083398101604081905261002f916108b9565b610038816101e7565b80516001600160401b0390811660c090815260208301516001600160601b0390811660e090815260408086015160ff1661010090815260608701805163ffffffff90811661012090815260808a0151821661014090815260a0808c01518416610160908152998c0180518516610180908152988d01805186166101a0908152978e015186166101c0908152948e015186166101e0908152938e015161ffff9081166102009081529c8f015187166102209081529a8f01518c1661024052978e01518b1661026052938d01518a1661028052918c01519095166102a052978a0180519097166102c05294890180519091166102e0524397881690925287519051955193519451915192515f97919691959194939192919061015790610812565b6001600160401b03978816815296909516602087015263ffffffff93841660408701529183166060860152821660808501526001600160601b031660a08401521660c082015260e001604051809103905ff0801580156101b9573d5f5f3e3d5ffd5b506001600160a01b038116608052466103208190529091506101db9082610738565b6103005250610a5d9050565b604081015160ff16158061020257506060816040015160ff16115b156102455760405163dd23c3ad60e01b815260206004820152600d60248201526c6d617853657175656e6365727360981b60448201526064015b60405180910390fd5b80602001516001600160601b03165f0361028c5760405163dd23c3ad60e01b81526020600482015260076024820152661b5a5b909bdb9960ca1b604482015260640161023c565b606081015163ffffffff1615806102ab5750608081015163ffffffff16155b156102f95760405163dd23c3ad60e01b815260206004820152601460248201527f736c6f74206f722065706f6368206c656e677468000000000000000000000000604482015260640161023c565b60a081015163ffffffff1615806103245750806060015163ffffffff168160a0015163ffffffff1610155b156103605760405163dd23c3ad60e01b815260206004820152600b60248201526a6772616365426c6f636b7360a81b604482015260640161023c565b806060015163ffffffff168160c0015163ffffffff1610156103b75760405163dd23c3ad60e01b815260206004820152600f60248201526e696e636c7573696f6e57696e646f7760881b604482015260640161023c565b806060015163ffffffff168160e0015163ffffffff16101561040a5760405163dd23c3ad60e01b815260206004820152600b60248201526a65736361706544656c617960a81b604482015260640161023c565b806060015163ffffffff1681610100015163ffffffff16101561045e5760405163dd23c3ad60e01b815260206004820152600b60248201526a6661756c7457696e646f7760a81b604482015260640161023c565b80610100015163ffffffff1681610120015163ffffffff16116104b05760405163dd23c3ad60e01b81526020600482015260096024820152686578697444656c617960b81b604482015260640161023c565b80610140015161ffff165f036104f95760405163dd23c3ad60e01b815260206004820152600d60248201526c1cdd1c9a5ad95cd51bd2985a5b609a1b604482015260640161023c565b80610100015163ffffffff1681610160015163ffffffff16101561054f5760405163dd23c3ad60e01b815260206004820152600c60248201526b3530b4b621b7b7b63237bbb760a11b604482015260640161023c565b80602001516001600160601b03168161018001516001600160601b0316106105a85760405163dd23c3ad60e01b815260206004820152600b60248201526a6a61696c50656e616c747960a81b604482015260640161023c565b80602001516001600160601b0316816101a001516001600160601b031611156106085760405163dd23c3ad60e01b815260206004820152601160248201527063656e736f727368697050656e616c747960781b604482015260640161023c565b6106156002612710610a1b565b816101e0015161ffff16111561065a5760405163dd23c3ad60e01b8152602060048201526009602482015268626f756e747942707360b81b604482015260640161023c565b806101e0015161ffff16816101a001516001600160601b031661067d9190610a3a565b612710826101c001516001600160601b03166106999190610a3a565b11156106e85760405163dd23c3ad60e01b815260206004820152601660248201527f63656e736f7273686970436f6d70656e736174696f6e00000000000000000000604482015260640161023c565b80610220015163ffffffff165f036107355760405163dd23c3ad60e01b815260206004820152600f60248201526e6d6178466f72636564547853697a6560881b604482015260640161023c565b50565b60408051808201825260058152642130ba37b760d91b6020918201528151808301835260018152603160f81b9082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152608081018590526001600160a01b03841660a0808301919091528351808303909101815260c090910190925281519101205b92915050565b6131448061673c83390190565b60405161024081016001600160401b038111828210171561084e57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b038116811461086a575f5ffd5b919050565b80516001600160601b038116811461086a575f5ffd5b805160ff8116811461086a575f5ffd5b805163ffffffff8116811461086a575f5ffd5b805161ffff8116811461086a575f5ffd5b5f6102408284031280156108cb575f5ffd5b506108d461081f565b6108dd83610854565b81526108eb6020840161086f565b60208201526108fc60408401610885565b604082015261090d60608401610895565b606082015261091e60808401610895565b608082015261092f60a08401610895565b60a082015261094060c08401610895565b60c082015261095160e08401610895565b60e08201526109636101008401610895565b6101008201526109766101208401610895565b61012082015261098961014084016108a8565b61014082015261099c6101608401610895565b6101608201526109af610180840161086f565b6101808201526109c26101a0840161086f565b6101a08201526109d56101c0840161086f565b6101c08201526109e86101e084016108a8565b6101e08201526109fb610200840161086f565b610200820152610a0e6102208401610895565b6102208201529392505050565b5f82610a3557634e487b7160e01b5f52601260045260245ffd5b500490565b808202811582820484141761080c57634e487b7160e01b5f52601160045260245ffd5b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e0516103005161032051615b2d610c0f5f395f6131ce01525f61332001525f610acb01525f610a9701525f8181610a6d0152818161377301526145f301525f8181610a39015261272001525f8181610a0501526126f001525f81816109d10152611d8601525f81816109a5015261444c01525f818161097b0152611d4601525f818161094f0152614a5c01525f81816109230152818161353601528181613e78015261475a01525f6108f701525f6108cb01525f818161089f0152611abd01525f818161087301528181612d7c0152614f9601525f818161084701528181613dc201528181614b3b0152614f6f01525f818161081e015261111801525f81816107ea01528181610f4b01528181610fb301528181611ea60152611f0c01525f6107ba01525f81816102f901528181613dee01528181614b050152614b6901525f8181610c0c015281816124d5015281816132d901528181613ae70152613fa60152615b2d5ff3fe60806040526004361061020f575f3560e01c8063968c37ec11610117578063ccd07276116100ac578063eaf5afce1161007c578063fa6944bc11610062578063fa6944bc14610ba8578063fadb476814610bc7578063fb0e722b14610bfb575f5ffd5b8063eaf5afce14610b39578063f916823114610b93575f5ffd5b8063ccd07276146106e1578063cff0ab961461070d578063d0b1d51214610b05578063d89135cd14610b24575f5ffd5b8063b76f1bea116100e7578063b76f1bea14610671578063c562914f14610690578063c5f11101146106a3578063c6ab5d90146106c2575f5ffd5b8063968c37ec146105ba578063a08419e3146105d9578063a42ce15b146105f8578063b37855c814610652575f5ffd5b8063583d23f4116101a75780636da61d1e116101775780637978251d1161015d5780637978251d1461041f57806383a265a71461043e578063924c3e7d1461059b575f5ffd5b80636da61d1e146103b657806375e5b15d146103e1575f5ffd5b8063583d23f41461033a5780636652988814610359578063687473f514610378578063697e205614610397575f5ffd5b80634420e486116101e25780634420e486146102ae57806344d96e95146102d35780634cdc9c63146102e857806354e624191461031b575f5ffd5b806301e7d8d81461021357806306c0e841146102485780633359632e1461025e5780634089b1701461028b575b5f5ffd5b34801561021e575f5ffd5b5061023261022d3660046150be565b610c46565b60405161023f91906150d9565b60405180910390f35b348015610253575f5ffd5b5061025c610e87565b005b348015610269575f5ffd5b50610272610f3a565b60405167ffffffffffffffff909116815260200161023f565b348015610296575f5ffd5b506102a0600b5481565b60405190815260200161023f565b6102c16102bc36600461513d565b610f48565b60405160ff909116815260200161023f565b3480156102de575f5ffd5b506102a060095481565b3480156102f3575f5ffd5b506102727f000000000000000000000000000000000000000000000000000000000000000081565b348015610326575f5ffd5b5061025c6103353660046151b4565b611319565b348015610345575f5ffd5b506102c16103543660046150be565b611467565b348015610364575f5ffd5b5061025c61037336600461524b565b611477565b348015610383575f5ffd5b5061025c610392366004615262565b6117a6565b3480156103a2575f5ffd5b506102a06103b13660046152db565b6118ef565b3480156103c1575f5ffd5b506102a06103d036600461513d565b60066020525f908152604090205481565b3480156103ec575f5ffd5b5061040f6103fb36600461524b565b60056020525f908152604090205460ff1681565b604051901515815260200161023f565b34801561042a575f5ffd5b5061040f61043936600461513d565b611925565b348015610449575f5ffd5b5061050f61045836600461524b565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260076020908152604091829020825160c08101845281546001600160a01b038082168352600160a01b918290046bffffffffffffffffffffffff908116958401959095526001840154808216968401969096529481900490931660608201526002909101549283166080820152910467ffffffffffffffff1660a082015290565b60405161023f91905f60c0820190506001600160a01b0383511682526bffffffffffffffffffffffff60208401511660208301526001600160a01b0360408401511660408301526bffffffffffffffffffffffff60608401511660608301526001600160a01b03608084015116608083015267ffffffffffffffff60a08401511660a083015292915050565b3480156105a6575f5ffd5b5061025c6105b53660046152f4565b611af2565b3480156105c5575f5ffd5b5061025c6105d4366004615395565b611dc6565b3480156105e4575f5ffd5b506102a06105f336600461513d565b6120d8565b348015610603575f5ffd5b5061063f6106123660046153ae565b60ff82165f90815260046020908152604080832063ffffffff8516845290915290205461ffff1692915050565b60405161ffff909116815260200161023f565b34801561065d575f5ffd5b506102c161066c36600461513d565b612107565b34801561067c575f5ffd5b5061025c61068b366004615395565b61217e565b61025c61069e366004615395565b612307565b3480156106ae575f5ffd5b5061025c6106bd3660046152f4565b612491565b3480156106cd575f5ffd5b5061025c6106dc366004615395565b61275f565b3480156106ec575f5ffd5b506107006106fb366004615395565b612a51565b60405161023f9190615445565b348015610718575f5ffd5b50610af860408051610240810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101919091526040518061024001604052807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff16815250905090565b60405161023f9190615576565b348015610b10575f5ffd5b50610272610b1f36600461524b565b612d57565b348015610b2f575f5ffd5b506102a0600a5481565b348015610b44575f5ffd5b506102a0610b533660046152db565b60408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b348015610b9e575f5ffd5b506102a0600c5481565b348015610bb3575f5ffd5b50610272610bc23660046150be565b612d61565b348015610bd2575f5ffd5b50610be6610be13660046150be565b612d6b565b60405163ffffffff909116815260200161023f565b348015610c06575f5ffd5b50610c2e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161023f565b60605f610c5283612d71565b90505f610c5e826118ef565b90505f600182901c7f5555555555555555555555555555555555555555555555555555555555555555168203600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff919091160190508067ffffffffffffffff811115610d9357610d93615755565b604051908082528060200260200182016040528015610dbc578160200160208202803683370190505b509350805f03610dce57505050919050565b5f610e27610e168560408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff1684612da2565b90505f5b82811015610e7d57610e518484610e4284866157af565b610e4c91906157ef565b612dea565b868281518110610e6357610e63615802565b60ff90921660209283029190910190910152600101610e2b565b5050505050919050565b335f9081526006602052604081205490819003610ed0576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600660205260408120819055600b8054839290610ef390849061582f565b909155505060405181815233907faa916bb7738886447c333e8803dd7d94e5fcb6acb2f5d5aa6502373dd59dc55b9060200160405180910390a2610f373382612e38565b50565b5f610f43612ec6565b905090565b5f7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341015610feb576040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201523460248201526044015b60405180910390fd5b6bffffffffffffffffffffffff341115611063576040517fdd23c3ad000000000000000000000000000000000000000000000000000000008152600401610fe29060208082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000604082015260600190565b6001600160a01b0382166110a3576040517f815e1d6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f9081526001602052604090205460ff1615611100576040517faa6a4d5c0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610fe2565b506002545f906bffffffffffffffffffffffff1660ff7f0000000000000000000000000000000000000000000000000000000000000000165b808360ff161080156111525750600160ff84161b821615155b156111675761116083615842565b9250611139565b808360ff16036111a6576040517f6b1c8ba000000000000000000000000000000000000000000000000000000000815260048101829052602401610fe2565b600280547fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016600160ff861681901b85176bffffffffffffffffffffffff16919091179091556111f7908490615860565b6001600160a01b0385165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff978816179055948816835282905292812033600160a01b346bffffffffffffffffffffffff8116820292909217835594820180547fffffffffffffffffffffff00000000000000000000000000000000000000000016909417909417909255600980549293929091906112ab9084906157af565b909155505f90506112bd856001612ed0565b6040805134815263ffffffff831660208201529192506001600160a01b03881691339160ff8916917f967be06242d1cd4e1649ba1dd17c96d2d50cf910f6f10260e85720eceadb0f3d910160405180910390a450505050919050565b6113238684613109565b5f61133336889003880188615879565b90505f61134536869003860186615879565b905061137e81601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152036113e6576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6113f28389896131ca565b9050806001600160a01b03166114098387876131ca565b6001600160a01b031614611449576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61145c8184602001518560400151613454565b505050505050505050565b5f6114718261389b565b92915050565b5f81815260076020908152604091829020825160c08101845281546001600160a01b038082168352600160a01b918290046bffffffffffffffffffffffff90811695840195909552600184015480821696840196909652948190049093166060820152600290910154928316608082018190529190920467ffffffffffffffff1660a0830152611536576040517fa644bd0c00000000000000000000000000000000000000000000000000000000815260048101839052602401610fe2565b8060a0015167ffffffffffffffff164310156115905760a08101516040517f92eee68d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610fe2565b60808101516001600160a01b03165f90815260086020526040902054600181016115e8576040517e84d28800000000000000000000000000000000000000000000000000000000815260048101849052602401610fe2565b5f82606001516bffffffffffffffffffffffff1683602001516bffffffffffffffffffffffff1661161991906157af565b5f858152600760205260408120818155600181019190915560020180547fffffffff000000000000000000000000000000000000000000000000000000001690559050611666818361582f565b60808401516001600160a01b03165f90815260086020526040812091909155600c805483929061169790849061582f565b9250508190555080600b5f8282546116af91906157af565b909155505060208301516bffffffffffffffffffffffff16156117105760208084015184516001600160a01b03165f90815260069092526040822080546bffffffffffffffffffffffff90921692909161170a9084906157af565b90915550505b60608301516bffffffffffffffffffffffff16156117765782606001516bffffffffffffffffffffffff1660065f85604001516001600160a01b03166001600160a01b031681526020019081526020015f205f82825461177091906157af565b90915550505b60405184907ff03cedd84a3c5babcb391cfd19dbfae956fb604ab3ae36feab2ff9d21726e92b905f90a250505050565b6117b08482613109565b5f6117c036869003860186615879565b90505f6117d236849003840184615879565b90506117dd81613a78565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915203611876576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6118828387876131ca565b9050806001600160a01b03168260e001516001600160a01b0316146118d3576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6118e68184602001518560400151613454565b50505050505050565b6002545f906114719083907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16613ba1565b6001600160a01b0381165f9081526001602052604081205460ff1680158061194f575060ff818116145b1561195c57505f92915050565b5f61196860018361594c565b604080516060810182526002546bffffffffffffffffffffffff80821683526c0100000000000000000000000082048082166020850152780100000000000000000000000000000000000000000000000090920467ffffffffffffffff169383019390935292935091600160ff85161b1616156119e957505f949350505050565b5f6119f2612ec6565b90505f6119fe82612d71565b90505f611a1982856040015167ffffffffffffffff16613ba1565b9050600160ff86161b81165f03611a3757505f979650505050505050565b5f611a94828760ff16611a848660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff16613c5d565b9050611a9f84613db7565b611ab39067ffffffffffffffff164361582f565b611ae363ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615965565b11159998505050505050505050565b611afb84613e12565b5f611b058561389b565b60ff81165f818152602081905260409020600254929350916c010000000000000000000000009004600190911b166bffffffffffffffffffffffff16151580611b565750611b54818388613efe565b155b15611ba2576040517f090b32d100000000000000000000000000000000000000000000000000000000815260ff8316600482015267ffffffffffffffff87166024820152604401610fe2565b60018101545f90611bc39088908890889088906001600160a01b0316613fa0565b925050508015611c0b576040517fe4a9b2fb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff88166004820152602401610fe2565b5f7fd8739f9a53676ddc0f766b73724b0c85713d59832444ad1ad505c9d38d4c6bf288604051602001611c5292919091825267ffffffffffffffff16602082015260400190565b604051602081830303815290604052805190602001209050611c738161430e565b5f611c7d89612d71565b60ff86165f90815260046020908152604080832063ffffffff8516845290915281205491925090611cb39061ffff16600161597c565b60ff87165f81815260046020908152604080832063ffffffff8816845282529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff8616908117909155915191825292935067ffffffffffffffff8d16927f2d2b2f28c2eb803aef1fbc4420f21885692154104eb3f99181cfb24f7f72201a910160405180910390a37f000000000000000000000000000000000000000000000000000000000000000061ffff168161ffff1610611dba57611d7d8686614391565b611dba866002857f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff165f5f614596565b50505050505050505050565b5f611dd0826149e5565b905060026001820154600160a01b900460ff166004811115611df457611df46153df565b14611e3b5760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610fe291600160a01b900460ff1690600401615996565b600281015467ffffffffffffffff16431015611e955760028101546040517f15f3b7ab00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610fe2565b80546bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116600160a01b909204161015611f4a5780546040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081166004830152600160a01b9092049091166024820152604401610fe2565b6001810180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b1790555f611f83612ec6565b9050611f908160016159a4565b60028301805467ffffffffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117905560ff83165f90815260046020526040812090611ff383612d71565b63ffffffff16815260208101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000169055600280547fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff81166bffffffffffffffffffffffff600160ff881681811b196c01000000000000000000000000958690041692909216909302919091179092557f4db3155929818cc29381aa31a1cc6cb549c4ef648b2bd3dee6d729768570aea9906120ba908690612ed0565b60405163ffffffff90911681526020015b60405180910390a2505050565b6001600160a01b0381165f908152600860205260408120545f1981146120fe5780612100565b5f5b9392505050565b6001600160a01b0381165f9081526001602052604081205460ff16801580612131575060ff818116145b15612173576040517fd7e8a2c20000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610fe2565b61210060018261594c565b5f612188826149e5565b600181810154919250600160a01b90910460ff16908160048111156121af576121af6153df565b141580156121cf575060028160048111156121cc576121cc6153df565b14155b1561220857806040517f359011cc000000000000000000000000000000000000000000000000000000008152600401610fe29190615996565b5f600182600481111561221d5761221d6153df565b1461223b57600261222c614a48565b61223691906159c4565b612245565b612245845f612ed0565b60018401805463ffffffff83167501000000000000000000000000000000000000000000027fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff9091161774030000000000000000000000000000000000000000179055905060ff84167f74fe07bfb240060dae9e5a78a9adb453abb23c211bdf37fd2c7a6e80d2ab99ad826122d981614a59565b6040805163ffffffff909316835267ffffffffffffffff90911660208301520160405180910390a250505050565b5f61231182614a94565b905060046001820154600160a01b900460ff166004811115612335576123356153df565b0361237c5760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610fe291600160a01b900460ff1690600401615996565b80545f906123a0903490600160a01b90046bffffffffffffffffffffffff166157af565b90506bffffffffffffffffffffffff81111561241a576040517fdd23c3ad000000000000000000000000000000000000000000000000000000008152600401610fe29060208082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000604082015260600190565b81546001600160a01b0316600160a01b6bffffffffffffffffffffffff831602178255600980543491905f906124519084906157af565b9091555050604080513481526020810183905260ff8516917fe769fa6335ada126a3fc46991b2b62c164a8243e0134cf258f4165d63f509bc991016120cb565b6040517f6ced947d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ced947d906024016040805180830381865afa158015612519573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061253d91906159e0565b915091505f6125558367ffffffffffffffff16614b02565b905061256081613e12565b5f5f61256f838989895f613fa0565b50915091508867ffffffffffffffff168267ffffffffffffffff1611156125d6576040517f9aee0aa200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b16600483015283166024820152604401610fe2565b5f6001600160a01b03821615612615576001600160a01b0382165f9081526001602081905260409091205461260e919060ff1661594c565b905061267f565b61261e8461389b565b60ff81165f90815260208190526040902090915061263d908286613efe565b61267f576040517f839f95fc00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610fe2565b5f7f47c14b955fbf1b1f9fa2a85d6a5caa7fe535a81603e373f507033009c19073a38b6040516020016126c692919091825267ffffffffffffffff16602082015260400190565b6040516020818303038152906040528051906020012090506126e78161430e565b612752826001837f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff168a7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16614596565b5050505050505050505050565b5f612769826149e5565b905060036001820154600160a01b900460ff16600481111561278d5761278d6153df565b141580156127bb575060046001820154600160a01b900460ff1660048111156127b8576127b86153df565b14155b156128025760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610fe291600160a01b900460ff1690600401615996565b60018101545f90612831907501000000000000000000000000000000000000000000900463ffffffff16614a59565b90508067ffffffffffffffff16431015612883576040517f778ca11c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610fe2565b81546001808401546001600160a01b039081165f9081526020838152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff90811790915581516060810183526002805467ffffffffffffffff780100000000000000000000000000000000000000000000000080830491909116848701819052948e168a811b80196c0100000000000000000000000080860482166bffffffffffffffffffffffff908116898d018190529287168116808a529990950277ffffffffffffffffffffffffffffffffffffffffffffffff929091027fffffffffffffffff0000000000000000000000000000000000000000000000009096169098179490941793909316959095178355938752948690529285208581559687018590559590910180547fffffffffffffffffffffffffffffffff0000000000000000000000000000000016905560098054600160a01b880492909216969490941694919391928692916129ff90849061582f565b90915550506040518481526001600160a01b0384169060ff8916907f3a2db7d2315c2162d4f47c295f514b5aacf84592e024bc529868af8d776567f79060200160405180910390a36118e68385612e38565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260ff8083165f9081526020818152604080832081516101008101835281546001600160a01b0380821683526bffffffffffffffffffffffff600160a01b9283900416958301959095526001830154948516938201939093529394909260608501929004166004811115612b2657612b266153df565b6004811115612b3757612b376153df565b815260018201547501000000000000000000000000000000000000000000810463ffffffff166020830152790100000000000000000000000000000000000000000000000000900466ffffffffffffff16604082015260029091015467ffffffffffffffff8082166060840152680100000000000000009091041660809091015290505f612bc3614a48565b90505f600383606001516004811115612bde57612bde6153df565b1480612bff5750600483606001516004811115612bfd57612bfd6153df565b145b9050604051806101800160405280845f01516001600160a01b0316815260200184602001516bffffffffffffffffffffffff16815260200184604001516001600160a01b0316815260200184606001516004811115612c6057612c606153df565b8152602001612c9b876002546c010000000000000000000000009004600160ff9092169190911b166bffffffffffffffffffffffff16151590565b1515815260ff87165f90815260046020908152604080832063ffffffff808916808652918452938290205461ffff169285019290925283015260808087015190911660608301520182612cee575f612cfb565b612cfb8560800151614a59565b67ffffffffffffffff1681526020018460c0015167ffffffffffffffff1681526020018460a0015166ffffffffffffff1667ffffffffffffffff1681526020018460e0015167ffffffffffffffff168152509350505050919050565b5f61147182614b02565b5f61147182613db7565b5f611471825b5f61147163ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615a18565b5f818484604051602001612dc0929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c612de291906157ef565b949350505050565b5f805b83821c15612e29576001821b841615612e1957828103612e0d5750611471565b612e1681615a47565b90505b612e2282615a47565b9150612ded565b612e31615a5f565b5092915050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612e81576040519150601f19603f3d011682016040523d82523d5f602084013e612e86565b606091505b5050905080612ec1576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f610f4343614b02565b5f6002612edb614a48565b612ee591906159c4565b6002549091507801000000000000000000000000000000000000000000000000900467ffffffffffffffff165f8115612f7c5760035f612f2660018561582f565b815260208082019290925260409081015f2081518083019092525463ffffffff8116825264010000000090047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691810191909152612f90565b604080518082019091525f80825260208201525b9050600160ff86161b5f85612fac578119836020015116612fb4565b818360200151175b90508315801590612fd357508463ffffffff16835f015163ffffffff16145b15613049578060035f612fe760018861582f565b81526020019081526020015f205f0160046101000a8154817bffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1602179055506130ff565b60408051808201825263ffffffff80881682527bffffffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182525f8a815260039091529490942092519351166401000000000292169190911790556130b08460016157af565b6002805467ffffffffffffffff9290921678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b5050505092915050565b61311960408201602083016150be565b67ffffffffffffffff1661313360408401602085016150be565b67ffffffffffffffff1614158061317c575061315560608201604083016150be565b67ffffffffffffffff1661316f60608401604085016150be565b67ffffffffffffffff1614155b8061318f57508060600135826060013514155b156131c6576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b5f5f7f0000000000000000000000000000000000000000000000000000000000000000461461331e57604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660a0808301919091528351808303909101815260c09091019092528151910120613340565b7f00000000000000000000000000000000000000000000000000000000000000005b90505f6133b88261337e88601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505f6133fa8287878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250614ba592505050565b5090945090505f816003811115613413576134136153df565b1461344a576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509392505050565b6001600160a01b0383165f9081526001602052604090205460ff1680158061347e575060ff818116145b156134c0576040517fd7e8a2c20000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610fe2565b5f6134cc60018361594c565b90506134d6612ec6565b67ffffffffffffffff168367ffffffffffffffff16111561352f576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610fe2565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166135696135648560016159a4565b613db7565b61357391906159a4565b67ffffffffffffffff1643106135c1576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610fe2565b600160ff82161b6135d46103b185612d71565b165f03613622576040517fb21fd24d00000000000000000000000000000000000000000000000000000000815260ff8216600482015267ffffffffffffffff84166024820152604401610fe2565b604080517f920b62733048d363396c99c8a74763e86803c8e90c395c8d0bdbac8fda18155160208201526001600160a01b0387169181019190915267ffffffffffffffff851660608201525f906080016040516020818303038152906040528051906020012090506136938161430e565b60ff82165f908152602081815260408083206001600160a01b038a168452600890925290912054600181016136c557505f5b8015613741576001600160a01b0388165f9081526008602052604081205f199055600c80548392906136f890849061582f565b90915550506040518181526001600160a01b0389169060ff8616907ffdaf61b6858525bcd594fb6eb578dfc4ca864984a80d549929fab8c9d50408499060200160405180910390a35b81545f90613765908390600160a01b90046bffffffffffffffffffffffff166157af565b90505f61271061379961ffff7f00000000000000000000000000000000000000000000000000000000000000001684615965565b6137a39190615a8c565b845460098054929350600160a01b9091046bffffffffffffffffffffffff16915f906137d090849061582f565b909155505083546001600160a01b031684556137ec818361582f565b600a5f8282546137fc91906157af565b9250508190555080600b5f82825461381491906157af565b9091555050801561384357335f908152600660205260408120805483929061383d9084906157af565b90915550505b845f60408051338152602081018690529081018490525f606082015260ff8916907fa5136f82d717a348256060fa31fa6e57a221b80167ba4ccda2358c9cc739763b9060800160405180910390a4611dba8685614bee565b5f5f6138a683612d71565b90505f6138b2826118ef565b90505f600182901c7f5555555555555555555555555555555555555555555555555555555555555555168203600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff91909116019050805f03613a13576040517f97b2609500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610fe2565b613a6f82610e4c613a5e8660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8867ffffffffffffffff1685612da2565b95945050505050565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063705cad1390602401602060405180830381865afa158015613b34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613b589190615a9f565b14610f375760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610fe2565b5f815b8015613c54575f600381613bb960018561582f565b815260208082019290925260409081015f2081518083019092525463ffffffff8082168084526401000000009092047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff169383019390935290925090861610613c4357602001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691506114719050565b50613c4d81615ab6565b9050613ba4565b505f9392505050565b5f80600186901c7f5555555555555555555555555555555555555555555555555555555555555555168603600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff9190911601905080613d84858584612da2565b82613d8f8989614d7d565b613d9991906157af565b613da3919061582f565b613dad91906157ef565b9695505050505050565b5f613de863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615acb565b611471907f00000000000000000000000000000000000000000000000000000000000000006159a4565b613e1a612ec6565b67ffffffffffffffff168167ffffffffffffffff1610613e71576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610fe2565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613ea66135648360016159a4565b613eb091906159a4565b67ffffffffffffffff164310610f37576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610fe2565b60028301545f9067ffffffffffffffff6801000000000000000090910481169083161015613f2d57505f612100565b6002546c010000000000000000000000009004600160ff85161b166bffffffffffffffffffffffff1615151580612de25750600184015466ffffffffffffff7901000000000000000000000000000000000000000000000000009091041667ffffffffffffffff83161090509392505050565b5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa158015614000573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140249190615aee565b9050855f8190036140815767ffffffffffffffff821615614071576040517fd2cf424600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f9450945094505050614303565b5f5b818110156141ab575f89898381811061409e5761409e615802565b905061010002018036038101906140b59190615879565b90506140cb8267ffffffffffffffff8d166157af565b816020015167ffffffffffffffff1614614114576040517f01a2b84e00000000000000000000000000000000000000000000000000000000815260048101839052602401610fe2565b61411d81613a78565b8b67ffffffffffffffff16816040015167ffffffffffffffff16111561414357506141a3565b8060c0015196508b67ffffffffffffffff16816040015167ffffffffffffffff1614801561417d575060e08101516001600160a01b031615155b156141a15760e081015195506001600160a01b03808916908716036141a157600194505b505b600101614083565b5067ffffffffffffffff89161580159061420357508967ffffffffffffffff1688885f8181106141dd576141dd615802565b9050610100020160400160208101906141f691906150be565b67ffffffffffffffff1610155b15614246576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610fe2565b8167ffffffffffffffff16818a67ffffffffffffffff1661426791906157af565b141580156142bd575067ffffffffffffffff8a16888861428860018561582f565b81811061429757614297615802565b9050610100020160400160208101906142b091906150be565b67ffffffffffffffff1611155b15614300576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610fe2565b50505b955095509592505050565b5f8181526005602052604090205460ff1615614359576040517fea03368400000000000000000000000000000000000000000000000000000000815260048101829052602401610fe2565b5f90815260056020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055565b60028054600160ff85161b6bffffffffffffffffffffffff9081166c0100000000000000000000000080840490921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff9091161790556143f1612ec6565b60018201805466ffffffffffffff929092167901000000000000000000000000000000000000000000000000000278ffffffffffffffffffffffffffffffffffffffffffffffffff90921691909117905561447263ffffffff7f000000000000000000000000000000000000000000000000000000000000000016436159a4565b6002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556001808201547501000000000000000000000000000000000000000000900463ffffffff16906001830154600160a01b900460ff1660048111156144f3576144f36153df565b0361454657614502835f612ed0565b6001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167402000000000000000000000000000000000000000017905590505b60028201546040805163ffffffff8416815267ffffffffffffffff909216602083015260ff8516917f01346d6fc741d2812586febead8043a0d4a1f27f3f9157e4207bc51bd85fbf1f91016120cb565b60ff86165f9081526020819052604081208054909190600160a01b90046bffffffffffffffffffffffff1685106145e3578154600160a01b90046bffffffffffffffffffffffff166145e5565b845b90505f61271061461961ffff7f00000000000000000000000000000000000000000000000000000000000000001684615965565b6146239190615a8c565b90505f8185106146335781614635565b845b90505f614642828461582f565b85549091508490869060149061466e908490600160a01b90046bffffffffffffffffffffffff16615b09565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055508360095f8282546146ad919061582f565b909155506146bd9050838561582f565b600a5f8282546146cd91906157af565b909155508990508a60028111156146e6576146e66153df565b60408051338152602081018890529081018490526060810185905260ff8e16907fa5136f82d717a348256060fa31fa6e57a221b80167ba4ccda2358c9cc739763b9060800160405180910390a4825f036147445750505050506149dd565b60018501546001600160a01b03165f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016614790614785612ec6565b6135649060016159a4565b61479a91906159a4565b90506040518060c001604052808a6001600160a01b03168152602001856bffffffffffffffffffffffff168152602001336001600160a01b03168152602001846bffffffffffffffffffffffff168152602001836001600160a01b031681526020018267ffffffffffffffff1681525060075f8d81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055506040820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060608201518160010160146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055506080820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160020160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055509050508460085f846001600160a01b03166001600160a01b031681526020019081526020015f205f82825461496e91906157af565b9250508190555084600c5f82825461498691906157af565b909155505060405167ffffffffffffffff821681526001600160a01b038316908c907f1b36331864080e2eef6fde23093bf6dbc81c26d7212ea7189da2dd02bfdafb449060200160405180910390a3505050505050505b505050505050565b5f6149ef82614a94565b80549091506001600160a01b03163314614a435780546040517f245aecd30000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610fe2565b919050565b5f610f43614a54612ec6565b612d71565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16614a8a83614f6c565b61147191906159a4565b60ff81165f908152602081905260408120906001820154600160a01b900460ff166004811115614ac657614ac66153df565b03614a43576040517fb3d2007400000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610fe2565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168210614b9e5763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016614b8f67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168461582f565b614b999190615a8c565b611471565b5f92915050565b5f5f5f8351604103614bdc576020840151604085015160608601515f1a614bce88828585614fd6565b955095509550505050614be7565b505081515f91506002905b9250925092565b600181015460ff600160a01b90910416614c34836002546c010000000000000000000000009004600160ff9092169190911b166bffffffffffffffffffffffff16151590565b614c6957614c40612ec6565b8260010160196101000a81548166ffffffffffffff021916908366ffffffffffffff1602179055505b60028054600160ff861681901b6bffffffffffffffffffffffff9081166c010000000000000000000000008085049290921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff9092169190911790915582810180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674040000000000000000000000000000000000000000179055816004811115614d1a57614d1a6153df565b03614d5057614d29835f612ed0565b8260010160156101000a81548163ffffffff021916908363ffffffff160217905550505050565b6002816004811115614d6457614d646153df565b03612ec1576002614d73614a48565b614d2991906159c4565b5f612100614d8e600180851b61582f565b84165f600182901c7f55555555555555555555555555555555555555555555555555555555555555551682039150600282901c7f333333333333333333333333333333333333333333333333333333333333333316827f333333333333333333333333333333333333333333333333333333333333333316019150600482901c82017f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f169150600882901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16019150601082901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16019150602082901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16019150604082901c77ffffffffffffffff0000000000000000ffffffffffffffff168277ffffffffffffffff0000000000000000ffffffffffffffff16019150608082901c6fffffffffffffffffffffffffffffffff80168316019050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff167f000000000000000000000000000000000000000000000000000000000000000063ffffffff168363ffffffff16614fcc9190615acb565b613de89190615acb565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561500f57505f91506003905082615094565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015615060573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661508b57505f925060019150829050615094565b92505f91508190505b9450945094915050565b67ffffffffffffffff81168114610f37575f5ffd5b8035614a438161509e565b5f602082840312156150ce575f5ffd5b81356121008161509e565b602080825282518282018190525f918401906040840190835b8181101561511357835160ff168352602093840193909201916001016150f2565b509095945050505050565b6001600160a01b0381168114610f37575f5ffd5b8035614a438161511e565b5f6020828403121561514d575f5ffd5b81356121008161511e565b5f6101008284031215615169575f5ffd5b50919050565b5f5f83601f84011261517f575f5ffd5b50813567ffffffffffffffff811115615196575f5ffd5b6020830191508360208285010111156151ad575f5ffd5b9250929050565b5f5f5f5f5f5f61024087890312156151ca575f5ffd5b6151d48888615158565b955061010087013567ffffffffffffffff8111156151f0575f5ffd5b6151fc89828a0161516f565b90965094506152119050886101208901615158565b925061022087013567ffffffffffffffff81111561522d575f5ffd5b61523989828a0161516f565b979a9699509497509295939492505050565b5f6020828403121561525b575f5ffd5b5035919050565b5f5f5f5f6102208587031215615276575f5ffd5b6152808686615158565b935061010085013567ffffffffffffffff81111561529c575f5ffd5b6152a88782880161516f565b90945092506152bd9050866101208701615158565b905092959194509250565b803563ffffffff81168114614a43575f5ffd5b5f602082840312156152eb575f5ffd5b612100826152c8565b5f5f5f5f60608587031215615307575f5ffd5b84356153128161509e565b935060208501356153228161509e565b9250604085013567ffffffffffffffff81111561533d575f5ffd5b8501601f8101871361534d575f5ffd5b803567ffffffffffffffff811115615363575f5ffd5b8760208260081b8401011115615377575f5ffd5b949793965060200194505050565b803560ff81168114614a43575f5ffd5b5f602082840312156153a5575f5ffd5b61210082615385565b5f5f604083850312156153bf575f5ffd5b6153c883615385565b91506153d6602084016152c8565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60058110615441577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b81516001600160a01b031681526101808101602083015161547660208401826bffffffffffffffffffffffff169052565b50604083015161549160408401826001600160a01b03169052565b5060608301516154a4606084018261540c565b5060808301516154b8608084018215159052565b5060a08301516154ce60a084018261ffff169052565b5060c08301516154e660c084018263ffffffff169052565b5060e08301516154fe60e084018263ffffffff169052565b5061010083015161551c61010084018267ffffffffffffffff169052565b5061012083015161553a61012084018267ffffffffffffffff169052565b5061014083015161555861014084018267ffffffffffffffff169052565b50610160830151612e3161016084018267ffffffffffffffff169052565b815167ffffffffffffffff168152610240810160208301516155a860208401826bffffffffffffffffffffffff169052565b5060408301516155bd604084018260ff169052565b5060608301516155d5606084018263ffffffff169052565b5060808301516155ed608084018263ffffffff169052565b5060a083015161560560a084018263ffffffff169052565b5060c083015161561d60c084018263ffffffff169052565b5060e083015161563560e084018263ffffffff169052565b5061010083015161564f61010084018263ffffffff169052565b5061012083015161566961012084018263ffffffff169052565b5061014083015161568161014084018261ffff169052565b5061016083015161569b61016084018263ffffffff169052565b506101808301516156bd6101808401826bffffffffffffffffffffffff169052565b506101a08301516156df6101a08401826bffffffffffffffffffffffff169052565b506101c08301516157016101c08401826bffffffffffffffffffffffff169052565b506101e08301516157196101e084018261ffff169052565b5061020083015161573b6102008401826bffffffffffffffffffffffff169052565b50610220830151612e3161022084018263ffffffff169052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561147157611471615782565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826157fd576157fd6157c2565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561147157611471615782565b5f60ff821660ff810361585757615857615782565b60010192915050565b60ff818116838216019081111561147157611471615782565b5f61010082840312801561588b575f5ffd5b50604051610100810167ffffffffffffffff811182821017156158d5577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040526158e1836150b3565b81526158ef602084016150b3565b6020820152615900604084016150b3565b6040820152606083810135908201526080808401359082015260a0808401359082015261592f60c084016150b3565b60c082015261594060e08401615132565b60e08201529392505050565b60ff828116828216039081111561147157611471615782565b808202811582820484141761147157611471615782565b61ffff818116838216019081111561147157611471615782565b60208101611471828461540c565b67ffffffffffffffff818116838216019081111561147157611471615782565b63ffffffff818116838216019081111561147157611471615782565b5f5f604083850312156159f1575f5ffd5b82516159fc8161509e565b6020840151909250615a0d8161511e565b809150509250929050565b5f67ffffffffffffffff831680615a3157615a316157c2565b8067ffffffffffffffff84160491505092915050565b5f5f198203615a5857615a58615782565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b5f82615a9a57615a9a6157c2565b500490565b5f60208284031215615aaf575f5ffd5b5051919050565b5f81615ac457615ac4615782565b505f190190565b67ffffffffffffffff8181168382160290811690818114612e3157612e31615782565b5f60208284031215615afe575f5ffd5b81516121008161509e565b6bffffffffffffffffffffffff82811682821603908111156114715761147161578256610260604052348015610010575f5ffd5b5060405161314438038061314483398101604081905261002f91610253565b60408051808201825260058152642130ba37b760d91b602080830191909152825180840190935260018352603160f81b908301529061006e825f6101ad565b6101205261007d8160016101ad565b61014052815160208084019190912060e052815190820120610100524660a05261010960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05233610160526001600160401b038088166101805286166101a081905263ffffffff8087166101c0528581166101e052848116610200526001600160601b0384166102205282811661024052101561017c57604051630289365b60e11b815260040160405180910390fd5b50506002805463ffffffff909516600160c01b0263ffffffff60c01b19909516949094179093555061048c92505050565b5f6020835110156101c8576101c1836101df565b90506101d9565b816101d3848261037a565b5060ff90505b92915050565b5f5f829050601f81511115610212578260405163305a27a960e01b81526004016102099190610434565b60405180910390fd5b805161021d82610469565b179392505050565b80516001600160401b038116811461023b575f5ffd5b919050565b805163ffffffff8116811461023b575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610269575f5ffd5b61027288610225565b965061028060208901610225565b955061028e60408901610240565b945061029c60608901610240565b93506102aa60808901610240565b60a08901519093506001600160601b03811681146102c6575f5ffd5b91506102d460c08901610240565b905092959891949750929550565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061030a57607f821691505b60208210810361032857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561037557805f5260205f20601f840160051c810160208510156103535750805b601f840160051c820191505b81811015610372575f815560010161035f565b50505b505050565b81516001600160401b03811115610393576103936102e2565b6103a7816103a184546102f6565b8461032e565b6020601f8211600181146103d9575f83156103c25750848201515b5f19600385901b1c1916600184901b178455610372565b5f84815260208120601f198516915b8281101561040857878501518255602094850194600190920191016103e8565b508482101561042557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610328575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051610200516102205161024051612b926105b25f395f81816104af01528181610c1e0152610c7f01525f81816102a5015281816106fb01528181610740015281816107bb01528181610cae01528181610d160152611ec301525f81816105ae01528181610bc9015261174501525f8181610600015261112601525f818161052901528181611a180152611a8101525f818161027201528181611a460152611aad01525f818161057b01528181610fb80152818161128001526112c001525f818161038c015261168401525f61185601525f61182a01525f6121a901525f61218101525f6120dc01525f61210601525f6121300152612b925ff3fe6080604052600436106101a4575f3560e01c806384b0196e116100e7578063c81ff7b611610087578063e38f704511610062578063e38f70451461059d578063e7829807146105d0578063e88816e7146105ef578063f76e185f14610622575f5ffd5b8063c81ff7b614610518578063caf633bc1461054b578063d6ae3cd51461056a575f5ffd5b8063ab91c7b0116100c2578063ab91c7b01461046c578063adbe8a001461049e578063aec185fc146104e6578063c0c3f82e146104f9575f5ffd5b806384b0196e14610407578063965236441461042e578063972d336c14610458575f5ffd5b806364bb0a22116101525780637ad7b1c91161012d5780637ad7b1c9146103575780637b1039991461037b5780637d882097146103d3578063811aec3a146103e8575f5ffd5b806364bb0a22146102945780636ced947d146102e4578063705cad1314610338575f5ffd5b80632d2da806116101825780632d2da80614610238578063476343ee1461024b5780634cdc9c6314610261575f5ffd5b806306f13056146101a857806313083c34146101e057806313d7a4fb14610219575b5f5ffd5b3480156101b3575f5ffd5b5060025467ffffffffffffffff165b60405167ffffffffffffffff90911681526020015b60405180910390f35b3480156101eb575f5ffd5b5061020b6101fa366004612391565b60056020525f908152604090205481565b6040519081526020016101d7565b348015610224575f5ffd5b5061020b6102333660046123c1565b610641565b6101c2610246366004612391565b6106ab565b348015610256575f5ffd5b5061025f61081d565b005b34801561026c575f5ffd5b506101c27f000000000000000000000000000000000000000000000000000000000000000081565b34801561029f575f5ffd5b506102c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516bffffffffffffffffffffffff90911681526020016101d7565b3480156102ef575f5ffd5b506103036102fe3660046123f3565b610934565b6040805167ffffffffffffffff909316835273ffffffffffffffffffffffffffffffffffffffff9091166020830152016101d7565b348015610343575f5ffd5b5061020b6103523660046123f3565b6109c3565b348015610362575f5ffd5b5061036b610a36565b60405190151581526020016101d7565b348015610386575f5ffd5b506103ae7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101d7565b3480156103de575f5ffd5b5061020b60065481565b3480156103f3575f5ffd5b5061025f610402366004612451565b610a51565b348015610412575f5ffd5b5061041b610b5b565b6040516101d797969594939291906124ef565b348015610439575f5ffd5b5060025468010000000000000000900467ffffffffffffffff166101c2565b348015610463575f5ffd5b506101c2610bb9565b348015610477575f5ffd5b50600254700100000000000000000000000000000000900467ffffffffffffffff166101c2565b3480156104a9575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016101d7565b6101c26104f43660046125ae565b610c12565b348015610504575f5ffd5b5061020b6105133660046125ed565b610d92565b348015610523575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b348015610556575f5ffd5b5061025f6105653660046123f3565b610dce565b348015610575575f5ffd5b506101c27f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a8575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b3480156105db575f5ffd5b5061020b6105ea3660046123c1565b61105e565b3480156105fa575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b34801561062d575f5ffd5b5061025f61063c36600461265e565b611079565b5f6106a56106543684900384018461270f565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b92915050565b5f73ffffffffffffffffffffffffffffffffffffffff82166106f9576040517fb2e532de00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1634116107a8576107676bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600161280f565b6040517f195a3ca100000000000000000000000000000000000000000000000000000000815260048101919091523460248201526044015b60405180910390fd5b5f6107e16bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001634612822565b90508060065f8282546107f4919061280f565b925050819055506108166001848360405180602001604052805f8152506110a4565b9392505050565b335f9081526005602052604081205490819003610866576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526005602052604080822091909155517fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a906108a99084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f81146108f0576040519150601f19603f3d011682016040523d82523d5f602084013e6108f5565b606091505b5050905080610930576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b6002545f90819067ffffffffffffffff7001000000000000000000000000000000009091048116908416106109a1576040517f9f585f2f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260240161079f565b505067ffffffffffffffff165f9081526004602052604090205460a081901c91565b6002545f9067ffffffffffffffff90811690831610610a1a576040517f29323fff00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260240161079f565b5067ffffffffffffffff165f9081526003602052604090205490565b5f610a3f610bb9565b67ffffffffffffffff16431015905090565b5f5b804915610a6a57610a6381612835565b9050610a53565b805f03610aa3576040517ffdac229f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff811115610abd57610abd6126e2565b604051908082528060200260200182016040528015610ae6578160200160208202803683370190505b5090505f5b82811015610b1a578049828281518110610b0757610b0761286c565b6020908102919091010152600101610aeb565b505f81604051602001610b2d9190612899565b604051602081830303815290604052805190602001209050610b538682878760016111dc565b505050505050565b5f6060805f5f5f6060610b6c611823565b610b7461184f565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6002545f90610c0d9063ffffffff7f000000000000000000000000000000000000000000000000000000000000000081169178010000000000000000000000000000000000000000000000009004166128ce565b905090565b5f81801580610c4657507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681115b15610cac576040517ffccdd6b40000000000000000000000000000000000000000000000000000000081526004810182905263ffffffff7f000000000000000000000000000000000000000000000000000000000000000016602482015260440161079f565b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff163414610d49576040517f195a3ca10000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600482015234602482015260440161079f565b610d8a5f5f5f87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506110a492505050565b949350505050565b5f6108168383808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061187c92505050565b6040805160a08101825260025467ffffffffffffffff8082168352680100000000000000008204811660208401819052700100000000000000000000000000000000830482169484019490945263ffffffff78010000000000000000000000000000000000000000000000008304811660608501527c010000000000000000000000000000000000000000000000000000000090920490911660808301529091908316111580610e955750806040015167ffffffffffffffff168267ffffffffffffffff16115b15610efe576020810151610eaa9060016128ce565b60408083015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529082166024820152908316604482015260640161079f565b5f610f50610f40610f31610f136001876128ee565b67ffffffffffffffff165f9081526004602052604090205460a01c90565b67ffffffffffffffff16611a10565b610f4b9060016128ce565b611a76565b90508067ffffffffffffffff16431015610fa2576040517fb42fa4c000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8216600482015260240161079f565b604080516101008101825267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116825284511660208201525f918101610fef611ad1565b67ffffffffffffffff16815260200161100a855f0151611adb565b81526020015f5f1b81526020015f5f1b81526020018567ffffffffffffffff1681526020015f73ffffffffffffffffffffffffffffffffffffffff168152509050611058838260025f611b1e565b50505050565b5f6106a56110746106543685900385018561270f565b611f8a565b61109d85858560405161108d92919061290e565b604051809103902084845f6111dc565b5050505050565b60028054700100000000000000000000000000000000900467ffffffffffffffff16906110d28260016128ce565b815467ffffffffffffffff91909116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff9091161781555f61114c63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016436128ce565b67ffffffffffffffff84165f81815260046020526040908190203360a085901b7bffffffffffffffff00000000000000000000000000000000000000001681179091559051929350917feff32a23b40bef2fb22a164b983c7671adbf09260a99f7c160d075d1fa5cc700906111ca908b908b908b9088908c9061294a565b60405180910390a35050949350505050565b6040805160a08101825260025467ffffffffffffffff80821683526801000000000000000082048116602080850191909152700100000000000000000000000000000000830482169484019490945263ffffffff78010000000000000000000000000000000000000000000000008304811660608501527c0100000000000000000000000000000000000000000000000000000000909204909116608083015290917f0000000000000000000000000000000000000000000000000000000000000000909116906112af908801886123f3565b67ffffffffffffffff1614611332577f00000000000000000000000000000000000000000000000000000000000000006112ec60208801886123f3565b6040517f324b4a2400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161079f565b805167ffffffffffffffff1661134e60408801602089016123f3565b67ffffffffffffffff16146113b557805161136f60408801602089016123f3565b6040517ff6d1afa300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161079f565b5f6113be611ad1565b905067ffffffffffffffff81166113db6060890160408a016123f3565b67ffffffffffffffff161461144157806113fb6060890160408a016123f3565b6040517f372eacf000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161079f565b5f61144e835f0151611adb565b90508088606001351461149a576040517ff8bef082000000000000000000000000000000000000000000000000000000008152600481018290526060890135602482015260440161079f565b868860800135146114e4576040517f62af1337000000000000000000000000000000000000000000000000000000008152600481018890526080890135602482015260440161079f565b5f6114f4368a90038a018a61270f565b60e081015190915073ffffffffffffffffffffffffffffffffffffffff1615801590611742575f5f6115b2611577611074867fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b8b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611fd192505050565b5090925090505f8160038111156115cb576115cb61291d565b14158061160857508360e0015173ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614155b1561163f576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f7978251d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301527f00000000000000000000000000000000000000000000000000000000000000001690637978251d90602401602060405180830381865afa1580156116c9573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116ed91906129af565b61173b576040517f3a1c154500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161079f565b505061180b565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16866060015163ffffffff1661177f91906128ce565b90508067ffffffffffffffff164310156117d1576040517fe51302d000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8216600482015260240161079f565b8715611809576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b61181785838884611b1e565b50505050505050505050565b6060610c0d7f00000000000000000000000000000000000000000000000000000000000000005f61201a565b6060610c0d7f0000000000000000000000000000000000000000000000000000000000000000600161201a565b80515f9080820361188f57505f92915050565b805b60018111156119bc575f60026118a883600161280f565b6118b291906129fb565b90505f5b6118c16002846129fb565b8110156119535761192e866118d7836002612a0e565b815181106118e7576118e761286c565b6020026020010151878360026118fd9190612a0e565b61190890600161280f565b815181106119185761191861286c565b60200260200101515f9182526020526040902090565b8682815181106119405761194061286c565b60209081029190910101526001016118b6565b5061195f600283612a25565b6001036119b55784611972600184612822565b815181106119825761198261286c565b6020026020010151856001836119989190612822565b815181106119a8576119a861286c565b6020026020010181815250505b9050611891565b81845f815181106119cf576119cf61286c565b60200260200101516040516020016119f1929190918252602082015260400190565b6040516020818303038152906040528051906020012092505050919050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016611a6c67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001684612822565b6106a591906129fb565b5f611aa763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683612a38565b6106a5907f00000000000000000000000000000000000000000000000000000000000000006128ce565b5f610c0d43611a10565b5f67ffffffffffffffff821615611b175760035f611afa6001856128ee565b67ffffffffffffffff1681526020019081526020015f20546106a5565b5f92915050565b80611b9e575f83604001516001611b3591906128ce565b90508063ffffffff16856080015163ffffffff1603611b925760408085015190517fb5121a8d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015260240161079f565b63ffffffff1660808501525b60c0830151602085015167ffffffffffffffff9081169082161080611bda5750846040015167ffffffffffffffff168167ffffffffffffffff16115b15611c3857602085015160408087015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529082166024820152908216604482015260640161079f565b846040015167ffffffffffffffff168167ffffffffffffffff161015611cc75767ffffffffffffffff8181165f9081526004602052604090205460a01c908116431115611cc5576040517f5370fdd200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80841660048301528216602482015260440161079f565b505b5f611d1d857fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b602080880151885167ffffffffffffffff165f908152600390925260409091208290558751919250906001908890611d569083906128ce565b67ffffffffffffffff90811690915284166020890152508315611d805763ffffffff431660608801525b86516002805460208a015160408b015160608c015160808d015167ffffffffffffffff9687167fffffffffffffffffffffffffffffffff00000000000000000000000000000000909516949094176801000000000000000093871693909302929092177fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff16700100000000000000000000000000000000918616919091027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1617780100000000000000000000000000000000000000000000000063ffffffff92831602177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0100000000000000000000000000000000000000000000000000000000919092160217905581811690841614611f25576bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016611eed82856128ee565b67ffffffffffffffff16611f019190612a0e565b335f9081526005602052604081208054909190611f1f90849061280f565b90915550505b856040015167ffffffffffffffff1682876020015167ffffffffffffffff167fdc7f167da18a0d78b16a5218552ec7bbd8b1f17710baacf555c1c6e157b90e358833868c604051611f799493929190612a62565b60405180910390a450505050505050565b5f6106a5611f966120c3565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f8351604103612008576020840151604085015160608601515f1a611ffa888285856121f9565b955095509550505050612013565b505081515f91506002905b9250925092565b606060ff83146120345761202d836122ec565b90506106a5565b81805461204090612b47565b80601f016020809104026020016040519081016040528092919081815260200182805461206c90612b47565b80156120b75780601f1061208e576101008083540402835291602001916120b7565b820191905f5260205f20905b81548152906001019060200180831161209a57829003601f168201915b505050505090506106a5565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561212857507f000000000000000000000000000000000000000000000000000000000000000046145b1561215257507f000000000000000000000000000000000000000000000000000000000000000090565b610c0d604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561223257505f915060039050826122e2565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612283573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff81166122d957505f9250600191508290506122e2565b92505f91508190505b9450945094915050565b60605f6122f883612329565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f8111156106a5576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b803573ffffffffffffffffffffffffffffffffffffffff8116811461238c575f5ffd5b919050565b5f602082840312156123a1575f5ffd5b61081682612369565b5f61010082840312156123bb575f5ffd5b50919050565b5f61010082840312156123d2575f5ffd5b61081683836123aa565b803567ffffffffffffffff8116811461238c575f5ffd5b5f60208284031215612403575f5ffd5b610816826123dc565b5f5f83601f84011261241c575f5ffd5b50813567ffffffffffffffff811115612433575f5ffd5b60208301915083602082850101111561244a575f5ffd5b9250929050565b5f5f5f6101208486031215612464575f5ffd5b61246e85856123aa565b925061010084013567ffffffffffffffff81111561248a575f5ffd5b6124968682870161240c565b9497909650939450505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61252960e08301896124a3565b828103604084015261253b81896124a3565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b8181101561259d57835183526020938401939092019160010161257f565b50909b9a5050505050505050505050565b5f5f602083850312156125bf575f5ffd5b823567ffffffffffffffff8111156125d5575f5ffd5b6125e18582860161240c565b90969095509350505050565b5f5f602083850312156125fe575f5ffd5b823567ffffffffffffffff811115612614575f5ffd5b8301601f81018513612624575f5ffd5b803567ffffffffffffffff81111561263a575f5ffd5b8560208260051b840101111561264e575f5ffd5b6020919091019590945092505050565b5f5f5f5f5f6101408688031215612673575f5ffd5b61267d87876123aa565b945061010086013567ffffffffffffffff811115612699575f5ffd5b6126a58882890161240c565b90955093505061012086013567ffffffffffffffff8111156126c5575f5ffd5b6126d18882890161240c565b969995985093965092949392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f610100828403128015612721575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561276b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604052612777836123dc565b8152612785602084016123dc565b6020820152612796604084016123dc565b6040820152606083810135908201526080808401359082015260a080840135908201526127c560c084016123dc565b60c08201526127d660e08401612369565b60e08201529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156106a5576106a56127e2565b818103818111156106a5576106a56127e2565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612865576128656127e2565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81515f90829060208501835b828110156128c35781518452602093840193909101906001016128a5565b509195945050505050565b67ffffffffffffffff81811683821601908111156106a5576106a56127e2565b67ffffffffffffffff82811682821603908111156106a5576106a56127e2565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f6002871061295b5761295b61291d565b86825273ffffffffffffffffffffffffffffffffffffffff8616602083015284604083015267ffffffffffffffff8416606083015260a060808301526129a460a08301846124a3565b979650505050505050565b5f602082840312156129bf575f5ffd5b81518015158114610816575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612a0957612a096129ce565b500490565b80820281158282048414176106a5576106a56127e2565b5f82612a3357612a336129ce565b500690565b67ffffffffffffffff8181168382160290811690818114612a5b57612a5b6127e2565b5092915050565b610160810160038610612a7757612a7761291d565b85825273ffffffffffffffffffffffffffffffffffffffff8516602083015267ffffffffffffffff8416604083015267ffffffffffffffff835116606083015267ffffffffffffffff602084015116608083015267ffffffffffffffff60408401511660a0830152606083015160c0830152608083015160e083015260a083015161010083015260c0830151612b1a61012084018267ffffffffffffffff169052565b5060e083015173ffffffffffffffffffffffffffffffffffffffff81166101408401525095945050505050565b600181811c90821680612b5b57607f821691505b6020821081036123bb577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x03@`@R4\x80\x15a\0\x10W__\xFD[P`@Qa\x98\x808\x03\x80a\x98\x80\x839\x81\x01`@\x81\x90Ra\0/\x91a\x08\xB9V[a\08\x81a\x01\xE7V[\x80Q`\x01`\x01`@\x1B\x03\x90\x81\x16`\xC0\x90\x81R` \x83\x01Q`\x01`\x01``\x1B\x03\x90\x81\x16`\xE0\x90\x81R`@\x80\x86\x01Q`\xFF\x16a\x01\0\x90\x81R``\x87\x01\x80Qc\xFF\xFF\xFF\xFF\x90\x81\x16a\x01 \x90\x81R`\x80\x8A\x01Q\x82\x16a\x01@\x90\x81R`\xA0\x80\x8C\x01Q\x84\x16a\x01`\x90\x81R\x99\x8C\x01\x80Q\x85\x16a\x01\x80\x90\x81R\x98\x8D\x01\x80Q\x86\x16a\x01\xA0\x90\x81R\x97\x8E\x01Q\x86\x16a\x01\xC0\x90\x81R\x94\x8E\x01Q\x86\x16a\x01\xE0\x90\x81R\x93\x8E\x01Qa\xFF\xFF\x90\x81\x16a\x02\0\x90\x81R\x9C\x8F\x01Q\x87\x16a\x02 \x90\x81R\x9A\x8F\x01Q\x8C\x16a\x02@R\x97\x8E\x01Q\x8B\x16a\x02`R\x93\x8D\x01Q\x8A\x16a\x02\x80R\x91\x8C\x01Q\x90\x95\x16a\x02\xA0R\x97\x8A\x01\x80Q\x90\x97\x16a\x02\xC0R\x94\x89\x01\x80Q\x90\x91\x16a\x02\xE0RC\x97\x88\x16\x90\x92R\x87Q\x90Q\x95Q\x93Q\x94Q\x91Q\x92Q_\x97\x91\x96\x91\x95\x91\x94\x93\x91\x92\x91\x90a\x01W\x90a\x08\x12V[`\x01`\x01`@\x1B\x03\x97\x88\x16\x81R\x96\x90\x95\x16` \x87\x01Rc\xFF\xFF\xFF\xFF\x93\x84\x16`@\x87\x01R\x91\x83\x16``\x86\x01R\x82\x16`\x80\x85\x01R`\x01`\x01``\x1B\x03\x16`\xA0\x84\x01R\x16`\xC0\x82\x01R`\xE0\x01`@Q\x80\x91\x03\x90_\xF0\x80\x15\x80\x15a\x01\xB9W=__>=_\xFD[P`\x01`\x01`\xA0\x1B\x03\x81\x16`\x80RFa\x03 \x81\x90R\x90\x91Pa\x01\xDB\x90\x82a\x078V[a\x03\0RPa\n]\x90PV[`@\x81\x01Q`\xFF\x16\x15\x80a\x02\x02WP``\x81`@\x01Q`\xFF\x16\x11[\x15a\x02EW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01RlmaxSequencers`\x98\x1B`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[\x80` \x01Q`\x01`\x01``\x1B\x03\x16_\x03a\x02\x8CW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x07`$\x82\x01Rf\x1BZ[\x90\x9B\xDB\x99`\xCA\x1B`D\x82\x01R`d\x01a\x02<V[``\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15\x80a\x02\xABWP`\x80\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a\x02\xF9W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x14`$\x82\x01R\x7Fslot or epoch length\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x02<V[`\xA0\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15\x80a\x03$WP\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x03`W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjgraceBlocks`\xA8\x1B`D\x82\x01R`d\x01a\x02<V[\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x03\xB7W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RninclusionWindow`\x88\x1B`D\x82\x01R`d\x01a\x02<V[\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x04\nW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjescapeDelay`\xA8\x1B`D\x82\x01R`d\x01a\x02<V[\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x04^W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjfaultWindow`\xA8\x1B`D\x82\x01R`d\x01a\x02<V[\x80a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\x01 \x01Qc\xFF\xFF\xFF\xFF\x16\x11a\x04\xB0W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\t`$\x82\x01RhexitDelay`\xB8\x1B`D\x82\x01R`d\x01a\x02<V[\x80a\x01@\x01Qa\xFF\xFF\x16_\x03a\x04\xF9W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01Rl\x1C\xDD\x1C\x9AZ\xD9\\\xD5\x1B\xD2\x98Z[`\x9A\x1B`D\x82\x01R`d\x01a\x02<V[\x80a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\x01`\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x05OW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0C`$\x82\x01Rk50\xB4\xB6!\xB7\xB7\xB627\xBB\xB7`\xA1\x1B`D\x82\x01R`d\x01a\x02<V[\x80` \x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\x80\x01Q`\x01`\x01``\x1B\x03\x16\x10a\x05\xA8W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjjailPenalty`\xA8\x1B`D\x82\x01R`d\x01a\x02<V[\x80` \x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\xA0\x01Q`\x01`\x01``\x1B\x03\x16\x11\x15a\x06\x08W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x11`$\x82\x01RpcensorshipPenalty`x\x1B`D\x82\x01R`d\x01a\x02<V[a\x06\x15`\x02a'\x10a\n\x1BV[\x81a\x01\xE0\x01Qa\xFF\xFF\x16\x11\x15a\x06ZW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\t`$\x82\x01RhbountyBps`\xB8\x1B`D\x82\x01R`d\x01a\x02<V[\x80a\x01\xE0\x01Qa\xFF\xFF\x16\x81a\x01\xA0\x01Q`\x01`\x01``\x1B\x03\x16a\x06}\x91\x90a\n:V[a'\x10\x82a\x01\xC0\x01Q`\x01`\x01``\x1B\x03\x16a\x06\x99\x91\x90a\n:V[\x11\x15a\x06\xE8W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x16`$\x82\x01R\x7FcensorshipCompensation\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x02<V[\x80a\x02 \x01Qc\xFF\xFF\xFF\xFF\x16_\x03a\x075W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RnmaxForcedTxSize`\x88\x1B`D\x82\x01R`d\x01a\x02<V[PV[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R`1`\xF8\x1B\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R`\x80\x81\x01\x85\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 [\x92\x91PPV[a1D\x80ag<\x839\x01\x90V[`@Qa\x02@\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x08NWcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x08jW__\xFD[\x91\x90PV[\x80Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x08jW__\xFD[\x80Q`\xFF\x81\x16\x81\x14a\x08jW__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x08jW__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x08jW__\xFD[_a\x02@\x82\x84\x03\x12\x80\x15a\x08\xCBW__\xFD[Pa\x08\xD4a\x08\x1FV[a\x08\xDD\x83a\x08TV[\x81Ra\x08\xEB` \x84\x01a\x08oV[` \x82\x01Ra\x08\xFC`@\x84\x01a\x08\x85V[`@\x82\x01Ra\t\r``\x84\x01a\x08\x95V[``\x82\x01Ra\t\x1E`\x80\x84\x01a\x08\x95V[`\x80\x82\x01Ra\t/`\xA0\x84\x01a\x08\x95V[`\xA0\x82\x01Ra\t@`\xC0\x84\x01a\x08\x95V[`\xC0\x82\x01Ra\tQ`\xE0\x84\x01a\x08\x95V[`\xE0\x82\x01Ra\tca\x01\0\x84\x01a\x08\x95V[a\x01\0\x82\x01Ra\tva\x01 \x84\x01a\x08\x95V[a\x01 \x82\x01Ra\t\x89a\x01@\x84\x01a\x08\xA8V[a\x01@\x82\x01Ra\t\x9Ca\x01`\x84\x01a\x08\x95V[a\x01`\x82\x01Ra\t\xAFa\x01\x80\x84\x01a\x08oV[a\x01\x80\x82\x01Ra\t\xC2a\x01\xA0\x84\x01a\x08oV[a\x01\xA0\x82\x01Ra\t\xD5a\x01\xC0\x84\x01a\x08oV[a\x01\xC0\x82\x01Ra\t\xE8a\x01\xE0\x84\x01a\x08\xA8V[a\x01\xE0\x82\x01Ra\t\xFBa\x02\0\x84\x01a\x08oV[a\x02\0\x82\x01Ra\n\x0Ea\x02 \x84\x01a\x08\x95V[a\x02 \x82\x01R\x93\x92PPPV[_\x82a\n5WcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x08\x0CWcNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa\x02\0Qa\x02 Qa\x02@Qa\x02`Qa\x02\x80Qa\x02\xA0Qa\x02\xC0Qa\x02\xE0Qa\x03\0Qa\x03 Qa[-a\x0C\x0F_9_a1\xCE\x01R_a3 \x01R_a\n\xCB\x01R_a\n\x97\x01R_\x81\x81a\nm\x01R\x81\x81a7s\x01RaE\xF3\x01R_\x81\x81a\n9\x01Ra' \x01R_\x81\x81a\n\x05\x01Ra&\xF0\x01R_\x81\x81a\t\xD1\x01Ra\x1D\x86\x01R_\x81\x81a\t\xA5\x01RaDL\x01R_\x81\x81a\t{\x01Ra\x1DF\x01R_\x81\x81a\tO\x01RaJ\\\x01R_\x81\x81a\t#\x01R\x81\x81a56\x01R\x81\x81a>x\x01RaGZ\x01R_a\x08\xF7\x01R_a\x08\xCB\x01R_\x81\x81a\x08\x9F\x01Ra\x1A\xBD\x01R_\x81\x81a\x08s\x01R\x81\x81a-|\x01RaO\x96\x01R_\x81\x81a\x08G\x01R\x81\x81a=\xC2\x01R\x81\x81aK;\x01RaOo\x01R_\x81\x81a\x08\x1E\x01Ra\x11\x18\x01R_\x81\x81a\x07\xEA\x01R\x81\x81a\x0FK\x01R\x81\x81a\x0F\xB3\x01R\x81\x81a\x1E\xA6\x01Ra\x1F\x0C\x01R_a\x07\xBA\x01R_\x81\x81a\x02\xF9\x01R\x81\x81a=\xEE\x01R\x81\x81aK\x05\x01RaKi\x01R_\x81\x81a\x0C\x0C\x01R\x81\x81a$\xD5\x01R\x81\x81a2\xD9\x01R\x81\x81a:\xE7\x01Ra?\xA6\x01Ra[-_\xF3\xFE`\x80`@R`\x046\x10a\x02\x0FW_5`\xE0\x1C\x80c\x96\x8C7\xEC\x11a\x01\x17W\x80c\xCC\xD0rv\x11a\0\xACW\x80c\xEA\xF5\xAF\xCE\x11a\0|W\x80c\xFAiD\xBC\x11a\0bW\x80c\xFAiD\xBC\x14a\x0B\xA8W\x80c\xFA\xDBGh\x14a\x0B\xC7W\x80c\xFB\x0Er+\x14a\x0B\xFBW__\xFD[\x80c\xEA\xF5\xAF\xCE\x14a\x0B9W\x80c\xF9\x16\x821\x14a\x0B\x93W__\xFD[\x80c\xCC\xD0rv\x14a\x06\xE1W\x80c\xCF\xF0\xAB\x96\x14a\x07\rW\x80c\xD0\xB1\xD5\x12\x14a\x0B\x05W\x80c\xD8\x915\xCD\x14a\x0B$W__\xFD[\x80c\xB7o\x1B\xEA\x11a\0\xE7W\x80c\xB7o\x1B\xEA\x14a\x06qW\x80c\xC5b\x91O\x14a\x06\x90W\x80c\xC5\xF1\x11\x01\x14a\x06\xA3W\x80c\xC6\xAB]\x90\x14a\x06\xC2W__\xFD[\x80c\x96\x8C7\xEC\x14a\x05\xBAW\x80c\xA0\x84\x19\xE3\x14a\x05\xD9W\x80c\xA4,\xE1[\x14a\x05\xF8W\x80c\xB3xU\xC8\x14a\x06RW__\xFD[\x80cX=#\xF4\x11a\x01\xA7W\x80cm\xA6\x1D\x1E\x11a\x01wW\x80cyx%\x1D\x11a\x01]W\x80cyx%\x1D\x14a\x04\x1FW\x80c\x83\xA2e\xA7\x14a\x04>W\x80c\x92L>}\x14a\x05\x9BW__\xFD[\x80cm\xA6\x1D\x1E\x14a\x03\xB6W\x80cu\xE5\xB1]\x14a\x03\xE1W__\xFD[\x80cX=#\xF4\x14a\x03:W\x80cfR\x98\x88\x14a\x03YW\x80chts\xF5\x14a\x03xW\x80ci~ V\x14a\x03\x97W__\xFD[\x80cD \xE4\x86\x11a\x01\xE2W\x80cD \xE4\x86\x14a\x02\xAEW\x80cD\xD9n\x95\x14a\x02\xD3W\x80cL\xDC\x9Cc\x14a\x02\xE8W\x80cT\xE6$\x19\x14a\x03\x1BW__\xFD[\x80c\x01\xE7\xD8\xD8\x14a\x02\x13W\x80c\x06\xC0\xE8A\x14a\x02HW\x80c3Yc.\x14a\x02^W\x80c@\x89\xB1p\x14a\x02\x8BW[__\xFD[4\x80\x15a\x02\x1EW__\xFD[Pa\x022a\x02-6`\x04aP\xBEV[a\x0CFV[`@Qa\x02?\x91\x90aP\xD9V[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02SW__\xFD[Pa\x02\\a\x0E\x87V[\0[4\x80\x15a\x02iW__\xFD[Pa\x02ra\x0F:V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02?V[4\x80\x15a\x02\x96W__\xFD[Pa\x02\xA0`\x0BT\x81V[`@Q\x90\x81R` \x01a\x02?V[a\x02\xC1a\x02\xBC6`\x04aQ=V[a\x0FHV[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02?V[4\x80\x15a\x02\xDEW__\xFD[Pa\x02\xA0`\tT\x81V[4\x80\x15a\x02\xF3W__\xFD[Pa\x02r\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x03&W__\xFD[Pa\x02\\a\x0356`\x04aQ\xB4V[a\x13\x19V[4\x80\x15a\x03EW__\xFD[Pa\x02\xC1a\x03T6`\x04aP\xBEV[a\x14gV[4\x80\x15a\x03dW__\xFD[Pa\x02\\a\x03s6`\x04aRKV[a\x14wV[4\x80\x15a\x03\x83W__\xFD[Pa\x02\\a\x03\x926`\x04aRbV[a\x17\xA6V[4\x80\x15a\x03\xA2W__\xFD[Pa\x02\xA0a\x03\xB16`\x04aR\xDBV[a\x18\xEFV[4\x80\x15a\x03\xC1W__\xFD[Pa\x02\xA0a\x03\xD06`\x04aQ=V[`\x06` R_\x90\x81R`@\x90 T\x81V[4\x80\x15a\x03\xECW__\xFD[Pa\x04\x0Fa\x03\xFB6`\x04aRKV[`\x05` R_\x90\x81R`@\x90 T`\xFF\x16\x81V[`@Q\x90\x15\x15\x81R` \x01a\x02?V[4\x80\x15a\x04*W__\xFD[Pa\x04\x0Fa\x0496`\x04aQ=V[a\x19%V[4\x80\x15a\x04IW__\xFD[Pa\x05\x0Fa\x04X6`\x04aRKV[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91RP_\x90\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x91\x82\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x84\x01\x95\x90\x95R`\x01\x84\x01T\x80\x82\x16\x96\x84\x01\x96\x90\x96R\x94\x81\x90\x04\x90\x93\x16``\x82\x01R`\x02\x90\x91\x01T\x92\x83\x16`\x80\x82\x01R\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x82\x01R\x90V[`@Qa\x02?\x91\x90_`\xC0\x82\x01\x90P`\x01`\x01`\xA0\x1B\x03\x83Q\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03`@\x84\x01Q\x16`@\x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R`\x01`\x01`\xA0\x1B\x03`\x80\x84\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x84\x01Q\x16`\xA0\x83\x01R\x92\x91PPV[4\x80\x15a\x05\xA6W__\xFD[Pa\x02\\a\x05\xB56`\x04aR\xF4V[a\x1A\xF2V[4\x80\x15a\x05\xC5W__\xFD[Pa\x02\\a\x05\xD46`\x04aS\x95V[a\x1D\xC6V[4\x80\x15a\x05\xE4W__\xFD[Pa\x02\xA0a\x05\xF36`\x04aQ=V[a \xD8V[4\x80\x15a\x06\x03W__\xFD[Pa\x06?a\x06\x126`\x04aS\xAEV[`\xFF\x82\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x90 Ta\xFF\xFF\x16\x92\x91PPV[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02?V[4\x80\x15a\x06]W__\xFD[Pa\x02\xC1a\x06l6`\x04aQ=V[a!\x07V[4\x80\x15a\x06|W__\xFD[Pa\x02\\a\x06\x8B6`\x04aS\x95V[a!~V[a\x02\\a\x06\x9E6`\x04aS\x95V[a#\x07V[4\x80\x15a\x06\xAEW__\xFD[Pa\x02\\a\x06\xBD6`\x04aR\xF4V[a$\x91V[4\x80\x15a\x06\xCDW__\xFD[Pa\x02\\a\x06\xDC6`\x04aS\x95V[a'_V[4\x80\x15a\x06\xECW__\xFD[Pa\x07\0a\x06\xFB6`\x04aS\x95V[a*QV[`@Qa\x02?\x91\x90aTEV[4\x80\x15a\x07\x18W__\xFD[Pa\n\xF8`@\x80Qa\x02@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x82\x90Ra\x01\xE0\x81\x01\x82\x90Ra\x02\0\x81\x01\x82\x90Ra\x02 \x81\x01\x91\x90\x91R`@Q\x80a\x02@\x01`@R\x80\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81RP\x90P\x90V[`@Qa\x02?\x91\x90aUvV[4\x80\x15a\x0B\x10W__\xFD[Pa\x02ra\x0B\x1F6`\x04aRKV[a-WV[4\x80\x15a\x0B/W__\xFD[Pa\x02\xA0`\nT\x81V[4\x80\x15a\x0BDW__\xFD[Pa\x02\xA0a\x0BS6`\x04aR\xDBV[`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[4\x80\x15a\x0B\x9EW__\xFD[Pa\x02\xA0`\x0CT\x81V[4\x80\x15a\x0B\xB3W__\xFD[Pa\x02ra\x0B\xC26`\x04aP\xBEV[a-aV[4\x80\x15a\x0B\xD2W__\xFD[Pa\x0B\xE6a\x0B\xE16`\x04aP\xBEV[a-kV[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02?V[4\x80\x15a\x0C\x06W__\xFD[Pa\x0C.\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02?V[``_a\x0CR\x83a-qV[\x90P_a\x0C^\x82a\x18\xEFV[\x90P_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\r\x93Wa\r\x93aWUV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\r\xBCW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x93P\x80_\x03a\r\xCEWPPP\x91\x90PV[_a\x0E'a\x0E\x16\x85`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84a-\xA2V[\x90P_[\x82\x81\x10\x15a\x0E}Wa\x0EQ\x84\x84a\x0EB\x84\x86aW\xAFV[a\x0EL\x91\x90aW\xEFV[a-\xEAV[\x86\x82\x81Q\x81\x10a\x0EcWa\x0EcaX\x02V[`\xFF\x90\x92\x16` \x92\x83\x02\x91\x90\x91\x01\x90\x91\x01R`\x01\x01a\x0E+V[PPPPP\x91\x90PV[3_\x90\x81R`\x06` R`@\x81 T\x90\x81\x90\x03a\x0E\xD0W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x06` R`@\x81 \x81\x90U`\x0B\x80T\x83\x92\x90a\x0E\xF3\x90\x84\x90aX/V[\x90\x91UPP`@Q\x81\x81R3\x90\x7F\xAA\x91k\xB7s\x88\x86D|3>\x88\x03\xDD}\x94\xE5\xFC\xB6\xAC\xB2\xF5\xD5\xAAe\x027=\xD5\x9D\xC5[\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x0F73\x82a.8V[PV[_a\x0FCa.\xC6V[\x90P\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x10\x15a\x0F\xEBW`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\x11\x15a\x10cW`@Q\x7F\xDD#\xC3\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0F\xE2\x90` \x80\x82R`\x04\x90\x82\x01R\x7Fbond\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R``\x01\x90V[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x10\xA3W`@Q\x7F\x81^\x1Dd\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x15a\x11\0W`@Q\x7F\xAAjM\\\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[P`\x02T_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16[\x80\x83`\xFF\x16\x10\x80\x15a\x11RWP`\x01`\xFF\x84\x16\x1B\x82\x16\x15\x15[\x15a\x11gWa\x11`\x83aXBV[\x92Pa\x119V[\x80\x83`\xFF\x16\x03a\x11\xA6W`@Q\x7Fk\x1C\x8B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0F\xE2V[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xFF\x86\x16\x81\x90\x1B\x85\x17k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x90\x91\x17\x90\x91Ua\x11\xF7\x90\x84\x90aX`V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x81\x81R`\x01` \x81\x81R`@\x80\x84 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x97\x88\x16\x17\x90U\x94\x88\x16\x83R\x82\x90R\x92\x81 3`\x01`\xA0\x1B4k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x02\x92\x90\x92\x17\x83U\x94\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x94\x17\x90\x94\x17\x90\x92U`\t\x80T\x92\x93\x92\x90\x91\x90a\x12\xAB\x90\x84\x90aW\xAFV[\x90\x91UP_\x90Pa\x12\xBD\x85`\x01a.\xD0V[`@\x80Q4\x81Rc\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x88\x16\x913\x91`\xFF\x89\x16\x91\x7F\x96{\xE0bB\xD1\xCDN\x16I\xBA\x1D\xD1|\x96\xD2\xD5\x0C\xF9\x10\xF6\xF1\x02`\xE8W \xEC\xEA\xDB\x0F=\x91\x01`@Q\x80\x91\x03\x90\xA4PPPP\x91\x90PV[a\x13#\x86\x84a1\tV[_a\x1336\x88\x90\x03\x88\x01\x88aXyV[\x90P_a\x13E6\x86\x90\x03\x86\x01\x86aXyV[\x90Pa\x13~\x81`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x13\xE6W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x13\xF2\x83\x89\x89a1\xCAV[\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16a\x14\t\x83\x87\x87a1\xCAV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x14IW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x14\\\x81\x84` \x01Q\x85`@\x01Qa4TV[PPPPPPPPPV[_a\x14q\x82a8\x9BV[\x92\x91PPV[_\x81\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x91\x82\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x84\x01\x95\x90\x95R`\x01\x84\x01T\x80\x82\x16\x96\x84\x01\x96\x90\x96R\x94\x81\x90\x04\x90\x93\x16``\x82\x01R`\x02\x90\x91\x01T\x92\x83\x16`\x80\x82\x01\x81\x90R\x91\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01Ra\x156W`@Q\x7F\xA6D\xBD\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0F\xE2V[\x80`\xA0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x15\x90W`\xA0\x81\x01Q`@Q\x7F\x92\xEE\xE6\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[`\x80\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x08` R`@\x90 T`\x01\x81\x01a\x15\xE8W`@Q~\x84\xD2\x88\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0F\xE2V[_\x82``\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83` \x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x16\x19\x91\x90aW\xAFV[_\x85\x81R`\x07` R`@\x81 \x81\x81U`\x01\x81\x01\x91\x90\x91U`\x02\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U\x90Pa\x16f\x81\x83aX/V[`\x80\x84\x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x08` R`@\x81 \x91\x90\x91U`\x0C\x80T\x83\x92\x90a\x16\x97\x90\x84\x90aX/V[\x92PP\x81\x90UP\x80`\x0B_\x82\x82Ta\x16\xAF\x91\x90aW\xAFV[\x90\x91UPP` \x83\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x17\x10W` \x80\x84\x01Q\x84Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x06\x90\x92R`@\x82 \x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x92\x90\x91a\x17\n\x90\x84\x90aW\xAFV[\x90\x91UPP[``\x83\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x17vW\x82``\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x06_\x85`@\x01Q`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82Ta\x17p\x91\x90aW\xAFV[\x90\x91UPP[`@Q\x84\x90\x7F\xF0<\xED\xD8J<[\xAB\xCB9\x1C\xFD\x19\xDB\xFA\xE9V\xFB`J\xB3\xAE6\xFE\xAB/\xF9\xD2\x17&\xE9+\x90_\x90\xA2PPPPV[a\x17\xB0\x84\x82a1\tV[_a\x17\xC06\x86\x90\x03\x86\x01\x86aXyV[\x90P_a\x17\xD26\x84\x90\x03\x84\x01\x84aXyV[\x90Pa\x17\xDD\x81a:xV[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x18vW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x18\x82\x83\x87\x87a1\xCAV[\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16\x82`\xE0\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x14a\x18\xD3W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x18\xE6\x81\x84` \x01Q\x85`@\x01Qa4TV[PPPPPPPV[`\x02T_\x90a\x14q\x90\x83\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a;\xA1V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a\x19OWP`\xFF\x81\x81\x16\x14[\x15a\x19\\WP_\x92\x91PPV[_a\x19h`\x01\x83aYLV[`@\x80Q``\x81\x01\x82R`\x02Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x80\x82\x16` \x85\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x92\x93P\x91`\x01`\xFF\x85\x16\x1B\x16\x16\x15a\x19\xE9WP_\x94\x93PPPPV[_a\x19\xF2a.\xC6V[\x90P_a\x19\xFE\x82a-qV[\x90P_a\x1A\x19\x82\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a;\xA1V[\x90P`\x01`\xFF\x86\x16\x1B\x81\x16_\x03a\x1A7WP_\x97\x96PPPPPPPV[_a\x1A\x94\x82\x87`\xFF\x16a\x1A\x84\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a<]V[\x90Pa\x1A\x9F\x84a=\xB7V[a\x1A\xB3\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16CaX/V[a\x1A\xE3c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aYeV[\x11\x15\x99\x98PPPPPPPPPV[a\x1A\xFB\x84a>\x12V[_a\x1B\x05\x85a8\x9BV[`\xFF\x81\x16_\x81\x81R` \x81\x90R`@\x90 `\x02T\x92\x93P\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x80a\x1BVWPa\x1BT\x81\x83\x88a>\xFEV[\x15[\x15a\x1B\xA2W`@Q\x7F\t\x0B2\xD1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`D\x01a\x0F\xE2V[`\x01\x81\x01T_\x90a\x1B\xC3\x90\x88\x90\x88\x90\x88\x90\x88\x90`\x01`\x01`\xA0\x1B\x03\x16a?\xA0V[\x92PPP\x80\x15a\x1C\x0BW`@Q\x7F\xE4\xA9\xB2\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_\x7F\xD8s\x9F\x9ASgm\xDC\x0FvksrK\x0C\x85q=Y\x83$D\xAD\x1A\xD5\x05\xC9\xD3\x8DLk\xF2\x88`@Q` \x01a\x1CR\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x1Cs\x81aC\x0EV[_a\x1C}\x89a-qV[`\xFF\x86\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x81 T\x91\x92P\x90a\x1C\xB3\x90a\xFF\xFF\x16`\x01aY|V[`\xFF\x87\x16_\x81\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x82R\x91\x82\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16a\xFF\xFF\x86\x16\x90\x81\x17\x90\x91U\x91Q\x91\x82R\x92\x93Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16\x92\x7F-+/(\xC2\xEB\x80:\xEF\x1F\xBCD \xF2\x18\x85i!T\x10N\xB3\xF9\x91\x81\xCF\xB2O\x7Fr \x1A\x91\x01`@Q\x80\x91\x03\x90\xA3\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81a\xFF\xFF\x16\x10a\x1D\xBAWa\x1D}\x86\x86aC\x91V[a\x1D\xBA\x86`\x02\x85\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16__aE\x96V[PPPPPPPPPPV[_a\x1D\xD0\x82aI\xE5V[\x90P`\x02`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1D\xF4Wa\x1D\xF4aS\xDFV[\x14a\x1E;W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0F\xE2\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aY\x96V[`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x1E\x95W`\x02\x81\x01T`@Q\x7F\x15\xF3\xB7\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16`\x01`\xA0\x1B\x90\x92\x04\x16\x10\x15a\x1FJW\x80T`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16`\x04\x83\x01R`\x01`\xA0\x1B\x90\x92\x04\x90\x91\x16`$\x82\x01R`D\x01a\x0F\xE2V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x17\x90U_a\x1F\x83a.\xC6V[\x90Pa\x1F\x90\x81`\x01aY\xA4V[`\x02\x83\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U`\xFF\x83\x16_\x90\x81R`\x04` R`@\x81 \x90a\x1F\xF3\x83a-qV[c\xFF\xFF\xFF\xFF\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x90U`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xFF\x88\x16\x81\x81\x1B\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x95\x86\x90\x04\x16\x92\x90\x92\x16\x90\x93\x02\x91\x90\x91\x17\x90\x92U\x7FM\xB3\x15Y)\x81\x8C\xC2\x93\x81\xAA1\xA1\xCCl\xB5I\xC4\xEFd\x8B+\xD3\xDE\xE6\xD7)v\x85p\xAE\xA9\x90a \xBA\x90\x86\x90a.\xD0V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xA2PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 T_\x19\x81\x14a \xFEW\x80a!\0V[_[\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a!1WP`\xFF\x81\x81\x16\x14[\x15a!sW`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[a!\0`\x01\x82aYLV[_a!\x88\x82aI\xE5V[`\x01\x81\x81\x01T\x91\x92P`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x90\x81`\x04\x81\x11\x15a!\xAFWa!\xAFaS\xDFV[\x14\x15\x80\x15a!\xCFWP`\x02\x81`\x04\x81\x11\x15a!\xCCWa!\xCCaS\xDFV[\x14\x15[\x15a\"\x08W\x80`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0F\xE2\x91\x90aY\x96V[_`\x01\x82`\x04\x81\x11\x15a\"\x1DWa\"\x1DaS\xDFV[\x14a\";W`\x02a\",aJHV[a\"6\x91\x90aY\xC4V[a\"EV[a\"E\x84_a.\xD0V[`\x01\x84\x01\x80Tc\xFF\xFF\xFF\xFF\x83\x16u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17t\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P`\xFF\x84\x16\x7Ft\xFE\x07\xBF\xB2@\x06\r\xAE\x9EZx\xA9\xAD\xB4S\xAB\xB2<!\x1B\xDF7\xFD,zn\x80\xD2\xAB\x99\xAD\x82a\"\xD9\x81aJYV[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01`@Q\x80\x91\x03\x90\xA2PPPPV[_a#\x11\x82aJ\x94V[\x90P`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a#5Wa#5aS\xDFV[\x03a#|W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0F\xE2\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aY\x96V[\x80T_\x90a#\xA0\x904\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aW\xAFV[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x1AW`@Q\x7F\xDD#\xC3\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0F\xE2\x90` \x80\x82R`\x04\x90\x82\x01R\x7Fbond\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R``\x01\x90V[\x81T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x82U`\t\x80T4\x91\x90_\x90a$Q\x90\x84\x90aW\xAFV[\x90\x91UPP`@\x80Q4\x81R` \x81\x01\x83\x90R`\xFF\x85\x16\x91\x7F\xE7i\xFAc5\xAD\xA1&\xA3\xFCF\x99\x1B+b\xC1d\xA8$>\x014\xCF%\x8FAe\xD6?P\x9B\xC9\x91\x01a \xCBV[`@Q\x7Fl\xED\x94}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R_\x90\x81\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cl\xED\x94}\x90`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a%\x19W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%=\x91\x90aY\xE0V[\x91P\x91P_a%U\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aK\x02V[\x90Pa%`\x81a>\x12V[__a%o\x83\x89\x89\x89_a?\xA0V[P\x91P\x91P\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a%\xD6W`@Q\x7F\x9A\xEE\n\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8B\x16`\x04\x83\x01R\x83\x16`$\x82\x01R`D\x01a\x0F\xE2V[_`\x01`\x01`\xA0\x1B\x03\x82\x16\x15a&\x15W`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 Ta&\x0E\x91\x90`\xFF\x16aYLV[\x90Pa&\x7FV[a&\x1E\x84a8\x9BV[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x90 \x90\x91Pa&=\x90\x82\x86a>\xFEV[a&\x7FW`@Q\x7F\x83\x9F\x95\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_\x7FG\xC1K\x95_\xBF\x1B\x1F\x9F\xA2\xA8]j\\\xAA\x7F\xE55\xA8\x16\x03\xE3s\xF5\x07\x030\t\xC1\x90s\xA3\x8B`@Q` \x01a&\xC6\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa&\xE7\x81aC\x0EV[a'R\x82`\x01\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8A\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aE\x96V[PPPPPPPPPPPV[_a'i\x82aI\xE5V[\x90P`\x03`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a'\x8DWa'\x8DaS\xDFV[\x14\x15\x80\x15a'\xBBWP`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a'\xB8Wa'\xB8aS\xDFV[\x14\x15[\x15a(\x02W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0F\xE2\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aY\x96V[`\x01\x81\x01T_\x90a(1\x90u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aJYV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a(\x83W`@Q\x7Fw\x8C\xA1\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[\x81T`\x01\x80\x84\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R` \x83\x81R`@\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x90\x81\x17\x90\x91U\x81Q``\x81\x01\x83R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x83\x04\x91\x90\x91\x16\x84\x87\x01\x81\x90R\x94\x8E\x16\x8A\x81\x1B\x80\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x86\x04\x82\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x89\x8D\x01\x81\x90R\x92\x87\x16\x81\x16\x80\x8AR\x99\x90\x95\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x90\x98\x17\x94\x90\x94\x17\x93\x90\x93\x16\x95\x90\x95\x17\x83U\x93\x87R\x94\x86\x90R\x92\x85 \x85\x81U\x96\x87\x01\x85\x90U\x95\x90\x91\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U`\t\x80T`\x01`\xA0\x1B\x88\x04\x92\x90\x92\x16\x96\x94\x90\x94\x16\x94\x91\x93\x91\x92\x86\x92\x91a)\xFF\x90\x84\x90aX/V[\x90\x91UPP`@Q\x84\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90`\xFF\x89\x16\x90\x7F:-\xB7\xD21\\!b\xD4\xF4|)_QKZ\xAC\xF8E\x92\xE0$\xBCR\x98h\xAF\x8Dweg\xF7\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x18\xE6\x83\x85a.8V[`@\x80Qa\x01\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x91\x90\x91R`\xFF\x80\x83\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x81Qa\x01\0\x81\x01\x83R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x92\x83\x90\x04\x16\x95\x83\x01\x95\x90\x95R`\x01\x83\x01T\x94\x85\x16\x93\x82\x01\x93\x90\x93R\x93\x94\x90\x92``\x85\x01\x92\x90\x04\x16`\x04\x81\x11\x15a+&Wa+&aS\xDFV[`\x04\x81\x11\x15a+7Wa+7aS\xDFV[\x81R`\x01\x82\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04c\xFF\xFF\xFF\xFF\x16` \x83\x01Ry\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x82\x01R`\x02\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16``\x84\x01Rh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x80\x90\x91\x01R\x90P_a+\xC3aJHV[\x90P_`\x03\x83``\x01Q`\x04\x81\x11\x15a+\xDEWa+\xDEaS\xDFV[\x14\x80a+\xFFWP`\x04\x83``\x01Q`\x04\x81\x11\x15a+\xFDWa+\xFDaS\xDFV[\x14[\x90P`@Q\x80a\x01\x80\x01`@R\x80\x84_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84` \x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`@\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84``\x01Q`\x04\x81\x11\x15a,`Wa,`aS\xDFV[\x81R` \x01a,\x9B\x87`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x90\x92\x16\x91\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[\x15\x15\x81R`\xFF\x87\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x80\x89\x16\x80\x86R\x91\x84R\x93\x82\x90 Ta\xFF\xFF\x16\x92\x85\x01\x92\x90\x92R\x83\x01R`\x80\x80\x87\x01Q\x90\x91\x16``\x83\x01R\x01\x82a,\xEEW_a,\xFBV[a,\xFB\x85`\x80\x01QaJYV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xC0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xA0\x01Qf\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xE0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x93PPPP\x91\x90PV[_a\x14q\x82aK\x02V[_a\x14q\x82a=\xB7V[_a\x14q\x82[_a\x14qc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aZ\x18V[_\x81\x84\x84`@Q` \x01a-\xC0\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1Ca-\xE2\x91\x90aW\xEFV[\x94\x93PPPPV[_\x80[\x83\x82\x1C\x15a.)W`\x01\x82\x1B\x84\x16\x15a.\x19W\x82\x81\x03a.\rWPa\x14qV[a.\x16\x81aZGV[\x90P[a.\"\x82aZGV[\x91Pa-\xEDV[a.1aZ_V[P\x92\x91PPV[_\x82`\x01`\x01`\xA0\x1B\x03\x16\x82`@Q_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a.\x81W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a.\x86V[``\x91P[PP\x90P\x80a.\xC1W`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPV[_a\x0FCCaK\x02V[_`\x02a.\xDBaJHV[a.\xE5\x91\x90aY\xC4V[`\x02T\x90\x91Px\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15a/|W`\x03_a/&`\x01\x85aX/V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x81\x16\x82Rd\x01\0\0\0\0\x90\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Ra/\x90V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01R[\x90P`\x01`\xFF\x86\x16\x1B_\x85a/\xACW\x81\x19\x83` \x01Q\x16a/\xB4V[\x81\x83` \x01Q\x17[\x90P\x83\x15\x80\x15\x90a/\xD3WP\x84c\xFF\xFF\xFF\xFF\x16\x83_\x01Qc\xFF\xFF\xFF\xFF\x16\x14[\x15a0IW\x80`\x03_a/\xE7`\x01\x88aX/V[\x81R` \x01\x90\x81R` \x01_ _\x01`\x04a\x01\0\n\x81T\x81{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa0\xFFV[`@\x80Q\x80\x82\x01\x82Rc\xFF\xFF\xFF\xFF\x80\x88\x16\x82R{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16` \x80\x85\x01\x91\x82R_\x8A\x81R`\x03\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16d\x01\0\0\0\0\x02\x92\x16\x91\x90\x91\x17\x90Ua0\xB0\x84`\x01aW\xAFV[`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U[PPPP\x92\x91PPV[a1\x19`@\x82\x01` \x83\x01aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a13`@\x84\x01` \x85\x01aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a1|WPa1U``\x82\x01`@\x83\x01aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a1o``\x84\x01`@\x85\x01aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a1\x8FWP\x80``\x015\x82``\x015\x14\x15[\x15a1\xC6W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPV[__\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a3\x1EW`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 a3@V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[\x90P_a3\xB8\x82a3~\x88`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x90P_a3\xFA\x82\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPaK\xA5\x92PPPV[P\x90\x94P\x90P_\x81`\x03\x81\x11\x15a4\x13Wa4\x13aS\xDFV[\x14a4JW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x80\x15\x80a4~WP`\xFF\x81\x81\x16\x14[\x15a4\xC0W`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_a4\xCC`\x01\x83aYLV[\x90Pa4\xD6a.\xC6V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a5/W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a5ia5d\x85`\x01aY\xA4V[a=\xB7V[a5s\x91\x90aY\xA4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a5\xC1W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[`\x01`\xFF\x82\x16\x1Ba5\xD4a\x03\xB1\x85a-qV[\x16_\x03a6\"W`@Q\x7F\xB2\x1F\xD2M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R`D\x01a\x0F\xE2V[`@\x80Q\x7F\x92\x0Bbs0H\xD3c9l\x99\xC8\xA7Gc\xE8h\x03\xC8\xE9\x0C9\\\x8D\x0B\xDB\xAC\x8F\xDA\x18\x15Q` \x82\x01R`\x01`\x01`\xA0\x1B\x03\x87\x16\x91\x81\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa6\x93\x81aC\x0EV[`\xFF\x82\x16_\x90\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R`\x08\x90\x92R\x90\x91 T`\x01\x81\x01a6\xC5WP_[\x80\x15a7AW`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x08` R`@\x81 _\x19\x90U`\x0C\x80T\x83\x92\x90a6\xF8\x90\x84\x90aX/V[\x90\x91UPP`@Q\x81\x81R`\x01`\x01`\xA0\x1B\x03\x89\x16\x90`\xFF\x86\x16\x90\x7F\xFD\xAFa\xB6\x85\x85%\xBC\xD5\x94\xFBn\xB5x\xDF\xC4\xCA\x86I\x84\xA8\rT\x99)\xFA\xB8\xC9\xD5\x04\x08I\x90` \x01`@Q\x80\x91\x03\x90\xA3[\x81T_\x90a7e\x90\x83\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aW\xAFV[\x90P_a'\x10a7\x99a\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aYeV[a7\xA3\x91\x90aZ\x8CV[\x84T`\t\x80T\x92\x93P`\x01`\xA0\x1B\x90\x91\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91_\x90a7\xD0\x90\x84\x90aX/V[\x90\x91UPP\x83T`\x01`\x01`\xA0\x1B\x03\x16\x84Ua7\xEC\x81\x83aX/V[`\n_\x82\x82Ta7\xFC\x91\x90aW\xAFV[\x92PP\x81\x90UP\x80`\x0B_\x82\x82Ta8\x14\x91\x90aW\xAFV[\x90\x91UPP\x80\x15a8CW3_\x90\x81R`\x06` R`@\x81 \x80T\x83\x92\x90a8=\x90\x84\x90aW\xAFV[\x90\x91UPP[\x84_`@\x80Q3\x81R` \x81\x01\x86\x90R\x90\x81\x01\x84\x90R_``\x82\x01R`\xFF\x89\x16\x90\x7F\xA5\x13o\x82\xD7\x17\xA3H%``\xFA1\xFAnW\xA2!\xB8\x01g\xBAL\xCD\xA25\x8C\x9C\xC79v;\x90`\x80\x01`@Q\x80\x91\x03\x90\xA4a\x1D\xBA\x86\x85aK\xEEV[__a8\xA6\x83a-qV[\x90P_a8\xB2\x82a\x18\xEFV[\x90P_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80_\x03a:\x13W`@Q\x7F\x97\xB2`\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[a:o\x82a\x0ELa:^\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85a-\xA2V[\x95\x94PPPPPV[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a;4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a;X\x91\x90aZ\x9FV[\x14a\x0F7W` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_\x81[\x80\x15a<TW_`\x03\x81a;\xB9`\x01\x85aX/V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rd\x01\0\0\0\0\x90\x92\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x90\x92P\x90\x86\x16\x10a<CW` \x01Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91Pa\x14q\x90PV[Pa<M\x81aZ\xB6V[\x90Pa;\xA4V[P_\x93\x92PPPV[_\x80`\x01\x86\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x86\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80a=\x84\x85\x85\x84a-\xA2V[\x82a=\x8F\x89\x89aM}V[a=\x99\x91\x90aW\xAFV[a=\xA3\x91\x90aX/V[a=\xAD\x91\x90aW\xEFV[\x96\x95PPPPPPV[_a=\xE8c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aZ\xCBV[a\x14q\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aY\xA4V[a>\x1Aa.\xC6V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a>qW`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a>\xA6a5d\x83`\x01aY\xA4V[a>\xB0\x91\x90aY\xA4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x0F7W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[`\x02\x83\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x83\x16\x10\x15a?-WP_a!\0V[`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x85\x16\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x15\x80a-\xE2WP`\x01\x84\x01Tf\xFF\xFF\xFF\xFF\xFF\xFF\xFFy\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x10\x90P\x93\x92PPPV[____\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a@\0W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a@$\x91\x90aZ\xEEV[\x90P\x85_\x81\x90\x03a@\x81Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a@qW`@Q\x7F\xD2\xCFBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___\x94P\x94P\x94PPPaC\x03V[_[\x81\x81\x10\x15aA\xABW_\x89\x89\x83\x81\x81\x10a@\x9EWa@\x9EaX\x02V[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90a@\xB5\x91\x90aXyV[\x90Pa@\xCB\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16aW\xAFV[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14aA\x14W`@Q\x7F\x01\xA2\xB8N\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0F\xE2V[aA\x1D\x81a:xV[\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15aACWPaA\xA3V[\x80`\xC0\x01Q\x96P\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15aA}WP`\xE0\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15\x15[\x15aA\xA1W`\xE0\x81\x01Q\x95P`\x01`\x01`\xA0\x1B\x03\x80\x89\x16\x90\x87\x16\x03aA\xA1W`\x01\x94P[P[`\x01\x01a@\x83V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x15\x80\x15\x90aB\x03WP\x89g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x88_\x81\x81\x10aA\xDDWaA\xDDaX\x02V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90aA\xF6\x91\x90aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15aBFW`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x8Ag\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aBg\x91\x90aW\xAFV[\x14\x15\x80\x15aB\xBDWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x88\x88aB\x88`\x01\x85aX/V[\x81\x81\x10aB\x97WaB\x97aX\x02V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90aB\xB0\x91\x90aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15aC\0W`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[PP[\x95P\x95P\x95\x92PPPV[_\x81\x81R`\x05` R`@\x90 T`\xFF\x16\x15aCYW`@Q\x7F\xEA\x036\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0F\xE2V[_\x90\x81R`\x05` R`@\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UV[`\x02\x80T`\x01`\xFF\x85\x16\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x84\x04\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90UaC\xF1a.\xC6V[`\x01\x82\x01\x80Tf\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02x\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90UaDrc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16CaY\xA4V[`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x80\x82\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01\x83\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aD\xF3WaD\xF3aS\xDFV[\x03aEFWaE\x02\x83_a.\xD0V[`\x01\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P[`\x02\x82\x01T`@\x80Qc\xFF\xFF\xFF\xFF\x84\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16` \x83\x01R`\xFF\x85\x16\x91\x7F\x014mo\xC7A\xD2\x81%\x86\xFE\xBE\xAD\x80C\xA0\xD4\xA1\xF2\x7F?\x91W\xE4 {\xC5\x1B\xD8_\xBF\x1F\x91\x01a \xCBV[`\xFF\x86\x16_\x90\x81R` \x81\x90R`@\x81 \x80T\x90\x91\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x10aE\xE3W\x81T`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aE\xE5V[\x84[\x90P_a'\x10aF\x19a\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aYeV[aF#\x91\x90aZ\x8CV[\x90P_\x81\x85\x10aF3W\x81aF5V[\x84[\x90P_aFB\x82\x84aX/V[\x85T\x90\x91P\x84\x90\x86\x90`\x14\x90aFn\x90\x84\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a[\tV[\x92Pa\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83`\t_\x82\x82TaF\xAD\x91\x90aX/V[\x90\x91UPaF\xBD\x90P\x83\x85aX/V[`\n_\x82\x82TaF\xCD\x91\x90aW\xAFV[\x90\x91UP\x89\x90P\x8A`\x02\x81\x11\x15aF\xE6WaF\xE6aS\xDFV[`@\x80Q3\x81R` \x81\x01\x88\x90R\x90\x81\x01\x84\x90R``\x81\x01\x85\x90R`\xFF\x8E\x16\x90\x7F\xA5\x13o\x82\xD7\x17\xA3H%``\xFA1\xFAnW\xA2!\xB8\x01g\xBAL\xCD\xA25\x8C\x9C\xC79v;\x90`\x80\x01`@Q\x80\x91\x03\x90\xA4\x82_\x03aGDWPPPPPaI\xDDV[`\x01\x85\x01T`\x01`\x01`\xA0\x1B\x03\x16_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aG\x90aG\x85a.\xC6V[a5d\x90`\x01aY\xA4V[aG\x9A\x91\x90aY\xA4V[\x90P`@Q\x80`\xC0\x01`@R\x80\x8A`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x85k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x013`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP`\x07_\x8D\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x14a\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP``\x82\x01Q\x81`\x01\x01`\x14a\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x02\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x02\x01`\x14a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x84`\x08_\x84`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82TaIn\x91\x90aW\xAFV[\x92PP\x81\x90UP\x84`\x0C_\x82\x82TaI\x86\x91\x90aW\xAFV[\x90\x91UPP`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x8C\x90\x7F\x1B63\x18d\x08\x0E.\xEFo\xDE#\t;\xF6\xDB\xC8\x1C&\xD7!.\xA7\x18\x9D\xA2\xDD\x02\xBF\xDA\xFBD\x90` \x01`@Q\x80\x91\x03\x90\xA3PPPPPPP[PPPPPPV[_aI\xEF\x82aJ\x94V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14aJCW\x80T`@Q\x7F$Z\xEC\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[\x91\x90PV[_a\x0FCaJTa.\xC6V[a-qV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16aJ\x8A\x83aOlV[a\x14q\x91\x90aY\xA4V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x81 \x90`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aJ\xC6WaJ\xC6aS\xDFV[\x03aJCW`@Q\x7F\xB3\xD2\0t\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x10aK\x9EWc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aK\x8Fg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aX/V[aK\x99\x91\x90aZ\x8CV[a\x14qV[_\x92\x91PPV[___\x83Q`A\x03aK\xDCW` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1AaK\xCE\x88\x82\x85\x85aO\xD6V[\x95P\x95P\x95PPPPaK\xE7V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[`\x01\x81\x01T`\xFF`\x01`\xA0\x1B\x90\x91\x04\x16aL4\x83`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x90\x92\x16\x91\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[aLiWaL@a.\xC6V[\x82`\x01\x01`\x19a\x01\0\n\x81T\x81f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[`\x02\x80T`\x01`\xFF\x86\x16\x81\x90\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85\x04\x92\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90\x91U\x82\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x81`\x04\x81\x11\x15aM\x1AWaM\x1AaS\xDFV[\x03aMPWaM)\x83_a.\xD0V[\x82`\x01\x01`\x15a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPPV[`\x02\x81`\x04\x81\x11\x15aMdWaMdaS\xDFV[\x03a.\xC1W`\x02aMsaJHV[aM)\x91\x90aY\xC4V[_a!\0aM\x8E`\x01\x80\x85\x1BaX/V[\x84\x16_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03\x91P`\x02\x82\x90\x1C\x7F33333333333333333333333333333333\x16\x82\x7F33333333333333333333333333333333\x16\x01\x91P`\x04\x82\x90\x1C\x82\x01\x7F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16\x91P`\x08\x82\x90\x1C~\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\x16\x82~\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\x16\x01\x91P`\x10\x82\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x16\x82}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x16\x01\x91P` \x82\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x16\x82{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x16\x01\x91P`@\x82\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x01\x91P`\x80\x82\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x16\x83\x16\x01\x90P\x91\x90PV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x83c\xFF\xFF\xFF\xFF\x16aO\xCC\x91\x90aZ\xCBV[a=\xE8\x91\x90aZ\xCBV[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15aP\x0FWP_\x91P`\x03\x90P\x82aP\x94V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15aP`W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16aP\x8BWP_\x92P`\x01\x91P\x82\x90PaP\x94V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0F7W__\xFD[\x805aJC\x81aP\x9EV[_` \x82\x84\x03\x12\x15aP\xCEW__\xFD[\x815a!\0\x81aP\x9EV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aQ\x13W\x83Q`\xFF\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aP\xF2V[P\x90\x95\x94PPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x0F7W__\xFD[\x805aJC\x81aQ\x1EV[_` \x82\x84\x03\x12\x15aQMW__\xFD[\x815a!\0\x81aQ\x1EV[_a\x01\0\x82\x84\x03\x12\x15aQiW__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12aQ\x7FW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ\x96W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aQ\xADW__\xFD[\x92P\x92\x90PV[______a\x02@\x87\x89\x03\x12\x15aQ\xCAW__\xFD[aQ\xD4\x88\x88aQXV[\x95Pa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ\xF0W__\xFD[aQ\xFC\x89\x82\x8A\x01aQoV[\x90\x96P\x94PaR\x11\x90P\x88a\x01 \x89\x01aQXV[\x92Pa\x02 \x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aR-W__\xFD[aR9\x89\x82\x8A\x01aQoV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[_` \x82\x84\x03\x12\x15aR[W__\xFD[P5\x91\x90PV[____a\x02 \x85\x87\x03\x12\x15aRvW__\xFD[aR\x80\x86\x86aQXV[\x93Pa\x01\0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aR\x9CW__\xFD[aR\xA8\x87\x82\x88\x01aQoV[\x90\x94P\x92PaR\xBD\x90P\x86a\x01 \x87\x01aQXV[\x90P\x92\x95\x91\x94P\x92PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14aJCW__\xFD[_` \x82\x84\x03\x12\x15aR\xEBW__\xFD[a!\0\x82aR\xC8V[____``\x85\x87\x03\x12\x15aS\x07W__\xFD[\x845aS\x12\x81aP\x9EV[\x93P` \x85\x015aS\"\x81aP\x9EV[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aS=W__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aSMW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aScW__\xFD[\x87` \x82`\x08\x1B\x84\x01\x01\x11\x15aSwW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[\x805`\xFF\x81\x16\x81\x14aJCW__\xFD[_` \x82\x84\x03\x12\x15aS\xA5W__\xFD[a!\0\x82aS\x85V[__`@\x83\x85\x03\x12\x15aS\xBFW__\xFD[aS\xC8\x83aS\x85V[\x91PaS\xD6` \x84\x01aR\xC8V[\x90P\x92P\x92\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10aTAW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01\x80\x81\x01` \x83\x01QaTv` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaT\x91`@\x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[P``\x83\x01QaT\xA4``\x84\x01\x82aT\x0CV[P`\x80\x83\x01QaT\xB8`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01QaT\xCE`\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaT\xE6`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaT\xFE`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaU\x1Ca\x01\0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaU:a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaUXa\x01@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa.1a\x01`\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x02@\x81\x01` \x83\x01QaU\xA8` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaU\xBD`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01QaU\xD5``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaU\xED`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaV\x05`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaV\x1D`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaV5`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaVOa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaVia\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaV\x81a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01QaV\x9Ba\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaV\xBDa\x01\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaV\xDFa\x01\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01QaW\x01a\x01\xC0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xE0\x83\x01QaW\x19a\x01\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02\0\x83\x01QaW;a\x02\0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02 \x83\x01Qa.1a\x02 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x14qWa\x14qaW\x82V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aW\xFDWaW\xFDaW\xC2V[P\x06\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x14qWa\x14qaW\x82V[_`\xFF\x82\x16`\xFF\x81\x03aXWWaXWaW\x82V[`\x01\x01\x92\x91PPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[_a\x01\0\x82\x84\x03\x12\x80\x15aX\x8BW__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aX\xD5W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@RaX\xE1\x83aP\xB3V[\x81RaX\xEF` \x84\x01aP\xB3V[` \x82\x01RaY\0`@\x84\x01aP\xB3V[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01RaY/`\xC0\x84\x01aP\xB3V[`\xC0\x82\x01RaY@`\xE0\x84\x01aQ2V[`\xE0\x82\x01R\x93\x92PPPV[`\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x14qWa\x14qaW\x82V[a\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[` \x81\x01a\x14q\x82\x84aT\x0CV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[__`@\x83\x85\x03\x12\x15aY\xF1W__\xFD[\x82QaY\xFC\x81aP\x9EV[` \x84\x01Q\x90\x92PaZ\r\x81aQ\x1EV[\x80\x91PP\x92P\x92\x90PV[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80aZ1WaZ1aW\xC2V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[__\x19\x82\x03aZXWaZXaW\x82V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x01`\x04R`$_\xFD[_\x82aZ\x9AWaZ\x9AaW\xC2V[P\x04\x90V[_` \x82\x84\x03\x12\x15aZ\xAFW__\xFD[PQ\x91\x90PV[_\x81aZ\xC4WaZ\xC4aW\x82V[P_\x19\x01\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a.1Wa.1aW\x82V[_` \x82\x84\x03\x12\x15aZ\xFEW__\xFD[\x81Qa!\0\x81aP\x9EV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x14qWa\x14qaW\x82Va\x02``@R4\x80\x15a\0\x10W__\xFD[P`@Qa1D8\x03\x80a1D\x839\x81\x01`@\x81\x90Ra\0/\x91a\x02SV[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90a\0n\x82_a\x01\xADV[a\x01 Ra\0}\x81`\x01a\x01\xADV[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\t`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R3a\x01`R`\x01`\x01`@\x1B\x03\x80\x88\x16a\x01\x80R\x86\x16a\x01\xA0\x81\x90Rc\xFF\xFF\xFF\xFF\x80\x87\x16a\x01\xC0R\x85\x81\x16a\x01\xE0R\x84\x81\x16a\x02\0R`\x01`\x01``\x1B\x03\x84\x16a\x02 R\x82\x81\x16a\x02@R\x10\x15a\x01|W`@Qc\x02\x896[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP`\x02\x80Tc\xFF\xFF\xFF\xFF\x90\x95\x16`\x01`\xC0\x1B\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x90\x95\x16\x94\x90\x94\x17\x90\x93UPa\x04\x8C\x92PPPV[_` \x83Q\x10\x15a\x01\xC8Wa\x01\xC1\x83a\x01\xDFV[\x90Pa\x01\xD9V[\x81a\x01\xD3\x84\x82a\x03zV[P`\xFF\x90P[\x92\x91PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x02\x12W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x02\t\x91\x90a\x044V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x02\x1D\x82a\x04iV[\x17\x93\x92PPPV[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x02;W__\xFD[\x91\x90PV[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x02;W__\xFD[_______`\xE0\x88\x8A\x03\x12\x15a\x02iW__\xFD[a\x02r\x88a\x02%V[\x96Pa\x02\x80` \x89\x01a\x02%V[\x95Pa\x02\x8E`@\x89\x01a\x02@V[\x94Pa\x02\x9C``\x89\x01a\x02@V[\x93Pa\x02\xAA`\x80\x89\x01a\x02@V[`\xA0\x89\x01Q\x90\x93P`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x02\xC6W__\xFD[\x91Pa\x02\xD4`\xC0\x89\x01a\x02@V[\x90P\x92\x95\x98\x91\x94\x97P\x92\x95PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x03\nW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x03(WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x03uW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x03SWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x03rW_\x81U`\x01\x01a\x03_V[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x03\x93Wa\x03\x93a\x02\xE2V[a\x03\xA7\x81a\x03\xA1\x84Ta\x02\xF6V[\x84a\x03.V[` `\x1F\x82\x11`\x01\x81\x14a\x03\xD9W_\x83\x15a\x03\xC2WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x03rV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\x04\x08W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x03\xE8V[P\x84\x82\x10\x15a\x04%W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x03(W_\x19` \x91\x90\x91\x03`\x03\x1B\x1B\x16\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa\x02\0Qa\x02 Qa\x02@Qa+\x92a\x05\xB2_9_\x81\x81a\x04\xAF\x01R\x81\x81a\x0C\x1E\x01Ra\x0C\x7F\x01R_\x81\x81a\x02\xA5\x01R\x81\x81a\x06\xFB\x01R\x81\x81a\x07@\x01R\x81\x81a\x07\xBB\x01R\x81\x81a\x0C\xAE\x01R\x81\x81a\r\x16\x01Ra\x1E\xC3\x01R_\x81\x81a\x05\xAE\x01R\x81\x81a\x0B\xC9\x01Ra\x17E\x01R_\x81\x81a\x06\0\x01Ra\x11&\x01R_\x81\x81a\x05)\x01R\x81\x81a\x1A\x18\x01Ra\x1A\x81\x01R_\x81\x81a\x02r\x01R\x81\x81a\x1AF\x01Ra\x1A\xAD\x01R_\x81\x81a\x05{\x01R\x81\x81a\x0F\xB8\x01R\x81\x81a\x12\x80\x01Ra\x12\xC0\x01R_\x81\x81a\x03\x8C\x01Ra\x16\x84\x01R_a\x18V\x01R_a\x18*\x01R_a!\xA9\x01R_a!\x81\x01R_a \xDC\x01R_a!\x06\x01R_a!0\x01Ra+\x92_\xF3\xFE`\x80`@R`\x046\x10a\x01\xA4W_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\0\xE7W\x80c\xC8\x1F\xF7\xB6\x11a\0\x87W\x80c\xE3\x8FpE\x11a\0bW\x80c\xE3\x8FpE\x14a\x05\x9DW\x80c\xE7\x82\x98\x07\x14a\x05\xD0W\x80c\xE8\x88\x16\xE7\x14a\x05\xEFW\x80c\xF7n\x18_\x14a\x06\"W__\xFD[\x80c\xC8\x1F\xF7\xB6\x14a\x05\x18W\x80c\xCA\xF63\xBC\x14a\x05KW\x80c\xD6\xAE<\xD5\x14a\x05jW__\xFD[\x80c\xAB\x91\xC7\xB0\x11a\0\xC2W\x80c\xAB\x91\xC7\xB0\x14a\x04lW\x80c\xAD\xBE\x8A\0\x14a\x04\x9EW\x80c\xAE\xC1\x85\xFC\x14a\x04\xE6W\x80c\xC0\xC3\xF8.\x14a\x04\xF9W__\xFD[\x80c\x84\xB0\x19n\x14a\x04\x07W\x80c\x96R6D\x14a\x04.W\x80c\x97-3l\x14a\x04XW__\xFD[\x80cd\xBB\n\"\x11a\x01RW\x80cz\xD7\xB1\xC9\x11a\x01-W\x80cz\xD7\xB1\xC9\x14a\x03WW\x80c{\x109\x99\x14a\x03{W\x80c}\x88 \x97\x14a\x03\xD3W\x80c\x81\x1A\xEC:\x14a\x03\xE8W__\xFD[\x80cd\xBB\n\"\x14a\x02\x94W\x80cl\xED\x94}\x14a\x02\xE4W\x80cp\\\xAD\x13\x14a\x038W__\xFD[\x80c--\xA8\x06\x11a\x01\x82W\x80c--\xA8\x06\x14a\x028W\x80cGcC\xEE\x14a\x02KW\x80cL\xDC\x9Cc\x14a\x02aW__\xFD[\x80c\x06\xF10V\x14a\x01\xA8W\x80c\x13\x08<4\x14a\x01\xE0W\x80c\x13\xD7\xA4\xFB\x14a\x02\x19W[__\xFD[4\x80\x15a\x01\xB3W__\xFD[P`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x01\xEBW__\xFD[Pa\x02\x0Ba\x01\xFA6`\x04a#\x91V[`\x05` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\x01\xD7V[4\x80\x15a\x02$W__\xFD[Pa\x02\x0Ba\x0236`\x04a#\xC1V[a\x06AV[a\x01\xC2a\x02F6`\x04a#\x91V[a\x06\xABV[4\x80\x15a\x02VW__\xFD[Pa\x02_a\x08\x1DV[\0[4\x80\x15a\x02lW__\xFD[Pa\x01\xC2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02\x9FW__\xFD[Pa\x02\xC7\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD7V[4\x80\x15a\x02\xEFW__\xFD[Pa\x03\x03a\x02\xFE6`\x04a#\xF3V[a\t4V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x01\xD7V[4\x80\x15a\x03CW__\xFD[Pa\x02\x0Ba\x03R6`\x04a#\xF3V[a\t\xC3V[4\x80\x15a\x03bW__\xFD[Pa\x03ka\n6V[`@Q\x90\x15\x15\x81R` \x01a\x01\xD7V[4\x80\x15a\x03\x86W__\xFD[Pa\x03\xAE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD7V[4\x80\x15a\x03\xDEW__\xFD[Pa\x02\x0B`\x06T\x81V[4\x80\x15a\x03\xF3W__\xFD[Pa\x02_a\x04\x026`\x04a$QV[a\nQV[4\x80\x15a\x04\x12W__\xFD[Pa\x04\x1Ba\x0B[V[`@Qa\x01\xD7\x97\x96\x95\x94\x93\x92\x91\x90a$\xEFV[4\x80\x15a\x049W__\xFD[P`\x02Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xC2V[4\x80\x15a\x04cW__\xFD[Pa\x01\xC2a\x0B\xB9V[4\x80\x15a\x04wW__\xFD[P`\x02Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xC2V[4\x80\x15a\x04\xA9W__\xFD[Pa\x04\xD1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD7V[a\x01\xC2a\x04\xF46`\x04a%\xAEV[a\x0C\x12V[4\x80\x15a\x05\x04W__\xFD[Pa\x02\x0Ba\x05\x136`\x04a%\xEDV[a\r\x92V[4\x80\x15a\x05#W__\xFD[Pa\x04\xD1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05VW__\xFD[Pa\x02_a\x05e6`\x04a#\xF3V[a\r\xCEV[4\x80\x15a\x05uW__\xFD[Pa\x01\xC2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xA8W__\xFD[Pa\x04\xD1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xDBW__\xFD[Pa\x02\x0Ba\x05\xEA6`\x04a#\xC1V[a\x10^V[4\x80\x15a\x05\xFAW__\xFD[Pa\x04\xD1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06-W__\xFD[Pa\x02_a\x06<6`\x04a&^V[a\x10yV[_a\x06\xA5a\x06T6\x84\x90\x03\x84\x01\x84a'\x0FV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x92\x91PPV[_s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x06\xF9W`@Q\x7F\xB2\xE52\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x11a\x07\xA8Wa\x07gk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01a(\x0FV[`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x91\x90\x91R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[_a\x07\xE1k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x164a(\"V[\x90P\x80`\x06_\x82\x82Ta\x07\xF4\x91\x90a(\x0FV[\x92PP\x81\x90UPa\x08\x16`\x01\x84\x83`@Q\x80` \x01`@R\x80_\x81RPa\x10\xA4V[\x93\x92PPPV[3_\x90\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a\x08fW`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x81\x81R`\x05` R`@\x80\x82 \x91\x90\x91UQ\x7F\xC0\x81\x9C\x13\xBE\x86\x88\x95\xEB\x93\xE4\x0E\xAC\xEB\x96\xDE\x97dB\xFA\x1D@N\\U\xF1K\xB6Z\x8CH\x9A\x90a\x08\xA9\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2`@Q_\x903\x90\x83\x90\x83\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\x08\xF0W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x08\xF5V[``\x91P[PP\x90P\x80a\t0W`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPV[`\x02T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x84\x16\x10a\t\xA1W`@Q\x7F\x9FX_/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x07\x9FV[PPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x81\x90\x1C\x91V[`\x02T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x83\x16\x10a\n\x1AW`@Q\x7F)2?\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x07\x9FV[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x03` R`@\x90 T\x90V[_a\n?a\x0B\xB9V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15\x90P\x90V[_[\x80I\x15a\njWa\nc\x81a(5V[\x90Pa\nSV[\x80_\x03a\n\xA3W`@Q\x7F\xFD\xAC\"\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\n\xBDWa\n\xBDa&\xE2V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\n\xE6W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x82\x81\x10\x15a\x0B\x1AW\x80I\x82\x82\x81Q\x81\x10a\x0B\x07Wa\x0B\x07a(lV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\n\xEBV[P_\x81`@Q` \x01a\x0B-\x91\x90a(\x99V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x0BS\x86\x82\x87\x87`\x01a\x11\xDCV[PPPPPPV[_``\x80___``a\x0Bla\x18#V[a\x0Bta\x18OV[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`\x02T_\x90a\x0C\r\x90c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16a(\xCEV[\x90P\x90V[_\x81\x80\x15\x80a\x0CFWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81\x11[\x15a\x0C\xACW`@Q\x7F\xFC\xCD\xD6\xB4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90Rc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`$\x82\x01R`D\x01a\x07\x9FV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x14a\rIW`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01a\x07\x9FV[a\r\x8A___\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x10\xA4\x92PPPV[\x94\x93PPPPV[_a\x08\x16\x83\x83\x80\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83` \x02\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x18|\x92PPPV[`@\x80Q`\xA0\x81\x01\x82R`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x84\x01\x81\x90Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x82\x16\x94\x84\x01\x94\x90\x94Rc\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x81\x16``\x85\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x91\x16`\x80\x83\x01R\x90\x91\x90\x83\x16\x11\x15\x80a\x0E\x95WP\x80`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a\x0E\xFEW` \x81\x01Qa\x0E\xAA\x90`\x01a(\xCEV[`@\x80\x83\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x83\x16`D\x82\x01R`d\x01a\x07\x9FV[_a\x0FPa\x0F@a\x0F1a\x0F\x13`\x01\x87a(\xEEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1A\x10V[a\x0FK\x90`\x01a(\xCEV[a\x1AvV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x0F\xA2W`@Q\x7F\xB4/\xA4\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x07\x9FV[`@\x80Qa\x01\0\x81\x01\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x84Q\x16` \x82\x01R_\x91\x81\x01a\x0F\xEFa\x1A\xD1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x10\n\x85_\x01Qa\x1A\xDBV[\x81R` \x01__\x1B\x81R` \x01__\x1B\x81R` \x01\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01_s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90Pa\x10X\x83\x82`\x02_a\x1B\x1EV[PPPPV[_a\x06\xA5a\x10ta\x06T6\x85\x90\x03\x85\x01\x85a'\x0FV[a\x1F\x8AV[a\x10\x9D\x85\x85\x85`@Qa\x10\x8D\x92\x91\x90a)\x0EV[`@Q\x80\x91\x03\x90 \x84\x84_a\x11\xDCV[PPPPPV[`\x02\x80Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a\x10\xD2\x82`\x01a(\xCEV[\x81Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x81U_a\x11Lc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Ca(\xCEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16_\x81\x81R`\x04` R`@\x90\x81\x90 3`\xA0\x85\x90\x1B{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x17\x90\x91U\x90Q\x92\x93P\x91\x7F\xEF\xF3*#\xB4\x0B\xEF/\xB2*\x16K\x98<vq\xAD\xBF\t&\n\x99\xF7\xC1`\xD0u\xD1\xFA\\\xC7\0\x90a\x11\xCA\x90\x8B\x90\x8B\x90\x8B\x90\x88\x90\x8C\x90a)JV[`@Q\x80\x91\x03\x90\xA3PP\x94\x93PPPPV[`@\x80Q`\xA0\x81\x01\x82R`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x80\x85\x01\x91\x90\x91Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x82\x16\x94\x84\x01\x94\x90\x94Rc\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x81\x16``\x85\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x91\x16`\x80\x83\x01R\x90\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90a\x12\xAF\x90\x88\x01\x88a#\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x132W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x12\xEC` \x88\x01\x88a#\xF3V[`@Q\x7F2KJ$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x07\x9FV[\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x13N`@\x88\x01` \x89\x01a#\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x13\xB5W\x80Qa\x13o`@\x88\x01` \x89\x01a#\xF3V[`@Q\x7F\xF6\xD1\xAF\xA3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x07\x9FV[_a\x13\xBEa\x1A\xD1V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x13\xDB``\x89\x01`@\x8A\x01a#\xF3V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x14AW\x80a\x13\xFB``\x89\x01`@\x8A\x01a#\xF3V[`@Q\x7F7.\xAC\xF0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x07\x9FV[_a\x14N\x83_\x01Qa\x1A\xDBV[\x90P\x80\x88``\x015\x14a\x14\x9AW`@Q\x7F\xF8\xBE\xF0\x82\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R``\x89\x015`$\x82\x01R`D\x01a\x07\x9FV[\x86\x88`\x80\x015\x14a\x14\xE4W`@Q\x7Fb\xAF\x137\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`\x80\x89\x015`$\x82\x01R`D\x01a\x07\x9FV[_a\x14\xF46\x8A\x90\x03\x8A\x01\x8Aa'\x0FV[`\xE0\x81\x01Q\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x17BW__a\x15\xB2a\x15wa\x10t\x86\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x8B\x8B\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1F\xD1\x92PPPV[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x15\xCBWa\x15\xCBa)\x1DV[\x14\x15\x80a\x16\x08WP\x83`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x16?W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Q\x7Fyx%\x1D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cyx%\x1D\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\xC9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16\xED\x91\x90a)\xAFV[a\x17;W`@Q\x7F:\x1C\x15E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x07\x9FV[PPa\x18\x0BV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x86``\x01Qc\xFF\xFF\xFF\xFF\x16a\x17\x7F\x91\x90a(\xCEV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x17\xD1W`@Q\x7F\xE5\x13\x02\xD0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x07\x9FV[\x87\x15a\x18\tW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P[a\x18\x17\x85\x83\x88\x84a\x1B\x1EV[PPPPPPPPPPV[``a\x0C\r\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a \x1AV[``a\x0C\r\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a \x1AV[\x80Q_\x90\x80\x82\x03a\x18\x8FWP_\x92\x91PPV[\x80[`\x01\x81\x11\x15a\x19\xBCW_`\x02a\x18\xA8\x83`\x01a(\x0FV[a\x18\xB2\x91\x90a)\xFBV[\x90P_[a\x18\xC1`\x02\x84a)\xFBV[\x81\x10\x15a\x19SWa\x19.\x86a\x18\xD7\x83`\x02a*\x0EV[\x81Q\x81\x10a\x18\xE7Wa\x18\xE7a(lV[` \x02` \x01\x01Q\x87\x83`\x02a\x18\xFD\x91\x90a*\x0EV[a\x19\x08\x90`\x01a(\x0FV[\x81Q\x81\x10a\x19\x18Wa\x19\x18a(lV[` \x02` \x01\x01Q_\x91\x82R` R`@\x90 \x90V[\x86\x82\x81Q\x81\x10a\x19@Wa\x19@a(lV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x18\xB6V[Pa\x19_`\x02\x83a*%V[`\x01\x03a\x19\xB5W\x84a\x19r`\x01\x84a(\"V[\x81Q\x81\x10a\x19\x82Wa\x19\x82a(lV[` \x02` \x01\x01Q\x85`\x01\x83a\x19\x98\x91\x90a(\"V[\x81Q\x81\x10a\x19\xA8Wa\x19\xA8a(lV[` \x02` \x01\x01\x81\x81RPP[\x90Pa\x18\x91V[\x81\x84_\x81Q\x81\x10a\x19\xCFWa\x19\xCFa(lV[` \x02` \x01\x01Q`@Q` \x01a\x19\xF1\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x92PPP\x91\x90PV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x1Alg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84a(\"V[a\x06\xA5\x91\x90a)\xFBV[_a\x1A\xA7c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a*8V[a\x06\xA5\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a(\xCEV[_a\x0C\rCa\x1A\x10V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x1B\x17W`\x03_a\x1A\xFA`\x01\x85a(\xEEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ Ta\x06\xA5V[_\x92\x91PPV[\x80a\x1B\x9EW_\x83`@\x01Q`\x01a\x1B5\x91\x90a(\xCEV[\x90P\x80c\xFF\xFF\xFF\xFF\x16\x85`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x03a\x1B\x92W`@\x80\x85\x01Q\x90Q\x7F\xB5\x12\x1A\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x07\x9FV[c\xFF\xFF\xFF\xFF\x16`\x80\x85\x01R[`\xC0\x83\x01Q` \x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x10\x80a\x1B\xDAWP\x84`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a\x1C8W` \x85\x01Q`@\x80\x87\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x82\x16`D\x82\x01R`d\x01a\x07\x9FV[\x84`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a\x1C\xC7Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90\x81\x16C\x11\x15a\x1C\xC5W`@Q\x7FSp\xFD\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x07\x9FV[P[_a\x1D\x1D\x85\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[` \x80\x88\x01Q\x88Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x03\x90\x92R`@\x90\x91 \x82\x90U\x87Q\x91\x92P\x90`\x01\x90\x88\x90a\x1DV\x90\x83\x90a(\xCEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x91R\x84\x16` \x89\x01RP\x83\x15a\x1D\x80Wc\xFF\xFF\xFF\xFFC\x16``\x88\x01R[\x86Q`\x02\x80T` \x8A\x01Q`@\x8B\x01Q``\x8C\x01Q`\x80\x8D\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x87\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x95\x16\x94\x90\x94\x17h\x01\0\0\0\0\0\0\0\0\x93\x87\x16\x93\x90\x93\x02\x92\x90\x92\x17\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x86\x16\x91\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x92\x83\x16\x02\x17{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x92\x16\x02\x17\x90U\x81\x81\x16\x90\x84\x16\x14a\x1F%Wk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x1E\xED\x82\x85a(\xEEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1F\x01\x91\x90a*\x0EV[3_\x90\x81R`\x05` R`@\x81 \x80T\x90\x91\x90a\x1F\x1F\x90\x84\x90a(\x0FV[\x90\x91UPP[\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x87` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xDC\x7F\x16}\xA1\x8A\rx\xB1jR\x18U.\xC7\xBB\xD8\xB1\xF1w\x10\xBA\xAC\xF5U\xC1\xC6\xE1W\xB9\x0E5\x883\x86\x8C`@Qa\x1Fy\x94\x93\x92\x91\x90a*bV[`@Q\x80\x91\x03\x90\xA4PPPPPPPV[_a\x06\xA5a\x1F\x96a \xC3V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[___\x83Q`A\x03a \x08W` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa\x1F\xFA\x88\x82\x85\x85a!\xF9V[\x95P\x95P\x95PPPPa \x13V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[```\xFF\x83\x14a 4Wa -\x83a\"\xECV[\x90Pa\x06\xA5V[\x81\x80Ta @\x90a+GV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta l\x90a+GV[\x80\x15a \xB7W\x80`\x1F\x10a \x8EWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a \xB7V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a \x9AW\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x06\xA5V[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a!(WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a!RWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x0C\r`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a\"2WP_\x91P`\x03\x90P\x82a\"\xE2V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\"\x83W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\"\xD9WP_\x92P`\x01\x91P\x82\x90Pa\"\xE2V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[``_a\"\xF8\x83a#)V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x06\xA5W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a#\x8CW__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a#\xA1W__\xFD[a\x08\x16\x82a#iV[_a\x01\0\x82\x84\x03\x12\x15a#\xBBW__\xFD[P\x91\x90PV[_a\x01\0\x82\x84\x03\x12\x15a#\xD2W__\xFD[a\x08\x16\x83\x83a#\xAAV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a#\x8CW__\xFD[_` \x82\x84\x03\x12\x15a$\x03W__\xFD[a\x08\x16\x82a#\xDCV[__\x83`\x1F\x84\x01\x12a$\x1CW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$3W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a$JW__\xFD[\x92P\x92\x90PV[___a\x01 \x84\x86\x03\x12\x15a$dW__\xFD[a$n\x85\x85a#\xAAV[\x92Pa\x01\0\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x8AW__\xFD[a$\x96\x86\x82\x87\x01a$\x0CV[\x94\x97\x90\x96P\x93\x94PPPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a%)`\xE0\x83\x01\x89a$\xA3V[\x82\x81\x03`@\x84\x01Ra%;\x81\x89a$\xA3V[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a%\x9DW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a%\x7FV[P\x90\x9B\x9APPPPPPPPPPPV[__` \x83\x85\x03\x12\x15a%\xBFW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\xD5W__\xFD[a%\xE1\x85\x82\x86\x01a$\x0CV[\x90\x96\x90\x95P\x93PPPPV[__` \x83\x85\x03\x12\x15a%\xFEW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x14W__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a&$W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&:W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a&NW__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[_____a\x01@\x86\x88\x03\x12\x15a&sW__\xFD[a&}\x87\x87a#\xAAV[\x94Pa\x01\0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x99W__\xFD[a&\xA5\x88\x82\x89\x01a$\x0CV[\x90\x95P\x93PPa\x01 \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\xC5W__\xFD[a&\xD1\x88\x82\x89\x01a$\x0CV[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a'!W__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a'kW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Ra'w\x83a#\xDCV[\x81Ra'\x85` \x84\x01a#\xDCV[` \x82\x01Ra'\x96`@\x84\x01a#\xDCV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra'\xC5`\xC0\x84\x01a#\xDCV[`\xC0\x82\x01Ra'\xD6`\xE0\x84\x01a#iV[`\xE0\x82\x01R\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x06\xA5Wa\x06\xA5a'\xE2V[\x81\x81\x03\x81\x81\x11\x15a\x06\xA5Wa\x06\xA5a'\xE2V[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a(eWa(ea'\xE2V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81Q_\x90\x82\x90` \x85\x01\x83[\x82\x81\x10\x15a(\xC3W\x81Q\x84R` \x93\x84\x01\x93\x90\x91\x01\x90`\x01\x01a(\xA5V[P\x91\x95\x94PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x06\xA5Wa\x06\xA5a'\xE2V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x06\xA5Wa\x06\xA5a'\xE2V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_`\x02\x87\x10a)[Wa)[a)\x1DV[\x86\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x83\x01R\x84`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16``\x83\x01R`\xA0`\x80\x83\x01Ra)\xA4`\xA0\x83\x01\x84a$\xA3V[\x97\x96PPPPPPPV[_` \x82\x84\x03\x12\x15a)\xBFW__\xFD[\x81Q\x80\x15\x15\x81\x14a\x08\x16W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82a*\tWa*\ta)\xCEV[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x06\xA5Wa\x06\xA5a'\xE2V[_\x82a*3Wa*3a)\xCEV[P\x06\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a*[Wa*[a'\xE2V[P\x92\x91PPV[a\x01`\x81\x01`\x03\x86\x10a*wWa*wa)\x1DV[\x85\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`\xA0\x83\x01R``\x83\x01Q`\xC0\x83\x01R`\x80\x83\x01Q`\xE0\x83\x01R`\xA0\x83\x01Qa\x01\0\x83\x01R`\xC0\x83\x01Qa+\x1Aa\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x84\x01RP\x95\x94PPPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a+[W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a#\xBBW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x60806040526004361061020f575f3560e01c8063968c37ec11610117578063ccd07276116100ac578063eaf5afce1161007c578063fa6944bc11610062578063fa6944bc14610ba8578063fadb476814610bc7578063fb0e722b14610bfb575f5ffd5b8063eaf5afce14610b39578063f916823114610b93575f5ffd5b8063ccd07276146106e1578063cff0ab961461070d578063d0b1d51214610b05578063d89135cd14610b24575f5ffd5b8063b76f1bea116100e7578063b76f1bea14610671578063c562914f14610690578063c5f11101146106a3578063c6ab5d90146106c2575f5ffd5b8063968c37ec146105ba578063a08419e3146105d9578063a42ce15b146105f8578063b37855c814610652575f5ffd5b8063583d23f4116101a75780636da61d1e116101775780637978251d1161015d5780637978251d1461041f57806383a265a71461043e578063924c3e7d1461059b575f5ffd5b80636da61d1e146103b657806375e5b15d146103e1575f5ffd5b8063583d23f41461033a5780636652988814610359578063687473f514610378578063697e205614610397575f5ffd5b80634420e486116101e25780634420e486146102ae57806344d96e95146102d35780634cdc9c63146102e857806354e624191461031b575f5ffd5b806301e7d8d81461021357806306c0e841146102485780633359632e1461025e5780634089b1701461028b575b5f5ffd5b34801561021e575f5ffd5b5061023261022d3660046150be565b610c46565b60405161023f91906150d9565b60405180910390f35b348015610253575f5ffd5b5061025c610e87565b005b348015610269575f5ffd5b50610272610f3a565b60405167ffffffffffffffff909116815260200161023f565b348015610296575f5ffd5b506102a0600b5481565b60405190815260200161023f565b6102c16102bc36600461513d565b610f48565b60405160ff909116815260200161023f565b3480156102de575f5ffd5b506102a060095481565b3480156102f3575f5ffd5b506102727f000000000000000000000000000000000000000000000000000000000000000081565b348015610326575f5ffd5b5061025c6103353660046151b4565b611319565b348015610345575f5ffd5b506102c16103543660046150be565b611467565b348015610364575f5ffd5b5061025c61037336600461524b565b611477565b348015610383575f5ffd5b5061025c610392366004615262565b6117a6565b3480156103a2575f5ffd5b506102a06103b13660046152db565b6118ef565b3480156103c1575f5ffd5b506102a06103d036600461513d565b60066020525f908152604090205481565b3480156103ec575f5ffd5b5061040f6103fb36600461524b565b60056020525f908152604090205460ff1681565b604051901515815260200161023f565b34801561042a575f5ffd5b5061040f61043936600461513d565b611925565b348015610449575f5ffd5b5061050f61045836600461524b565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260076020908152604091829020825160c08101845281546001600160a01b038082168352600160a01b918290046bffffffffffffffffffffffff908116958401959095526001840154808216968401969096529481900490931660608201526002909101549283166080820152910467ffffffffffffffff1660a082015290565b60405161023f91905f60c0820190506001600160a01b0383511682526bffffffffffffffffffffffff60208401511660208301526001600160a01b0360408401511660408301526bffffffffffffffffffffffff60608401511660608301526001600160a01b03608084015116608083015267ffffffffffffffff60a08401511660a083015292915050565b3480156105a6575f5ffd5b5061025c6105b53660046152f4565b611af2565b3480156105c5575f5ffd5b5061025c6105d4366004615395565b611dc6565b3480156105e4575f5ffd5b506102a06105f336600461513d565b6120d8565b348015610603575f5ffd5b5061063f6106123660046153ae565b60ff82165f90815260046020908152604080832063ffffffff8516845290915290205461ffff1692915050565b60405161ffff909116815260200161023f565b34801561065d575f5ffd5b506102c161066c36600461513d565b612107565b34801561067c575f5ffd5b5061025c61068b366004615395565b61217e565b61025c61069e366004615395565b612307565b3480156106ae575f5ffd5b5061025c6106bd3660046152f4565b612491565b3480156106cd575f5ffd5b5061025c6106dc366004615395565b61275f565b3480156106ec575f5ffd5b506107006106fb366004615395565b612a51565b60405161023f9190615445565b348015610718575f5ffd5b50610af860408051610240810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101919091526040518061024001604052807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff16815250905090565b60405161023f9190615576565b348015610b10575f5ffd5b50610272610b1f36600461524b565b612d57565b348015610b2f575f5ffd5b506102a0600a5481565b348015610b44575f5ffd5b506102a0610b533660046152db565b60408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b348015610b9e575f5ffd5b506102a0600c5481565b348015610bb3575f5ffd5b50610272610bc23660046150be565b612d61565b348015610bd2575f5ffd5b50610be6610be13660046150be565b612d6b565b60405163ffffffff909116815260200161023f565b348015610c06575f5ffd5b50610c2e7f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b03909116815260200161023f565b60605f610c5283612d71565b90505f610c5e826118ef565b90505f600182901c7f5555555555555555555555555555555555555555555555555555555555555555168203600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff919091160190508067ffffffffffffffff811115610d9357610d93615755565b604051908082528060200260200182016040528015610dbc578160200160208202803683370190505b509350805f03610dce57505050919050565b5f610e27610e168560408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff1684612da2565b90505f5b82811015610e7d57610e518484610e4284866157af565b610e4c91906157ef565b612dea565b868281518110610e6357610e63615802565b60ff90921660209283029190910190910152600101610e2b565b5050505050919050565b335f9081526006602052604081205490819003610ed0576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f908152600660205260408120819055600b8054839290610ef390849061582f565b909155505060405181815233907faa916bb7738886447c333e8803dd7d94e5fcb6acb2f5d5aa6502373dd59dc55b9060200160405180910390a2610f373382612e38565b50565b5f610f43612ec6565b905090565b5f7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341015610feb576040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201523460248201526044015b60405180910390fd5b6bffffffffffffffffffffffff341115611063576040517fdd23c3ad000000000000000000000000000000000000000000000000000000008152600401610fe29060208082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000604082015260600190565b6001600160a01b0382166110a3576040517f815e1d6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6001600160a01b0382165f9081526001602052604090205460ff1615611100576040517faa6a4d5c0000000000000000000000000000000000000000000000000000000081526001600160a01b0383166004820152602401610fe2565b506002545f906bffffffffffffffffffffffff1660ff7f0000000000000000000000000000000000000000000000000000000000000000165b808360ff161080156111525750600160ff84161b821615155b156111675761116083615842565b9250611139565b808360ff16036111a6576040517f6b1c8ba000000000000000000000000000000000000000000000000000000000815260048101829052602401610fe2565b600280547fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016600160ff861681901b85176bffffffffffffffffffffffff16919091179091556111f7908490615860565b6001600160a01b0385165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff978816179055948816835282905292812033600160a01b346bffffffffffffffffffffffff8116820292909217835594820180547fffffffffffffffffffffff00000000000000000000000000000000000000000016909417909417909255600980549293929091906112ab9084906157af565b909155505f90506112bd856001612ed0565b6040805134815263ffffffff831660208201529192506001600160a01b03881691339160ff8916917f967be06242d1cd4e1649ba1dd17c96d2d50cf910f6f10260e85720eceadb0f3d910160405180910390a450505050919050565b6113238684613109565b5f61133336889003880188615879565b90505f61134536869003860186615879565b905061137e81601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152036113e6576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6113f28389896131ca565b9050806001600160a01b03166114098387876131ca565b6001600160a01b031614611449576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61145c8184602001518560400151613454565b505050505050505050565b5f6114718261389b565b92915050565b5f81815260076020908152604091829020825160c08101845281546001600160a01b038082168352600160a01b918290046bffffffffffffffffffffffff90811695840195909552600184015480821696840196909652948190049093166060820152600290910154928316608082018190529190920467ffffffffffffffff1660a0830152611536576040517fa644bd0c00000000000000000000000000000000000000000000000000000000815260048101839052602401610fe2565b8060a0015167ffffffffffffffff164310156115905760a08101516040517f92eee68d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610fe2565b60808101516001600160a01b03165f90815260086020526040902054600181016115e8576040517e84d28800000000000000000000000000000000000000000000000000000000815260048101849052602401610fe2565b5f82606001516bffffffffffffffffffffffff1683602001516bffffffffffffffffffffffff1661161991906157af565b5f858152600760205260408120818155600181019190915560020180547fffffffff000000000000000000000000000000000000000000000000000000001690559050611666818361582f565b60808401516001600160a01b03165f90815260086020526040812091909155600c805483929061169790849061582f565b9250508190555080600b5f8282546116af91906157af565b909155505060208301516bffffffffffffffffffffffff16156117105760208084015184516001600160a01b03165f90815260069092526040822080546bffffffffffffffffffffffff90921692909161170a9084906157af565b90915550505b60608301516bffffffffffffffffffffffff16156117765782606001516bffffffffffffffffffffffff1660065f85604001516001600160a01b03166001600160a01b031681526020019081526020015f205f82825461177091906157af565b90915550505b60405184907ff03cedd84a3c5babcb391cfd19dbfae956fb604ab3ae36feab2ff9d21726e92b905f90a250505050565b6117b08482613109565b5f6117c036869003860186615879565b90505f6117d236849003840184615879565b90506117dd81613a78565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915203611876576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f6118828387876131ca565b9050806001600160a01b03168260e001516001600160a01b0316146118d3576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6118e68184602001518560400151613454565b50505050505050565b6002545f906114719083907801000000000000000000000000000000000000000000000000900467ffffffffffffffff16613ba1565b6001600160a01b0381165f9081526001602052604081205460ff1680158061194f575060ff818116145b1561195c57505f92915050565b5f61196860018361594c565b604080516060810182526002546bffffffffffffffffffffffff80821683526c0100000000000000000000000082048082166020850152780100000000000000000000000000000000000000000000000090920467ffffffffffffffff169383019390935292935091600160ff85161b1616156119e957505f949350505050565b5f6119f2612ec6565b90505f6119fe82612d71565b90505f611a1982856040015167ffffffffffffffff16613ba1565b9050600160ff86161b81165f03611a3757505f979650505050505050565b5f611a94828760ff16611a848660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff16613c5d565b9050611a9f84613db7565b611ab39067ffffffffffffffff164361582f565b611ae363ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615965565b11159998505050505050505050565b611afb84613e12565b5f611b058561389b565b60ff81165f818152602081905260409020600254929350916c010000000000000000000000009004600190911b166bffffffffffffffffffffffff16151580611b565750611b54818388613efe565b155b15611ba2576040517f090b32d100000000000000000000000000000000000000000000000000000000815260ff8316600482015267ffffffffffffffff87166024820152604401610fe2565b60018101545f90611bc39088908890889088906001600160a01b0316613fa0565b925050508015611c0b576040517fe4a9b2fb00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff88166004820152602401610fe2565b5f7fd8739f9a53676ddc0f766b73724b0c85713d59832444ad1ad505c9d38d4c6bf288604051602001611c5292919091825267ffffffffffffffff16602082015260400190565b604051602081830303815290604052805190602001209050611c738161430e565b5f611c7d89612d71565b60ff86165f90815260046020908152604080832063ffffffff8516845290915281205491925090611cb39061ffff16600161597c565b60ff87165f81815260046020908152604080832063ffffffff8816845282529182902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00001661ffff8616908117909155915191825292935067ffffffffffffffff8d16927f2d2b2f28c2eb803aef1fbc4420f21885692154104eb3f99181cfb24f7f72201a910160405180910390a37f000000000000000000000000000000000000000000000000000000000000000061ffff168161ffff1610611dba57611d7d8686614391565b611dba866002857f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff165f5f614596565b50505050505050505050565b5f611dd0826149e5565b905060026001820154600160a01b900460ff166004811115611df457611df46153df565b14611e3b5760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610fe291600160a01b900460ff1690600401615996565b600281015467ffffffffffffffff16431015611e955760028101546040517f15f3b7ab00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610fe2565b80546bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116600160a01b909204161015611f4a5780546040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081166004830152600160a01b9092049091166024820152604401610fe2565b6001810180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff16600160a01b1790555f611f83612ec6565b9050611f908160016159a4565b60028301805467ffffffffffffffff9290921668010000000000000000027fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff90921691909117905560ff83165f90815260046020526040812090611ff383612d71565b63ffffffff16815260208101919091526040015f2080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0000169055600280547fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff81166bffffffffffffffffffffffff600160ff881681811b196c01000000000000000000000000958690041692909216909302919091179092557f4db3155929818cc29381aa31a1cc6cb549c4ef648b2bd3dee6d729768570aea9906120ba908690612ed0565b60405163ffffffff90911681526020015b60405180910390a2505050565b6001600160a01b0381165f908152600860205260408120545f1981146120fe5780612100565b5f5b9392505050565b6001600160a01b0381165f9081526001602052604081205460ff16801580612131575060ff818116145b15612173576040517fd7e8a2c20000000000000000000000000000000000000000000000000000000081526001600160a01b0384166004820152602401610fe2565b61210060018261594c565b5f612188826149e5565b600181810154919250600160a01b90910460ff16908160048111156121af576121af6153df565b141580156121cf575060028160048111156121cc576121cc6153df565b14155b1561220857806040517f359011cc000000000000000000000000000000000000000000000000000000008152600401610fe29190615996565b5f600182600481111561221d5761221d6153df565b1461223b57600261222c614a48565b61223691906159c4565b612245565b612245845f612ed0565b60018401805463ffffffff83167501000000000000000000000000000000000000000000027fffffffffffffff0000000000ffffffffffffffffffffffffffffffffffffffff9091161774030000000000000000000000000000000000000000179055905060ff84167f74fe07bfb240060dae9e5a78a9adb453abb23c211bdf37fd2c7a6e80d2ab99ad826122d981614a59565b6040805163ffffffff909316835267ffffffffffffffff90911660208301520160405180910390a250505050565b5f61231182614a94565b905060046001820154600160a01b900460ff166004811115612335576123356153df565b0361237c5760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610fe291600160a01b900460ff1690600401615996565b80545f906123a0903490600160a01b90046bffffffffffffffffffffffff166157af565b90506bffffffffffffffffffffffff81111561241a576040517fdd23c3ad000000000000000000000000000000000000000000000000000000008152600401610fe29060208082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000604082015260600190565b81546001600160a01b0316600160a01b6bffffffffffffffffffffffff831602178255600980543491905f906124519084906157af565b9091555050604080513481526020810183905260ff8516917fe769fa6335ada126a3fc46991b2b62c164a8243e0134cf258f4165d63f509bc991016120cb565b6040517f6ced947d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201525f9081906001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001690636ced947d906024016040805180830381865afa158015612519573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061253d91906159e0565b915091505f6125558367ffffffffffffffff16614b02565b905061256081613e12565b5f5f61256f838989895f613fa0565b50915091508867ffffffffffffffff168267ffffffffffffffff1611156125d6576040517f9aee0aa200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b16600483015283166024820152604401610fe2565b5f6001600160a01b03821615612615576001600160a01b0382165f9081526001602081905260409091205461260e919060ff1661594c565b905061267f565b61261e8461389b565b60ff81165f90815260208190526040902090915061263d908286613efe565b61267f576040517f839f95fc00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610fe2565b5f7f47c14b955fbf1b1f9fa2a85d6a5caa7fe535a81603e373f507033009c19073a38b6040516020016126c692919091825267ffffffffffffffff16602082015260400190565b6040516020818303038152906040528051906020012090506126e78161430e565b612752826001837f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff168a7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16614596565b5050505050505050505050565b5f612769826149e5565b905060036001820154600160a01b900460ff16600481111561278d5761278d6153df565b141580156127bb575060046001820154600160a01b900460ff1660048111156127b8576127b86153df565b14155b156128025760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610fe291600160a01b900460ff1690600401615996565b60018101545f90612831907501000000000000000000000000000000000000000000900463ffffffff16614a59565b90508067ffffffffffffffff16431015612883576040517f778ca11c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610fe2565b81546001808401546001600160a01b039081165f9081526020838152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff90811790915581516060810183526002805467ffffffffffffffff780100000000000000000000000000000000000000000000000080830491909116848701819052948e168a811b80196c0100000000000000000000000080860482166bffffffffffffffffffffffff908116898d018190529287168116808a529990950277ffffffffffffffffffffffffffffffffffffffffffffffff929091027fffffffffffffffff0000000000000000000000000000000000000000000000009096169098179490941793909316959095178355938752948690529285208581559687018590559590910180547fffffffffffffffffffffffffffffffff0000000000000000000000000000000016905560098054600160a01b880492909216969490941694919391928692916129ff90849061582f565b90915550506040518481526001600160a01b0384169060ff8916907f3a2db7d2315c2162d4f47c295f514b5aacf84592e024bc529868af8d776567f79060200160405180910390a36118e68385612e38565b60408051610180810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e0810182905261010081018290526101208101829052610140810182905261016081019190915260ff8083165f9081526020818152604080832081516101008101835281546001600160a01b0380821683526bffffffffffffffffffffffff600160a01b9283900416958301959095526001830154948516938201939093529394909260608501929004166004811115612b2657612b266153df565b6004811115612b3757612b376153df565b815260018201547501000000000000000000000000000000000000000000810463ffffffff166020830152790100000000000000000000000000000000000000000000000000900466ffffffffffffff16604082015260029091015467ffffffffffffffff8082166060840152680100000000000000009091041660809091015290505f612bc3614a48565b90505f600383606001516004811115612bde57612bde6153df565b1480612bff5750600483606001516004811115612bfd57612bfd6153df565b145b9050604051806101800160405280845f01516001600160a01b0316815260200184602001516bffffffffffffffffffffffff16815260200184604001516001600160a01b0316815260200184606001516004811115612c6057612c606153df565b8152602001612c9b876002546c010000000000000000000000009004600160ff9092169190911b166bffffffffffffffffffffffff16151590565b1515815260ff87165f90815260046020908152604080832063ffffffff808916808652918452938290205461ffff169285019290925283015260808087015190911660608301520182612cee575f612cfb565b612cfb8560800151614a59565b67ffffffffffffffff1681526020018460c0015167ffffffffffffffff1681526020018460a0015166ffffffffffffff1667ffffffffffffffff1681526020018460e0015167ffffffffffffffff168152509350505050919050565b5f61147182614b02565b5f61147182613db7565b5f611471825b5f61147163ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615a18565b5f818484604051602001612dc0929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c612de291906157ef565b949350505050565b5f805b83821c15612e29576001821b841615612e1957828103612e0d5750611471565b612e1681615a47565b90505b612e2282615a47565b9150612ded565b612e31615a5f565b5092915050565b5f826001600160a01b0316826040515f6040518083038185875af1925050503d805f8114612e81576040519150601f19603f3d011682016040523d82523d5f602084013e612e86565b606091505b5050905080612ec1576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f610f4343614b02565b5f6002612edb614a48565b612ee591906159c4565b6002549091507801000000000000000000000000000000000000000000000000900467ffffffffffffffff165f8115612f7c5760035f612f2660018561582f565b815260208082019290925260409081015f2081518083019092525463ffffffff8116825264010000000090047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691810191909152612f90565b604080518082019091525f80825260208201525b9050600160ff86161b5f85612fac578119836020015116612fb4565b818360200151175b90508315801590612fd357508463ffffffff16835f015163ffffffff16145b15613049578060035f612fe760018861582f565b81526020019081526020015f205f0160046101000a8154817bffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1602179055506130ff565b60408051808201825263ffffffff80881682527bffffffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182525f8a815260039091529490942092519351166401000000000292169190911790556130b08460016157af565b6002805467ffffffffffffffff9290921678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b5050505092915050565b61311960408201602083016150be565b67ffffffffffffffff1661313360408401602085016150be565b67ffffffffffffffff1614158061317c575061315560608201604083016150be565b67ffffffffffffffff1661316f60608401604085016150be565b67ffffffffffffffff1614155b8061318f57508060600135826060013514155b156131c6576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b5f5f7f0000000000000000000000000000000000000000000000000000000000000000461461331e57604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201526001600160a01b037f00000000000000000000000000000000000000000000000000000000000000001660a0808301919091528351808303909101815260c09091019092528151910120613340565b7f00000000000000000000000000000000000000000000000000000000000000005b90505f6133b88261337e88601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505f6133fa8287878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250614ba592505050565b5090945090505f816003811115613413576134136153df565b1461344a576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509392505050565b6001600160a01b0383165f9081526001602052604090205460ff1680158061347e575060ff818116145b156134c0576040517fd7e8a2c20000000000000000000000000000000000000000000000000000000081526001600160a01b0385166004820152602401610fe2565b5f6134cc60018361594c565b90506134d6612ec6565b67ffffffffffffffff168367ffffffffffffffff16111561352f576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610fe2565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166135696135648560016159a4565b613db7565b61357391906159a4565b67ffffffffffffffff1643106135c1576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610fe2565b600160ff82161b6135d46103b185612d71565b165f03613622576040517fb21fd24d00000000000000000000000000000000000000000000000000000000815260ff8216600482015267ffffffffffffffff84166024820152604401610fe2565b604080517f920b62733048d363396c99c8a74763e86803c8e90c395c8d0bdbac8fda18155160208201526001600160a01b0387169181019190915267ffffffffffffffff851660608201525f906080016040516020818303038152906040528051906020012090506136938161430e565b60ff82165f908152602081815260408083206001600160a01b038a168452600890925290912054600181016136c557505f5b8015613741576001600160a01b0388165f9081526008602052604081205f199055600c80548392906136f890849061582f565b90915550506040518181526001600160a01b0389169060ff8616907ffdaf61b6858525bcd594fb6eb578dfc4ca864984a80d549929fab8c9d50408499060200160405180910390a35b81545f90613765908390600160a01b90046bffffffffffffffffffffffff166157af565b90505f61271061379961ffff7f00000000000000000000000000000000000000000000000000000000000000001684615965565b6137a39190615a8c565b845460098054929350600160a01b9091046bffffffffffffffffffffffff16915f906137d090849061582f565b909155505083546001600160a01b031684556137ec818361582f565b600a5f8282546137fc91906157af565b9250508190555080600b5f82825461381491906157af565b9091555050801561384357335f908152600660205260408120805483929061383d9084906157af565b90915550505b845f60408051338152602081018690529081018490525f606082015260ff8916907fa5136f82d717a348256060fa31fa6e57a221b80167ba4ccda2358c9cc739763b9060800160405180910390a4611dba8685614bee565b5f5f6138a683612d71565b90505f6138b2826118ef565b90505f600182901c7f5555555555555555555555555555555555555555555555555555555555555555168203600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff91909116019050805f03613a13576040517f97b2609500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610fe2565b613a6f82610e4c613a5e8660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8867ffffffffffffffff1685612da2565b95945050505050565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03169063705cad1390602401602060405180830381865afa158015613b34573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613b589190615a9f565b14610f375760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610fe2565b5f815b8015613c54575f600381613bb960018561582f565b815260208082019290925260409081015f2081518083019092525463ffffffff8082168084526401000000009092047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff169383019390935290925090861610613c4357602001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691506114719050565b50613c4d81615ab6565b9050613ba4565b505f9392505050565b5f80600186901c7f5555555555555555555555555555555555555555555555555555555555555555168603600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff9190911601905080613d84858584612da2565b82613d8f8989614d7d565b613d9991906157af565b613da3919061582f565b613dad91906157ef565b9695505050505050565b5f613de863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615acb565b611471907f00000000000000000000000000000000000000000000000000000000000000006159a4565b613e1a612ec6565b67ffffffffffffffff168167ffffffffffffffff1610613e71576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610fe2565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613ea66135648360016159a4565b613eb091906159a4565b67ffffffffffffffff164310610f37576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610fe2565b60028301545f9067ffffffffffffffff6801000000000000000090910481169083161015613f2d57505f612100565b6002546c010000000000000000000000009004600160ff85161b166bffffffffffffffffffffffff1615151580612de25750600184015466ffffffffffffff7901000000000000000000000000000000000000000000000000009091041667ffffffffffffffff83161090509392505050565b5f5f5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa158015614000573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906140249190615aee565b9050855f8190036140815767ffffffffffffffff821615614071576040517fd2cf424600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f9450945094505050614303565b5f5b818110156141ab575f89898381811061409e5761409e615802565b905061010002018036038101906140b59190615879565b90506140cb8267ffffffffffffffff8d166157af565b816020015167ffffffffffffffff1614614114576040517f01a2b84e00000000000000000000000000000000000000000000000000000000815260048101839052602401610fe2565b61411d81613a78565b8b67ffffffffffffffff16816040015167ffffffffffffffff16111561414357506141a3565b8060c0015196508b67ffffffffffffffff16816040015167ffffffffffffffff1614801561417d575060e08101516001600160a01b031615155b156141a15760e081015195506001600160a01b03808916908716036141a157600194505b505b600101614083565b5067ffffffffffffffff89161580159061420357508967ffffffffffffffff1688885f8181106141dd576141dd615802565b9050610100020160400160208101906141f691906150be565b67ffffffffffffffff1610155b15614246576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610fe2565b8167ffffffffffffffff16818a67ffffffffffffffff1661426791906157af565b141580156142bd575067ffffffffffffffff8a16888861428860018561582f565b81811061429757614297615802565b9050610100020160400160208101906142b091906150be565b67ffffffffffffffff1611155b15614300576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610fe2565b50505b955095509592505050565b5f8181526005602052604090205460ff1615614359576040517fea03368400000000000000000000000000000000000000000000000000000000815260048101829052602401610fe2565b5f90815260056020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055565b60028054600160ff85161b6bffffffffffffffffffffffff9081166c0100000000000000000000000080840490921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff9091161790556143f1612ec6565b60018201805466ffffffffffffff929092167901000000000000000000000000000000000000000000000000000278ffffffffffffffffffffffffffffffffffffffffffffffffff90921691909117905561447263ffffffff7f000000000000000000000000000000000000000000000000000000000000000016436159a4565b6002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556001808201547501000000000000000000000000000000000000000000900463ffffffff16906001830154600160a01b900460ff1660048111156144f3576144f36153df565b0361454657614502835f612ed0565b6001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167402000000000000000000000000000000000000000017905590505b60028201546040805163ffffffff8416815267ffffffffffffffff909216602083015260ff8516917f01346d6fc741d2812586febead8043a0d4a1f27f3f9157e4207bc51bd85fbf1f91016120cb565b60ff86165f9081526020819052604081208054909190600160a01b90046bffffffffffffffffffffffff1685106145e3578154600160a01b90046bffffffffffffffffffffffff166145e5565b845b90505f61271061461961ffff7f00000000000000000000000000000000000000000000000000000000000000001684615965565b6146239190615a8c565b90505f8185106146335781614635565b845b90505f614642828461582f565b85549091508490869060149061466e908490600160a01b90046bffffffffffffffffffffffff16615b09565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055508360095f8282546146ad919061582f565b909155506146bd9050838561582f565b600a5f8282546146cd91906157af565b909155508990508a60028111156146e6576146e66153df565b60408051338152602081018890529081018490526060810185905260ff8e16907fa5136f82d717a348256060fa31fa6e57a221b80167ba4ccda2358c9cc739763b9060800160405180910390a4825f036147445750505050506149dd565b60018501546001600160a01b03165f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016614790614785612ec6565b6135649060016159a4565b61479a91906159a4565b90506040518060c001604052808a6001600160a01b03168152602001856bffffffffffffffffffffffff168152602001336001600160a01b03168152602001846bffffffffffffffffffffffff168152602001836001600160a01b031681526020018267ffffffffffffffff1681525060075f8d81526020019081526020015f205f820151815f015f6101000a8154816001600160a01b0302191690836001600160a01b031602179055506020820151815f0160146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055506040820151816001015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060608201518160010160146101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055506080820151816002015f6101000a8154816001600160a01b0302191690836001600160a01b0316021790555060a08201518160020160146101000a81548167ffffffffffffffff021916908367ffffffffffffffff1602179055509050508460085f846001600160a01b03166001600160a01b031681526020019081526020015f205f82825461496e91906157af565b9250508190555084600c5f82825461498691906157af565b909155505060405167ffffffffffffffff821681526001600160a01b038316908c907f1b36331864080e2eef6fde23093bf6dbc81c26d7212ea7189da2dd02bfdafb449060200160405180910390a3505050505050505b505050505050565b5f6149ef82614a94565b80549091506001600160a01b03163314614a435780546040517f245aecd30000000000000000000000000000000000000000000000000000000081526001600160a01b039091166004820152602401610fe2565b919050565b5f610f43614a54612ec6565b612d71565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16614a8a83614f6c565b61147191906159a4565b60ff81165f908152602081905260408120906001820154600160a01b900460ff166004811115614ac657614ac66153df565b03614a43576040517fb3d2007400000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610fe2565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff168210614b9e5763ffffffff7f000000000000000000000000000000000000000000000000000000000000000016614b8f67ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000168461582f565b614b999190615a8c565b611471565b5f92915050565b5f5f5f8351604103614bdc576020840151604085015160608601515f1a614bce88828585614fd6565b955095509550505050614be7565b505081515f91506002905b9250925092565b600181015460ff600160a01b90910416614c34836002546c010000000000000000000000009004600160ff9092169190911b166bffffffffffffffffffffffff16151590565b614c6957614c40612ec6565b8260010160196101000a81548166ffffffffffffff021916908366ffffffffffffff1602179055505b60028054600160ff861681901b6bffffffffffffffffffffffff9081166c010000000000000000000000008085049290921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff9092169190911790915582810180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff1674040000000000000000000000000000000000000000179055816004811115614d1a57614d1a6153df565b03614d5057614d29835f612ed0565b8260010160156101000a81548163ffffffff021916908363ffffffff160217905550505050565b6002816004811115614d6457614d646153df565b03612ec1576002614d73614a48565b614d2991906159c4565b5f612100614d8e600180851b61582f565b84165f600182901c7f55555555555555555555555555555555555555555555555555555555555555551682039150600282901c7f333333333333333333333333333333333333333333333333333333333333333316827f333333333333333333333333333333333333333333333333333333333333333316019150600482901c82017f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f169150600882901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16019150601082901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16019150602082901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16019150604082901c77ffffffffffffffff0000000000000000ffffffffffffffff168277ffffffffffffffff0000000000000000ffffffffffffffff16019150608082901c6fffffffffffffffffffffffffffffffff80168316019050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff167f000000000000000000000000000000000000000000000000000000000000000063ffffffff168363ffffffff16614fcc9190615acb565b613de89190615acb565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561500f57505f91506003905082615094565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015615060573d5f5f3e3d5ffd5b5050604051601f1901519150506001600160a01b03811661508b57505f925060019150829050615094565b92505f91508190505b9450945094915050565b67ffffffffffffffff81168114610f37575f5ffd5b8035614a438161509e565b5f602082840312156150ce575f5ffd5b81356121008161509e565b602080825282518282018190525f918401906040840190835b8181101561511357835160ff168352602093840193909201916001016150f2565b509095945050505050565b6001600160a01b0381168114610f37575f5ffd5b8035614a438161511e565b5f6020828403121561514d575f5ffd5b81356121008161511e565b5f6101008284031215615169575f5ffd5b50919050565b5f5f83601f84011261517f575f5ffd5b50813567ffffffffffffffff811115615196575f5ffd5b6020830191508360208285010111156151ad575f5ffd5b9250929050565b5f5f5f5f5f5f61024087890312156151ca575f5ffd5b6151d48888615158565b955061010087013567ffffffffffffffff8111156151f0575f5ffd5b6151fc89828a0161516f565b90965094506152119050886101208901615158565b925061022087013567ffffffffffffffff81111561522d575f5ffd5b61523989828a0161516f565b979a9699509497509295939492505050565b5f6020828403121561525b575f5ffd5b5035919050565b5f5f5f5f6102208587031215615276575f5ffd5b6152808686615158565b935061010085013567ffffffffffffffff81111561529c575f5ffd5b6152a88782880161516f565b90945092506152bd9050866101208701615158565b905092959194509250565b803563ffffffff81168114614a43575f5ffd5b5f602082840312156152eb575f5ffd5b612100826152c8565b5f5f5f5f60608587031215615307575f5ffd5b84356153128161509e565b935060208501356153228161509e565b9250604085013567ffffffffffffffff81111561533d575f5ffd5b8501601f8101871361534d575f5ffd5b803567ffffffffffffffff811115615363575f5ffd5b8760208260081b8401011115615377575f5ffd5b949793965060200194505050565b803560ff81168114614a43575f5ffd5b5f602082840312156153a5575f5ffd5b61210082615385565b5f5f604083850312156153bf575f5ffd5b6153c883615385565b91506153d6602084016152c8565b90509250929050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60058110615441577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b81516001600160a01b031681526101808101602083015161547660208401826bffffffffffffffffffffffff169052565b50604083015161549160408401826001600160a01b03169052565b5060608301516154a4606084018261540c565b5060808301516154b8608084018215159052565b5060a08301516154ce60a084018261ffff169052565b5060c08301516154e660c084018263ffffffff169052565b5060e08301516154fe60e084018263ffffffff169052565b5061010083015161551c61010084018267ffffffffffffffff169052565b5061012083015161553a61012084018267ffffffffffffffff169052565b5061014083015161555861014084018267ffffffffffffffff169052565b50610160830151612e3161016084018267ffffffffffffffff169052565b815167ffffffffffffffff168152610240810160208301516155a860208401826bffffffffffffffffffffffff169052565b5060408301516155bd604084018260ff169052565b5060608301516155d5606084018263ffffffff169052565b5060808301516155ed608084018263ffffffff169052565b5060a083015161560560a084018263ffffffff169052565b5060c083015161561d60c084018263ffffffff169052565b5060e083015161563560e084018263ffffffff169052565b5061010083015161564f61010084018263ffffffff169052565b5061012083015161566961012084018263ffffffff169052565b5061014083015161568161014084018261ffff169052565b5061016083015161569b61016084018263ffffffff169052565b506101808301516156bd6101808401826bffffffffffffffffffffffff169052565b506101a08301516156df6101a08401826bffffffffffffffffffffffff169052565b506101c08301516157016101c08401826bffffffffffffffffffffffff169052565b506101e08301516157196101e084018261ffff169052565b5061020083015161573b6102008401826bffffffffffffffffffffffff169052565b50610220830151612e3161022084018263ffffffff169052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561147157611471615782565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826157fd576157fd6157c2565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b8181038181111561147157611471615782565b5f60ff821660ff810361585757615857615782565b60010192915050565b60ff818116838216019081111561147157611471615782565b5f61010082840312801561588b575f5ffd5b50604051610100810167ffffffffffffffff811182821017156158d5577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040526158e1836150b3565b81526158ef602084016150b3565b6020820152615900604084016150b3565b6040820152606083810135908201526080808401359082015260a0808401359082015261592f60c084016150b3565b60c082015261594060e08401615132565b60e08201529392505050565b60ff828116828216039081111561147157611471615782565b808202811582820484141761147157611471615782565b61ffff818116838216019081111561147157611471615782565b60208101611471828461540c565b67ffffffffffffffff818116838216019081111561147157611471615782565b63ffffffff818116838216019081111561147157611471615782565b5f5f604083850312156159f1575f5ffd5b82516159fc8161509e565b6020840151909250615a0d8161511e565b809150509250929050565b5f67ffffffffffffffff831680615a3157615a316157c2565b8067ffffffffffffffff84160491505092915050565b5f5f198203615a5857615a58615782565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b5f82615a9a57615a9a6157c2565b500490565b5f60208284031215615aaf575f5ffd5b5051919050565b5f81615ac457615ac4615782565b505f190190565b67ffffffffffffffff8181168382160290811690818114612e3157612e31615782565b5f60208284031215615afe575f5ffd5b81516121008161509e565b6bffffffffffffffffffffffff82811682821603908111156114715761147161578256
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x02\x0FW_5`\xE0\x1C\x80c\x96\x8C7\xEC\x11a\x01\x17W\x80c\xCC\xD0rv\x11a\0\xACW\x80c\xEA\xF5\xAF\xCE\x11a\0|W\x80c\xFAiD\xBC\x11a\0bW\x80c\xFAiD\xBC\x14a\x0B\xA8W\x80c\xFA\xDBGh\x14a\x0B\xC7W\x80c\xFB\x0Er+\x14a\x0B\xFBW__\xFD[\x80c\xEA\xF5\xAF\xCE\x14a\x0B9W\x80c\xF9\x16\x821\x14a\x0B\x93W__\xFD[\x80c\xCC\xD0rv\x14a\x06\xE1W\x80c\xCF\xF0\xAB\x96\x14a\x07\rW\x80c\xD0\xB1\xD5\x12\x14a\x0B\x05W\x80c\xD8\x915\xCD\x14a\x0B$W__\xFD[\x80c\xB7o\x1B\xEA\x11a\0\xE7W\x80c\xB7o\x1B\xEA\x14a\x06qW\x80c\xC5b\x91O\x14a\x06\x90W\x80c\xC5\xF1\x11\x01\x14a\x06\xA3W\x80c\xC6\xAB]\x90\x14a\x06\xC2W__\xFD[\x80c\x96\x8C7\xEC\x14a\x05\xBAW\x80c\xA0\x84\x19\xE3\x14a\x05\xD9W\x80c\xA4,\xE1[\x14a\x05\xF8W\x80c\xB3xU\xC8\x14a\x06RW__\xFD[\x80cX=#\xF4\x11a\x01\xA7W\x80cm\xA6\x1D\x1E\x11a\x01wW\x80cyx%\x1D\x11a\x01]W\x80cyx%\x1D\x14a\x04\x1FW\x80c\x83\xA2e\xA7\x14a\x04>W\x80c\x92L>}\x14a\x05\x9BW__\xFD[\x80cm\xA6\x1D\x1E\x14a\x03\xB6W\x80cu\xE5\xB1]\x14a\x03\xE1W__\xFD[\x80cX=#\xF4\x14a\x03:W\x80cfR\x98\x88\x14a\x03YW\x80chts\xF5\x14a\x03xW\x80ci~ V\x14a\x03\x97W__\xFD[\x80cD \xE4\x86\x11a\x01\xE2W\x80cD \xE4\x86\x14a\x02\xAEW\x80cD\xD9n\x95\x14a\x02\xD3W\x80cL\xDC\x9Cc\x14a\x02\xE8W\x80cT\xE6$\x19\x14a\x03\x1BW__\xFD[\x80c\x01\xE7\xD8\xD8\x14a\x02\x13W\x80c\x06\xC0\xE8A\x14a\x02HW\x80c3Yc.\x14a\x02^W\x80c@\x89\xB1p\x14a\x02\x8BW[__\xFD[4\x80\x15a\x02\x1EW__\xFD[Pa\x022a\x02-6`\x04aP\xBEV[a\x0CFV[`@Qa\x02?\x91\x90aP\xD9V[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02SW__\xFD[Pa\x02\\a\x0E\x87V[\0[4\x80\x15a\x02iW__\xFD[Pa\x02ra\x0F:V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02?V[4\x80\x15a\x02\x96W__\xFD[Pa\x02\xA0`\x0BT\x81V[`@Q\x90\x81R` \x01a\x02?V[a\x02\xC1a\x02\xBC6`\x04aQ=V[a\x0FHV[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x02?V[4\x80\x15a\x02\xDEW__\xFD[Pa\x02\xA0`\tT\x81V[4\x80\x15a\x02\xF3W__\xFD[Pa\x02r\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x03&W__\xFD[Pa\x02\\a\x0356`\x04aQ\xB4V[a\x13\x19V[4\x80\x15a\x03EW__\xFD[Pa\x02\xC1a\x03T6`\x04aP\xBEV[a\x14gV[4\x80\x15a\x03dW__\xFD[Pa\x02\\a\x03s6`\x04aRKV[a\x14wV[4\x80\x15a\x03\x83W__\xFD[Pa\x02\\a\x03\x926`\x04aRbV[a\x17\xA6V[4\x80\x15a\x03\xA2W__\xFD[Pa\x02\xA0a\x03\xB16`\x04aR\xDBV[a\x18\xEFV[4\x80\x15a\x03\xC1W__\xFD[Pa\x02\xA0a\x03\xD06`\x04aQ=V[`\x06` R_\x90\x81R`@\x90 T\x81V[4\x80\x15a\x03\xECW__\xFD[Pa\x04\x0Fa\x03\xFB6`\x04aRKV[`\x05` R_\x90\x81R`@\x90 T`\xFF\x16\x81V[`@Q\x90\x15\x15\x81R` \x01a\x02?V[4\x80\x15a\x04*W__\xFD[Pa\x04\x0Fa\x0496`\x04aQ=V[a\x19%V[4\x80\x15a\x04IW__\xFD[Pa\x05\x0Fa\x04X6`\x04aRKV[`@\x80Q`\xC0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x91\x90\x91RP_\x90\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x91\x82\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x84\x01\x95\x90\x95R`\x01\x84\x01T\x80\x82\x16\x96\x84\x01\x96\x90\x96R\x94\x81\x90\x04\x90\x93\x16``\x82\x01R`\x02\x90\x91\x01T\x92\x83\x16`\x80\x82\x01R\x91\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x82\x01R\x90V[`@Qa\x02?\x91\x90_`\xC0\x82\x01\x90P`\x01`\x01`\xA0\x1B\x03\x83Q\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16` \x83\x01R`\x01`\x01`\xA0\x1B\x03`@\x84\x01Q\x16`@\x83\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF``\x84\x01Q\x16``\x83\x01R`\x01`\x01`\xA0\x1B\x03`\x80\x84\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xA0\x84\x01Q\x16`\xA0\x83\x01R\x92\x91PPV[4\x80\x15a\x05\xA6W__\xFD[Pa\x02\\a\x05\xB56`\x04aR\xF4V[a\x1A\xF2V[4\x80\x15a\x05\xC5W__\xFD[Pa\x02\\a\x05\xD46`\x04aS\x95V[a\x1D\xC6V[4\x80\x15a\x05\xE4W__\xFD[Pa\x02\xA0a\x05\xF36`\x04aQ=V[a \xD8V[4\x80\x15a\x06\x03W__\xFD[Pa\x06?a\x06\x126`\x04aS\xAEV[`\xFF\x82\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x90 Ta\xFF\xFF\x16\x92\x91PPV[`@Qa\xFF\xFF\x90\x91\x16\x81R` \x01a\x02?V[4\x80\x15a\x06]W__\xFD[Pa\x02\xC1a\x06l6`\x04aQ=V[a!\x07V[4\x80\x15a\x06|W__\xFD[Pa\x02\\a\x06\x8B6`\x04aS\x95V[a!~V[a\x02\\a\x06\x9E6`\x04aS\x95V[a#\x07V[4\x80\x15a\x06\xAEW__\xFD[Pa\x02\\a\x06\xBD6`\x04aR\xF4V[a$\x91V[4\x80\x15a\x06\xCDW__\xFD[Pa\x02\\a\x06\xDC6`\x04aS\x95V[a'_V[4\x80\x15a\x06\xECW__\xFD[Pa\x07\0a\x06\xFB6`\x04aS\x95V[a*QV[`@Qa\x02?\x91\x90aTEV[4\x80\x15a\x07\x18W__\xFD[Pa\n\xF8`@\x80Qa\x02@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x82\x90Ra\x01\xE0\x81\x01\x82\x90Ra\x02\0\x81\x01\x82\x90Ra\x02 \x81\x01\x91\x90\x91R`@Q\x80a\x02@\x01`@R\x80\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81RP\x90P\x90V[`@Qa\x02?\x91\x90aUvV[4\x80\x15a\x0B\x10W__\xFD[Pa\x02ra\x0B\x1F6`\x04aRKV[a-WV[4\x80\x15a\x0B/W__\xFD[Pa\x02\xA0`\nT\x81V[4\x80\x15a\x0BDW__\xFD[Pa\x02\xA0a\x0BS6`\x04aR\xDBV[`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[4\x80\x15a\x0B\x9EW__\xFD[Pa\x02\xA0`\x0CT\x81V[4\x80\x15a\x0B\xB3W__\xFD[Pa\x02ra\x0B\xC26`\x04aP\xBEV[a-aV[4\x80\x15a\x0B\xD2W__\xFD[Pa\x0B\xE6a\x0B\xE16`\x04aP\xBEV[a-kV[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02?V[4\x80\x15a\x0C\x06W__\xFD[Pa\x0C.\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Q`\x01`\x01`\xA0\x1B\x03\x90\x91\x16\x81R` \x01a\x02?V[``_a\x0CR\x83a-qV[\x90P_a\x0C^\x82a\x18\xEFV[\x90P_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\r\x93Wa\r\x93aWUV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\r\xBCW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x93P\x80_\x03a\r\xCEWPPP\x91\x90PV[_a\x0E'a\x0E\x16\x85`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84a-\xA2V[\x90P_[\x82\x81\x10\x15a\x0E}Wa\x0EQ\x84\x84a\x0EB\x84\x86aW\xAFV[a\x0EL\x91\x90aW\xEFV[a-\xEAV[\x86\x82\x81Q\x81\x10a\x0EcWa\x0EcaX\x02V[`\xFF\x90\x92\x16` \x92\x83\x02\x91\x90\x91\x01\x90\x91\x01R`\x01\x01a\x0E+V[PPPPP\x91\x90PV[3_\x90\x81R`\x06` R`@\x81 T\x90\x81\x90\x03a\x0E\xD0W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x06` R`@\x81 \x81\x90U`\x0B\x80T\x83\x92\x90a\x0E\xF3\x90\x84\x90aX/V[\x90\x91UPP`@Q\x81\x81R3\x90\x7F\xAA\x91k\xB7s\x88\x86D|3>\x88\x03\xDD}\x94\xE5\xFC\xB6\xAC\xB2\xF5\xD5\xAAe\x027=\xD5\x9D\xC5[\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x0F73\x82a.8V[PV[_a\x0FCa.\xC6V[\x90P\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x10\x15a\x0F\xEBW`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\x11\x15a\x10cW`@Q\x7F\xDD#\xC3\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0F\xE2\x90` \x80\x82R`\x04\x90\x82\x01R\x7Fbond\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R``\x01\x90V[`\x01`\x01`\xA0\x1B\x03\x82\x16a\x10\xA3W`@Q\x7F\x81^\x1Dd\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x15a\x11\0W`@Q\x7F\xAAjM\\\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[P`\x02T_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16[\x80\x83`\xFF\x16\x10\x80\x15a\x11RWP`\x01`\xFF\x84\x16\x1B\x82\x16\x15\x15[\x15a\x11gWa\x11`\x83aXBV[\x92Pa\x119V[\x80\x83`\xFF\x16\x03a\x11\xA6W`@Q\x7Fk\x1C\x8B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0F\xE2V[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xFF\x86\x16\x81\x90\x1B\x85\x17k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x90\x91\x17\x90\x91Ua\x11\xF7\x90\x84\x90aX`V[`\x01`\x01`\xA0\x1B\x03\x85\x16_\x81\x81R`\x01` \x81\x81R`@\x80\x84 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x97\x88\x16\x17\x90U\x94\x88\x16\x83R\x82\x90R\x92\x81 3`\x01`\xA0\x1B4k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x02\x92\x90\x92\x17\x83U\x94\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x94\x17\x90\x94\x17\x90\x92U`\t\x80T\x92\x93\x92\x90\x91\x90a\x12\xAB\x90\x84\x90aW\xAFV[\x90\x91UP_\x90Pa\x12\xBD\x85`\x01a.\xD0V[`@\x80Q4\x81Rc\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x91\x92P`\x01`\x01`\xA0\x1B\x03\x88\x16\x913\x91`\xFF\x89\x16\x91\x7F\x96{\xE0bB\xD1\xCDN\x16I\xBA\x1D\xD1|\x96\xD2\xD5\x0C\xF9\x10\xF6\xF1\x02`\xE8W \xEC\xEA\xDB\x0F=\x91\x01`@Q\x80\x91\x03\x90\xA4PPPP\x91\x90PV[a\x13#\x86\x84a1\tV[_a\x1336\x88\x90\x03\x88\x01\x88aXyV[\x90P_a\x13E6\x86\x90\x03\x86\x01\x86aXyV[\x90Pa\x13~\x81`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x13\xE6W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x13\xF2\x83\x89\x89a1\xCAV[\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16a\x14\t\x83\x87\x87a1\xCAV[`\x01`\x01`\xA0\x1B\x03\x16\x14a\x14IW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x14\\\x81\x84` \x01Q\x85`@\x01Qa4TV[PPPPPPPPPV[_a\x14q\x82a8\x9BV[\x92\x91PPV[_\x81\x81R`\x07` \x90\x81R`@\x91\x82\x90 \x82Q`\xC0\x81\x01\x84R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83R`\x01`\xA0\x1B\x91\x82\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x95\x84\x01\x95\x90\x95R`\x01\x84\x01T\x80\x82\x16\x96\x84\x01\x96\x90\x96R\x94\x81\x90\x04\x90\x93\x16``\x82\x01R`\x02\x90\x91\x01T\x92\x83\x16`\x80\x82\x01\x81\x90R\x91\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x83\x01Ra\x156W`@Q\x7F\xA6D\xBD\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0F\xE2V[\x80`\xA0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x15\x90W`\xA0\x81\x01Q`@Q\x7F\x92\xEE\xE6\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[`\x80\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x08` R`@\x90 T`\x01\x81\x01a\x15\xE8W`@Q~\x84\xD2\x88\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x84\x90R`$\x01a\x0F\xE2V[_\x82``\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83` \x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x16\x19\x91\x90aW\xAFV[_\x85\x81R`\x07` R`@\x81 \x81\x81U`\x01\x81\x01\x91\x90\x91U`\x02\x01\x80T\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U\x90Pa\x16f\x81\x83aX/V[`\x80\x84\x01Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x08` R`@\x81 \x91\x90\x91U`\x0C\x80T\x83\x92\x90a\x16\x97\x90\x84\x90aX/V[\x92PP\x81\x90UP\x80`\x0B_\x82\x82Ta\x16\xAF\x91\x90aW\xAFV[\x90\x91UPP` \x83\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x17\x10W` \x80\x84\x01Q\x84Q`\x01`\x01`\xA0\x1B\x03\x16_\x90\x81R`\x06\x90\x92R`@\x82 \x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x92\x90\x91a\x17\n\x90\x84\x90aW\xAFV[\x90\x91UPP[``\x83\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x17vW\x82``\x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x06_\x85`@\x01Q`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82Ta\x17p\x91\x90aW\xAFV[\x90\x91UPP[`@Q\x84\x90\x7F\xF0<\xED\xD8J<[\xAB\xCB9\x1C\xFD\x19\xDB\xFA\xE9V\xFB`J\xB3\xAE6\xFE\xAB/\xF9\xD2\x17&\xE9+\x90_\x90\xA2PPPPV[a\x17\xB0\x84\x82a1\tV[_a\x17\xC06\x86\x90\x03\x86\x01\x86aXyV[\x90P_a\x17\xD26\x84\x90\x03\x84\x01\x84aXyV[\x90Pa\x17\xDD\x81a:xV[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x18vW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x18\x82\x83\x87\x87a1\xCAV[\x90P\x80`\x01`\x01`\xA0\x1B\x03\x16\x82`\xE0\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x14a\x18\xD3W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x18\xE6\x81\x84` \x01Q\x85`@\x01Qa4TV[PPPPPPPV[`\x02T_\x90a\x14q\x90\x83\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a;\xA1V[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a\x19OWP`\xFF\x81\x81\x16\x14[\x15a\x19\\WP_\x92\x91PPV[_a\x19h`\x01\x83aYLV[`@\x80Q``\x81\x01\x82R`\x02Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x80\x82\x16` \x85\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x92\x93P\x91`\x01`\xFF\x85\x16\x1B\x16\x16\x15a\x19\xE9WP_\x94\x93PPPPV[_a\x19\xF2a.\xC6V[\x90P_a\x19\xFE\x82a-qV[\x90P_a\x1A\x19\x82\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a;\xA1V[\x90P`\x01`\xFF\x86\x16\x1B\x81\x16_\x03a\x1A7WP_\x97\x96PPPPPPPV[_a\x1A\x94\x82\x87`\xFF\x16a\x1A\x84\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a<]V[\x90Pa\x1A\x9F\x84a=\xB7V[a\x1A\xB3\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16CaX/V[a\x1A\xE3c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aYeV[\x11\x15\x99\x98PPPPPPPPPV[a\x1A\xFB\x84a>\x12V[_a\x1B\x05\x85a8\x9BV[`\xFF\x81\x16_\x81\x81R` \x81\x90R`@\x90 `\x02T\x92\x93P\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x80a\x1BVWPa\x1BT\x81\x83\x88a>\xFEV[\x15[\x15a\x1B\xA2W`@Q\x7F\t\x0B2\xD1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`$\x82\x01R`D\x01a\x0F\xE2V[`\x01\x81\x01T_\x90a\x1B\xC3\x90\x88\x90\x88\x90\x88\x90\x88\x90`\x01`\x01`\xA0\x1B\x03\x16a?\xA0V[\x92PPP\x80\x15a\x1C\x0BW`@Q\x7F\xE4\xA9\xB2\xFB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_\x7F\xD8s\x9F\x9ASgm\xDC\x0FvksrK\x0C\x85q=Y\x83$D\xAD\x1A\xD5\x05\xC9\xD3\x8DLk\xF2\x88`@Q` \x01a\x1CR\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x1Cs\x81aC\x0EV[_a\x1C}\x89a-qV[`\xFF\x86\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x85\x16\x84R\x90\x91R\x81 T\x91\x92P\x90a\x1C\xB3\x90a\xFF\xFF\x16`\x01aY|V[`\xFF\x87\x16_\x81\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x88\x16\x84R\x82R\x91\x82\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16a\xFF\xFF\x86\x16\x90\x81\x17\x90\x91U\x91Q\x91\x82R\x92\x93Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16\x92\x7F-+/(\xC2\xEB\x80:\xEF\x1F\xBCD \xF2\x18\x85i!T\x10N\xB3\xF9\x91\x81\xCF\xB2O\x7Fr \x1A\x91\x01`@Q\x80\x91\x03\x90\xA3\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81a\xFF\xFF\x16\x10a\x1D\xBAWa\x1D}\x86\x86aC\x91V[a\x1D\xBA\x86`\x02\x85\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16__aE\x96V[PPPPPPPPPPV[_a\x1D\xD0\x82aI\xE5V[\x90P`\x02`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1D\xF4Wa\x1D\xF4aS\xDFV[\x14a\x1E;W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0F\xE2\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aY\x96V[`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x1E\x95W`\x02\x81\x01T`@Q\x7F\x15\xF3\xB7\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16`\x01`\xA0\x1B\x90\x92\x04\x16\x10\x15a\x1FJW\x80T`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16`\x04\x83\x01R`\x01`\xA0\x1B\x90\x92\x04\x90\x91\x16`$\x82\x01R`D\x01a\x0F\xE2V[`\x01\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1B\x17\x90U_a\x1F\x83a.\xC6V[\x90Pa\x1F\x90\x81`\x01aY\xA4V[`\x02\x83\x01\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16h\x01\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U`\xFF\x83\x16_\x90\x81R`\x04` R`@\x81 \x90a\x1F\xF3\x83a-qV[c\xFF\xFF\xFF\xFF\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\x16\x90U`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xFF\x88\x16\x81\x81\x1B\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x95\x86\x90\x04\x16\x92\x90\x92\x16\x90\x93\x02\x91\x90\x91\x17\x90\x92U\x7FM\xB3\x15Y)\x81\x8C\xC2\x93\x81\xAA1\xA1\xCCl\xB5I\xC4\xEFd\x8B+\xD3\xDE\xE6\xD7)v\x85p\xAE\xA9\x90a \xBA\x90\x86\x90a.\xD0V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xA2PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x08` R`@\x81 T_\x19\x81\x14a \xFEW\x80a!\0V[_[\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a!1WP`\xFF\x81\x81\x16\x14[\x15a!sW`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[a!\0`\x01\x82aYLV[_a!\x88\x82aI\xE5V[`\x01\x81\x81\x01T\x91\x92P`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x90\x81`\x04\x81\x11\x15a!\xAFWa!\xAFaS\xDFV[\x14\x15\x80\x15a!\xCFWP`\x02\x81`\x04\x81\x11\x15a!\xCCWa!\xCCaS\xDFV[\x14\x15[\x15a\"\x08W\x80`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0F\xE2\x91\x90aY\x96V[_`\x01\x82`\x04\x81\x11\x15a\"\x1DWa\"\x1DaS\xDFV[\x14a\";W`\x02a\",aJHV[a\"6\x91\x90aY\xC4V[a\"EV[a\"E\x84_a.\xD0V[`\x01\x84\x01\x80Tc\xFF\xFF\xFF\xFF\x83\x16u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17t\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P`\xFF\x84\x16\x7Ft\xFE\x07\xBF\xB2@\x06\r\xAE\x9EZx\xA9\xAD\xB4S\xAB\xB2<!\x1B\xDF7\xFD,zn\x80\xD2\xAB\x99\xAD\x82a\"\xD9\x81aJYV[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01`@Q\x80\x91\x03\x90\xA2PPPPV[_a#\x11\x82aJ\x94V[\x90P`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a#5Wa#5aS\xDFV[\x03a#|W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0F\xE2\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aY\x96V[\x80T_\x90a#\xA0\x904\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aW\xAFV[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x1AW`@Q\x7F\xDD#\xC3\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\x0F\xE2\x90` \x80\x82R`\x04\x90\x82\x01R\x7Fbond\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R``\x01\x90V[\x81T`\x01`\x01`\xA0\x1B\x03\x16`\x01`\xA0\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x82U`\t\x80T4\x91\x90_\x90a$Q\x90\x84\x90aW\xAFV[\x90\x91UPP`@\x80Q4\x81R` \x81\x01\x83\x90R`\xFF\x85\x16\x91\x7F\xE7i\xFAc5\xAD\xA1&\xA3\xFCF\x99\x1B+b\xC1d\xA8$>\x014\xCF%\x8FAe\xD6?P\x9B\xC9\x91\x01a \xCBV[`@Q\x7Fl\xED\x94}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R_\x90\x81\x90`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cl\xED\x94}\x90`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a%\x19W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a%=\x91\x90aY\xE0V[\x91P\x91P_a%U\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aK\x02V[\x90Pa%`\x81a>\x12V[__a%o\x83\x89\x89\x89_a?\xA0V[P\x91P\x91P\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a%\xD6W`@Q\x7F\x9A\xEE\n\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8B\x16`\x04\x83\x01R\x83\x16`$\x82\x01R`D\x01a\x0F\xE2V[_`\x01`\x01`\xA0\x1B\x03\x82\x16\x15a&\x15W`\x01`\x01`\xA0\x1B\x03\x82\x16_\x90\x81R`\x01` \x81\x90R`@\x90\x91 Ta&\x0E\x91\x90`\xFF\x16aYLV[\x90Pa&\x7FV[a&\x1E\x84a8\x9BV[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x90 \x90\x91Pa&=\x90\x82\x86a>\xFEV[a&\x7FW`@Q\x7F\x83\x9F\x95\xFC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_\x7FG\xC1K\x95_\xBF\x1B\x1F\x9F\xA2\xA8]j\\\xAA\x7F\xE55\xA8\x16\x03\xE3s\xF5\x07\x030\t\xC1\x90s\xA3\x8B`@Q` \x01a&\xC6\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa&\xE7\x81aC\x0EV[a'R\x82`\x01\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8A\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aE\x96V[PPPPPPPPPPPV[_a'i\x82aI\xE5V[\x90P`\x03`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a'\x8DWa'\x8DaS\xDFV[\x14\x15\x80\x15a'\xBBWP`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a'\xB8Wa'\xB8aS\xDFV[\x14\x15[\x15a(\x02W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\x0F\xE2\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aY\x96V[`\x01\x81\x01T_\x90a(1\x90u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aJYV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a(\x83W`@Q\x7Fw\x8C\xA1\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[\x81T`\x01\x80\x84\x01T`\x01`\x01`\xA0\x1B\x03\x90\x81\x16_\x90\x81R` \x83\x81R`@\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x90\x81\x17\x90\x91U\x81Q``\x81\x01\x83R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x83\x04\x91\x90\x91\x16\x84\x87\x01\x81\x90R\x94\x8E\x16\x8A\x81\x1B\x80\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x86\x04\x82\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x89\x8D\x01\x81\x90R\x92\x87\x16\x81\x16\x80\x8AR\x99\x90\x95\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x90\x98\x17\x94\x90\x94\x17\x93\x90\x93\x16\x95\x90\x95\x17\x83U\x93\x87R\x94\x86\x90R\x92\x85 \x85\x81U\x96\x87\x01\x85\x90U\x95\x90\x91\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U`\t\x80T`\x01`\xA0\x1B\x88\x04\x92\x90\x92\x16\x96\x94\x90\x94\x16\x94\x91\x93\x91\x92\x86\x92\x91a)\xFF\x90\x84\x90aX/V[\x90\x91UPP`@Q\x84\x81R`\x01`\x01`\xA0\x1B\x03\x84\x16\x90`\xFF\x89\x16\x90\x7F:-\xB7\xD21\\!b\xD4\xF4|)_QKZ\xAC\xF8E\x92\xE0$\xBCR\x98h\xAF\x8Dweg\xF7\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x18\xE6\x83\x85a.8V[`@\x80Qa\x01\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x91\x90\x91R`\xFF\x80\x83\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x81Qa\x01\0\x81\x01\x83R\x81T`\x01`\x01`\xA0\x1B\x03\x80\x82\x16\x83Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x92\x83\x90\x04\x16\x95\x83\x01\x95\x90\x95R`\x01\x83\x01T\x94\x85\x16\x93\x82\x01\x93\x90\x93R\x93\x94\x90\x92``\x85\x01\x92\x90\x04\x16`\x04\x81\x11\x15a+&Wa+&aS\xDFV[`\x04\x81\x11\x15a+7Wa+7aS\xDFV[\x81R`\x01\x82\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x04c\xFF\xFF\xFF\xFF\x16` \x83\x01Ry\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`@\x82\x01R`\x02\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16``\x84\x01Rh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x16`\x80\x90\x91\x01R\x90P_a+\xC3aJHV[\x90P_`\x03\x83``\x01Q`\x04\x81\x11\x15a+\xDEWa+\xDEaS\xDFV[\x14\x80a+\xFFWP`\x04\x83``\x01Q`\x04\x81\x11\x15a+\xFDWa+\xFDaS\xDFV[\x14[\x90P`@Q\x80a\x01\x80\x01`@R\x80\x84_\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84` \x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`@\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84``\x01Q`\x04\x81\x11\x15a,`Wa,`aS\xDFV[\x81R` \x01a,\x9B\x87`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x90\x92\x16\x91\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[\x15\x15\x81R`\xFF\x87\x16_\x90\x81R`\x04` \x90\x81R`@\x80\x83 c\xFF\xFF\xFF\xFF\x80\x89\x16\x80\x86R\x91\x84R\x93\x82\x90 Ta\xFF\xFF\x16\x92\x85\x01\x92\x90\x92R\x83\x01R`\x80\x80\x87\x01Q\x90\x91\x16``\x83\x01R\x01\x82a,\xEEW_a,\xFBV[a,\xFB\x85`\x80\x01QaJYV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xC0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xA0\x01Qf\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x84`\xE0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x93PPPP\x91\x90PV[_a\x14q\x82aK\x02V[_a\x14q\x82a=\xB7V[_a\x14q\x82[_a\x14qc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aZ\x18V[_\x81\x84\x84`@Q` \x01a-\xC0\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1Ca-\xE2\x91\x90aW\xEFV[\x94\x93PPPPV[_\x80[\x83\x82\x1C\x15a.)W`\x01\x82\x1B\x84\x16\x15a.\x19W\x82\x81\x03a.\rWPa\x14qV[a.\x16\x81aZGV[\x90P[a.\"\x82aZGV[\x91Pa-\xEDV[a.1aZ_V[P\x92\x91PPV[_\x82`\x01`\x01`\xA0\x1B\x03\x16\x82`@Q_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a.\x81W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a.\x86V[``\x91P[PP\x90P\x80a.\xC1W`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPV[_a\x0FCCaK\x02V[_`\x02a.\xDBaJHV[a.\xE5\x91\x90aY\xC4V[`\x02T\x90\x91Px\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15a/|W`\x03_a/&`\x01\x85aX/V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x81\x16\x82Rd\x01\0\0\0\0\x90\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Ra/\x90V[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01R[\x90P`\x01`\xFF\x86\x16\x1B_\x85a/\xACW\x81\x19\x83` \x01Q\x16a/\xB4V[\x81\x83` \x01Q\x17[\x90P\x83\x15\x80\x15\x90a/\xD3WP\x84c\xFF\xFF\xFF\xFF\x16\x83_\x01Qc\xFF\xFF\xFF\xFF\x16\x14[\x15a0IW\x80`\x03_a/\xE7`\x01\x88aX/V[\x81R` \x01\x90\x81R` \x01_ _\x01`\x04a\x01\0\n\x81T\x81{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa0\xFFV[`@\x80Q\x80\x82\x01\x82Rc\xFF\xFF\xFF\xFF\x80\x88\x16\x82R{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16` \x80\x85\x01\x91\x82R_\x8A\x81R`\x03\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16d\x01\0\0\0\0\x02\x92\x16\x91\x90\x91\x17\x90Ua0\xB0\x84`\x01aW\xAFV[`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U[PPPP\x92\x91PPV[a1\x19`@\x82\x01` \x83\x01aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a13`@\x84\x01` \x85\x01aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a1|WPa1U``\x82\x01`@\x83\x01aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a1o``\x84\x01`@\x85\x01aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a1\x8FWP\x80``\x015\x82``\x015\x14\x15[\x15a1\xC6W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPV[__\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a3\x1EW`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R`\x01`\x01`\xA0\x1B\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 a3@V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[\x90P_a3\xB8\x82a3~\x88`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x90P_a3\xFA\x82\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPaK\xA5\x92PPPV[P\x90\x94P\x90P_\x81`\x03\x81\x11\x15a4\x13Wa4\x13aS\xDFV[\x14a4JW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x93\x92PPPV[`\x01`\x01`\xA0\x1B\x03\x83\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x80\x15\x80a4~WP`\xFF\x81\x81\x16\x14[\x15a4\xC0W`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x85\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_a4\xCC`\x01\x83aYLV[\x90Pa4\xD6a.\xC6V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a5/W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a5ia5d\x85`\x01aY\xA4V[a=\xB7V[a5s\x91\x90aY\xA4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a5\xC1W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[`\x01`\xFF\x82\x16\x1Ba5\xD4a\x03\xB1\x85a-qV[\x16_\x03a6\"W`@Q\x7F\xB2\x1F\xD2M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R`D\x01a\x0F\xE2V[`@\x80Q\x7F\x92\x0Bbs0H\xD3c9l\x99\xC8\xA7Gc\xE8h\x03\xC8\xE9\x0C9\\\x8D\x0B\xDB\xAC\x8F\xDA\x18\x15Q` \x82\x01R`\x01`\x01`\xA0\x1B\x03\x87\x16\x91\x81\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa6\x93\x81aC\x0EV[`\xFF\x82\x16_\x90\x81R` \x81\x81R`@\x80\x83 `\x01`\x01`\xA0\x1B\x03\x8A\x16\x84R`\x08\x90\x92R\x90\x91 T`\x01\x81\x01a6\xC5WP_[\x80\x15a7AW`\x01`\x01`\xA0\x1B\x03\x88\x16_\x90\x81R`\x08` R`@\x81 _\x19\x90U`\x0C\x80T\x83\x92\x90a6\xF8\x90\x84\x90aX/V[\x90\x91UPP`@Q\x81\x81R`\x01`\x01`\xA0\x1B\x03\x89\x16\x90`\xFF\x86\x16\x90\x7F\xFD\xAFa\xB6\x85\x85%\xBC\xD5\x94\xFBn\xB5x\xDF\xC4\xCA\x86I\x84\xA8\rT\x99)\xFA\xB8\xC9\xD5\x04\x08I\x90` \x01`@Q\x80\x91\x03\x90\xA3[\x81T_\x90a7e\x90\x83\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aW\xAFV[\x90P_a'\x10a7\x99a\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aYeV[a7\xA3\x91\x90aZ\x8CV[\x84T`\t\x80T\x92\x93P`\x01`\xA0\x1B\x90\x91\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91_\x90a7\xD0\x90\x84\x90aX/V[\x90\x91UPP\x83T`\x01`\x01`\xA0\x1B\x03\x16\x84Ua7\xEC\x81\x83aX/V[`\n_\x82\x82Ta7\xFC\x91\x90aW\xAFV[\x92PP\x81\x90UP\x80`\x0B_\x82\x82Ta8\x14\x91\x90aW\xAFV[\x90\x91UPP\x80\x15a8CW3_\x90\x81R`\x06` R`@\x81 \x80T\x83\x92\x90a8=\x90\x84\x90aW\xAFV[\x90\x91UPP[\x84_`@\x80Q3\x81R` \x81\x01\x86\x90R\x90\x81\x01\x84\x90R_``\x82\x01R`\xFF\x89\x16\x90\x7F\xA5\x13o\x82\xD7\x17\xA3H%``\xFA1\xFAnW\xA2!\xB8\x01g\xBAL\xCD\xA25\x8C\x9C\xC79v;\x90`\x80\x01`@Q\x80\x91\x03\x90\xA4a\x1D\xBA\x86\x85aK\xEEV[__a8\xA6\x83a-qV[\x90P_a8\xB2\x82a\x18\xEFV[\x90P_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80_\x03a:\x13W`@Q\x7F\x97\xB2`\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[a:o\x82a\x0ELa:^\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85a-\xA2V[\x95\x94PPPPPV[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a;4W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a;X\x91\x90aZ\x9FV[\x14a\x0F7W` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_\x81[\x80\x15a<TW_`\x03\x81a;\xB9`\x01\x85aX/V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rd\x01\0\0\0\0\x90\x92\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x90\x92P\x90\x86\x16\x10a<CW` \x01Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91Pa\x14q\x90PV[Pa<M\x81aZ\xB6V[\x90Pa;\xA4V[P_\x93\x92PPPV[_\x80`\x01\x86\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x86\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80a=\x84\x85\x85\x84a-\xA2V[\x82a=\x8F\x89\x89aM}V[a=\x99\x91\x90aW\xAFV[a=\xA3\x91\x90aX/V[a=\xAD\x91\x90aW\xEFV[\x96\x95PPPPPPV[_a=\xE8c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aZ\xCBV[a\x14q\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aY\xA4V[a>\x1Aa.\xC6V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a>qW`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a>\xA6a5d\x83`\x01aY\xA4V[a>\xB0\x91\x90aY\xA4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x0F7W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[`\x02\x83\x01T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x83\x16\x10\x15a?-WP_a!\0V[`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x85\x16\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x15\x80a-\xE2WP`\x01\x84\x01Tf\xFF\xFF\xFF\xFF\xFF\xFF\xFFy\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x10\x90P\x93\x92PPPV[____\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01`\x01`\xA0\x1B\x03\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a@\0W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a@$\x91\x90aZ\xEEV[\x90P\x85_\x81\x90\x03a@\x81Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a@qW`@Q\x7F\xD2\xCFBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___\x94P\x94P\x94PPPaC\x03V[_[\x81\x81\x10\x15aA\xABW_\x89\x89\x83\x81\x81\x10a@\x9EWa@\x9EaX\x02V[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90a@\xB5\x91\x90aXyV[\x90Pa@\xCB\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16aW\xAFV[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14aA\x14W`@Q\x7F\x01\xA2\xB8N\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x0F\xE2V[aA\x1D\x81a:xV[\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15aACWPaA\xA3V[\x80`\xC0\x01Q\x96P\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15aA}WP`\xE0\x81\x01Q`\x01`\x01`\xA0\x1B\x03\x16\x15\x15[\x15aA\xA1W`\xE0\x81\x01Q\x95P`\x01`\x01`\xA0\x1B\x03\x80\x89\x16\x90\x87\x16\x03aA\xA1W`\x01\x94P[P[`\x01\x01a@\x83V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x15\x80\x15\x90aB\x03WP\x89g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x88_\x81\x81\x10aA\xDDWaA\xDDaX\x02V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90aA\xF6\x91\x90aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15aBFW`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x8Ag\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aBg\x91\x90aW\xAFV[\x14\x15\x80\x15aB\xBDWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x88\x88aB\x88`\x01\x85aX/V[\x81\x81\x10aB\x97WaB\x97aX\x02V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90aB\xB0\x91\x90aP\xBEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15aC\0W`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[PP[\x95P\x95P\x95\x92PPPV[_\x81\x81R`\x05` R`@\x90 T`\xFF\x16\x15aCYW`@Q\x7F\xEA\x036\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\x0F\xE2V[_\x90\x81R`\x05` R`@\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UV[`\x02\x80T`\x01`\xFF\x85\x16\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x84\x04\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90UaC\xF1a.\xC6V[`\x01\x82\x01\x80Tf\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16y\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02x\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90UaDrc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16CaY\xA4V[`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x80\x82\x01Tu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01\x83\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aD\xF3WaD\xF3aS\xDFV[\x03aEFWaE\x02\x83_a.\xD0V[`\x01\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P[`\x02\x82\x01T`@\x80Qc\xFF\xFF\xFF\xFF\x84\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16` \x83\x01R`\xFF\x85\x16\x91\x7F\x014mo\xC7A\xD2\x81%\x86\xFE\xBE\xAD\x80C\xA0\xD4\xA1\xF2\x7F?\x91W\xE4 {\xC5\x1B\xD8_\xBF\x1F\x91\x01a \xCBV[`\xFF\x86\x16_\x90\x81R` \x81\x90R`@\x81 \x80T\x90\x91\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x10aE\xE3W\x81T`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aE\xE5V[\x84[\x90P_a'\x10aF\x19a\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aYeV[aF#\x91\x90aZ\x8CV[\x90P_\x81\x85\x10aF3W\x81aF5V[\x84[\x90P_aFB\x82\x84aX/V[\x85T\x90\x91P\x84\x90\x86\x90`\x14\x90aFn\x90\x84\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a[\tV[\x92Pa\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x83`\t_\x82\x82TaF\xAD\x91\x90aX/V[\x90\x91UPaF\xBD\x90P\x83\x85aX/V[`\n_\x82\x82TaF\xCD\x91\x90aW\xAFV[\x90\x91UP\x89\x90P\x8A`\x02\x81\x11\x15aF\xE6WaF\xE6aS\xDFV[`@\x80Q3\x81R` \x81\x01\x88\x90R\x90\x81\x01\x84\x90R``\x81\x01\x85\x90R`\xFF\x8E\x16\x90\x7F\xA5\x13o\x82\xD7\x17\xA3H%``\xFA1\xFAnW\xA2!\xB8\x01g\xBAL\xCD\xA25\x8C\x9C\xC79v;\x90`\x80\x01`@Q\x80\x91\x03\x90\xA4\x82_\x03aGDWPPPPPaI\xDDV[`\x01\x85\x01T`\x01`\x01`\xA0\x1B\x03\x16_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aG\x90aG\x85a.\xC6V[a5d\x90`\x01aY\xA4V[aG\x9A\x91\x90aY\xA4V[\x90P`@Q\x80`\xC0\x01`@R\x80\x8A`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x85k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x013`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x84k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP`\x07_\x8D\x81R` \x01\x90\x81R` \x01_ _\x82\x01Q\x81_\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP` \x82\x01Q\x81_\x01`\x14a\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`@\x82\x01Q\x81`\x01\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP``\x82\x01Q\x81`\x01\x01`\x14a\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP`\x80\x82\x01Q\x81`\x02\x01_a\x01\0\n\x81T\x81`\x01`\x01`\xA0\x1B\x03\x02\x19\x16\x90\x83`\x01`\x01`\xA0\x1B\x03\x16\x02\x17\x90UP`\xA0\x82\x01Q\x81`\x02\x01`\x14a\x01\0\n\x81T\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x90PP\x84`\x08_\x84`\x01`\x01`\xA0\x1B\x03\x16`\x01`\x01`\xA0\x1B\x03\x16\x81R` \x01\x90\x81R` \x01_ _\x82\x82TaIn\x91\x90aW\xAFV[\x92PP\x81\x90UP\x84`\x0C_\x82\x82TaI\x86\x91\x90aW\xAFV[\x90\x91UPP`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x81R`\x01`\x01`\xA0\x1B\x03\x83\x16\x90\x8C\x90\x7F\x1B63\x18d\x08\x0E.\xEFo\xDE#\t;\xF6\xDB\xC8\x1C&\xD7!.\xA7\x18\x9D\xA2\xDD\x02\xBF\xDA\xFBD\x90` \x01`@Q\x80\x91\x03\x90\xA3PPPPPPP[PPPPPPV[_aI\xEF\x82aJ\x94V[\x80T\x90\x91P`\x01`\x01`\xA0\x1B\x03\x163\x14aJCW\x80T`@Q\x7F$Z\xEC\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x01`\x01`\xA0\x1B\x03\x90\x91\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[\x91\x90PV[_a\x0FCaJTa.\xC6V[a-qV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16aJ\x8A\x83aOlV[a\x14q\x91\x90aY\xA4V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x81 \x90`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aJ\xC6WaJ\xC6aS\xDFV[\x03aJCW`@Q\x7F\xB3\xD2\0t\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01R`$\x01a\x0F\xE2V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x10aK\x9EWc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aK\x8Fg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aX/V[aK\x99\x91\x90aZ\x8CV[a\x14qV[_\x92\x91PPV[___\x83Q`A\x03aK\xDCW` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1AaK\xCE\x88\x82\x85\x85aO\xD6V[\x95P\x95P\x95PPPPaK\xE7V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[`\x01\x81\x01T`\xFF`\x01`\xA0\x1B\x90\x91\x04\x16aL4\x83`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x90\x92\x16\x91\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[aLiWaL@a.\xC6V[\x82`\x01\x01`\x19a\x01\0\n\x81T\x81f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83f\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP[`\x02\x80T`\x01`\xFF\x86\x16\x81\x90\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85\x04\x92\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90\x91U\x82\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x81`\x04\x81\x11\x15aM\x1AWaM\x1AaS\xDFV[\x03aMPWaM)\x83_a.\xD0V[\x82`\x01\x01`\x15a\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPPV[`\x02\x81`\x04\x81\x11\x15aMdWaMdaS\xDFV[\x03a.\xC1W`\x02aMsaJHV[aM)\x91\x90aY\xC4V[_a!\0aM\x8E`\x01\x80\x85\x1BaX/V[\x84\x16_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03\x91P`\x02\x82\x90\x1C\x7F33333333333333333333333333333333\x16\x82\x7F33333333333333333333333333333333\x16\x01\x91P`\x04\x82\x90\x1C\x82\x01\x7F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16\x91P`\x08\x82\x90\x1C~\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\x16\x82~\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\x16\x01\x91P`\x10\x82\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x16\x82}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x16\x01\x91P` \x82\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x16\x82{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x16\x01\x91P`@\x82\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x01\x91P`\x80\x82\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x16\x83\x16\x01\x90P\x91\x90PV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x83c\xFF\xFF\xFF\xFF\x16aO\xCC\x91\x90aZ\xCBV[a=\xE8\x91\x90aZ\xCBV[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15aP\x0FWP_\x91P`\x03\x90P\x82aP\x94V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15aP`W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PP`\x01`\x01`\xA0\x1B\x03\x81\x16aP\x8BWP_\x92P`\x01\x91P\x82\x90PaP\x94V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0F7W__\xFD[\x805aJC\x81aP\x9EV[_` \x82\x84\x03\x12\x15aP\xCEW__\xFD[\x815a!\0\x81aP\x9EV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aQ\x13W\x83Q`\xFF\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aP\xF2V[P\x90\x95\x94PPPPPV[`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x0F7W__\xFD[\x805aJC\x81aQ\x1EV[_` \x82\x84\x03\x12\x15aQMW__\xFD[\x815a!\0\x81aQ\x1EV[_a\x01\0\x82\x84\x03\x12\x15aQiW__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12aQ\x7FW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ\x96W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aQ\xADW__\xFD[\x92P\x92\x90PV[______a\x02@\x87\x89\x03\x12\x15aQ\xCAW__\xFD[aQ\xD4\x88\x88aQXV[\x95Pa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aQ\xF0W__\xFD[aQ\xFC\x89\x82\x8A\x01aQoV[\x90\x96P\x94PaR\x11\x90P\x88a\x01 \x89\x01aQXV[\x92Pa\x02 \x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aR-W__\xFD[aR9\x89\x82\x8A\x01aQoV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[_` \x82\x84\x03\x12\x15aR[W__\xFD[P5\x91\x90PV[____a\x02 \x85\x87\x03\x12\x15aRvW__\xFD[aR\x80\x86\x86aQXV[\x93Pa\x01\0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aR\x9CW__\xFD[aR\xA8\x87\x82\x88\x01aQoV[\x90\x94P\x92PaR\xBD\x90P\x86a\x01 \x87\x01aQXV[\x90P\x92\x95\x91\x94P\x92PV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14aJCW__\xFD[_` \x82\x84\x03\x12\x15aR\xEBW__\xFD[a!\0\x82aR\xC8V[____``\x85\x87\x03\x12\x15aS\x07W__\xFD[\x845aS\x12\x81aP\x9EV[\x93P` \x85\x015aS\"\x81aP\x9EV[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aS=W__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aSMW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aScW__\xFD[\x87` \x82`\x08\x1B\x84\x01\x01\x11\x15aSwW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[\x805`\xFF\x81\x16\x81\x14aJCW__\xFD[_` \x82\x84\x03\x12\x15aS\xA5W__\xFD[a!\0\x82aS\x85V[__`@\x83\x85\x03\x12\x15aS\xBFW__\xFD[aS\xC8\x83aS\x85V[\x91PaS\xD6` \x84\x01aR\xC8V[\x90P\x92P\x92\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10aTAW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[\x81Q`\x01`\x01`\xA0\x1B\x03\x16\x81Ra\x01\x80\x81\x01` \x83\x01QaTv` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaT\x91`@\x84\x01\x82`\x01`\x01`\xA0\x1B\x03\x16\x90RV[P``\x83\x01QaT\xA4``\x84\x01\x82aT\x0CV[P`\x80\x83\x01QaT\xB8`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01QaT\xCE`\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaT\xE6`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaT\xFE`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaU\x1Ca\x01\0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaU:a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaUXa\x01@\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa.1a\x01`\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x02@\x81\x01` \x83\x01QaU\xA8` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaU\xBD`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01QaU\xD5``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaU\xED`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaV\x05`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaV\x1D`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaV5`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaVOa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaVia\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaV\x81a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01QaV\x9Ba\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaV\xBDa\x01\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaV\xDFa\x01\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01QaW\x01a\x01\xC0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xE0\x83\x01QaW\x19a\x01\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02\0\x83\x01QaW;a\x02\0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02 \x83\x01Qa.1a\x02 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x14qWa\x14qaW\x82V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aW\xFDWaW\xFDaW\xC2V[P\x06\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x14qWa\x14qaW\x82V[_`\xFF\x82\x16`\xFF\x81\x03aXWWaXWaW\x82V[`\x01\x01\x92\x91PPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[_a\x01\0\x82\x84\x03\x12\x80\x15aX\x8BW__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aX\xD5W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@RaX\xE1\x83aP\xB3V[\x81RaX\xEF` \x84\x01aP\xB3V[` \x82\x01RaY\0`@\x84\x01aP\xB3V[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01RaY/`\xC0\x84\x01aP\xB3V[`\xC0\x82\x01RaY@`\xE0\x84\x01aQ2V[`\xE0\x82\x01R\x93\x92PPPV[`\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x14qWa\x14qaW\x82V[a\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[` \x81\x01a\x14q\x82\x84aT\x0CV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x14qWa\x14qaW\x82V[__`@\x83\x85\x03\x12\x15aY\xF1W__\xFD[\x82QaY\xFC\x81aP\x9EV[` \x84\x01Q\x90\x92PaZ\r\x81aQ\x1EV[\x80\x91PP\x92P\x92\x90PV[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80aZ1WaZ1aW\xC2V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[__\x19\x82\x03aZXWaZXaW\x82V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x01`\x04R`$_\xFD[_\x82aZ\x9AWaZ\x9AaW\xC2V[P\x04\x90V[_` \x82\x84\x03\x12\x15aZ\xAFW__\xFD[PQ\x91\x90PV[_\x81aZ\xC4WaZ\xC4aW\x82V[P_\x19\x01\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a.1Wa.1aW\x82V[_` \x82\x84\x03\x12\x15aZ\xFEW__\xFD[\x81Qa!\0\x81aP\x9EV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x14qWa\x14qaW\x82V",
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
    /**Event with signature `PayoutEscrowed(bytes32,address,uint64)` and selector `0x1b36331864080e2eef6fde23093bf6dbc81c26d7212ea7189da2dd02bfdafb44`.
    ```solidity
    event PayoutEscrowed(bytes32 indexed evidence, address indexed offender, uint64 releaseAt);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct PayoutEscrowed {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub offender: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub releaseAt: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for PayoutEscrowed {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "PayoutEscrowed(bytes32,address,uint64)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                27u8, 54u8, 51u8, 24u8, 100u8, 8u8, 14u8, 46u8, 239u8, 111u8, 222u8, 35u8, 9u8, 59u8, 246u8,
                219u8, 200u8, 28u8, 38u8, 215u8, 33u8, 46u8, 167u8, 24u8, 157u8, 162u8, 221u8, 2u8, 191u8,
                218u8, 251u8, 68u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { evidence: topics.1, offender: topics.2, releaseAt: data.0 }
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
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.releaseAt,
                ),)
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.evidence.clone(), self.offender.clone())
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
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                        &self.offender,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for PayoutEscrowed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&PayoutEscrowed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &PayoutEscrowed) -> alloy_sol_types::private::LogData {
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
    /**Event with signature `Slashed(uint8,uint8,bytes32,address,uint256,uint256,uint256)` and selector `0xa5136f82d717a348256060fa31fa6e57a221b80167ba4ccda2358c9cc739763b`.
    ```solidity
    event Slashed(uint8 indexed id, ISequencerRegistry.Fault indexed fault, bytes32 indexed evidence, address reporter, uint256 penalty, uint256 bounty, uint256 compensation);
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
        pub reporter: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub penalty: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub bounty: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub compensation: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for Slashed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<256>,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                ISequencerRegistry::Fault,
                alloy::sol_types::sol_data::FixedBytes<32>,
            );
            const SIGNATURE: &'static str = "Slashed(uint8,uint8,bytes32,address,uint256,uint256,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                165u8, 19u8, 111u8, 130u8, 215u8, 23u8, 163u8, 72u8, 37u8, 96u8, 96u8, 250u8, 49u8, 250u8,
                110u8, 87u8, 162u8, 33u8, 184u8, 1u8, 103u8, 186u8, 76u8, 205u8, 162u8, 53u8, 140u8, 156u8,
                199u8, 57u8, 118u8, 59u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    id: topics.1,
                    fault: topics.2,
                    evidence: topics.3,
                    reporter: data.0,
                    penalty: data.1,
                    bounty: data.2,
                    compensation: data.3,
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
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.reporter,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.penalty,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.bounty,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.compensation,
                    ),
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
    constructor(ISequencerRegistry.Params p);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (value.p,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { p: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (ISequencerRegistry::Params,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ISequencerRegistry::Params as alloy_sol_types::SolType>::tokenize(&self.p),)
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
    /**Function with signature `escrowOf(bytes32)` and selector `0x83a265a7`.
    ```solidity
    function escrowOf(bytes32 evidence) external view returns (ISequencerRegistry.Escrow memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowOfCall {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`escrowOf(bytes32)`](escrowOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escrowOfReturn {
        #[allow(missing_docs)]
        pub _0: <ISequencerRegistry::Escrow as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<escrowOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: escrowOfCall) -> Self {
                    (value.evidence,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { evidence: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ISequencerRegistry::Escrow,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<ISequencerRegistry::Escrow as alloy::sol_types::SolType>::RustType,);
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
            impl ::core::convert::From<escrowOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: escrowOfReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escrowOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for escrowOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = <ISequencerRegistry::Escrow as alloy::sol_types::SolType>::RustType;
            type ReturnTuple<'a> = (ISequencerRegistry::Escrow,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "escrowOf(bytes32)";
            const SELECTOR: [u8; 4] = [131u8, 162u8, 101u8, 167u8];
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
                (<ISequencerRegistry::Escrow as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: escrowOfReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: escrowOfReturn = r.into();
                        r._0
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
    /**Function with signature `isEligiblePoster(address)` and selector `0x7978251d`.
    ```solidity
    function isEligiblePoster(address signer) external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEligiblePosterCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`isEligiblePoster(address)`](isEligiblePosterCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct isEligiblePosterReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            impl ::core::convert::From<isEligiblePosterCall> for UnderlyingRustTuple<'_> {
                fn from(value: isEligiblePosterCall) -> Self {
                    (value.signer,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEligiblePosterCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0 }
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
            impl ::core::convert::From<isEligiblePosterReturn> for UnderlyingRustTuple<'_> {
                fn from(value: isEligiblePosterReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for isEligiblePosterReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for isEligiblePosterCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "isEligiblePoster(address)";
            const SELECTOR: [u8; 4] = [121u8, 120u8, 37u8, 29u8];
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
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: isEligiblePosterReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: isEligiblePosterReturn = r.into();
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
    /**Function with signature `releasePayout(bytes32)` and selector `0x66529888`.
    ```solidity
    function releasePayout(bytes32 evidence) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releasePayoutCall {
        #[allow(missing_docs)]
        pub evidence: alloy::sol_types::private::FixedBytes<32>,
    }
    ///Container type for the return parameters of the [`releasePayout(bytes32)`](releasePayoutCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct releasePayoutReturn {}
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
            impl ::core::convert::From<releasePayoutCall> for UnderlyingRustTuple<'_> {
                fn from(value: releasePayoutCall) -> Self {
                    (value.evidence,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for releasePayoutCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { evidence: tuple.0 }
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
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = releasePayoutReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "releasePayout(bytes32)";
            const SELECTOR: [u8; 4] = [102u8, 82u8, 152u8, 136u8];
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
    /**Function with signature `scheduleOf(uint64)` and selector `0x01e7d8d8`.
    ```solidity
    function scheduleOf(uint64 slot) external view returns (uint8[] memory order);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct scheduleOfCall {
        #[allow(missing_docs)]
        pub slot: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`scheduleOf(uint64)`](scheduleOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct scheduleOfReturn {
        #[allow(missing_docs)]
        pub order: alloy::sol_types::private::Vec<u8>,
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
            impl ::core::convert::From<scheduleOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: scheduleOfCall) -> Self {
                    (value.slot,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for scheduleOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { slot: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<8>>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Vec<u8>,);
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
            impl ::core::convert::From<scheduleOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: scheduleOfReturn) -> Self {
                    (value.order,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for scheduleOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { order: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for scheduleOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Vec<u8>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<8>>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "scheduleOf(uint64)";
            const SELECTOR: [u8; 4] = [1u8, 231u8, 216u8, 216u8];
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
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<8>,
                    > as alloy_sol_types::SolType>::tokenize(ret),
                )
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: scheduleOfReturn = r.into();
                    r.order
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: scheduleOfReturn = r.into();
                        r.order
                    },
                )
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
        currentSlot(currentSlotCall),
        #[allow(missing_docs)]
        epochOf(epochOfCall),
        #[allow(missing_docs)]
        epochSeed(epochSeedCall),
        #[allow(missing_docs)]
        escrowOf(escrowOfCall),
        #[allow(missing_docs)]
        escrowedAgainst(escrowedAgainstCall),
        #[allow(missing_docs)]
        faultProven(faultProvenCall),
        #[allow(missing_docs)]
        genesisBlock(genesisBlockCall),
        #[allow(missing_docs)]
        inbox(inboxCall),
        #[allow(missing_docs)]
        isEligiblePoster(isEligiblePosterCall),
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
        register(registerCall),
        #[allow(missing_docs)]
        releasePayout(releasePayoutCall),
        #[allow(missing_docs)]
        reportMissedSlot(reportMissedSlotCall),
        #[allow(missing_docs)]
        requestExit(requestExitCall),
        #[allow(missing_docs)]
        scheduleOf(scheduleOfCall),
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
            [1u8, 231u8, 216u8, 216u8],
            [6u8, 192u8, 232u8, 65u8],
            [51u8, 89u8, 99u8, 46u8],
            [64u8, 137u8, 177u8, 112u8],
            [68u8, 32u8, 228u8, 134u8],
            [68u8, 217u8, 110u8, 149u8],
            [76u8, 220u8, 156u8, 99u8],
            [84u8, 230u8, 36u8, 25u8],
            [88u8, 61u8, 35u8, 244u8],
            [102u8, 82u8, 152u8, 136u8],
            [104u8, 116u8, 115u8, 245u8],
            [105u8, 126u8, 32u8, 86u8],
            [109u8, 166u8, 29u8, 30u8],
            [117u8, 229u8, 177u8, 93u8],
            [121u8, 120u8, 37u8, 29u8],
            [131u8, 162u8, 101u8, 167u8],
            [146u8, 76u8, 62u8, 125u8],
            [150u8, 140u8, 55u8, 236u8],
            [160u8, 132u8, 25u8, 227u8],
            [164u8, 44u8, 225u8, 91u8],
            [179u8, 120u8, 85u8, 200u8],
            [183u8, 111u8, 27u8, 234u8],
            [197u8, 98u8, 145u8, 79u8],
            [197u8, 241u8, 17u8, 1u8],
            [198u8, 171u8, 93u8, 144u8],
            [204u8, 208u8, 114u8, 118u8],
            [207u8, 240u8, 171u8, 150u8],
            [208u8, 177u8, 213u8, 18u8],
            [216u8, 145u8, 53u8, 205u8],
            [234u8, 245u8, 175u8, 206u8],
            [249u8, 22u8, 130u8, 49u8],
            [250u8, 105u8, 68u8, 188u8],
            [250u8, 219u8, 71u8, 104u8],
            [251u8, 14u8, 114u8, 43u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(scheduleOf),
            ::core::stringify!(withdrawPayout),
            ::core::stringify!(currentSlot),
            ::core::stringify!(totalPayouts),
            ::core::stringify!(register),
            ::core::stringify!(totalBonded),
            ::core::stringify!(genesisBlock),
            ::core::stringify!(slashEquivocation),
            ::core::stringify!(leaderOf),
            ::core::stringify!(releasePayout),
            ::core::stringify!(slashRecordConflict),
            ::core::stringify!(membersAt),
            ::core::stringify!(payoutOf),
            ::core::stringify!(faultProven),
            ::core::stringify!(isEligiblePoster),
            ::core::stringify!(escrowOf),
            ::core::stringify!(reportMissedSlot),
            ::core::stringify!(unjail),
            ::core::stringify!(escrowedAgainst),
            ::core::stringify!(strikesIn),
            ::core::stringify!(operatorIdOf),
            ::core::stringify!(requestExit),
            ::core::stringify!(topUp),
            ::core::stringify!(slashCensorship),
            ::core::stringify!(withdraw),
            ::core::stringify!(operator),
            ::core::stringify!(params),
            ::core::stringify!(slotAt),
            ::core::stringify!(totalBurned),
            ::core::stringify!(epochSeed),
            ::core::stringify!(totalEscrowed),
            ::core::stringify!(slotStartBlock),
            ::core::stringify!(epochOf),
            ::core::stringify!(inbox),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <scheduleOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawPayoutCall as alloy_sol_types::SolCall>::SIGNATURE,
            <currentSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalPayoutsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalBondedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <genesisBlockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashEquivocationCall as alloy_sol_types::SolCall>::SIGNATURE,
            <leaderOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <releasePayoutCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashRecordConflictCall as alloy_sol_types::SolCall>::SIGNATURE,
            <membersAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <payoutOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <faultProvenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isEligiblePosterCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escrowOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reportMissedSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unjailCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escrowedAgainstCall as alloy_sol_types::SolCall>::SIGNATURE,
            <strikesInCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorIdOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestExitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <topUpCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashCensorshipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paramsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalBurnedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <epochSeedCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 34usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::currentSlot(_) => <currentSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::epochOf(_) => <epochOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::epochSeed(_) => <epochSeedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escrowOf(_) => <escrowOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escrowedAgainst(_) => <escrowedAgainstCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::faultProven(_) => <faultProvenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::genesisBlock(_) => <genesisBlockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::inbox(_) => <inboxCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::isEligiblePoster(_) => <isEligiblePosterCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::leaderOf(_) => <leaderOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::membersAt(_) => <membersAtCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::operator(_) => <operatorCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::operatorIdOf(_) => <operatorIdOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::params(_) => <paramsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::payoutOf(_) => <payoutOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::register(_) => <registerCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::releasePayout(_) => <releasePayoutCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::reportMissedSlot(_) => <reportMissedSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::requestExit(_) => <requestExitCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::scheduleOf(_) => <scheduleOfCall as alloy_sol_types::SolCall>::SELECTOR,
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
                    fn scheduleOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <scheduleOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::scheduleOf)
                    }
                    scheduleOf
                },
                {
                    fn withdrawPayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <withdrawPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::withdrawPayout)
                    }
                    withdrawPayout
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
                    fn leaderOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <leaderOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::leaderOf)
                    }
                    leaderOf
                },
                {
                    fn releasePayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <releasePayoutCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::releasePayout)
                    }
                    releasePayout
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
                    fn faultProven(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <faultProvenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::faultProven)
                    }
                    faultProven
                },
                {
                    fn isEligiblePoster(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <isEligiblePosterCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::isEligiblePoster)
                    }
                    isEligiblePoster
                },
                {
                    fn escrowOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <escrowOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::escrowOf)
                    }
                    escrowOf
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
                    fn scheduleOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <scheduleOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::scheduleOf)
                    }
                    scheduleOf
                },
                {
                    fn withdrawPayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <withdrawPayoutCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::withdrawPayout)
                    }
                    withdrawPayout
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
                    fn leaderOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <leaderOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::leaderOf)
                    }
                    leaderOf
                },
                {
                    fn releasePayout(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <releasePayoutCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::releasePayout)
                    }
                    releasePayout
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
                    fn faultProven(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <faultProvenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::faultProven)
                    }
                    faultProven
                },
                {
                    fn isEligiblePoster(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <isEligiblePosterCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::isEligiblePoster)
                    }
                    isEligiblePoster
                },
                {
                    fn escrowOf(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <escrowOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::escrowOf)
                    }
                    escrowOf
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
                Self::currentSlot(inner) => {
                    <currentSlotCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::epochOf(inner) => <epochOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::epochSeed(inner) => {
                    <epochSeedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::escrowOf(inner) => <escrowOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
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
                Self::isEligiblePoster(inner) => {
                    <isEligiblePosterCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
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
                Self::scheduleOf(inner) => {
                    <scheduleOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::currentSlot(inner) => {
                    <currentSlotCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::epochOf(inner) => <epochOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::epochSeed(inner) => {
                    <epochSeedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::escrowOf(inner) => {
                    <escrowOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
                Self::isEligiblePoster(inner) => {
                    <isEligiblePosterCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
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
                Self::scheduleOf(inner) => {
                    <scheduleOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
        AlreadyProven(AlreadyProven),
        #[allow(missing_docs)]
        BondTooLow(BondTooLow),
        #[allow(missing_docs)]
        CooldownActive(CooldownActive),
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
        NotEquivocation(NotEquivocation),
        #[allow(missing_docs)]
        NotOwner(NotOwner),
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
            [27u8, 203u8, 124u8, 37u8],
            [36u8, 90u8, 236u8, 211u8],
            [53u8, 144u8, 17u8, 204u8],
            [107u8, 28u8, 139u8, 160u8],
            [107u8, 90u8, 173u8, 58u8],
            [119u8, 140u8, 161u8, 28u8],
            [121u8, 125u8, 186u8, 84u8],
            [129u8, 94u8, 29u8, 100u8],
            [131u8, 159u8, 149u8, 252u8],
            [139u8, 170u8, 87u8, 159u8],
            [144u8, 184u8, 236u8, 24u8],
            [146u8, 238u8, 230u8, 141u8],
            [151u8, 178u8, 96u8, 149u8],
            [154u8, 238u8, 10u8, 162u8],
            [166u8, 68u8, 189u8, 12u8],
            [170u8, 106u8, 77u8, 92u8],
            [178u8, 31u8, 210u8, 77u8],
            [179u8, 210u8, 0u8, 116u8],
            [210u8, 207u8, 66u8, 70u8],
            [215u8, 232u8, 162u8, 194u8],
            [221u8, 35u8, 195u8, 173u8],
            [228u8, 169u8, 178u8, 251u8],
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
            ::core::stringify!(OutsideFaultWindow),
            ::core::stringify!(NotOwner),
            ::core::stringify!(WrongStatus),
            ::core::stringify!(RosterFull),
            ::core::stringify!(HeaderMismatch),
            ::core::stringify!(NotWithdrawableYet),
            ::core::stringify!(NothingOwed),
            ::core::stringify!(InvalidSigner),
            ::core::stringify!(NoAccountableOperator),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(TransferFailed),
            ::core::stringify!(PayoutLocked),
            ::core::stringify!(NoLeader),
            ::core::stringify!(NotCensored),
            ::core::stringify!(UnknownPayout),
            ::core::stringify!(SignerAlreadyUsed),
            ::core::stringify!(NotScheduled),
            ::core::stringify!(UnknownOperator),
            ::core::stringify!(HeadersRequired),
            ::core::stringify!(UnknownSigner),
            ::core::stringify!(InvalidParameters),
            ::core::stringify!(LeaderPostedInSlot),
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
            <OutsideFaultWindow as alloy_sol_types::SolError>::SIGNATURE,
            <NotOwner as alloy_sol_types::SolError>::SIGNATURE,
            <WrongStatus as alloy_sol_types::SolError>::SIGNATURE,
            <RosterFull as alloy_sol_types::SolError>::SIGNATURE,
            <HeaderMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <NotWithdrawableYet as alloy_sol_types::SolError>::SIGNATURE,
            <NothingOwed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSigner as alloy_sol_types::SolError>::SIGNATURE,
            <NoAccountableOperator as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <TransferFailed as alloy_sol_types::SolError>::SIGNATURE,
            <PayoutLocked as alloy_sol_types::SolError>::SIGNATURE,
            <NoLeader as alloy_sol_types::SolError>::SIGNATURE,
            <NotCensored as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownPayout as alloy_sol_types::SolError>::SIGNATURE,
            <SignerAlreadyUsed as alloy_sol_types::SolError>::SIGNATURE,
            <NotScheduled as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownOperator as alloy_sol_types::SolError>::SIGNATURE,
            <HeadersRequired as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownSigner as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidParameters as alloy_sol_types::SolError>::SIGNATURE,
            <LeaderPostedInSlot as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 31usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadyProven(_) => <AlreadyProven as alloy_sol_types::SolError>::SELECTOR,
                Self::BondTooLow(_) => <BondTooLow as alloy_sol_types::SolError>::SELECTOR,
                Self::CooldownActive(_) => <CooldownActive as alloy_sol_types::SolError>::SELECTOR,
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
                Self::NotEquivocation(_) => <NotEquivocation as alloy_sol_types::SolError>::SELECTOR,
                Self::NotOwner(_) => <NotOwner as alloy_sol_types::SolError>::SELECTOR,
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
                Self::AlreadyProven(inner) => {
                    <AlreadyProven as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::BondTooLow(inner) => <BondTooLow as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::CooldownActive(inner) => {
                    <CooldownActive as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::NotEquivocation(inner) => {
                    <NotEquivocation as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotOwner(inner) => <NotOwner as alloy_sol_types::SolError>::abi_encoded_size(inner),
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
                Self::AlreadyProven(inner) => {
                    <AlreadyProven as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::BondTooLow(inner) => {
                    <BondTooLow as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::CooldownActive(inner) => {
                    <CooldownActive as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
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
                Self::NotEquivocation(inner) => {
                    <NotEquivocation as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotOwner(inner) => <NotOwner as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
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
        EscrowForfeited(EscrowForfeited),
        #[allow(missing_docs)]
        ExitRequested(ExitRequested),
        #[allow(missing_docs)]
        Jailed(Jailed),
        #[allow(missing_docs)]
        PayoutEscrowed(PayoutEscrowed),
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
                27u8, 54u8, 51u8, 24u8, 100u8, 8u8, 14u8, 46u8, 239u8, 111u8, 222u8, 35u8, 9u8, 59u8, 246u8,
                219u8, 200u8, 28u8, 38u8, 215u8, 33u8, 46u8, 167u8, 24u8, 157u8, 162u8, 221u8, 2u8, 191u8,
                218u8, 251u8, 68u8,
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
                165u8, 19u8, 111u8, 130u8, 215u8, 23u8, 163u8, 72u8, 37u8, 96u8, 96u8, 250u8, 49u8, 250u8,
                110u8, 87u8, 162u8, 33u8, 184u8, 1u8, 103u8, 186u8, 76u8, 205u8, 162u8, 53u8, 140u8, 156u8,
                199u8, 57u8, 118u8, 59u8,
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
                253u8, 175u8, 97u8, 182u8, 133u8, 133u8, 37u8, 188u8, 213u8, 148u8, 251u8, 110u8, 181u8,
                120u8, 223u8, 196u8, 202u8, 134u8, 73u8, 132u8, 168u8, 13u8, 84u8, 153u8, 41u8, 250u8, 184u8,
                201u8, 213u8, 4u8, 8u8, 73u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Jailed),
            ::core::stringify!(PayoutEscrowed),
            ::core::stringify!(Struck),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(Unjailed),
            ::core::stringify!(ExitRequested),
            ::core::stringify!(Registered),
            ::core::stringify!(Slashed),
            ::core::stringify!(PayoutWithdrawn),
            ::core::stringify!(ToppedUp),
            ::core::stringify!(PayoutReleased),
            ::core::stringify!(EscrowForfeited),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Jailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <PayoutEscrowed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Struck as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <Unjailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <ExitRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <Registered as alloy_sol_types::SolEvent>::SIGNATURE,
            <Slashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <PayoutWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ToppedUp as alloy_sol_types::SolEvent>::SIGNATURE,
            <PayoutReleased as alloy_sol_types::SolEvent>::SIGNATURE,
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
                Some(<PayoutEscrowed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <PayoutEscrowed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::PayoutEscrowed)
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
                Self::EscrowForfeited(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::ExitRequested(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Jailed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::PayoutEscrowed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
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
                Self::EscrowForfeited(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::ExitRequested(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Jailed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::PayoutEscrowed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
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
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<SequencerRegistryInstance<P, N>>> {
        SequencerRegistryInstance::<P, N>::deploy(__provider, p)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        SequencerRegistryInstance::<P, N>::deploy_builder(__provider, p)
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
        ) -> alloy_contract::Result<SequencerRegistryInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, p);
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
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [&BYTECODE[..], &alloy_sol_types::SolConstructor::abi_encode(&constructorCall { p })[..]]
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
        ///Creates a new call builder for the [`currentSlot`] function.
        pub fn currentSlot(&self) -> alloy_contract::SolCallBuilder<&P, currentSlotCall, N> {
            self.call_builder(&currentSlotCall)
        }
        ///Creates a new call builder for the [`epochOf`] function.
        pub fn epochOf(&self, slot: u64) -> alloy_contract::SolCallBuilder<&P, epochOfCall, N> {
            self.call_builder(&epochOfCall { slot })
        }
        ///Creates a new call builder for the [`epochSeed`] function.
        pub fn epochSeed(&self, epoch: u32) -> alloy_contract::SolCallBuilder<&P, epochSeedCall, N> {
            self.call_builder(&epochSeedCall { epoch })
        }
        ///Creates a new call builder for the [`escrowOf`] function.
        pub fn escrowOf(
            &self,
            evidence: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, escrowOfCall, N> {
            self.call_builder(&escrowOfCall { evidence })
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
        ///Creates a new call builder for the [`isEligiblePoster`] function.
        pub fn isEligiblePoster(
            &self,
            signer: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, isEligiblePosterCall, N> {
            self.call_builder(&isEligiblePosterCall { signer })
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
        ) -> alloy_contract::SolCallBuilder<&P, releasePayoutCall, N> {
            self.call_builder(&releasePayoutCall { evidence })
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
        ///Creates a new call builder for the [`scheduleOf`] function.
        pub fn scheduleOf(&self, slot: u64) -> alloy_contract::SolCallBuilder<&P, scheduleOfCall, N> {
            self.call_builder(&scheduleOfCall { slot })
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
        ///Creates a new event filter for the [`PayoutEscrowed`] event.
        pub fn PayoutEscrowed_filter(&self) -> alloy_contract::Event<&P, PayoutEscrowed, N> {
            self.event_filter::<PayoutEscrowed>()
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
