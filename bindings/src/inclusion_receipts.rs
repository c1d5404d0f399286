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

    function inbox() external view returns (address);
    function paramsHash() external view returns (bytes32);
    function penalties() external view returns (uint96, uint96, uint96);
    function receiptDigest(InclusionReceipt memory receipt) external view returns (bytes32);
    function receiptEvidence(address signer, InclusionReceipt memory receipt) external pure returns (bytes32);
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
    "name": "penalties",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "uint96",
        "internalType": "uint96"
      },
      {
        "name": "",
        "type": "uint96",
        "internalType": "uint96"
      },
      {
        "name": "",
        "type": "uint96",
        "internalType": "uint96"
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
    ///0x6101c0604052348015610010575f5ffd5b506040516129f73803806129f783398101604081905261002f916103fb565b80602001516001600160601b0316816101e001516001600160601b031611156100a05760405163dd23c3ad60e01b815260206004820152601460248201527f7265636569707453616665747950656e616c747900000000000000000000000060448201526064015b60405180910390fd5b806101e001516001600160601b03168161020001516001600160601b0316111561010d5760405163dd23c3ad60e01b815260206004820152601660248201527f726563656970744c6976656e65737350656e616c7479000000000000000000006044820152606401610097565b80610240015161ffff168161020001516001600160601b031661013091906105c9565b61022082015161014b906001600160601b03166127106105c9565b111561019a5760405163dd23c3ad60e01b815260206004820152601360248201527f72656365697074436f6d70656e736174696f6e000000000000000000000000006044820152606401610097565b6040516135a560f21b60208201526001600160601b0319606084901b166022820152600160f81b60368201525f9060370160408051601f198184030181529082905280516020918201206001600160a01b03808716608052811660a0529250610205918491016105ec565b60408051601f19818403018152919052805160209091012060c05281516001600160401b031660e0526101008083015163ffffffff1690526101e08201516001600160601b03908116610120526102008301518116610140526102208301511661016052466101a081905261027a9082610287565b610180525061080f915050565b60408051808201825260058152642130ba37b760d91b6020918201528151808301835260018152603160f81b9082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152608081018590526001600160a01b03841660a0808301919091528351808303909101815260c090910190925281519101205b92915050565b6040516102a081016001600160401b038111828210171561039057634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b03811681146103ac575f5ffd5b919050565b80516001600160601b03811681146103ac575f5ffd5b805160ff811681146103ac575f5ffd5b805163ffffffff811681146103ac575f5ffd5b805161ffff811681146103ac575f5ffd5b5f5f8284036102c081121561040e575f5ffd5b83516001600160a01b0381168114610424575f5ffd5b92506102a0601f1982011215610438575f5ffd5b50610441610361565b61044d60208501610396565b815261045b604085016103b1565b602082015261046c606085016103c7565b604082015261047d608085016103d7565b606082015261048e60a085016103d7565b608082015261049f60c085016103d7565b60a08201526104b060e085016103d7565b60c08201526104c261010085016103d7565b60e08201526104d461012085016103d7565b6101008201526104e761014085016103d7565b6101208201526104fa61016085016103ea565b61014082015261050d61018085016103d7565b6101608201526105206101a085016103b1565b6101808201526105336101c085016103b1565b6101a08201526105466101e085016103b1565b6101c082015261055961020085016103b1565b6101e082015261056c61022085016103b1565b61020082015261057f61024085016103b1565b61022082015261059261026085016103ea565b6102408201526105a561028085016103b1565b6102608201526105b86102a085016103d7565b610280820152809150509250929050565b808202811582820484141761035b57634e487b7160e01b5f52601160045260245ffd5b81516001600160401b031681526102a08101602083015161061860208401826001600160601b03169052565b50604083015161062d604084018260ff169052565b506060830151610645606084018263ffffffff169052565b50608083015161065d608084018263ffffffff169052565b5060a083015161067560a084018263ffffffff169052565b5060c083015161068d60c084018263ffffffff169052565b5060e08301516106a560e084018263ffffffff169052565b506101008301516106bf61010084018263ffffffff169052565b506101208301516106d961012084018263ffffffff169052565b506101408301516106f161014084018261ffff169052565b5061016083015161070b61016084018263ffffffff169052565b506101808301516107286101808401826001600160601b03169052565b506101a08301516107456101a08401826001600160601b03169052565b506101c08301516107626101c08401826001600160601b03169052565b506101e083015161077f6101e08401826001600160601b03169052565b5061020083015161079c6102008401826001600160601b03169052565b506102208301516107b96102208401826001600160601b03169052565b506102408301516107d161024084018261ffff169052565b506102608301516107ee6102608401826001600160601b03169052565b5061028083015161080861028084018263ffffffff169052565b5092915050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a05161212e6108c95f395f61061001525f61066701525f818161010f0152610d0301525f818160e70152610c7801525f818160c20152610c5201525f81816103c1015261081801525f61069601525f61018f01525f81816101f10152818161044d0152818161063b015261095201525f818161014301528181610bcb01528181610caa01528181610da801526111a0015261212e5ff3fe608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063a26b1b3211610058578063a26b1b32146101b1578063b836f81d146101c4578063d1a648de146101d9578063fb0e722b146101ec575f5ffd5b806326a90bb71461008957806342b53a75146100af5780637b1039991461013e57806386a426631461018a575b5f5ffd5b61009c6100973660046118dd565b610213565b6040519081526020015b60405180910390f35b604080516bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811682527f0000000000000000000000000000000000000000000000000000000000000000811660208301527f000000000000000000000000000000000000000000000000000000000000000016918101919091526060016100a6565b6101657f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100a6565b61009c7f000000000000000000000000000000000000000000000000000000000000000081565b61009c6101bf366004611911565b61023d565b6101d76101d2366004611981565b610295565b005b6101d76101e7366004611a8d565b61032f565b6101657f000000000000000000000000000000000000000000000000000000000000000081565b5f6102348361022f61022a36869003860186611bfb565b6104e1565b61059a565b90505b92915050565b5f61023761024961060d565b61025b61022a36869003860186611bfb565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f6102a28b8b8b610689565b915091505f6102c5838d60400160208101906102be9190611caf565b8b8b610810565b90506102d5818d89898989610a8c565b61030b576040517fc247685200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61032161031784610b84565b6003858f86610c36565b505050505050505050505050565b5f5f61033c888888610689565b90925090505f61035260608a0160408b01611caf565b9050610367610362826001611cfe565b610d6e565b67ffffffffffffffff164310156103ba576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024015b60405180910390fd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166103ef610362836001611cfe565b6103f99190611cfe565b67ffffffffffffffff164310610447576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016103b1565b5f6104767f00000000000000000000000000000000000000000000000000000000000000008389898989610e26565b9250505080156104be576040517f4eff0a5e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016103b1565b6104d56104cb858461119d565b6004868d87610c36565b50505050505050505050565b5f7f0fbe921f78a1e6f26e2a9269914d6c647958b6d6b5a4596ceb37ef568e3f72ed825f0151836020015184604001518560600151866080015160405160200161057d9695949392919095865267ffffffffffffffff948516602087015260408601939093529216606084015263ffffffff91909116608083015273ffffffffffffffffffffffffffffffffffffffff1660a082015260c00190565b604051602081830303815290604052805190602001209050919050565b604080517f67219486fb81deb7c683d2e531582a91e66694e17ec075a97ddb869af6bc5c83602082015273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f906080015b60405160208183030381529060405280519060200120905092915050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146106645761065f467f00000000000000000000000000000000000000000000000000000000000000006113e9565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f8067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166106c36020870187611caf565b67ffffffffffffffff161461071e576106df6020860186611caf565b6040517f4c5f37de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016103b1565b61073061022a36879003870187611bfb565b90505f6107b761077c61074161060d565b846040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b86868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506114f292505050565b5090935090505f8160038111156107d0576107d0611d1e565b14610807576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50935093915050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016610846610362866001611cfe565b6108509190611cfe565b67ffffffffffffffff16431061089e576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016103b1565b5f6108ae36859003850185611d4b565b90508467ffffffffffffffff16816040015167ffffffffffffffff1614158061090757508573ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff1614155b156109505760208101516040517ff3c363a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016103b1565b7f000000000000000000000000000000000000000000000000000000000000000061097b818361153b565b602082015167ffffffffffffffff1615610a7e575f61099f36869003860186611d4b565b9050826020015167ffffffffffffffff16816020015160016109c19190611cfe565b67ffffffffffffffff16141580610a2957508667ffffffffffffffff16816040015167ffffffffffffffff16148015610a2957508773ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff16145b15610a725760208301516040517ff3c363a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016103b1565b610a7c828261153b565b505b5060a0015195945050505050565b5f80610a9e6080880160608901611ddc565b63ffffffff16905085811015610b045786602001358514158015610afc5750610afc888683898888808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061167392505050565b915050610b7a565b855f03610b1e5787158015610afc57508215915050610b7a565b600183148015610b765750878685855f818110610b3d57610b3d611df7565b90506020020135604051602001610b5e929190918252602082015260400190565b60405160208183030381529060405280519060200120145b9150505b9695505050505050565b6040517fb37855c800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063b37855c890602401602060405180830381865afa158015610c12573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102379190611e24565b5f6004856004811115610c4b57610c4b611d1e565b14610c76577f0000000000000000000000000000000000000000000000000000000000000000610c98565b7f00000000000000000000000000000000000000000000000000000000000000005b6bffffffffffffffffffffffff1690507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166383d24daa8787610cf0888761059a565b85610d0160a08a0160808b01611e44565b7f0000000000000000000000000000000000000000000000000000000000000000336040518863ffffffff1660e01b8152600401610d459796959493929190611e5f565b5f604051808303815f87803b158015610d5c575f5ffd5b505af11580156104d5573d5f5f3e3d5ffd5b6040517ffa6944bc00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063fa6944bc90602401602060405180830381865afa158015610e02573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102379190611efd565b5f5f5f5f8973ffffffffffffffffffffffffffffffffffffffff166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e73573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e979190611efd565b9050855f819003610ef45767ffffffffffffffff821615610ee4576040517fd2cf424600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f9450945094505050611191565b5f5b81811015611039575f898983818110610f1157610f11611df7565b90506101000201803603810190610f289190611d4b565b9050610f3e8267ffffffffffffffff8d16611f18565b816020015167ffffffffffffffff1614610f87576040517f01a2b84e000000000000000000000000000000000000000000000000000000008152600481018390526024016103b1565b610f918d8261153b565b8b67ffffffffffffffff16816040015167ffffffffffffffff161115610fb75750611031565b8060c0015196508b67ffffffffffffffff16816040015167ffffffffffffffff16148015610ffe575060e081015173ffffffffffffffffffffffffffffffffffffffff1615155b1561102f5760e0810151955073ffffffffffffffffffffffffffffffffffffffff8089169087160361102f57600194505b505b600101610ef6565b5067ffffffffffffffff89161580159061109157508967ffffffffffffffff1688885f81811061106b5761106b611df7565b9050610100020160400160208101906110849190611caf565b67ffffffffffffffff1610155b156110d4576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b1660048201526024016103b1565b8167ffffffffffffffff16818a67ffffffffffffffff166110f59190611f18565b1415801561114b575067ffffffffffffffff8a168888611116600185611f2b565b81811061112557611125611df7565b90506101000201604001602081019061113e9190611caf565b67ffffffffffffffff1611155b1561118e576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b1660048201526024016103b1565b50505b96509650969350505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006111c884610b84565b6040517f583d23f400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015290925060ff83169073ffffffffffffffffffffffffffffffffffffffff83169063583d23f490602401602060405180830381865afa158015611242573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112669190611e24565b60ff16146112b5576040517fea9d596500000000000000000000000000000000000000000000000000000000815260ff8316600482015267ffffffffffffffff841660248201526044016103b1565b6040517fccd0727600000000000000000000000000000000000000000000000000000000815260ff831660048201525f9073ffffffffffffffffffffffffffffffffffffffff83169063ccd072769060240161018060405180830381865afa158015611323573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113479190611f9d565b905080610160015167ffffffffffffffff168467ffffffffffffffff161080611395575080608001518015611395575080610140015167ffffffffffffffff168467ffffffffffffffff1610155b156113e1576040517f090b32d100000000000000000000000000000000000000000000000000000000815260ff8416600482015267ffffffffffffffff851660248201526044016103b1565b505092915050565b604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f918101919091527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201526080810183905273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c0016105ef565b5f5f5f8351604103611529576020840151604085015160608601515f1a61151b888285856117a0565b955095509550505050611534565b505081515f91506002905b9250925092565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015273ffffffffffffffffffffffffffffffffffffffff84169063705cad1390602401602060405180830381865afa158015611602573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611626919061208d565b1461166f5760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016103b1565b5050565b5f82841061168257505f611797565b845f845b6001811115611758575f61169b600183611f2b565b881480156116b357506116af6002836120d1565b6001145b90508061172c57855183036116ce575f945050505050611797565b5f86846116da816120e4565b9550815181106116ec576116ec611df7565b6020026020010151905060028961170391906120d1565b1561171a575f818152602086905260409020611728565b5f8581526020829052604090205b9450505b61173760028961211b565b97506002611746836001611f18565b611750919061211b565b915050611686565b84518214801561179157506040805160208101889052908101849052899060600160405160208183030381529060405280519060200120145b93505050505b95945050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156117d957505f91506003905082611889565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561182a573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661188057505f925060019150829050611889565b92505f91508190505b9450945094915050565b73ffffffffffffffffffffffffffffffffffffffff811681146118b4575f5ffd5b50565b80356118c281611893565b919050565b5f60a082840312156118d7575f5ffd5b50919050565b5f5f60c083850312156118ee575f5ffd5b82356118f981611893565b915061190884602085016118c7565b90509250929050565b5f60a08284031215611921575f5ffd5b61023483836118c7565b5f5f83601f84011261193b575f5ffd5b50813567ffffffffffffffff811115611952575f5ffd5b602083019150836020828501011115611969575f5ffd5b9250929050565b5f61010082840312156118d7575f5ffd5b5f5f5f5f5f5f5f5f5f6103208a8c03121561199a575f5ffd5b6119a48b8b6118c7565b985060a08a013567ffffffffffffffff8111156119bf575f5ffd5b6119cb8c828d0161192b565b90995097506119df90508b60c08c01611970565b95506119ef8b6101c08c01611970565b94506102c08a013593506102e08a013592506103008a013567ffffffffffffffff811115611a1b575f5ffd5b8a01601f81018c13611a2b575f5ffd5b803567ffffffffffffffff811115611a41575f5ffd5b8c60208260051b8401011115611a55575f5ffd5b60208201935080925050509295985092959850929598565b67ffffffffffffffff811681146118b4575f5ffd5b80356118c281611a6d565b5f5f5f5f5f5f6101008789031215611aa3575f5ffd5b611aad88886118c7565b955060a087013567ffffffffffffffff811115611ac8575f5ffd5b611ad489828a0161192b565b90965094505060c0870135611ae881611a6d565b925060e087013567ffffffffffffffff811115611b03575f5ffd5b8701601f81018913611b13575f5ffd5b803567ffffffffffffffff811115611b29575f5ffd5b8960208260081b8401011115611b3d575f5ffd5b60208201935080925050509295509295509295565b604051610100810167ffffffffffffffff81118282101715611b9b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b604051610180810167ffffffffffffffff81118282101715611b9b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b63ffffffff811681146118b4575f5ffd5b5f60a0828403128015611c0c575f5ffd5b5060405160a0810167ffffffffffffffff81118282101715611c55577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040528235611c6381611a6d565b8152602083810135908201526040830135611c7d81611a6d565b60408201526060830135611c9081611bea565b60608201526080830135611ca381611893565b60808201529392505050565b5f60208284031215611cbf575f5ffd5b8135611cca81611a6d565b9392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561023757610237611cd1565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f610100828403128015611d5d575f5ffd5b50611d66611b52565b8235611d7181611a6d565b8152611d7f60208401611a82565b6020820152611d9060408401611a82565b6040820152606083810135908201526080808401359082015260a08084013590820152611dbf60c08401611a82565b60c0820152611dd060e084016118b7565b60e08201529392505050565b5f60208284031215611dec575f5ffd5b8135611cca81611bea565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215611e34575f5ffd5b815160ff81168114611cca575f5ffd5b5f60208284031215611e54575f5ffd5b8135611cca81611893565b60ff8816815260e0810160058810611e9e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60208201979097526040810195909552606085019390935273ffffffffffffffffffffffffffffffffffffffff91821660808501526bffffffffffffffffffffffff1660a08401521660c090910152919050565b80516118c281611a6d565b5f60208284031215611f0d575f5ffd5b8151611cca81611a6d565b8082018082111561023757610237611cd1565b8181038181111561023757610237611cd1565b80516118c281611893565b80516bffffffffffffffffffffffff811681146118c2575f5ffd5b8051600581106118c2575f5ffd5b805180151581146118c2575f5ffd5b805161ffff811681146118c2575f5ffd5b80516118c281611bea565b5f610180828403128015611faf575f5ffd5b50611fb8611ba1565b611fc183611f3e565b8152611fcf60208401611f49565b6020820152611fe060408401611f3e565b6040820152611ff160608401611f64565b606082015261200260808401611f72565b608082015261201360a08401611f81565b60a082015261202460c08401611f92565b60c082015261203560e08401611f92565b60e08201526120476101008401611ef2565b61010082015261205a6101208401611ef2565b61012082015261206d6101408401611ef2565b6101408201526120806101608401611ef2565b6101608201529392505050565b5f6020828403121561209d575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826120df576120df6120a4565b500690565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361211457612114611cd1565b5060010190565b5f82612129576121296120a4565b50049056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01\xC0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa)\xF78\x03\x80a)\xF7\x839\x81\x01`@\x81\x90Ra\0/\x91a\x03\xFBV[\x80` \x01Q`\x01`\x01``\x1B\x03\x16\x81a\x01\xE0\x01Q`\x01`\x01``\x1B\x03\x16\x11\x15a\0\xA0W`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x14`$\x82\x01R\x7FreceiptSafetyPenalty\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01[`@Q\x80\x91\x03\x90\xFD[\x80a\x01\xE0\x01Q`\x01`\x01``\x1B\x03\x16\x81a\x02\0\x01Q`\x01`\x01``\x1B\x03\x16\x11\x15a\x01\rW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x16`$\x82\x01R\x7FreceiptLivenessPenalty\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0\x97V[\x80a\x02@\x01Qa\xFF\xFF\x16\x81a\x02\0\x01Q`\x01`\x01``\x1B\x03\x16a\x010\x91\x90a\x05\xC9V[a\x02 \x82\x01Qa\x01K\x90`\x01`\x01``\x1B\x03\x16a'\x10a\x05\xC9V[\x11\x15a\x01\x9AW`@Qc\xDD#\xC3\xAD`\xE0\x1B\x81R` `\x04\x82\x01R`\x13`$\x82\x01R\x7FreceiptCompensation\0\0\0\0\0\0\0\0\0\0\0\0\0`D\x82\x01R`d\x01a\0\x97V[`@Qa5\xA5`\xF2\x1B` \x82\x01R`\x01`\x01``\x1B\x03\x19``\x84\x90\x1B\x16`\"\x82\x01R`\x01`\xF8\x1B`6\x82\x01R_\x90`7\x01`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x90\x82\x90R\x80Q` \x91\x82\x01 `\x01`\x01`\xA0\x1B\x03\x80\x87\x16`\x80R\x81\x16`\xA0R\x92Pa\x02\x05\x91\x84\x91\x01a\x05\xECV[`@\x80Q`\x1F\x19\x81\x84\x03\x01\x81R\x91\x90R\x80Q` \x90\x91\x01 `\xC0R\x81Q`\x01`\x01`@\x1B\x03\x16`\xE0Ra\x01\0\x80\x83\x01Qc\xFF\xFF\xFF\xFF\x16\x90Ra\x01\xE0\x82\x01Q`\x01`\x01``\x1B\x03\x90\x81\x16a\x01 Ra\x02\0\x83\x01Q\x81\x16a\x01@Ra\x02 \x83\x01Q\x16a\x01`RFa\x01\xA0\x81\x90Ra\x02z\x90\x82a\x02\x87V[a\x01\x80RPa\x08\x0F\x91PPV[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R`1`\xF8\x1B\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R`\x80\x81\x01\x85\x90R`\x01`\x01`\xA0\x1B\x03\x84\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 [\x92\x91PPV[`@Qa\x02\xA0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x03\x90WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x03\xACW__\xFD[\x91\x90PV[\x80Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x03\xACW__\xFD[\x80Q`\xFF\x81\x16\x81\x14a\x03\xACW__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x03\xACW__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x03\xACW__\xFD[__\x82\x84\x03a\x02\xC0\x81\x12\x15a\x04\x0EW__\xFD[\x83Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x04$W__\xFD[\x92Pa\x02\xA0`\x1F\x19\x82\x01\x12\x15a\x048W__\xFD[Pa\x04Aa\x03aV[a\x04M` \x85\x01a\x03\x96V[\x81Ra\x04[`@\x85\x01a\x03\xB1V[` \x82\x01Ra\x04l``\x85\x01a\x03\xC7V[`@\x82\x01Ra\x04}`\x80\x85\x01a\x03\xD7V[``\x82\x01Ra\x04\x8E`\xA0\x85\x01a\x03\xD7V[`\x80\x82\x01Ra\x04\x9F`\xC0\x85\x01a\x03\xD7V[`\xA0\x82\x01Ra\x04\xB0`\xE0\x85\x01a\x03\xD7V[`\xC0\x82\x01Ra\x04\xC2a\x01\0\x85\x01a\x03\xD7V[`\xE0\x82\x01Ra\x04\xD4a\x01 \x85\x01a\x03\xD7V[a\x01\0\x82\x01Ra\x04\xE7a\x01@\x85\x01a\x03\xD7V[a\x01 \x82\x01Ra\x04\xFAa\x01`\x85\x01a\x03\xEAV[a\x01@\x82\x01Ra\x05\ra\x01\x80\x85\x01a\x03\xD7V[a\x01`\x82\x01Ra\x05 a\x01\xA0\x85\x01a\x03\xB1V[a\x01\x80\x82\x01Ra\x053a\x01\xC0\x85\x01a\x03\xB1V[a\x01\xA0\x82\x01Ra\x05Fa\x01\xE0\x85\x01a\x03\xB1V[a\x01\xC0\x82\x01Ra\x05Ya\x02\0\x85\x01a\x03\xB1V[a\x01\xE0\x82\x01Ra\x05la\x02 \x85\x01a\x03\xB1V[a\x02\0\x82\x01Ra\x05\x7Fa\x02@\x85\x01a\x03\xB1V[a\x02 \x82\x01Ra\x05\x92a\x02`\x85\x01a\x03\xEAV[a\x02@\x82\x01Ra\x05\xA5a\x02\x80\x85\x01a\x03\xB1V[a\x02`\x82\x01Ra\x05\xB8a\x02\xA0\x85\x01a\x03\xD7V[a\x02\x80\x82\x01R\x80\x91PP\x92P\x92\x90PV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x03[WcNH{q`\xE0\x1B_R`\x11`\x04R`$_\xFD[\x81Q`\x01`\x01`@\x1B\x03\x16\x81Ra\x02\xA0\x81\x01` \x83\x01Qa\x06\x18` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01Qa\x06-`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01Qa\x06E``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x06]`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa\x06u`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa\x06\x8D`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa\x06\xA5`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\x06\xBFa\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa\x06\xD9a\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01Qa\x06\xF1a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa\x07\x0Ba\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01Qa\x07(a\x01\x80\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xA0\x83\x01Qa\x07Ea\x01\xA0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xC0\x83\x01Qa\x07ba\x01\xC0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xE0\x83\x01Qa\x07\x7Fa\x01\xE0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02\0\x83\x01Qa\x07\x9Ca\x02\0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02 \x83\x01Qa\x07\xB9a\x02 \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02@\x83\x01Qa\x07\xD1a\x02@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02`\x83\x01Qa\x07\xEEa\x02`\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02\x80\x83\x01Qa\x08\x08a\x02\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa!.a\x08\xC9_9_a\x06\x10\x01R_a\x06g\x01R_\x81\x81a\x01\x0F\x01Ra\r\x03\x01R_\x81\x81`\xE7\x01Ra\x0Cx\x01R_\x81\x81`\xC2\x01Ra\x0CR\x01R_\x81\x81a\x03\xC1\x01Ra\x08\x18\x01R_a\x06\x96\x01R_a\x01\x8F\x01R_\x81\x81a\x01\xF1\x01R\x81\x81a\x04M\x01R\x81\x81a\x06;\x01Ra\tR\x01R_\x81\x81a\x01C\x01R\x81\x81a\x0B\xCB\x01R\x81\x81a\x0C\xAA\x01R\x81\x81a\r\xA8\x01Ra\x11\xA0\x01Ra!._\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0\x85W_5`\xE0\x1C\x80c\xA2k\x1B2\x11a\0XW\x80c\xA2k\x1B2\x14a\x01\xB1W\x80c\xB86\xF8\x1D\x14a\x01\xC4W\x80c\xD1\xA6H\xDE\x14a\x01\xD9W\x80c\xFB\x0Er+\x14a\x01\xECW__\xFD[\x80c&\xA9\x0B\xB7\x14a\0\x89W\x80cB\xB5:u\x14a\0\xAFW\x80c{\x109\x99\x14a\x01>W\x80c\x86\xA4&c\x14a\x01\x8AW[__\xFD[a\0\x9Ca\0\x976`\x04a\x18\xDDV[a\x02\x13V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[`@\x80Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16` \x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x81\x01\x91\x90\x91R``\x01a\0\xA6V[a\x01e\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\0\xA6V[a\0\x9C\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\0\x9Ca\x01\xBF6`\x04a\x19\x11V[a\x02=V[a\x01\xD7a\x01\xD26`\x04a\x19\x81V[a\x02\x95V[\0[a\x01\xD7a\x01\xE76`\x04a\x1A\x8DV[a\x03/V[a\x01e\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[_a\x024\x83a\x02/a\x02*6\x86\x90\x03\x86\x01\x86a\x1B\xFBV[a\x04\xE1V[a\x05\x9AV[\x90P[\x92\x91PPV[_a\x027a\x02Ia\x06\rV[a\x02[a\x02*6\x86\x90\x03\x86\x01\x86a\x1B\xFBV[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[__a\x02\xA2\x8B\x8B\x8Ba\x06\x89V[\x91P\x91P_a\x02\xC5\x83\x8D`@\x01` \x81\x01\x90a\x02\xBE\x91\x90a\x1C\xAFV[\x8B\x8Ba\x08\x10V[\x90Pa\x02\xD5\x81\x8D\x89\x89\x89\x89a\n\x8CV[a\x03\x0BW`@Q\x7F\xC2GhR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x03!a\x03\x17\x84a\x0B\x84V[`\x03\x85\x8F\x86a\x0C6V[PPPPPPPPPPPPV[__a\x03<\x88\x88\x88a\x06\x89V[\x90\x92P\x90P_a\x03R``\x8A\x01`@\x8B\x01a\x1C\xAFV[\x90Pa\x03ga\x03b\x82`\x01a\x1C\xFEV[a\rnV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x03\xBAW`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x03\xEFa\x03b\x83`\x01a\x1C\xFEV[a\x03\xF9\x91\x90a\x1C\xFEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x04GW`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x03\xB1V[_a\x04v\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x89\x89\x89\x89a\x0E&V[\x92PPP\x80\x15a\x04\xBEW`@Q\x7FN\xFF\n^\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x03\xB1V[a\x04\xD5a\x04\xCB\x85\x84a\x11\x9DV[`\x04\x86\x8D\x87a\x0C6V[PPPPPPPPPPV[_\x7F\x0F\xBE\x92\x1Fx\xA1\xE6\xF2n*\x92i\x91MldyX\xB6\xD6\xB5\xA4Yl\xEB7\xEFV\x8E?r\xED\x82_\x01Q\x83` \x01Q\x84`@\x01Q\x85``\x01Q\x86`\x80\x01Q`@Q` \x01a\x05}\x96\x95\x94\x93\x92\x91\x90\x95\x86Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16` \x87\x01R`@\x86\x01\x93\x90\x93R\x92\x16``\x84\x01Rc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x80\x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x82\x01R`\xC0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[`@\x80Q\x7Fg!\x94\x86\xFB\x81\xDE\xB7\xC6\x83\xD2\xE51X*\x91\xE6f\x94\xE1~\xC0u\xA9}\xDB\x86\x9A\xF6\xBC\\\x83` \x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x91\x81\x01\x91\x90\x91R``\x81\x01\x82\x90R_\x90`\x80\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a\x06dWa\x06_F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x13\xE9V[\x90P\x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[_\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x06\xC3` \x87\x01\x87a\x1C\xAFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x07\x1EWa\x06\xDF` \x86\x01\x86a\x1C\xAFV[`@Q\x7FL_7\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x03\xB1V[a\x070a\x02*6\x87\x90\x03\x87\x01\x87a\x1B\xFBV[\x90P_a\x07\xB7a\x07|a\x07Aa\x06\rV[\x84`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x86\x86\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x14\xF2\x92PPPV[P\x90\x93P\x90P_\x81`\x03\x81\x11\x15a\x07\xD0Wa\x07\xD0a\x1D\x1EV[\x14a\x08\x07W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P\x93P\x93\x91PPV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x08Fa\x03b\x86`\x01a\x1C\xFEV[a\x08P\x91\x90a\x1C\xFEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x08\x9EW`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x03\xB1V[_a\x08\xAE6\x85\x90\x03\x85\x01\x85a\x1DKV[\x90P\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\t\x07WP\x85s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\tPW` \x81\x01Q`@Q\x7F\xF3\xC3c\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x03\xB1V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\t{\x81\x83a\x15;V[` \x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\n~W_a\t\x9F6\x86\x90\x03\x86\x01\x86a\x1DKV[\x90P\x82` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81` \x01Q`\x01a\t\xC1\x91\x90a\x1C\xFEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\n)WP\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a\n)WP\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14[\x15a\nrW` \x83\x01Q`@Q\x7F\xF3\xC3c\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x03\xB1V[a\n|\x82\x82a\x15;V[P[P`\xA0\x01Q\x95\x94PPPPPV[_\x80a\n\x9E`\x80\x88\x01``\x89\x01a\x1D\xDCV[c\xFF\xFF\xFF\xFF\x16\x90P\x85\x81\x10\x15a\x0B\x04W\x86` \x015\x85\x14\x15\x80\x15a\n\xFCWPa\n\xFC\x88\x86\x83\x89\x88\x88\x80\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83` \x02\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x16s\x92PPPV[\x91PPa\x0BzV[\x85_\x03a\x0B\x1EW\x87\x15\x80\x15a\n\xFCWP\x82\x15\x91PPa\x0BzV[`\x01\x83\x14\x80\x15a\x0BvWP\x87\x86\x85\x85_\x81\x81\x10a\x0B=Wa\x0B=a\x1D\xF7V[\x90P` \x02\x015`@Q` \x01a\x0B^\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14[\x91PP[\x96\x95PPPPPPV[`@Q\x7F\xB3xU\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16`\x04\x83\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xB3xU\xC8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0C\x12W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x027\x91\x90a\x1E$V[_`\x04\x85`\x04\x81\x11\x15a\x0CKWa\x0CKa\x1D\x1EV[\x14a\x0CvW\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0C\x98V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x83\xD2M\xAA\x87\x87a\x0C\xF0\x88\x87a\x05\x9AV[\x85a\r\x01`\xA0\x8A\x01`\x80\x8B\x01a\x1EDV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003`@Q\x88c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\rE\x97\x96\x95\x94\x93\x92\x91\x90a\x1E_V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\r\\W__\xFD[PZ\xF1\x15\x80\x15a\x04\xD5W=__>=_\xFD[`@Q\x7F\xFAiD\xBC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R_\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\xFAiD\xBC\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\x02W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x027\x91\x90a\x1E\xFDV[____\x89s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0EsW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x97\x91\x90a\x1E\xFDV[\x90P\x85_\x81\x90\x03a\x0E\xF4Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x0E\xE4W`@Q\x7F\xD2\xCFBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___\x94P\x94P\x94PPPa\x11\x91V[_[\x81\x81\x10\x15a\x109W_\x89\x89\x83\x81\x81\x10a\x0F\x11Wa\x0F\x11a\x1D\xF7V[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90a\x0F(\x91\x90a\x1DKV[\x90Pa\x0F>\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16a\x1F\x18V[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x0F\x87W`@Q\x7F\x01\xA2\xB8N\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x03\xB1V[a\x0F\x91\x8D\x82a\x15;V[\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x0F\xB7WPa\x101V[\x80`\xC0\x01Q\x96P\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a\x0F\xFEWP`\xE0\x81\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x10/W`\xE0\x81\x01Q\x95Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x89\x16\x90\x87\x16\x03a\x10/W`\x01\x94P[P[`\x01\x01a\x0E\xF6V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x15\x80\x15\x90a\x10\x91WP\x89g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x88_\x81\x81\x10a\x10kWa\x10ka\x1D\xF7V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a\x10\x84\x91\x90a\x1C\xAFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x10\xD4W`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x03\xB1V[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x8Ag\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x10\xF5\x91\x90a\x1F\x18V[\x14\x15\x80\x15a\x11KWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x88\x88a\x11\x16`\x01\x85a\x1F+V[\x81\x81\x10a\x11%Wa\x11%a\x1D\xF7V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a\x11>\x91\x90a\x1C\xAFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a\x11\x8EW`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x03\xB1V[PP[\x96P\x96P\x96\x93PPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x11\xC8\x84a\x0B\x84V[`@Q\x7FX=#\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R\x90\x92P`\xFF\x83\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90cX=#\xF4\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x12BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x12f\x91\x90a\x1E$V[`\xFF\x16\x14a\x12\xB5W`@Q\x7F\xEA\x9DYe\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R`D\x01a\x03\xB1V[`@Q\x7F\xCC\xD0rv\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01R_\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90c\xCC\xD0rv\x90`$\x01a\x01\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13#W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13G\x91\x90a\x1F\x9DV[\x90P\x80a\x01`\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x80a\x13\x95WP\x80`\x80\x01Q\x80\x15a\x13\x95WP\x80a\x01@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x13\xE1W`@Q\x7F\t\x0B2\xD1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x84\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x01a\x03\xB1V[PP\x92\x91PPV[`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x91\x81\x01\x91\x90\x91R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x91\x81\x01\x91\x90\x91R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R`\x80\x81\x01\x83\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\xA0\x82\x01R_\x90`\xC0\x01a\x05\xEFV[___\x83Q`A\x03a\x15)W` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa\x15\x1B\x88\x82\x85\x85a\x17\xA0V[\x95P\x95P\x95PPPPa\x154V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x02W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16&\x91\x90a \x8DV[\x14a\x16oW` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x03\xB1V[PPV[_\x82\x84\x10a\x16\x82WP_a\x17\x97V[\x84_\x84[`\x01\x81\x11\x15a\x17XW_a\x16\x9B`\x01\x83a\x1F+V[\x88\x14\x80\x15a\x16\xB3WPa\x16\xAF`\x02\x83a \xD1V[`\x01\x14[\x90P\x80a\x17,W\x85Q\x83\x03a\x16\xCEW_\x94PPPPPa\x17\x97V[_\x86\x84a\x16\xDA\x81a \xE4V[\x95P\x81Q\x81\x10a\x16\xECWa\x16\xECa\x1D\xF7V[` \x02` \x01\x01Q\x90P`\x02\x89a\x17\x03\x91\x90a \xD1V[\x15a\x17\x1AW_\x81\x81R` \x86\x90R`@\x90 a\x17(V[_\x85\x81R` \x82\x90R`@\x90 [\x94PP[a\x177`\x02\x89a!\x1BV[\x97P`\x02a\x17F\x83`\x01a\x1F\x18V[a\x17P\x91\x90a!\x1BV[\x91PPa\x16\x86V[\x84Q\x82\x14\x80\x15a\x17\x91WP`@\x80Q` \x81\x01\x88\x90R\x90\x81\x01\x84\x90R\x89\x90``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14[\x93PPPP[\x95\x94PPPPPV[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a\x17\xD9WP_\x91P`\x03\x90P\x82a\x18\x89V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x18*W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x18\x80WP_\x92P`\x01\x91P\x82\x90Pa\x18\x89V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\xB4W__\xFD[PV[\x805a\x18\xC2\x81a\x18\x93V[\x91\x90PV[_`\xA0\x82\x84\x03\x12\x15a\x18\xD7W__\xFD[P\x91\x90PV[__`\xC0\x83\x85\x03\x12\x15a\x18\xEEW__\xFD[\x825a\x18\xF9\x81a\x18\x93V[\x91Pa\x19\x08\x84` \x85\x01a\x18\xC7V[\x90P\x92P\x92\x90PV[_`\xA0\x82\x84\x03\x12\x15a\x19!W__\xFD[a\x024\x83\x83a\x18\xC7V[__\x83`\x1F\x84\x01\x12a\x19;W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19RW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x19iW__\xFD[\x92P\x92\x90PV[_a\x01\0\x82\x84\x03\x12\x15a\x18\xD7W__\xFD[_________a\x03 \x8A\x8C\x03\x12\x15a\x19\x9AW__\xFD[a\x19\xA4\x8B\x8Ba\x18\xC7V[\x98P`\xA0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19\xBFW__\xFD[a\x19\xCB\x8C\x82\x8D\x01a\x19+V[\x90\x99P\x97Pa\x19\xDF\x90P\x8B`\xC0\x8C\x01a\x19pV[\x95Pa\x19\xEF\x8Ba\x01\xC0\x8C\x01a\x19pV[\x94Pa\x02\xC0\x8A\x015\x93Pa\x02\xE0\x8A\x015\x92Pa\x03\0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1A\x1BW__\xFD[\x8A\x01`\x1F\x81\x01\x8C\x13a\x1A+W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1AAW__\xFD[\x8C` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1AUW__\xFD[` \x82\x01\x93P\x80\x92PPP\x92\x95\x98P\x92\x95\x98P\x92\x95\x98V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\xB4W__\xFD[\x805a\x18\xC2\x81a\x1AmV[______a\x01\0\x87\x89\x03\x12\x15a\x1A\xA3W__\xFD[a\x1A\xAD\x88\x88a\x18\xC7V[\x95P`\xA0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1A\xC8W__\xFD[a\x1A\xD4\x89\x82\x8A\x01a\x19+V[\x90\x96P\x94PP`\xC0\x87\x015a\x1A\xE8\x81a\x1AmV[\x92P`\xE0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B\x03W__\xFD[\x87\x01`\x1F\x81\x01\x89\x13a\x1B\x13W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B)W__\xFD[\x89` \x82`\x08\x1B\x84\x01\x01\x11\x15a\x1B=W__\xFD[` \x82\x01\x93P\x80\x92PPP\x92\x95P\x92\x95P\x92\x95V[`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a\x1B\x9BW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x90V[`@Qa\x01\x80\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a\x1B\x9BW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\xB4W__\xFD[_`\xA0\x82\x84\x03\x12\x80\x15a\x1C\x0CW__\xFD[P`@Q`\xA0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a\x1CUW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x825a\x1Cc\x81a\x1AmV[\x81R` \x83\x81\x015\x90\x82\x01R`@\x83\x015a\x1C}\x81a\x1AmV[`@\x82\x01R``\x83\x015a\x1C\x90\x81a\x1B\xEAV[``\x82\x01R`\x80\x83\x015a\x1C\xA3\x81a\x18\x93V[`\x80\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x1C\xBFW__\xFD[\x815a\x1C\xCA\x81a\x1AmV[\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x027Wa\x027a\x1C\xD1V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a\x1D]W__\xFD[Pa\x1Dfa\x1BRV[\x825a\x1Dq\x81a\x1AmV[\x81Ra\x1D\x7F` \x84\x01a\x1A\x82V[` \x82\x01Ra\x1D\x90`@\x84\x01a\x1A\x82V[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra\x1D\xBF`\xC0\x84\x01a\x1A\x82V[`\xC0\x82\x01Ra\x1D\xD0`\xE0\x84\x01a\x18\xB7V[`\xE0\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x1D\xECW__\xFD[\x815a\x1C\xCA\x81a\x1B\xEAV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a\x1E4W__\xFD[\x81Q`\xFF\x81\x16\x81\x14a\x1C\xCAW__\xFD[_` \x82\x84\x03\x12\x15a\x1ETW__\xFD[\x815a\x1C\xCA\x81a\x18\x93V[`\xFF\x88\x16\x81R`\xE0\x81\x01`\x05\x88\x10a\x1E\x9EW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[` \x82\x01\x97\x90\x97R`@\x81\x01\x95\x90\x95R``\x85\x01\x93\x90\x93Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x80\x85\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x84\x01R\x16`\xC0\x90\x91\x01R\x91\x90PV[\x80Qa\x18\xC2\x81a\x1AmV[_` \x82\x84\x03\x12\x15a\x1F\rW__\xFD[\x81Qa\x1C\xCA\x81a\x1AmV[\x80\x82\x01\x80\x82\x11\x15a\x027Wa\x027a\x1C\xD1V[\x81\x81\x03\x81\x81\x11\x15a\x027Wa\x027a\x1C\xD1V[\x80Qa\x18\xC2\x81a\x18\x93V[\x80Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\xC2W__\xFD[\x80Q`\x05\x81\x10a\x18\xC2W__\xFD[\x80Q\x80\x15\x15\x81\x14a\x18\xC2W__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x18\xC2W__\xFD[\x80Qa\x18\xC2\x81a\x1B\xEAV[_a\x01\x80\x82\x84\x03\x12\x80\x15a\x1F\xAFW__\xFD[Pa\x1F\xB8a\x1B\xA1V[a\x1F\xC1\x83a\x1F>V[\x81Ra\x1F\xCF` \x84\x01a\x1FIV[` \x82\x01Ra\x1F\xE0`@\x84\x01a\x1F>V[`@\x82\x01Ra\x1F\xF1``\x84\x01a\x1FdV[``\x82\x01Ra \x02`\x80\x84\x01a\x1FrV[`\x80\x82\x01Ra \x13`\xA0\x84\x01a\x1F\x81V[`\xA0\x82\x01Ra $`\xC0\x84\x01a\x1F\x92V[`\xC0\x82\x01Ra 5`\xE0\x84\x01a\x1F\x92V[`\xE0\x82\x01Ra Ga\x01\0\x84\x01a\x1E\xF2V[a\x01\0\x82\x01Ra Za\x01 \x84\x01a\x1E\xF2V[a\x01 \x82\x01Ra ma\x01@\x84\x01a\x1E\xF2V[a\x01@\x82\x01Ra \x80a\x01`\x84\x01a\x1E\xF2V[a\x01`\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a \x9DW__\xFD[PQ\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82a \xDFWa \xDFa \xA4V[P\x06\x90V[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a!\x14Wa!\x14a\x1C\xD1V[P`\x01\x01\x90V[_\x82a!)Wa!)a \xA4V[P\x04\x90V",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b5060043610610085575f3560e01c8063a26b1b3211610058578063a26b1b32146101b1578063b836f81d146101c4578063d1a648de146101d9578063fb0e722b146101ec575f5ffd5b806326a90bb71461008957806342b53a75146100af5780637b1039991461013e57806386a426631461018a575b5f5ffd5b61009c6100973660046118dd565b610213565b6040519081526020015b60405180910390f35b604080516bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000811682527f0000000000000000000000000000000000000000000000000000000000000000811660208301527f000000000000000000000000000000000000000000000000000000000000000016918101919091526060016100a6565b6101657f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100a6565b61009c7f000000000000000000000000000000000000000000000000000000000000000081565b61009c6101bf366004611911565b61023d565b6101d76101d2366004611981565b610295565b005b6101d76101e7366004611a8d565b61032f565b6101657f000000000000000000000000000000000000000000000000000000000000000081565b5f6102348361022f61022a36869003860186611bfb565b6104e1565b61059a565b90505b92915050565b5f61023761024961060d565b61025b61022a36869003860186611bfb565b6040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f5f6102a28b8b8b610689565b915091505f6102c5838d60400160208101906102be9190611caf565b8b8b610810565b90506102d5818d89898989610a8c565b61030b576040517fc247685200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61032161031784610b84565b6003858f86610c36565b505050505050505050505050565b5f5f61033c888888610689565b90925090505f61035260608a0160408b01611caf565b9050610367610362826001611cfe565b610d6e565b67ffffffffffffffff164310156103ba576040517edd52c800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024015b60405180910390fd5b63ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166103ef610362836001611cfe565b6103f99190611cfe565b67ffffffffffffffff164310610447576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201526024016103b1565b5f6104767f00000000000000000000000000000000000000000000000000000000000000008389898989610e26565b9250505080156104be576040517f4eff0a5e00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff831660048201526024016103b1565b6104d56104cb858461119d565b6004868d87610c36565b50505050505050505050565b5f7f0fbe921f78a1e6f26e2a9269914d6c647958b6d6b5a4596ceb37ef568e3f72ed825f0151836020015184604001518560600151866080015160405160200161057d9695949392919095865267ffffffffffffffff948516602087015260408601939093529216606084015263ffffffff91909116608083015273ffffffffffffffffffffffffffffffffffffffff1660a082015260c00190565b604051602081830303815290604052805190602001209050919050565b604080517f67219486fb81deb7c683d2e531582a91e66694e17ec075a97ddb869af6bc5c83602082015273ffffffffffffffffffffffffffffffffffffffff841691810191909152606081018290525f906080015b60405160208183030381529060405280519060200120905092915050565b5f7f000000000000000000000000000000000000000000000000000000000000000046146106645761065f467f00000000000000000000000000000000000000000000000000000000000000006113e9565b905090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f8067ffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166106c36020870187611caf565b67ffffffffffffffff161461071e576106df6020860186611caf565b6040517f4c5f37de00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016103b1565b61073061022a36879003870187611bfb565b90505f6107b761077c61074161060d565b846040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b86868080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506114f292505050565b5090935090505f8160038111156107d0576107d0611d1e565b14610807576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50935093915050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016610846610362866001611cfe565b6108509190611cfe565b67ffffffffffffffff16431061089e576040517f1bcb7c2500000000000000000000000000000000000000000000000000000000815267ffffffffffffffff851660048201526024016103b1565b5f6108ae36859003850185611d4b565b90508467ffffffffffffffff16816040015167ffffffffffffffff1614158061090757508573ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff1614155b156109505760208101516040517ff3c363a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016103b1565b7f000000000000000000000000000000000000000000000000000000000000000061097b818361153b565b602082015167ffffffffffffffff1615610a7e575f61099f36869003860186611d4b565b9050826020015167ffffffffffffffff16816020015160016109c19190611cfe565b67ffffffffffffffff16141580610a2957508667ffffffffffffffff16816040015167ffffffffffffffff16148015610a2957508773ffffffffffffffffffffffffffffffffffffffff168160e0015173ffffffffffffffffffffffffffffffffffffffff16145b15610a725760208301516040517ff3c363a400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016103b1565b610a7c828261153b565b505b5060a0015195945050505050565b5f80610a9e6080880160608901611ddc565b63ffffffff16905085811015610b045786602001358514158015610afc5750610afc888683898888808060200260200160405190810160405280939291908181526020018383602002808284375f9201919091525061167392505050565b915050610b7a565b855f03610b1e5787158015610afc57508215915050610b7a565b600183148015610b765750878685855f818110610b3d57610b3d611df7565b90506020020135604051602001610b5e929190918252602082015260400190565b60405160208183030381529060405280519060200120145b9150505b9695505050505050565b6040517fb37855c800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff82811660048301525f917f00000000000000000000000000000000000000000000000000000000000000009091169063b37855c890602401602060405180830381865afa158015610c12573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102379190611e24565b5f6004856004811115610c4b57610c4b611d1e565b14610c76577f0000000000000000000000000000000000000000000000000000000000000000610c98565b7f00000000000000000000000000000000000000000000000000000000000000005b6bffffffffffffffffffffffff1690507f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff166383d24daa8787610cf0888761059a565b85610d0160a08a0160808b01611e44565b7f0000000000000000000000000000000000000000000000000000000000000000336040518863ffffffff1660e01b8152600401610d459796959493929190611e5f565b5f604051808303815f87803b158015610d5c575f5ffd5b505af11580156104d5573d5f5f3e3d5ffd5b6040517ffa6944bc00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff821660048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063fa6944bc90602401602060405180830381865afa158015610e02573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906102379190611efd565b5f5f5f5f8973ffffffffffffffffffffffffffffffffffffffff166306f130566040518163ffffffff1660e01b8152600401602060405180830381865afa158015610e73573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610e979190611efd565b9050855f819003610ef45767ffffffffffffffff821615610ee4576040517fd2cf424600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f5f9450945094505050611191565b5f5b81811015611039575f898983818110610f1157610f11611df7565b90506101000201803603810190610f289190611d4b565b9050610f3e8267ffffffffffffffff8d16611f18565b816020015167ffffffffffffffff1614610f87576040517f01a2b84e000000000000000000000000000000000000000000000000000000008152600481018390526024016103b1565b610f918d8261153b565b8b67ffffffffffffffff16816040015167ffffffffffffffff161115610fb75750611031565b8060c0015196508b67ffffffffffffffff16816040015167ffffffffffffffff16148015610ffe575060e081015173ffffffffffffffffffffffffffffffffffffffff1615155b1561102f5760e0810151955073ffffffffffffffffffffffffffffffffffffffff8089169087160361102f57600194505b505b600101610ef6565b5067ffffffffffffffff89161580159061109157508967ffffffffffffffff1688885f81811061106b5761106b611df7565b9050610100020160400160208101906110849190611caf565b67ffffffffffffffff1610155b156110d4576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b1660048201526024016103b1565b8167ffffffffffffffff16818a67ffffffffffffffff166110f59190611f18565b1415801561114b575067ffffffffffffffff8a168888611116600185611f2b565b81811061112557611125611df7565b90506101000201604001602081019061113e9190611caf565b67ffffffffffffffff1611155b1561118e576040517f0ee16aea00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8b1660048201526024016103b1565b50505b96509650969350505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006111c884610b84565b6040517f583d23f400000000000000000000000000000000000000000000000000000000815267ffffffffffffffff8516600482015290925060ff83169073ffffffffffffffffffffffffffffffffffffffff83169063583d23f490602401602060405180830381865afa158015611242573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906112669190611e24565b60ff16146112b5576040517fea9d596500000000000000000000000000000000000000000000000000000000815260ff8316600482015267ffffffffffffffff841660248201526044016103b1565b6040517fccd0727600000000000000000000000000000000000000000000000000000000815260ff831660048201525f9073ffffffffffffffffffffffffffffffffffffffff83169063ccd072769060240161018060405180830381865afa158015611323573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906113479190611f9d565b905080610160015167ffffffffffffffff168467ffffffffffffffff161080611395575080608001518015611395575080610140015167ffffffffffffffff168467ffffffffffffffff1610155b156113e1576040517f090b32d100000000000000000000000000000000000000000000000000000000815260ff8416600482015267ffffffffffffffff851660248201526044016103b1565b505092915050565b604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f918101919091527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae918101919091527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201526080810183905273ffffffffffffffffffffffffffffffffffffffff821660a08201525f9060c0016105ef565b5f5f5f8351604103611529576020840151604085015160608601515f1a61151b888285856117a0565b955095509550505050611534565b505081515f91506002905b9250925092565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0810180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915260208201516040517f705cad1300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff909116600482015273ffffffffffffffffffffffffffffffffffffffff84169063705cad1390602401602060405180830381865afa158015611602573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190611626919061208d565b1461166f5760208101516040517f6b5aad3a00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff90911660048201526024016103b1565b5050565b5f82841061168257505f611797565b845f845b6001811115611758575f61169b600183611f2b565b881480156116b357506116af6002836120d1565b6001145b90508061172c57855183036116ce575f945050505050611797565b5f86846116da816120e4565b9550815181106116ec576116ec611df7565b6020026020010151905060028961170391906120d1565b1561171a575f818152602086905260409020611728565b5f8581526020829052604090205b9450505b61173760028961211b565b97506002611746836001611f18565b611750919061211b565b915050611686565b84518214801561179157506040805160208101889052908101849052899060600160405160208183030381529060405280519060200120145b93505050505b95945050505050565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a08411156117d957505f91506003905082611889565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa15801561182a573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff811661188057505f925060019150829050611889565b92505f91508190505b9450945094915050565b73ffffffffffffffffffffffffffffffffffffffff811681146118b4575f5ffd5b50565b80356118c281611893565b919050565b5f60a082840312156118d7575f5ffd5b50919050565b5f5f60c083850312156118ee575f5ffd5b82356118f981611893565b915061190884602085016118c7565b90509250929050565b5f60a08284031215611921575f5ffd5b61023483836118c7565b5f5f83601f84011261193b575f5ffd5b50813567ffffffffffffffff811115611952575f5ffd5b602083019150836020828501011115611969575f5ffd5b9250929050565b5f61010082840312156118d7575f5ffd5b5f5f5f5f5f5f5f5f5f6103208a8c03121561199a575f5ffd5b6119a48b8b6118c7565b985060a08a013567ffffffffffffffff8111156119bf575f5ffd5b6119cb8c828d0161192b565b90995097506119df90508b60c08c01611970565b95506119ef8b6101c08c01611970565b94506102c08a013593506102e08a013592506103008a013567ffffffffffffffff811115611a1b575f5ffd5b8a01601f81018c13611a2b575f5ffd5b803567ffffffffffffffff811115611a41575f5ffd5b8c60208260051b8401011115611a55575f5ffd5b60208201935080925050509295985092959850929598565b67ffffffffffffffff811681146118b4575f5ffd5b80356118c281611a6d565b5f5f5f5f5f5f6101008789031215611aa3575f5ffd5b611aad88886118c7565b955060a087013567ffffffffffffffff811115611ac8575f5ffd5b611ad489828a0161192b565b90965094505060c0870135611ae881611a6d565b925060e087013567ffffffffffffffff811115611b03575f5ffd5b8701601f81018913611b13575f5ffd5b803567ffffffffffffffff811115611b29575f5ffd5b8960208260081b8401011115611b3d575f5ffd5b60208201935080925050509295509295509295565b604051610100810167ffffffffffffffff81118282101715611b9b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b60405290565b604051610180810167ffffffffffffffff81118282101715611b9b577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b63ffffffff811681146118b4575f5ffd5b5f60a0828403128015611c0c575f5ffd5b5060405160a0810167ffffffffffffffff81118282101715611c55577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6040528235611c6381611a6d565b8152602083810135908201526040830135611c7d81611a6d565b60408201526060830135611c9081611bea565b60608201526080830135611ca381611893565b60808201529392505050565b5f60208284031215611cbf575f5ffd5b8135611cca81611a6d565b9392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b67ffffffffffffffff818116838216019081111561023757610237611cd1565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b5f610100828403128015611d5d575f5ffd5b50611d66611b52565b8235611d7181611a6d565b8152611d7f60208401611a82565b6020820152611d9060408401611a82565b6040820152606083810135908201526080808401359082015260a08084013590820152611dbf60c08401611a82565b60c0820152611dd060e084016118b7565b60e08201529392505050565b5f60208284031215611dec575f5ffd5b8135611cca81611bea565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b5f60208284031215611e34575f5ffd5b815160ff81168114611cca575f5ffd5b5f60208284031215611e54575f5ffd5b8135611cca81611893565b60ff8816815260e0810160058810611e9e577f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b60208201979097526040810195909552606085019390935273ffffffffffffffffffffffffffffffffffffffff91821660808501526bffffffffffffffffffffffff1660a08401521660c090910152919050565b80516118c281611a6d565b5f60208284031215611f0d575f5ffd5b8151611cca81611a6d565b8082018082111561023757610237611cd1565b8181038181111561023757610237611cd1565b80516118c281611893565b80516bffffffffffffffffffffffff811681146118c2575f5ffd5b8051600581106118c2575f5ffd5b805180151581146118c2575f5ffd5b805161ffff811681146118c2575f5ffd5b80516118c281611bea565b5f610180828403128015611faf575f5ffd5b50611fb8611ba1565b611fc183611f3e565b8152611fcf60208401611f49565b6020820152611fe060408401611f3e565b6040820152611ff160608401611f64565b606082015261200260808401611f72565b608082015261201360a08401611f81565b60a082015261202460c08401611f92565b60c082015261203560e08401611f92565b60e08201526120476101008401611ef2565b61010082015261205a6101208401611ef2565b61012082015261206d6101408401611ef2565b6101408201526120806101608401611ef2565b6101608201529392505050565b5f6020828403121561209d575f5ffd5b5051919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f826120df576120df6120a4565b500690565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff820361211457612114611cd1565b5060010190565b5f82612129576121296120a4565b50049056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0\x85W_5`\xE0\x1C\x80c\xA2k\x1B2\x11a\0XW\x80c\xA2k\x1B2\x14a\x01\xB1W\x80c\xB86\xF8\x1D\x14a\x01\xC4W\x80c\xD1\xA6H\xDE\x14a\x01\xD9W\x80c\xFB\x0Er+\x14a\x01\xECW__\xFD[\x80c&\xA9\x0B\xB7\x14a\0\x89W\x80cB\xB5:u\x14a\0\xAFW\x80c{\x109\x99\x14a\x01>W\x80c\x86\xA4&c\x14a\x01\x8AW[__\xFD[a\0\x9Ca\0\x976`\x04a\x18\xDDV[a\x02\x13V[`@Q\x90\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[`@\x80Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16` \x83\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91\x81\x01\x91\x90\x91R``\x01a\0\xA6V[a\x01e\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\0\xA6V[a\0\x9C\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\0\x9Ca\x01\xBF6`\x04a\x19\x11V[a\x02=V[a\x01\xD7a\x01\xD26`\x04a\x19\x81V[a\x02\x95V[\0[a\x01\xD7a\x01\xE76`\x04a\x1A\x8DV[a\x03/V[a\x01e\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[_a\x024\x83a\x02/a\x02*6\x86\x90\x03\x86\x01\x86a\x1B\xFBV[a\x04\xE1V[a\x05\x9AV[\x90P[\x92\x91PPV[_a\x027a\x02Ia\x06\rV[a\x02[a\x02*6\x86\x90\x03\x86\x01\x86a\x1B\xFBV[`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[__a\x02\xA2\x8B\x8B\x8Ba\x06\x89V[\x91P\x91P_a\x02\xC5\x83\x8D`@\x01` \x81\x01\x90a\x02\xBE\x91\x90a\x1C\xAFV[\x8B\x8Ba\x08\x10V[\x90Pa\x02\xD5\x81\x8D\x89\x89\x89\x89a\n\x8CV[a\x03\x0BW`@Q\x7F\xC2GhR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x03!a\x03\x17\x84a\x0B\x84V[`\x03\x85\x8F\x86a\x0C6V[PPPPPPPPPPPPV[__a\x03<\x88\x88\x88a\x06\x89V[\x90\x92P\x90P_a\x03R``\x8A\x01`@\x8B\x01a\x1C\xAFV[\x90Pa\x03ga\x03b\x82`\x01a\x1C\xFEV[a\rnV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x03\xBAW`@Q~\xDDR\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x03\xEFa\x03b\x83`\x01a\x1C\xFEV[a\x03\xF9\x91\x90a\x1C\xFEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x04GW`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x03\xB1V[_a\x04v\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x89\x89\x89\x89a\x0E&V[\x92PPP\x80\x15a\x04\xBEW`@Q\x7FN\xFF\n^\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16`\x04\x82\x01R`$\x01a\x03\xB1V[a\x04\xD5a\x04\xCB\x85\x84a\x11\x9DV[`\x04\x86\x8D\x87a\x0C6V[PPPPPPPPPPV[_\x7F\x0F\xBE\x92\x1Fx\xA1\xE6\xF2n*\x92i\x91MldyX\xB6\xD6\xB5\xA4Yl\xEB7\xEFV\x8E?r\xED\x82_\x01Q\x83` \x01Q\x84`@\x01Q\x85``\x01Q\x86`\x80\x01Q`@Q` \x01a\x05}\x96\x95\x94\x93\x92\x91\x90\x95\x86Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x94\x85\x16` \x87\x01R`@\x86\x01\x93\x90\x93R\x92\x16``\x84\x01Rc\xFF\xFF\xFF\xFF\x91\x90\x91\x16`\x80\x83\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x82\x01R`\xC0\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x91\x90PV[`@\x80Q\x7Fg!\x94\x86\xFB\x81\xDE\xB7\xC6\x83\xD2\xE51X*\x91\xE6f\x94\xE1~\xC0u\xA9}\xDB\x86\x9A\xF6\xBC\\\x83` \x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x91\x81\x01\x91\x90\x91R``\x81\x01\x82\x90R_\x90`\x80\x01[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x92\x91PPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a\x06dWa\x06_F\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x13\xE9V[\x90P\x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[_\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x06\xC3` \x87\x01\x87a\x1C\xAFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x07\x1EWa\x06\xDF` \x86\x01\x86a\x1C\xAFV[`@Q\x7FL_7\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x03\xB1V[a\x070a\x02*6\x87\x90\x03\x87\x01\x87a\x1B\xFBV[\x90P_a\x07\xB7a\x07|a\x07Aa\x06\rV[\x84`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x86\x86\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x14\xF2\x92PPPV[P\x90\x93P\x90P_\x81`\x03\x81\x11\x15a\x07\xD0Wa\x07\xD0a\x1D\x1EV[\x14a\x08\x07W`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[P\x93P\x93\x91PPV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x08Fa\x03b\x86`\x01a\x1C\xFEV[a\x08P\x91\x90a\x1C\xFEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10a\x08\x9EW`@Q\x7F\x1B\xCB|%\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\x03\xB1V[_a\x08\xAE6\x85\x90\x03\x85\x01\x85a\x1DKV[\x90P\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\t\x07WP\x85s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\tPW` \x81\x01Q`@Q\x7F\xF3\xC3c\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x03\xB1V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\t{\x81\x83a\x15;V[` \x82\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15a\n~W_a\t\x9F6\x86\x90\x03\x86\x01\x86a\x1DKV[\x90P\x82` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81` \x01Q`\x01a\t\xC1\x91\x90a\x1C\xFEV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\n)WP\x86g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a\n)WP\x87s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`\xE0\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14[\x15a\nrW` \x83\x01Q`@Q\x7F\xF3\xC3c\xA4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x03\xB1V[a\n|\x82\x82a\x15;V[P[P`\xA0\x01Q\x95\x94PPPPPV[_\x80a\n\x9E`\x80\x88\x01``\x89\x01a\x1D\xDCV[c\xFF\xFF\xFF\xFF\x16\x90P\x85\x81\x10\x15a\x0B\x04W\x86` \x015\x85\x14\x15\x80\x15a\n\xFCWPa\n\xFC\x88\x86\x83\x89\x88\x88\x80\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83` \x02\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x16s\x92PPPV[\x91PPa\x0BzV[\x85_\x03a\x0B\x1EW\x87\x15\x80\x15a\n\xFCWP\x82\x15\x91PPa\x0BzV[`\x01\x83\x14\x80\x15a\x0BvWP\x87\x86\x85\x85_\x81\x81\x10a\x0B=Wa\x0B=a\x1D\xF7V[\x90P` \x02\x015`@Q` \x01a\x0B^\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14[\x91PP[\x96\x95PPPPPPV[`@Q\x7F\xB3xU\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16`\x04\x83\x01R_\x91\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x16\x90c\xB3xU\xC8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0C\x12W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x027\x91\x90a\x1E$V[_`\x04\x85`\x04\x81\x11\x15a\x0CKWa\x0CKa\x1D\x1EV[\x14a\x0CvW\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x0C\x98V[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x83\xD2M\xAA\x87\x87a\x0C\xF0\x88\x87a\x05\x9AV[\x85a\r\x01`\xA0\x8A\x01`\x80\x8B\x01a\x1EDV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x003`@Q\x88c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01a\rE\x97\x96\x95\x94\x93\x92\x91\x90a\x1E_V[_`@Q\x80\x83\x03\x81_\x87\x80;\x15\x80\x15a\r\\W__\xFD[PZ\xF1\x15\x80\x15a\x04\xD5W=__>=_\xFD[`@Q\x7F\xFAiD\xBC\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R_\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\xFAiD\xBC\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\x02W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x027\x91\x90a\x1E\xFDV[____\x89s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c\x06\xF10V`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0EsW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\x97\x91\x90a\x1E\xFDV[\x90P\x85_\x81\x90\x03a\x0E\xF4Wg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x0E\xE4W`@Q\x7F\xD2\xCFBF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[___\x94P\x94P\x94PPPa\x11\x91V[_[\x81\x81\x10\x15a\x109W_\x89\x89\x83\x81\x81\x10a\x0F\x11Wa\x0F\x11a\x1D\xF7V[\x90Pa\x01\0\x02\x01\x806\x03\x81\x01\x90a\x0F(\x91\x90a\x1DKV[\x90Pa\x0F>\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8D\x16a\x1F\x18V[\x81` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14a\x0F\x87W`@Q\x7F\x01\xA2\xB8N\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x03\xB1V[a\x0F\x91\x8D\x82a\x15;V[\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\x0F\xB7WPa\x101V[\x80`\xC0\x01Q\x96P\x8Bg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x80\x15a\x0F\xFEWP`\xE0\x81\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x15\x15[\x15a\x10/W`\xE0\x81\x01Q\x95Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x89\x16\x90\x87\x16\x03a\x10/W`\x01\x94P[P[`\x01\x01a\x0E\xF6V[Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x89\x16\x15\x80\x15\x90a\x10\x91WP\x89g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x88\x88_\x81\x81\x10a\x10kWa\x10ka\x1D\xF7V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a\x10\x84\x91\x90a\x1C\xAFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x10\xD4W`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x03\xB1V[\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81\x8Ag\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x10\xF5\x91\x90a\x1F\x18V[\x14\x15\x80\x15a\x11KWPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x88\x88a\x11\x16`\x01\x85a\x1F+V[\x81\x81\x10a\x11%Wa\x11%a\x1D\xF7V[\x90Pa\x01\0\x02\x01`@\x01` \x81\x01\x90a\x11>\x91\x90a\x1C\xAFV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15[\x15a\x11\x8EW`@Q\x7F\x0E\xE1j\xEA\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8B\x16`\x04\x82\x01R`$\x01a\x03\xB1V[PP[\x96P\x96P\x96\x93PPPPV[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x11\xC8\x84a\x0B\x84V[`@Q\x7FX=#\xF4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R\x90\x92P`\xFF\x83\x16\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90cX=#\xF4\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x12BW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x12f\x91\x90a\x1E$V[`\xFF\x16\x14a\x12\xB5W`@Q\x7F\xEA\x9DYe\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`$\x82\x01R`D\x01a\x03\xB1V[`@Q\x7F\xCC\xD0rv\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x83\x16`\x04\x82\x01R_\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90c\xCC\xD0rv\x90`$\x01a\x01\x80`@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x13#W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x13G\x91\x90a\x1F\x9DV[\x90P\x80a\x01`\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x80a\x13\x95WP\x80`\x80\x01Q\x80\x15a\x13\x95WP\x80a\x01@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15[\x15a\x13\xE1W`@Q\x7F\t\x0B2\xD1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x84\x16`\x04\x82\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16`$\x82\x01R`D\x01a\x03\xB1V[PP\x92\x91PPV[`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x91\x81\x01\x91\x90\x91R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x91\x81\x01\x91\x90\x91R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R`\x80\x81\x01\x83\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\xA0\x82\x01R_\x90`\xC0\x01a\x05\xEFV[___\x83Q`A\x03a\x15)W` \x84\x01Q`@\x85\x01Q``\x86\x01Q_\x1Aa\x15\x1B\x88\x82\x85\x85a\x17\xA0V[\x95P\x95P\x95PPPPa\x154V[PP\x81Q_\x91P`\x02\x90[\x92P\x92P\x92V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R` \x82\x01Q`@Q\x7Fp\\\xAD\x13\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x90cp\\\xAD\x13\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16\x02W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16&\x91\x90a \x8DV[\x14a\x16oW` \x81\x01Q`@Q\x7FkZ\xAD:\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x03\xB1V[PPV[_\x82\x84\x10a\x16\x82WP_a\x17\x97V[\x84_\x84[`\x01\x81\x11\x15a\x17XW_a\x16\x9B`\x01\x83a\x1F+V[\x88\x14\x80\x15a\x16\xB3WPa\x16\xAF`\x02\x83a \xD1V[`\x01\x14[\x90P\x80a\x17,W\x85Q\x83\x03a\x16\xCEW_\x94PPPPPa\x17\x97V[_\x86\x84a\x16\xDA\x81a \xE4V[\x95P\x81Q\x81\x10a\x16\xECWa\x16\xECa\x1D\xF7V[` \x02` \x01\x01Q\x90P`\x02\x89a\x17\x03\x91\x90a \xD1V[\x15a\x17\x1AW_\x81\x81R` \x86\x90R`@\x90 a\x17(V[_\x85\x81R` \x82\x90R`@\x90 [\x94PP[a\x177`\x02\x89a!\x1BV[\x97P`\x02a\x17F\x83`\x01a\x1F\x18V[a\x17P\x91\x90a!\x1BV[\x91PPa\x16\x86V[\x84Q\x82\x14\x80\x15a\x17\x91WP`@\x80Q` \x81\x01\x88\x90R\x90\x81\x01\x84\x90R\x89\x90``\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14[\x93PPPP[\x95\x94PPPPPV[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a\x17\xD9WP_\x91P`\x03\x90P\x82a\x18\x89V[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a\x18*W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x18\x80WP_\x92P`\x01\x91P\x82\x90Pa\x18\x89V[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\xB4W__\xFD[PV[\x805a\x18\xC2\x81a\x18\x93V[\x91\x90PV[_`\xA0\x82\x84\x03\x12\x15a\x18\xD7W__\xFD[P\x91\x90PV[__`\xC0\x83\x85\x03\x12\x15a\x18\xEEW__\xFD[\x825a\x18\xF9\x81a\x18\x93V[\x91Pa\x19\x08\x84` \x85\x01a\x18\xC7V[\x90P\x92P\x92\x90PV[_`\xA0\x82\x84\x03\x12\x15a\x19!W__\xFD[a\x024\x83\x83a\x18\xC7V[__\x83`\x1F\x84\x01\x12a\x19;W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19RW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a\x19iW__\xFD[\x92P\x92\x90PV[_a\x01\0\x82\x84\x03\x12\x15a\x18\xD7W__\xFD[_________a\x03 \x8A\x8C\x03\x12\x15a\x19\x9AW__\xFD[a\x19\xA4\x8B\x8Ba\x18\xC7V[\x98P`\xA0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x19\xBFW__\xFD[a\x19\xCB\x8C\x82\x8D\x01a\x19+V[\x90\x99P\x97Pa\x19\xDF\x90P\x8B`\xC0\x8C\x01a\x19pV[\x95Pa\x19\xEF\x8Ba\x01\xC0\x8C\x01a\x19pV[\x94Pa\x02\xC0\x8A\x015\x93Pa\x02\xE0\x8A\x015\x92Pa\x03\0\x8A\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1A\x1BW__\xFD[\x8A\x01`\x1F\x81\x01\x8C\x13a\x1A+W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1AAW__\xFD[\x8C` \x82`\x05\x1B\x84\x01\x01\x11\x15a\x1AUW__\xFD[` \x82\x01\x93P\x80\x92PPP\x92\x95\x98P\x92\x95\x98P\x92\x95\x98V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\xB4W__\xFD[\x805a\x18\xC2\x81a\x1AmV[______a\x01\0\x87\x89\x03\x12\x15a\x1A\xA3W__\xFD[a\x1A\xAD\x88\x88a\x18\xC7V[\x95P`\xA0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1A\xC8W__\xFD[a\x1A\xD4\x89\x82\x8A\x01a\x19+V[\x90\x96P\x94PP`\xC0\x87\x015a\x1A\xE8\x81a\x1AmV[\x92P`\xE0\x87\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B\x03W__\xFD[\x87\x01`\x1F\x81\x01\x89\x13a\x1B\x13W__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x1B)W__\xFD[\x89` \x82`\x08\x1B\x84\x01\x01\x11\x15a\x1B=W__\xFD[` \x82\x01\x93P\x80\x92PPP\x92\x95P\x92\x95P\x92\x95V[`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a\x1B\x9BW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x90V[`@Qa\x01\x80\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a\x1B\x9BW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\xB4W__\xFD[_`\xA0\x82\x84\x03\x12\x80\x15a\x1C\x0CW__\xFD[P`@Q`\xA0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a\x1CUW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@R\x825a\x1Cc\x81a\x1AmV[\x81R` \x83\x81\x015\x90\x82\x01R`@\x83\x015a\x1C}\x81a\x1AmV[`@\x82\x01R``\x83\x015a\x1C\x90\x81a\x1B\xEAV[``\x82\x01R`\x80\x83\x015a\x1C\xA3\x81a\x18\x93V[`\x80\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x1C\xBFW__\xFD[\x815a\x1C\xCA\x81a\x1AmV[\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x027Wa\x027a\x1C\xD1V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a\x1D]W__\xFD[Pa\x1Dfa\x1BRV[\x825a\x1Dq\x81a\x1AmV[\x81Ra\x1D\x7F` \x84\x01a\x1A\x82V[` \x82\x01Ra\x1D\x90`@\x84\x01a\x1A\x82V[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra\x1D\xBF`\xC0\x84\x01a\x1A\x82V[`\xC0\x82\x01Ra\x1D\xD0`\xE0\x84\x01a\x18\xB7V[`\xE0\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a\x1D\xECW__\xFD[\x815a\x1C\xCA\x81a\x1B\xEAV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[_` \x82\x84\x03\x12\x15a\x1E4W__\xFD[\x81Q`\xFF\x81\x16\x81\x14a\x1C\xCAW__\xFD[_` \x82\x84\x03\x12\x15a\x1ETW__\xFD[\x815a\x1C\xCA\x81a\x18\x93V[`\xFF\x88\x16\x81R`\xE0\x81\x01`\x05\x88\x10a\x1E\x9EW\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[` \x82\x01\x97\x90\x97R`@\x81\x01\x95\x90\x95R``\x85\x01\x93\x90\x93Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x80\x85\x01Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x84\x01R\x16`\xC0\x90\x91\x01R\x91\x90PV[\x80Qa\x18\xC2\x81a\x1AmV[_` \x82\x84\x03\x12\x15a\x1F\rW__\xFD[\x81Qa\x1C\xCA\x81a\x1AmV[\x80\x82\x01\x80\x82\x11\x15a\x027Wa\x027a\x1C\xD1V[\x81\x81\x03\x81\x81\x11\x15a\x027Wa\x027a\x1C\xD1V[\x80Qa\x18\xC2\x81a\x18\x93V[\x80Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x18\xC2W__\xFD[\x80Q`\x05\x81\x10a\x18\xC2W__\xFD[\x80Q\x80\x15\x15\x81\x14a\x18\xC2W__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x18\xC2W__\xFD[\x80Qa\x18\xC2\x81a\x1B\xEAV[_a\x01\x80\x82\x84\x03\x12\x80\x15a\x1F\xAFW__\xFD[Pa\x1F\xB8a\x1B\xA1V[a\x1F\xC1\x83a\x1F>V[\x81Ra\x1F\xCF` \x84\x01a\x1FIV[` \x82\x01Ra\x1F\xE0`@\x84\x01a\x1F>V[`@\x82\x01Ra\x1F\xF1``\x84\x01a\x1FdV[``\x82\x01Ra \x02`\x80\x84\x01a\x1FrV[`\x80\x82\x01Ra \x13`\xA0\x84\x01a\x1F\x81V[`\xA0\x82\x01Ra $`\xC0\x84\x01a\x1F\x92V[`\xC0\x82\x01Ra 5`\xE0\x84\x01a\x1F\x92V[`\xE0\x82\x01Ra Ga\x01\0\x84\x01a\x1E\xF2V[a\x01\0\x82\x01Ra Za\x01 \x84\x01a\x1E\xF2V[a\x01 \x82\x01Ra ma\x01@\x84\x01a\x1E\xF2V[a\x01@\x82\x01Ra \x80a\x01`\x84\x01a\x1E\xF2V[a\x01`\x82\x01R\x93\x92PPPV[_` \x82\x84\x03\x12\x15a \x9DW__\xFD[PQ\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_\x82a \xDFWa \xDFa \xA4V[P\x06\x90V[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a!\x14Wa!\x14a\x1C\xD1V[P`\x01\x01\x90V[_\x82a!)Wa!)a \xA4V[P\x04\x90V",
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
    /**Function with signature `penalties()` and selector `0x42b53a75`.
    ```solidity
    function penalties() external view returns (uint96, uint96, uint96);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct penaltiesCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`penalties()`](penaltiesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct penaltiesReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub _1: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub _2: alloy::sol_types::private::primitives::aliases::U96,
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
            impl ::core::convert::From<penaltiesCall> for UnderlyingRustTuple<'_> {
                fn from(value: penaltiesCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for penaltiesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<96>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::primitives::aliases::U96,
                alloy::sol_types::private::primitives::aliases::U96,
                alloy::sol_types::private::primitives::aliases::U96,
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
            impl ::core::convert::From<penaltiesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: penaltiesReturn) -> Self {
                    (value._0, value._1, value._2)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for penaltiesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0, _1: tuple.1, _2: tuple.2 }
                }
            }
        }
        impl penaltiesReturn {
            fn _tokenize(&self) -> <penaltiesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(&self._0),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(&self._1),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(&self._2),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for penaltiesCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = penaltiesReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<96>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "penalties()";
            const SELECTOR: [u8; 4] = [66u8, 181u8, 58u8, 117u8];
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
                penaltiesReturn::_tokenize(ret)
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
        inbox(inboxCall),
        #[allow(missing_docs)]
        paramsHash(paramsHashCall),
        #[allow(missing_docs)]
        penalties(penaltiesCall),
        #[allow(missing_docs)]
        receiptDigest(receiptDigestCall),
        #[allow(missing_docs)]
        receiptEvidence(receiptEvidenceCall),
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
            [38u8, 169u8, 11u8, 183u8],
            [66u8, 181u8, 58u8, 117u8],
            [123u8, 16u8, 57u8, 153u8],
            [134u8, 164u8, 38u8, 99u8],
            [162u8, 107u8, 27u8, 50u8],
            [184u8, 54u8, 248u8, 29u8],
            [209u8, 166u8, 72u8, 222u8],
            [251u8, 14u8, 114u8, 43u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(receiptEvidence),
            ::core::stringify!(penalties),
            ::core::stringify!(registry),
            ::core::stringify!(paramsHash),
            ::core::stringify!(receiptDigest),
            ::core::stringify!(slashContradictedReceipt),
            ::core::stringify!(slashUnkeptReceipt),
            ::core::stringify!(inbox),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <receiptEvidenceCall as alloy_sol_types::SolCall>::SIGNATURE,
            <penaltiesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paramsHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <receiptDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashContradictedReceiptCall as alloy_sol_types::SolCall>::SIGNATURE,
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
        const COUNT: usize = 8usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::inbox(_) => <inboxCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::paramsHash(_) => <paramsHashCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::penalties(_) => <penaltiesCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::receiptDigest(_) => <receiptDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::receiptEvidence(_) => <receiptEvidenceCall as alloy_sol_types::SolCall>::SELECTOR,
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
                    fn receiptEvidence(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <receiptEvidenceCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::receiptEvidence)
                    }
                    receiptEvidence
                },
                {
                    fn penalties(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <penaltiesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(InclusionReceiptsCalls::penalties)
                    }
                    penalties
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
                    fn receiptEvidence(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <receiptEvidenceCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::receiptEvidence)
                    }
                    receiptEvidence
                },
                {
                    fn penalties(data: &[u8]) -> alloy_sol_types::Result<InclusionReceiptsCalls> {
                        <penaltiesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(InclusionReceiptsCalls::penalties)
                    }
                    penalties
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
                Self::inbox(inner) => <inboxCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::paramsHash(inner) => {
                    <paramsHashCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::penalties(inner) => {
                    <penaltiesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::receiptDigest(inner) => {
                    <receiptDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::receiptEvidence(inner) => {
                    <receiptEvidenceCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
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
                Self::inbox(inner) => <inboxCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::paramsHash(inner) => {
                    <paramsHashCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::penalties(inner) => {
                    <penaltiesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::receiptDigest(inner) => {
                    <receiptDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::receiptEvidence(inner) => {
                    <receiptEvidenceCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
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
        ///Creates a new call builder for the [`inbox`] function.
        pub fn inbox(&self) -> alloy_contract::SolCallBuilder<&P, inboxCall, N> {
            self.call_builder(&inboxCall)
        }
        ///Creates a new call builder for the [`paramsHash`] function.
        pub fn paramsHash(&self) -> alloy_contract::SolCallBuilder<&P, paramsHashCall, N> {
            self.call_builder(&paramsHashCall)
        }
        ///Creates a new call builder for the [`penalties`] function.
        pub fn penalties(&self) -> alloy_contract::SolCallBuilder<&P, penaltiesCall, N> {
            self.call_builder(&penaltiesCall)
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
