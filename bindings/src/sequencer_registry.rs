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
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610340604052348015610010575f5ffd5b5060405161904138038061904183398101604081905261002f9161081a565b610038816102a4565b80516001600160401b0390811660c090815260208301516001600160601b0390811660e090815260408086015160ff1661010090815260608701805163ffffffff90811661012090815260808a0151821661014090815260a0808c01518416610160908152998c0180518516610180908152988d01805186166101a0908152978e015186166101c0908152948e015186166101e0908152938e015161ffff9081166102009081529c8f015187166102209081529a8f01518c1661024052978e01518b1661026052938d01518a1661028052918c01519095166102a052978a0180519097166102c05294890180519091166102e0524397881690925287519051955193519451915192515f97919691959194939192919061015790610773565b6001600160401b03978816815296909516602087015263ffffffff93841660408701529183166060860152821660808501526001600160601b031660a08401521660c082015260e001604051809103905ff0801580156101b9573d5f5f3e3d5ffd5b506001600160a01b031660808181524661032081905260408051808201825260058152642130ba37b760d91b6020918201528151808301835260018152603160f81b9082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201529384019290925260a0808401949094528051808403909401845260c09092019091528151910120610300525061099b9050565b604081015160ff1615806102bf57506060816040015160ff16115b156103025760405163dd23c3ad60e01b815260206004820152600d60248201526c6d617853657175656e6365727360981b60448201526064015b60405180910390fd5b80602001516001600160601b03165f036103495760405163dd23c3ad60e01b81526020600482015260076024820152661b5a5b909bdb9960ca1b60448201526064016102f9565b606081015163ffffffff1615806103685750608081015163ffffffff16155b156103b65760405163dd23c3ad60e01b815260206004820152601460248201527f736c6f74206f722065706f6368206c656e67746800000000000000000000000060448201526064016102f9565b60a081015163ffffffff1615806103e15750806060015163ffffffff168160a0015163ffffffff1610155b1561041d5760405163dd23c3ad60e01b815260206004820152600b60248201526a6772616365426c6f636b7360a81b60448201526064016102f9565b8060c0015163ffffffff165f036104695760405163dd23c3ad60e01b815260206004820152600f60248201526e696e636c7573696f6e57696e646f7760881b60448201526064016102f9565b806060015163ffffffff168160e0015163ffffffff1610156104bc5760405163dd23c3ad60e01b815260206004820152600b60248201526a65736361706544656c617960a81b60448201526064016102f9565b806060015163ffffffff1681610100015163ffffffff1610156105105760405163dd23c3ad60e01b815260206004820152600b60248201526a6661756c7457696e646f7760a81b60448201526064016102f9565b80610100015163ffffffff1681610120015163ffffffff16116105625760405163dd23c3ad60e01b81526020600482015260096024820152686578697444656c617960b81b60448201526064016102f9565b80610140015161ffff165f036105ab5760405163dd23c3ad60e01b815260206004820152600d60248201526c1cdd1c9a5ad95cd51bd2985a5b609a1b60448201526064016102f9565b80602001516001600160601b03168161018001516001600160601b0316106106045760405163dd23c3ad60e01b815260206004820152600b60248201526a6a61696c50656e616c747960a81b60448201526064016102f9565b80602001516001600160601b0316816101a001516001600160601b031611156106645760405163dd23c3ad60e01b815260206004820152601160248201527063656e736f727368697050656e616c747960781b60448201526064016102f9565b806101a001516001600160601b0316816101c001516001600160601b031611156106d15760405163dd23c3ad60e01b815260206004820152601660248201527f63656e736f7273686970436f6d70656e736174696f6e0000000000000000000060448201526064016102f9565b6106de600261271061097c565b816101e0015161ffff1611156107235760405163dd23c3ad60e01b8152602060048201526009602482015268626f756e747942707360b81b60448201526064016102f9565b80610220015163ffffffff165f036107705760405163dd23c3ad60e01b815260206004820152600f60248201526e6d6178466f72636564547853697a6560881b60448201526064016102f9565b50565b612f0b8061613683390190565b60405161024081016001600160401b03811182821017156107af57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b03811681146107cb575f5ffd5b919050565b80516001600160601b03811681146107cb575f5ffd5b805160ff811681146107cb575f5ffd5b805163ffffffff811681146107cb575f5ffd5b805161ffff811681146107cb575f5ffd5b5f61024082840312801561082c575f5ffd5b50610835610780565b61083e836107b5565b815261084c602084016107d0565b602082015261085d604084016107e6565b604082015261086e606084016107f6565b606082015261087f608084016107f6565b608082015261089060a084016107f6565b60a08201526108a160c084016107f6565b60c08201526108b260e084016107f6565b60e08201526108c461010084016107f6565b6101008201526108d761012084016107f6565b6101208201526108ea6101408401610809565b6101408201526108fd61016084016107f6565b61016082015261091061018084016107d0565b6101808201526109236101a084016107d0565b6101a08201526109366101c084016107d0565b6101c08201526109496101e08401610809565b6101e082015261095c61020084016107d0565b61020082015261096f61022084016107f6565b6102208201529392505050565b5f8261099657634e487b7160e01b5f52601260045260245ffd5b500490565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e05161020051610220516102405161026051610280516102a0516102c0516102e05161030051610320516155f0610b465f395f61300b01525f61316a01525f61086201525f61082e01525f818161080401526142cc01525f81816107d00152612c1301525f818161079c0152612be301525f818161076801526119e701525f818161073c015261411001525f818161071201526119a701525f81816106e6015261452c01525f81816106ba0152818161339a0152613b3201525f61068e01525f61066201525f818161063601526116d001525f818161060a01528181612c6d01526149f801525f81816105de01528181613a7c0152818161460b01526149d101525f81816105b50152610eed01525f818161058101528181610cf901528181610d6101528181611afb0152611b6101525f61055101525f81816102a401528181613aa8015281816145d5015261463901525f81816109ad015281816126a50152818161273301528181613123015281816137940152613bbb01526155f05ff3fe6080604052600436106101ba575f3560e01c8063924c3e7d116100f2578063cff0ab9611610092578063eaf5afce11610062578063eaf5afce146108ef578063fa6944bc14610949578063fadb476814610968578063fb0e722b1461099c575f5ffd5b8063cff0ab96146104a4578063d0b1d5121461089c578063d89135cd146108bb578063db304ea4146108d0575f5ffd5b8063b76f1bea116100cd578063b76f1bea14610427578063c562914f14610446578063c6ab5d9014610459578063ccd0727614610478575f5ffd5b8063924c3e7d146103ca578063968c37ec146103e9578063b37855c814610408575f5ffd5b806354e624191161015d578063697e205611610138578063697e2056146103235780636da61d1e1461034257806375e5b15d1461036d5780637978251d146103ab575f5ffd5b806354e62419146102c6578063583d23f4146102e5578063687473f514610304575f5ffd5b80634089b170116101985780634089b170146102365780634420e4861461025957806344d96e951461027e5780634cdc9c6314610293575f5ffd5b806301e7d8d8146101be57806306c0e841146101f35780633359632e14610209575b5f5ffd5b3480156101c9575f5ffd5b506101dd6101d8366004614b2d565b6109f4565b6040516101ea9190614b48565b60405180910390f35b3480156101fe575f5ffd5b50610207610c35565b005b348015610214575f5ffd5b5061021d610ce8565b60405167ffffffffffffffff90911681526020016101ea565b348015610241575f5ffd5b5061024b60085481565b6040519081526020016101ea565b61026c610267366004614bb9565b610cf6565b60405160ff90911681526020016101ea565b348015610289575f5ffd5b5061024b60065481565b34801561029e575f5ffd5b5061021d7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102d1575f5ffd5b506102076102e0366004614c30565b611108565b3480156102f0575f5ffd5b5061026c6102ff366004614b2d565b6112fe565b34801561030f575f5ffd5b5061020761031e366004614cc7565b61130e565b34801561032e575f5ffd5b5061024b61033d366004614d2d565b6114f5565b34801561034d575f5ffd5b5061024b61035c366004614bb9565b60056020525f908152604090205481565b348015610378575f5ffd5b5061039b610387366004614d50565b60046020525f908152604090205460ff1681565b60405190151581526020016101ea565b3480156103b6575f5ffd5b5061039b6103c5366004614bb9565b61152b565b3480156103d5575f5ffd5b506102076103e4366004614d67565b611705565b3480156103f4575f5ffd5b50610207610403366004614df8565b611a1b565b348015610413575f5ffd5b5061026c610422366004614bb9565b611c76565b348015610432575f5ffd5b50610207610441366004614df8565b611d0e565b610207610454366004614df8565b611e9d565b348015610464575f5ffd5b50610207610473366004614df8565b61203d565b348015610483575f5ffd5b50610497610492366004614df8565b612372565b6040516101ea9190614e7e565b3480156104af575f5ffd5b5061088f60408051610240810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101919091526040518061024001604052807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff16815250905090565b6040516101ea9190614f8d565b3480156108a7575f5ffd5b5061021d6108b6366004614d50565b61264a565b3480156108c6575f5ffd5b5061024b60075481565b3480156108db575f5ffd5b506102076108ea36600461516c565b612654565b3480156108fa575f5ffd5b5061024b610909366004614d2d565b60408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b348015610954575f5ffd5b5061021d610963366004614b2d565b612c52565b348015610973575f5ffd5b50610987610982366004614b2d565b612c5c565b60405163ffffffff90911681526020016101ea565b3480156109a7575f5ffd5b506109cf7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101ea565b60605f610a0083612c62565b90505f610a0c826114f5565b90505f600182901c7f5555555555555555555555555555555555555555555555555555555555555555168203600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff919091160190508067ffffffffffffffff811115610b4157610b416151ba565b604051908082528060200260200182016040528015610b6a578160200160208202803683370190505b509350805f03610b7c57505050919050565b5f610bd5610bc48560408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff1684612c93565b90505f5b82811015610c2b57610bff8484610bf08486615214565b610bfa9190615254565b612cdb565b868281518110610c1157610c11615267565b60ff90921660209283029190910190910152600101610bd9565b5050505050919050565b335f9081526005602052604081205490819003610c7e576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260056020526040812081905560088054839290610ca1908490615294565b909155505060405181815233907faa916bb7738886447c333e8803dd7d94e5fcb6acb2f5d5aa6502373dd59dc55b9060200160405180910390a2610ce53382612d29565b50565b5f610cf1612dc4565b905090565b5f7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341015610d99576040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201523460248201526044015b60405180910390fd5b6bffffffffffffffffffffffff341115610e11576040517fdd23c3ad000000000000000000000000000000000000000000000000000000008152600401610d909060208082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000604082015260600190565b73ffffffffffffffffffffffffffffffffffffffff8216610e5e576040517f815e1d6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff82165f9081526001602052604090205460ff1615610ed5576040517faa6a4d5c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610d90565b506002545f906bffffffffffffffffffffffff1660ff7f0000000000000000000000000000000000000000000000000000000000000000165b808360ff16108015610f275750600160ff84161b821615155b15610f3c57610f35836152a7565b9250610f0e565b808360ff1603610f7b576040517f6b1c8ba000000000000000000000000000000000000000000000000000000000815260048101829052602401610d90565b600280547fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016600160ff861681901b85176bffffffffffffffffffffffff1691909117909155610fcc9084906152c5565b73ffffffffffffffffffffffffffffffffffffffff85165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff978816179055948816835282905292812033600160a01b346bffffffffffffffffffffffff8116820292909217835594820180547fffffffffffffffffffffff000000000000000000000000000000000000000000169094179094179092556006805492939290919061108d908490615214565b909155505f905061109f856001612dce565b6040805134815263ffffffff8316602082015291925073ffffffffffffffffffffffffffffffffffffffff881691339160ff8916917f967be06242d1cd4e1649ba1dd17c96d2d50cf910f6f10260e85720eceadb0f3d910160405180910390a450505050919050565b6111186040840160208501614b2d565b67ffffffffffffffff166111326040880160208901614b2d565b67ffffffffffffffff1614611173576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611183368890038801886152de565b90505f611195368690038601866152de565b90506111ce81601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915203611236576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611242838989613007565b90508073ffffffffffffffffffffffffffffffffffffffff16611266838787613007565b73ffffffffffffffffffffffffffffffffffffffff16146112b3576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6112f3818460200151846040015167ffffffffffffffff16866040015167ffffffffffffffff16116112e957846040015161329e565b856040015161329e565b505050505050505050565b5f61130882613548565b92915050565b61131e6040820160208301614b2d565b67ffffffffffffffff166113386040860160208701614b2d565b67ffffffffffffffff1614611379576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611389368690038601866152de565b90505f61139b368490038401846152de565b90506113a681613725565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f88252610120822091520361143f576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61144b838787613007565b90508073ffffffffffffffffffffffffffffffffffffffff168260e0015173ffffffffffffffffffffffffffffffffffffffff16146114b6576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6114ec818460200151846040015167ffffffffffffffff16866040015167ffffffffffffffff16116112e957846040015161329e565b50505050505050565b6002545f906113089083907801000000000000000000000000000000000000000000000000900467ffffffffffffffff1661385b565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205460ff16801580611562575060ff818116145b1561156f57505f92915050565b5f61157b6001836153b1565b604080516060810182526002546bffffffffffffffffffffffff80821683526c0100000000000000000000000082048082166020850152780100000000000000000000000000000000000000000000000090920467ffffffffffffffff169383019390935292935091600160ff85161b1616156115fc57505f949350505050565b5f611605612dc4565b90505f61161182612c62565b90505f61162c82856040015167ffffffffffffffff1661385b565b9050600160ff86161b81165f0361164a57505f979650505050505050565b5f6116a7828760ff166116978660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff16613917565b90506116b284613a71565b6116c69067ffffffffffffffff1643615294565b6116f663ffffffff7f000000000000000000000000000000000000000000000000000000000000000016836153ca565b11159998505050505050505050565b61170e84613acc565b5f61171885613548565b60ff81165f818152602081905260409020600254929350916c010000000000000000000000009004600190911b166bffffffffffffffffffffffff161561179b5760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610d9091600160a01b900460ff16906004016153e1565b60018101546117c490879073ffffffffffffffffffffffffffffffffffffffff16878787613bb8565b5f7fd8739f9a53676ddc0f766b73724b0c85713d59832444ad1ad505c9d38d4c6bf28760405160200161180b92919091825267ffffffffffffffff16602082015260400190565b60405160208183030381529060405280519060200120905061182c81613ffd565b5f61183688612c62565b60018401549091505f9063ffffffff7701000000000000000000000000000000000000000000000090910481169083161161188f578360010160159054906101000a900461ffff16600161188a91906153ef565b611892565b60015b600185015490915063ffffffff7701000000000000000000000000000000000000000000000090910481169083161115611913576001840180547fffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000063ffffffff8516021790555b6001840180547fffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffff16750100000000000000000000000000000000000000000061ffff84169081029190911790915560405190815267ffffffffffffffff8a169060ff8716907f2d2b2f28c2eb803aef1fbc4420f21885692154104eb3f99181cfb24f7f72201a9060200160405180910390a37f000000000000000000000000000000000000000000000000000000000000000061ffff168161ffff16106112f3576119de8585614080565b6112f3856002857f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff165f5f614260565b5f611a258261449b565b905060026001820154600160a01b900460ff166004811115611a4957611a49614e18565b14611a905760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610d9091600160a01b900460ff16906004016153e1565b600281015467ffffffffffffffff16431015611aea5760028101546040517f15f3b7ab00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610d90565b80546bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116600160a01b909204161015611b9f5780546040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081166004830152600160a01b9092049091166024820152604401610d90565b60018181018054600160a01b7fffffffffffffffffff000000ffffffffffffffffffffffffffffffffffffffff909116179055600280547fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff81166bffffffffffffffffffffffff60ff871685811b196c0100000000000000000000000094859004169190911690920217909155907f4db3155929818cc29381aa31a1cc6cb549c4ef648b2bd3dee6d729768570aea990611c5a908590612dce565b60405163ffffffff909116815260200160405180910390a25050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205460ff16801580611cad575060ff818116145b15611cfc576040517fd7e8a2c200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610d90565b611d076001826153b1565b9392505050565b5f611d188261449b565b600181810154919250600160a01b90910460ff1690816004811115611d3f57611d3f614e18565b14158015611d5f57506002816004811115611d5c57611d5c614e18565b14155b15611d9857806040517f359011cc000000000000000000000000000000000000000000000000000000008152600401610d9091906153e1565b5f6001826004811115611dad57611dad614e18565b14611dcb576002611dbc614518565b611dc69190615409565b611dd5565b611dd5845f612dce565b60018401805463ffffffff83167b01000000000000000000000000000000000000000000000000000000027fff00000000ffffffffffff00ffffffffffffffffffffffffffffffffffffffff9091161774030000000000000000000000000000000000000000179055905060ff84167f74fe07bfb240060dae9e5a78a9adb453abb23c211bdf37fd2c7a6e80d2ab99ad82611e6f81614529565b6040805163ffffffff909316835267ffffffffffffffff90911660208301520160405180910390a250505050565b5f611ea782614564565b905060046001820154600160a01b900460ff166004811115611ecb57611ecb614e18565b03611f125760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610d9091600160a01b900460ff16906004016153e1565b80545f90611f36903490600160a01b90046bffffffffffffffffffffffff16615214565b90506bffffffffffffffffffffffff811115611fb0576040517fdd23c3ad000000000000000000000000000000000000000000000000000000008152600401610d909060208082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000604082015260600190565b815473ffffffffffffffffffffffffffffffffffffffff16600160a01b6bffffffffffffffffffffffff831602178255600680543491905f90611ff4908490615214565b9091555050604080513481526020810183905260ff8516917fe769fa6335ada126a3fc46991b2b62c164a8243e0134cf258f4165d63f509bc991015b60405180910390a2505050565b5f6120478261449b565b905060036001820154600160a01b900460ff16600481111561206b5761206b614e18565b14158015612099575060046001820154600160a01b900460ff16600481111561209657612096614e18565b14155b156120e05760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610d9091600160a01b900460ff16906004016153e1565b60018101545f90612115907b01000000000000000000000000000000000000000000000000000000900463ffffffff16614529565b90508067ffffffffffffffff16431015612167576040517f778ca11c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610d90565b815460018084015473ffffffffffffffffffffffffffffffffffffffff9081165f9081526020838152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff90811790915581516060810183526002805467ffffffffffffffff780100000000000000000000000000000000000000000000000080830491909116848701819052948e168a811b80196c0100000000000000000000000080860482166bffffffffffffffffffffffff908116898d018190529287168116808a529990950277ffffffffffffffffffffffffffffffffffffffffffffffff929091027fffffffffffffffff00000000000000000000000000000000000000000000000090961690981794909417939093169590951783559387529486905292852085815596870180547fff000000000000000000000000000000000000000000000000000000000000001690559590910180547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016905560068054600160a01b88049290921696949094169491939192869291612313908490615294565b909155505060405184815273ffffffffffffffffffffffffffffffffffffffff84169060ff8916907f3a2db7d2315c2162d4f47c295f514b5aacf84592e024bc529868af8d776567f79060200160405180910390a36114ec8385612d29565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081019190915260ff8083165f90815260208181526040808320815161010081018352815473ffffffffffffffffffffffffffffffffffffffff80821683526bffffffffffffffffffffffff600160a01b928390041695830195909552600183015494851693820193909352939490926060850192900416600481111561244457612444614e18565b600481111561245557612455614e18565b8152600182015461ffff7501000000000000000000000000000000000000000000820416602083015263ffffffff770100000000000000000000000000000000000000000000008204811660408401527b0100000000000000000000000000000000000000000000000000000090910416606082015260029091015467ffffffffffffffff1660809091015290505f6003826060015160048111156124fc576124fc614e18565b148061251d575060048260600151600481111561251b5761251b614e18565b145b9050604051806101400160405280835f015173ffffffffffffffffffffffffffffffffffffffff16815260200183602001516bffffffffffffffffffffffff168152602001836040015173ffffffffffffffffffffffffffffffffffffffff1681526020018360600151600481111561259857612598614e18565b81526020016125d3866002546c010000000000000000000000009004600160ff9092169190911b166bffffffffffffffffffffffff16151590565b15158152602001836080015161ffff1681526020018360a0015163ffffffff1681526020018360c0015163ffffffff16815260200182612613575f612620565b6126208460c00151614529565b67ffffffffffffffff1681526020018360e0015167ffffffffffffffff1681525092505050919050565b5f611308826145d2565b6040517f6ced947d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201525f90819073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636ced947d906024016040805180830381865afa1580156126e9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061270d9190615425565b915091505f6127258367ffffffffffffffff166145d2565b905061273081613acc565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa15801561279a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127be919061545d565b90508067ffffffffffffffff168767ffffffffffffffff16111561283e576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601b60248201527f6e6578744261746368206265796f6e64206261746368436f756e7400000000006044820152606401610d90565b5f67ffffffffffffffff8816156129a3575f61285f368990038901896152de565b905061286c60018a615478565b67ffffffffffffffff16816020015167ffffffffffffffff16146128ec576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f7072696f72206973206e6f74206261746368206e6578744261746368202d20316044820152606401610d90565b6128f581613725565b8367ffffffffffffffff16816040015167ffffffffffffffff16111561299c576040517f783c4a7a000000000000000000000000000000000000000000000000000000008152602060048201526024808201527f7072696f7220706f737465642061667465722074686520646561646c696e652060448201527f736c6f74000000000000000000000000000000000000000000000000000000006064820152608401610d90565b60c0015190505b8167ffffffffffffffff168867ffffffffffffffff161015612b04575f6129cf368890038801886152de565b90508867ffffffffffffffff16816020015167ffffffffffffffff1614612a52576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f666f6c6c6f77696e67206973206e6f74206261746368206e65787442617463686044820152606401610d90565b612a5b81613725565b8367ffffffffffffffff16816040015167ffffffffffffffff1611612b02576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152602f60248201527f666f6c6c6f77696e6720706f7374656420696e206f72206265666f726520746860448201527f6520646561646c696e6520736c6f7400000000000000000000000000000000006064820152608401610d90565b505b8867ffffffffffffffff168167ffffffffffffffff161115612b66576040517f9aee0aa200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b16600483015282166024820152604401610d90565b5f612b7084613548565b90505f7f47c14b955fbf1b1f9fa2a85d6a5caa7fe535a81603e373f507033009c19073a38b604051602001612bb992919091825267ffffffffffffffff16602082015260400190565b604051602081830303815290604052805190602001209050612bda81613ffd565b612c45826001837f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff168a7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16614260565b5050505050505050505050565b5f61130882613a71565b5f611308825b5f61130863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615498565b5f818484604051602001612cb1929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c612cd39190615254565b949350505050565b5f805b83821c15612d1a576001821b841615612d0a57828103612cfe5750611308565b612d07816154c7565b90505b612d13826154c7565b9150612cde565b612d226154fe565b5092915050565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114612d7f576040519150601f19603f3d011682016040523d82523d5f602084013e612d84565b606091505b5050905080612dbf576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f610cf1436145d2565b5f6002612dd9614518565b612de39190615409565b6002549091507801000000000000000000000000000000000000000000000000900467ffffffffffffffff165f8115612e7a5760035f612e24600185615294565b815260208082019290925260409081015f2081518083019092525463ffffffff8116825264010000000090047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691810191909152612e8e565b604080518082019091525f80825260208201525b9050600160ff86161b5f85612eaa578119836020015116612eb2565b818360200151175b90508315801590612ed157508463ffffffff16835f015163ffffffff16145b15612f47578060035f612ee5600188615294565b81526020019081526020015f205f0160046101000a8154817bffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837bffffffffffffffffffffffffffffffffffffffffffffffffffffffff160217905550612ffd565b60408051808201825263ffffffff80881682527bffffffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182525f8a81526003909152949094209251935116640100000000029216919091179055612fae846001615214565b6002805467ffffffffffffffff9290921678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b5050505092915050565b5f5f7f0000000000000000000000000000000000000000000000000000000000000000461461316857604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6606082015246608082015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660a0808301919091528351808303909101815260c0909101909252815191012061318a565b7f00000000000000000000000000000000000000000000000000000000000000005b90505f613202826131c888601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505f6132448287878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061467592505050565b5090945090505f81600381111561325d5761325d614e18565b14613294576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509392505050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526001602052604090205460ff168015806132d5575060ff818116145b15613324576040517fd7e8a2c200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610d90565b5f6133306001836153b1565b905061333a612dc4565b67ffffffffffffffff168367ffffffffffffffff161115613393576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610d90565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166133cd6133c885600161552b565b613a71565b6133d7919061552b565b67ffffffffffffffff164310613425576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610d90565b600160ff82161b61343861033d85612c62565b165f03613486576040517fb21fd24d00000000000000000000000000000000000000000000000000000000815260ff8216600482015267ffffffffffffffff84166024820152604401610d90565b604080517f920b62733048d363396c99c8a74763e86803c8e90c395c8d0bdbac8fda181551602082015273ffffffffffffffffffffffffffffffffffffffff87169181019190915267ffffffffffffffff851660608201525f9060800160405160208183030381529060405280519060200120905061350481613ffd565b60ff82165f9081526020819052604081208054909161353e918591908590600160a01b90046bffffffffffffffffffffffff168280614260565b6114ec83826146be565b5f5f61355383612c62565b90505f61355f826114f5565b90505f600182901c7f5555555555555555555555555555555555555555555555555555555555555555168203600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff91909116019050805f036136c0576040517f97b2609500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610d90565b61371c82610bfa61370b8660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8867ffffffffffffffff1685612c93565b95945050505050565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063705cad1390602401602060405180830381865afa1580156137ee573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613812919061554b565b14610ce55760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610d90565b5f815b801561390e575f600381613873600185615294565b815260208082019290925260409081015f2081518083019092525463ffffffff8082168084526401000000009092047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1693830193909352909250908616106138fd57602001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691506113089050565b5061390781615562565b905061385e565b505f9392505050565b5f80600186901c7f5555555555555555555555555555555555555555555555555555555555555555168603600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff9190911601905080613a3e858584612c93565b82613a4989896147df565b613a539190615214565b613a5d9190615294565b613a679190615254565b9695505050505050565b5f613aa263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615596565b611308907f000000000000000000000000000000000000000000000000000000000000000061552b565b613ad4612dc4565b67ffffffffffffffff168167ffffffffffffffff1610613b2b576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610d90565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613b606133c883600161552b565b613b6a919061552b565b67ffffffffffffffff164310610ce5576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610d90565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa158015613c22573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613c46919061545d565b9050815f819003613cca5767ffffffffffffffff821615613cc3576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f68656164657273207265717569726564000000000000000000000000000000006044820152606401610d90565b5050613ff6565b5f5b81811015613e59575f858583818110613ce757613ce7615267565b90506101000201803603810190613cfe91906152de565b9050613d148267ffffffffffffffff8916615214565b816020015167ffffffffffffffff1614613d8a576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601760248201527f68656164657273206e6f7420636f6e73656375746976650000000000000000006044820152606401610d90565b613d9381613725565b8867ffffffffffffffff16816040015167ffffffffffffffff16148015613de957508773ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff16145b15613e50576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601560248201527f6c656164657220706f7374656420696e20736c6f7400000000000000000000006044820152606401610d90565b50600101613ccc565b5067ffffffffffffffff851615801590613eb157508667ffffffffffffffff1684845f818110613e8b57613e8b615267565b905061010002016040016020810190613ea49190614b2d565b67ffffffffffffffff1610155b15613f18576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601d60248201527f6865616465727320737461727420696e736964652074686520736c6f740000006044820152606401610d90565b8167ffffffffffffffff16818667ffffffffffffffff16613f399190615214565b14158015613f8f575067ffffffffffffffff87168484613f5a600185615294565b818110613f6957613f69615267565b905061010002016040016020810190613f829190614b2d565b67ffffffffffffffff1611155b156114ec576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601b60248201527f6865616465727320656e6420696e736964652074686520736c6f7400000000006044820152606401610d90565b5050505050565b5f8181526004602052604090205460ff1615614048576040517fea03368400000000000000000000000000000000000000000000000000000000815260048101829052602401610d90565b5f90815260046020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055565b60028054600160ff851681901b6bffffffffffffffffffffffff9081166c0100000000000000000000000080850490921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff90921691909117909155810180547fffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffff16905561413663ffffffff7f0000000000000000000000000000000000000000000000000000000000000000164361552b565b6002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556001808201547b01000000000000000000000000000000000000000000000000000000900463ffffffff16906001830154600160a01b900460ff1660048111156141bd576141bd614e18565b03614210576141cc835f612dce565b6001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167402000000000000000000000000000000000000000017905590505b60028201546040805163ffffffff8416815267ffffffffffffffff909216602083015260ff8516917f01346d6fc741d2812586febead8043a0d4a1f27f3f9157e4207bc51bd85fbf1f9101612030565b60ff86165f9081526020819052604081208054909190600160a01b90046bffffffffffffffffffffffff1685106142ad578154600160a01b90046bffffffffffffffffffffffff166142af565b845b90505f8184106142bf57816142c1565b835b90505f61271061ffff7f0000000000000000000000000000000000000000000000000000000000000000166142f68486615294565b61430091906153ca565b61430a91906155b9565b845490915083908590601490614336908490600160a01b90046bffffffffffffffffffffffff166155cc565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055508260065f8282546143759190615294565b909155508190506143868385615294565b6143909190615294565b60075f8282546143a09190615214565b909155506143b090508183615214565b60085f8282546143c09190615214565b909155505080156143ef57335f90815260056020526040812080548392906143e9908490615214565b90915550505b811561442f5773ffffffffffffffffffffffffffffffffffffffff86165f9081526005602052604081208054849290614429908490615214565b90915550505b8789600281111561444257614442614e18565b60408051338152602081018790529081018490526060810185905260ff8d16907fa5136f82d717a348256060fa31fa6e57a221b80167ba4ccda2358c9cc739763b9060800160405180910390a450505050505050505050565b5f6144a582614564565b805490915073ffffffffffffffffffffffffffffffffffffffff1633146145135780546040517f245aecd300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091166004820152602401610d90565b919050565b5f610cf1614524612dc4565b612c62565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff1661455a836149ce565b611308919061552b565b60ff81165f908152602081905260408120906001820154600160a01b900460ff16600481111561459657614596614e18565b03614513576040517fb3d2007400000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610d90565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16821061466e5763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661465f67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001684615294565b61466991906155b9565b611308565b5f92915050565b5f5f5f83516041036146ac576020840151604085015160608601515f1a61469e88828585614a38565b9550955095505050506146b7565b505081515f91506002905b9250925092565b600181810180546002805460ff87811686901b6bffffffffffffffffffffffff9081166c010000000000000000000000008085049290921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff9092169190911790915582547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167404000000000000000000000000000000000000000017909255600160a01b9004169081600481111561477c5761477c614e18565b036147b25761478b835f612dce565b82600101601b6101000a81548163ffffffff021916908363ffffffff160217905550505050565b60028160048111156147c6576147c6614e18565b03612dbf5760026147d5614518565b61478b9190615409565b5f611d076147f0600180851b615294565b84165f600182901c7f55555555555555555555555555555555555555555555555555555555555555551682039150600282901c7f333333333333333333333333333333333333333333333333333333333333333316827f333333333333333333333333333333333333333333333333333333333333333316019150600482901c82017f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f169150600882901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16019150601082901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16019150602082901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16019150604082901c77ffffffffffffffff0000000000000000ffffffffffffffff168277ffffffffffffffff0000000000000000ffffffffffffffff16019150608082901c6fffffffffffffffffffffffffffffffff80168316019050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff167f000000000000000000000000000000000000000000000000000000000000000063ffffffff168363ffffffff16614a2e9190615596565b613aa29190615596565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614a7157505f91506003905082614b03565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614ac2573d5f5f3e3d5ffd5b5050604051601f19015191505073ffffffffffffffffffffffffffffffffffffffff8116614afa57505f925060019150829050614b03565b92505f91508190505b9450945094915050565b67ffffffffffffffff81168114610ce5575f5ffd5b803561451381614b0d565b5f60208284031215614b3d575f5ffd5b8135611d0781614b0d565b602080825282518282018190525f918401906040840190835b81811015614b8257835160ff16835260209384019390920191600101614b61565b509095945050505050565b73ffffffffffffffffffffffffffffffffffffffff81168114610ce5575f5ffd5b803561451381614b8d565b5f60208284031215614bc9575f5ffd5b8135611d0781614b8d565b5f6101008284031215614be5575f5ffd5b50919050565b5f5f83601f840112614bfb575f5ffd5b50813567ffffffffffffffff811115614c12575f5ffd5b602083019150836020828501011115614c29575f5ffd5b9250929050565b5f5f5f5f5f5f6102408789031215614c46575f5ffd5b614c508888614bd4565b955061010087013567ffffffffffffffff811115614c6c575f5ffd5b614c7889828a01614beb565b9096509450614c8d9050886101208901614bd4565b925061022087013567ffffffffffffffff811115614ca9575f5ffd5b614cb589828a01614beb565b979a9699509497509295939492505050565b5f5f5f5f6102208587031215614cdb575f5ffd5b614ce58686614bd4565b935061010085013567ffffffffffffffff811115614d01575f5ffd5b614d0d87828801614beb565b9094509250614d229050866101208701614bd4565b905092959194509250565b5f60208284031215614d3d575f5ffd5b813563ffffffff81168114611d07575f5ffd5b5f60208284031215614d60575f5ffd5b5035919050565b5f5f5f5f60608587031215614d7a575f5ffd5b8435614d8581614b0d565b93506020850135614d9581614b0d565b9250604085013567ffffffffffffffff811115614db0575f5ffd5b8501601f81018713614dc0575f5ffd5b803567ffffffffffffffff811115614dd6575f5ffd5b8760208260081b8401011115614dea575f5ffd5b949793965060200194505050565b5f60208284031215614e08575f5ffd5b813560ff81168114611d07575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60058110614e7a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b815173ffffffffffffffffffffffffffffffffffffffff16815261014081016020830151614ebc60208401826bffffffffffffffffffffffff169052565b506040830151614ee4604084018273ffffffffffffffffffffffffffffffffffffffff169052565b506060830151614ef76060840182614e45565b506080830151614f0b608084018215159052565b5060a0830151614f2160a084018261ffff169052565b5060c0830151614f3960c084018263ffffffff169052565b5060e0830151614f5160e084018263ffffffff169052565b50610100830151614f6f61010084018267ffffffffffffffff169052565b50610120830151612d2261012084018267ffffffffffffffff169052565b815167ffffffffffffffff16815261024081016020830151614fbf60208401826bffffffffffffffffffffffff169052565b506040830151614fd4604084018260ff169052565b506060830151614fec606084018263ffffffff169052565b506080830151615004608084018263ffffffff169052565b5060a083015161501c60a084018263ffffffff169052565b5060c083015161503460c084018263ffffffff169052565b5060e083015161504c60e084018263ffffffff169052565b5061010083015161506661010084018263ffffffff169052565b5061012083015161508061012084018263ffffffff169052565b5061014083015161509861014084018261ffff169052565b506101608301516150b261016084018263ffffffff169052565b506101808301516150d46101808401826bffffffffffffffffffffffff169052565b506101a08301516150f66101a08401826bffffffffffffffffffffffff169052565b506101c08301516151186101c08401826bffffffffffffffffffffffff169052565b506101e08301516151306101e084018261ffff169052565b506102008301516151526102008401826bffffffffffffffffffffffff169052565b50610220830151612d2261022084018263ffffffff169052565b5f5f5f5f6102408587031215615180575f5ffd5b843561518b81614b0d565b9350602085013561519b81614b0d565b92506151aa8660408701614bd4565b9150614d22866101408701614bd4565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115611308576113086151e7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f8261526257615262615227565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81810381811115611308576113086151e7565b5f60ff821660ff81036152bc576152bc6151e7565b60010192915050565b60ff8181168382160190811115611308576113086151e7565b5f6101008284031280156152f0575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561533a577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405261534683614b22565b815261535460208401614b22565b602082015261536560408401614b22565b6040820152606083810135908201526080808401359082015260a0808401359082015261539460c08401614b22565b60c08201526153a560e08401614bae565b60e08201529392505050565b60ff8281168282160390811115611308576113086151e7565b8082028115828204841417611308576113086151e7565b602081016113088284614e45565b61ffff8181168382160190811115611308576113086151e7565b63ffffffff8181168382160190811115611308576113086151e7565b5f5f60408385031215615436575f5ffd5b825161544181614b0d565b602084015190925061545281614b8d565b809150509250929050565b5f6020828403121561546d575f5ffd5b8151611d0781614b0d565b67ffffffffffffffff8281168282160390811115611308576113086151e7565b5f67ffffffffffffffff8316806154b1576154b1615227565b8067ffffffffffffffff84160491505092915050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036154f7576154f76151e7565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b67ffffffffffffffff8181168382160190811115611308576113086151e7565b5f6020828403121561555b575f5ffd5b5051919050565b5f81615570576155706151e7565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b67ffffffffffffffff8181168382160290811690818114612d2257612d226151e7565b5f826155c7576155c7615227565b500490565b6bffffffffffffffffffffffff8281168282160390811115611308576113086151e756610260604052348015610010575f5ffd5b50604051612f0b380380612f0b83398101604081905261002f91610223565b60408051808201825260058152642130ba37b760d91b602080830191909152825180840190935260018352603160f81b908301529061006e825f61017d565b6101205261007d81600161017d565b61014052815160208084019190912060e052815190820120610100524660a05261010960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05233610160526001600160401b0396871661018052949095166101a081905263ffffffff9384166101c0529183166101e0528216610200526001600160601b03909316610220521661024052600280546001600160c01b0316600160c01b90920291909117905561045c565b5f60208351101561019857610191836101af565b90506101a9565b816101a3848261034a565b5060ff90505b92915050565b5f5f829050601f815111156101e2578260405163305a27a960e01b81526004016101d99190610404565b60405180910390fd5b80516101ed82610439565b179392505050565b80516001600160401b038116811461020b575f5ffd5b919050565b805163ffffffff8116811461020b575f5ffd5b5f5f5f5f5f5f5f60e0888a031215610239575f5ffd5b610242886101f5565b9650610250602089016101f5565b955061025e60408901610210565b945061026c60608901610210565b935061027a60808901610210565b60a08901519093506001600160601b0381168114610296575f5ffd5b91506102a460c08901610210565b905092959891949750929550565b634e487b7160e01b5f52604160045260245ffd5b600181811c908216806102da57607f821691505b6020821081036102f857634e487b7160e01b5f52602260045260245ffd5b50919050565b601f82111561034557805f5260205f20601f840160051c810160208510156103235750805b601f840160051c820191505b81811015610342575f815560010161032f565b50505b505050565b81516001600160401b03811115610363576103636102b2565b6103778161037184546102c6565b846102fe565b6020601f8211600181146103a9575f83156103925750848201515b5f19600385901b1c1916600184901b178455610342565b5f84815260208120601f198516915b828110156103d857878501518255602094850194600190920191016103b8565b50848210156103f557868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b805160208083015191908110156102f8575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161022051610240516129976105745f395f81816104af01528181610c260152610c8701525f81816102a5015281816106fb01528181610740015281816107bb01528181610cb601528181610d1e0152611cf201525f81816105ae01528181610bc401526116bc01525f818161060001526110ca01525f8181610529015261198901525f818161027201526119b701525f818161057b01528181610f5d015281816111f7015261123701525f818161038c01526115fb01525f6117c701525f61179b01525f611fd801525f611fb001525f611f0b01525f611f3501525f611f5f01526129975ff3fe6080604052600436106101a4575f3560e01c806384b0196e116100e7578063c81ff7b611610087578063e38f704511610062578063e38f70451461059d578063e7829807146105d0578063e88816e7146105ef578063f76e185f14610622575f5ffd5b8063c81ff7b614610518578063caf633bc1461054b578063d6ae3cd51461056a575f5ffd5b8063ab91c7b0116100c2578063ab91c7b01461046c578063adbe8a001461049e578063aec185fc146104e6578063c0c3f82e146104f9575f5ffd5b806384b0196e14610407578063965236441461042e578063972d336c14610458575f5ffd5b806364bb0a22116101525780637ad7b1c91161012d5780637ad7b1c9146103575780637b1039991461037b5780637d882097146103d3578063811aec3a146103e8575f5ffd5b806364bb0a22146102945780636ced947d146102e4578063705cad1314610338575f5ffd5b80632d2da806116101825780632d2da80614610238578063476343ee1461024b5780634cdc9c6314610261575f5ffd5b806306f13056146101a857806313083c34146101e057806313d7a4fb14610219575b5f5ffd5b3480156101b3575f5ffd5b5060025467ffffffffffffffff165b60405167ffffffffffffffff90911681526020015b60405180910390f35b3480156101eb575f5ffd5b5061020b6101fa3660046121c0565b60056020525f908152604090205481565b6040519081526020016101d7565b348015610224575f5ffd5b5061020b6102333660046121f0565b610641565b6101c26102463660046121c0565b6106ab565b348015610256575f5ffd5b5061025f61081d565b005b34801561026c575f5ffd5b506101c27f000000000000000000000000000000000000000000000000000000000000000081565b34801561029f575f5ffd5b506102c77f000000000000000000000000000000000000000000000000000000000000000081565b6040516bffffffffffffffffffffffff90911681526020016101d7565b3480156102ef575f5ffd5b506103036102fe366004612222565b610934565b6040805167ffffffffffffffff909316835273ffffffffffffffffffffffffffffffffffffffff9091166020830152016101d7565b348015610343575f5ffd5b5061020b610352366004612222565b6109c3565b348015610362575f5ffd5b5061036b610a36565b60405190151581526020016101d7565b348015610386575f5ffd5b506103ae7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101d7565b3480156103de575f5ffd5b5061020b60065481565b3480156103f3575f5ffd5b5061025f610402366004612280565b610a51565b348015610412575f5ffd5b5061041b610b5b565b6040516101d7979695949392919061231e565b348015610439575f5ffd5b5060025468010000000000000000900467ffffffffffffffff166101c2565b348015610463575f5ffd5b506101c2610bb9565b348015610477575f5ffd5b50600254700100000000000000000000000000000000900467ffffffffffffffff166101c2565b3480156104a9575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff90911681526020016101d7565b6101c26104f43660046123dd565b610c1a565b348015610504575f5ffd5b5061020b61051336600461241c565b610d9a565b348015610523575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b348015610556575f5ffd5b5061025f610565366004612222565b610dd6565b348015610575575f5ffd5b506101c27f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a8575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b3480156105db575f5ffd5b5061020b6105ea3660046121f0565b611002565b3480156105fa575f5ffd5b506104d17f000000000000000000000000000000000000000000000000000000000000000081565b34801561062d575f5ffd5b5061025f61063c36600461248d565b61101d565b5f6106a56106543684900384018461253e565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b92915050565b5f73ffffffffffffffffffffffffffffffffffffffff82166106f9576040517fb2e532de00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1634116107a8576107676bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600161263e565b6040517f195a3ca100000000000000000000000000000000000000000000000000000000815260048101919091523460248201526044015b60405180910390fd5b5f6107e16bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001634612651565b90508060065f8282546107f4919061263e565b925050819055506108166001848360405180602001604052805f815250611048565b9392505050565b335f9081526005602052604081205490819003610866576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526005602052604080822091909155517fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a906108a99084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f81146108f0576040519150601f19603f3d011682016040523d82523d5f602084013e6108f5565b606091505b5050905080610930576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050565b6002545f90819067ffffffffffffffff7001000000000000000000000000000000009091048116908416106109a1576040517f9f585f2f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8416600482015260240161079f565b505067ffffffffffffffff165f9081526004602052604090205460a081901c91565b6002545f9067ffffffffffffffff90811690831610610a1a576040517f29323fff00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8316600482015260240161079f565b5067ffffffffffffffff165f9081526003602052604090205490565b5f610a3f610bb9565b67ffffffffffffffff16431015905090565b5f5b804915610a6a57610a6381612664565b9050610a53565b805f03610aa3576040517ffdac229f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff811115610abd57610abd612511565b604051908082528060200260200182016040528015610ae6578160200160208202803683370190505b5090505f5b82811015610b1a578049828281518110610b0757610b0761269b565b6020908102919091010152600101610aeb565b505f81604051602001610b2d91906126c8565b604051602081830303815290604052805190602001209050610b53868287876001611180565b505050505050565b5f6060805f5f5f6060610b6c611794565b610b746117c0565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6002545f90610c15907f000000000000000000000000000000000000000000000000000000000000000063ffffffff16907801000000000000000000000000000000000000000000000000900467ffffffffffffffff166126fd565b905090565b5f81801580610c4e57507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681115b15610cb4576040517ffccdd6b40000000000000000000000000000000000000000000000000000000081526004810182905263ffffffff7f000000000000000000000000000000000000000000000000000000000000000016602482015260440161079f565b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff163414610d51576040517f195a3ca10000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016600482015234602482015260440161079f565b610d925f5f5f87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061104892505050565b949350505050565b5f6108168383808060200260200160405190810160405280939291908181526020018383602002808284375f920191909152506117ed92505050565b6040805160808101825260025467ffffffffffffffff808216835268010000000000000000820481166020840181905270010000000000000000000000000000000083048216948401949094527801000000000000000000000000000000000000000000000000909104811660608301529091908316111580610e705750806040015167ffffffffffffffff168267ffffffffffffffff16115b15610ed9576020810151610e859060016126fd565b60408083015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529082166024820152908316604482015260640161079f565b43610f06610ee860018561271d565b67ffffffffffffffff165f9081526004602052604090205460a01c90565b67ffffffffffffffff1610610f47576040517f5693356d00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604080516101008101825267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116825283511660208201525f918101610f94611981565b67ffffffffffffffff168152602001610faf845f01516119e7565b81526020015f5f1b81526020015f5f1b81526020018467ffffffffffffffff1681526020015f73ffffffffffffffffffffffffffffffffffffffff168152509050610ffd828260025f611a2a565b505050565b5f6106a56110186106543685900385018561253e565b611db9565b61104185858560405161103192919061273d565b604051809103902084845f611180565b5050505050565b60028054700100000000000000000000000000000000900467ffffffffffffffff16906110768260016126fd565b815467ffffffffffffffff91909116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff9091161781555f6110f063ffffffff7f000000000000000000000000000000000000000000000000000000000000000016436126fd565b67ffffffffffffffff84165f81815260046020526040908190203360a085901b7bffffffffffffffff00000000000000000000000000000000000000001681179091559051929350917feff32a23b40bef2fb22a164b983c7671adbf09260a99f7c160d075d1fa5cc7009061116e908b908b908b9088908c90612779565b60405180910390a35050949350505050565b6040805160808101825260025467ffffffffffffffff80821683526801000000000000000082048116602080850191909152700100000000000000000000000000000000830482169484019490945278010000000000000000000000000000000000000000000000009091048116606083015290917f00000000000000000000000000000000000000000000000000000000000000009091169061122690880188612222565b67ffffffffffffffff16146112a9577f00000000000000000000000000000000000000000000000000000000000000006112636020880188612222565b6040517f324b4a2400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161079f565b805167ffffffffffffffff166112c56040880160208901612222565b67ffffffffffffffff161461132c5780516112e66040880160208901612222565b6040517ff6d1afa300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161079f565b5f611335611981565b905067ffffffffffffffff81166113526060890160408a01612222565b67ffffffffffffffff16146113b857806113726060890160408a01612222565b6040517f372eacf000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529116602482015260440161079f565b5f6113c5835f01516119e7565b905080886060013514611411576040517ff8bef082000000000000000000000000000000000000000000000000000000008152600481018290526060890135602482015260440161079f565b8688608001351461145b576040517f62af1337000000000000000000000000000000000000000000000000000000008152600481018890526080890135602482015260440161079f565b5f61146b368a90038a018a61253e565b60e081015190915073ffffffffffffffffffffffffffffffffffffffff16158015906116b9575f5f6115296114ee611018867fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b8b8b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611e0092505050565b5090925090505f8160038111156115425761154261274c565b14158061157f57508360e0015173ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614155b156115b6576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6040517f7978251d00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301527f00000000000000000000000000000000000000000000000000000000000000001690637978251d90602401602060405180830381865afa158015611640573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061166491906127de565b6116b2576040517f3a1c154500000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff8316600482015260240161079f565b505061177c565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff1686606001516116f091906126fd565b90508067ffffffffffffffff16431015611742576040517fe51302d000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8216600482015260240161079f565b871561177a576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505b61178885838884611a2a565b50505050505050505050565b6060610c157f00000000000000000000000000000000000000000000000000000000000000005f611e49565b6060610c157f00000000000000000000000000000000000000000000000000000000000000006001611e49565b80515f9080820361180057505f92915050565b805b600181111561192d575f600261181983600161263e565b611823919061282a565b90505f5b61183260028461282a565b8110156118c45761189f8661184883600261283d565b815181106118585761185861269b565b60200260200101518783600261186e919061283d565b61187990600161263e565b815181106118895761188961269b565b60200260200101515f9182526020526040902090565b8682815181106118b1576118b161269b565b6020908102919091010152600101611827565b506118d0600283612854565b60010361192657846118e3600184612651565b815181106118f3576118f361269b565b6020026020010151856001836119099190612651565b815181106119195761191961269b565b6020026020010181815250505b9050611802565b81845f815181106119405761194061269b565b6020026020010151604051602001611962929190918252602082015260400190565b6040516020818303038152906040528051906020012092505050919050565b5f63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166119dd67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001643612651565b610c15919061282a565b5f67ffffffffffffffff821615611a235760035f611a0660018561271d565b67ffffffffffffffff1681526020019081526020015f20546106a5565b5f92915050565b60c0830151602085015167ffffffffffffffff9081169082161080611a665750846040015167ffffffffffffffff168167ffffffffffffffff16115b15611ac457602085015160408087015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff92831660048201529082166024820152908216604482015260640161079f565b846040015167ffffffffffffffff168167ffffffffffffffff161015611b535767ffffffffffffffff8181165f9081526004602052604090205460a01c908116431115611b51576040517f5370fdd200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff80841660048301528216602482015260440161079f565b505b5f611ba9857fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b602080880151885167ffffffffffffffff165f908152600390925260409091208290558751919250906001908890611be29083906126fd565b67ffffffffffffffff90811690915284166020890152508315611c105767ffffffffffffffff431660608801525b86516002805460208a015160408b015160608c015167ffffffffffffffff9586167fffffffffffffffffffffffffffffffff00000000000000000000000000000000909416939093176801000000000000000092861692909202919091176fffffffffffffffffffffffffffffffff167001000000000000000000000000000000009185169190910277ffffffffffffffffffffffffffffffffffffffffffffffff161778010000000000000000000000000000000000000000000000009184169190910217905581811690841614611d54576bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016611d1c828561271d565b67ffffffffffffffff16611d30919061283d565b335f9081526005602052604081208054909190611d4e90849061263e565b90915550505b856040015167ffffffffffffffff1682876020015167ffffffffffffffff167fdc7f167da18a0d78b16a5218552ec7bbd8b1f17710baacf555c1c6e157b90e358833868c604051611da89493929190612867565b60405180910390a450505050505050565b5f6106a5611dc5611ef2565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f5f8351604103611e37576020840151604085015160608601515f1a611e2988828585612028565b955095509550505050611e42565b505081515f91506002905b9250925092565b606060ff8314611e6357611e5c8361211b565b90506106a5565b818054611e6f9061294c565b80601f0160208091040260200160405190810160405280929190818152602001828054611e9b9061294c565b8015611ee65780601f10611ebd57610100808354040283529160200191611ee6565b820191905f5260205f20905b815481529060010190602001808311611ec957829003601f168201915b505050505090506106a5565b5f3073ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016148015611f5757507f000000000000000000000000000000000000000000000000000000000000000046145b15611f8157507f000000000000000000000000000000000000000000000000000000000000000090565b610c15604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561206157505f91506003905082612111565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156120b2573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661210857505f925060019150829050612111565b92505f91508190505b9450945094915050565b60605f61212783612158565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f8111156106a5576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b803573ffffffffffffffffffffffffffffffffffffffff811681146121bb575f5ffd5b919050565b5f602082840312156121d0575f5ffd5b61081682612198565b5f61010082840312156121ea575f5ffd5b50919050565b5f6101008284031215612201575f5ffd5b61081683836121d9565b803567ffffffffffffffff811681146121bb575f5ffd5b5f60208284031215612232575f5ffd5b6108168261220b565b5f5f83601f84011261224b575f5ffd5b50813567ffffffffffffffff811115612262575f5ffd5b602083019150836020828501011115612279575f5ffd5b9250929050565b5f5f5f6101208486031215612293575f5ffd5b61229d85856121d9565b925061010084013567ffffffffffffffff8111156122b9575f5ffd5b6122c58682870161223b565b9497909650939450505050565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61235860e08301896122d2565b828103604084015261236a81896122d2565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156123cc5783518352602093840193909201916001016123ae565b50909b9a5050505050505050505050565b5f5f602083850312156123ee575f5ffd5b823567ffffffffffffffff811115612404575f5ffd5b6124108582860161223b565b90969095509350505050565b5f5f6020838503121561242d575f5ffd5b823567ffffffffffffffff811115612443575f5ffd5b8301601f81018513612453575f5ffd5b803567ffffffffffffffff811115612469575f5ffd5b8560208260051b840101111561247d575f5ffd5b6020919091019590945092505050565b5f5f5f5f5f61014086880312156124a2575f5ffd5b6124ac87876121d9565b945061010086013567ffffffffffffffff8111156124c8575f5ffd5b6124d48882890161223b565b90955093505061012086013567ffffffffffffffff8111156124f4575f5ffd5b6125008882890161223b565b969995985093965092949392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f610100828403128015612550575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561259a577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040526125a68361220b565b81526125b46020840161220b565b60208201526125c56040840161220b565b6040820152606083810135908201526080808401359082015260a080840135908201526125f460c0840161220b565b60c082015261260560e08401612198565b60e08201529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b808201808211156106a5576106a5612611565b818103818111156106a5576106a5612611565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361269457612694612611565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81515f90829060208501835b828110156126f25781518452602093840193909101906001016126d4565b509195945050505050565b67ffffffffffffffff81811683821601908111156106a5576106a5612611565b67ffffffffffffffff82811682821603908111156106a5576106a5612611565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f6002871061278a5761278a61274c565b86825273ffffffffffffffffffffffffffffffffffffffff8616602083015284604083015267ffffffffffffffff8416606083015260a060808301526127d360a08301846122d2565b979650505050505050565b5f602082840312156127ee575f5ffd5b81518015158114610816575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f82612838576128386127fd565b500490565b80820281158282048414176106a5576106a5612611565b5f82612862576128626127fd565b500690565b61016081016003861061287c5761287c61274c565b85825273ffffffffffffffffffffffffffffffffffffffff8516602083015267ffffffffffffffff8416604083015267ffffffffffffffff835116606083015267ffffffffffffffff602084015116608083015267ffffffffffffffff60408401511660a0830152606083015160c0830152608083015160e083015260a083015161010083015260c083015161291f61012084018267ffffffffffffffff169052565b5060e083015173ffffffffffffffffffffffffffffffffffffffff81166101408401525095945050505050565b600181811c9082168061296057607f821691505b6020821081036121ea577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x03@`@R4\x80\x15a\0\x10W__\xFD[P`@Qa\x90A8\x03\x80a\x90A\x839\x81\x01`@\x81\x90Ra\0/\x91a\x08\x1AV[a\08\x81a\x02\xA4V[\x80Q`\x01`\x01`@\x1B\x03\x90\x81\x16`\xC0\x90\x81R` \x83\x01Q`\x01`\x01``\x1B\x03\x90\x81\x16`\xE0\x90\x81R`@\x80\x86\x01Q`\xFF\x16a\x01\0\x90\x81R``\x87\x01\x80Qc\xFF\xFF\xFF\xFF\x90\x81\x16a\x01 \x90\x81R`\x80\x8A\x01Q\x82\x16a\x01@\x90\x81R`\xA0\x80\x8C\x01Q\x84\x16a\x01`\x90\x81R\x99\x8C\x01\x80Q\x85\x16a\x01\x80\x90\x81R\x98\x8D\x01\x80Q\x86\x16a\x01\xA0\x90\x81R\x97\x8E\x01Q\x86\x16a\x01\xC0\x90\x81R\x94\x8E\x01Q\x86\x16a\x01\xE0\x90\x81R\x93\x8E\x01Qa\xFF\xFF\x90\x81\x16a\x02\0\x90\x81R\x9C\x8F\x01Q\x87\x16a\x02 \x90\x81R\x9A\x8F\x01Q\x8C\x16a\x02@R\x97\x8E\x01Q\x8B\x16a\x02`R\x93\x8D\x01Q\x8A\x16a\x02\x80R\x91\x8C\x01Q\x90\x95\x16a\x02\xA0R\x97\x8A\x01\x80Q\x90\x97\x16a\x02\xC0R\x94\x89\x01\x80Q\x90\x91\x16a\x02\xE0RC\x97\x88\x16\x90\x92R\x87Q\x90Q\x95Q\x93Q\x94Q\x91Q\x92Q_\x97\x91\x96\x91\x95\x91\x94\x93\x91\x92\x91\x90a\x01W\x90a\x07sV[`\x01`\x01`@\x1B\x03\x97\x88\x16\x81R\x96\x90\x95\x16` \x87\x01Rc\xFF\xFF\xFF\xFF\x93\x84\x16`@\x87\x01R\x91\x83\x16``\x86\x01R\x82\x16`\x80\x85\x01R`\x01`\x01``\x1B\x03\x16`\xA0\x84\x01R\x16`\xC0\x82\x01R`\xE0\x01`@Q\x80\x91\x03\x90_\xF0\x80\x15\x80\x15a\x01\xB9W=__>=_\xFD[P`\x01`\x01`\xA0\x1B\x03\x16`\x80\x81\x81RFa\x03 \x81\x90R`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R`1`\xF8\x1B\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R\x93\x84\x01\x92\x90\x92R`\xA0\x80\x84\x01\x94\x90\x94R\x80Q\x80\x84\x03\x90\x94\x01\x84R`\xC0\x90\x92\x01\x90\x91R\x81Q\x91\x01 a\x03\0RPa\t\x9B\x90PV[`@\x81\x01Q`\xFF\x16\x15\x80a\x02\xBFWP``\x81`@\x01Q`\xFF\x16\x11[\x15a\x03\x02W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01RlmaxSequencers`\x98\x1B`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[\x80` \x01Q`\x01`\x01``\x1B\x03\x16_\x03a\x03IW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x07`$\x82\x01Rf\x1BZ[\x90\x9B\xDB\x99`\xCA\x1B`D\x82\x01R`d\x01a\x02\xF9V[``\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15\x80a\x03hWP`\x80\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15[\x15a\x03\xB6W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x14`$\x82\x01R\x7Fslot or epoch length\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x02\xF9V[`\xA0\x81\x01Qc\xFF\xFF\xFF\xFF\x16\x15\x80a\x03\xE1WP\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x04\x1DW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjgraceBlocks`\xA8\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16_\x03a\x04iW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RninclusionWindow`\x88\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x04\xBCW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjescapeDelay`\xA8\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80``\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x10\x15a\x05\x10W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjfaultWindow`\xA8\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80a\x01\0\x01Qc\xFF\xFF\xFF\xFF\x16\x81a\x01 \x01Qc\xFF\xFF\xFF\xFF\x16\x11a\x05bW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\t`$\x82\x01RhexitDelay`\xB8\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80a\x01@\x01Qa\xFF\xFF\x16_\x03a\x05\xABW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\r`$\x82\x01Rl\x1C\xDD\x1C\x9AZ\xD9\\\xD5\x1B\xD2\x98Z[`\x9A\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80` \x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\x80\x01Q`\x01`\x01``\x1B\x03\x16\x10a\x06\x04W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0B`$\x82\x01RjjailPenalty`\xA8\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80` \x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\xA0\x01Q`\x01`\x01``\x1B\x03\x16\x11\x15a\x06dW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x11`$\x82\x01RpcensorshipPenalty`x\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80a\x01\xA0\x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\xC0\x01Q`\x01`\x01``\x1B\x03\x16\x11\x15a\x06\xD1W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x16`$\x82\x01R\x7FcensorshipCompensation\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\x02\xF9V[a\x06\xDE`\x02a'\x10a\t|V[\x81a\x01\xE0\x01Qa\xFF\xFF\x16\x11\x15a\x07#W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\t`$\x82\x01RhbountyBps`\xB8\x1B`D\x82\x01R`d\x01a\x02\xF9V[\x80a\x02 \x01Qc\xFF\xFF\xFF\xFF\x16_\x03a\x07pW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x0F`$\x82\x01RnmaxForcedTxSize`\x88\x1B`D\x82\x01R`d\x01a\x02\xF9V[PV[a/\x0B\x80aa6\x839\x01\x90V[`@Qa\x02@\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x07\xAFWcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x07\xCBW__\xFD[\x91\x90PV[\x80Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x07\xCBW__\xFD[\x80Q`\xFF\x81\x16\x81\x14a\x07\xCBW__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x07\xCBW__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x07\xCBW__\xFD[_a\x02@\x82\x84\x03\x12\x80\x15a\x08,W__\xFD[Pa\x085a\x07\x80V[a\x08>\x83a\x07\xB5V[\x81Ra\x08L` \x84\x01a\x07\xD0V[` \x82\x01Ra\x08]`@\x84\x01a\x07\xE6V[`@\x82\x01Ra\x08n``\x84\x01a\x07\xF6V[``\x82\x01Ra\x08\x7F`\x80\x84\x01a\x07\xF6V[`\x80\x82\x01Ra\x08\x90`\xA0\x84\x01a\x07\xF6V[`\xA0\x82\x01Ra\x08\xA1`\xC0\x84\x01a\x07\xF6V[`\xC0\x82\x01Ra\x08\xB2`\xE0\x84\x01a\x07\xF6V[`\xE0\x82\x01Ra\x08\xC4a\x01\0\x84\x01a\x07\xF6V[a\x01\0\x82\x01Ra\x08\xD7a\x01 \x84\x01a\x07\xF6V[a\x01 \x82\x01Ra\x08\xEAa\x01@\x84\x01a\x08\tV[a\x01@\x82\x01Ra\x08\xFDa\x01`\x84\x01a\x07\xF6V[a\x01`\x82\x01Ra\t\x10a\x01\x80\x84\x01a\x07\xD0V[a\x01\x80\x82\x01Ra\t#a\x01\xA0\x84\x01a\x07\xD0V[a\x01\xA0\x82\x01Ra\t6a\x01\xC0\x84\x01a\x07\xD0V[a\x01\xC0\x82\x01Ra\tIa\x01\xE0\x84\x01a\x08\tV[a\x01\xE0\x82\x01Ra\t\\a\x02\0\x84\x01a\x07\xD0V[a\x02\0\x82\x01Ra\toa\x02 \x84\x01a\x07\xF6V[a\x02 \x82\x01R\x93\x92PPPV[_\x82a\t\x96WcNH{q`\xE0\x1B_R`\x12`\x04R`$_\xFD[P\x04\x90V[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa\x02\0Qa\x02 Qa\x02@Qa\x02`Qa\x02\x80Qa\x02\xA0Qa\x02\xC0Qa\x02\xE0Qa\x03\0Qa\x03 QaU\xF0a\x0BF_9_a0\x0B\x01R_a1j\x01R_a\x08b\x01R_a\x08.\x01R_\x81\x81a\x08\x04\x01RaB\xCC\x01R_\x81\x81a\x07\xD0\x01Ra,\x13\x01R_\x81\x81a\x07\x9C\x01Ra+\xE3\x01R_\x81\x81a\x07h\x01Ra\x19\xE7\x01R_\x81\x81a\x07<\x01RaA\x10\x01R_\x81\x81a\x07\x12\x01Ra\x19\xA7\x01R_\x81\x81a\x06\xE6\x01RaE,\x01R_\x81\x81a\x06\xBA\x01R\x81\x81a3\x9A\x01Ra;2\x01R_a\x06\x8E\x01R_a\x06b\x01R_\x81\x81a\x066\x01Ra\x16\xD0\x01R_\x81\x81a\x06\n\x01R\x81\x81a,m\x01RaI\xF8\x01R_\x81\x81a\x05\xDE\x01R\x81\x81a:|\x01R\x81\x81aF\x0B\x01RaI\xD1\x01R_\x81\x81a\x05\xB5\x01Ra\x0E\xED\x01R_\x81\x81a\x05\x81\x01R\x81\x81a\x0C\xF9\x01R\x81\x81a\ra\x01R\x81\x81a\x1A\xFB\x01Ra\x1Ba\x01R_a\x05Q\x01R_\x81\x81a\x02\xA4\x01R\x81\x81a:\xA8\x01R\x81\x81aE\xD5\x01RaF9\x01R_\x81\x81a\t\xAD\x01R\x81\x81a&\xA5\x01R\x81\x81a'3\x01R\x81\x81a1#\x01R\x81\x81a7\x94\x01Ra;\xBB\x01RaU\xF0_\xF3\xFE`\x80`@R`\x046\x10a\x01\xBAW_5`\xE0\x1C\x80c\x92L>}\x11a\0\xF2W\x80c\xCF\xF0\xAB\x96\x11a\0\x92W\x80c\xEA\xF5\xAF\xCE\x11a\0bW\x80c\xEA\xF5\xAF\xCE\x14a\x08\xEFW\x80c\xFAiD\xBC\x14a\tIW\x80c\xFA\xDBGh\x14a\thW\x80c\xFB\x0Er+\x14a\t\x9CW__\xFD[\x80c\xCF\xF0\xAB\x96\x14a\x04\xA4W\x80c\xD0\xB1\xD5\x12\x14a\x08\x9CW\x80c\xD8\x915\xCD\x14a\x08\xBBW\x80c\xDB0N\xA4\x14a\x08\xD0W__\xFD[\x80c\xB7o\x1B\xEA\x11a\0\xCDW\x80c\xB7o\x1B\xEA\x14a\x04'W\x80c\xC5b\x91O\x14a\x04FW\x80c\xC6\xAB]\x90\x14a\x04YW\x80c\xCC\xD0rv\x14a\x04xW__\xFD[\x80c\x92L>}\x14a\x03\xCAW\x80c\x96\x8C7\xEC\x14a\x03\xE9W\x80c\xB3xU\xC8\x14a\x04\x08W__\xFD[\x80cT\xE6$\x19\x11a\x01]W\x80ci~ V\x11a\x018W\x80ci~ V\x14a\x03#W\x80cm\xA6\x1D\x1E\x14a\x03BW\x80cu\xE5\xB1]\x14a\x03mW\x80cyx%\x1D\x14a\x03\xABW__\xFD[\x80cT\xE6$\x19\x14a\x02\xC6W\x80cX=#\xF4\x14a\x02\xE5W\x80chts\xF5\x14a\x03\x04W__\xFD[\x80c@\x89\xB1p\x11a\x01\x98W\x80c@\x89\xB1p\x14a\x026W\x80cD \xE4\x86\x14a\x02YW\x80cD\xD9n\x95\x14a\x02~W\x80cL\xDC\x9Cc\x14a\x02\x93W__\xFD[\x80c\x01\xE7\xD8\xD8\x14a\x01\xBEW\x80c\x06\xC0\xE8A\x14a\x01\xF3W\x80c3Yc.\x14a\x02\tW[__\xFD[4\x80\x15a\x01\xC9W__\xFD[Pa\x01\xDDa\x01\xD86`\x04aK-V[a\t\xF4V[`@Qa\x01\xEA\x91\x90aKHV[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x01\xFEW__\xFD[Pa\x02\x07a\x0C5V[\0[4\x80\x15a\x02\x14W__\xFD[Pa\x02\x1Da\x0C\xE8V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xEAV[4\x80\x15a\x02AW__\xFD[Pa\x02K`\x08T\x81V[`@Q\x90\x81R` \x01a\x01\xEAV[a\x02la\x02g6`\x04aK\xB9V[a\x0C\xF6V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x01\xEAV[4\x80\x15a\x02\x89W__\xFD[Pa\x02K`\x06T\x81V[4\x80\x15a\x02\x9EW__\xFD[Pa\x02\x1D\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02\xD1W__\xFD[Pa\x02\x07a\x02\xE06`\x04aL0V[a\x11\x08V[4\x80\x15a\x02\xF0W__\xFD[Pa\x02la\x02\xFF6`\x04aK-V[a\x12\xFEV[4\x80\x15a\x03\x0FW__\xFD[Pa\x02\x07a\x03\x1E6`\x04aL\xC7V[a\x13\x0EV[4\x80\x15a\x03.W__\xFD[Pa\x02Ka\x03=6`\x04aM-V[a\x14\xF5V[4\x80\x15a\x03MW__\xFD[Pa\x02Ka\x03\\6`\x04aK\xB9V[`\x05` R_\x90\x81R`@\x90 T\x81V[4\x80\x15a\x03xW__\xFD[Pa\x03\x9Ba\x03\x876`\x04aMPV[`\x04` R_\x90\x81R`@\x90 T`\xFF\x16\x81V[`@Q\x90\x15\x15\x81R` \x01a\x01\xEAV[4\x80\x15a\x03\xB6W__\xFD[Pa\x03\x9Ba\x03\xC56`\x04aK\xB9V[a\x15+V[4\x80\x15a\x03\xD5W__\xFD[Pa\x02\x07a\x03\xE46`\x04aMgV[a\x17\x05V[4\x80\x15a\x03\xF4W__\xFD[Pa\x02\x07a\x04\x036`\x04aM\xF8V[a\x1A\x1BV[4\x80\x15a\x04\x13W__\xFD[Pa\x02la\x04\"6`\x04aK\xB9V[a\x1CvV[4\x80\x15a\x042W__\xFD[Pa\x02\x07a\x04A6`\x04aM\xF8V[a\x1D\x0EV[a\x02\x07a\x04T6`\x04aM\xF8V[a\x1E\x9DV[4\x80\x15a\x04dW__\xFD[Pa\x02\x07a\x04s6`\x04aM\xF8V[a =V[4\x80\x15a\x04\x83W__\xFD[Pa\x04\x97a\x04\x926`\x04aM\xF8V[a#rV[`@Qa\x01\xEA\x91\x90aN~V[4\x80\x15a\x04\xAFW__\xFD[Pa\x08\x8F`@\x80Qa\x02@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x82\x90Ra\x01\xE0\x81\x01\x82\x90Ra\x02\0\x81\x01\x82\x90Ra\x02 \x81\x01\x91\x90\x91R`@Q\x80a\x02@\x01`@R\x80\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81RP\x90P\x90V[`@Qa\x01\xEA\x91\x90aO\x8DV[4\x80\x15a\x08\xA7W__\xFD[Pa\x02\x1Da\x08\xB66`\x04aMPV[a&JV[4\x80\x15a\x08\xC6W__\xFD[Pa\x02K`\x07T\x81V[4\x80\x15a\x08\xDBW__\xFD[Pa\x02\x07a\x08\xEA6`\x04aQlV[a&TV[4\x80\x15a\x08\xFAW__\xFD[Pa\x02Ka\t\t6`\x04aM-V[`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[4\x80\x15a\tTW__\xFD[Pa\x02\x1Da\tc6`\x04aK-V[a,RV[4\x80\x15a\tsW__\xFD[Pa\t\x87a\t\x826`\x04aK-V[a,\\V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xEAV[4\x80\x15a\t\xA7W__\xFD[Pa\t\xCF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xEAV[``_a\n\0\x83a,bV[\x90P_a\n\x0C\x82a\x14\xF5V[\x90P_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0BAWa\x0BAaQ\xBAV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0BjW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x93P\x80_\x03a\x0B|WPPP\x91\x90PV[_a\x0B\xD5a\x0B\xC4\x85`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84a,\x93V[\x90P_[\x82\x81\x10\x15a\x0C+Wa\x0B\xFF\x84\x84a\x0B\xF0\x84\x86aR\x14V[a\x0B\xFA\x91\x90aRTV[a,\xDBV[\x86\x82\x81Q\x81\x10a\x0C\x11Wa\x0C\x11aRgV[`\xFF\x90\x92\x16` \x92\x83\x02\x91\x90\x91\x01\x90\x91\x01R`\x01\x01a\x0B\xD9V[PPPPP\x91\x90PV[3_\x90\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a\x0C~W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x05` R`@\x81 \x81\x90U`\x08\x80T\x83\x92\x90a\x0C\xA1\x90\x84\x90aR\x94V[\x90\x91UPP`@Q\x81\x81R3\x90\x7F\xAA\x91k\xB7s\x88\x86D|3>\x88\x03\xDD}\x94\xE5\xFC\xB6\xAC\xB2\xF5\xD5\xAAe\x027=\xD5\x9D\xC5[\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x0C\xE53\x82a-)V[PV[_a\x0C\xF1a-\xC4V[\x90P\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x10\x15a\r\x99W`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\x11\x15a\x0E\x11W`@Q\x7F\xDD#\xC3\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\r\x90\x90` \x80\x82R`\x04\x90\x82\x01R\x7Fbond\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R``\x01\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x0E^W`@Q\x7F\x81^\x1Dd\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x15a\x0E\xD5W`@Q\x7F\xAAjM\\\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\r\x90V[P`\x02T_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16[\x80\x83`\xFF\x16\x10\x80\x15a\x0F'WP`\x01`\xFF\x84\x16\x1B\x82\x16\x15\x15[\x15a\x0F<Wa\x0F5\x83aR\xA7V[\x92Pa\x0F\x0EV[\x80\x83`\xFF\x16\x03a\x0F{W`@Q\x7Fk\x1C\x8B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\r\x90V[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xFF\x86\x16\x81\x90\x1B\x85\x17k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x90\x91\x17\x90\x91Ua\x0F\xCC\x90\x84\x90aR\xC5V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16_\x81\x81R`\x01` \x81\x81R`@\x80\x84 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x97\x88\x16\x17\x90U\x94\x88\x16\x83R\x82\x90R\x92\x81 3`\x01`\xA0\x1B4k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x02\x92\x90\x92\x17\x83U\x94\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x94\x17\x90\x94\x17\x90\x92U`\x06\x80T\x92\x93\x92\x90\x91\x90a\x10\x8D\x90\x84\x90aR\x14V[\x90\x91UP_\x90Pa\x10\x9F\x85`\x01a-\xCEV[`@\x80Q4\x81Rc\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x91\x92Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x913\x91`\xFF\x89\x16\x91\x7F\x96{\xE0bB\xD1\xCDN\x16I\xBA\x1D\xD1|\x96\xD2\xD5\x0C\xF9\x10\xF6\xF1\x02`\xE8W \xEC\xEA\xDB\x0F=\x91\x01`@Q\x80\x91\x03\x90\xA4PPPP\x91\x90PV[a\x11\x18`@\x84\x01` \x85\x01aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x112`@\x88\x01` \x89\x01aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x11sW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x11\x836\x88\x90\x03\x88\x01\x88aR\xDEV[\x90P_a\x11\x956\x86\x90\x03\x86\x01\x86aR\xDEV[\x90Pa\x11\xCE\x81`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x126W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12B\x83\x89\x89a0\x07V[\x90P\x80s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x12f\x83\x87\x87a0\x07V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x12\xB3W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x12\xF3\x81\x84` \x01Q\x84`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x12\xE9W\x84`@\x01Qa2\x9EV[\x85`@\x01Qa2\x9EV[PPPPPPPPPV[_a\x13\x08\x82a5HV[\x92\x91PPV[a\x13\x1E`@\x82\x01` \x83\x01aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x138`@\x86\x01` \x87\x01aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x13yW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x13\x896\x86\x90\x03\x86\x01\x86aR\xDEV[\x90P_a\x13\x9B6\x84\x90\x03\x84\x01\x84aR\xDEV[\x90Pa\x13\xA6\x81a7%V[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x14?W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x14K\x83\x87\x87a0\x07V[\x90P\x80s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x14\xB6W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x14\xEC\x81\x84` \x01Q\x84`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x12\xE9W\x84`@\x01Qa2\x9EV[PPPPPPPV[`\x02T_\x90a\x13\x08\x90\x83\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a8[V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a\x15bWP`\xFF\x81\x81\x16\x14[\x15a\x15oWP_\x92\x91PPV[_a\x15{`\x01\x83aS\xB1V[`@\x80Q``\x81\x01\x82R`\x02Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x80\x82\x16` \x85\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x92\x93P\x91`\x01`\xFF\x85\x16\x1B\x16\x16\x15a\x15\xFCWP_\x94\x93PPPPV[_a\x16\x05a-\xC4V[\x90P_a\x16\x11\x82a,bV[\x90P_a\x16,\x82\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a8[V[\x90P`\x01`\xFF\x86\x16\x1B\x81\x16_\x03a\x16JWP_\x97\x96PPPPPPPV[_a\x16\xA7\x82\x87`\xFF\x16a\x16\x97\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a9\x17V[\x90Pa\x16\xB2\x84a:qV[a\x16\xC6\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16CaR\x94V[a\x16\xF6c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aS\xCAV[\x11\x15\x99\x98PPPPPPPPPV[a\x17\x0E\x84a:\xCCV[_a\x17\x18\x85a5HV[`\xFF\x81\x16_\x81\x81R` \x81\x90R`@\x90 `\x02T\x92\x93P\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x17\x9BW`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\r\x90\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aS\xE1V[`\x01\x81\x01Ta\x17\xC4\x90\x87\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x87\x87\x87a;\xB8V[_\x7F\xD8s\x9F\x9ASgm\xDC\x0FvksrK\x0C\x85q=Y\x83$D\xAD\x1A\xD5\x05\xC9\xD3\x8DLk\xF2\x87`@Q` \x01a\x18\x0B\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x18,\x81a?\xFDV[_a\x186\x88a,bV[`\x01\x84\x01T\x90\x91P_\x90c\xFF\xFF\xFF\xFFw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x83\x16\x11a\x18\x8FW\x83`\x01\x01`\x15\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16`\x01a\x18\x8A\x91\x90aS\xEFV[a\x18\x92V[`\x01[`\x01\x85\x01T\x90\x91Pc\xFF\xFF\xFF\xFFw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x83\x16\x11\x15a\x19\x13W`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x90U[`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x90`\xFF\x87\x16\x90\x7F-+/(\xC2\xEB\x80:\xEF\x1F\xBCD \xF2\x18\x85i!T\x10N\xB3\xF9\x91\x81\xCF\xB2O\x7Fr \x1A\x90` \x01`@Q\x80\x91\x03\x90\xA3\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81a\xFF\xFF\x16\x10a\x12\xF3Wa\x19\xDE\x85\x85a@\x80V[a\x12\xF3\x85`\x02\x85\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16__aB`V[_a\x1A%\x82aD\x9BV[\x90P`\x02`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1AIWa\x1AIaN\x18V[\x14a\x1A\x90W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\r\x90\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aS\xE1V[`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x1A\xEAW`\x02\x81\x01T`@Q\x7F\x15\xF3\xB7\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\r\x90V[\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16`\x01`\xA0\x1B\x90\x92\x04\x16\x10\x15a\x1B\x9FW\x80T`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16`\x04\x83\x01R`\x01`\xA0\x1B\x90\x92\x04\x90\x91\x16`$\x82\x01R`D\x01a\r\x90V[`\x01\x81\x81\x01\x80T`\x01`\xA0\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xFF\x87\x16\x85\x81\x1B\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x94\x85\x90\x04\x16\x91\x90\x91\x16\x90\x92\x02\x17\x90\x91U\x90\x7FM\xB3\x15Y)\x81\x8C\xC2\x93\x81\xAA1\xA1\xCCl\xB5I\xC4\xEFd\x8B+\xD3\xDE\xE6\xD7)v\x85p\xAE\xA9\x90a\x1CZ\x90\x85\x90a-\xCEV[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA2PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a\x1C\xADWP`\xFF\x81\x81\x16\x14[\x15a\x1C\xFCW`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\r\x90V[a\x1D\x07`\x01\x82aS\xB1V[\x93\x92PPPV[_a\x1D\x18\x82aD\x9BV[`\x01\x81\x81\x01T\x91\x92P`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x90\x81`\x04\x81\x11\x15a\x1D?Wa\x1D?aN\x18V[\x14\x15\x80\x15a\x1D_WP`\x02\x81`\x04\x81\x11\x15a\x1D\\Wa\x1D\\aN\x18V[\x14\x15[\x15a\x1D\x98W\x80`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\r\x90\x91\x90aS\xE1V[_`\x01\x82`\x04\x81\x11\x15a\x1D\xADWa\x1D\xADaN\x18V[\x14a\x1D\xCBW`\x02a\x1D\xBCaE\x18V[a\x1D\xC6\x91\x90aT\tV[a\x1D\xD5V[a\x1D\xD5\x84_a-\xCEV[`\x01\x84\x01\x80Tc\xFF\xFF\xFF\xFF\x83\x16{\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17t\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P`\xFF\x84\x16\x7Ft\xFE\x07\xBF\xB2@\x06\r\xAE\x9EZx\xA9\xAD\xB4S\xAB\xB2<!\x1B\xDF7\xFD,zn\x80\xD2\xAB\x99\xAD\x82a\x1Eo\x81aE)V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01`@Q\x80\x91\x03\x90\xA2PPPPV[_a\x1E\xA7\x82aEdV[\x90P`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1E\xCBWa\x1E\xCBaN\x18V[\x03a\x1F\x12W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\r\x90\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aS\xE1V[\x80T_\x90a\x1F6\x904\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aR\x14V[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1F\xB0W`@Q\x7F\xDD#\xC3\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\r\x90\x90` \x80\x82R`\x04\x90\x82\x01R\x7Fbond\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R``\x01\x90V[\x81Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x82U`\x06\x80T4\x91\x90_\x90a\x1F\xF4\x90\x84\x90aR\x14V[\x90\x91UPP`@\x80Q4\x81R` \x81\x01\x83\x90R`\xFF\x85\x16\x91\x7F\xE7i\xFAc5\xAD\xA1&\xA3\xFCF\x99\x1B+b\xC1d\xA8$>\x014\xCF%\x8FAe\xD6?P\x9B\xC9\x91\x01[`@Q\x80\x91\x03\x90\xA2PPPV[_a G\x82aD\x9BV[\x90P`\x03`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a kWa kaN\x18V[\x14\x15\x80\x15a \x99WP`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a \x96Wa \x96aN\x18V[\x14\x15[\x15a \xE0W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\r\x90\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aS\xE1V[`\x01\x81\x01T_\x90a!\x15\x90{\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aE)V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a!gW`@Q\x7Fw\x8C\xA1\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\r\x90V[\x81T`\x01\x80\x84\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16_\x90\x81R` \x83\x81R`@\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x90\x81\x17\x90\x91U\x81Q``\x81\x01\x83R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x83\x04\x91\x90\x91\x16\x84\x87\x01\x81\x90R\x94\x8E\x16\x8A\x81\x1B\x80\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x86\x04\x82\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x89\x8D\x01\x81\x90R\x92\x87\x16\x81\x16\x80\x8AR\x99\x90\x95\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x90\x98\x17\x94\x90\x94\x17\x93\x90\x93\x16\x95\x90\x95\x17\x83U\x93\x87R\x94\x86\x90R\x92\x85 \x85\x81U\x96\x87\x01\x80T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U\x95\x90\x91\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90U`\x06\x80T`\x01`\xA0\x1B\x88\x04\x92\x90\x92\x16\x96\x94\x90\x94\x16\x94\x91\x93\x91\x92\x86\x92\x91a#\x13\x90\x84\x90aR\x94V[\x90\x91UPP`@Q\x84\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90`\xFF\x89\x16\x90\x7F:-\xB7\xD21\\!b\xD4\xF4|)_QKZ\xAC\xF8E\x92\xE0$\xBCR\x98h\xAF\x8Dweg\xF7\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x14\xEC\x83\x85a-)V[`@\x80Qa\x01@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x91\x90\x91R`\xFF\x80\x83\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x81Qa\x01\0\x81\x01\x83R\x81Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x92\x83\x90\x04\x16\x95\x83\x01\x95\x90\x95R`\x01\x83\x01T\x94\x85\x16\x93\x82\x01\x93\x90\x93R\x93\x94\x90\x92``\x85\x01\x92\x90\x04\x16`\x04\x81\x11\x15a$DWa$DaN\x18V[`\x04\x81\x11\x15a$UWa$UaN\x18V[\x81R`\x01\x82\x01Ta\xFF\xFFu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16` \x83\x01Rc\xFF\xFF\xFF\xFFw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01R{\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16``\x82\x01R`\x02\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x90\x91\x01R\x90P_`\x03\x82``\x01Q`\x04\x81\x11\x15a$\xFCWa$\xFCaN\x18V[\x14\x80a%\x1DWP`\x04\x82``\x01Q`\x04\x81\x11\x15a%\x1BWa%\x1BaN\x18V[\x14[\x90P`@Q\x80a\x01@\x01`@R\x80\x83_\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83` \x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83``\x01Q`\x04\x81\x11\x15a%\x98Wa%\x98aN\x18V[\x81R` \x01a%\xD3\x86`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x90\x92\x16\x91\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[\x15\x15\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82a&\x13W_a& V[a& \x84`\xC0\x01QaE)V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\xE0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x92PPP\x91\x90PV[_a\x13\x08\x82aE\xD2V[`@Q\x7Fl\xED\x94}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R_\x90\x81\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cl\xED\x94}\x90`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a&\xE9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a'\r\x91\x90aT%V[\x91P\x91P_a'%\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aE\xD2V[\x90Pa'0\x81a:\xCCV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a'\x9AW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a'\xBE\x91\x90aT]V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a(>W`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1B`$\x82\x01R\x7FnextBatch beyond batchCount\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x15a)\xA3W_a(_6\x89\x90\x03\x89\x01\x89aR\xDEV[\x90Pa(l`\x01\x8AaTxV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a(\xECW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01\x81\x90R`$\x82\x01R\x7Fprior is not batch nextBatch - 1`D\x82\x01R`d\x01a\r\x90V[a(\xF5\x81a7%V[\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a)\x9CW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`$\x80\x82\x01R\x7Fprior posted after the deadline `D\x82\x01R\x7Fslot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\r\x90V[`\xC0\x01Q\x90P[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a+\x04W_a)\xCF6\x88\x90\x03\x88\x01\x88aR\xDEV[\x90P\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a*RW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01\x81\x90R`$\x82\x01R\x7Ffollowing is not batch nextBatch`D\x82\x01R`d\x01a\r\x90V[a*[\x81a7%V[\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a+\x02W`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`/`$\x82\x01R\x7Ffollowing posted in or before th`D\x82\x01R\x7Fe deadline slot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\r\x90V[P[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a+fW`@Q\x7F\x9A\xEE\n\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8B\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\r\x90V[_a+p\x84a5HV[\x90P_\x7FG\xC1K\x95_\xBF\x1B\x1F\x9F\xA2\xA8]j\\\xAA\x7F\xE55\xA8\x16\x03\xE3s\xF5\x07\x030\t\xC1\x90s\xA3\x8B`@Q` \x01a+\xB9\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa+\xDA\x81a?\xFDV[a,E\x82`\x01\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8A\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aB`V[PPPPPPPPPPPV[_a\x13\x08\x82a:qV[_a\x13\x08\x82[_a\x13\x08c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aT\x98V[_\x81\x84\x84`@Q` \x01a,\xB1\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1Ca,\xD3\x91\x90aRTV[\x94\x93PPPPV[_\x80[\x83\x82\x1C\x15a-\x1AW`\x01\x82\x1B\x84\x16\x15a-\nW\x82\x81\x03a,\xFEWPa\x13\x08V[a-\x07\x81aT\xC7V[\x90P[a-\x13\x82aT\xC7V[\x91Pa,\xDEV[a-\"aT\xFEV[P\x92\x91PPV[_\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82`@Q_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a-\x7FW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a-\x84V[``\x91P[PP\x90P\x80a-\xBFW`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPV[_a\x0C\xF1CaE\xD2V[_`\x02a-\xD9aE\x18V[a-\xE3\x91\x90aT\tV[`\x02T\x90\x91Px\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15a.zW`\x03_a.$`\x01\x85aR\x94V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x81\x16\x82Rd\x01\0\0\0\0\x90\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Ra.\x8EV[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01R[\x90P`\x01`\xFF\x86\x16\x1B_\x85a.\xAAW\x81\x19\x83` \x01Q\x16a.\xB2V[\x81\x83` \x01Q\x17[\x90P\x83\x15\x80\x15\x90a.\xD1WP\x84c\xFF\xFF\xFF\xFF\x16\x83_\x01Qc\xFF\xFF\xFF\xFF\x16\x14[\x15a/GW\x80`\x03_a.\xE5`\x01\x88aR\x94V[\x81R` \x01\x90\x81R` \x01_ _\x01`\x04a\x01\0\n\x81T\x81{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa/\xFDV[`@\x80Q\x80\x82\x01\x82Rc\xFF\xFF\xFF\xFF\x80\x88\x16\x82R{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16` \x80\x85\x01\x91\x82R_\x8A\x81R`\x03\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16d\x01\0\0\0\0\x02\x92\x16\x91\x90\x91\x17\x90Ua/\xAE\x84`\x01aR\x14V[`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U[PPPP\x92\x91PPV[__\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a1hW`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 a1\x8AV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[\x90P_a2\x02\x82a1\xC8\x88`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x90P_a2D\x82\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPaFu\x92PPPV[P\x90\x94P\x90P_\x81`\x03\x81\x11\x15a2]Wa2]aN\x18V[\x14a2\x94W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x93\x92PPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x80\x15\x80a2\xD5WP`\xFF\x81\x81\x16\x14[\x15a3$W`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\r\x90V[_a30`\x01\x83aS\xB1V[\x90Pa3:a-\xC4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a3\x93W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\r\x90V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a3\xCDa3\xC8\x85`\x01aU+V[a:qV[a3\xD7\x91\x90aU+V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a4%W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\r\x90V[`\x01`\xFF\x82\x16\x1Ba48a\x03=\x85a,bV[\x16_\x03a4\x86W`@Q\x7F\xB2\x1F\xD2M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R`D\x01a\r\x90V[`@\x80Q\x7F\x92\x0Bbs0H\xD3c9l\x99\xC8\xA7Gc\xE8h\x03\xC8\xE9\x0C9\\\x8D\x0B\xDB\xAC\x8F\xDA\x18\x15Q` \x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x91\x81\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa5\x04\x81a?\xFDV[`\xFF\x82\x16_\x90\x81R` \x81\x90R`@\x81 \x80T\x90\x91a5>\x91\x85\x91\x90\x85\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x80aB`V[a\x14\xEC\x83\x82aF\xBEV[__a5S\x83a,bV[\x90P_a5_\x82a\x14\xF5V[\x90P_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80_\x03a6\xC0W`@Q\x7F\x97\xB2`\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\r\x90V[a7\x1C\x82a\x0B\xFAa7\x0B\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85a,\x93V[\x95\x94PPPPPV[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a7\xEEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a8\x12\x91\x90aUKV[\x14a\x0C\xE5W` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\r\x90V[_\x81[\x80\x15a9\x0EW_`\x03\x81a8s`\x01\x85aR\x94V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rd\x01\0\0\0\0\x90\x92\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x90\x92P\x90\x86\x16\x10a8\xFDW` \x01Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91Pa\x13\x08\x90PV[Pa9\x07\x81aUbV[\x90Pa8^V[P_\x93\x92PPPV[_\x80`\x01\x86\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x86\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80a:>\x85\x85\x84a,\x93V[\x82a:I\x89\x89aG\xDFV[a:S\x91\x90aR\x14V[a:]\x91\x90aR\x94V[a:g\x91\x90aRTV[\x96\x95PPPPPPV[_a:\xA2c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aU\x96V[a\x13\x08\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aU+V[a:\xD4a-\xC4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a;+W`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\r\x90V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a;`a3\xC8\x83`\x01aU+V[a;j\x91\x90aU+V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x0C\xE5W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\r\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a<\"W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a<F\x91\x90aT]V[\x90P\x81_\x81\x90\x03a<\xCAWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a<\xC3W`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x10`$\x82\x01R\x7Fheaders required\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[PPa?\xF6V[_[\x81\x81\x10\x15a>YW_\x85\x85\x83\x81\x81\x10a<\xE7Wa<\xE7aRgV[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90a<\xFE\x91\x90aR\xDEV[\x90Pa=\x14\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16aR\x14V[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a=\x8AW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x17`$\x82\x01R\x7Fheaders not consecutive\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[a=\x93\x81a7%V[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a=\xE9WP\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14[\x15a>PW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x15`$\x82\x01R\x7Fleader posted in slot\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[P`\x01\x01a<\xCCV[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x15\x80\x15\x90a>\xB1WP\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84\x84_\x81\x81\x10a>\x8BWa>\x8BaRgV[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a>\xA4\x91\x90aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a?\x18W`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1D`$\x82\x01R\x7Fheaders start inside the slot\0\0\0`D\x82\x01R`d\x01a\r\x90V[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a?9\x91\x90aR\x14V[\x14\x15\x80\x15a?\x8FWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x84\x84a?Z`\x01\x85aR\x94V[\x81\x81\x10a?iWa?iaRgV[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a?\x82\x91\x90aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a\x14\xECW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1B`$\x82\x01R\x7Fheaders end inside the slot\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[PPPPPV[_\x81\x81R`\x04` R`@\x90 T`\xFF\x16\x15a@HW`@Q\x7F\xEA\x036\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\r\x90V[_\x90\x81R`\x04` R`@\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UV[`\x02\x80T`\x01`\xFF\x85\x16\x81\x90\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85\x04\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90\x91U\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90UaA6c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16CaU+V[`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x80\x82\x01T{\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01\x83\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aA\xBDWaA\xBDaN\x18V[\x03aB\x10WaA\xCC\x83_a-\xCEV[`\x01\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P[`\x02\x82\x01T`@\x80Qc\xFF\xFF\xFF\xFF\x84\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16` \x83\x01R`\xFF\x85\x16\x91\x7F\x014mo\xC7A\xD2\x81%\x86\xFE\xBE\xAD\x80C\xA0\xD4\xA1\xF2\x7F?\x91W\xE4 {\xC5\x1B\xD8_\xBF\x1F\x91\x01a 0V[`\xFF\x86\x16_\x90\x81R` \x81\x90R`@\x81 \x80T\x90\x91\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x10aB\xADW\x81T`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aB\xAFV[\x84[\x90P_\x81\x84\x10aB\xBFW\x81aB\xC1V[\x83[\x90P_a'\x10a\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aB\xF6\x84\x86aR\x94V[aC\0\x91\x90aS\xCAV[aC\n\x91\x90aU\xB9V[\x84T\x90\x91P\x83\x90\x85\x90`\x14\x90aC6\x90\x84\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aU\xCCV[\x92Pa\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\x06_\x82\x82TaCu\x91\x90aR\x94V[\x90\x91UP\x81\x90PaC\x86\x83\x85aR\x94V[aC\x90\x91\x90aR\x94V[`\x07_\x82\x82TaC\xA0\x91\x90aR\x14V[\x90\x91UPaC\xB0\x90P\x81\x83aR\x14V[`\x08_\x82\x82TaC\xC0\x91\x90aR\x14V[\x90\x91UPP\x80\x15aC\xEFW3_\x90\x81R`\x05` R`@\x81 \x80T\x83\x92\x90aC\xE9\x90\x84\x90aR\x14V[\x90\x91UPP[\x81\x15aD/Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16_\x90\x81R`\x05` R`@\x81 \x80T\x84\x92\x90aD)\x90\x84\x90aR\x14V[\x90\x91UPP[\x87\x89`\x02\x81\x11\x15aDBWaDBaN\x18V[`@\x80Q3\x81R` \x81\x01\x87\x90R\x90\x81\x01\x84\x90R``\x81\x01\x85\x90R`\xFF\x8D\x16\x90\x7F\xA5\x13o\x82\xD7\x17\xA3H%``\xFA1\xFAnW\xA2!\xB8\x01g\xBAL\xCD\xA25\x8C\x9C\xC79v;\x90`\x80\x01`@Q\x80\x91\x03\x90\xA4PPPPPPPPPPV[_aD\xA5\x82aEdV[\x80T\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14aE\x13W\x80T`@Q\x7F$Z\xEC\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\r\x90V[\x91\x90PV[_a\x0C\xF1aE$a-\xC4V[a,bV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16aEZ\x83aI\xCEV[a\x13\x08\x91\x90aU+V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x81 \x90`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aE\x96WaE\x96aN\x18V[\x03aE\x13W`@Q\x7F\xB3\xD2\0t\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01R`$\x01a\r\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x10aFnWc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aF_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aR\x94V[aFi\x91\x90aU\xB9V[a\x13\x08V[_\x92\x91PPV[___\x83Q`A\x03aF\xACW` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1AaF\x9E\x88\x82\x85\x85aJ8V[\x95P\x95P\x95PPPPaF\xB7V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[`\x01\x81\x81\x01\x80T`\x02\x80T`\xFF\x87\x81\x16\x86\x90\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85\x04\x92\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90\x91U\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90\x92U`\x01`\xA0\x1B\x90\x04\x16\x90\x81`\x04\x81\x11\x15aG|WaG|aN\x18V[\x03aG\xB2WaG\x8B\x83_a-\xCEV[\x82`\x01\x01`\x1Ba\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPPV[`\x02\x81`\x04\x81\x11\x15aG\xC6WaG\xC6aN\x18V[\x03a-\xBFW`\x02aG\xD5aE\x18V[aG\x8B\x91\x90aT\tV[_a\x1D\x07aG\xF0`\x01\x80\x85\x1BaR\x94V[\x84\x16_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03\x91P`\x02\x82\x90\x1C\x7F33333333333333333333333333333333\x16\x82\x7F33333333333333333333333333333333\x16\x01\x91P`\x04\x82\x90\x1C\x82\x01\x7F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16\x91P`\x08\x82\x90\x1C~\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\x16\x82~\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\x16\x01\x91P`\x10\x82\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x16\x82}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x16\x01\x91P` \x82\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x16\x82{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x16\x01\x91P`@\x82\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x01\x91P`\x80\x82\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x16\x83\x16\x01\x90P\x91\x90PV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x83c\xFF\xFF\xFF\xFF\x16aJ.\x91\x90aU\x96V[a:\xA2\x91\x90aU\x96V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15aJqWP_\x91P`\x03\x90P\x82aK\x03V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15aJ\xC2W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16aJ\xFAWP_\x92P`\x01\x91P\x82\x90PaK\x03V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0C\xE5W__\xFD[\x805aE\x13\x81aK\rV[_` \x82\x84\x03\x12\x15aK=W__\xFD[\x815a\x1D\x07\x81aK\rV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aK\x82W\x83Q`\xFF\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aKaV[P\x90\x95\x94PPPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0C\xE5W__\xFD[\x805aE\x13\x81aK\x8DV[_` \x82\x84\x03\x12\x15aK\xC9W__\xFD[\x815a\x1D\x07\x81aK\x8DV[_a\x01\0\x82\x84\x03\x12\x15aK\xE5W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12aK\xFBW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aL\x12W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aL)W__\xFD[\x92P\x92\x90PV[______a\x02@\x87\x89\x03\x12\x15aLFW__\xFD[aLP\x88\x88aK\xD4V[\x95Pa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aLlW__\xFD[aLx\x89\x82\x8A\x01aK\xEBV[\x90\x96P\x94PaL\x8D\x90P\x88a\x01 \x89\x01aK\xD4V[\x92Pa\x02 \x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aL\xA9W__\xFD[aL\xB5\x89\x82\x8A\x01aK\xEBV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[____a\x02 \x85\x87\x03\x12\x15aL\xDBW__\xFD[aL\xE5\x86\x86aK\xD4V[\x93Pa\x01\0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aM\x01W__\xFD[aM\r\x87\x82\x88\x01aK\xEBV[\x90\x94P\x92PaM\"\x90P\x86a\x01 \x87\x01aK\xD4V[\x90P\x92\x95\x91\x94P\x92PV[_` \x82\x84\x03\x12\x15aM=W__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1D\x07W__\xFD[_` \x82\x84\x03\x12\x15aM`W__\xFD[P5\x91\x90PV[____``\x85\x87\x03\x12\x15aMzW__\xFD[\x845aM\x85\x81aK\rV[\x93P` \x85\x015aM\x95\x81aK\rV[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aM\xB0W__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aM\xC0W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aM\xD6W__\xFD[\x87` \x82`\x08\x1B\x84\x01\x01\x11\x15aM\xEAW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[_` \x82\x84\x03\x12\x15aN\x08W__\xFD[\x815`\xFF\x81\x16\x81\x14a\x1D\x07W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10aNzW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[\x81Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x01@\x81\x01` \x83\x01QaN\xBC` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaN\xE4`@\x84\x01\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaN\xF7``\x84\x01\x82aNEV[P`\x80\x83\x01QaO\x0B`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01QaO!`\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaO9`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaOQ`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaOoa\x01\0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa-\"a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x02@\x81\x01` \x83\x01QaO\xBF` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaO\xD4`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01QaO\xEC``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaP\x04`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaP\x1C`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaP4`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaPL`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaPfa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaP\x80a\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaP\x98a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01QaP\xB2a\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaP\xD4a\x01\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaP\xF6a\x01\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01QaQ\x18a\x01\xC0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xE0\x83\x01QaQ0a\x01\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02\0\x83\x01QaQRa\x02\0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02 \x83\x01Qa-\"a\x02 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[____a\x02@\x85\x87\x03\x12\x15aQ\x80W__\xFD[\x845aQ\x8B\x81aK\rV[\x93P` \x85\x015aQ\x9B\x81aK\rV[\x92PaQ\xAA\x86`@\x87\x01aK\xD4V[\x91PaM\"\x86a\x01@\x87\x01aK\xD4V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aRbWaRbaR'V[P\x06\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[_`\xFF\x82\x16`\xFF\x81\x03aR\xBCWaR\xBCaQ\xE7V[`\x01\x01\x92\x91PPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[_a\x01\0\x82\x84\x03\x12\x80\x15aR\xF0W__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aS:W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@RaSF\x83aK\"V[\x81RaST` \x84\x01aK\"V[` \x82\x01RaSe`@\x84\x01aK\"V[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01RaS\x94`\xC0\x84\x01aK\"V[`\xC0\x82\x01RaS\xA5`\xE0\x84\x01aK\xAEV[`\xE0\x82\x01R\x93\x92PPPV[`\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x13\x08Wa\x13\x08aQ\xE7V[` \x81\x01a\x13\x08\x82\x84aNEV[a\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[__`@\x83\x85\x03\x12\x15aT6W__\xFD[\x82QaTA\x81aK\rV[` \x84\x01Q\x90\x92PaTR\x81aK\x8DV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15aTmW__\xFD[\x81Qa\x1D\x07\x81aK\rV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80aT\xB1WaT\xB1aR'V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03aT\xF7WaT\xF7aQ\xE7V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x01`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[_` \x82\x84\x03\x12\x15aU[W__\xFD[PQ\x91\x90PV[_\x81aUpWaUpaQ\xE7V[P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a-\"Wa-\"aQ\xE7V[_\x82aU\xC7WaU\xC7aR'V[P\x04\x90V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7Va\x02``@R4\x80\x15a\0\x10W__\xFD[P`@Qa/\x0B8\x03\x80a/\x0B\x839\x81\x01`@\x81\x90Ra\0/\x91a\x02#V[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90a\0n\x82_a\x01}V[a\x01 Ra\0}\x81`\x01a\x01}V[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\t`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R3a\x01`R`\x01`\x01`@\x1B\x03\x96\x87\x16a\x01\x80R\x94\x90\x95\x16a\x01\xA0\x81\x90Rc\xFF\xFF\xFF\xFF\x93\x84\x16a\x01\xC0R\x91\x83\x16a\x01\xE0R\x82\x16a\x02\0R`\x01`\x01``\x1B\x03\x90\x93\x16a\x02 R\x16a\x02@R`\x02\x80T`\x01`\x01`\xC0\x1B\x03\x16`\x01`\xC0\x1B\x90\x92\x02\x91\x90\x91\x17\x90Ua\x04\\V[_` \x83Q\x10\x15a\x01\x98Wa\x01\x91\x83a\x01\xAFV[\x90Pa\x01\xA9V[\x81a\x01\xA3\x84\x82a\x03JV[P`\xFF\x90P[\x92\x91PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x01\xE2W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x01\xD9\x91\x90a\x04\x04V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x01\xED\x82a\x049V[\x17\x93\x92PPPV[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x02\x0BW__\xFD[\x91\x90PV[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x02\x0BW__\xFD[_______`\xE0\x88\x8A\x03\x12\x15a\x029W__\xFD[a\x02B\x88a\x01\xF5V[\x96Pa\x02P` \x89\x01a\x01\xF5V[\x95Pa\x02^`@\x89\x01a\x02\x10V[\x94Pa\x02l``\x89\x01a\x02\x10V[\x93Pa\x02z`\x80\x89\x01a\x02\x10V[`\xA0\x89\x01Q\x90\x93P`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x02\x96W__\xFD[\x91Pa\x02\xA4`\xC0\x89\x01a\x02\x10V[\x90P\x92\x95\x98\x91\x94\x97P\x92\x95PV[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x02\xDAW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x02\xF8WcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x03EW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x03#WP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x03BW_\x81U`\x01\x01a\x03/V[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x03cWa\x03ca\x02\xB2V[a\x03w\x81a\x03q\x84Ta\x02\xC6V[\x84a\x02\xFEV[` `\x1F\x82\x11`\x01\x81\x14a\x03\xA9W_\x83\x15a\x03\x92WP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x03BV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\x03\xD8W\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x03\xB8V[P\x84\x82\x10\x15a\x03\xF5W\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x02\xF8W_\x19` \x91\x90\x91\x03`\x03\x1B\x1B\x16\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa\x02\0Qa\x02 Qa\x02@Qa)\x97a\x05t_9_\x81\x81a\x04\xAF\x01R\x81\x81a\x0C&\x01Ra\x0C\x87\x01R_\x81\x81a\x02\xA5\x01R\x81\x81a\x06\xFB\x01R\x81\x81a\x07@\x01R\x81\x81a\x07\xBB\x01R\x81\x81a\x0C\xB6\x01R\x81\x81a\r\x1E\x01Ra\x1C\xF2\x01R_\x81\x81a\x05\xAE\x01R\x81\x81a\x0B\xC4\x01Ra\x16\xBC\x01R_\x81\x81a\x06\0\x01Ra\x10\xCA\x01R_\x81\x81a\x05)\x01Ra\x19\x89\x01R_\x81\x81a\x02r\x01Ra\x19\xB7\x01R_\x81\x81a\x05{\x01R\x81\x81a\x0F]\x01R\x81\x81a\x11\xF7\x01Ra\x127\x01R_\x81\x81a\x03\x8C\x01Ra\x15\xFB\x01R_a\x17\xC7\x01R_a\x17\x9B\x01R_a\x1F\xD8\x01R_a\x1F\xB0\x01R_a\x1F\x0B\x01R_a\x1F5\x01R_a\x1F_\x01Ra)\x97_\xF3\xFE`\x80`@R`\x046\x10a\x01\xA4W_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\0\xE7W\x80c\xC8\x1F\xF7\xB6\x11a\0\x87W\x80c\xE3\x8FpE\x11a\0bW\x80c\xE3\x8FpE\x14a\x05\x9DW\x80c\xE7\x82\x98\x07\x14a\x05\xD0W\x80c\xE8\x88\x16\xE7\x14a\x05\xEFW\x80c\xF7n\x18_\x14a\x06\"W__\xFD[\x80c\xC8\x1F\xF7\xB6\x14a\x05\x18W\x80c\xCA\xF63\xBC\x14a\x05KW\x80c\xD6\xAE<\xD5\x14a\x05jW__\xFD[\x80c\xAB\x91\xC7\xB0\x11a\0\xC2W\x80c\xAB\x91\xC7\xB0\x14a\x04lW\x80c\xAD\xBE\x8A\0\x14a\x04\x9EW\x80c\xAE\xC1\x85\xFC\x14a\x04\xE6W\x80c\xC0\xC3\xF8.\x14a\x04\xF9W__\xFD[\x80c\x84\xB0\x19n\x14a\x04\x07W\x80c\x96R6D\x14a\x04.W\x80c\x97-3l\x14a\x04XW__\xFD[\x80cd\xBB\n\"\x11a\x01RW\x80cz\xD7\xB1\xC9\x11a\x01-W\x80cz\xD7\xB1\xC9\x14a\x03WW\x80c{\x109\x99\x14a\x03{W\x80c}\x88 \x97\x14a\x03\xD3W\x80c\x81\x1A\xEC:\x14a\x03\xE8W__\xFD[\x80cd\xBB\n\"\x14a\x02\x94W\x80cl\xED\x94}\x14a\x02\xE4W\x80cp\\\xAD\x13\x14a\x038W__\xFD[\x80c--\xA8\x06\x11a\x01\x82W\x80c--\xA8\x06\x14a\x028W\x80cGcC\xEE\x14a\x02KW\x80cL\xDC\x9Cc\x14a\x02aW__\xFD[\x80c\x06\xF10V\x14a\x01\xA8W\x80c\x13\x08<4\x14a\x01\xE0W\x80c\x13\xD7\xA4\xFB\x14a\x02\x19W[__\xFD[4\x80\x15a\x01\xB3W__\xFD[P`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x01\xEBW__\xFD[Pa\x02\x0Ba\x01\xFA6`\x04a!\xC0V[`\x05` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\x01\xD7V[4\x80\x15a\x02$W__\xFD[Pa\x02\x0Ba\x0236`\x04a!\xF0V[a\x06AV[a\x01\xC2a\x02F6`\x04a!\xC0V[a\x06\xABV[4\x80\x15a\x02VW__\xFD[Pa\x02_a\x08\x1DV[\0[4\x80\x15a\x02lW__\xFD[Pa\x01\xC2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02\x9FW__\xFD[Pa\x02\xC7\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD7V[4\x80\x15a\x02\xEFW__\xFD[Pa\x03\x03a\x02\xFE6`\x04a\"\"V[a\t4V[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x01\xD7V[4\x80\x15a\x03CW__\xFD[Pa\x02\x0Ba\x03R6`\x04a\"\"V[a\t\xC3V[4\x80\x15a\x03bW__\xFD[Pa\x03ka\n6V[`@Q\x90\x15\x15\x81R` \x01a\x01\xD7V[4\x80\x15a\x03\x86W__\xFD[Pa\x03\xAE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD7V[4\x80\x15a\x03\xDEW__\xFD[Pa\x02\x0B`\x06T\x81V[4\x80\x15a\x03\xF3W__\xFD[Pa\x02_a\x04\x026`\x04a\"\x80V[a\nQV[4\x80\x15a\x04\x12W__\xFD[Pa\x04\x1Ba\x0B[V[`@Qa\x01\xD7\x97\x96\x95\x94\x93\x92\x91\x90a#\x1EV[4\x80\x15a\x049W__\xFD[P`\x02Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xC2V[4\x80\x15a\x04cW__\xFD[Pa\x01\xC2a\x0B\xB9V[4\x80\x15a\x04wW__\xFD[P`\x02Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xC2V[4\x80\x15a\x04\xA9W__\xFD[Pa\x04\xD1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xD7V[a\x01\xC2a\x04\xF46`\x04a#\xDDV[a\x0C\x1AV[4\x80\x15a\x05\x04W__\xFD[Pa\x02\x0Ba\x05\x136`\x04a$\x1CV[a\r\x9AV[4\x80\x15a\x05#W__\xFD[Pa\x04\xD1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05VW__\xFD[Pa\x02_a\x05e6`\x04a\"\"V[a\r\xD6V[4\x80\x15a\x05uW__\xFD[Pa\x01\xC2\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xA8W__\xFD[Pa\x04\xD1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xDBW__\xFD[Pa\x02\x0Ba\x05\xEA6`\x04a!\xF0V[a\x10\x02V[4\x80\x15a\x05\xFAW__\xFD[Pa\x04\xD1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06-W__\xFD[Pa\x02_a\x06<6`\x04a$\x8DV[a\x10\x1DV[_a\x06\xA5a\x06T6\x84\x90\x03\x84\x01\x84a%>V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x92\x91PPV[_s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x06\xF9W`@Q\x7F\xB2\xE52\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x11a\x07\xA8Wa\x07gk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01a&>V[`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x91\x90\x91R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[_a\x07\xE1k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x164a&QV[\x90P\x80`\x06_\x82\x82Ta\x07\xF4\x91\x90a&>V[\x92PP\x81\x90UPa\x08\x16`\x01\x84\x83`@Q\x80` \x01`@R\x80_\x81RPa\x10HV[\x93\x92PPPV[3_\x90\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a\x08fW`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x81\x81R`\x05` R`@\x80\x82 \x91\x90\x91UQ\x7F\xC0\x81\x9C\x13\xBE\x86\x88\x95\xEB\x93\xE4\x0E\xAC\xEB\x96\xDE\x97dB\xFA\x1D@N\\U\xF1K\xB6Z\x8CH\x9A\x90a\x08\xA9\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2`@Q_\x903\x90\x83\x90\x83\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\x08\xF0W`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\x08\xF5V[``\x91P[PP\x90P\x80a\t0W`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPV[`\x02T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x84\x16\x10a\t\xA1W`@Q\x7F\x9FX_/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x07\x9FV[PPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x81\x90\x1C\x91V[`\x02T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x83\x16\x10a\n\x1AW`@Q\x7F)2?\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x07\x9FV[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x03` R`@\x90 T\x90V[_a\n?a\x0B\xB9V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15\x90P\x90V[_[\x80I\x15a\njWa\nc\x81a&dV[\x90Pa\nSV[\x80_\x03a\n\xA3W`@Q\x7F\xFD\xAC\"\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\n\xBDWa\n\xBDa%\x11V[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\n\xE6W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x82\x81\x10\x15a\x0B\x1AW\x80I\x82\x82\x81Q\x81\x10a\x0B\x07Wa\x0B\x07a&\x9BV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\n\xEBV[P_\x81`@Q` \x01a\x0B-\x91\x90a&\xC8V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x0BS\x86\x82\x87\x87`\x01a\x11\x80V[PPPPPPV[_``\x80___``a\x0Bla\x17\x94V[a\x0Bta\x17\xC0V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`\x02T_\x90a\x0C\x15\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a&\xFDV[\x90P\x90V[_\x81\x80\x15\x80a\x0CNWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81\x11[\x15a\x0C\xB4W`@Q\x7F\xFC\xCD\xD6\xB4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90Rc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`$\x82\x01R`D\x01a\x07\x9FV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x14a\rQW`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01a\x07\x9FV[a\r\x92___\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x10H\x92PPPV[\x94\x93PPPPV[_a\x08\x16\x83\x83\x80\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83` \x02\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x17\xED\x92PPPV[`@\x80Q`\x80\x81\x01\x82R`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x84\x01\x81\x90Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x82\x16\x94\x84\x01\x94\x90\x94Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x83\x01R\x90\x91\x90\x83\x16\x11\x15\x80a\x0EpWP\x80`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a\x0E\xD9W` \x81\x01Qa\x0E\x85\x90`\x01a&\xFDV[`@\x80\x83\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x83\x16`D\x82\x01R`d\x01a\x07\x9FV[Ca\x0F\x06a\x0E\xE8`\x01\x85a'\x1DV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a\x0FGW`@Q\x7FV\x935m\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@\x80Qa\x01\0\x81\x01\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x83Q\x16` \x82\x01R_\x91\x81\x01a\x0F\x94a\x19\x81V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x0F\xAF\x84_\x01Qa\x19\xE7V[\x81R` \x01__\x1B\x81R` \x01__\x1B\x81R` \x01\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01_s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90Pa\x0F\xFD\x82\x82`\x02_a\x1A*V[PPPV[_a\x06\xA5a\x10\x18a\x06T6\x85\x90\x03\x85\x01\x85a%>V[a\x1D\xB9V[a\x10A\x85\x85\x85`@Qa\x101\x92\x91\x90a'=V[`@Q\x80\x91\x03\x90 \x84\x84_a\x11\x80V[PPPPPV[`\x02\x80Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a\x10v\x82`\x01a&\xFDV[\x81Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x81U_a\x10\xF0c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Ca&\xFDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16_\x81\x81R`\x04` R`@\x90\x81\x90 3`\xA0\x85\x90\x1B{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x17\x90\x91U\x90Q\x92\x93P\x91\x7F\xEF\xF3*#\xB4\x0B\xEF/\xB2*\x16K\x98<vq\xAD\xBF\t&\n\x99\xF7\xC1`\xD0u\xD1\xFA\\\xC7\0\x90a\x11n\x90\x8B\x90\x8B\x90\x8B\x90\x88\x90\x8C\x90a'yV[`@Q\x80\x91\x03\x90\xA3PP\x94\x93PPPPV[`@\x80Q`\x80\x81\x01\x82R`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x80\x85\x01\x91\x90\x91Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x82\x16\x94\x84\x01\x94\x90\x94Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16``\x83\x01R\x90\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90a\x12&\x90\x88\x01\x88a\"\"V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x12\xA9W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x12c` \x88\x01\x88a\"\"V[`@Q\x7F2KJ$\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x07\x9FV[\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x12\xC5`@\x88\x01` \x89\x01a\"\"V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x13,W\x80Qa\x12\xE6`@\x88\x01` \x89\x01a\"\"V[`@Q\x7F\xF6\xD1\xAF\xA3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x07\x9FV[_a\x135a\x19\x81V[\x90Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x13R``\x89\x01`@\x8A\x01a\"\"V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x13\xB8W\x80a\x13r``\x89\x01`@\x8A\x01a\"\"V[`@Q\x7F7.\xAC\xF0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x07\x9FV[_a\x13\xC5\x83_\x01Qa\x19\xE7V[\x90P\x80\x88``\x015\x14a\x14\x11W`@Q\x7F\xF8\xBE\xF0\x82\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R``\x89\x015`$\x82\x01R`D\x01a\x07\x9FV[\x86\x88`\x80\x015\x14a\x14[W`@Q\x7Fb\xAF\x137\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x88\x90R`\x80\x89\x015`$\x82\x01R`D\x01a\x07\x9FV[_a\x14k6\x8A\x90\x03\x8A\x01\x8Aa%>V[`\xE0\x81\x01Q\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x80\x15\x90a\x16\xB9W__a\x15)a\x14\xEEa\x10\x18\x86\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x8B\x8B\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1E\0\x92PPPV[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x15BWa\x15Ba'LV[\x14\x15\x80a\x15\x7FWP\x83`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x15\xB6W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Q\x7Fyx%\x1D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cyx%\x1D\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16@W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16d\x91\x90a'\xDEV[a\x16\xB2W`@Q\x7F:\x1C\x15E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x07\x9FV[PPa\x17|V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x86``\x01Qa\x16\xF0\x91\x90a&\xFDV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x17BW`@Q\x7F\xE5\x13\x02\xD0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x07\x9FV[\x87\x15a\x17zW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P[a\x17\x88\x85\x83\x88\x84a\x1A*V[PPPPPPPPPPV[``a\x0C\x15\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a\x1EIV[``a\x0C\x15\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a\x1EIV[\x80Q_\x90\x80\x82\x03a\x18\0WP_\x92\x91PPV[\x80[`\x01\x81\x11\x15a\x19-W_`\x02a\x18\x19\x83`\x01a&>V[a\x18#\x91\x90a(*V[\x90P_[a\x182`\x02\x84a(*V[\x81\x10\x15a\x18\xC4Wa\x18\x9F\x86a\x18H\x83`\x02a(=V[\x81Q\x81\x10a\x18XWa\x18Xa&\x9BV[` \x02` \x01\x01Q\x87\x83`\x02a\x18n\x91\x90a(=V[a\x18y\x90`\x01a&>V[\x81Q\x81\x10a\x18\x89Wa\x18\x89a&\x9BV[` \x02` \x01\x01Q_\x91\x82R` R`@\x90 \x90V[\x86\x82\x81Q\x81\x10a\x18\xB1Wa\x18\xB1a&\x9BV[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x18'V[Pa\x18\xD0`\x02\x83a(TV[`\x01\x03a\x19&W\x84a\x18\xE3`\x01\x84a&QV[\x81Q\x81\x10a\x18\xF3Wa\x18\xF3a&\x9BV[` \x02` \x01\x01Q\x85`\x01\x83a\x19\t\x91\x90a&QV[\x81Q\x81\x10a\x19\x19Wa\x19\x19a&\x9BV[` \x02` \x01\x01\x81\x81RPP[\x90Pa\x18\x02V[\x81\x84_\x81Q\x81\x10a\x19@Wa\x19@a&\x9BV[` \x02` \x01\x01Q`@Q` \x01a\x19b\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x92PPP\x91\x90PV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x19\xDDg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Ca&QV[a\x0C\x15\x91\x90a(*V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x1A#W`\x03_a\x1A\x06`\x01\x85a'\x1DV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ Ta\x06\xA5V[_\x92\x91PPV[`\xC0\x83\x01Q` \x85\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x10\x80a\x1AfWP\x84`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a\x1A\xC4W` \x85\x01Q`@\x80\x87\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x82\x16`D\x82\x01R`d\x01a\x07\x9FV[\x84`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a\x1BSWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90\x81\x16C\x11\x15a\x1BQW`@Q\x7FSp\xFD\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x07\x9FV[P[_a\x1B\xA9\x85\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[` \x80\x88\x01Q\x88Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x03\x90\x92R`@\x90\x91 \x82\x90U\x87Q\x91\x92P\x90`\x01\x90\x88\x90a\x1B\xE2\x90\x83\x90a&\xFDV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x91R\x84\x16` \x89\x01RP\x83\x15a\x1C\x10Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFC\x16``\x88\x01R[\x86Q`\x02\x80T` \x8A\x01Q`@\x8B\x01Q``\x8C\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x95\x86\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x94\x16\x93\x90\x93\x17h\x01\0\0\0\0\0\0\0\0\x92\x86\x16\x92\x90\x92\x02\x91\x90\x91\x17o\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x85\x16\x91\x90\x91\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x84\x16\x91\x90\x91\x02\x17\x90U\x81\x81\x16\x90\x84\x16\x14a\x1DTWk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x1D\x1C\x82\x85a'\x1DV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1D0\x91\x90a(=V[3_\x90\x81R`\x05` R`@\x81 \x80T\x90\x91\x90a\x1DN\x90\x84\x90a&>V[\x90\x91UPP[\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x87` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7F\xDC\x7F\x16}\xA1\x8A\rx\xB1jR\x18U.\xC7\xBB\xD8\xB1\xF1w\x10\xBA\xAC\xF5U\xC1\xC6\xE1W\xB9\x0E5\x883\x86\x8C`@Qa\x1D\xA8\x94\x93\x92\x91\x90a(gV[`@Q\x80\x91\x03\x90\xA4PPPPPPPV[_a\x06\xA5a\x1D\xC5a\x1E\xF2V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[___\x83Q`A\x03a\x1E7W` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa\x1E)\x88\x82\x85\x85a (V[\x95P\x95P\x95PPPPa\x1EBV[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[```\xFF\x83\x14a\x1EcWa\x1E\\\x83a!\x1BV[\x90Pa\x06\xA5V[\x81\x80Ta\x1Eo\x90a)LV[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta\x1E\x9B\x90a)LV[\x80\x15a\x1E\xE6W\x80`\x1F\x10a\x1E\xBDWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a\x1E\xE6V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a\x1E\xC9W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x06\xA5V[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a\x1FWWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a\x1F\x81WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x0C\x15`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a aWP_\x91P`\x03\x90P\x82a!\x11V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a \xB2W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a!\x08WP_\x92P`\x01\x91P\x82\x90Pa!\x11V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[``_a!'\x83a!XV[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x06\xA5W`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x805s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a!\xBBW__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a!\xD0W__\xFD[a\x08\x16\x82a!\x98V[_a\x01\0\x82\x84\x03\x12\x15a!\xEAW__\xFD[P\x91\x90PV[_a\x01\0\x82\x84\x03\x12\x15a\"\x01W__\xFD[a\x08\x16\x83\x83a!\xD9V[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a!\xBBW__\xFD[_` \x82\x84\x03\x12\x15a\"2W__\xFD[a\x08\x16\x82a\"\x0BV[__\x83`\x1F\x84\x01\x12a\"KW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"bW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\"yW__\xFD[\x92P\x92\x90PV[___a\x01 \x84\x86\x03\x12\x15a\"\x93W__\xFD[a\"\x9D\x85\x85a!\xD9V[\x92Pa\x01\0\x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\"\xB9W__\xFD[a\"\xC5\x86\x82\x87\x01a\";V[\x94\x97\x90\x96P\x93\x94PPPPV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a#X`\xE0\x83\x01\x89a\"\xD2V[\x82\x81\x03`@\x84\x01Ra#j\x81\x89a\"\xD2V[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a#\xCCW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a#\xAEV[P\x90\x9B\x9APPPPPPPPPPPV[__` \x83\x85\x03\x12\x15a#\xEEW__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x04W__\xFD[a$\x10\x85\x82\x86\x01a\";V[\x90\x96\x90\x95P\x93PPPPV[__` \x83\x85\x03\x12\x15a$-W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$CW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a$SW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$iW__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a$}W__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[_____a\x01@\x86\x88\x03\x12\x15a$\xA2W__\xFD[a$\xAC\x87\x87a!\xD9V[\x94Pa\x01\0\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xC8W__\xFD[a$\xD4\x88\x82\x89\x01a\";V[\x90\x95P\x93PPa\x01 \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xF4W__\xFD[a%\0\x88\x82\x89\x01a\";V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a%PW__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a%\x9AW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Ra%\xA6\x83a\"\x0BV[\x81Ra%\xB4` \x84\x01a\"\x0BV[` \x82\x01Ra%\xC5`@\x84\x01a\"\x0BV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra%\xF4`\xC0\x84\x01a\"\x0BV[`\xC0\x82\x01Ra&\x05`\xE0\x84\x01a!\x98V[`\xE0\x82\x01R\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x06\xA5Wa\x06\xA5a&\x11V[\x81\x81\x03\x81\x81\x11\x15a\x06\xA5Wa\x06\xA5a&\x11V[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a&\x94Wa&\x94a&\x11V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81Q_\x90\x82\x90` \x85\x01\x83[\x82\x81\x10\x15a&\xF2W\x81Q\x84R` \x93\x84\x01\x93\x90\x91\x01\x90`\x01\x01a&\xD4V[P\x91\x95\x94PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x06\xA5Wa\x06\xA5a&\x11V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x06\xA5Wa\x06\xA5a&\x11V[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_`\x02\x87\x10a'\x8AWa'\x8Aa'LV[\x86\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x83\x01R\x84`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16``\x83\x01R`\xA0`\x80\x83\x01Ra'\xD3`\xA0\x83\x01\x84a\"\xD2V[\x97\x96PPPPPPPV[_` \x82\x84\x03\x12\x15a'\xEEW__\xFD[\x81Q\x80\x15\x15\x81\x14a\x08\x16W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82a(8Wa(8a'\xFDV[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x06\xA5Wa\x06\xA5a&\x11V[_\x82a(bWa(ba'\xFDV[P\x06\x90V[a\x01`\x81\x01`\x03\x86\x10a(|Wa(|a'LV[\x85\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`\xA0\x83\x01R``\x83\x01Q`\xC0\x83\x01R`\x80\x83\x01Q`\xE0\x83\x01R`\xA0\x83\x01Qa\x01\0\x83\x01R`\xC0\x83\x01Qa)\x1Fa\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x84\x01RP\x95\x94PPPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a)`W`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a!\xEAW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x6080604052600436106101ba575f3560e01c8063924c3e7d116100f2578063cff0ab9611610092578063eaf5afce11610062578063eaf5afce146108ef578063fa6944bc14610949578063fadb476814610968578063fb0e722b1461099c575f5ffd5b8063cff0ab96146104a4578063d0b1d5121461089c578063d89135cd146108bb578063db304ea4146108d0575f5ffd5b8063b76f1bea116100cd578063b76f1bea14610427578063c562914f14610446578063c6ab5d9014610459578063ccd0727614610478575f5ffd5b8063924c3e7d146103ca578063968c37ec146103e9578063b37855c814610408575f5ffd5b806354e624191161015d578063697e205611610138578063697e2056146103235780636da61d1e1461034257806375e5b15d1461036d5780637978251d146103ab575f5ffd5b806354e62419146102c6578063583d23f4146102e5578063687473f514610304575f5ffd5b80634089b170116101985780634089b170146102365780634420e4861461025957806344d96e951461027e5780634cdc9c6314610293575f5ffd5b806301e7d8d8146101be57806306c0e841146101f35780633359632e14610209575b5f5ffd5b3480156101c9575f5ffd5b506101dd6101d8366004614b2d565b6109f4565b6040516101ea9190614b48565b60405180910390f35b3480156101fe575f5ffd5b50610207610c35565b005b348015610214575f5ffd5b5061021d610ce8565b60405167ffffffffffffffff90911681526020016101ea565b348015610241575f5ffd5b5061024b60085481565b6040519081526020016101ea565b61026c610267366004614bb9565b610cf6565b60405160ff90911681526020016101ea565b348015610289575f5ffd5b5061024b60065481565b34801561029e575f5ffd5b5061021d7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102d1575f5ffd5b506102076102e0366004614c30565b611108565b3480156102f0575f5ffd5b5061026c6102ff366004614b2d565b6112fe565b34801561030f575f5ffd5b5061020761031e366004614cc7565b61130e565b34801561032e575f5ffd5b5061024b61033d366004614d2d565b6114f5565b34801561034d575f5ffd5b5061024b61035c366004614bb9565b60056020525f908152604090205481565b348015610378575f5ffd5b5061039b610387366004614d50565b60046020525f908152604090205460ff1681565b60405190151581526020016101ea565b3480156103b6575f5ffd5b5061039b6103c5366004614bb9565b61152b565b3480156103d5575f5ffd5b506102076103e4366004614d67565b611705565b3480156103f4575f5ffd5b50610207610403366004614df8565b611a1b565b348015610413575f5ffd5b5061026c610422366004614bb9565b611c76565b348015610432575f5ffd5b50610207610441366004614df8565b611d0e565b610207610454366004614df8565b611e9d565b348015610464575f5ffd5b50610207610473366004614df8565b61203d565b348015610483575f5ffd5b50610497610492366004614df8565b612372565b6040516101ea9190614e7e565b3480156104af575f5ffd5b5061088f60408051610240810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e0810182905261020081018290526102208101919091526040518061024001604052807f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000060ff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000061ffff1681526020017f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff1681526020017f000000000000000000000000000000000000000000000000000000000000000063ffffffff16815250905090565b6040516101ea9190614f8d565b3480156108a7575f5ffd5b5061021d6108b6366004614d50565b61264a565b3480156108c6575f5ffd5b5061024b60075481565b3480156108db575f5ffd5b506102076108ea36600461516c565b612654565b3480156108fa575f5ffd5b5061024b610909366004614d2d565b60408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b348015610954575f5ffd5b5061021d610963366004614b2d565b612c52565b348015610973575f5ffd5b50610987610982366004614b2d565b612c5c565b60405163ffffffff90911681526020016101ea565b3480156109a7575f5ffd5b506109cf7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016101ea565b60605f610a0083612c62565b90505f610a0c826114f5565b90505f600182901c7f5555555555555555555555555555555555555555555555555555555555555555168203600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff919091160190508067ffffffffffffffff811115610b4157610b416151ba565b604051908082528060200260200182016040528015610b6a578160200160208202803683370190505b509350805f03610b7c57505050919050565b5f610bd5610bc48560408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff1684612c93565b90505f5b82811015610c2b57610bff8484610bf08486615214565b610bfa9190615254565b612cdb565b868281518110610c1157610c11615267565b60ff90921660209283029190910190910152600101610bd9565b5050505050919050565b335f9081526005602052604081205490819003610c7e576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f90815260056020526040812081905560088054839290610ca1908490615294565b909155505060405181815233907faa916bb7738886447c333e8803dd7d94e5fcb6acb2f5d5aa6502373dd59dc55b9060200160405180910390a2610ce53382612d29565b50565b5f610cf1612dc4565b905090565b5f7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341015610d99576040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660048201523460248201526044015b60405180910390fd5b6bffffffffffffffffffffffff341115610e11576040517fdd23c3ad000000000000000000000000000000000000000000000000000000008152600401610d909060208082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000604082015260600190565b73ffffffffffffffffffffffffffffffffffffffff8216610e5e576040517f815e1d6400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff82165f9081526001602052604090205460ff1615610ed5576040517faa6a4d5c00000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83166004820152602401610d90565b506002545f906bffffffffffffffffffffffff1660ff7f0000000000000000000000000000000000000000000000000000000000000000165b808360ff16108015610f275750600160ff84161b821615155b15610f3c57610f35836152a7565b9250610f0e565b808360ff1603610f7b576040517f6b1c8ba000000000000000000000000000000000000000000000000000000000815260048101829052602401610d90565b600280547fffffffffffffffffffffffffffffffffffffffff00000000000000000000000016600160ff861681901b85176bffffffffffffffffffffffff1691909117909155610fcc9084906152c5565b73ffffffffffffffffffffffffffffffffffffffff85165f81815260016020818152604080842080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff978816179055948816835282905292812033600160a01b346bffffffffffffffffffffffff8116820292909217835594820180547fffffffffffffffffffffff000000000000000000000000000000000000000000169094179094179092556006805492939290919061108d908490615214565b909155505f905061109f856001612dce565b6040805134815263ffffffff8316602082015291925073ffffffffffffffffffffffffffffffffffffffff881691339160ff8916917f967be06242d1cd4e1649ba1dd17c96d2d50cf910f6f10260e85720eceadb0f3d910160405180910390a450505050919050565b6111186040840160208501614b2d565b67ffffffffffffffff166111326040880160208901614b2d565b67ffffffffffffffff1614611173576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611183368890038801886152de565b90505f611195368690038601866152de565b90506111ce81601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915203611236576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611242838989613007565b90508073ffffffffffffffffffffffffffffffffffffffff16611266838787613007565b73ffffffffffffffffffffffffffffffffffffffff16146112b3576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6112f3818460200151846040015167ffffffffffffffff16866040015167ffffffffffffffff16116112e957846040015161329e565b856040015161329e565b505050505050505050565b5f61130882613548565b92915050565b61131e6040820160208301614b2d565b67ffffffffffffffff166113386040860160208701614b2d565b67ffffffffffffffff1614611379576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f611389368690038601866152de565b90505f61139b368490038401846152de565b90506113a681613725565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f8825261012082209152601f19830180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f88252610120822091520361143f576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f61144b838787613007565b90508073ffffffffffffffffffffffffffffffffffffffff168260e0015173ffffffffffffffffffffffffffffffffffffffff16146114b6576040517f0b69ebb300000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6114ec818460200151846040015167ffffffffffffffff16866040015167ffffffffffffffff16116112e957846040015161329e565b50505050505050565b6002545f906113089083907801000000000000000000000000000000000000000000000000900467ffffffffffffffff1661385b565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205460ff16801580611562575060ff818116145b1561156f57505f92915050565b5f61157b6001836153b1565b604080516060810182526002546bffffffffffffffffffffffff80821683526c0100000000000000000000000082048082166020850152780100000000000000000000000000000000000000000000000090920467ffffffffffffffff169383019390935292935091600160ff85161b1616156115fc57505f949350505050565b5f611605612dc4565b90505f61161182612c62565b90505f61162c82856040015167ffffffffffffffff1661385b565b9050600160ff86161b81165f0361164a57505f979650505050505050565b5f6116a7828760ff166116978660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8767ffffffffffffffff16613917565b90506116b284613a71565b6116c69067ffffffffffffffff1643615294565b6116f663ffffffff7f000000000000000000000000000000000000000000000000000000000000000016836153ca565b11159998505050505050505050565b61170e84613acc565b5f61171885613548565b60ff81165f818152602081905260409020600254929350916c010000000000000000000000009004600190911b166bffffffffffffffffffffffff161561179b5760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610d9091600160a01b900460ff16906004016153e1565b60018101546117c490879073ffffffffffffffffffffffffffffffffffffffff16878787613bb8565b5f7fd8739f9a53676ddc0f766b73724b0c85713d59832444ad1ad505c9d38d4c6bf28760405160200161180b92919091825267ffffffffffffffff16602082015260400190565b60405160208183030381529060405280519060200120905061182c81613ffd565b5f61183688612c62565b60018401549091505f9063ffffffff7701000000000000000000000000000000000000000000000090910481169083161161188f578360010160159054906101000a900461ffff16600161188a91906153ef565b611892565b60015b600185015490915063ffffffff7701000000000000000000000000000000000000000000000090910481169083161115611913576001840180547fffffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffff167701000000000000000000000000000000000000000000000063ffffffff8516021790555b6001840180547fffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffff16750100000000000000000000000000000000000000000061ffff84169081029190911790915560405190815267ffffffffffffffff8a169060ff8716907f2d2b2f28c2eb803aef1fbc4420f21885692154104eb3f99181cfb24f7f72201a9060200160405180910390a37f000000000000000000000000000000000000000000000000000000000000000061ffff168161ffff16106112f3576119de8585614080565b6112f3856002857f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff165f5f614260565b5f611a258261449b565b905060026001820154600160a01b900460ff166004811115611a4957611a49614e18565b14611a905760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610d9091600160a01b900460ff16906004016153e1565b600281015467ffffffffffffffff16431015611aea5760028101546040517f15f3b7ab00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610d90565b80546bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116600160a01b909204161015611b9f5780546040517e0155b50000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000081166004830152600160a01b9092049091166024820152604401610d90565b60018181018054600160a01b7fffffffffffffffffff000000ffffffffffffffffffffffffffffffffffffffff909116179055600280547fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff81166bffffffffffffffffffffffff60ff871685811b196c0100000000000000000000000094859004169190911690920217909155907f4db3155929818cc29381aa31a1cc6cb549c4ef648b2bd3dee6d729768570aea990611c5a908590612dce565b60405163ffffffff909116815260200160405180910390a25050565b73ffffffffffffffffffffffffffffffffffffffff81165f9081526001602052604081205460ff16801580611cad575060ff818116145b15611cfc576040517fd7e8a2c200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152602401610d90565b611d076001826153b1565b9392505050565b5f611d188261449b565b600181810154919250600160a01b90910460ff1690816004811115611d3f57611d3f614e18565b14158015611d5f57506002816004811115611d5c57611d5c614e18565b14155b15611d9857806040517f359011cc000000000000000000000000000000000000000000000000000000008152600401610d9091906153e1565b5f6001826004811115611dad57611dad614e18565b14611dcb576002611dbc614518565b611dc69190615409565b611dd5565b611dd5845f612dce565b60018401805463ffffffff83167b01000000000000000000000000000000000000000000000000000000027fff00000000ffffffffffff00ffffffffffffffffffffffffffffffffffffffff9091161774030000000000000000000000000000000000000000179055905060ff84167f74fe07bfb240060dae9e5a78a9adb453abb23c211bdf37fd2c7a6e80d2ab99ad82611e6f81614529565b6040805163ffffffff909316835267ffffffffffffffff90911660208301520160405180910390a250505050565b5f611ea782614564565b905060046001820154600160a01b900460ff166004811115611ecb57611ecb614e18565b03611f125760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610d9091600160a01b900460ff16906004016153e1565b80545f90611f36903490600160a01b90046bffffffffffffffffffffffff16615214565b90506bffffffffffffffffffffffff811115611fb0576040517fdd23c3ad000000000000000000000000000000000000000000000000000000008152600401610d909060208082526004908201527f626f6e6400000000000000000000000000000000000000000000000000000000604082015260600190565b815473ffffffffffffffffffffffffffffffffffffffff16600160a01b6bffffffffffffffffffffffff831602178255600680543491905f90611ff4908490615214565b9091555050604080513481526020810183905260ff8516917fe769fa6335ada126a3fc46991b2b62c164a8243e0134cf258f4165d63f509bc991015b60405180910390a2505050565b5f6120478261449b565b905060036001820154600160a01b900460ff16600481111561206b5761206b614e18565b14158015612099575060046001820154600160a01b900460ff16600481111561209657612096614e18565b14155b156120e05760018101546040517f359011cc000000000000000000000000000000000000000000000000000000008152610d9091600160a01b900460ff16906004016153e1565b60018101545f90612115907b01000000000000000000000000000000000000000000000000000000900463ffffffff16614529565b90508067ffffffffffffffff16431015612167576040517f778ca11c00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610d90565b815460018084015473ffffffffffffffffffffffffffffffffffffffff9081165f9081526020838152604080832080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff001660ff90811790915581516060810183526002805467ffffffffffffffff780100000000000000000000000000000000000000000000000080830491909116848701819052948e168a811b80196c0100000000000000000000000080860482166bffffffffffffffffffffffff908116898d018190529287168116808a529990950277ffffffffffffffffffffffffffffffffffffffffffffffff929091027fffffffffffffffff00000000000000000000000000000000000000000000000090961690981794909417939093169590951783559387529486905292852085815596870180547fff000000000000000000000000000000000000000000000000000000000000001690559590910180547fffffffffffffffffffffffffffffffffffffffffffffffff000000000000000016905560068054600160a01b88049290921696949094169491939192869291612313908490615294565b909155505060405184815273ffffffffffffffffffffffffffffffffffffffff84169060ff8916907f3a2db7d2315c2162d4f47c295f514b5aacf84592e024bc529868af8d776567f79060200160405180910390a36114ec8385612d29565b60408051610140810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081019190915260ff8083165f90815260208181526040808320815161010081018352815473ffffffffffffffffffffffffffffffffffffffff80821683526bffffffffffffffffffffffff600160a01b928390041695830195909552600183015494851693820193909352939490926060850192900416600481111561244457612444614e18565b600481111561245557612455614e18565b8152600182015461ffff7501000000000000000000000000000000000000000000820416602083015263ffffffff770100000000000000000000000000000000000000000000008204811660408401527b0100000000000000000000000000000000000000000000000000000090910416606082015260029091015467ffffffffffffffff1660809091015290505f6003826060015160048111156124fc576124fc614e18565b148061251d575060048260600151600481111561251b5761251b614e18565b145b9050604051806101400160405280835f015173ffffffffffffffffffffffffffffffffffffffff16815260200183602001516bffffffffffffffffffffffff168152602001836040015173ffffffffffffffffffffffffffffffffffffffff1681526020018360600151600481111561259857612598614e18565b81526020016125d3866002546c010000000000000000000000009004600160ff9092169190911b166bffffffffffffffffffffffff16151590565b15158152602001836080015161ffff1681526020018360a0015163ffffffff1681526020018360c0015163ffffffff16815260200182612613575f612620565b6126208460c00151614529565b67ffffffffffffffff1681526020018360e0015167ffffffffffffffff1681525092505050919050565b5f611308826145d2565b6040517f6ced947d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201525f90819073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001690636ced947d906024016040805180830381865afa1580156126e9573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061270d9190615425565b915091505f6127258367ffffffffffffffff166145d2565b905061273081613acc565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa15801561279a573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906127be919061545d565b90508067ffffffffffffffff168767ffffffffffffffff16111561283e576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601b60248201527f6e6578744261746368206265796f6e64206261746368436f756e7400000000006044820152606401610d90565b5f67ffffffffffffffff8816156129a3575f61285f368990038901896152de565b905061286c60018a615478565b67ffffffffffffffff16816020015167ffffffffffffffff16146128ec576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f7072696f72206973206e6f74206261746368206e6578744261746368202d20316044820152606401610d90565b6128f581613725565b8367ffffffffffffffff16816040015167ffffffffffffffff16111561299c576040517f783c4a7a000000000000000000000000000000000000000000000000000000008152602060048201526024808201527f7072696f7220706f737465642061667465722074686520646561646c696e652060448201527f736c6f74000000000000000000000000000000000000000000000000000000006064820152608401610d90565b60c0015190505b8167ffffffffffffffff168867ffffffffffffffff161015612b04575f6129cf368890038801886152de565b90508867ffffffffffffffff16816020015167ffffffffffffffff1614612a52576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820181905260248201527f666f6c6c6f77696e67206973206e6f74206261746368206e65787442617463686044820152606401610d90565b612a5b81613725565b8367ffffffffffffffff16816040015167ffffffffffffffff1611612b02576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152602f60248201527f666f6c6c6f77696e6720706f7374656420696e206f72206265666f726520746860448201527f6520646561646c696e6520736c6f7400000000000000000000000000000000006064820152608401610d90565b505b8867ffffffffffffffff168167ffffffffffffffff161115612b66576040517f9aee0aa200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808b16600483015282166024820152604401610d90565b5f612b7084613548565b90505f7f47c14b955fbf1b1f9fa2a85d6a5caa7fe535a81603e373f507033009c19073a38b604051602001612bb992919091825267ffffffffffffffff16602082015260400190565b604051602081830303815290604052805190602001209050612bda81613ffd565b612c45826001837f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff168a7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16614260565b5050505050505050505050565b5f61130882613a71565b5f611308825b5f61130863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615498565b5f818484604051602001612cb1929190918252602082015260400190565b604051602081830303815290604052805190602001205f1c612cd39190615254565b949350505050565b5f805b83821c15612d1a576001821b841615612d0a57828103612cfe5750611308565b612d07816154c7565b90505b612d13826154c7565b9150612cde565b612d226154fe565b5092915050565b5f8273ffffffffffffffffffffffffffffffffffffffff16826040515f6040518083038185875af1925050503d805f8114612d7f576040519150601f19603f3d011682016040523d82523d5f602084013e612d84565b606091505b5050905080612dbf576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050565b5f610cf1436145d2565b5f6002612dd9614518565b612de39190615409565b6002549091507801000000000000000000000000000000000000000000000000900467ffffffffffffffff165f8115612e7a5760035f612e24600185615294565b815260208082019290925260409081015f2081518083019092525463ffffffff8116825264010000000090047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691810191909152612e8e565b604080518082019091525f80825260208201525b9050600160ff86161b5f85612eaa578119836020015116612eb2565b818360200151175b90508315801590612ed157508463ffffffff16835f015163ffffffff16145b15612f47578060035f612ee5600188615294565b81526020019081526020015f205f0160046101000a8154817bffffffffffffffffffffffffffffffffffffffffffffffffffffffff02191690837bffffffffffffffffffffffffffffffffffffffffffffffffffffffff160217905550612ffd565b60408051808201825263ffffffff80881682527bffffffffffffffffffffffffffffffffffffffffffffffffffffffff80851660208085019182525f8a81526003909152949094209251935116640100000000029216919091179055612fae846001615214565b6002805467ffffffffffffffff9290921678010000000000000000000000000000000000000000000000000277ffffffffffffffffffffffffffffffffffffffffffffffff9092169190911790555b5050505092915050565b5f5f7f0000000000000000000000000000000000000000000000000000000000000000461461316857604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc6606082015246608082015273ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001660a0808301919091528351808303909101815260c0909101909252815191012061318a565b7f00000000000000000000000000000000000000000000000000000000000000005b90505f613202826131c888601f190180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b90505f6132448287878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061467592505050565b5090945090505f81600381111561325d5761325d614e18565b14613294576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509392505050565b73ffffffffffffffffffffffffffffffffffffffff83165f9081526001602052604090205460ff168015806132d5575060ff818116145b15613324576040517fd7e8a2c200000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff85166004820152602401610d90565b5f6133306001836153b1565b905061333a612dc4565b67ffffffffffffffff168367ffffffffffffffff161115613393576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610d90565b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166133cd6133c885600161552b565b613a71565b6133d7919061552b565b67ffffffffffffffff164310613425576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610d90565b600160ff82161b61343861033d85612c62565b165f03613486576040517fb21fd24d00000000000000000000000000000000000000000000000000000000815260ff8216600482015267ffffffffffffffff84166024820152604401610d90565b604080517f920b62733048d363396c99c8a74763e86803c8e90c395c8d0bdbac8fda181551602082015273ffffffffffffffffffffffffffffffffffffffff87169181019190915267ffffffffffffffff851660608201525f9060800160405160208183030381529060405280519060200120905061350481613ffd565b60ff82165f9081526020819052604081208054909161353e918591908590600160a01b90046bffffffffffffffffffffffff168280614260565b6114ec83826146be565b5f5f61355383612c62565b90505f61355f826114f5565b90505f600182901c7f5555555555555555555555555555555555555555555555555555555555555555168203600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff91909116019050805f036136c0576040517f97b2609500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff86166004820152602401610d90565b61371c82610bfa61370b8660408051466020820152309181019190915263ffffffff821660608201525f90608001604051602081830303815290604052805190602001209050919050565b8867ffffffffffffffff1685612c93565b95945050505050565b601f19810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063705cad1390602401602060405180830381865afa1580156137ee573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613812919061554b565b14610ce55760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610d90565b5f815b801561390e575f600381613873600185615294565b815260208082019290925260409081015f2081518083019092525463ffffffff8082168084526401000000009092047bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1693830193909352909250908616106138fd57602001517bffffffffffffffffffffffffffffffffffffffffffffffffffffffff1691506113089050565b5061390781615562565b905061385e565b505f9392505050565b5f80600186901c7f5555555555555555555555555555555555555555555555555555555555555555168603600281901c7f3333333333333333333333333333333333333333333333333333333333333333908116911601600481901c01600881901c7e0f000f000f000f000f000f000f000f000f000f000f000f000f000f000f000f908116911601601081901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff908116911601602081901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff908116911601604081901c77ffffffffffffffff0000000000000000ffffffffffffffff908116911601608081901c6fffffffffffffffffffffffffffffffff9190911601905080613a3e858584612c93565b82613a4989896147df565b613a539190615214565b613a5d9190615294565b613a679190615254565b9695505050505050565b5f613aa263ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683615596565b611308907f000000000000000000000000000000000000000000000000000000000000000061552b565b613ad4612dc4565b67ffffffffffffffff168167ffffffffffffffff1610613b2b576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610d90565b63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016613b606133c883600161552b565b613b6a919061552b565b67ffffffffffffffff164310610ce5576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610d90565b5f7f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa158015613c22573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190613c46919061545d565b9050815f819003613cca5767ffffffffffffffff821615613cc3576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601060248201527f68656164657273207265717569726564000000000000000000000000000000006044820152606401610d90565b5050613ff6565b5f5b81811015613e59575f858583818110613ce757613ce7615267565b90506101000201803603810190613cfe91906152de565b9050613d148267ffffffffffffffff8916615214565b816020015167ffffffffffffffff1614613d8a576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601760248201527f68656164657273206e6f7420636f6e73656375746976650000000000000000006044820152606401610d90565b613d9381613725565b8867ffffffffffffffff16816040015167ffffffffffffffff16148015613de957508773ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff16145b15613e50576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601560248201527f6c656164657220706f7374656420696e20736c6f7400000000000000000000006044820152606401610d90565b50600101613ccc565b5067ffffffffffffffff851615801590613eb157508667ffffffffffffffff1684845f818110613e8b57613e8b615267565b905061010002016040016020810190613ea49190614b2d565b67ffffffffffffffff1610155b15613f18576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601d60248201527f6865616465727320737461727420696e736964652074686520736c6f740000006044820152606401610d90565b8167ffffffffffffffff16818667ffffffffffffffff16613f399190615214565b14158015613f8f575067ffffffffffffffff87168484613f5a600185615294565b818110613f6957613f69615267565b905061010002016040016020810190613f829190614b2d565b67ffffffffffffffff1611155b156114ec576040517f783c4a7a00000000000000000000000000000000000000000000000000000000815260206004820152601b60248201527f6865616465727320656e6420696e736964652074686520736c6f7400000000006044820152606401610d90565b5050505050565b5f8181526004602052604090205460ff1615614048576040517fea03368400000000000000000000000000000000000000000000000000000000815260048101829052602401610d90565b5f90815260046020526040902080547fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff00166001179055565b60028054600160ff851681901b6bffffffffffffffffffffffff9081166c0100000000000000000000000080850490921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff90921691909117909155810180547fffffffffffffffffff0000ffffffffffffffffffffffffffffffffffffffffff16905561413663ffffffff7f0000000000000000000000000000000000000000000000000000000000000000164361552b565b6002820180547fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000001667ffffffffffffffff929092169190911790556001808201547b01000000000000000000000000000000000000000000000000000000900463ffffffff16906001830154600160a01b900460ff1660048111156141bd576141bd614e18565b03614210576141cc835f612dce565b6001830180547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167402000000000000000000000000000000000000000017905590505b60028201546040805163ffffffff8416815267ffffffffffffffff909216602083015260ff8516917f01346d6fc741d2812586febead8043a0d4a1f27f3f9157e4207bc51bd85fbf1f9101612030565b60ff86165f9081526020819052604081208054909190600160a01b90046bffffffffffffffffffffffff1685106142ad578154600160a01b90046bffffffffffffffffffffffff166142af565b845b90505f8184106142bf57816142c1565b835b90505f61271061ffff7f0000000000000000000000000000000000000000000000000000000000000000166142f68486615294565b61430091906153ca565b61430a91906155b9565b845490915083908590601490614336908490600160a01b90046bffffffffffffffffffffffff166155cc565b92506101000a8154816bffffffffffffffffffffffff02191690836bffffffffffffffffffffffff1602179055508260065f8282546143759190615294565b909155508190506143868385615294565b6143909190615294565b60075f8282546143a09190615214565b909155506143b090508183615214565b60085f8282546143c09190615214565b909155505080156143ef57335f90815260056020526040812080548392906143e9908490615214565b90915550505b811561442f5773ffffffffffffffffffffffffffffffffffffffff86165f9081526005602052604081208054849290614429908490615214565b90915550505b8789600281111561444257614442614e18565b60408051338152602081018790529081018490526060810185905260ff8d16907fa5136f82d717a348256060fa31fa6e57a221b80167ba4ccda2358c9cc739763b9060800160405180910390a450505050505050505050565b5f6144a582614564565b805490915073ffffffffffffffffffffffffffffffffffffffff1633146145135780546040517f245aecd300000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff9091166004820152602401610d90565b919050565b5f610cf1614524612dc4565b612c62565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff1661455a836149ce565b611308919061552b565b60ff81165f908152602081905260408120906001820154600160a01b900460ff16600481111561459657614596614e18565b03614513576040517fb3d2007400000000000000000000000000000000000000000000000000000000815260ff83166004820152602401610d90565b5f7f000000000000000000000000000000000000000000000000000000000000000067ffffffffffffffff16821061466e5763ffffffff7f00000000000000000000000000000000000000000000000000000000000000001661465f67ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001684615294565b61466991906155b9565b611308565b5f92915050565b5f5f5f83516041036146ac576020840151604085015160608601515f1a61469e88828585614a38565b9550955095505050506146b7565b505081515f91506002905b9250925092565b600181810180546002805460ff87811686901b6bffffffffffffffffffffffff9081166c010000000000000000000000008085049290921617027fffffffffffffffff000000000000000000000000ffffffffffffffffffffffff9092169190911790915582547fffffffffffffffffffffff00ffffffffffffffffffffffffffffffffffffffff167404000000000000000000000000000000000000000017909255600160a01b9004169081600481111561477c5761477c614e18565b036147b25761478b835f612dce565b82600101601b6101000a81548163ffffffff021916908363ffffffff160217905550505050565b60028160048111156147c6576147c6614e18565b03612dbf5760026147d5614518565b61478b9190615409565b5f611d076147f0600180851b615294565b84165f600182901c7f55555555555555555555555555555555555555555555555555555555555555551682039150600282901c7f333333333333333333333333333333333333333333333333333333333333333316827f333333333333333333333333333333333333333333333333333333333333333316019150600482901c82017f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f169150600882901c7eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16827eff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff00ff16019150601082901c7dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16827dffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff0000ffff16019150602082901c7bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16827bffffffff00000000ffffffff00000000ffffffff00000000ffffffff16019150604082901c77ffffffffffffffff0000000000000000ffffffffffffffff168277ffffffffffffffff0000000000000000ffffffffffffffff16019150608082901c6fffffffffffffffffffffffffffffffff80168316019050919050565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff167f000000000000000000000000000000000000000000000000000000000000000063ffffffff168363ffffffff16614a2e9190615596565b613aa29190615596565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841115614a7157505f91506003905082614b03565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015614ac2573d5f5f3e3d5ffd5b5050604051601f19015191505073ffffffffffffffffffffffffffffffffffffffff8116614afa57505f925060019150829050614b03565b92505f91508190505b9450945094915050565b67ffffffffffffffff81168114610ce5575f5ffd5b803561451381614b0d565b5f60208284031215614b3d575f5ffd5b8135611d0781614b0d565b602080825282518282018190525f918401906040840190835b81811015614b8257835160ff16835260209384019390920191600101614b61565b509095945050505050565b73ffffffffffffffffffffffffffffffffffffffff81168114610ce5575f5ffd5b803561451381614b8d565b5f60208284031215614bc9575f5ffd5b8135611d0781614b8d565b5f6101008284031215614be5575f5ffd5b50919050565b5f5f83601f840112614bfb575f5ffd5b50813567ffffffffffffffff811115614c12575f5ffd5b602083019150836020828501011115614c29575f5ffd5b9250929050565b5f5f5f5f5f5f6102408789031215614c46575f5ffd5b614c508888614bd4565b955061010087013567ffffffffffffffff811115614c6c575f5ffd5b614c7889828a01614beb565b9096509450614c8d9050886101208901614bd4565b925061022087013567ffffffffffffffff811115614ca9575f5ffd5b614cb589828a01614beb565b979a9699509497509295939492505050565b5f5f5f5f6102208587031215614cdb575f5ffd5b614ce58686614bd4565b935061010085013567ffffffffffffffff811115614d01575f5ffd5b614d0d87828801614beb565b9094509250614d229050866101208701614bd4565b905092959194509250565b5f60208284031215614d3d575f5ffd5b813563ffffffff81168114611d07575f5ffd5b5f60208284031215614d60575f5ffd5b5035919050565b5f5f5f5f60608587031215614d7a575f5ffd5b8435614d8581614b0d565b93506020850135614d9581614b0d565b9250604085013567ffffffffffffffff811115614db0575f5ffd5b8501601f81018713614dc0575f5ffd5b803567ffffffffffffffff811115614dd6575f5ffd5b8760208260081b8401011115614dea575f5ffd5b949793965060200194505050565b5f60208284031215614e08575f5ffd5b813560ff81168114611d07575f5ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60058110614e7a577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b9052565b815173ffffffffffffffffffffffffffffffffffffffff16815261014081016020830151614ebc60208401826bffffffffffffffffffffffff169052565b506040830151614ee4604084018273ffffffffffffffffffffffffffffffffffffffff169052565b506060830151614ef76060840182614e45565b506080830151614f0b608084018215159052565b5060a0830151614f2160a084018261ffff169052565b5060c0830151614f3960c084018263ffffffff169052565b5060e0830151614f5160e084018263ffffffff169052565b50610100830151614f6f61010084018267ffffffffffffffff169052565b50610120830151612d2261012084018267ffffffffffffffff169052565b815167ffffffffffffffff16815261024081016020830151614fbf60208401826bffffffffffffffffffffffff169052565b506040830151614fd4604084018260ff169052565b506060830151614fec606084018263ffffffff169052565b506080830151615004608084018263ffffffff169052565b5060a083015161501c60a084018263ffffffff169052565b5060c083015161503460c084018263ffffffff169052565b5060e083015161504c60e084018263ffffffff169052565b5061010083015161506661010084018263ffffffff169052565b5061012083015161508061012084018263ffffffff169052565b5061014083015161509861014084018261ffff169052565b506101608301516150b261016084018263ffffffff169052565b506101808301516150d46101808401826bffffffffffffffffffffffff169052565b506101a08301516150f66101a08401826bffffffffffffffffffffffff169052565b506101c08301516151186101c08401826bffffffffffffffffffffffff169052565b506101e08301516151306101e084018261ffff169052565b506102008301516151526102008401826bffffffffffffffffffffffff169052565b50610220830151612d2261022084018263ffffffff169052565b5f5f5f5f6102408587031215615180575f5ffd5b843561518b81614b0d565b9350602085013561519b81614b0d565b92506151aa8660408701614bd4565b9150614d22866101408701614bd4565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b80820180821115611308576113086151e7565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f8261526257615262615227565b500690565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81810381811115611308576113086151e7565b5f60ff821660ff81036152bc576152bc6151e7565b60010192915050565b60ff8181168382160190811115611308576113086151e7565b5f6101008284031280156152f0575f5ffd5b50604051610100810167ffffffffffffffff8111828210171561533a577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405261534683614b22565b815261535460208401614b22565b602082015261536560408401614b22565b6040820152606083810135908201526080808401359082015260a0808401359082015261539460c08401614b22565b60c08201526153a560e08401614bae565b60e08201529392505050565b60ff8281168282160390811115611308576113086151e7565b8082028115828204841417611308576113086151e7565b602081016113088284614e45565b61ffff8181168382160190811115611308576113086151e7565b63ffffffff8181168382160190811115611308576113086151e7565b5f5f60408385031215615436575f5ffd5b825161544181614b0d565b602084015190925061545281614b8d565b809150509250929050565b5f6020828403121561546d575f5ffd5b8151611d0781614b0d565b67ffffffffffffffff8281168282160390811115611308576113086151e7565b5f67ffffffffffffffff8316806154b1576154b1615227565b8067ffffffffffffffff84160491505092915050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036154f7576154f76151e7565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52600160045260245ffd5b67ffffffffffffffff8181168382160190811115611308576113086151e7565b5f6020828403121561555b575f5ffd5b5051919050565b5f81615570576155706151e7565b507fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff0190565b67ffffffffffffffff8181168382160290811690818114612d2257612d226151e7565b5f826155c7576155c7615227565b500490565b6bffffffffffffffffffffffff8281168282160390811115611308576113086151e756
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x01\xBAW_5`\xE0\x1C\x80c\x92L>}\x11a\0\xF2W\x80c\xCF\xF0\xAB\x96\x11a\0\x92W\x80c\xEA\xF5\xAF\xCE\x11a\0bW\x80c\xEA\xF5\xAF\xCE\x14a\x08\xEFW\x80c\xFAiD\xBC\x14a\tIW\x80c\xFA\xDBGh\x14a\thW\x80c\xFB\x0Er+\x14a\t\x9CW__\xFD[\x80c\xCF\xF0\xAB\x96\x14a\x04\xA4W\x80c\xD0\xB1\xD5\x12\x14a\x08\x9CW\x80c\xD8\x915\xCD\x14a\x08\xBBW\x80c\xDB0N\xA4\x14a\x08\xD0W__\xFD[\x80c\xB7o\x1B\xEA\x11a\0\xCDW\x80c\xB7o\x1B\xEA\x14a\x04'W\x80c\xC5b\x91O\x14a\x04FW\x80c\xC6\xAB]\x90\x14a\x04YW\x80c\xCC\xD0rv\x14a\x04xW__\xFD[\x80c\x92L>}\x14a\x03\xCAW\x80c\x96\x8C7\xEC\x14a\x03\xE9W\x80c\xB3xU\xC8\x14a\x04\x08W__\xFD[\x80cT\xE6$\x19\x11a\x01]W\x80ci~ V\x11a\x018W\x80ci~ V\x14a\x03#W\x80cm\xA6\x1D\x1E\x14a\x03BW\x80cu\xE5\xB1]\x14a\x03mW\x80cyx%\x1D\x14a\x03\xABW__\xFD[\x80cT\xE6$\x19\x14a\x02\xC6W\x80cX=#\xF4\x14a\x02\xE5W\x80chts\xF5\x14a\x03\x04W__\xFD[\x80c@\x89\xB1p\x11a\x01\x98W\x80c@\x89\xB1p\x14a\x026W\x80cD \xE4\x86\x14a\x02YW\x80cD\xD9n\x95\x14a\x02~W\x80cL\xDC\x9Cc\x14a\x02\x93W__\xFD[\x80c\x01\xE7\xD8\xD8\x14a\x01\xBEW\x80c\x06\xC0\xE8A\x14a\x01\xF3W\x80c3Yc.\x14a\x02\tW[__\xFD[4\x80\x15a\x01\xC9W__\xFD[Pa\x01\xDDa\x01\xD86`\x04aK-V[a\t\xF4V[`@Qa\x01\xEA\x91\x90aKHV[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x01\xFEW__\xFD[Pa\x02\x07a\x0C5V[\0[4\x80\x15a\x02\x14W__\xFD[Pa\x02\x1Da\x0C\xE8V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xEAV[4\x80\x15a\x02AW__\xFD[Pa\x02K`\x08T\x81V[`@Q\x90\x81R` \x01a\x01\xEAV[a\x02la\x02g6`\x04aK\xB9V[a\x0C\xF6V[`@Q`\xFF\x90\x91\x16\x81R` \x01a\x01\xEAV[4\x80\x15a\x02\x89W__\xFD[Pa\x02K`\x06T\x81V[4\x80\x15a\x02\x9EW__\xFD[Pa\x02\x1D\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02\xD1W__\xFD[Pa\x02\x07a\x02\xE06`\x04aL0V[a\x11\x08V[4\x80\x15a\x02\xF0W__\xFD[Pa\x02la\x02\xFF6`\x04aK-V[a\x12\xFEV[4\x80\x15a\x03\x0FW__\xFD[Pa\x02\x07a\x03\x1E6`\x04aL\xC7V[a\x13\x0EV[4\x80\x15a\x03.W__\xFD[Pa\x02Ka\x03=6`\x04aM-V[a\x14\xF5V[4\x80\x15a\x03MW__\xFD[Pa\x02Ka\x03\\6`\x04aK\xB9V[`\x05` R_\x90\x81R`@\x90 T\x81V[4\x80\x15a\x03xW__\xFD[Pa\x03\x9Ba\x03\x876`\x04aMPV[`\x04` R_\x90\x81R`@\x90 T`\xFF\x16\x81V[`@Q\x90\x15\x15\x81R` \x01a\x01\xEAV[4\x80\x15a\x03\xB6W__\xFD[Pa\x03\x9Ba\x03\xC56`\x04aK\xB9V[a\x15+V[4\x80\x15a\x03\xD5W__\xFD[Pa\x02\x07a\x03\xE46`\x04aMgV[a\x17\x05V[4\x80\x15a\x03\xF4W__\xFD[Pa\x02\x07a\x04\x036`\x04aM\xF8V[a\x1A\x1BV[4\x80\x15a\x04\x13W__\xFD[Pa\x02la\x04\"6`\x04aK\xB9V[a\x1CvV[4\x80\x15a\x042W__\xFD[Pa\x02\x07a\x04A6`\x04aM\xF8V[a\x1D\x0EV[a\x02\x07a\x04T6`\x04aM\xF8V[a\x1E\x9DV[4\x80\x15a\x04dW__\xFD[Pa\x02\x07a\x04s6`\x04aM\xF8V[a =V[4\x80\x15a\x04\x83W__\xFD[Pa\x04\x97a\x04\x926`\x04aM\xF8V[a#rV[`@Qa\x01\xEA\x91\x90aN~V[4\x80\x15a\x04\xAFW__\xFD[Pa\x08\x8F`@\x80Qa\x02@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x82\x90Ra\x01\xE0\x81\x01\x82\x90Ra\x02\0\x81\x01\x82\x90Ra\x02 \x81\x01\x91\x90\x91R`@Q\x80a\x02@\x01`@R\x80\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81RP\x90P\x90V[`@Qa\x01\xEA\x91\x90aO\x8DV[4\x80\x15a\x08\xA7W__\xFD[Pa\x02\x1Da\x08\xB66`\x04aMPV[a&JV[4\x80\x15a\x08\xC6W__\xFD[Pa\x02K`\x07T\x81V[4\x80\x15a\x08\xDBW__\xFD[Pa\x02\x07a\x08\xEA6`\x04aQlV[a&TV[4\x80\x15a\x08\xFAW__\xFD[Pa\x02Ka\t\t6`\x04aM-V[`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[4\x80\x15a\tTW__\xFD[Pa\x02\x1Da\tc6`\x04aK-V[a,RV[4\x80\x15a\tsW__\xFD[Pa\t\x87a\t\x826`\x04aK-V[a,\\V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xEAV[4\x80\x15a\t\xA7W__\xFD[Pa\t\xCF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x01\xEAV[``_a\n\0\x83a,bV[\x90P_a\n\x0C\x82a\x14\xF5V[\x90P_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0BAWa\x0BAaQ\xBAV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0BjW\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x93P\x80_\x03a\x0B|WPPP\x91\x90PV[_a\x0B\xD5a\x0B\xC4\x85`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84a,\x93V[\x90P_[\x82\x81\x10\x15a\x0C+Wa\x0B\xFF\x84\x84a\x0B\xF0\x84\x86aR\x14V[a\x0B\xFA\x91\x90aRTV[a,\xDBV[\x86\x82\x81Q\x81\x10a\x0C\x11Wa\x0C\x11aRgV[`\xFF\x90\x92\x16` \x92\x83\x02\x91\x90\x91\x01\x90\x91\x01R`\x01\x01a\x0B\xD9V[PPPPP\x91\x90PV[3_\x90\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a\x0C~W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x90\x81R`\x05` R`@\x81 \x81\x90U`\x08\x80T\x83\x92\x90a\x0C\xA1\x90\x84\x90aR\x94V[\x90\x91UPP`@Q\x81\x81R3\x90\x7F\xAA\x91k\xB7s\x88\x86D|3>\x88\x03\xDD}\x94\xE5\xFC\xB6\xAC\xB2\xF5\xD5\xAAe\x027=\xD5\x9D\xC5[\x90` \x01`@Q\x80\x91\x03\x90\xA2a\x0C\xE53\x82a-)V[PV[_a\x0C\xF1a-\xC4V[\x90P\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x10\x15a\r\x99W`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF4\x11\x15a\x0E\x11W`@Q\x7F\xDD#\xC3\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\r\x90\x90` \x80\x82R`\x04\x90\x82\x01R\x7Fbond\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R``\x01\x90V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x0E^W`@Q\x7F\x81^\x1Dd\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x15a\x0E\xD5W`@Q\x7F\xAAjM\\\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\r\x90V[P`\x02T_\x90k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16[\x80\x83`\xFF\x16\x10\x80\x15a\x0F'WP`\x01`\xFF\x84\x16\x1B\x82\x16\x15\x15[\x15a\x0F<Wa\x0F5\x83aR\xA7V[\x92Pa\x0F\x0EV[\x80\x83`\xFF\x16\x03a\x0F{W`@Q\x7Fk\x1C\x8B\xA0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\r\x90V[`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01`\xFF\x86\x16\x81\x90\x1B\x85\x17k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x90\x91\x17\x90\x91Ua\x0F\xCC\x90\x84\x90aR\xC5V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16_\x81\x81R`\x01` \x81\x81R`@\x80\x84 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x97\x88\x16\x17\x90U\x94\x88\x16\x83R\x82\x90R\x92\x81 3`\x01`\xA0\x1B4k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82\x02\x92\x90\x92\x17\x83U\x94\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90\x94\x17\x90\x94\x17\x90\x92U`\x06\x80T\x92\x93\x92\x90\x91\x90a\x10\x8D\x90\x84\x90aR\x14V[\x90\x91UP_\x90Pa\x10\x9F\x85`\x01a-\xCEV[`@\x80Q4\x81Rc\xFF\xFF\xFF\xFF\x83\x16` \x82\x01R\x91\x92Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x913\x91`\xFF\x89\x16\x91\x7F\x96{\xE0bB\xD1\xCDN\x16I\xBA\x1D\xD1|\x96\xD2\xD5\x0C\xF9\x10\xF6\xF1\x02`\xE8W \xEC\xEA\xDB\x0F=\x91\x01`@Q\x80\x91\x03\x90\xA4PPPP\x91\x90PV[a\x11\x18`@\x84\x01` \x85\x01aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x112`@\x88\x01` \x89\x01aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x11sW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x11\x836\x88\x90\x03\x88\x01\x88aR\xDEV[\x90P_a\x11\x956\x86\x90\x03\x86\x01\x86aR\xDEV[\x90Pa\x11\xCE\x81`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x126W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x12B\x83\x89\x89a0\x07V[\x90P\x80s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x12f\x83\x87\x87a0\x07V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x12\xB3W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x12\xF3\x81\x84` \x01Q\x84`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x12\xE9W\x84`@\x01Qa2\x9EV[\x85`@\x01Qa2\x9EV[PPPPPPPPPV[_a\x13\x08\x82a5HV[\x92\x91PPV[a\x13\x1E`@\x82\x01` \x83\x01aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x138`@\x86\x01` \x87\x01aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x13yW`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x13\x896\x86\x90\x03\x86\x01\x86aR\xDEV[\x90P_a\x13\x9B6\x84\x90\x03\x84\x01\x84aR\xDEV[\x90Pa\x13\xA6\x81a7%V[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R`\x1F\x19\x83\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x03a\x14?W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_a\x14K\x83\x87\x87a0\x07V[\x90P\x80s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x14\xB6W`@Q\x7F\x0Bi\xEB\xB3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x14\xEC\x81\x84` \x01Q\x84`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x86`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a\x12\xE9W\x84`@\x01Qa2\x9EV[PPPPPPPV[`\x02T_\x90a\x13\x08\x90\x83\x90x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a8[V[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a\x15bWP`\xFF\x81\x81\x16\x14[\x15a\x15oWP_\x92\x91PPV[_a\x15{`\x01\x83aS\xB1V[`@\x80Q``\x81\x01\x82R`\x02Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x80\x82\x16` \x85\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x92\x93P\x91`\x01`\xFF\x85\x16\x1B\x16\x16\x15a\x15\xFCWP_\x94\x93PPPPV[_a\x16\x05a-\xC4V[\x90P_a\x16\x11\x82a,bV[\x90P_a\x16,\x82\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a8[V[\x90P`\x01`\xFF\x86\x16\x1B\x81\x16_\x03a\x16JWP_\x97\x96PPPPPPPV[_a\x16\xA7\x82\x87`\xFF\x16a\x16\x97\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a9\x17V[\x90Pa\x16\xB2\x84a:qV[a\x16\xC6\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16CaR\x94V[a\x16\xF6c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aS\xCAV[\x11\x15\x99\x98PPPPPPPPPV[a\x17\x0E\x84a:\xCCV[_a\x17\x18\x85a5HV[`\xFF\x81\x16_\x81\x81R` \x81\x90R`@\x90 `\x02T\x92\x93P\x91l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x17\x9BW`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\r\x90\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aS\xE1V[`\x01\x81\x01Ta\x17\xC4\x90\x87\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x87\x87\x87a;\xB8V[_\x7F\xD8s\x9F\x9ASgm\xDC\x0FvksrK\x0C\x85q=Y\x83$D\xAD\x1A\xD5\x05\xC9\xD3\x8DLk\xF2\x87`@Q` \x01a\x18\x0B\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x18,\x81a?\xFDV[_a\x186\x88a,bV[`\x01\x84\x01T\x90\x91P_\x90c\xFF\xFF\xFF\xFFw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x83\x16\x11a\x18\x8FW\x83`\x01\x01`\x15\x90T\x90a\x01\0\n\x90\x04a\xFF\xFF\x16`\x01a\x18\x8A\x91\x90aS\xEFV[a\x18\x92V[`\x01[`\x01\x85\x01T\x90\x91Pc\xFF\xFF\xFF\xFFw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x83\x16\x11\x15a\x19\x13W`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16w\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x85\x16\x02\x17\x90U[`\x01\x84\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16u\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x84\x16\x90\x81\x02\x91\x90\x91\x17\x90\x91U`@Q\x90\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x90`\xFF\x87\x16\x90\x7F-+/(\xC2\xEB\x80:\xEF\x1F\xBCD \xF2\x18\x85i!T\x10N\xB3\xF9\x91\x81\xCF\xB2O\x7Fr \x1A\x90` \x01`@Q\x80\x91\x03\x90\xA3\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\xFF\xFF\x16\x81a\xFF\xFF\x16\x10a\x12\xF3Wa\x19\xDE\x85\x85a@\x80V[a\x12\xF3\x85`\x02\x85\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16__aB`V[_a\x1A%\x82aD\x9BV[\x90P`\x02`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1AIWa\x1AIaN\x18V[\x14a\x1A\x90W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\r\x90\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aS\xE1V[`\x02\x81\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x1A\xEAW`\x02\x81\x01T`@Q\x7F\x15\xF3\xB7\xAB\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\r\x90V[\x80Tk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16`\x01`\xA0\x1B\x90\x92\x04\x16\x10\x15a\x1B\x9FW\x80T`@Q~\x01U\xB5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16`\x04\x83\x01R`\x01`\xA0\x1B\x90\x92\x04\x90\x91\x16`$\x82\x01R`D\x01a\r\x90V[`\x01\x81\x81\x01\x80T`\x01`\xA0\x1B\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x90U`\x02\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\xFF\x87\x16\x85\x81\x1B\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x94\x85\x90\x04\x16\x91\x90\x91\x16\x90\x92\x02\x17\x90\x91U\x90\x7FM\xB3\x15Y)\x81\x8C\xC2\x93\x81\xAA1\xA1\xCCl\xB5I\xC4\xEFd\x8B+\xD3\xDE\xE6\xD7)v\x85p\xAE\xA9\x90a\x1CZ\x90\x85\x90a-\xCEV[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01`@Q\x80\x91\x03\x90\xA2PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16_\x90\x81R`\x01` R`@\x81 T`\xFF\x16\x80\x15\x80a\x1C\xADWP`\xFF\x81\x81\x16\x14[\x15a\x1C\xFCW`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\r\x90V[a\x1D\x07`\x01\x82aS\xB1V[\x93\x92PPPV[_a\x1D\x18\x82aD\x9BV[`\x01\x81\x81\x01T\x91\x92P`\x01`\xA0\x1B\x90\x91\x04`\xFF\x16\x90\x81`\x04\x81\x11\x15a\x1D?Wa\x1D?aN\x18V[\x14\x15\x80\x15a\x1D_WP`\x02\x81`\x04\x81\x11\x15a\x1D\\Wa\x1D\\aN\x18V[\x14\x15[\x15a\x1D\x98W\x80`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\r\x90\x91\x90aS\xE1V[_`\x01\x82`\x04\x81\x11\x15a\x1D\xADWa\x1D\xADaN\x18V[\x14a\x1D\xCBW`\x02a\x1D\xBCaE\x18V[a\x1D\xC6\x91\x90aT\tV[a\x1D\xD5V[a\x1D\xD5\x84_a-\xCEV[`\x01\x84\x01\x80Tc\xFF\xFF\xFF\xFF\x83\x16{\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17t\x03\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P`\xFF\x84\x16\x7Ft\xFE\x07\xBF\xB2@\x06\r\xAE\x9EZx\xA9\xAD\xB4S\xAB\xB2<!\x1B\xDF7\xFD,zn\x80\xD2\xAB\x99\xAD\x82a\x1Eo\x81aE)V[`@\x80Qc\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01`@Q\x80\x91\x03\x90\xA2PPPPV[_a\x1E\xA7\x82aEdV[\x90P`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a\x1E\xCBWa\x1E\xCBaN\x18V[\x03a\x1F\x12W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\r\x90\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aS\xE1V[\x80T_\x90a\x1F6\x904\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aR\x14V[\x90Pk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1F\xB0W`@Q\x7F\xDD#\xC3\xAD\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01a\r\x90\x90` \x80\x82R`\x04\x90\x82\x01R\x7Fbond\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`@\x82\x01R``\x01\x90V[\x81Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x01`\xA0\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x02\x17\x82U`\x06\x80T4\x91\x90_\x90a\x1F\xF4\x90\x84\x90aR\x14V[\x90\x91UPP`@\x80Q4\x81R` \x81\x01\x83\x90R`\xFF\x85\x16\x91\x7F\xE7i\xFAc5\xAD\xA1&\xA3\xFCF\x99\x1B+b\xC1d\xA8$>\x014\xCF%\x8FAe\xD6?P\x9B\xC9\x91\x01[`@Q\x80\x91\x03\x90\xA2PPPV[_a G\x82aD\x9BV[\x90P`\x03`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a kWa kaN\x18V[\x14\x15\x80\x15a \x99WP`\x04`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15a \x96Wa \x96aN\x18V[\x14\x15[\x15a \xE0W`\x01\x81\x01T`@Q\x7F5\x90\x11\xCC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Ra\r\x90\x91`\x01`\xA0\x1B\x90\x04`\xFF\x16\x90`\x04\x01aS\xE1V[`\x01\x81\x01T_\x90a!\x15\x90{\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16aE)V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a!gW`@Q\x7Fw\x8C\xA1\x1C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\r\x90V[\x81T`\x01\x80\x84\x01Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16_\x90\x81R` \x83\x81R`@\x80\x83 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\xFF\x90\x81\x17\x90\x91U\x81Q``\x81\x01\x83R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x83\x04\x91\x90\x91\x16\x84\x87\x01\x81\x90R\x94\x8E\x16\x8A\x81\x1B\x80\x19l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x86\x04\x82\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x89\x8D\x01\x81\x90R\x92\x87\x16\x81\x16\x80\x8AR\x99\x90\x95\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x96\x16\x90\x98\x17\x94\x90\x94\x17\x93\x90\x93\x16\x95\x90\x95\x17\x83U\x93\x87R\x94\x86\x90R\x92\x85 \x85\x81U\x96\x87\x01\x80T\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90U\x95\x90\x91\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16\x90U`\x06\x80T`\x01`\xA0\x1B\x88\x04\x92\x90\x92\x16\x96\x94\x90\x94\x16\x94\x91\x93\x91\x92\x86\x92\x91a#\x13\x90\x84\x90aR\x94V[\x90\x91UPP`@Q\x84\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90`\xFF\x89\x16\x90\x7F:-\xB7\xD21\\!b\xD4\xF4|)_QKZ\xAC\xF8E\x92\xE0$\xBCR\x98h\xAF\x8Dweg\xF7\x90` \x01`@Q\x80\x91\x03\x90\xA3a\x14\xEC\x83\x85a-)V[`@\x80Qa\x01@\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x91\x90\x91R`\xFF\x80\x83\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x81Qa\x01\0\x81\x01\x83R\x81Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`\x01`\xA0\x1B\x92\x83\x90\x04\x16\x95\x83\x01\x95\x90\x95R`\x01\x83\x01T\x94\x85\x16\x93\x82\x01\x93\x90\x93R\x93\x94\x90\x92``\x85\x01\x92\x90\x04\x16`\x04\x81\x11\x15a$DWa$DaN\x18V[`\x04\x81\x11\x15a$UWa$UaN\x18V[\x81R`\x01\x82\x01Ta\xFF\xFFu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16` \x83\x01Rc\xFF\xFF\xFF\xFFw\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x81\x16`@\x84\x01R{\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x16``\x82\x01R`\x02\x90\x91\x01Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\x80\x90\x91\x01R\x90P_`\x03\x82``\x01Q`\x04\x81\x11\x15a$\xFCWa$\xFCaN\x18V[\x14\x80a%\x1DWP`\x04\x82``\x01Q`\x04\x81\x11\x15a%\x1BWa%\x1BaN\x18V[\x14[\x90P`@Q\x80a\x01@\x01`@R\x80\x83_\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83` \x01Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`@\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83``\x01Q`\x04\x81\x11\x15a%\x98Wa%\x98aN\x18V[\x81R` \x01a%\xD3\x86`\x02Tl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04`\x01`\xFF\x90\x92\x16\x91\x90\x91\x1B\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15\x90V[\x15\x15\x81R` \x01\x83`\x80\x01Qa\xFF\xFF\x16\x81R` \x01\x83`\xA0\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\xC0\x01Qc\xFF\xFF\xFF\xFF\x16\x81R` \x01\x82a&\x13W_a& V[a& \x84`\xC0\x01QaE)V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83`\xE0\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x92PPP\x91\x90PV[_a\x13\x08\x82aE\xD2V[`@Q\x7Fl\xED\x94}\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R_\x90\x81\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x90cl\xED\x94}\x90`$\x01`@\x80Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a&\xE9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a'\r\x91\x90aT%V[\x91P\x91P_a'%\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aE\xD2V[\x90Pa'0\x81a:\xCCV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a'\x9AW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a'\xBE\x91\x90aT]V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x87g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a(>W`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1B`$\x82\x01R\x7FnextBatch beyond batchCount\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x15a)\xA3W_a(_6\x89\x90\x03\x89\x01\x89aR\xDEV[\x90Pa(l`\x01\x8AaTxV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a(\xECW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01\x81\x90R`$\x82\x01R\x7Fprior is not batch nextBatch - 1`D\x82\x01R`d\x01a\r\x90V[a(\xF5\x81a7%V[\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a)\x9CW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`$\x80\x82\x01R\x7Fprior posted after the deadline `D\x82\x01R\x7Fslot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\r\x90V[`\xC0\x01Q\x90P[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a+\x04W_a)\xCF6\x88\x90\x03\x88\x01\x88aR\xDEV[\x90P\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a*RW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01\x81\x90R`$\x82\x01R\x7Ffollowing is not batch nextBatch`D\x82\x01R`d\x01a\r\x90V[a*[\x81a7%V[\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11a+\x02W`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`/`$\x82\x01R\x7Ffollowing posted in or before th`D\x82\x01R\x7Fe deadline slot\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`d\x82\x01R`\x84\x01a\r\x90V[P[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a+fW`@Q\x7F\x9A\xEE\n\xA2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x8B\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\r\x90V[_a+p\x84a5HV[\x90P_\x7FG\xC1K\x95_\xBF\x1B\x1F\x9F\xA2\xA8]j\\\xAA\x7F\xE55\xA8\x16\x03\xE3s\xF5\x07\x030\t\xC1\x90s\xA3\x8B`@Q` \x01a+\xB9\x92\x91\x90\x91\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa+\xDA\x81a?\xFDV[a,E\x82`\x01\x83\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x8A\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aB`V[PPPPPPPPPPPV[_a\x13\x08\x82a:qV[_a\x13\x08\x82[_a\x13\x08c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aT\x98V[_\x81\x84\x84`@Q` \x01a,\xB1\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 _\x1Ca,\xD3\x91\x90aRTV[\x94\x93PPPPV[_\x80[\x83\x82\x1C\x15a-\x1AW`\x01\x82\x1B\x84\x16\x15a-\nW\x82\x81\x03a,\xFEWPa\x13\x08V[a-\x07\x81aT\xC7V[\x90P[a-\x13\x82aT\xC7V[\x91Pa,\xDEV[a-\"aT\xFEV[P\x92\x91PPV[_\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82`@Q_`@Q\x80\x83\x03\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a-\x7FW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a-\x84V[``\x91P[PP\x90P\x80a-\xBFW`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPV[_a\x0C\xF1CaE\xD2V[_`\x02a-\xD9aE\x18V[a-\xE3\x91\x90aT\tV[`\x02T\x90\x91Px\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x81\x15a.zW`\x03_a.$`\x01\x85aR\x94V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x81\x16\x82Rd\x01\0\0\0\0\x90\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91\x81\x01\x91\x90\x91Ra.\x8EV[`@\x80Q\x80\x82\x01\x90\x91R_\x80\x82R` \x82\x01R[\x90P`\x01`\xFF\x86\x16\x1B_\x85a.\xAAW\x81\x19\x83` \x01Q\x16a.\xB2V[\x81\x83` \x01Q\x17[\x90P\x83\x15\x80\x15\x90a.\xD1WP\x84c\xFF\xFF\xFF\xFF\x16\x83_\x01Qc\xFF\xFF\xFF\xFF\x16\x14[\x15a/GW\x80`\x03_a.\xE5`\x01\x88aR\x94V[\x81R` \x01\x90\x81R` \x01_ _\x01`\x04a\x01\0\n\x81T\x81{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPa/\xFDV[`@\x80Q\x80\x82\x01\x82Rc\xFF\xFF\xFF\xFF\x80\x88\x16\x82R{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x85\x16` \x80\x85\x01\x91\x82R_\x8A\x81R`\x03\x90\x91R\x94\x90\x94 \x92Q\x93Q\x16d\x01\0\0\0\0\x02\x92\x16\x91\x90\x91\x17\x90Ua/\xAE\x84`\x01aR\x14V[`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90U[PPPP\x92\x91PPV[__\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a1hW`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 a1\x8AV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[\x90P_a2\x02\x82a1\xC8\x88`\x1F\x19\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x90P_a2D\x82\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPaFu\x92PPPV[P\x90\x94P\x90P_\x81`\x03\x81\x11\x15a2]Wa2]aN\x18V[\x14a2\x94W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x93\x92PPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16_\x90\x81R`\x01` R`@\x90 T`\xFF\x16\x80\x15\x80a2\xD5WP`\xFF\x81\x81\x16\x14[\x15a3$W`@Q\x7F\xD7\xE8\xA2\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\r\x90V[_a30`\x01\x83aS\xB1V[\x90Pa3:a-\xC4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x83g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a3\x93W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\r\x90V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a3\xCDa3\xC8\x85`\x01aU+V[a:qV[a3\xD7\x91\x90aU+V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a4%W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\r\x90V[`\x01`\xFF\x82\x16\x1Ba48a\x03=\x85a,bV[\x16_\x03a4\x86W`@Q\x7F\xB2\x1F\xD2M\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R`D\x01a\r\x90V[`@\x80Q\x7F\x92\x0Bbs0H\xD3c9l\x99\xC8\xA7Gc\xE8h\x03\xC8\xE9\x0C9\\\x8D\x0B\xDB\xAC\x8F\xDA\x18\x15Q` \x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x91\x81\x01\x91\x90\x91Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa5\x04\x81a?\xFDV[`\xFF\x82\x16_\x90\x81R` \x81\x90R`@\x81 \x80T\x90\x91a5>\x91\x85\x91\x90\x85\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x80aB`V[a\x14\xEC\x83\x82aF\xBEV[__a5S\x83a,bV[\x90P_a5_\x82a\x14\xF5V[\x90P_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80_\x03a6\xC0W`@Q\x7F\x97\xB2`\x95\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\r\x90V[a7\x1C\x82a\x0B\xFAa7\x0B\x86`@\x80QF` \x82\x01R0\x91\x81\x01\x91\x90\x91Rc\xFF\xFF\xFF\xFF\x82\x16``\x82\x01R_\x90`\x80\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85a,\x93V[\x95\x94PPPPPV[`\x1F\x19\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a7\xEEW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a8\x12\x91\x90aUKV[\x14a\x0C\xE5W` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\r\x90V[_\x81[\x80\x15a9\x0EW_`\x03\x81a8s`\x01\x85aR\x94V[\x81R` \x80\x82\x01\x92\x90\x92R`@\x90\x81\x01_ \x81Q\x80\x83\x01\x90\x92RTc\xFF\xFF\xFF\xFF\x80\x82\x16\x80\x84Rd\x01\0\0\0\0\x90\x92\x04{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x93\x83\x01\x93\x90\x93R\x90\x92P\x90\x86\x16\x10a8\xFDW` \x01Q{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91Pa\x13\x08\x90PV[Pa9\x07\x81aUbV[\x90Pa8^V[P_\x93\x92PPPV[_\x80`\x01\x86\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x86\x03`\x02\x81\x90\x1C\x7F33333333333333333333333333333333\x90\x81\x16\x91\x16\x01`\x04\x81\x90\x1C\x01`\x08\x81\x90\x1C~\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\0\x0F\x90\x81\x16\x91\x16\x01`\x10\x81\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x90\x81\x16\x91\x16\x01` \x81\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`@\x81\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x91\x16\x01`\x80\x81\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16\x01\x90P\x80a:>\x85\x85\x84a,\x93V[\x82a:I\x89\x89aG\xDFV[a:S\x91\x90aR\x14V[a:]\x91\x90aR\x94V[a:g\x91\x90aRTV[\x96\x95PPPPPPV[_a:\xA2c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83aU\x96V[a\x13\x08\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0aU+V[a:\xD4a-\xC4V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10a;+W`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\r\x90V[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a;`a3\xC8\x83`\x01aU+V[a;j\x91\x90aU+V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x0C\xE5W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\r\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a<\"W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a<F\x91\x90aT]V[\x90P\x81_\x81\x90\x03a<\xCAWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a<\xC3W`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x10`$\x82\x01R\x7Fheaders required\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[PPa?\xF6V[_[\x81\x81\x10\x15a>YW_\x85\x85\x83\x81\x81\x10a<\xE7Wa<\xE7aRgV[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90a<\xFE\x91\x90aR\xDEV[\x90Pa=\x14\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16aR\x14V[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a=\x8AW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x17`$\x82\x01R\x7Fheaders not consecutive\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[a=\x93\x81a7%V[\x88g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a=\xE9WP\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14[\x15a>PW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x15`$\x82\x01R\x7Fleader posted in slot\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[P`\x01\x01a<\xCCV[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x15\x80\x15\x90a>\xB1WP\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84\x84_\x81\x81\x10a>\x8BWa>\x8BaRgV[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a>\xA4\x91\x90aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a?\x18W`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1D`$\x82\x01R\x7Fheaders start inside the slot\0\0\0`D\x82\x01R`d\x01a\r\x90V[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a?9\x91\x90aR\x14V[\x14\x15\x80\x15a?\x8FWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16\x84\x84a?Z`\x01\x85aR\x94V[\x81\x81\x10a?iWa?iaRgV[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a?\x82\x91\x90aK-V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a\x14\xECW`@Q\x7Fx<Jz\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R` `\x04\x82\x01R`\x1B`$\x82\x01R\x7Fheaders end inside the slot\0\0\0\0\0`D\x82\x01R`d\x01a\r\x90V[PPPPPV[_\x81\x81R`\x04` R`@\x90 T`\xFF\x16\x15a@HW`@Q\x7F\xEA\x036\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x01a\r\x90V[_\x90\x81R`\x04` R`@\x90 \x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\x16`\x01\x17\x90UV[`\x02\x80T`\x01`\xFF\x85\x16\x81\x90\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85\x04\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90\x91U\x81\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90UaA6c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16CaU+V[`\x02\x82\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\x16g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x90\x92\x16\x91\x90\x91\x17\x90U`\x01\x80\x82\x01T{\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04c\xFF\xFF\xFF\xFF\x16\x90`\x01\x83\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aA\xBDWaA\xBDaN\x18V[\x03aB\x10WaA\xCC\x83_a-\xCEV[`\x01\x83\x01\x80T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x02\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90U\x90P[`\x02\x82\x01T`@\x80Qc\xFF\xFF\xFF\xFF\x84\x16\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16` \x83\x01R`\xFF\x85\x16\x91\x7F\x014mo\xC7A\xD2\x81%\x86\xFE\xBE\xAD\x80C\xA0\xD4\xA1\xF2\x7F?\x91W\xE4 {\xC5\x1B\xD8_\xBF\x1F\x91\x01a 0V[`\xFF\x86\x16_\x90\x81R` \x81\x90R`@\x81 \x80T\x90\x91\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x10aB\xADW\x81T`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aB\xAFV[\x84[\x90P_\x81\x84\x10aB\xBFW\x81aB\xC1V[\x83[\x90P_a'\x10a\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aB\xF6\x84\x86aR\x94V[aC\0\x91\x90aS\xCAV[aC\n\x91\x90aU\xB9V[\x84T\x90\x91P\x83\x90\x85\x90`\x14\x90aC6\x90\x84\x90`\x01`\xA0\x1B\x90\x04k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16aU\xCCV[\x92Pa\x01\0\n\x81T\x81k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x02\x17\x90UP\x82`\x06_\x82\x82TaCu\x91\x90aR\x94V[\x90\x91UP\x81\x90PaC\x86\x83\x85aR\x94V[aC\x90\x91\x90aR\x94V[`\x07_\x82\x82TaC\xA0\x91\x90aR\x14V[\x90\x91UPaC\xB0\x90P\x81\x83aR\x14V[`\x08_\x82\x82TaC\xC0\x91\x90aR\x14V[\x90\x91UPP\x80\x15aC\xEFW3_\x90\x81R`\x05` R`@\x81 \x80T\x83\x92\x90aC\xE9\x90\x84\x90aR\x14V[\x90\x91UPP[\x81\x15aD/Ws\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16_\x90\x81R`\x05` R`@\x81 \x80T\x84\x92\x90aD)\x90\x84\x90aR\x14V[\x90\x91UPP[\x87\x89`\x02\x81\x11\x15aDBWaDBaN\x18V[`@\x80Q3\x81R` \x81\x01\x87\x90R\x90\x81\x01\x84\x90R``\x81\x01\x85\x90R`\xFF\x8D\x16\x90\x7F\xA5\x13o\x82\xD7\x17\xA3H%``\xFA1\xFAnW\xA2!\xB8\x01g\xBAL\xCD\xA25\x8C\x9C\xC79v;\x90`\x80\x01`@Q\x80\x91\x03\x90\xA4PPPPPPPPPPV[_aD\xA5\x82aEdV[\x80T\x90\x91Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x163\x14aE\x13W\x80T`@Q\x7F$Z\xEC\xD3\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\r\x90V[\x91\x90PV[_a\x0C\xF1aE$a-\xC4V[a,bV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16aEZ\x83aI\xCEV[a\x13\x08\x91\x90aU+V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x81 \x90`\x01\x82\x01T`\x01`\xA0\x1B\x90\x04`\xFF\x16`\x04\x81\x11\x15aE\x96WaE\x96aN\x18V[\x03aE\x13W`@Q\x7F\xB3\xD2\0t\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01R`$\x01a\r\x90V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82\x10aFnWc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16aF_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84aR\x94V[aFi\x91\x90aU\xB9V[a\x13\x08V[_\x92\x91PPV[___\x83Q`A\x03aF\xACW` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1AaF\x9E\x88\x82\x85\x85aJ8V[\x95P\x95P\x95PPPPaF\xB7V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[`\x01\x81\x81\x01\x80T`\x02\x80T`\xFF\x87\x81\x16\x86\x90\x1Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85\x04\x92\x90\x92\x16\x17\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x92\x16\x91\x90\x91\x17\x90\x91U\x82T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16t\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x17\x90\x92U`\x01`\xA0\x1B\x90\x04\x16\x90\x81`\x04\x81\x11\x15aG|WaG|aN\x18V[\x03aG\xB2WaG\x8B\x83_a-\xCEV[\x82`\x01\x01`\x1Ba\x01\0\n\x81T\x81c\xFF\xFF\xFF\xFF\x02\x19\x16\x90\x83c\xFF\xFF\xFF\xFF\x16\x02\x17\x90UPPPPV[`\x02\x81`\x04\x81\x11\x15aG\xC6WaG\xC6aN\x18V[\x03a-\xBFW`\x02aG\xD5aE\x18V[aG\x8B\x91\x90aT\tV[_a\x1D\x07aG\xF0`\x01\x80\x85\x1BaR\x94V[\x84\x16_`\x01\x82\x90\x1C\x7FUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU\x16\x82\x03\x91P`\x02\x82\x90\x1C\x7F33333333333333333333333333333333\x16\x82\x7F33333333333333333333333333333333\x16\x01\x91P`\x04\x82\x90\x1C\x82\x01\x7F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16\x91P`\x08\x82\x90\x1C~\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\x16\x82~\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\0\xFF\x16\x01\x91P`\x10\x82\x90\x1C}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x16\x82}\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\0\0\xFF\xFF\x16\x01\x91P` \x82\x90\x1C{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x16\x82{\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\x16\x01\x91P`@\x82\x90\x1Cw\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82w\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x01\x91P`\x80\x82\x90\x1Co\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x16\x83\x16\x01\x90P\x91\x90PV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x83c\xFF\xFF\xFF\xFF\x16aJ.\x91\x90aU\x96V[a:\xA2\x91\x90aU\x96V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15aJqWP_\x91P`\x03\x90P\x82aK\x03V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15aJ\xC2W=__>=_\xFD[PP`@Q`\x1F\x19\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16aJ\xFAWP_\x92P`\x01\x91P\x82\x90PaK\x03V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0C\xE5W__\xFD[\x805aE\x13\x81aK\rV[_` \x82\x84\x03\x12\x15aK=W__\xFD[\x815a\x1D\x07\x81aK\rV[` \x80\x82R\x82Q\x82\x82\x01\x81\x90R_\x91\x84\x01\x90`@\x84\x01\x90\x83[\x81\x81\x10\x15aK\x82W\x83Q`\xFF\x16\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01aKaV[P\x90\x95\x94PPPPPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x0C\xE5W__\xFD[\x805aE\x13\x81aK\x8DV[_` \x82\x84\x03\x12\x15aK\xC9W__\xFD[\x815a\x1D\x07\x81aK\x8DV[_a\x01\0\x82\x84\x03\x12\x15aK\xE5W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12aK\xFBW__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aL\x12W__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15aL)W__\xFD[\x92P\x92\x90PV[______a\x02@\x87\x89\x03\x12\x15aLFW__\xFD[aLP\x88\x88aK\xD4V[\x95Pa\x01\0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aLlW__\xFD[aLx\x89\x82\x8A\x01aK\xEBV[\x90\x96P\x94PaL\x8D\x90P\x88a\x01 \x89\x01aK\xD4V[\x92Pa\x02 \x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aL\xA9W__\xFD[aL\xB5\x89\x82\x8A\x01aK\xEBV[\x97\x9A\x96\x99P\x94\x97P\x92\x95\x93\x94\x92PPPV[____a\x02 \x85\x87\x03\x12\x15aL\xDBW__\xFD[aL\xE5\x86\x86aK\xD4V[\x93Pa\x01\0\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aM\x01W__\xFD[aM\r\x87\x82\x88\x01aK\xEBV[\x90\x94P\x92PaM\"\x90P\x86a\x01 \x87\x01aK\xD4V[\x90P\x92\x95\x91\x94P\x92PV[_` \x82\x84\x03\x12\x15aM=W__\xFD[\x815c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1D\x07W__\xFD[_` \x82\x84\x03\x12\x15aM`W__\xFD[P5\x91\x90PV[____``\x85\x87\x03\x12\x15aMzW__\xFD[\x845aM\x85\x81aK\rV[\x93P` \x85\x015aM\x95\x81aK\rV[\x92P`@\x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aM\xB0W__\xFD[\x85\x01`\x1F\x81\x01\x87\x13aM\xC0W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15aM\xD6W__\xFD[\x87` \x82`\x08\x1B\x84\x01\x01\x11\x15aM\xEAW__\xFD[\x94\x97\x93\x96P` \x01\x94PPPV[_` \x82\x84\x03\x12\x15aN\x08W__\xFD[\x815`\xFF\x81\x16\x81\x14a\x1D\x07W__\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[`\x05\x81\x10aNzW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x90RV[\x81Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x01@\x81\x01` \x83\x01QaN\xBC` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaN\xE4`@\x84\x01\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P``\x83\x01QaN\xF7``\x84\x01\x82aNEV[P`\x80\x83\x01QaO\x0B`\x80\x84\x01\x82\x15\x15\x90RV[P`\xA0\x83\x01QaO!`\xA0\x84\x01\x82a\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaO9`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaOQ`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaOoa\x01\0\x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa-\"a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x02@\x81\x01` \x83\x01QaO\xBF` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01QaO\xD4`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01QaO\xEC``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01QaP\x04`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01QaP\x1C`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01QaP4`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01QaPL`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01QaPfa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01QaP\x80a\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01QaP\x98a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01QaP\xB2a\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01QaP\xD4a\x01\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x83\x01QaP\xF6a\x01\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01QaQ\x18a\x01\xC0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xE0\x83\x01QaQ0a\x01\xE0\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02\0\x83\x01QaQRa\x02\0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02 \x83\x01Qa-\"a\x02 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[____a\x02@\x85\x87\x03\x12\x15aQ\x80W__\xFD[\x845aQ\x8B\x81aK\rV[\x93P` \x85\x015aQ\x9B\x81aK\rV[\x92PaQ\xAA\x86`@\x87\x01aK\xD4V[\x91PaM\"\x86a\x01@\x87\x01aK\xD4V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82aRbWaRbaR'V[P\x06\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x81\x03\x81\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[_`\xFF\x82\x16`\xFF\x81\x03aR\xBCWaR\xBCaQ\xE7V[`\x01\x01\x92\x91PPV[`\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[_a\x01\0\x82\x84\x03\x12\x80\x15aR\xF0W__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15aS:W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@RaSF\x83aK\"V[\x81RaST` \x84\x01aK\"V[` \x82\x01RaSe`@\x84\x01aK\"V[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01RaS\x94`\xC0\x84\x01aK\"V[`\xC0\x82\x01RaS\xA5`\xE0\x84\x01aK\xAEV[`\xE0\x82\x01R\x93\x92PPPV[`\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x13\x08Wa\x13\x08aQ\xE7V[` \x81\x01a\x13\x08\x82\x84aNEV[a\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[c\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[__`@\x83\x85\x03\x12\x15aT6W__\xFD[\x82QaTA\x81aK\rV[` \x84\x01Q\x90\x92PaTR\x81aK\x8DV[\x80\x91PP\x92P\x92\x90PV[_` \x82\x84\x03\x12\x15aTmW__\xFD[\x81Qa\x1D\x07\x81aK\rV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80aT\xB1WaT\xB1aR'V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03aT\xF7WaT\xF7aQ\xE7V[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x01`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V[_` \x82\x84\x03\x12\x15aU[W__\xFD[PQ\x91\x90PV[_\x81aUpWaUpaQ\xE7V[P\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x01\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a-\"Wa-\"aQ\xE7V[_\x82aU\xC7WaU\xC7aR'V[P\x04\x90V[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x13\x08Wa\x13\x08aQ\xE7V",
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
