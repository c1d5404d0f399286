///Module containing a contract's types and functions.
/**

```solidity
library ISequencerRegistry {
    type Fault is uint8;
    type Status is uint8;
    struct Operator { address owner; uint96 bond; address signer; Status status; bool suspended; uint16 strikes; uint32 strikeEpoch; uint32 leavesAtEpoch; uint64 withdrawableAt; uint64 unjailableAt; }
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
    struct Operator { address owner; uint96 bond; address signer; Status status; bool suspended; uint16 strikes; uint32 strikeEpoch; uint32 leavesAtEpoch; uint64 withdrawableAt; uint64 unjailableAt; }
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
                    "Operator(address owner,uint96 bond,address signer,uint8 status,bool suspended,uint16 strikes,uint32 strikeEpoch,uint32 leavesAtEpoch,uint64 withdrawableAt,uint64 unjailableAt)",
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
    error BadEvidence(string reason);
    error BondTooLow(uint256 minimum, uint256 actual);
    error CooldownActive(uint64 unjailableAt);
    error HeaderMismatch(uint64 batchNumber);
    error InvalidParameters(string reason);
    error InvalidSignature();
    error InvalidSigner();
    error NoLeader(uint64 slot);
    error NotCensored(uint64 index, uint64 includedPosition);
    error NotEquivocation();
    error NotOwner(address owner);
    error NotScheduled(uint8 id, uint64 slot);
    error NotWithdrawableYet(uint64 withdrawableAt);
    error NothingOwed();
    error OutsideFaultWindow(uint64 slot);
    error RosterFull(uint256 maxSequencers);
    error SignerAlreadyUsed(address signer);
    error SlotNotOver(uint64 slot);
    error TransferFailed();
    error UnknownOperator(uint8 id);
    error UnknownSigner(address signer);
    error WrongStatus(ISequencerRegistry.Status status);

    event ExitRequested(uint8 indexed id, uint32 leavesAtEpoch, uint64 withdrawableAt);
    event Jailed(uint8 indexed id, uint32 leavesAtEpoch, uint64 unjailableAt);
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
    function reportMissedSlot(uint64 slot, uint64 firstBatch, BatchHeader[] memory headers) external;
    function requestExit(uint8 id) external;
    function scheduleOf(uint64 slot) external view returns (uint8[] memory order);
    function slashCensorship(uint64 entryIndex, uint64 nextBatch, BatchHeader memory prior, BatchHeader memory following) external;
    function slashEquivocation(BatchHeader memory first, bytes memory firstSignature, BatchHeader memory second, bytes memory secondSignature) external;
    function slashRecordConflict(BatchHeader memory signed, bytes memory signature, BatchHeader memory recorded) external;
    function slotAt(uint256 blockNumber) external view returns (uint64);
    function slotStartBlock(uint64 slot) external view returns (uint64);
    function topUp(uint8 id) external payable;
    function totalBonded() external view returns (uint256);
    function totalBurned() external view returns (uint256);
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
        "name": "nextBatch",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "prior",
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
        "name": "following",
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
    "name": "BadEvidence",
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
    /**Custom error with signature `BadEvidence(string)` and selector `0x783c4a7a`.
    ```solidity
    error BadEvidence(string reason);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BadEvidence {
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
        impl ::core::convert::From<BadEvidence> for UnderlyingRustTuple<'_> {
            fn from(value: BadEvidence) -> Self {
                (value.reason,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BadEvidence {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { reason: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BadEvidence {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BadEvidence(string)";
            const SELECTOR: [u8; 4] = [120u8, 60u8, 74u8, 122u8];
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
    /**Function with signature `slashCensorship(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))` and selector `0xdb304ea4`.
    ```solidity
    function slashCensorship(uint64 entryIndex, uint64 nextBatch, BatchHeader memory prior, BatchHeader memory following) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashCensorshipCall {
        #[allow(missing_docs)]
        pub entryIndex: u64,
        #[allow(missing_docs)]
        pub nextBatch: u64,
        #[allow(missing_docs)]
        pub prior: <BatchHeader as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub following: <BatchHeader as alloy::sol_types::SolType>::RustType,
    }
    ///Container type for the return parameters of the [`slashCensorship(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))`](slashCensorshipCall) function.
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
                BatchHeader,
                BatchHeader,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u64,
                u64,
                <BatchHeader as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<slashCensorshipCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashCensorshipCall) -> Self {
                    (value.entryIndex, value.nextBatch, value.prior, value.following)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashCensorshipCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { entryIndex: tuple.0, nextBatch: tuple.1, prior: tuple.2, following: tuple.3 }
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
                BatchHeader,
                BatchHeader,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = slashCensorshipReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashCensorship(uint64,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))";
            const SELECTOR: [u8; 4] = [219u8, 48u8, 78u8, 164u8];
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
                        &self.nextBatch,
                    ),
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.prior),
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.following),
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
        topUp(topUpCall),
        #[allow(missing_docs)]
        totalBonded(totalBondedCall),
        #[allow(missing_docs)]
        totalBurned(totalBurnedCall),
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
            [104u8, 116u8, 115u8, 245u8],
            [105u8, 126u8, 32u8, 86u8],
            [109u8, 166u8, 29u8, 30u8],
            [117u8, 229u8, 177u8, 93u8],
            [121u8, 120u8, 37u8, 29u8],
            [146u8, 76u8, 62u8, 125u8],
            [150u8, 140u8, 55u8, 236u8],
            [179u8, 120u8, 85u8, 200u8],
            [183u8, 111u8, 27u8, 234u8],
            [197u8, 98u8, 145u8, 79u8],
            [198u8, 171u8, 93u8, 144u8],
            [204u8, 208u8, 114u8, 118u8],
            [207u8, 240u8, 171u8, 150u8],
            [208u8, 177u8, 213u8, 18u8],
            [216u8, 145u8, 53u8, 205u8],
            [219u8, 48u8, 78u8, 164u8],
            [234u8, 245u8, 175u8, 206u8],
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
            ::core::stringify!(slashRecordConflict),
            ::core::stringify!(membersAt),
            ::core::stringify!(payoutOf),
            ::core::stringify!(faultProven),
            ::core::stringify!(isEligiblePoster),
            ::core::stringify!(reportMissedSlot),
            ::core::stringify!(unjail),
            ::core::stringify!(operatorIdOf),
            ::core::stringify!(requestExit),
            ::core::stringify!(topUp),
            ::core::stringify!(withdraw),
            ::core::stringify!(operator),
            ::core::stringify!(params),
            ::core::stringify!(slotAt),
            ::core::stringify!(totalBurned),
            ::core::stringify!(slashCensorship),
            ::core::stringify!(epochSeed),
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
            <slashRecordConflictCall as alloy_sol_types::SolCall>::SIGNATURE,
            <membersAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <payoutOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <faultProvenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <isEligiblePosterCall as alloy_sol_types::SolCall>::SIGNATURE,
            <reportMissedSlotCall as alloy_sol_types::SolCall>::SIGNATURE,
            <unjailCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorIdOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <requestExitCall as alloy_sol_types::SolCall>::SIGNATURE,
            <topUpCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawCall as alloy_sol_types::SolCall>::SIGNATURE,
            <operatorCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paramsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <totalBurnedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashCensorshipCall as alloy_sol_types::SolCall>::SIGNATURE,
            <epochSeedCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 29usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::currentSlot(_) => <currentSlotCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::epochOf(_) => <epochOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::epochSeed(_) => <epochSeedCall as alloy_sol_types::SolCall>::SELECTOR,
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
                Self::topUp(_) => <topUpCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalBonded(_) => <totalBondedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::totalBurned(_) => <totalBurnedCall as alloy_sol_types::SolCall>::SELECTOR,
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
                    fn slashCensorship(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slashCensorshipCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::slashCensorship)
                    }
                    slashCensorship
                },
                {
                    fn epochSeed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <epochSeedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(SequencerRegistryCalls::epochSeed)
                    }
                    epochSeed
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
                    fn slashCensorship(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <slashCensorshipCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::slashCensorship)
                    }
                    slashCensorship
                },
                {
                    fn epochSeed(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryCalls> {
                        <epochSeedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(SequencerRegistryCalls::epochSeed)
                    }
                    epochSeed
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
                Self::topUp(inner) => <topUpCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::totalBonded(inner) => {
                    <totalBondedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::totalBurned(inner) => {
                    <totalBurnedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::topUp(inner) => <topUpCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::totalBonded(inner) => {
                    <totalBondedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::totalBurned(inner) => {
                    <totalBurnedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
        BadEvidence(BadEvidence),
        #[allow(missing_docs)]
        BondTooLow(BondTooLow),
        #[allow(missing_docs)]
        CooldownActive(CooldownActive),
        #[allow(missing_docs)]
        HeaderMismatch(HeaderMismatch),
        #[allow(missing_docs)]
        InvalidParameters(InvalidParameters),
        #[allow(missing_docs)]
        InvalidSignature(InvalidSignature),
        #[allow(missing_docs)]
        InvalidSigner(InvalidSigner),
        #[allow(missing_docs)]
        NoLeader(NoLeader),
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
            [0u8, 221u8, 82u8, 200u8],
            [11u8, 105u8, 235u8, 179u8],
            [21u8, 243u8, 183u8, 171u8],
            [27u8, 203u8, 124u8, 37u8],
            [36u8, 90u8, 236u8, 211u8],
            [53u8, 144u8, 17u8, 204u8],
            [107u8, 28u8, 139u8, 160u8],
            [107u8, 90u8, 173u8, 58u8],
            [119u8, 140u8, 161u8, 28u8],
            [120u8, 60u8, 74u8, 122u8],
            [121u8, 125u8, 186u8, 84u8],
            [129u8, 94u8, 29u8, 100u8],
            [139u8, 170u8, 87u8, 159u8],
            [144u8, 184u8, 236u8, 24u8],
            [151u8, 178u8, 96u8, 149u8],
            [154u8, 238u8, 10u8, 162u8],
            [170u8, 106u8, 77u8, 92u8],
            [178u8, 31u8, 210u8, 77u8],
            [179u8, 210u8, 0u8, 116u8],
            [215u8, 232u8, 162u8, 194u8],
            [221u8, 35u8, 195u8, 173u8],
            [234u8, 3u8, 54u8, 132u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(BondTooLow),
            ::core::stringify!(SlotNotOver),
            ::core::stringify!(NotEquivocation),
            ::core::stringify!(CooldownActive),
            ::core::stringify!(OutsideFaultWindow),
            ::core::stringify!(NotOwner),
            ::core::stringify!(WrongStatus),
            ::core::stringify!(RosterFull),
            ::core::stringify!(HeaderMismatch),
            ::core::stringify!(NotWithdrawableYet),
            ::core::stringify!(BadEvidence),
            ::core::stringify!(NothingOwed),
            ::core::stringify!(InvalidSigner),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(TransferFailed),
            ::core::stringify!(NoLeader),
            ::core::stringify!(NotCensored),
            ::core::stringify!(SignerAlreadyUsed),
            ::core::stringify!(NotScheduled),
            ::core::stringify!(UnknownOperator),
            ::core::stringify!(UnknownSigner),
            ::core::stringify!(InvalidParameters),
            ::core::stringify!(AlreadyProven),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <BondTooLow as alloy_sol_types::SolError>::SIGNATURE,
            <SlotNotOver as alloy_sol_types::SolError>::SIGNATURE,
            <NotEquivocation as alloy_sol_types::SolError>::SIGNATURE,
            <CooldownActive as alloy_sol_types::SolError>::SIGNATURE,
            <OutsideFaultWindow as alloy_sol_types::SolError>::SIGNATURE,
            <NotOwner as alloy_sol_types::SolError>::SIGNATURE,
            <WrongStatus as alloy_sol_types::SolError>::SIGNATURE,
            <RosterFull as alloy_sol_types::SolError>::SIGNATURE,
            <HeaderMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <NotWithdrawableYet as alloy_sol_types::SolError>::SIGNATURE,
            <BadEvidence as alloy_sol_types::SolError>::SIGNATURE,
            <NothingOwed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSigner as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <TransferFailed as alloy_sol_types::SolError>::SIGNATURE,
            <NoLeader as alloy_sol_types::SolError>::SIGNATURE,
            <NotCensored as alloy_sol_types::SolError>::SIGNATURE,
            <SignerAlreadyUsed as alloy_sol_types::SolError>::SIGNATURE,
            <NotScheduled as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownOperator as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownSigner as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidParameters as alloy_sol_types::SolError>::SIGNATURE,
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
        const COUNT: usize = 23usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadyProven(_) => <AlreadyProven as alloy_sol_types::SolError>::SELECTOR,
                Self::BadEvidence(_) => <BadEvidence as alloy_sol_types::SolError>::SELECTOR,
                Self::BondTooLow(_) => <BondTooLow as alloy_sol_types::SolError>::SELECTOR,
                Self::CooldownActive(_) => <CooldownActive as alloy_sol_types::SolError>::SELECTOR,
                Self::HeaderMismatch(_) => <HeaderMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidParameters(_) => <InvalidParameters as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidSignature(_) => <InvalidSignature as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidSigner(_) => <InvalidSigner as alloy_sol_types::SolError>::SELECTOR,
                Self::NoLeader(_) => <NoLeader as alloy_sol_types::SolError>::SELECTOR,
                Self::NotCensored(_) => <NotCensored as alloy_sol_types::SolError>::SELECTOR,
                Self::NotEquivocation(_) => <NotEquivocation as alloy_sol_types::SolError>::SELECTOR,
                Self::NotOwner(_) => <NotOwner as alloy_sol_types::SolError>::SELECTOR,
                Self::NotScheduled(_) => <NotScheduled as alloy_sol_types::SolError>::SELECTOR,
                Self::NotWithdrawableYet(_) => <NotWithdrawableYet as alloy_sol_types::SolError>::SELECTOR,
                Self::NothingOwed(_) => <NothingOwed as alloy_sol_types::SolError>::SELECTOR,
                Self::OutsideFaultWindow(_) => <OutsideFaultWindow as alloy_sol_types::SolError>::SELECTOR,
                Self::RosterFull(_) => <RosterFull as alloy_sol_types::SolError>::SELECTOR,
                Self::SignerAlreadyUsed(_) => <SignerAlreadyUsed as alloy_sol_types::SolError>::SELECTOR,
                Self::SlotNotOver(_) => <SlotNotOver as alloy_sol_types::SolError>::SELECTOR,
                Self::TransferFailed(_) => <TransferFailed as alloy_sol_types::SolError>::SELECTOR,
                Self::UnknownOperator(_) => <UnknownOperator as alloy_sol_types::SolError>::SELECTOR,
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
                    fn SlotNotOver(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <SlotNotOver as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::SlotNotOver)
                    }
                    SlotNotOver
                },
                {
                    fn NotEquivocation(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <NotEquivocation as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::NotEquivocation)
                    }
                    NotEquivocation
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
                    fn BadEvidence(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                        <BadEvidence as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(SequencerRegistryErrors::BadEvidence)
                    }
                    BadEvidence
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
                        fn SlotNotOver(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <SlotNotOver as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::SlotNotOver)
                        }
                        SlotNotOver
                    },
                    {
                        fn NotEquivocation(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <NotEquivocation as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::NotEquivocation)
                        }
                        NotEquivocation
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
                        fn BadEvidence(data: &[u8]) -> alloy_sol_types::Result<SequencerRegistryErrors> {
                            <BadEvidence as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(SequencerRegistryErrors::BadEvidence)
                        }
                        BadEvidence
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
                Self::BadEvidence(inner) => {
                    <BadEvidence as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::BondTooLow(inner) => <BondTooLow as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::CooldownActive(inner) => {
                    <CooldownActive as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::HeaderMismatch(inner) => {
                    <HeaderMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
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
                Self::NoLeader(inner) => <NoLeader as alloy_sol_types::SolError>::abi_encoded_size(inner),
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
                Self::BadEvidence(inner) => {
                    <BadEvidence as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
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
                Self::InvalidParameters(inner) => {
                    <InvalidParameters as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidSigner(inner) => {
                    <InvalidSigner as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoLeader(inner) => <NoLeader as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
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
        ExitRequested(ExitRequested),
        #[allow(missing_docs)]
        Jailed(Jailed),
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
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(Jailed),
            ::core::stringify!(Struck),
            ::core::stringify!(Withdrawn),
            ::core::stringify!(Unjailed),
            ::core::stringify!(ExitRequested),
            ::core::stringify!(Registered),
            ::core::stringify!(Slashed),
            ::core::stringify!(PayoutWithdrawn),
            ::core::stringify!(ToppedUp),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <Jailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <Struck as alloy_sol_types::SolEvent>::SIGNATURE,
            <Withdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <Unjailed as alloy_sol_types::SolEvent>::SIGNATURE,
            <ExitRequested as alloy_sol_types::SolEvent>::SIGNATURE,
            <Registered as alloy_sol_types::SolEvent>::SIGNATURE,
            <Slashed as alloy_sol_types::SolEvent>::SIGNATURE,
            <PayoutWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ToppedUp as alloy_sol_types::SolEvent>::SIGNATURE,
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
        const COUNT: usize = 9usize;
        fn decode_raw_log(topics: &[alloy_sol_types::Word], data: &[u8]) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<ExitRequested as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ExitRequested as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ExitRequested)
                }
                Some(<Jailed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <Jailed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data).map(Self::Jailed)
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
                Self::ExitRequested(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::Jailed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
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
                Self::ExitRequested(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::Jailed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
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
            nextBatch: u64,
            prior: <BatchHeader as alloy::sol_types::SolType>::RustType,
            following: <BatchHeader as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, slashCensorshipCall, N> {
            self.call_builder(&slashCensorshipCall { entryIndex, nextBatch, prior, following })
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
        ///Creates a new event filter for the [`ExitRequested`] event.
        pub fn ExitRequested_filter(&self) -> alloy_contract::Event<&P, ExitRequested, N> {
            self.event_filter::<ExitRequested>()
        }
        ///Creates a new event filter for the [`Jailed`] event.
        pub fn Jailed_filter(&self) -> alloy_contract::Event<&P, Jailed, N> {
            self.event_filter::<Jailed>()
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
