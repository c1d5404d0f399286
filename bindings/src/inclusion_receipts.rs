///Module containing a contract's types and functions.
/**

```solidity
library ISequencerRegistry {
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

interface InclusionReceipts {
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
    struct InclusionReceipt {
        uint64 l2ChainId;
        bytes32 txHash;
        uint64 slot;
        uint32 index;
        address beneficiary;
    }

    error HeaderMismatch(uint64 batchNumber);
    error HeadersDoNotCoverSlot(uint64 slot);
    error HeadersNotConsecutive(uint256 position);
    error HeadersRequired();
    error InvalidParameters(string reason);
    error InvalidSignature();
    error NotAccountable(uint8 id, uint64 slot);
    error NotContradicted();
    error NotFirstBatchInSlot(uint64 batchNumber);
    error OutsideFaultWindow(uint64 slot);
    error ReceiptNotFromLeader(uint8 id, uint64 slot);
    error SignerPostedInSlot(uint64 slot);
    error SlotNotOver(uint64 slot);
    error WrongChain(uint64 l2ChainId);

    constructor(address registry_, ISequencerRegistry.Params p);

    function genesisBlock() external view returns (uint64);
    function inbox() external view returns (address);
    function params() external view returns (ISequencerRegistry.Params memory);
    function paramsHash() external view returns (bytes32);
    function receiptDigest(InclusionReceipt memory receipt) external view returns (bytes32);
    function receiptEvidence(address signer, InclusionReceipt memory receipt) external pure returns (bytes32);
    function receiptRootDigest(bytes32 root) external view returns (bytes32);
    function registry() external view returns (address);
    function slashContradictedReceipt(InclusionReceipt memory receipt, bytes memory signature, BatchHeader memory batch, BatchHeader memory previous, uint256 count, bytes32 leaf, bytes32[] memory proof) external;
    function slashUnkeptReceipt(InclusionReceipt memory receipt, bytes memory signature, uint64 firstBatch, BatchHeader[] memory headers) external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "registry_",
        "type": "address",
        "internalType": "address"
      },
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
      }
    ],
    "stateMutability": "nonpayable"
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
    "name": "paramsHash",
    "inputs": [],
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
    "name": "receiptDigest",
    "inputs": [
      {
        "name": "receipt",
        "type": "tuple",
        "internalType": "struct InclusionReceipt",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "txHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "index",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "beneficiary",
            "type": "address",
            "internalType": "address"
          }
        ]
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
    "name": "receiptEvidence",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "receipt",
        "type": "tuple",
        "internalType": "struct InclusionReceipt",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "txHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "index",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "beneficiary",
            "type": "address",
            "internalType": "address"
          }
        ]
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "receiptRootDigest",
    "inputs": [
      {
        "name": "root",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "registry",
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
    "name": "slashContradictedReceipt",
    "inputs": [
      {
        "name": "receipt",
        "type": "tuple",
        "internalType": "struct InclusionReceipt",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "txHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "index",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "beneficiary",
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
        "name": "batch",
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
        "name": "previous",
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
        "name": "count",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "leaf",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "proof",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashUnkeptReceipt",
    "inputs": [
      {
        "name": "receipt",
        "type": "tuple",
        "internalType": "struct InclusionReceipt",
        "components": [
          {
            "name": "l2ChainId",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "txHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "slot",
            "type": "uint64",
            "internalType": "uint64"
          },
          {
            "name": "index",
            "type": "uint32",
            "internalType": "uint32"
          },
          {
            "name": "beneficiary",
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
    "name": "NotContradicted",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotFirstBatchInSlot",
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
    "name": "ReceiptNotFromLeader",
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
    "name": "SignerPostedInSlot",
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
    "name": "WrongChain",
    "inputs": [
      {
        "name": "l2ChainId",
        "type": "uint64",
        "internalType": "uint64"
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
pub mod InclusionReceipts {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610200604052348015610010575f5ffd5b5060405161312038038061312083398101604081905261002f91610637565b80602001516001600160601b0316816101e001516001600160601b031611156100a05760405163dd23c3ad60e01b815260206004820152601460248201527f7265636569707453616665747950656e616c747900000000000000000000000060448201526064015b60405180910390fd5b806101e001516001600160601b03168161020001516001600160601b0316111561010d5760405163dd23c3ad60e01b815260206004820152601660248201527f726563656970744c6976656e65737350656e616c7479000000000000000000006044820152606401610097565b80610240015161ffff168161020001516001600160601b03166101309190610805565b61022082015161014b906001600160601b0316612710610805565b111561019a5760405163dd23c3ad60e01b815260206004820152601360248201527f72656365697074436f6d70656e736174696f6e000000000000000000000000006044820152606401610097565b604080516135a560f21b6020808301919091526001600160601b0319606086901b166022830152600160f81b6036830152825180830360170181526037830190935282519201919091206001600160a01b03808516608052811660a05290610206908390605701610828565b60408051601f19818403018152919052805160209091012061010090815282516001600160401b03908116610120529083015163ffffffff908116610140524390911660c05260608301511660e0526101e0808301516001600160601b0390811661016052610200840151811661018052610220840151166101a052469081905261029190826104c3565b6101c090815282515f805460208601516040870151606088015160808901516001600160401b039096166001600160a01b031990941693909317680100000000000000006001600160601b0393841681029190911764ffffffffff60a01b1916600160a01b60ff909316830263ffffffff60a81b191617600160a81b63ffffffff958616021763ffffffff60c81b1916600160c81b968516969096029590951790935560a08701516001805460c08a015160e08b01516101008c01516101208d01516101408e01516101608f0151978a166001600160401b031990961695909517640100000000948a169490940293909317600160401b600160801b03191691881690990263ffffffff60601b1916176c0100000000000000000000000098871689021765ffffffffffff60801b1916600160801b9187169190910261ffff60a01b19161761ffff9182169096029590951763ffffffff60b01b1916600160b01b92851692909202919091179055610180870151600280546101a08a01519284166001600160c01b031991821617928416870292909217905594870151600380546101e08a0151928416908816179183168602919091179055610200870151600480546102208a01516102408b0151938516919098161796831686029690961761ffff60c01b1916600160c01b9190941602929092179093556102608501516005805461028090970151919092166001600160801b03199096169590951794909216029290921790915550610a4b9050565b60408051808201825260058152642130ba37b760d91b6020918201528151808301835260018152603160f81b9082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152608081018590526001600160a01b03841660a0808301919091528351808303909101815260c090910190925281519101205b92915050565b6040516102a081016001600160401b03811182821017156105cc57634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b03811681146105e8575f5ffd5b919050565b80516001600160601b03811681146105e8575f5ffd5b805160ff811681146105e8575f5ffd5b805163ffffffff811681146105e8575f5ffd5b805161ffff811681146105e8575f5ffd5b5f5f8284036102c081121561064a575f5ffd5b83516001600160a01b0381168114610660575f5ffd5b92506102a0601f1982011215610674575f5ffd5b5061067d61059d565b610689602085016105d2565b8152610697604085016105ed565b60208201526106a860608501610603565b60408201526106b960808501610613565b60608201526106ca60a08501610613565b60808201526106db60c08501610613565b60a08201526106ec60e08501610613565b60c08201526106fe6101008501610613565b60e08201526107106101208501610613565b6101008201526107236101408501610613565b6101208201526107366101608501610626565b6101408201526107496101808501610613565b61016082015261075c6101a085016105ed565b61018082015261076f6101c085016105ed565b6101a08201526107826101e085016105ed565b6101c082015261079561020085016105ed565b6101e08201526107a861022085016105ed565b6102008201526107bb61024085016105ed565b6102208201526107ce6102608501610626565b6102408201526107e161028085016105ed565b6102608201526107f46102a08501610613565b610280820152809150509250929050565b808202811582820484141761059757634e487b7160e01b5f52601160045260245ffd5b81516001600160401b031681526102a08101602083015161085460208401826001600160601b03169052565b506040830151610869604084018260ff169052565b506060830151610881606084018263ffffffff169052565b506080830151610899608084018263ffffffff169052565b5060a08301516108b160a084018263ffffffff169052565b5060c08301516108c960c084018263ffffffff169052565b5060e08301516108e160e084018263ffffffff169052565b506101008301516108fb61010084018263ffffffff169052565b5061012083015161091561012084018263ffffffff169052565b5061014083015161092d61014084018261ffff169052565b5061016083015161094761016084018263ffffffff169052565b506101808301516109646101808401826001600160601b03169052565b506101a08301516109816101a08401826001600160601b03169052565b506101c083015161099e6101c08401826001600160601b03169052565b506101e08301516109bb6101e08401826001600160601b03169052565b506102008301516109d86102008401826001600160601b03169052565b506102208301516109f56102208401826001600160601b03169052565b50610240830151610a0d61024084018261ffff169052565b50610260830151610a2a6102608401826001600160601b03169052565b50610280830151610a4461028084018263ffffffff169052565b5092915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e051612622610afe5f395f61078601525f6107dd01525f610fc801525f610f3d01525f610f1701525f81816106630152610b4f01525f61093801525f61018701525f61104901525f818160fb015261107501525f818161045d015281816106ef015281816107b10152610c8c01525f818161013b01528181610f6f015261145501526126225ff3fe608060405234801561000f575f5ffd5b50600436106100b9575f3560e01c8063a26b1b3211610072578063cff0ab9611610058578063cff0ab96146101d1578063d1a648de14610445578063fb0e722b14610458575f5ffd5b8063a26b1b32146101a9578063b836f81d146101bc575f5ffd5b80634cdc9c63116100a25780634cdc9c63146100f65780637b1039991461013657806386a4266314610182575f5ffd5b80631ab90a9e146100bd57806326a90bb7146100e3575b5f5ffd5b6100d06100cb366004611b38565b61047f565b6040519081526020015b60405180910390f35b6100d06100f1366004611b99565b6104fa565b61011d7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016100da565b61015d7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100da565b6100d07f000000000000000000000000000000000000000000000000000000000000000081565b6100d06101b7366004611bcd565b610522565b6101cf6101ca366004611c3d565b610540565b005b610438604080516102a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081019190915250604080516102a0810182525f5467ffffffffffffffff811682526bffffffffffffffffffffffff680100000000000000008083048216602085015260ff74010000000000000000000000000000000000000000808504919091169585019590955263ffffffff75010000000000000000000000000000000000000000008404811660608601527901000000000000000000000000000000000000000000000000009093048316608085015260015480841660a08601526401000000008104841660c0860152908104831660e08501526c0100000000000000000000000080820484166101008601527001000000000000000000000000000000008204841661012086015261ffff9582048616610140860152760100000000000000000000000000000000000000000000909104831661016085015260025480831661018086015281900482166101a08501526003548083166101c086015281900482166101e08501526004548083166102008601528181048316610220860152780100000000000000000000000000000000000000000000000090049094166102408401526005549081166102608401529290920490911661028082015290565b6040516100da9190611d29565b6101cf610453366004611f95565b6105d1565b61015d7f000000000000000000000000000000000000000000000000000000000000000081565b5f6104f461048b610783565b7f6019dbce77912491b88e7f17aaafce7bee82c79147676c11abcaeb4f9f3f82d15f9081526020859052604090205b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f61051b8361051661051136869003860186612103565b6107ff565b6108b8565b9392505050565b5f6104f461052e610783565b6104ba61051136869003860186612103565b5f5f61054d8b8b8b61092b565b915091505f610570838d604001602081019061056991906121b7565b8b8b610b47565b9050610580818d89898989610e34565b6105b6576040517fc247685200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105c36003848e85610efb565b505050505050505050505050565b5f5f6105de88888861092b565b90925090505f6105f460608a0160408b016121b7565b90506106096106048260016121ff565b61103e565b67ffffffffffffffff1643101561065c576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024015b60405180910390fd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166106916106048360016121ff565b61069b91906121ff565b67ffffffffffffffff1643106106e9576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610653565b5f6107187f00000000000000000000000000000000000000000000000000000000000000008389898989611099565b925050508015610760576040517f4eff0a5e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610653565b61076a8483611410565b6107776004858c86610efb565b50505050505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146107da576107d5467f00000000000000000000000000000000000000000000000000000000000000006116e2565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f7f0fbe921f78a1e6f26e2a9269914d6c647958b6d6b5a4596ceb37ef568e3f72ed825f0151836020015184604001518560600151866080015160405160200161089b9695949392919095865267ffffffffffffffff948516602087015260408601939093529216606084015263ffffffff91909116608083015273ffffffffffffffffffffffffffffffffffffffff1660a082015260c00190565b604051602081830303815290604052805190602001209050919050565b604080517f67219486fb81deb7c683d2e531582a91e66694e17ec075a97ddb869af6bc5c83602082015273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f906080015b60405160208183030381529060405280519060200120905092915050565b5f8067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661096560208701876121b7565b67ffffffffffffffff16146109c05761098160208601866121b7565b6040517f4c5f37de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b6109d261051136879003870187612103565b9050828160418214610a87577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbf8201601f8116151580610a3657506102007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0820110155b15610a6d576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50610a8483610a7f876041818b61221f565b6117eb565b90505b8535602087013560408801355f90811a90610ae9610ae1610aa6610783565b876040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b83868661184f565b5090985090505f816003811115610b0257610b02612246565b14610b39576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050935093915050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016610b7d6106048660016121ff565b610b8791906121ff565b67ffffffffffffffff164310610bd5576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610653565b5f610be536859003850185612273565b90508467ffffffffffffffff16816040015167ffffffffffffffff16141580610c3e57508573ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff1614155b15610c875760208101516040517ff3c363a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b610cb17f000000000000000000000000000000000000000000000000000000000000000082611942565b602081015167ffffffffffffffff1615610e27575f610cd536859003850185612273565b90508160600151610d31827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b14610d865760018260200151610d479190612304565b6040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b8567ffffffffffffffff16816040015167ffffffffffffffff16148015610ddc57508673ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff16145b15610e255760208201516040517ff3c363a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b505b60a0015195945050505050565b5f80610e466080880160608901612324565b63ffffffff16905085811015610e7b5786602001358514158015610e735750610e73888683898888611a7a565b915050610ef1565b855f03610e955787158015610e7357508215915050610ef1565b600183148015610eed5750878685855f818110610eb457610eb461233f565b90506020020135604051602001610ed5929190918252602082015260400190565b60405160208183030381529060405280519060200120145b9150505b9695505050505050565b5f6004856005811115610f1057610f10612246565b14610f3b577f0000000000000000000000000000000000000000000000000000000000000000610f5d565b7f00000000000000000000000000000000000000000000000000000000000000005b6bffffffffffffffffffffffff1690507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166355ce58918587610fb588876108b8565b85610fc660a08a0160808b0161236c565b7f0000000000000000000000000000000000000000000000000000000000000000336040518863ffffffff1660e01b815260040161100a9796959493929190612387565b5f604051808303815f87803b158015611021575f5ffd5b505af1158015611033573d5f5f3e3d5ffd5b505050505050505050565b5f61106f63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168361242d565b6104f4907f00000000000000000000000000000000000000000000000000000000000000006121ff565b5f5f5f5f8973ffffffffffffffffffffffffffffffffffffffff166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061110a919061245b565b9050855f8190036111675767ffffffffffffffff821615611157576040517fd2cf424600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f9450945094505050611404565b5f5b818110156112ac575f8989838181106111845761118461233f565b9050610100020180360381019061119b9190612273565b90506111b18267ffffffffffffffff8d16612476565b816020015167ffffffffffffffff16146111fa576040517f01a2b84e00000000000000000000000000000000000000000000000000000000815260048101839052602401610653565b6112048d82611942565b8b67ffffffffffffffff16816040015167ffffffffffffffff16111561122a57506112a4565b8060c0015196508b67ffffffffffffffff16816040015167ffffffffffffffff16148015611271575060e081015173ffffffffffffffffffffffffffffffffffffffff1615155b156112a25760e0810151955073ffffffffffffffffffffffffffffffffffffffff808916908716036112a257600194505b505b600101611169565b5067ffffffffffffffff89161580159061130457508967ffffffffffffffff1688885f8181106112de576112de61233f565b9050610100020160400160208101906112f791906121b7565b67ffffffffffffffff1610155b15611347576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610653565b8167ffffffffffffffff16818a67ffffffffffffffff166113689190612476565b141580156113be575067ffffffffffffffff8a168888611389600185612489565b8181106113985761139861233f565b9050610100020160400160208101906113b191906121b7565b67ffffffffffffffff1611155b15611401576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610653565b50505b96509650969350505050565b6040517fb37855c800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301527f0000000000000000000000000000000000000000000000000000000000000000915f9183169063b37855c890602401602060405180830381865afa15801561149e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c2919061249c565b6040517f583d23f400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015290915060ff82169073ffffffffffffffffffffffffffffffffffffffff84169063583d23f490602401602060405180830381865afa15801561153c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611560919061249c565b60ff16146115af576040517fea9d596500000000000000000000000000000000000000000000000000000000815260ff8216600482015267ffffffffffffffff84166024820152604401610653565b6040517fccd0727600000000000000000000000000000000000000000000000000000000815260ff821660048201525f9073ffffffffffffffffffffffffffffffffffffffff84169063ccd072769060240161018060405180830381865afa15801561161d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611641919061251b565b905080610160015167ffffffffffffffff168467ffffffffffffffff16108061168f57508060800151801561168f575080610140015167ffffffffffffffff168467ffffffffffffffff1610155b156116db576040517f090b32d100000000000000000000000000000000000000000000000000000000815260ff8316600482015267ffffffffffffffff85166024820152604401610653565b5050505050565b604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f918101919091527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201526080810183905273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c00161090d565b5f7f6019dbce77912491b88e7f17aaafce7bee82c79147676c11abcaeb4f9f3f82d184848481015b8082101561183a57813580841160051b93845260209384185260405f209290910190611813565b50505f91825260205260409020949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561188857505f91506003905082611938565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156118d9573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661192f57505f925060019150829050611938565b92505f91508190505b9450945094915050565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015273ffffffffffffffffffffffffffffffffffffffff84169063705cad1390602401602060405180830381865afa158015611a09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a2d919061260b565b14611a765760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b5050565b5f838510611a8957505f610ef1565b855f83865b6001811115611b175760018116600182038a1416611b0757818303611ad5577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9250611b17565b60018084019360051b880135908a168015611af657815f5285602052611afe565b855f52816020525b505060405f2093505b600198891c98908101901c611a8e565b50865f52826020528960405f20148183141693505050509695505050505050565b5f60208284031215611b48575f5ffd5b5035919050565b73ffffffffffffffffffffffffffffffffffffffff81168114611b70575f5ffd5b50565b8035611b7e81611b4f565b919050565b5f60a08284031215611b93575f5ffd5b50919050565b5f5f60c08385031215611baa575f5ffd5b8235611bb581611b4f565b9150611bc48460208501611b83565b90509250929050565b5f60a08284031215611bdd575f5ffd5b61051b8383611b83565b5f5f83601f840112611bf7575f5ffd5b50813567ffffffffffffffff811115611c0e575f5ffd5b602083019150836020828501011115611c25575f5ffd5b9250929050565b5f6101008284031215611b93575f5ffd5b5f5f5f5f5f5f5f5f5f6103208a8c031215611c56575f5ffd5b611c608b8b611b83565b985060a08a013567ffffffffffffffff811115611c7b575f5ffd5b611c878c828d01611be7565b9099509750611c9b90508b60c08c01611c2c565b9550611cab8b6101c08c01611c2c565b94506102c08a013593506102e08a013592506103008a013567ffffffffffffffff811115611cd7575f5ffd5b8a01601f81018c13611ce7575f5ffd5b803567ffffffffffffffff811115611cfd575f5ffd5b8c60208260051b8401011115611d11575f5ffd5b60208201935080925050509295985092959850929598565b815167ffffffffffffffff1681526102a081016020830151611d5b60208401826bffffffffffffffffffffffff169052565b506040830151611d70604084018260ff169052565b506060830151611d88606084018263ffffffff169052565b506080830151611da0608084018263ffffffff169052565b5060a0830151611db860a084018263ffffffff169052565b5060c0830151611dd060c084018263ffffffff169052565b5060e0830151611de860e084018263ffffffff169052565b50610100830151611e0261010084018263ffffffff169052565b50610120830151611e1c61012084018263ffffffff169052565b50610140830151611e3461014084018261ffff169052565b50610160830151611e4e61016084018263ffffffff169052565b50610180830151611e706101808401826bffffffffffffffffffffffff169052565b506101a0830151611e926101a08401826bffffffffffffffffffffffff169052565b506101c0830151611eb46101c08401826bffffffffffffffffffffffff169052565b506101e0830151611ed66101e08401826bffffffffffffffffffffffff169052565b50610200830151611ef86102008401826bffffffffffffffffffffffff169052565b50610220830151611f1a6102208401826bffffffffffffffffffffffff169052565b50610240830151611f3261024084018261ffff169052565b50610260830151611f546102608401826bffffffffffffffffffffffff169052565b50610280830151611f6e61028084018263ffffffff169052565b5092915050565b67ffffffffffffffff81168114611b70575f5ffd5b8035611b7e81611f75565b5f5f5f5f5f5f6101008789031215611fab575f5ffd5b611fb58888611b83565b955060a087013567ffffffffffffffff811115611fd0575f5ffd5b611fdc89828a01611be7565b90965094505060c0870135611ff081611f75565b925060e087013567ffffffffffffffff81111561200b575f5ffd5b8701601f8101891361201b575f5ffd5b803567ffffffffffffffff811115612031575f5ffd5b8960208260081b8401011115612045575f5ffd5b60208201935080925050509295509295509295565b604051610100810167ffffffffffffffff811182821017156120a3577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b604051610180810167ffffffffffffffff811182821017156120a3577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b63ffffffff81168114611b70575f5ffd5b5f60a0828403128015612114575f5ffd5b5060405160a0810167ffffffffffffffff8111828210171561215d577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604052823561216b81611f75565b815260208381013590820152604083013561218581611f75565b60408201526060830135612198816120f2565b606082015260808301356121ab81611b4f565b60808201529392505050565b5f602082840312156121c7575f5ffd5b813561051b81611f75565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156104f4576104f46121d2565b5f5f8585111561222d575f5ffd5b83861115612239575f5ffd5b5050820193919092039150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f610100828403128015612285575f5ffd5b5061228e61205a565b823561229981611f75565b81526122a760208401611f8a565b60208201526122b860408401611f8a565b6040820152606083810135908201526080808401359082015260a080840135908201526122e760c08401611f8a565b60c08201526122f860e08401611b73565b60e08201529392505050565b67ffffffffffffffff82811682821603908111156104f4576104f46121d2565b5f60208284031215612334575f5ffd5b813561051b816120f2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f6020828403121561237c575f5ffd5b813561051b81611b4f565b73ffffffffffffffffffffffffffffffffffffffff8816815260e08101600688106123d9577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60208201979097526040810195909552606085019390935273ffffffffffffffffffffffffffffffffffffffff91821660808501526bffffffffffffffffffffffff1660a08401521660c090910152919050565b67ffffffffffffffff8181168382160290811690818114611f6e57611f6e6121d2565b8051611b7e81611f75565b5f6020828403121561246b575f5ffd5b815161051b81611f75565b808201808211156104f4576104f46121d2565b818103818111156104f4576104f46121d2565b5f602082840312156124ac575f5ffd5b815160ff8116811461051b575f5ffd5b8051611b7e81611b4f565b80516bffffffffffffffffffffffff81168114611b7e575f5ffd5b805160058110611b7e575f5ffd5b80518015158114611b7e575f5ffd5b805161ffff81168114611b7e575f5ffd5b8051611b7e816120f2565b5f61018082840312801561252d575f5ffd5b506125366120a9565b61253f836124bc565b815261254d602084016124c7565b602082015261255e604084016124bc565b604082015261256f606084016124e2565b6060820152612580608084016124f0565b608082015261259160a084016124ff565b60a08201526125a260c08401612510565b60c08201526125b360e08401612510565b60e08201526125c56101008401612450565b6101008201526125d86101208401612450565b6101208201526125eb6101408401612450565b6101408201526125fe6101608401612450565b6101608201529392505050565b5f6020828403121561261b575f5ffd5b505191905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x02\0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa1 8\x03\x80a1 \x839\x81\x01`@\x81\x90Ra\0/\x91a\x067V[\x80` \x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\xE0\x01Q`\x01`\x01``\x1B\x03\x16\x11\x15a\0\xA0W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x14`$\x82\x01R\x7FreceiptSafetyPenalty\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[\x80a\x01\xE0\x01Q`\x01`\x01``\x1B\x03\x16\x81a\x02\0\x01Q`\x01`\x01``\x1B\x03\x16\x11\x15a\x01\rW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x16`$\x82\x01R\x7FreceiptLivenessPenalty\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0\x97V[\x80a\x02@\x01Qa\xFF\xFF\x16\x81a\x02\0\x01Q`\x01`\x01``\x1B\x03\x16a\x010\x91\x90a\x08\x05V[a\x02 \x82\x01Qa\x01K\x90`\x01`\x01``\x1B\x03\x16a'\x10a\x08\x05V[\x11\x15a\x01\x9AW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x13`$\x82\x01R\x7FreceiptCompensation\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0\x97V[`@\x80Qa5\xA5`\xF2\x1B` \x80\x83\x01\x91\x90\x91R`\x01`\x01``\x1B\x03\x19``\x86\x90\x1B\x16`\"\x83\x01R`\x01`\xF8\x1B`6\x83\x01R\x82Q\x80\x83\x03`\x17\x01\x81R`7\x83\x01\x90\x93R\x82Q\x92\x01\x91\x90\x91 `\x01`\x01`\xA0\x1B\x03\x80\x85\x16`\x80R\x81\x16`\xA0R\x90a\x02\x06\x90\x83\x90`W\x01a\x08(V[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x90R\x80Q` \x90\x91\x01 a\x01\0\x90\x81R\x82Q`\x01`\x01`@\x1B\x03\x90\x81\x16a\x01 R\x90\x83\x01Qc\xFF\xFF\xFF\xFF\x90\x81\x16a\x01@RC\x90\x91\x16`\xC0R``\x83\x01Q\x16`\xE0Ra\x01\xE0\x80\x83\x01Q`\x01`\x01``\x1B\x03\x90\x81\x16a\x01`Ra\x02\0\x84\x01Q\x81\x16a\x01\x80Ra\x02 \x84\x01Q\x16a\x01\xA0RF\x90\x81\x90Ra\x02\x91\x90\x82a\x04\xC3V[a\x01\xC0\x90\x81R\x82Q_\x80T` \x86\x01Q`@\x87\x01Q``\x88\x01Q`\x80\x89\x01Q`\x01`\x01`@\x1B\x03\x90\x96\x16`\x01`\x01`\xA0\x1B\x03\x19\x90\x94\x16\x93\x90\x93\x17h\x01\0\0\0\0\0\0\0\0`\x01`\x01``\x1B\x03\x93\x84\x16\x81\x02\x91\x90\x91\x17d\xFF\xFF\xFF\xFF\xFF`\xA0\x1B\x19\x16`\x01`\xA0\x1B`\xFF\x90\x93\x16\x83\x02c\xFF\xFF\xFF\xFF`\xA8\x1B\x19\x16\x17`\x01`\xA8\x1Bc\xFF\xFF\xFF\xFF\x95\x86\x16\x02\x17c\xFF\xFF\xFF\xFF`\xC8\x1B\x19\x16`\x01`\xC8\x1B\x96\x85\x16\x96\x90\x96\x02\x95\x90\x95\x17\x90\x93U`\xA0\x87\x01Q`\x01\x80T`\xC0\x8A\x01Q`\xE0\x8B\x01Qa\x01\0\x8C\x01Qa\x01 \x8D\x01Qa\x01@\x8E\x01Qa\x01`\x8F\x01Q\x97\x8A\x16`\x01`\x01`@\x1B\x03\x19\x90\x96\x16\x95\x90\x95\x17d\x01\0\0\0\0\x94\x8A\x16\x94\x90\x94\x02\x93\x90\x93\x17`\x01`@\x1B`\x01`\x80\x1B\x03\x19\x16\x91\x88\x16\x90\x99\x02c\xFF\xFF\xFF\xFF``\x1B\x19\x16\x17l\x01\0\0\0\0\0\0\0\0\0\0\0\0\x98\x87\x16\x89\x02\x17e\xFF\xFF\xFF\xFF\xFF\xFF`\x80\x1B\x19\x16`\x01`\x80\x1B\x91\x87\x16\x91\x90\x91\x02a\xFF\xFF`\xA0\x1B\x19\x16\x17a\xFF\xFF\x91\x82\x16\x90\x96\x02\x95\x90\x95\x17c\xFF\xFF\xFF\xFF`\xB0\x1B\x19\x16`\x01`\xB0\x1B\x92\x85\x16\x92\x90\x92\x02\x91\x90\x91\x17\x90Ua\x01\x80\x87\x01Q`\x02\x80Ta\x01\xA0\x8A\x01Q\x92\x84\x16`\x01`\x01`\xC0\x1B\x03\x19\x91\x82\x16\x17\x92\x84\x16\x87\x02\x92\x90\x92\x17\x90U\x94\x87\x01Q`\x03\x80Ta\x01\xE0\x8A\x01Q\x92\x84\x16\x90\x88\x16\x17\x91\x83\x16\x86\x02\x91\x90\x91\x17\x90Ua\x02\0\x87\x01Q`\x04\x80Ta\x02 \x8A\x01Qa\x02@\x8B\x01Q\x93\x85\x16\x91\x90\x98\x16\x17\x96\x83\x16\x86\x02\x96\x90\x96\x17a\xFF\xFF`\xC0\x1B\x19\x16`\x01`\xC0\x1B\x91\x90\x94\x16\x02\x92\x90\x92\x17\x90\x93Ua\x02`\x85\x01Q`\x05\x80Ta\x02\x80\x90\x97\x01Q\x91\x90\x92\x16`\x01`\x01`\x80\x1B\x03\x19\x90\x96\x16\x95\x90\x95\x17\x94\x90\x92\x16\x02\x92\x90\x92\x17\x90\x91UPa\nK\x90PV[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R`1`\xF8\x1B\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R`\x80\x81\x01\x85\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 [\x92\x91PPV[`@Qa\x02\xA0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x05\xCCWcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x05\xE8W__\xFD[\x91\x90PV[\x80Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x05\xE8W__\xFD[\x80Q`\xFF\x81\x16\x81\x14a\x05\xE8W__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x05\xE8W__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x05\xE8W__\xFD[__\x82\x84\x03a\x02\xC0\x81\x12\x15a\x06JW__\xFD[\x83Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x06`W__\xFD[\x92Pa\x02\xA0`\x1F\x19\x82\x01\x12\x15a\x06tW__\xFD[Pa\x06}a\x05\x9DV[a\x06\x89` \x85\x01a\x05\xD2V[\x81Ra\x06\x97`@\x85\x01a\x05\xEDV[` \x82\x01Ra\x06\xA8``\x85\x01a\x06\x03V[`@\x82\x01Ra\x06\xB9`\x80\x85\x01a\x06\x13V[``\x82\x01Ra\x06\xCA`\xA0\x85\x01a\x06\x13V[`\x80\x82\x01Ra\x06\xDB`\xC0\x85\x01a\x06\x13V[`\xA0\x82\x01Ra\x06\xEC`\xE0\x85\x01a\x06\x13V[`\xC0\x82\x01Ra\x06\xFEa\x01\0\x85\x01a\x06\x13V[`\xE0\x82\x01Ra\x07\x10a\x01 \x85\x01a\x06\x13V[a\x01\0\x82\x01Ra\x07#a\x01@\x85\x01a\x06\x13V[a\x01 \x82\x01Ra\x076a\x01`\x85\x01a\x06&V[a\x01@\x82\x01Ra\x07Ia\x01\x80\x85\x01a\x06\x13V[a\x01`\x82\x01Ra\x07\\a\x01\xA0\x85\x01a\x05\xEDV[a\x01\x80\x82\x01Ra\x07oa\x01\xC0\x85\x01a\x05\xEDV[a\x01\xA0\x82\x01Ra\x07\x82a\x01\xE0\x85\x01a\x05\xEDV[a\x01\xC0\x82\x01Ra\x07\x95a\x02\0\x85\x01a\x05\xEDV[a\x01\xE0\x82\x01Ra\x07\xA8a\x02 \x85\x01a\x05\xEDV[a\x02\0\x82\x01Ra\x07\xBBa\x02@\x85\x01a\x05\xEDV[a\x02 \x82\x01Ra\x07\xCEa\x02`\x85\x01a\x06&V[a\x02@\x82\x01Ra\x07\xE1a\x02\x80\x85\x01a\x05\xEDV[a\x02`\x82\x01Ra\x07\xF4a\x02\xA0\x85\x01a\x06\x13V[a\x02\x80\x82\x01R\x80\x91PP\x92P\x92\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x05\x97WcNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x81Q`\x01`\x01`@\x1B\x03\x16\x81Ra\x02\xA0\x81\x01` \x83\x01Qa\x08T` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01Qa\x08i`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01Qa\x08\x81``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x08\x99`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa\x08\xB1`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa\x08\xC9`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa\x08\xE1`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\x08\xFBa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa\t\x15a\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01Qa\t-a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa\tGa\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01Qa\tda\x01\x80\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xA0\x83\x01Qa\t\x81a\x01\xA0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xC0\x83\x01Qa\t\x9Ea\x01\xC0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xE0\x83\x01Qa\t\xBBa\x01\xE0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02\0\x83\x01Qa\t\xD8a\x02\0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02 \x83\x01Qa\t\xF5a\x02 \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02@\x83\x01Qa\n\ra\x02@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02`\x83\x01Qa\n*a\x02`\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02\x80\x83\x01Qa\nDa\x02\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa&\"a\n\xFE_9_a\x07\x86\x01R_a\x07\xDD\x01R_a\x0F\xC8\x01R_a\x0F=\x01R_a\x0F\x17\x01R_\x81\x81a\x06c\x01Ra\x0BO\x01R_a\t8\x01R_a\x01\x87\x01R_a\x10I\x01R_\x81\x81`\xFB\x01Ra\x10u\x01R_\x81\x81a\x04]\x01R\x81\x81a\x06\xEF\x01R\x81\x81a\x07\xB1\x01Ra\x0C\x8C\x01R_\x81\x81a\x01;\x01R\x81\x81a\x0Fo\x01Ra\x14U\x01Ra&\"_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0\xB9W_5`\xE0\x1C\x80c\xA2k\x1B2\x11a\0rW\x80c\xCF\xF0\xAB\x96\x11a\0XW\x80c\xCF\xF0\xAB\x96\x14a\x01\xD1W\x80c\xD1\xA6H\xDE\x14a\x04EW\x80c\xFB\x0Er+\x14a\x04XW__\xFD[\x80c\xA2k\x1B2\x14a\x01\xA9W\x80c\xB86\xF8\x1D\x14a\x01\xBCW__\xFD[\x80cL\xDC\x9Cc\x11a\0\xA2W\x80cL\xDC\x9Cc\x14a\0\xF6W\x80c{\x109\x99\x14a\x016W\x80c\x86\xA4&c\x14a\x01\x82W__\xFD[\x80c\x1A\xB9\n\x9E\x14a\0\xBDW\x80c&\xA9\x0B\xB7\x14a\0\xE3W[__\xFD[a\0\xD0a\0\xCB6`\x04a\x1B8V[a\x04\x7FV[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xD0a\0\xF16`\x04a\x1B\x99V[a\x04\xFAV[a\x01\x1D\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\0\xDAV[a\x01]\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\0\xDAV[a\0\xD0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\0\xD0a\x01\xB76`\x04a\x1B\xCDV[a\x05\"V[a\x01\xCFa\x01\xCA6`\x04a\x1C=V[a\x05@V[\0[a\x048`@\x80Qa\x02\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x82\x90Ra\x01\xE0\x81\x01\x82\x90Ra\x02\0\x81\x01\x82\x90Ra\x02 \x81\x01\x82\x90Ra\x02@\x81\x01\x82\x90Ra\x02`\x81\x01\x82\x90Ra\x02\x80\x81\x01\x91\x90\x91RP`@\x80Qa\x02\xA0\x81\x01\x82R_Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x80\x83\x04\x82\x16` \x85\x01R`\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85\x04\x91\x90\x91\x16\x95\x85\x01\x95\x90\x95Rc\xFF\xFF\xFF\xFFu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x04\x81\x16``\x86\x01Ry\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x83\x16`\x80\x85\x01R`\x01T\x80\x84\x16`\xA0\x86\x01Rd\x01\0\0\0\0\x81\x04\x84\x16`\xC0\x86\x01R\x90\x81\x04\x83\x16`\xE0\x85\x01Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82\x04\x84\x16a\x01\0\x86\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x84\x16a\x01 \x86\x01Ra\xFF\xFF\x95\x82\x04\x86\x16a\x01@\x86\x01Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x83\x16a\x01`\x85\x01R`\x02T\x80\x83\x16a\x01\x80\x86\x01R\x81\x90\x04\x82\x16a\x01\xA0\x85\x01R`\x03T\x80\x83\x16a\x01\xC0\x86\x01R\x81\x90\x04\x82\x16a\x01\xE0\x85\x01R`\x04T\x80\x83\x16a\x02\0\x86\x01R\x81\x81\x04\x83\x16a\x02 \x86\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x94\x16a\x02@\x84\x01R`\x05T\x90\x81\x16a\x02`\x84\x01R\x92\x90\x92\x04\x90\x91\x16a\x02\x80\x82\x01R\x90V[`@Qa\0\xDA\x91\x90a\x1D)V[a\x01\xCFa\x04S6`\x04a\x1F\x95V[a\x05\xD1V[a\x01]\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[_a\x04\xF4a\x04\x8Ba\x07\x83V[\x7F`\x19\xDB\xCEw\x91$\x91\xB8\x8E\x7F\x17\xAA\xAF\xCE{\xEE\x82\xC7\x91Ggl\x11\xAB\xCA\xEBO\x9F?\x82\xD1_\x90\x81R` \x85\x90R`@\x90 [`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x92\x91PPV[_a\x05\x1B\x83a\x05\x16a\x05\x116\x86\x90\x03\x86\x01\x86a!\x03V[a\x07\xFFV[a\x08\xB8V[\x93\x92PPPV[_a\x04\xF4a\x05.a\x07\x83V[a\x04\xBAa\x05\x116\x86\x90\x03\x86\x01\x86a!\x03V[__a\x05M\x8B\x8B\x8Ba\t+V[\x91P\x91P_a\x05p\x83\x8D`@\x01` \x81\x01\x90a\x05i\x91\x90a!\xB7V[\x8B\x8Ba\x0BGV[\x90Pa\x05\x80\x81\x8D\x89\x89\x89\x89a\x0E4V[a\x05\xB6W`@Q\x7F\xC2GhR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x05\xC3`\x03\x84\x8E\x85a\x0E\xFBV[PPPPPPPPPPPPV[__a\x05\xDE\x88\x88\x88a\t+V[\x90\x92P\x90P_a\x05\xF4``\x8A\x01`@\x8B\x01a!\xB7V[\x90Pa\x06\ta\x06\x04\x82`\x01a!\xFFV[a\x10>V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x06\\W`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x06\x91a\x06\x04\x83`\x01a!\xFFV[a\x06\x9B\x91\x90a!\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x06\xE9W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x06SV[_a\x07\x18\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x89\x89\x89\x89a\x10\x99V[\x92PPP\x80\x15a\x07`W`@Q\x7FN\xFF\n^\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x06SV[a\x07j\x84\x83a\x14\x10V[a\x07w`\x04\x85\x8C\x86a\x0E\xFBV[PPPPPPPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a\x07\xDAWa\x07\xD5F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x16\xE2V[\x90P\x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[_\x7F\x0F\xBE\x92\x1Fx\xA1\xE6\xF2n*\x92i\x91MldyX\xB6\xD6\xB5\xA4Yl\xEB7\xEFV\x8E?r\xED\x82_\x01Q\x83` \x01Q\x84`@\x01Q\x85``\x01Q\x86`\x80\x01Q`@Q` \x01a\x08\x9B\x96\x95\x94\x93\x92\x91\x90\x95\x86Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16` \x87\x01R`@\x86\x01\x93\x90\x93R\x92\x16``\x84\x01Rc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x80\x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x82\x01R`\xC0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[`@\x80Q\x7Fg!\x94\x86\xFB\x81\xDE\xB7\xC6\x83\xD2\xE51X*\x91\xE6f\x94\xE1~\xC0u\xA9}\xDB\x86\x9A\xF6\xBC\\\x83` \x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x91\x81\x01\x91\x90\x91R``\x81\x01\x82\x90R_\x90`\x80\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\te` \x87\x01\x87a!\xB7V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\t\xC0Wa\t\x81` \x86\x01\x86a!\xB7V[`@Q\x7FL_7\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[a\t\xD2a\x05\x116\x87\x90\x03\x87\x01\x87a!\x03V[\x90P\x82\x81`A\x82\x14a\n\x87W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBF\x82\x01`\x1F\x81\x16\x15\x15\x80a\n6WPa\x02\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x82\x01\x10\x15[\x15a\nmW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pa\n\x84\x83a\n\x7F\x87`A\x81\x8Ba\"\x1FV[a\x17\xEBV[\x90P[\x855` \x87\x015`@\x88\x015_\x90\x81\x1A\x90a\n\xE9a\n\xE1a\n\xA6a\x07\x83V[\x87`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x83\x86\x86a\x18OV[P\x90\x98P\x90P_\x81`\x03\x81\x11\x15a\x0B\x02Wa\x0B\x02a\"FV[\x14a\x0B9W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPPP\x93P\x93\x91PPV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x0B}a\x06\x04\x86`\x01a!\xFFV[a\x0B\x87\x91\x90a!\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x0B\xD5W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x06SV[_a\x0B\xE56\x85\x90\x03\x85\x01\x85a\"sV[\x90P\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x0C>WP\x85s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x0C\x87W` \x81\x01Q`@Q\x7F\xF3\xC3c\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[a\x0C\xB1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82a\x19BV[` \x81\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x0E'W_a\x0C\xD56\x85\x90\x03\x85\x01\x85a\"sV[\x90P\x81``\x01Qa\r1\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x14a\r\x86W`\x01\x82` \x01Qa\rG\x91\x90a#\x04V[`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a\r\xDCWP\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14[\x15a\x0E%W` \x82\x01Q`@Q\x7F\xF3\xC3c\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[P[`\xA0\x01Q\x95\x94PPPPPV[_\x80a\x0EF`\x80\x88\x01``\x89\x01a#$V[c\xFF\xFF\xFF\xFF\x16\x90P\x85\x81\x10\x15a\x0E{W\x86` \x015\x85\x14\x15\x80\x15a\x0EsWPa\x0Es\x88\x86\x83\x89\x88\x88a\x1AzV[\x91PPa\x0E\xF1V[\x85_\x03a\x0E\x95W\x87\x15\x80\x15a\x0EsWP\x82\x15\x91PPa\x0E\xF1V[`\x01\x83\x14\x80\x15a\x0E\xEDWP\x87\x86\x85\x85_\x81\x81\x10a\x0E\xB4Wa\x0E\xB4a#?V[\x90P` \x02\x015`@Q` \x01a\x0E\xD5\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14[\x91PP[\x96\x95PPPPPPV[_`\x04\x85`\x05\x81\x11\x15a\x0F\x10Wa\x0F\x10a\"FV[\x14a\x0F;W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F]V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16cU\xCEX\x91\x85\x87a\x0F\xB5\x88\x87a\x08\xB8V[\x85a\x0F\xC6`\xA0\x8A\x01`\x80\x8B\x01a#lV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003`@Q\x88c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x10\n\x97\x96\x95\x94\x93\x92\x91\x90a#\x87V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x10!W__\xFD[PZ\xF1\x15\x80\x15a\x103W=__>=_\xFD[PPPPPPPPPV[_a\x10oc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a$-V[a\x04\xF4\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a!\xFFV[____\x89s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x10\xE6W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11\n\x91\x90a$[V[\x90P\x85_\x81\x90\x03a\x11gWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x11WW`@Q\x7F\xD2\xCFBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___\x94P\x94P\x94PPPa\x14\x04V[_[\x81\x81\x10\x15a\x12\xACW_\x89\x89\x83\x81\x81\x10a\x11\x84Wa\x11\x84a#?V[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90a\x11\x9B\x91\x90a\"sV[\x90Pa\x11\xB1\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16a$vV[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x11\xFAW`@Q\x7F\x01\xA2\xB8N\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x06SV[a\x12\x04\x8D\x82a\x19BV[\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x12*WPa\x12\xA4V[\x80`\xC0\x01Q\x96P\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a\x12qWP`\xE0\x81\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x12\xA2W`\xE0\x81\x01Q\x95Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x89\x16\x90\x87\x16\x03a\x12\xA2W`\x01\x94P[P[`\x01\x01a\x11iV[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x15\x80\x15\x90a\x13\x04WP\x89g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x88_\x81\x81\x10a\x12\xDEWa\x12\xDEa#?V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a\x12\xF7\x91\x90a!\xB7V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x13GW`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x06SV[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x8Ag\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x13h\x91\x90a$vV[\x14\x15\x80\x15a\x13\xBEWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x88\x88a\x13\x89`\x01\x85a$\x89V[\x81\x81\x10a\x13\x98Wa\x13\x98a#?V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a\x13\xB1\x91\x90a!\xB7V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a\x14\x01W`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x06SV[PP[\x96P\x96P\x96\x93PPPPV[`@Q\x7F\xB3xU\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91_\x91\x83\x16\x90c\xB3xU\xC8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x14\x9EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14\xC2\x91\x90a$\x9CV[`@Q\x7FX=#\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R\x90\x91P`\xFF\x82\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90cX=#\xF4\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15<W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15`\x91\x90a$\x9CV[`\xFF\x16\x14a\x15\xAFW`@Q\x7F\xEA\x9DYe\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R`D\x01a\x06SV[`@Q\x7F\xCC\xD0rv\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01R_\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90c\xCC\xD0rv\x90`$\x01a\x01\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x1DW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16A\x91\x90a%\x1BV[\x90P\x80a\x01`\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x80a\x16\x8FWP\x80`\x80\x01Q\x80\x15a\x16\x8FWP\x80a\x01@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x16\xDBW`@Q\x7F\t\x0B2\xD1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x01a\x06SV[PPPPPV[`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x91\x81\x01\x91\x90\x91R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x91\x81\x01\x91\x90\x91R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R`\x80\x81\x01\x83\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\xA0\x82\x01R_\x90`\xC0\x01a\t\rV[_\x7F`\x19\xDB\xCEw\x91$\x91\xB8\x8E\x7F\x17\xAA\xAF\xCE{\xEE\x82\xC7\x91Ggl\x11\xAB\xCA\xEBO\x9F?\x82\xD1\x84\x84\x84\x81\x01[\x80\x82\x10\x15a\x18:W\x815\x80\x84\x11`\x05\x1B\x93\x84R` \x93\x84\x18R`@_ \x92\x90\x91\x01\x90a\x18\x13V[PP_\x91\x82R` R`@\x90 \x94\x93PPPPV[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a\x18\x88WP_\x91P`\x03\x90P\x82a\x198V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x18\xD9W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x19/WP_\x92P`\x01\x91P\x82\x90Pa\x198V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A\tW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A-\x91\x90a&\x0BV[\x14a\x1AvW` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[PPV[_\x83\x85\x10a\x1A\x89WP_a\x0E\xF1V[\x85_\x83\x86[`\x01\x81\x11\x15a\x1B\x17W`\x01\x81\x16`\x01\x82\x03\x8A\x14\x16a\x1B\x07W\x81\x83\x03a\x1A\xD5W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92Pa\x1B\x17V[`\x01\x80\x84\x01\x93`\x05\x1B\x88\x015\x90\x8A\x16\x80\x15a\x1A\xF6W\x81_R\x85` Ra\x1A\xFEV[\x85_R\x81` R[PP`@_ \x93P[`\x01\x98\x89\x1C\x98\x90\x81\x01\x90\x1Ca\x1A\x8EV[P\x86_R\x82` R\x89`@_ \x14\x81\x83\x14\x16\x93PPPP\x96\x95PPPPPPV[_` \x82\x84\x03\x12\x15a\x1BHW__\xFD[P5\x91\x90PV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1BpW__\xFD[PV[\x805a\x1B~\x81a\x1BOV[\x91\x90PV[_`\xA0\x82\x84\x03\x12\x15a\x1B\x93W__\xFD[P\x91\x90PV[__`\xC0\x83\x85\x03\x12\x15a\x1B\xAAW__\xFD[\x825a\x1B\xB5\x81a\x1BOV[\x91Pa\x1B\xC4\x84` \x85\x01a\x1B\x83V[\x90P\x92P\x92\x90PV[_`\xA0\x82\x84\x03\x12\x15a\x1B\xDDW__\xFD[a\x05\x1B\x83\x83a\x1B\x83V[__\x83`\x1F\x84\x01\x12a\x1B\xF7W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C\x0EW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x1C%W__\xFD[\x92P\x92\x90PV[_a\x01\0\x82\x84\x03\x12\x15a\x1B\x93W__\xFD[_________a\x03 \x8A\x8C\x03\x12\x15a\x1CVW__\xFD[a\x1C`\x8B\x8Ba\x1B\x83V[\x98P`\xA0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C{W__\xFD[a\x1C\x87\x8C\x82\x8D\x01a\x1B\xE7V[\x90\x99P\x97Pa\x1C\x9B\x90P\x8B`\xC0\x8C\x01a\x1C,V[\x95Pa\x1C\xAB\x8Ba\x01\xC0\x8C\x01a\x1C,V[\x94Pa\x02\xC0\x8A\x015\x93Pa\x02\xE0\x8A\x015\x92Pa\x03\0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C\xD7W__\xFD[\x8A\x01`\x1F\x81\x01\x8C\x13a\x1C\xE7W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C\xFDW__\xFD[\x8C` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1D\x11W__\xFD[` \x82\x01\x93P\x80\x92PPP\x92\x95\x98P\x92\x95\x98P\x92\x95\x98V[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x02\xA0\x81\x01` \x83\x01Qa\x1D[` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01Qa\x1Dp`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01Qa\x1D\x88``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x1D\xA0`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa\x1D\xB8`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa\x1D\xD0`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa\x1D\xE8`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\x1E\x02a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa\x1E\x1Ca\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01Qa\x1E4a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa\x1ENa\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01Qa\x1Epa\x01\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x83\x01Qa\x1E\x92a\x01\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa\x1E\xB4a\x01\xC0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xE0\x83\x01Qa\x1E\xD6a\x01\xE0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02\0\x83\x01Qa\x1E\xF8a\x02\0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02 \x83\x01Qa\x1F\x1Aa\x02 \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02@\x83\x01Qa\x1F2a\x02@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02`\x83\x01Qa\x1FTa\x02`\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02\x80\x83\x01Qa\x1Fna\x02\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1BpW__\xFD[\x805a\x1B~\x81a\x1FuV[______a\x01\0\x87\x89\x03\x12\x15a\x1F\xABW__\xFD[a\x1F\xB5\x88\x88a\x1B\x83V[\x95P`\xA0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1F\xD0W__\xFD[a\x1F\xDC\x89\x82\x8A\x01a\x1B\xE7V[\x90\x96P\x94PP`\xC0\x87\x015a\x1F\xF0\x81a\x1FuV[\x92P`\xE0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a \x0BW__\xFD[\x87\x01`\x1F\x81\x01\x89\x13a \x1BW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a 1W__\xFD[\x89` \x82`\x08\x1B\x84\x01\x01\x11\x15a EW__\xFD[` \x82\x01\x93P\x80\x92PPP\x92\x95P\x92\x95P\x92\x95V[`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a \xA3W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x90V[`@Qa\x01\x80\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a \xA3W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1BpW__\xFD[_`\xA0\x82\x84\x03\x12\x80\x15a!\x14W__\xFD[P`@Q`\xA0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a!]W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x825a!k\x81a\x1FuV[\x81R` \x83\x81\x015\x90\x82\x01R`@\x83\x015a!\x85\x81a\x1FuV[`@\x82\x01R``\x83\x015a!\x98\x81a \xF2V[``\x82\x01R`\x80\x83\x015a!\xAB\x81a\x1BOV[`\x80\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a!\xC7W__\xFD[\x815a\x05\x1B\x81a\x1FuV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x04\xF4Wa\x04\xF4a!\xD2V[__\x85\x85\x11\x15a\"-W__\xFD[\x83\x86\x11\x15a\"9W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a\"\x85W__\xFD[Pa\"\x8Ea ZV[\x825a\"\x99\x81a\x1FuV[\x81Ra\"\xA7` \x84\x01a\x1F\x8AV[` \x82\x01Ra\"\xB8`@\x84\x01a\x1F\x8AV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra\"\xE7`\xC0\x84\x01a\x1F\x8AV[`\xC0\x82\x01Ra\"\xF8`\xE0\x84\x01a\x1BsV[`\xE0\x82\x01R\x93\x92PPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x04\xF4Wa\x04\xF4a!\xD2V[_` \x82\x84\x03\x12\x15a#4W__\xFD[\x815a\x05\x1B\x81a \xF2V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a#|W__\xFD[\x815a\x05\x1B\x81a\x1BOV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x81R`\xE0\x81\x01`\x06\x88\x10a#\xD9W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[` \x82\x01\x97\x90\x97R`@\x81\x01\x95\x90\x95R``\x85\x01\x93\x90\x93Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x80\x85\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x84\x01R\x16`\xC0\x90\x91\x01R\x91\x90PV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a\x1FnWa\x1Fna!\xD2V[\x80Qa\x1B~\x81a\x1FuV[_` \x82\x84\x03\x12\x15a$kW__\xFD[\x81Qa\x05\x1B\x81a\x1FuV[\x80\x82\x01\x80\x82\x11\x15a\x04\xF4Wa\x04\xF4a!\xD2V[\x81\x81\x03\x81\x81\x11\x15a\x04\xF4Wa\x04\xF4a!\xD2V[_` \x82\x84\x03\x12\x15a$\xACW__\xFD[\x81Q`\xFF\x81\x16\x81\x14a\x05\x1BW__\xFD[\x80Qa\x1B~\x81a\x1BOV[\x80Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1B~W__\xFD[\x80Q`\x05\x81\x10a\x1B~W__\xFD[\x80Q\x80\x15\x15\x81\x14a\x1B~W__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x1B~W__\xFD[\x80Qa\x1B~\x81a \xF2V[_a\x01\x80\x82\x84\x03\x12\x80\x15a%-W__\xFD[Pa%6a \xA9V[a%?\x83a$\xBCV[\x81Ra%M` \x84\x01a$\xC7V[` \x82\x01Ra%^`@\x84\x01a$\xBCV[`@\x82\x01Ra%o``\x84\x01a$\xE2V[``\x82\x01Ra%\x80`\x80\x84\x01a$\xF0V[`\x80\x82\x01Ra%\x91`\xA0\x84\x01a$\xFFV[`\xA0\x82\x01Ra%\xA2`\xC0\x84\x01a%\x10V[`\xC0\x82\x01Ra%\xB3`\xE0\x84\x01a%\x10V[`\xE0\x82\x01Ra%\xC5a\x01\0\x84\x01a$PV[a\x01\0\x82\x01Ra%\xD8a\x01 \x84\x01a$PV[a\x01 \x82\x01Ra%\xEBa\x01@\x84\x01a$PV[a\x01@\x82\x01Ra%\xFEa\x01`\x84\x01a$PV[a\x01`\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a&\x1BW__\xFD[PQ\x91\x90PV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106100b9575f3560e01c8063a26b1b3211610072578063cff0ab9611610058578063cff0ab96146101d1578063d1a648de14610445578063fb0e722b14610458575f5ffd5b8063a26b1b32146101a9578063b836f81d146101bc575f5ffd5b80634cdc9c63116100a25780634cdc9c63146100f65780637b1039991461013657806386a4266314610182575f5ffd5b80631ab90a9e146100bd57806326a90bb7146100e3575b5f5ffd5b6100d06100cb366004611b38565b61047f565b6040519081526020015b60405180910390f35b6100d06100f1366004611b99565b6104fa565b61011d7f000000000000000000000000000000000000000000000000000000000000000081565b60405167ffffffffffffffff90911681526020016100da565b61015d7f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100da565b6100d07f000000000000000000000000000000000000000000000000000000000000000081565b6100d06101b7366004611bcd565b610522565b6101cf6101ca366004611c3d565b610540565b005b610438604080516102a0810182525f80825260208201819052918101829052606081018290526080810182905260a0810182905260c0810182905260e08101829052610100810182905261012081018290526101408101829052610160810182905261018081018290526101a081018290526101c081018290526101e08101829052610200810182905261022081018290526102408101829052610260810182905261028081019190915250604080516102a0810182525f5467ffffffffffffffff811682526bffffffffffffffffffffffff680100000000000000008083048216602085015260ff74010000000000000000000000000000000000000000808504919091169585019590955263ffffffff75010000000000000000000000000000000000000000008404811660608601527901000000000000000000000000000000000000000000000000009093048316608085015260015480841660a08601526401000000008104841660c0860152908104831660e08501526c0100000000000000000000000080820484166101008601527001000000000000000000000000000000008204841661012086015261ffff9582048616610140860152760100000000000000000000000000000000000000000000909104831661016085015260025480831661018086015281900482166101a08501526003548083166101c086015281900482166101e08501526004548083166102008601528181048316610220860152780100000000000000000000000000000000000000000000000090049094166102408401526005549081166102608401529290920490911661028082015290565b6040516100da9190611d29565b6101cf610453366004611f95565b6105d1565b61015d7f000000000000000000000000000000000000000000000000000000000000000081565b5f6104f461048b610783565b7f6019dbce77912491b88e7f17aaafce7bee82c79147676c11abcaeb4f9f3f82d15f9081526020859052604090205b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b92915050565b5f61051b8361051661051136869003860186612103565b6107ff565b6108b8565b9392505050565b5f6104f461052e610783565b6104ba61051136869003860186612103565b5f5f61054d8b8b8b61092b565b915091505f610570838d604001602081019061056991906121b7565b8b8b610b47565b9050610580818d89898989610e34565b6105b6576040517fc247685200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6105c36003848e85610efb565b505050505050505050505050565b5f5f6105de88888861092b565b90925090505f6105f460608a0160408b016121b7565b90506106096106048260016121ff565b61103e565b67ffffffffffffffff1643101561065c576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024015b60405180910390fd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166106916106048360016121ff565b61069b91906121ff565b67ffffffffffffffff1643106106e9576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610653565b5f6107187f00000000000000000000000000000000000000000000000000000000000000008389898989611099565b925050508015610760576040517f4eff0a5e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff83166004820152602401610653565b61076a8483611410565b6107776004858c86610efb565b50505050505050505050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146107da576107d5467f00000000000000000000000000000000000000000000000000000000000000006116e2565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f7f0fbe921f78a1e6f26e2a9269914d6c647958b6d6b5a4596ceb37ef568e3f72ed825f0151836020015184604001518560600151866080015160405160200161089b9695949392919095865267ffffffffffffffff948516602087015260408601939093529216606084015263ffffffff91909116608083015273ffffffffffffffffffffffffffffffffffffffff1660a082015260c00190565b604051602081830303815290604052805190602001209050919050565b604080517f67219486fb81deb7c683d2e531582a91e66694e17ec075a97ddb869af6bc5c83602082015273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f906080015b60405160208183030381529060405280519060200120905092915050565b5f8067ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001661096560208701876121b7565b67ffffffffffffffff16146109c05761098160208601866121b7565b6040517f4c5f37de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b6109d261051136879003870187612103565b9050828160418214610a87577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbf8201601f8116151580610a3657506102007fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0820110155b15610a6d576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50610a8483610a7f876041818b61221f565b6117eb565b90505b8535602087013560408801355f90811a90610ae9610ae1610aa6610783565b876040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b83868661184f565b5090985090505f816003811115610b0257610b02612246565b14610b39576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050935093915050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016610b7d6106048660016121ff565b610b8791906121ff565b67ffffffffffffffff164310610bd5576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff85166004820152602401610653565b5f610be536859003850185612273565b90508467ffffffffffffffff16816040015167ffffffffffffffff16141580610c3e57508573ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff1614155b15610c875760208101516040517ff3c363a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b610cb17f000000000000000000000000000000000000000000000000000000000000000082611942565b602081015167ffffffffffffffff1615610e27575f610cd536859003850185612273565b90508160600151610d31827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b14610d865760018260200151610d479190612304565b6040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b8567ffffffffffffffff16816040015167ffffffffffffffff16148015610ddc57508673ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff16145b15610e255760208201516040517ff3c363a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b505b60a0015195945050505050565b5f80610e466080880160608901612324565b63ffffffff16905085811015610e7b5786602001358514158015610e735750610e73888683898888611a7a565b915050610ef1565b855f03610e955787158015610e7357508215915050610ef1565b600183148015610eed5750878685855f818110610eb457610eb461233f565b90506020020135604051602001610ed5929190918252602082015260400190565b60405160208183030381529060405280519060200120145b9150505b9695505050505050565b5f6004856005811115610f1057610f10612246565b14610f3b577f0000000000000000000000000000000000000000000000000000000000000000610f5d565b7f00000000000000000000000000000000000000000000000000000000000000005b6bffffffffffffffffffffffff1690507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166355ce58918587610fb588876108b8565b85610fc660a08a0160808b0161236c565b7f0000000000000000000000000000000000000000000000000000000000000000336040518863ffffffff1660e01b815260040161100a9796959493929190612387565b5f604051808303815f87803b158015611021575f5ffd5b505af1158015611033573d5f5f3e3d5ffd5b505050505050505050565b5f61106f63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000168361242d565b6104f4907f00000000000000000000000000000000000000000000000000000000000000006121ff565b5f5f5f5f8973ffffffffffffffffffffffffffffffffffffffff166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa1580156110e6573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061110a919061245b565b9050855f8190036111675767ffffffffffffffff821615611157576040517fd2cf424600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f9450945094505050611404565b5f5b818110156112ac575f8989838181106111845761118461233f565b9050610100020180360381019061119b9190612273565b90506111b18267ffffffffffffffff8d16612476565b816020015167ffffffffffffffff16146111fa576040517f01a2b84e00000000000000000000000000000000000000000000000000000000815260048101839052602401610653565b6112048d82611942565b8b67ffffffffffffffff16816040015167ffffffffffffffff16111561122a57506112a4565b8060c0015196508b67ffffffffffffffff16816040015167ffffffffffffffff16148015611271575060e081015173ffffffffffffffffffffffffffffffffffffffff1615155b156112a25760e0810151955073ffffffffffffffffffffffffffffffffffffffff808916908716036112a257600194505b505b600101611169565b5067ffffffffffffffff89161580159061130457508967ffffffffffffffff1688885f8181106112de576112de61233f565b9050610100020160400160208101906112f791906121b7565b67ffffffffffffffff1610155b15611347576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610653565b8167ffffffffffffffff16818a67ffffffffffffffff166113689190612476565b141580156113be575067ffffffffffffffff8a168888611389600185612489565b8181106113985761139861233f565b9050610100020160400160208101906113b191906121b7565b67ffffffffffffffff1611155b15611401576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b166004820152602401610653565b50505b96509650969350505050565b6040517fb37855c800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff83811660048301527f0000000000000000000000000000000000000000000000000000000000000000915f9183169063b37855c890602401602060405180830381865afa15801561149e573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906114c2919061249c565b6040517f583d23f400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015290915060ff82169073ffffffffffffffffffffffffffffffffffffffff84169063583d23f490602401602060405180830381865afa15801561153c573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611560919061249c565b60ff16146115af576040517fea9d596500000000000000000000000000000000000000000000000000000000815260ff8216600482015267ffffffffffffffff84166024820152604401610653565b6040517fccd0727600000000000000000000000000000000000000000000000000000000815260ff821660048201525f9073ffffffffffffffffffffffffffffffffffffffff84169063ccd072769060240161018060405180830381865afa15801561161d573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611641919061251b565b905080610160015167ffffffffffffffff168467ffffffffffffffff16108061168f57508060800151801561168f575080610140015167ffffffffffffffff168467ffffffffffffffff1610155b156116db576040517f090b32d100000000000000000000000000000000000000000000000000000000815260ff8316600482015267ffffffffffffffff85166024820152604401610653565b5050505050565b604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f918101919091527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201526080810183905273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c00161090d565b5f7f6019dbce77912491b88e7f17aaafce7bee82c79147676c11abcaeb4f9f3f82d184848481015b8082101561183a57813580841160051b93845260209384185260405f209290910190611813565b50505f91825260205260409020949350505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561188857505f91506003905082611938565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa1580156118d9573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661192f57505f925060019150829050611938565b92505f91508190505b9450945094915050565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015273ffffffffffffffffffffffffffffffffffffffff84169063705cad1390602401602060405180830381865afa158015611a09573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611a2d919061260b565b14611a765760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610653565b5050565b5f838510611a8957505f610ef1565b855f83865b6001811115611b175760018116600182038a1416611b0757818303611ad5577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff9250611b17565b60018084019360051b880135908a168015611af657815f5285602052611afe565b855f52816020525b505060405f2093505b600198891c98908101901c611a8e565b50865f52826020528960405f20148183141693505050509695505050505050565b5f60208284031215611b48575f5ffd5b5035919050565b73ffffffffffffffffffffffffffffffffffffffff81168114611b70575f5ffd5b50565b8035611b7e81611b4f565b919050565b5f60a08284031215611b93575f5ffd5b50919050565b5f5f60c08385031215611baa575f5ffd5b8235611bb581611b4f565b9150611bc48460208501611b83565b90509250929050565b5f60a08284031215611bdd575f5ffd5b61051b8383611b83565b5f5f83601f840112611bf7575f5ffd5b50813567ffffffffffffffff811115611c0e575f5ffd5b602083019150836020828501011115611c25575f5ffd5b9250929050565b5f6101008284031215611b93575f5ffd5b5f5f5f5f5f5f5f5f5f6103208a8c031215611c56575f5ffd5b611c608b8b611b83565b985060a08a013567ffffffffffffffff811115611c7b575f5ffd5b611c878c828d01611be7565b9099509750611c9b90508b60c08c01611c2c565b9550611cab8b6101c08c01611c2c565b94506102c08a013593506102e08a013592506103008a013567ffffffffffffffff811115611cd7575f5ffd5b8a01601f81018c13611ce7575f5ffd5b803567ffffffffffffffff811115611cfd575f5ffd5b8c60208260051b8401011115611d11575f5ffd5b60208201935080925050509295985092959850929598565b815167ffffffffffffffff1681526102a081016020830151611d5b60208401826bffffffffffffffffffffffff169052565b506040830151611d70604084018260ff169052565b506060830151611d88606084018263ffffffff169052565b506080830151611da0608084018263ffffffff169052565b5060a0830151611db860a084018263ffffffff169052565b5060c0830151611dd060c084018263ffffffff169052565b5060e0830151611de860e084018263ffffffff169052565b50610100830151611e0261010084018263ffffffff169052565b50610120830151611e1c61012084018263ffffffff169052565b50610140830151611e3461014084018261ffff169052565b50610160830151611e4e61016084018263ffffffff169052565b50610180830151611e706101808401826bffffffffffffffffffffffff169052565b506101a0830151611e926101a08401826bffffffffffffffffffffffff169052565b506101c0830151611eb46101c08401826bffffffffffffffffffffffff169052565b506101e0830151611ed66101e08401826bffffffffffffffffffffffff169052565b50610200830151611ef86102008401826bffffffffffffffffffffffff169052565b50610220830151611f1a6102208401826bffffffffffffffffffffffff169052565b50610240830151611f3261024084018261ffff169052565b50610260830151611f546102608401826bffffffffffffffffffffffff169052565b50610280830151611f6e61028084018263ffffffff169052565b5092915050565b67ffffffffffffffff81168114611b70575f5ffd5b8035611b7e81611f75565b5f5f5f5f5f5f6101008789031215611fab575f5ffd5b611fb58888611b83565b955060a087013567ffffffffffffffff811115611fd0575f5ffd5b611fdc89828a01611be7565b90965094505060c0870135611ff081611f75565b925060e087013567ffffffffffffffff81111561200b575f5ffd5b8701601f8101891361201b575f5ffd5b803567ffffffffffffffff811115612031575f5ffd5b8960208260081b8401011115612045575f5ffd5b60208201935080925050509295509295509295565b604051610100810167ffffffffffffffff811182821017156120a3577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b604051610180810167ffffffffffffffff811182821017156120a3577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b63ffffffff81168114611b70575f5ffd5b5f60a0828403128015612114575f5ffd5b5060405160a0810167ffffffffffffffff8111828210171561215d577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604052823561216b81611f75565b815260208381013590820152604083013561218581611f75565b60408201526060830135612198816120f2565b606082015260808301356121ab81611b4f565b60808201529392505050565b5f602082840312156121c7575f5ffd5b813561051b81611f75565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff81811683821601908111156104f4576104f46121d2565b5f5f8585111561222d575f5ffd5b83861115612239575f5ffd5b5050820193919092039150565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f610100828403128015612285575f5ffd5b5061228e61205a565b823561229981611f75565b81526122a760208401611f8a565b60208201526122b860408401611f8a565b6040820152606083810135908201526080808401359082015260a080840135908201526122e760c08401611f8a565b60c08201526122f860e08401611b73565b60e08201529392505050565b67ffffffffffffffff82811682821603908111156104f4576104f46121d2565b5f60208284031215612334575f5ffd5b813561051b816120f2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f6020828403121561237c575f5ffd5b813561051b81611b4f565b73ffffffffffffffffffffffffffffffffffffffff8816815260e08101600688106123d9577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60208201979097526040810195909552606085019390935273ffffffffffffffffffffffffffffffffffffffff91821660808501526bffffffffffffffffffffffff1660a08401521660c090910152919050565b67ffffffffffffffff8181168382160290811690818114611f6e57611f6e6121d2565b8051611b7e81611f75565b5f6020828403121561246b575f5ffd5b815161051b81611f75565b808201808211156104f4576104f46121d2565b818103818111156104f4576104f46121d2565b5f602082840312156124ac575f5ffd5b815160ff8116811461051b575f5ffd5b8051611b7e81611b4f565b80516bffffffffffffffffffffffff81168114611b7e575f5ffd5b805160058110611b7e575f5ffd5b80518015158114611b7e575f5ffd5b805161ffff81168114611b7e575f5ffd5b8051611b7e816120f2565b5f61018082840312801561252d575f5ffd5b506125366120a9565b61253f836124bc565b815261254d602084016124c7565b602082015261255e604084016124bc565b604082015261256f606084016124e2565b6060820152612580608084016124f0565b608082015261259160a084016124ff565b60a08201526125a260c08401612510565b60c08201526125b360e08401612510565b60e08201526125c56101008401612450565b6101008201526125d86101208401612450565b6101208201526125eb6101408401612450565b6101408201526125fe6101608401612450565b6101608201529392505050565b5f6020828403121561261b575f5ffd5b505191905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0\xB9W_5`\xE0\x1C\x80c\xA2k\x1B2\x11a\0rW\x80c\xCF\xF0\xAB\x96\x11a\0XW\x80c\xCF\xF0\xAB\x96\x14a\x01\xD1W\x80c\xD1\xA6H\xDE\x14a\x04EW\x80c\xFB\x0Er+\x14a\x04XW__\xFD[\x80c\xA2k\x1B2\x14a\x01\xA9W\x80c\xB86\xF8\x1D\x14a\x01\xBCW__\xFD[\x80cL\xDC\x9Cc\x11a\0\xA2W\x80cL\xDC\x9Cc\x14a\0\xF6W\x80c{\x109\x99\x14a\x016W\x80c\x86\xA4&c\x14a\x01\x82W__\xFD[\x80c\x1A\xB9\n\x9E\x14a\0\xBDW\x80c&\xA9\x0B\xB7\x14a\0\xE3W[__\xFD[a\0\xD0a\0\xCB6`\x04a\x1B8V[a\x04\x7FV[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[a\0\xD0a\0\xF16`\x04a\x1B\x99V[a\x04\xFAV[a\x01\x1D\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\0\xDAV[a\x01]\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\0\xDAV[a\0\xD0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\0\xD0a\x01\xB76`\x04a\x1B\xCDV[a\x05\"V[a\x01\xCFa\x01\xCA6`\x04a\x1C=V[a\x05@V[\0[a\x048`@\x80Qa\x02\xA0\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R`\x80\x81\x01\x82\x90R`\xA0\x81\x01\x82\x90R`\xC0\x81\x01\x82\x90R`\xE0\x81\x01\x82\x90Ra\x01\0\x81\x01\x82\x90Ra\x01 \x81\x01\x82\x90Ra\x01@\x81\x01\x82\x90Ra\x01`\x81\x01\x82\x90Ra\x01\x80\x81\x01\x82\x90Ra\x01\xA0\x81\x01\x82\x90Ra\x01\xC0\x81\x01\x82\x90Ra\x01\xE0\x81\x01\x82\x90Ra\x02\0\x81\x01\x82\x90Ra\x02 \x81\x01\x82\x90Ra\x02@\x81\x01\x82\x90Ra\x02`\x81\x01\x82\x90Ra\x02\x80\x81\x01\x91\x90\x91RP`@\x80Qa\x02\xA0\x81\x01\x82R_Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x82Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFh\x01\0\0\0\0\0\0\0\0\x80\x83\x04\x82\x16` \x85\x01R`\xFFt\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x85\x04\x91\x90\x91\x16\x95\x85\x01\x95\x90\x95Rc\xFF\xFF\xFF\xFFu\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x04\x81\x16``\x86\x01Ry\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x83\x16`\x80\x85\x01R`\x01T\x80\x84\x16`\xA0\x86\x01Rd\x01\0\0\0\0\x81\x04\x84\x16`\xC0\x86\x01R\x90\x81\x04\x83\x16`\xE0\x85\x01Rl\x01\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82\x04\x84\x16a\x01\0\x86\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x84\x16a\x01 \x86\x01Ra\xFF\xFF\x95\x82\x04\x86\x16a\x01@\x86\x01Rv\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x83\x16a\x01`\x85\x01R`\x02T\x80\x83\x16a\x01\x80\x86\x01R\x81\x90\x04\x82\x16a\x01\xA0\x85\x01R`\x03T\x80\x83\x16a\x01\xC0\x86\x01R\x81\x90\x04\x82\x16a\x01\xE0\x85\x01R`\x04T\x80\x83\x16a\x02\0\x86\x01R\x81\x81\x04\x83\x16a\x02 \x86\x01Rx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x90\x94\x16a\x02@\x84\x01R`\x05T\x90\x81\x16a\x02`\x84\x01R\x92\x90\x92\x04\x90\x91\x16a\x02\x80\x82\x01R\x90V[`@Qa\0\xDA\x91\x90a\x1D)V[a\x01\xCFa\x04S6`\x04a\x1F\x95V[a\x05\xD1V[a\x01]\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[_a\x04\xF4a\x04\x8Ba\x07\x83V[\x7F`\x19\xDB\xCEw\x91$\x91\xB8\x8E\x7F\x17\xAA\xAF\xCE{\xEE\x82\xC7\x91Ggl\x11\xAB\xCA\xEBO\x9F?\x82\xD1_\x90\x81R` \x85\x90R`@\x90 [`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x92\x91PPV[_a\x05\x1B\x83a\x05\x16a\x05\x116\x86\x90\x03\x86\x01\x86a!\x03V[a\x07\xFFV[a\x08\xB8V[\x93\x92PPPV[_a\x04\xF4a\x05.a\x07\x83V[a\x04\xBAa\x05\x116\x86\x90\x03\x86\x01\x86a!\x03V[__a\x05M\x8B\x8B\x8Ba\t+V[\x91P\x91P_a\x05p\x83\x8D`@\x01` \x81\x01\x90a\x05i\x91\x90a!\xB7V[\x8B\x8Ba\x0BGV[\x90Pa\x05\x80\x81\x8D\x89\x89\x89\x89a\x0E4V[a\x05\xB6W`@Q\x7F\xC2GhR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x05\xC3`\x03\x84\x8E\x85a\x0E\xFBV[PPPPPPPPPPPPV[__a\x05\xDE\x88\x88\x88a\t+V[\x90\x92P\x90P_a\x05\xF4``\x8A\x01`@\x8B\x01a!\xB7V[\x90Pa\x06\ta\x06\x04\x82`\x01a!\xFFV[a\x10>V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x06\\W`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x06\x91a\x06\x04\x83`\x01a!\xFFV[a\x06\x9B\x91\x90a!\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x06\xE9W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x06SV[_a\x07\x18\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x89\x89\x89\x89a\x10\x99V[\x92PPP\x80\x15a\x07`W`@Q\x7FN\xFF\n^\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x06SV[a\x07j\x84\x83a\x14\x10V[a\x07w`\x04\x85\x8C\x86a\x0E\xFBV[PPPPPPPPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a\x07\xDAWa\x07\xD5F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x16\xE2V[\x90P\x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[_\x7F\x0F\xBE\x92\x1Fx\xA1\xE6\xF2n*\x92i\x91MldyX\xB6\xD6\xB5\xA4Yl\xEB7\xEFV\x8E?r\xED\x82_\x01Q\x83` \x01Q\x84`@\x01Q\x85``\x01Q\x86`\x80\x01Q`@Q` \x01a\x08\x9B\x96\x95\x94\x93\x92\x91\x90\x95\x86Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16` \x87\x01R`@\x86\x01\x93\x90\x93R\x92\x16``\x84\x01Rc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x80\x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x82\x01R`\xC0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[`@\x80Q\x7Fg!\x94\x86\xFB\x81\xDE\xB7\xC6\x83\xD2\xE51X*\x91\xE6f\x94\xE1~\xC0u\xA9}\xDB\x86\x9A\xF6\xBC\\\x83` \x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x91\x81\x01\x91\x90\x91R``\x81\x01\x82\x90R_\x90`\x80\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\te` \x87\x01\x87a!\xB7V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\t\xC0Wa\t\x81` \x86\x01\x86a!\xB7V[`@Q\x7FL_7\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[a\t\xD2a\x05\x116\x87\x90\x03\x87\x01\x87a!\x03V[\x90P\x82\x81`A\x82\x14a\n\x87W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xBF\x82\x01`\x1F\x81\x16\x15\x15\x80a\n6WPa\x02\0\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x82\x01\x10\x15[\x15a\nmW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[Pa\n\x84\x83a\n\x7F\x87`A\x81\x8Ba\"\x1FV[a\x17\xEBV[\x90P[\x855` \x87\x015`@\x88\x015_\x90\x81\x1A\x90a\n\xE9a\n\xE1a\n\xA6a\x07\x83V[\x87`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x83\x86\x86a\x18OV[P\x90\x98P\x90P_\x81`\x03\x81\x11\x15a\x0B\x02Wa\x0B\x02a\"FV[\x14a\x0B9W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPPP\x93P\x93\x91PPV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x0B}a\x06\x04\x86`\x01a!\xFFV[a\x0B\x87\x91\x90a!\xFFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x0B\xD5W`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x06SV[_a\x0B\xE56\x85\x90\x03\x85\x01\x85a\"sV[\x90P\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x0C>WP\x85s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x0C\x87W` \x81\x01Q`@Q\x7F\xF3\xC3c\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[a\x0C\xB1\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82a\x19BV[` \x81\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\x0E'W_a\x0C\xD56\x85\x90\x03\x85\x01\x85a\"sV[\x90P\x81``\x01Qa\r1\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x14a\r\x86W`\x01\x82` \x01Qa\rG\x91\x90a#\x04V[`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[\x85g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a\r\xDCWP\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14[\x15a\x0E%W` \x82\x01Q`@Q\x7F\xF3\xC3c\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[P[`\xA0\x01Q\x95\x94PPPPPV[_\x80a\x0EF`\x80\x88\x01``\x89\x01a#$V[c\xFF\xFF\xFF\xFF\x16\x90P\x85\x81\x10\x15a\x0E{W\x86` \x015\x85\x14\x15\x80\x15a\x0EsWPa\x0Es\x88\x86\x83\x89\x88\x88a\x1AzV[\x91PPa\x0E\xF1V[\x85_\x03a\x0E\x95W\x87\x15\x80\x15a\x0EsWP\x82\x15\x91PPa\x0E\xF1V[`\x01\x83\x14\x80\x15a\x0E\xEDWP\x87\x86\x85\x85_\x81\x81\x10a\x0E\xB4Wa\x0E\xB4a#?V[\x90P` \x02\x015`@Q` \x01a\x0E\xD5\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14[\x91PP[\x96\x95PPPPPPV[_`\x04\x85`\x05\x81\x11\x15a\x0F\x10Wa\x0F\x10a\"FV[\x14a\x0F;W\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0F]V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16cU\xCEX\x91\x85\x87a\x0F\xB5\x88\x87a\x08\xB8V[\x85a\x0F\xC6`\xA0\x8A\x01`\x80\x8B\x01a#lV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003`@Q\x88c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\x10\n\x97\x96\x95\x94\x93\x92\x91\x90a#\x87V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\x10!W__\xFD[PZ\xF1\x15\x80\x15a\x103W=__>=_\xFD[PPPPPPPPPV[_a\x10oc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a$-V[a\x04\xF4\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a!\xFFV[____\x89s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x10\xE6W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x11\n\x91\x90a$[V[\x90P\x85_\x81\x90\x03a\x11gWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x11WW`@Q\x7F\xD2\xCFBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___\x94P\x94P\x94PPPa\x14\x04V[_[\x81\x81\x10\x15a\x12\xACW_\x89\x89\x83\x81\x81\x10a\x11\x84Wa\x11\x84a#?V[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90a\x11\x9B\x91\x90a\"sV[\x90Pa\x11\xB1\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16a$vV[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x11\xFAW`@Q\x7F\x01\xA2\xB8N\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x06SV[a\x12\x04\x8D\x82a\x19BV[\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x12*WPa\x12\xA4V[\x80`\xC0\x01Q\x96P\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a\x12qWP`\xE0\x81\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x12\xA2W`\xE0\x81\x01Q\x95Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x89\x16\x90\x87\x16\x03a\x12\xA2W`\x01\x94P[P[`\x01\x01a\x11iV[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x15\x80\x15\x90a\x13\x04WP\x89g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x88_\x81\x81\x10a\x12\xDEWa\x12\xDEa#?V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a\x12\xF7\x91\x90a!\xB7V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x13GW`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x06SV[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x8Ag\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x13h\x91\x90a$vV[\x14\x15\x80\x15a\x13\xBEWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x88\x88a\x13\x89`\x01\x85a$\x89V[\x81\x81\x10a\x13\x98Wa\x13\x98a#?V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a\x13\xB1\x91\x90a!\xB7V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a\x14\x01W`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x06SV[PP[\x96P\x96P\x96\x93PPPPV[`@Q\x7F\xB3xU\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x81\x16`\x04\x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91_\x91\x83\x16\x90c\xB3xU\xC8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x14\x9EW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x14\xC2\x91\x90a$\x9CV[`@Q\x7FX=#\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R\x90\x91P`\xFF\x82\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90cX=#\xF4\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x15<W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x15`\x91\x90a$\x9CV[`\xFF\x16\x14a\x15\xAFW`@Q\x7F\xEA\x9DYe\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R`D\x01a\x06SV[`@Q\x7F\xCC\xD0rv\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x82\x16`\x04\x82\x01R_\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90c\xCC\xD0rv\x90`$\x01a\x01\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x1DW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16A\x91\x90a%\x1BV[\x90P\x80a\x01`\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x80a\x16\x8FWP\x80`\x80\x01Q\x80\x15a\x16\x8FWP\x80a\x01@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x16\xDBW`@Q\x7F\t\x0B2\xD1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x01a\x06SV[PPPPPV[`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x91\x81\x01\x91\x90\x91R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x91\x81\x01\x91\x90\x91R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R`\x80\x81\x01\x83\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\xA0\x82\x01R_\x90`\xC0\x01a\t\rV[_\x7F`\x19\xDB\xCEw\x91$\x91\xB8\x8E\x7F\x17\xAA\xAF\xCE{\xEE\x82\xC7\x91Ggl\x11\xAB\xCA\xEBO\x9F?\x82\xD1\x84\x84\x84\x81\x01[\x80\x82\x10\x15a\x18:W\x815\x80\x84\x11`\x05\x1B\x93\x84R` \x93\x84\x18R`@_ \x92\x90\x91\x01\x90a\x18\x13V[PP_\x91\x82R` R`@\x90 \x94\x93PPPPV[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a\x18\x88WP_\x91P`\x03\x90P\x82a\x198V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x18\xD9W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x19/WP_\x92P`\x01\x91P\x82\x90Pa\x198V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x1A\tW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x1A-\x91\x90a&\x0BV[\x14a\x1AvW` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x06SV[PPV[_\x83\x85\x10a\x1A\x89WP_a\x0E\xF1V[\x85_\x83\x86[`\x01\x81\x11\x15a\x1B\x17W`\x01\x81\x16`\x01\x82\x03\x8A\x14\x16a\x1B\x07W\x81\x83\x03a\x1A\xD5W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92Pa\x1B\x17V[`\x01\x80\x84\x01\x93`\x05\x1B\x88\x015\x90\x8A\x16\x80\x15a\x1A\xF6W\x81_R\x85` Ra\x1A\xFEV[\x85_R\x81` R[PP`@_ \x93P[`\x01\x98\x89\x1C\x98\x90\x81\x01\x90\x1Ca\x1A\x8EV[P\x86_R\x82` R\x89`@_ \x14\x81\x83\x14\x16\x93PPPP\x96\x95PPPPPPV[_` \x82\x84\x03\x12\x15a\x1BHW__\xFD[P5\x91\x90PV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1BpW__\xFD[PV[\x805a\x1B~\x81a\x1BOV[\x91\x90PV[_`\xA0\x82\x84\x03\x12\x15a\x1B\x93W__\xFD[P\x91\x90PV[__`\xC0\x83\x85\x03\x12\x15a\x1B\xAAW__\xFD[\x825a\x1B\xB5\x81a\x1BOV[\x91Pa\x1B\xC4\x84` \x85\x01a\x1B\x83V[\x90P\x92P\x92\x90PV[_`\xA0\x82\x84\x03\x12\x15a\x1B\xDDW__\xFD[a\x05\x1B\x83\x83a\x1B\x83V[__\x83`\x1F\x84\x01\x12a\x1B\xF7W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C\x0EW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x1C%W__\xFD[\x92P\x92\x90PV[_a\x01\0\x82\x84\x03\x12\x15a\x1B\x93W__\xFD[_________a\x03 \x8A\x8C\x03\x12\x15a\x1CVW__\xFD[a\x1C`\x8B\x8Ba\x1B\x83V[\x98P`\xA0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C{W__\xFD[a\x1C\x87\x8C\x82\x8D\x01a\x1B\xE7V[\x90\x99P\x97Pa\x1C\x9B\x90P\x8B`\xC0\x8C\x01a\x1C,V[\x95Pa\x1C\xAB\x8Ba\x01\xC0\x8C\x01a\x1C,V[\x94Pa\x02\xC0\x8A\x015\x93Pa\x02\xE0\x8A\x015\x92Pa\x03\0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C\xD7W__\xFD[\x8A\x01`\x1F\x81\x01\x8C\x13a\x1C\xE7W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1C\xFDW__\xFD[\x8C` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1D\x11W__\xFD[` \x82\x01\x93P\x80\x92PPP\x92\x95\x98P\x92\x95\x98P\x92\x95\x98V[\x81Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81Ra\x02\xA0\x81\x01` \x83\x01Qa\x1D[` \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`@\x83\x01Qa\x1Dp`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01Qa\x1D\x88``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x1D\xA0`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa\x1D\xB8`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa\x1D\xD0`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa\x1D\xE8`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\x1E\x02a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa\x1E\x1Ca\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01Qa\x1E4a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa\x1ENa\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01Qa\x1Epa\x01\x80\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xA0\x83\x01Qa\x1E\x92a\x01\xA0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xC0\x83\x01Qa\x1E\xB4a\x01\xC0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\xE0\x83\x01Qa\x1E\xD6a\x01\xE0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02\0\x83\x01Qa\x1E\xF8a\x02\0\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02 \x83\x01Qa\x1F\x1Aa\x02 \x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02@\x83\x01Qa\x1F2a\x02@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02`\x83\x01Qa\x1FTa\x02`\x84\x01\x82k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x02\x80\x83\x01Qa\x1Fna\x02\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1BpW__\xFD[\x805a\x1B~\x81a\x1FuV[______a\x01\0\x87\x89\x03\x12\x15a\x1F\xABW__\xFD[a\x1F\xB5\x88\x88a\x1B\x83V[\x95P`\xA0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1F\xD0W__\xFD[a\x1F\xDC\x89\x82\x8A\x01a\x1B\xE7V[\x90\x96P\x94PP`\xC0\x87\x015a\x1F\xF0\x81a\x1FuV[\x92P`\xE0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a \x0BW__\xFD[\x87\x01`\x1F\x81\x01\x89\x13a \x1BW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a 1W__\xFD[\x89` \x82`\x08\x1B\x84\x01\x01\x11\x15a EW__\xFD[` \x82\x01\x93P\x80\x92PPP\x92\x95P\x92\x95P\x92\x95V[`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a \xA3W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x90V[`@Qa\x01\x80\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a \xA3W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1BpW__\xFD[_`\xA0\x82\x84\x03\x12\x80\x15a!\x14W__\xFD[P`@Q`\xA0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a!]W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x825a!k\x81a\x1FuV[\x81R` \x83\x81\x015\x90\x82\x01R`@\x83\x015a!\x85\x81a\x1FuV[`@\x82\x01R``\x83\x015a!\x98\x81a \xF2V[``\x82\x01R`\x80\x83\x015a!\xAB\x81a\x1BOV[`\x80\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a!\xC7W__\xFD[\x815a\x05\x1B\x81a\x1FuV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x04\xF4Wa\x04\xF4a!\xD2V[__\x85\x85\x11\x15a\"-W__\xFD[\x83\x86\x11\x15a\"9W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a\"\x85W__\xFD[Pa\"\x8Ea ZV[\x825a\"\x99\x81a\x1FuV[\x81Ra\"\xA7` \x84\x01a\x1F\x8AV[` \x82\x01Ra\"\xB8`@\x84\x01a\x1F\x8AV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra\"\xE7`\xC0\x84\x01a\x1F\x8AV[`\xC0\x82\x01Ra\"\xF8`\xE0\x84\x01a\x1BsV[`\xE0\x82\x01R\x93\x92PPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x04\xF4Wa\x04\xF4a!\xD2V[_` \x82\x84\x03\x12\x15a#4W__\xFD[\x815a\x05\x1B\x81a \xF2V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a#|W__\xFD[\x815a\x05\x1B\x81a\x1BOV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16\x81R`\xE0\x81\x01`\x06\x88\x10a#\xD9W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[` \x82\x01\x97\x90\x97R`@\x81\x01\x95\x90\x95R``\x85\x01\x93\x90\x93Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x80\x85\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x84\x01R\x16`\xC0\x90\x91\x01R\x91\x90PV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a\x1FnWa\x1Fna!\xD2V[\x80Qa\x1B~\x81a\x1FuV[_` \x82\x84\x03\x12\x15a$kW__\xFD[\x81Qa\x05\x1B\x81a\x1FuV[\x80\x82\x01\x80\x82\x11\x15a\x04\xF4Wa\x04\xF4a!\xD2V[\x81\x81\x03\x81\x81\x11\x15a\x04\xF4Wa\x04\xF4a!\xD2V[_` \x82\x84\x03\x12\x15a$\xACW__\xFD[\x81Q`\xFF\x81\x16\x81\x14a\x05\x1BW__\xFD[\x80Qa\x1B~\x81a\x1BOV[\x80Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x1B~W__\xFD[\x80Q`\x05\x81\x10a\x1B~W__\xFD[\x80Q\x80\x15\x15\x81\x14a\x1B~W__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x1B~W__\xFD[\x80Qa\x1B~\x81a \xF2V[_a\x01\x80\x82\x84\x03\x12\x80\x15a%-W__\xFD[Pa%6a \xA9V[a%?\x83a$\xBCV[\x81Ra%M` \x84\x01a$\xC7V[` \x82\x01Ra%^`@\x84\x01a$\xBCV[`@\x82\x01Ra%o``\x84\x01a$\xE2V[``\x82\x01Ra%\x80`\x80\x84\x01a$\xF0V[`\x80\x82\x01Ra%\x91`\xA0\x84\x01a$\xFFV[`\xA0\x82\x01Ra%\xA2`\xC0\x84\x01a%\x10V[`\xC0\x82\x01Ra%\xB3`\xE0\x84\x01a%\x10V[`\xE0\x82\x01Ra%\xC5a\x01\0\x84\x01a$PV[a\x01\0\x82\x01Ra%\xD8a\x01 \x84\x01a$PV[a\x01 \x82\x01Ra%\xEBa\x01@\x84\x01a$PV[a\x01@\x82\x01Ra%\xFEa\x01`\x84\x01a$PV[a\x01`\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a&\x1BW__\xFD[PQ\x91\x90PV",
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
    /**```solidity
    struct InclusionReceipt { uint64 l2ChainId; bytes32 txHash; uint64 slot; uint32 index; address beneficiary; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InclusionReceipt {
        #[allow(missing_docs)]
        pub l2ChainId: u64,
        #[allow(missing_docs)]
        pub txHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub slot: u64,
        #[allow(missing_docs)]
        pub index: u32,
        #[allow(missing_docs)]
        pub beneficiary: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<32>,
            alloy::sol_types::sol_data::Address,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (u64, alloy::sol_types::private::FixedBytes<32>, u64, u32, alloy::sol_types::private::Address);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<InclusionReceipt> for UnderlyingRustTuple<'_> {
            fn from(value: InclusionReceipt) -> Self {
                (value.l2ChainId, value.txHash, value.slot, value.index, value.beneficiary)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InclusionReceipt {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self {
                    l2ChainId: tuple.0,
                    txHash: tuple.1,
                    slot: tuple.2,
                    index: tuple.3,
                    beneficiary: tuple.4,
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for InclusionReceipt {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for InclusionReceipt {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.l2ChainId,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.txHash,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(&self.index),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.beneficiary,
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
        impl alloy_sol_types::SolType for InclusionReceipt {
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
        impl alloy_sol_types::SolStruct for InclusionReceipt {
            const NAME: &'static str = "InclusionReceipt";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "InclusionReceipt(uint64 l2ChainId,bytes32 txHash,uint64 slot,uint32 index,address beneficiary)",
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
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.txHash)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.slot)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.index)
                        .0,
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::eip712_data_word(
                            &self.beneficiary,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for InclusionReceipt {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.l2ChainId,
                    )
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.txHash,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        64,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.slot)
                    + <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.index)
                    + <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.beneficiary,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.l2ChainId,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.txHash,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.slot, out,
                );
                <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.index,
                    out,
                );
                <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.beneficiary,
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
    /**Custom error with signature `NotContradicted()` and selector `0xc2476852`.
    ```solidity
    error NotContradicted();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotContradicted;
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
        impl ::core::convert::From<NotContradicted> for UnderlyingRustTuple<'_> {
            fn from(value: NotContradicted) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotContradicted {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotContradicted {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotContradicted()";
            const SELECTOR: [u8; 4] = [194u8, 71u8, 104u8, 82u8];
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
    /**Custom error with signature `NotFirstBatchInSlot(uint64)` and selector `0xf3c363a4`.
    ```solidity
    error NotFirstBatchInSlot(uint64 batchNumber);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotFirstBatchInSlot {
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
        impl ::core::convert::From<NotFirstBatchInSlot> for UnderlyingRustTuple<'_> {
            fn from(value: NotFirstBatchInSlot) -> Self {
                (value.batchNumber,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotFirstBatchInSlot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { batchNumber: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotFirstBatchInSlot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotFirstBatchInSlot(uint64)";
            const SELECTOR: [u8; 4] = [243u8, 195u8, 99u8, 164u8];
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
    /**Custom error with signature `ReceiptNotFromLeader(uint8,uint64)` and selector `0xea9d5965`.
    ```solidity
    error ReceiptNotFromLeader(uint8 id, uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct ReceiptNotFromLeader {
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
        impl ::core::convert::From<ReceiptNotFromLeader> for UnderlyingRustTuple<'_> {
            fn from(value: ReceiptNotFromLeader) -> Self {
                (value.id, value.slot)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for ReceiptNotFromLeader {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0, slot: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for ReceiptNotFromLeader {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "ReceiptNotFromLeader(uint8,uint64)";
            const SELECTOR: [u8; 4] = [234u8, 157u8, 89u8, 101u8];
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
    /**Custom error with signature `SignerPostedInSlot(uint64)` and selector `0x4eff0a5e`.
    ```solidity
    error SignerPostedInSlot(uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SignerPostedInSlot {
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
        impl ::core::convert::From<SignerPostedInSlot> for UnderlyingRustTuple<'_> {
            fn from(value: SignerPostedInSlot) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SignerPostedInSlot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SignerPostedInSlot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SignerPostedInSlot(uint64)";
            const SELECTOR: [u8; 4] = [78u8, 255u8, 10u8, 94u8];
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
    /**Custom error with signature `WrongChain(uint64)` and selector `0x4c5f37de`.
    ```solidity
    error WrongChain(uint64 l2ChainId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongChain {
        #[allow(missing_docs)]
        pub l2ChainId: u64,
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
        impl ::core::convert::From<WrongChain> for UnderlyingRustTuple<'_> {
            fn from(value: WrongChain) -> Self {
                (value.l2ChainId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongChain {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { l2ChainId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongChain {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongChain(uint64)";
            const SELECTOR: [u8; 4] = [76u8, 95u8, 55u8, 222u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.l2ChainId,
                ),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(address registry_, ISequencerRegistry.Params p);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub registry_: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address, ISequencerRegistry::Params);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
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
                    (value.registry_, value.p)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { registry_: tuple.0, p: tuple.1 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address, ISequencerRegistry::Params);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.registry_,
                    ),
                    <ISequencerRegistry::Params as alloy_sol_types::SolType>::tokenize(&self.p),
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
    /**Function with signature `paramsHash()` and selector `0x86a42663`.
    ```solidity
    function paramsHash() external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct paramsHashCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`paramsHash()`](paramsHashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct paramsHashReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<paramsHashCall> for UnderlyingRustTuple<'_> {
                fn from(value: paramsHashCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for paramsHashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<paramsHashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: paramsHashReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for paramsHashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for paramsHashCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "paramsHash()";
            const SELECTOR: [u8; 4] = [134u8, 164u8, 38u8, 99u8];
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
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: paramsHashReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: paramsHashReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `receiptDigest((uint64,bytes32,uint64,uint32,address))` and selector `0xa26b1b32`.
    ```solidity
    function receiptDigest(InclusionReceipt memory receipt) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct receiptDigestCall {
        #[allow(missing_docs)]
        pub receipt: <InclusionReceipt as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`receiptDigest((uint64,bytes32,uint64,uint32,address))`](receiptDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct receiptDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (InclusionReceipt,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<InclusionReceipt as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<receiptDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: receiptDigestCall) -> Self {
                    (value.receipt,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for receiptDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { receipt: tuple.0 }
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
            impl ::core::convert::From<receiptDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: receiptDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for receiptDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for receiptDigestCall {
            type Parameters<'a> = (InclusionReceipt,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "receiptDigest((uint64,bytes32,uint64,uint32,address))";
            const SELECTOR: [u8; 4] = [162u8, 107u8, 27u8, 50u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<InclusionReceipt as alloy_sol_types::SolType>::tokenize(&self.receipt),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: receiptDigestReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: receiptDigestReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `receiptEvidence(address,(uint64,bytes32,uint64,uint32,address))` and selector `0x26a90bb7`.
    ```solidity
    function receiptEvidence(address signer, InclusionReceipt memory receipt) external pure returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct receiptEvidenceCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub receipt: <InclusionReceipt as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`receiptEvidence(address,(uint64,bytes32,uint64,uint32,address))`](receiptEvidenceCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct receiptEvidenceReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Address, InclusionReceipt);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::Address,
                <InclusionReceipt as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<receiptEvidenceCall> for UnderlyingRustTuple<'_> {
                fn from(value: receiptEvidenceCall) -> Self {
                    (value.signer, value.receipt)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for receiptEvidenceCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0, receipt: tuple.1 }
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
            impl ::core::convert::From<receiptEvidenceReturn> for UnderlyingRustTuple<'_> {
                fn from(value: receiptEvidenceReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for receiptEvidenceReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for receiptEvidenceCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address, InclusionReceipt);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "receiptEvidence(address,(uint64,bytes32,uint64,uint32,address))";
            const SELECTOR: [u8; 4] = [38u8, 169u8, 11u8, 183u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),
                    <InclusionReceipt as alloy_sol_types::SolType>::tokenize(&self.receipt),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: receiptEvidenceReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: receiptEvidenceReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `receiptRootDigest(bytes32)` and selector `0x1ab90a9e`.
    ```solidity
    function receiptRootDigest(bytes32 root) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct receiptRootDigestCall {
        #[allow(missing_docs)]
        pub root: alloy::sol_types::private::FixedBytes<32>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`receiptRootDigest(bytes32)`](receiptRootDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct receiptRootDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<receiptRootDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: receiptRootDigestCall) -> Self {
                    (value.root,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for receiptRootDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { root: tuple.0 }
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
            impl ::core::convert::From<receiptRootDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: receiptRootDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for receiptRootDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for receiptRootDigestCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "receiptRootDigest(bytes32)";
            const SELECTOR: [u8; 4] = [26u8, 185u8, 10u8, 158u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                    &self.root,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: receiptRootDigestReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: receiptRootDigestReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `registry()` and selector `0x7b103999`.
    ```solidity
    function registry() external view returns (address);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registryCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`registry()`](registryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registryReturn {
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
            impl ::core::convert::From<registryCall> for UnderlyingRustTuple<'_> {
                fn from(value: registryCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registryCall {
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
            impl ::core::convert::From<registryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: registryReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registryCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Address;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Address,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "registry()";
            const SELECTOR: [u8; 4] = [123u8, 16u8, 57u8, 153u8];
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
                    let r: registryReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: registryReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `slashContradictedReceipt((uint64,bytes32,uint64,uint32,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),uint256,bytes32,bytes32[])` and selector `0xb836f81d`.
    ```solidity
    function slashContradictedReceipt(InclusionReceipt memory receipt, bytes memory signature, BatchHeader memory batch, BatchHeader memory previous, uint256 count, bytes32 leaf, bytes32[] memory proof) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashContradictedReceiptCall {
        #[allow(missing_docs)]
        pub receipt: <InclusionReceipt as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub batch: <BatchHeader as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub previous: <BatchHeader as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub count: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub leaf: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub proof: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
    }
    ///Container type for the return parameters of the [`slashContradictedReceipt((uint64,bytes32,uint64,uint32,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),uint256,bytes32,bytes32[])`](slashContradictedReceiptCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashContradictedReceiptReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                InclusionReceipt,
                alloy::sol_types::sol_data::Bytes,
                BatchHeader,
                BatchHeader,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <InclusionReceipt as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
                <BatchHeader as alloy::sol_types::SolType>::RustType,
                <BatchHeader as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
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
            impl ::core::convert::From<slashContradictedReceiptCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashContradictedReceiptCall) -> Self {
                    (
                        value.receipt,
                        value.signature,
                        value.batch,
                        value.previous,
                        value.count,
                        value.leaf,
                        value.proof,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashContradictedReceiptCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        receipt: tuple.0,
                        signature: tuple.1,
                        batch: tuple.2,
                        previous: tuple.3,
                        count: tuple.4,
                        leaf: tuple.5,
                        proof: tuple.6,
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
            impl ::core::convert::From<slashContradictedReceiptReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashContradictedReceiptReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashContradictedReceiptReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl slashContradictedReceiptReturn {
            fn _tokenize(
                &self,
            ) -> <slashContradictedReceiptCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashContradictedReceiptCall {
            type Parameters<'a> = (
                InclusionReceipt,
                alloy::sol_types::sol_data::Bytes,
                BatchHeader,
                BatchHeader,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = slashContradictedReceiptReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashContradictedReceipt((uint64,bytes32,uint64,uint32,address),bytes,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address),uint256,bytes32,bytes32[])";
            const SELECTOR: [u8; 4] = [184u8, 54u8, 248u8, 29u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <InclusionReceipt as alloy_sol_types::SolType>::tokenize(
                        &self.receipt,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
                    ),
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.batch),
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.previous),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.count),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.leaf),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.proof),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                slashContradictedReceiptReturn::_tokenize(ret)
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
    /**Function with signature `slashUnkeptReceipt((uint64,bytes32,uint64,uint32,address),bytes,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])` and selector `0xd1a648de`.
    ```solidity
    function slashUnkeptReceipt(InclusionReceipt memory receipt, bytes memory signature, uint64 firstBatch, BatchHeader[] memory headers) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashUnkeptReceiptCall {
        #[allow(missing_docs)]
        pub receipt: <InclusionReceipt as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub firstBatch: u64,
        #[allow(missing_docs)]
        pub headers: alloy::sol_types::private::Vec<<BatchHeader as alloy::sol_types::SolType>::RustType>,
    }
    ///Container type for the return parameters of the [`slashUnkeptReceipt((uint64,bytes32,uint64,uint32,address),bytes,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])`](slashUnkeptReceiptCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashUnkeptReceiptReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                InclusionReceipt,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Array<BatchHeader>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <InclusionReceipt as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<slashUnkeptReceiptCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashUnkeptReceiptCall) -> Self {
                    (value.receipt, value.signature, value.firstBatch, value.headers)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashUnkeptReceiptCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { receipt: tuple.0, signature: tuple.1, firstBatch: tuple.2, headers: tuple.3 }
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
            impl ::core::convert::From<slashUnkeptReceiptReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashUnkeptReceiptReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashUnkeptReceiptReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl slashUnkeptReceiptReturn {
            fn _tokenize(&self) -> <slashUnkeptReceiptCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashUnkeptReceiptCall {
            type Parameters<'a> = (
                InclusionReceipt,
                alloy::sol_types::sol_data::Bytes,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Array<BatchHeader>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = slashUnkeptReceiptReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashUnkeptReceipt((uint64,bytes32,uint64,uint32,address),bytes,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address)[])";
            const SELECTOR: [u8; 4] = [209u8, 166u8, 72u8, 222u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <InclusionReceipt as alloy_sol_types::SolType>::tokenize(&self.receipt),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
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
                slashUnkeptReceiptReturn::_tokenize(ret)
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
    ///Container for all the [`InclusionReceipts`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum InclusionReceiptsCalls {
        #[allow(missing_docs)]
        genesisBlock(genesisBlockCall),
        #[allow(missing_docs)]
        inbox(inboxCall),
        #[allow(missing_docs)]
        params(paramsCall),
        #[allow(missing_docs)]
        paramsHash(paramsHashCall),
        #[allow(missing_docs)]
        receiptDigest(receiptDigestCall),
        #[allow(missing_docs)]
        receiptEvidence(receiptEvidenceCall),
        #[allow(missing_docs)]
        receiptRootDigest(receiptRootDigestCall),
        #[allow(missing_docs)]
        registry(registryCall),
        #[allow(missing_docs)]
        slashContradictedReceipt(slashContradictedReceiptCall),
        #[allow(missing_docs)]
        slashUnkeptReceipt(slashUnkeptReceiptCall),
    }
    impl InclusionReceiptsCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [26u8, 185u8, 10u8, 158u8],
            [38u8, 169u8, 11u8, 183u8],
            [76u8, 220u8, 156u8, 99u8],
            [123u8, 16u8, 57u8, 153u8],
            [134u8, 164u8, 38u8, 99u8],
            [162u8, 107u8, 27u8, 50u8],
            [184u8, 54u8, 248u8, 29u8],
            [207u8, 240u8, 171u8, 150u8],
            [209u8, 166u8, 72u8, 222u8],
            [251u8, 14u8, 114u8, 43u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(receiptRootDigest),
            ::core::stringify!(receiptEvidence),
            ::core::stringify!(genesisBlock),
            ::core::stringify!(registry),
            ::core::stringify!(paramsHash),
            ::core::stringify!(receiptDigest),
            ::core::stringify!(slashContradictedReceipt),
            ::core::stringify!(params),
            ::core::stringify!(slashUnkeptReceipt),
            ::core::stringify!(inbox),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <receiptRootDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <receiptEvidenceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <genesisBlockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paramsHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <receiptDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashContradictedReceiptCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paramsCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashUnkeptReceiptCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for InclusionReceiptsCalls {
        const NAME: &'static str = "InclusionReceiptsCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 10usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::genesisBlock(_) => <genesisBlockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::inbox(_) => <inboxCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::params(_) => <paramsCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::paramsHash(_) => <paramsHashCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::receiptDigest(_) => <receiptDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::receiptEvidence(_) => <receiptEvidenceCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::receiptRootDigest(_) => <receiptRootDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registry(_) => <registryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slashContradictedReceipt(_) => {
                    <slashContradictedReceiptCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::slashUnkeptReceipt(_) => <slashUnkeptReceiptCall as alloy_sol_types::SolCall>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls>] = &[
                {
                    fn receiptRootDigest(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <receiptRootDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::receiptRootDigest)
                    }
                    receiptRootDigest
                },
                {
                    fn receiptEvidence(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <receiptEvidenceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::receiptEvidence)
                    }
                    receiptEvidence
                },
                {
                    fn genesisBlock(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <genesisBlockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::genesisBlock)
                    }
                    genesisBlock
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::registry)
                    }
                    registry
                },
                {
                    fn paramsHash(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <paramsHashCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::paramsHash)
                    }
                    paramsHash
                },
                {
                    fn receiptDigest(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <receiptDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::receiptDigest)
                    }
                    receiptDigest
                },
                {
                    fn slashContradictedReceipt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <slashContradictedReceiptCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::slashContradictedReceipt)
                    }
                    slashContradictedReceipt
                },
                {
                    fn params(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <paramsCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::params)
                    }
                    params
                },
                {
                    fn slashUnkeptReceipt(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <slashUnkeptReceiptCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::slashUnkeptReceipt)
                    }
                    slashUnkeptReceipt
                },
                {
                    fn inbox(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <inboxCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::inbox)
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls>] = &[
                {
                    fn receiptRootDigest(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <receiptRootDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::receiptRootDigest)
                    }
                    receiptRootDigest
                },
                {
                    fn receiptEvidence(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <receiptEvidenceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::receiptEvidence)
                    }
                    receiptEvidence
                },
                {
                    fn genesisBlock(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <genesisBlockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::genesisBlock)
                    }
                    genesisBlock
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::registry)
                    }
                    registry
                },
                {
                    fn paramsHash(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <paramsHashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::paramsHash)
                    }
                    paramsHash
                },
                {
                    fn receiptDigest(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <receiptDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::receiptDigest)
                    }
                    receiptDigest
                },
                {
                    fn slashContradictedReceipt(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <slashContradictedReceiptCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                            data,
                        )
                        .map(InclusionReceiptsCalls::slashContradictedReceipt)
                    }
                    slashContradictedReceipt
                },
                {
                    fn params(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <paramsCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::params)
                    }
                    params
                },
                {
                    fn slashUnkeptReceipt(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <slashUnkeptReceiptCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::slashUnkeptReceipt)
                    }
                    slashUnkeptReceipt
                },
                {
                    fn inbox(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <inboxCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::inbox)
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
                Self::genesisBlock(inner) => {
                    <genesisBlockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::inbox(inner) => <inboxCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::params(inner) => <paramsCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::paramsHash(inner) => {
                    <paramsHashCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::receiptDigest(inner) => {
                    <receiptDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::receiptEvidence(inner) => {
                    <receiptEvidenceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::receiptRootDigest(inner) => {
                    <receiptRootDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::registry(inner) => <registryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::slashContradictedReceipt(inner) => {
                    <slashContradictedReceiptCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slashUnkeptReceipt(inner) => {
                    <slashUnkeptReceiptCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::genesisBlock(inner) => {
                    <genesisBlockCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::inbox(inner) => <inboxCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::params(inner) => <paramsCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::paramsHash(inner) => {
                    <paramsHashCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::receiptDigest(inner) => {
                    <receiptDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::receiptEvidence(inner) => {
                    <receiptEvidenceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::receiptRootDigest(inner) => {
                    <receiptRootDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::registry(inner) => {
                    <registryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slashContradictedReceipt(inner) => {
                    <slashContradictedReceiptCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slashUnkeptReceipt(inner) => {
                    <slashUnkeptReceiptCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`InclusionReceipts`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum InclusionReceiptsErrors {
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
        NotAccountable(NotAccountable),
        #[allow(missing_docs)]
        NotContradicted(NotContradicted),
        #[allow(missing_docs)]
        NotFirstBatchInSlot(NotFirstBatchInSlot),
        #[allow(missing_docs)]
        OutsideFaultWindow(OutsideFaultWindow),
        #[allow(missing_docs)]
        ReceiptNotFromLeader(ReceiptNotFromLeader),
        #[allow(missing_docs)]
        SignerPostedInSlot(SignerPostedInSlot),
        #[allow(missing_docs)]
        SlotNotOver(SlotNotOver),
        #[allow(missing_docs)]
        WrongChain(WrongChain),
    }
    impl InclusionReceiptsErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [0u8, 221u8, 82u8, 200u8],
            [1u8, 162u8, 184u8, 78u8],
            [9u8, 11u8, 50u8, 209u8],
            [14u8, 225u8, 106u8, 234u8],
            [27u8, 203u8, 124u8, 37u8],
            [76u8, 95u8, 55u8, 222u8],
            [78u8, 255u8, 10u8, 94u8],
            [107u8, 90u8, 173u8, 58u8],
            [139u8, 170u8, 87u8, 159u8],
            [194u8, 71u8, 104u8, 82u8],
            [210u8, 207u8, 66u8, 70u8],
            [221u8, 35u8, 195u8, 173u8],
            [234u8, 157u8, 89u8, 101u8],
            [243u8, 195u8, 99u8, 164u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(SlotNotOver),
            ::core::stringify!(HeadersNotConsecutive),
            ::core::stringify!(NotAccountable),
            ::core::stringify!(HeadersDoNotCoverSlot),
            ::core::stringify!(OutsideFaultWindow),
            ::core::stringify!(WrongChain),
            ::core::stringify!(SignerPostedInSlot),
            ::core::stringify!(HeaderMismatch),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(NotContradicted),
            ::core::stringify!(HeadersRequired),
            ::core::stringify!(InvalidParameters),
            ::core::stringify!(ReceiptNotFromLeader),
            ::core::stringify!(NotFirstBatchInSlot),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <SlotNotOver as alloy_sol_types::SolError>::SIGNATURE,
            <HeadersNotConsecutive as alloy_sol_types::SolError>::SIGNATURE,
            <NotAccountable as alloy_sol_types::SolError>::SIGNATURE,
            <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::SIGNATURE,
            <OutsideFaultWindow as alloy_sol_types::SolError>::SIGNATURE,
            <WrongChain as alloy_sol_types::SolError>::SIGNATURE,
            <SignerPostedInSlot as alloy_sol_types::SolError>::SIGNATURE,
            <HeaderMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <NotContradicted as alloy_sol_types::SolError>::SIGNATURE,
            <HeadersRequired as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidParameters as alloy_sol_types::SolError>::SIGNATURE,
            <ReceiptNotFromLeader as alloy_sol_types::SolError>::SIGNATURE,
            <NotFirstBatchInSlot as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for InclusionReceiptsErrors {
        const NAME: &'static str = "InclusionReceiptsErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 14usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
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
                Self::NotAccountable(_) => <NotAccountable as alloy_sol_types::SolError>::SELECTOR,
                Self::NotContradicted(_) => <NotContradicted as alloy_sol_types::SolError>::SELECTOR,
                Self::NotFirstBatchInSlot(_) => <NotFirstBatchInSlot as alloy_sol_types::SolError>::SELECTOR,
                Self::OutsideFaultWindow(_) => <OutsideFaultWindow as alloy_sol_types::SolError>::SELECTOR,
                Self::ReceiptNotFromLeader(_) => {
                    <ReceiptNotFromLeader as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SignerPostedInSlot(_) => <SignerPostedInSlot as alloy_sol_types::SolError>::SELECTOR,
                Self::SlotNotOver(_) => <SlotNotOver as alloy_sol_types::SolError>::SELECTOR,
                Self::WrongChain(_) => <WrongChain as alloy_sol_types::SolError>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors>] = &[
                {
                    fn SlotNotOver(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <SlotNotOver as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::SlotNotOver)
                    }
                    SlotNotOver
                },
                {
                    fn HeadersNotConsecutive(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <HeadersNotConsecutive as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::HeadersNotConsecutive)
                    }
                    HeadersNotConsecutive
                },
                {
                    fn NotAccountable(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <NotAccountable as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::NotAccountable)
                    }
                    NotAccountable
                },
                {
                    fn HeadersDoNotCoverSlot(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::HeadersDoNotCoverSlot)
                    }
                    HeadersDoNotCoverSlot
                },
                {
                    fn OutsideFaultWindow(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <OutsideFaultWindow as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::OutsideFaultWindow)
                    }
                    OutsideFaultWindow
                },
                {
                    fn WrongChain(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <WrongChain as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::WrongChain)
                    }
                    WrongChain
                },
                {
                    fn SignerPostedInSlot(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <SignerPostedInSlot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::SignerPostedInSlot)
                    }
                    SignerPostedInSlot
                },
                {
                    fn HeaderMismatch(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <HeaderMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::HeaderMismatch)
                    }
                    HeaderMismatch
                },
                {
                    fn InvalidSignature(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::InvalidSignature)
                    }
                    InvalidSignature
                },
                {
                    fn NotContradicted(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <NotContradicted as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::NotContradicted)
                    }
                    NotContradicted
                },
                {
                    fn HeadersRequired(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <HeadersRequired as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::HeadersRequired)
                    }
                    HeadersRequired
                },
                {
                    fn InvalidParameters(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <InvalidParameters as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::InvalidParameters)
                    }
                    InvalidParameters
                },
                {
                    fn ReceiptNotFromLeader(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <ReceiptNotFromLeader as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::ReceiptNotFromLeader)
                    }
                    ReceiptNotFromLeader
                },
                {
                    fn NotFirstBatchInSlot(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                        <NotFirstBatchInSlot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(InclusionReceiptsErrors::NotFirstBatchInSlot)
                    }
                    NotFirstBatchInSlot
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors>] =
                &[
                    {
                        fn SlotNotOver(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <SlotNotOver as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::SlotNotOver)
                        }
                        SlotNotOver
                    },
                    {
                        fn HeadersNotConsecutive(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <HeadersNotConsecutive as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InclusionReceiptsErrors::HeadersNotConsecutive)
                        }
                        HeadersNotConsecutive
                    },
                    {
                        fn NotAccountable(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <NotAccountable as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::NotAccountable)
                        }
                        NotAccountable
                    },
                    {
                        fn HeadersDoNotCoverSlot(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <HeadersDoNotCoverSlot as alloy_sol_types::SolError>::abi_decode_raw_validate(
                                data,
                            )
                            .map(InclusionReceiptsErrors::HeadersDoNotCoverSlot)
                        }
                        HeadersDoNotCoverSlot
                    },
                    {
                        fn OutsideFaultWindow(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <OutsideFaultWindow as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::OutsideFaultWindow)
                        }
                        OutsideFaultWindow
                    },
                    {
                        fn WrongChain(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <WrongChain as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::WrongChain)
                        }
                        WrongChain
                    },
                    {
                        fn SignerPostedInSlot(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <SignerPostedInSlot as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::SignerPostedInSlot)
                        }
                        SignerPostedInSlot
                    },
                    {
                        fn HeaderMismatch(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <HeaderMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::HeaderMismatch)
                        }
                        HeaderMismatch
                    },
                    {
                        fn InvalidSignature(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::InvalidSignature)
                        }
                        InvalidSignature
                    },
                    {
                        fn NotContradicted(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <NotContradicted as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::NotContradicted)
                        }
                        NotContradicted
                    },
                    {
                        fn HeadersRequired(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <HeadersRequired as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::HeadersRequired)
                        }
                        HeadersRequired
                    },
                    {
                        fn InvalidParameters(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <InvalidParameters as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::InvalidParameters)
                        }
                        InvalidParameters
                    },
                    {
                        fn ReceiptNotFromLeader(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <ReceiptNotFromLeader as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::ReceiptNotFromLeader)
                        }
                        ReceiptNotFromLeader
                    },
                    {
                        fn NotFirstBatchInSlot(
                            data: &[u8],
                        ) -> alloy_sol_types::Result<InclusionReceiptsErrors> {
                            <NotFirstBatchInSlot as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                                .map(InclusionReceiptsErrors::NotFirstBatchInSlot)
                        }
                        NotFirstBatchInSlot
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
                Self::NotAccountable(inner) => {
                    <NotAccountable as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotContradicted(inner) => {
                    <NotContradicted as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotFirstBatchInSlot(inner) => {
                    <NotFirstBatchInSlot as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::OutsideFaultWindow(inner) => {
                    <OutsideFaultWindow as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::ReceiptNotFromLeader(inner) => {
                    <ReceiptNotFromLeader as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SignerPostedInSlot(inner) => {
                    <SignerPostedInSlot as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SlotNotOver(inner) => {
                    <SlotNotOver as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::WrongChain(inner) => <WrongChain as alloy_sol_types::SolError>::abi_encoded_size(inner),
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
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
                Self::NotAccountable(inner) => {
                    <NotAccountable as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotContradicted(inner) => {
                    <NotContradicted as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotFirstBatchInSlot(inner) => {
                    <NotFirstBatchInSlot as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::OutsideFaultWindow(inner) => {
                    <OutsideFaultWindow as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::ReceiptNotFromLeader(inner) => {
                    <ReceiptNotFromLeader as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SignerPostedInSlot(inner) => {
                    <SignerPostedInSlot as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SlotNotOver(inner) => {
                    <SlotNotOver as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::WrongChain(inner) => {
                    <WrongChain as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`InclusionReceipts`](self) contract instance.

    See the [wrapper's documentation](`InclusionReceiptsInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> InclusionReceiptsInstance<P, N> {
        InclusionReceiptsInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        registry_: alloy::sol_types::private::Address,
        p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<InclusionReceiptsInstance<P, N>>> {
        InclusionReceiptsInstance::<P, N>::deploy(__provider, registry_, p)
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        registry_: alloy::sol_types::private::Address,
        p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        InclusionReceiptsInstance::<P, N>::deploy_builder(__provider, registry_, p)
    }
    /**A [`InclusionReceipts`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`InclusionReceipts`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct InclusionReceiptsInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for InclusionReceiptsInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("InclusionReceiptsInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        InclusionReceiptsInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`InclusionReceipts`](self) contract instance.

        See the [wrapper's documentation](`InclusionReceiptsInstance`) for more details.*/
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
            registry_: alloy::sol_types::private::Address,
            p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::Result<InclusionReceiptsInstance<P, N>> {
            let call_builder = Self::deploy_builder(__provider, registry_, p);
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
            registry_: alloy::sol_types::private::Address,
            p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall { registry_, p })[..],
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
    impl<P: ::core::clone::Clone, N> InclusionReceiptsInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> InclusionReceiptsInstance<P, N> {
            InclusionReceiptsInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        InclusionReceiptsInstance<P, N>
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
        ///Creates a new call builder for the [`genesisBlock`] function.
        pub fn genesisBlock(&self) -> alloy_contract::SolCallBuilder<&P, genesisBlockCall, N> {
            self.call_builder(&genesisBlockCall)
        }
        ///Creates a new call builder for the [`inbox`] function.
        pub fn inbox(&self) -> alloy_contract::SolCallBuilder<&P, inboxCall, N> {
            self.call_builder(&inboxCall)
        }
        ///Creates a new call builder for the [`params`] function.
        pub fn params(&self) -> alloy_contract::SolCallBuilder<&P, paramsCall, N> {
            self.call_builder(&paramsCall)
        }
        ///Creates a new call builder for the [`paramsHash`] function.
        pub fn paramsHash(&self) -> alloy_contract::SolCallBuilder<&P, paramsHashCall, N> {
            self.call_builder(&paramsHashCall)
        }
        ///Creates a new call builder for the [`receiptDigest`] function.
        pub fn receiptDigest(
            &self,
            receipt: <InclusionReceipt as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, receiptDigestCall, N> {
            self.call_builder(&receiptDigestCall { receipt })
        }
        ///Creates a new call builder for the [`receiptEvidence`] function.
        pub fn receiptEvidence(
            &self,
            signer: alloy::sol_types::private::Address,
            receipt: <InclusionReceipt as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, receiptEvidenceCall, N> {
            self.call_builder(&receiptEvidenceCall { signer, receipt })
        }
        ///Creates a new call builder for the [`receiptRootDigest`] function.
        pub fn receiptRootDigest(
            &self,
            root: alloy::sol_types::private::FixedBytes<32>,
        ) -> alloy_contract::SolCallBuilder<&P, receiptRootDigestCall, N> {
            self.call_builder(&receiptRootDigestCall { root })
        }
        ///Creates a new call builder for the [`registry`] function.
        pub fn registry(&self) -> alloy_contract::SolCallBuilder<&P, registryCall, N> {
            self.call_builder(&registryCall)
        }
        ///Creates a new call builder for the [`slashContradictedReceipt`] function.
        pub fn slashContradictedReceipt(
            &self,
            receipt: <InclusionReceipt as alloy::sol_types::SolType>::RustType,
            signature: alloy::sol_types::private::Bytes,
            batch: <BatchHeader as alloy::sol_types::SolType>::RustType,
            previous: <BatchHeader as alloy::sol_types::SolType>::RustType,
            count: alloy::sol_types::private::primitives::aliases::U256,
            leaf: alloy::sol_types::private::FixedBytes<32>,
            proof: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
        ) -> alloy_contract::SolCallBuilder<&P, slashContradictedReceiptCall, N> {
            self.call_builder(&slashContradictedReceiptCall {
                receipt,
                signature,
                batch,
                previous,
                count,
                leaf,
                proof,
            })
        }
        ///Creates a new call builder for the [`slashUnkeptReceipt`] function.
        pub fn slashUnkeptReceipt(
            &self,
            receipt: <InclusionReceipt as alloy::sol_types::SolType>::RustType,
            signature: alloy::sol_types::private::Bytes,
            firstBatch: u64,
            headers: alloy::sol_types::private::Vec<<BatchHeader as alloy::sol_types::SolType>::RustType>,
        ) -> alloy_contract::SolCallBuilder<&P, slashUnkeptReceiptCall, N> {
            self.call_builder(&slashUnkeptReceiptCall { receipt, signature, firstBatch, headers })
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        InclusionReceiptsInstance<P, N>
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
