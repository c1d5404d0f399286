///Module containing a contract's types and functions.
/**

```solidity
library ICommitteeCertificates {
    struct Attestation { uint64 batchNumber; uint64 slot; bytes32 parentHash; bytes32 headerHash; }
    struct Certificate { uint96 signers; bytes signature; }
    struct Certified { Attestation attestation; Certificate certificate; bytes[] absentKeys; }
    struct Committee { uint96 members; uint96 keyed; bytes32 keysHash; bytes aggregateKey; }
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod ICommitteeCertificates {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**```solidity
    struct Attestation { uint64 batchNumber; uint64 slot; bytes32 parentHash; bytes32 headerHash; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Attestation {
        #[allow(missing_docs)]
        pub batchNumber: u64,
        #[allow(missing_docs)]
        pub slot: u64,
        #[allow(missing_docs)]
        pub parentHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub headerHash: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::Uint<64>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::FixedBytes<32>,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (u64, u64, alloy::sol_types::private::FixedBytes<32>, alloy::sol_types::private::FixedBytes<32>);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Attestation> for UnderlyingRustTuple<'_> {
            fn from(value: Attestation) -> Self {
                (value.batchNumber, value.slot, value.parentHash, value.headerHash)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Attestation {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { batchNumber: tuple.0, slot: tuple.1, parentHash: tuple.2, headerHash: tuple.3 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Attestation {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Attestation {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.batchNumber,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.slot),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.parentHash,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.headerHash,
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
        impl alloy_sol_types::SolType for Attestation {
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
        impl alloy_sol_types::SolStruct for Attestation {
            const NAME: &'static str = "Attestation";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Attestation(uint64 batchNumber,uint64 slot,bytes32 parentHash,bytes32 headerHash)",
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
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.headerHash)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Attestation {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
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
                        &rust.headerHash,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
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
                    &rust.headerHash,
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
    struct Certificate { uint96 signers; bytes signature; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Certificate {
        #[allow(missing_docs)]
        pub signers: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub signature: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Uint<96>, alloy::sol_types::sol_data::Bytes);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::primitives::aliases::U96, alloy::sol_types::private::Bytes);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<Certificate> for UnderlyingRustTuple<'_> {
            fn from(value: Certificate) -> Self {
                (value.signers, value.signature)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Certificate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signers: tuple.0, signature: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Certificate {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Certificate {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.signers,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.signature,
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
        impl alloy_sol_types::SolType for Certificate {
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
        impl alloy_sol_types::SolStruct for Certificate {
            const NAME: &'static str = "Certificate";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed("Certificate(uint96 signers,bytes signature)")
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
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::eip712_data_word(
                        &self.signers,
                    )
                    .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                        &self.signature,
                    )
                    .0,
                ]
                .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Certificate {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signers,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.signature,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signers,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.signature,
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
    struct Certified { Attestation attestation; Certificate certificate; bytes[] absentKeys; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Certified {
        #[allow(missing_docs)]
        pub attestation: <Attestation as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub certificate: <Certificate as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub absentKeys: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (Attestation, Certificate, alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            <Attestation as alloy::sol_types::SolType>::RustType,
            <Certificate as alloy::sol_types::SolType>::RustType,
            alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
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
        impl ::core::convert::From<Certified> for UnderlyingRustTuple<'_> {
            fn from(value: Certified) -> Self {
                (value.attestation, value.certificate, value.absentKeys)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Certified {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { attestation: tuple.0, certificate: tuple.1, absentKeys: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Certified {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Certified {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <Attestation as alloy_sol_types::SolType>::tokenize(
                        &self.attestation,
                    ),
                    <Certificate as alloy_sol_types::SolType>::tokenize(
                        &self.certificate,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.absentKeys),
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
        impl alloy_sol_types::SolType for Certified {
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
        impl alloy_sol_types::SolStruct for Certified {
            const NAME: &'static str = "Certified";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Certified(Attestation attestation,Certificate certificate,bytes[] absentKeys)",
                )
            }
            #[inline]
            fn eip712_components(
            ) -> alloy_sol_types::private::Vec<alloy_sol_types::private::Cow<'static, str>> {
                let mut components = alloy_sol_types::private::Vec::with_capacity(2);
                components.push(<Attestation as alloy_sol_types::SolStruct>::eip712_root_type());
                components.extend(<Attestation as alloy_sol_types::SolStruct>::eip712_components());
                components.push(<Certificate as alloy_sol_types::SolStruct>::eip712_root_type());
                components.extend(<Certificate as alloy_sol_types::SolStruct>::eip712_components());
                components
            }
            #[inline]
            fn eip712_encode_data(&self) -> alloy_sol_types::private::Vec<u8> {
                [
                    <Attestation as alloy_sol_types::SolType>::eip712_data_word(
                            &self.attestation,
                        )
                        .0,
                    <Certificate as alloy_sol_types::SolType>::eip712_data_word(
                            &self.certificate,
                        )
                        .0,
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.absentKeys)
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Certified {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <Attestation as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.attestation,
                    )
                    + <Certificate as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.certificate,
                    )
                    + <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.absentKeys,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <Attestation as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.attestation, out);
                <Certificate as alloy_sol_types::EventTopic>::encode_topic_preimage(&rust.certificate, out);
                <alloy::sol_types::sol_data::Array<
                    alloy::sol_types::sol_data::Bytes,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.absentKeys,
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
    struct Committee { uint96 members; uint96 keyed; bytes32 keysHash; bytes aggregateKey; }
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct Committee {
        #[allow(missing_docs)]
        pub members: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub keyed: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub keysHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub aggregateKey: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::Uint<96>,
            alloy::sol_types::sol_data::FixedBytes<32>,
            alloy::sol_types::sol_data::Bytes,
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::primitives::aliases::U96,
            alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<Committee> for UnderlyingRustTuple<'_> {
            fn from(value: Committee) -> Self {
                (value.members, value.keyed, value.keysHash, value.aggregateKey)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for Committee {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { members: tuple.0, keyed: tuple.1, keysHash: tuple.2, aggregateKey: tuple.3 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolValue for Committee {
            type SolType = Self;
        }
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<Self> for Committee {
            #[inline]
            fn stv_to_tokens(&self) -> <Self as alloy_sol_types::SolType>::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.members,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(&self.keyed),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.keysHash,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.aggregateKey,
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
        impl alloy_sol_types::SolType for Committee {
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
        impl alloy_sol_types::SolStruct for Committee {
            const NAME: &'static str = "Committee";
            #[inline]
            fn eip712_root_type() -> alloy_sol_types::private::Cow<'static, str> {
                alloy_sol_types::private::Cow::Borrowed(
                    "Committee(uint96 members,uint96 keyed,bytes32 keysHash,bytes aggregateKey)",
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
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.members)
                        .0,
                    <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.keyed)
                        .0,
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::eip712_data_word(&self.keysHash)
                        .0,
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::eip712_data_word(
                            &self.aggregateKey,
                        )
                        .0,
                ]
                    .concat()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::EventTopic for Committee {
            #[inline]
            fn topic_preimage_length(rust: &Self::RustType) -> usize {
                0usize
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.members,
                    )
                    + <alloy::sol_types::sol_data::Uint<
                        96,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(&rust.keyed)
                    + <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.keysHash,
                    )
                    + <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::topic_preimage_length(
                        &rust.aggregateKey,
                    )
            }
            #[inline]
            fn encode_topic_preimage(rust: &Self::RustType, out: &mut alloy_sol_types::private::Vec<u8>) {
                out.reserve(<Self as alloy_sol_types::EventTopic>::topic_preimage_length(rust));
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.members,
                    out,
                );
                <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.keyed,
                    out,
                );
                <alloy::sol_types::sol_data::FixedBytes<
                    32,
                > as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.keysHash,
                    out,
                );
                <alloy::sol_types::sol_data::Bytes as alloy_sol_types::EventTopic>::encode_topic_preimage(
                    &rust.aggregateKey,
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
    /**Creates a new wrapper around an on-chain [`ICommitteeCertificates`](self) contract instance.

    See the [wrapper's documentation](`ICommitteeCertificatesInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> ICommitteeCertificatesInstance<P, N> {
        ICommitteeCertificatesInstance::<P, N>::new(address, __provider)
    }
    /**A [`ICommitteeCertificates`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`ICommitteeCertificates`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct ICommitteeCertificatesInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for ICommitteeCertificatesInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("ICommitteeCertificatesInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        ICommitteeCertificatesInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`ICommitteeCertificates`](self) contract instance.

        See the [wrapper's documentation](`ICommitteeCertificatesInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> ICommitteeCertificatesInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> ICommitteeCertificatesInstance<P, N> {
            ICommitteeCertificatesInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        ICommitteeCertificatesInstance<P, N>
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
        ICommitteeCertificatesInstance<P, N>
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
library ICommitteeCertificates {
    struct Attestation {
        uint64 batchNumber;
        uint64 slot;
        bytes32 parentHash;
        bytes32 headerHash;
    }
    struct Certificate {
        uint96 signers;
        bytes signature;
    }
    struct Certified {
        Attestation attestation;
        Certificate certificate;
        bytes[] absentKeys;
    }
    struct Committee {
        uint96 members;
        uint96 keyed;
        bytes32 keysHash;
        bytes aggregateKey;
    }
}

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

interface CommitteeCertificates {
    error AlreadySealed(uint32 epoch);
    error CommitteeMismatch(uint32 epoch);
    error CommitteeNotFinal(uint32 epoch);
    error CommitteeNotSealed(uint32 epoch);
    error EmptyCommittee(uint32 epoch);
    error InvalidCertificate();
    error InvalidKey();
    error InvalidProofOfPossession();
    error KeyAlreadyRegistered(address signer);
    error KeyMismatch(uint8 id);
    error NotConflicting();
    error NotKeyedMember(uint96 signers);
    error NotRosterBitmap(uint256 bits);
    error NothingToSlash();
    error PrecompileFailed();
    error QuorumNotReached(uint256 signers, uint256 quorum);
    error WrongKeyCount(uint256 expected, uint256 given);
    error WrongPointSize();

    event CommitteeSealed(uint32 indexed epoch, uint96 members, uint96 keyed, bytes32 keysHash, bytes aggregateKey);
    event KeyRegistered(uint8 indexed id, address indexed signer, bytes publicKey);

    constructor(address registry_, ISequencerRegistry.Params p);

    function attestationDigest(ICommitteeCertificates.Attestation memory attestation) external view returns (bytes32);
    function attestationDst() external pure returns (bytes memory);
    function committeeHash(uint32 epoch) external view returns (bytes32);
    function inbox() external view returns (address);
    function keyOf(uint8 id) external view returns (address signer, bytes32 keyHash);
    function paramsHash() external view returns (bytes32);
    function popDst() external pure returns (bytes memory);
    function popMessage(address signer, bytes memory publicKey) external view returns (bytes32);
    function quorum(uint256 members) external pure returns (uint256);
    function registerKey(bytes memory publicKey, bytes memory proofOfPossession) external;
    function registry() external view returns (address);
    function sealCommittee(uint32 epoch, bytes[] memory keys) external;
    function slashConflictingCertificates(ICommitteeCertificates.Certified memory first, ICommitteeCertificates.Certified memory second, ICommitteeCertificates.Committee memory committee, bytes32[] memory keyHashes) external;
    function verifyCertificate(ICommitteeCertificates.Attestation memory attestation, ICommitteeCertificates.Committee memory committee, ICommitteeCertificates.Certificate memory certificate, bytes32[] memory keyHashes, bytes[] memory absentKeys) external view;
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
    "name": "attestationDigest",
    "inputs": [
      {
        "name": "attestation",
        "type": "tuple",
        "internalType": "struct ICommitteeCertificates.Attestation",
        "components": [
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
            "name": "headerHash",
            "type": "bytes32",
            "internalType": "bytes32"
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
    "name": "attestationDst",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "committeeHash",
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
    "name": "keyOf",
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
      },
      {
        "name": "keyHash",
        "type": "bytes32",
        "internalType": "bytes32"
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
    "name": "popDst",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "popMessage",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "publicKey",
        "type": "bytes",
        "internalType": "bytes"
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
    "name": "quorum",
    "inputs": [
      {
        "name": "members",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint256",
        "internalType": "uint256"
      }
    ],
    "stateMutability": "pure"
  },
  {
    "type": "function",
    "name": "registerKey",
    "inputs": [
      {
        "name": "publicKey",
        "type": "bytes",
        "internalType": "bytes"
      },
      {
        "name": "proofOfPossession",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
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
    "name": "sealCommittee",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "keys",
        "type": "bytes[]",
        "internalType": "bytes[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "slashConflictingCertificates",
    "inputs": [
      {
        "name": "first",
        "type": "tuple",
        "internalType": "struct ICommitteeCertificates.Certified",
        "components": [
          {
            "name": "attestation",
            "type": "tuple",
            "internalType": "struct ICommitteeCertificates.Attestation",
            "components": [
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
                "name": "headerHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "certificate",
            "type": "tuple",
            "internalType": "struct ICommitteeCertificates.Certificate",
            "components": [
              {
                "name": "signers",
                "type": "uint96",
                "internalType": "uint96"
              },
              {
                "name": "signature",
                "type": "bytes",
                "internalType": "bytes"
              }
            ]
          },
          {
            "name": "absentKeys",
            "type": "bytes[]",
            "internalType": "bytes[]"
          }
        ]
      },
      {
        "name": "second",
        "type": "tuple",
        "internalType": "struct ICommitteeCertificates.Certified",
        "components": [
          {
            "name": "attestation",
            "type": "tuple",
            "internalType": "struct ICommitteeCertificates.Attestation",
            "components": [
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
                "name": "headerHash",
                "type": "bytes32",
                "internalType": "bytes32"
              }
            ]
          },
          {
            "name": "certificate",
            "type": "tuple",
            "internalType": "struct ICommitteeCertificates.Certificate",
            "components": [
              {
                "name": "signers",
                "type": "uint96",
                "internalType": "uint96"
              },
              {
                "name": "signature",
                "type": "bytes",
                "internalType": "bytes"
              }
            ]
          },
          {
            "name": "absentKeys",
            "type": "bytes[]",
            "internalType": "bytes[]"
          }
        ]
      },
      {
        "name": "committee",
        "type": "tuple",
        "internalType": "struct ICommitteeCertificates.Committee",
        "components": [
          {
            "name": "members",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "keyed",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "keysHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "aggregateKey",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      },
      {
        "name": "keyHashes",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "verifyCertificate",
    "inputs": [
      {
        "name": "attestation",
        "type": "tuple",
        "internalType": "struct ICommitteeCertificates.Attestation",
        "components": [
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
            "name": "headerHash",
            "type": "bytes32",
            "internalType": "bytes32"
          }
        ]
      },
      {
        "name": "committee",
        "type": "tuple",
        "internalType": "struct ICommitteeCertificates.Committee",
        "components": [
          {
            "name": "members",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "keyed",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "keysHash",
            "type": "bytes32",
            "internalType": "bytes32"
          },
          {
            "name": "aggregateKey",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      },
      {
        "name": "certificate",
        "type": "tuple",
        "internalType": "struct ICommitteeCertificates.Certificate",
        "components": [
          {
            "name": "signers",
            "type": "uint96",
            "internalType": "uint96"
          },
          {
            "name": "signature",
            "type": "bytes",
            "internalType": "bytes"
          }
        ]
      },
      {
        "name": "keyHashes",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
      },
      {
        "name": "absentKeys",
        "type": "bytes[]",
        "internalType": "bytes[]"
      }
    ],
    "outputs": [],
    "stateMutability": "view"
  },
  {
    "type": "event",
    "name": "CommitteeSealed",
    "inputs": [
      {
        "name": "epoch",
        "type": "uint32",
        "indexed": true,
        "internalType": "uint32"
      },
      {
        "name": "members",
        "type": "uint96",
        "indexed": false,
        "internalType": "uint96"
      },
      {
        "name": "keyed",
        "type": "uint96",
        "indexed": false,
        "internalType": "uint96"
      },
      {
        "name": "keysHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "aggregateKey",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "KeyRegistered",
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
        "name": "publicKey",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "AlreadySealed",
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
    "name": "CommitteeMismatch",
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
    "name": "CommitteeNotFinal",
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
    "name": "CommitteeNotSealed",
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
    "name": "EmptyCommittee",
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
    "name": "InvalidCertificate",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidKey",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidProofOfPossession",
    "inputs": []
  },
  {
    "type": "error",
    "name": "KeyAlreadyRegistered",
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
    "name": "KeyMismatch",
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
    "name": "NotConflicting",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotKeyedMember",
    "inputs": [
      {
        "name": "signers",
        "type": "uint96",
        "internalType": "uint96"
      }
    ]
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
    "name": "NothingToSlash",
    "inputs": []
  },
  {
    "type": "error",
    "name": "PrecompileFailed",
    "inputs": []
  },
  {
    "type": "error",
    "name": "QuorumNotReached",
    "inputs": [
      {
        "name": "signers",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "quorum",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WrongKeyCount",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "given",
        "type": "uint256",
        "internalType": "uint256"
      }
    ]
  },
  {
    "type": "error",
    "name": "WrongPointSize",
    "inputs": []
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
pub mod CommitteeCertificates {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x610140604052348015610010575f5ffd5b5060405161331238038061331283398101604081905261002f91610242565b604080516135a560f21b6020808301919091526001600160601b0319606086901b166022830152600160f81b6036830152825180830360170181526037830190935282519201919091206001600160a01b03808516608052811660a0529061009b908390605701610410565b60408051808303601f19018152828252805160209182012060c090815260808681015163ffffffff1660e05246610120819052858501855260058652642130ba37b760d91b958401959095528351808501855260018152603160f81b9084015283517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818501527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818601527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc66060820152908101949094526001600160a01b03851660a08581019190915283518086039091018152930190915281519101206101005250610633915050565b6040516102a081016001600160401b03811182821017156101d757634e487b7160e01b5f52604160045260245ffd5b60405290565b80516001600160401b03811681146101f3575f5ffd5b919050565b80516001600160601b03811681146101f3575f5ffd5b805160ff811681146101f3575f5ffd5b805163ffffffff811681146101f3575f5ffd5b805161ffff811681146101f3575f5ffd5b5f5f8284036102c0811215610255575f5ffd5b83516001600160a01b038116811461026b575f5ffd5b92506102a0601f198201121561027f575f5ffd5b506102886101a8565b610294602085016101dd565b81526102a2604085016101f8565b60208201526102b36060850161020e565b60408201526102c46080850161021e565b60608201526102d560a0850161021e565b60808201526102e660c0850161021e565b60a08201526102f760e0850161021e565b60c0820152610309610100850161021e565b60e082015261031b610120850161021e565b61010082015261032e610140850161021e565b6101208201526103416101608501610231565b610140820152610354610180850161021e565b6101608201526103676101a085016101f8565b61018082015261037a6101c085016101f8565b6101a082015261038d6101e085016101f8565b6101c08201526103a061020085016101f8565b6101e08201526103b361022085016101f8565b6102008201526103c661024085016101f8565b6102208201526103d96102608501610231565b6102408201526103ec61028085016101f8565b6102608201526103ff6102a0850161021e565b610280820152809150509250929050565b81516001600160401b031681526102a08101602083015161043c60208401826001600160601b03169052565b506040830151610451604084018260ff169052565b506060830151610469606084018263ffffffff169052565b506080830151610481608084018263ffffffff169052565b5060a083015161049960a084018263ffffffff169052565b5060c08301516104b160c084018263ffffffff169052565b5060e08301516104c960e084018263ffffffff169052565b506101008301516104e361010084018263ffffffff169052565b506101208301516104fd61012084018263ffffffff169052565b5061014083015161051561014084018261ffff169052565b5061016083015161052f61016084018263ffffffff169052565b5061018083015161054c6101808401826001600160601b03169052565b506101a08301516105696101a08401826001600160601b03169052565b506101c08301516105866101c08401826001600160601b03169052565b506101e08301516105a36101e08401826001600160601b03169052565b506102008301516105c06102008401826001600160601b03169052565b506102208301516105dd6102208401826001600160601b03169052565b506102408301516105f561024084018261ffff169052565b506102608301516106126102608401826001600160601b03169052565b5061028083015161062c61028084018263ffffffff169052565b5092915050565b60805160a05160c05160e0516101005161012051612c7561069d5f395f611b3701525f611c9601525f8181610943015261134e01525f61025201525f81816102ba0152611c3b01525f8181610206015281816107b0015281816109200152610e5f0152612c755ff3fe608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80637b10399911610088578063c271479f11610063578063c271479f14610287578063e51fc7671461029a578063f8ce560a146102a2578063fb0e722b146102b5575f5ffd5b80637b1039991461020157806386a426631461024d578063ad6f12ad14610274575f5ffd5b80633aaf64d8116100c35780633aaf64d8146101495780634d7926d31461015c578063681c0cc11461016f57806375ce011d146101ee575f5ffd5b80630d1d7908146100e957806314d181211461010757806326352fff1461011c575b5f5ffd5b6100f16102dc565b6040516100fe91906122be565b60405180910390f35b61011a61011536600461232e565b6102fc565b005b61013b61012a366004612420565b60016020525f908152604090205481565b6040519081526020016100fe565b61011a610157366004612449565b61041e565b61011a61016a366004612508565b6108c4565b6101c261017d366004612568565b60ff165f90815260208181526040918290208251808401909352805473ffffffffffffffffffffffffffffffffffffffff168084526001909101549290910182905291565b6040805173ffffffffffffffffffffffffffffffffffffffff90931683526020830191909152016100fe565b61011a6101fc3660046125c1565b610e2f565b6102287f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100fe565b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b61013b61028236600461262d565b611180565b61013b610295366004612647565b611260565b6100f16112fa565b61013b6102b03660046126a3565b61131a565b6102287f000000000000000000000000000000000000000000000000000000000000000081565b6060604051806060016040528060348152602001612c1560349139905090565b5f61030a60208701876126ba565b905061035e61032761032260408b0160208c016126fa565b611343565b886bffffffffffffffffffffffff84161961034860408301602084016126ba565b6bffffffffffffffffffffffff16168888611374565b5f61036d8883888888886114e6565b90506103dd61037f6020890189612715565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506103be92508d91506111809050565b604051806060016040528060348152602001612c156034913984611736565b610413576040517f1d39f94600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050505050565b848461042d60208201826126fa565b67ffffffffffffffff1661044460208401846126fa565b67ffffffffffffffff1614158061048d575061046660408201602083016126fa565b67ffffffffffffffff1661048060408401602085016126fa565b67ffffffffffffffff1614155b806104a057508060400135826040013514155b806104b2575080606001358260600135145b156104e9576040517f813d59df00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f806104f860808a018a612776565b6105069060208101906126ba565b61051360808a018a612776565b6105219060208101906126ba565b909250905061057561053c61032260408701602088016126fa565b886bffffffffffffffffffffffff858516161961055f60408301602084016126ba565b6bffffffffffffffffffffffff16168989611374565b5f610592888489898e8060a0019061058d91906127b2565b6114e6565b90505f6105ac89848a8a8e8060a0019061058d91906127b2565b90505f806106676105c060808f018f612776565b6105ce906020810190612715565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508d80608001906106209190612776565b61062e906020810190612715565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bf92505050565b915091508115806106ab57506106a981604051806060016040528060348152602001612c15603491396106998b611180565b876106a38c611180565b8861181e565b155b156106e2576040517f1d39f94600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f4f09782e123ac95d01fe8b912c493640702130abbbc7e05a00727cccdadc1cd161071160208b018b6126fa565b61072160408c0160208d016126fa565b60408051602081019490945267ffffffffffffffff92831684820152911660608301528a0135608082015260a001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152918152815160209283012092508888166bffffffffffffffffffffffff169173ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016916371214e1d9184916107e891908f01908f016126fa565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b168152600481019290925267ffffffffffffffff166024820152604481018590523360648201526084016020604051808303815f875af1158015610857573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061087b9190612816565b5f036108b3576040517f38fbeb3400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050505050505050505050565b63ffffffff83165f908152600160205260409020541561091d576040517f3203820700000000000000000000000000000000000000000000000000000000815263ffffffff841660048201526024015b60405180910390fd5b5f7f000000000000000000000000000000000000000000000000000000000000000090507f000000000000000000000000000000000000000000000000000000000000000063ffffffff168173ffffffffffffffffffffffffffffffffffffffff16633359632e6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156109b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109d5919061282d565b6109df91906128a2565b6109ea9060016128d1565b67ffffffffffffffff168463ffffffff161115610a3b576040517fa2aeb36800000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152602401610914565b6040517f697e205600000000000000000000000000000000000000000000000000000000815263ffffffff851660048201525f9073ffffffffffffffffffffffffffffffffffffffff83169063697e205690602401602060405180830381865afa158015610aab573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610acf9190612816565b9050805f03610b12576040517ff0eb10c200000000000000000000000000000000000000000000000000000000815263ffffffff86166004820152602401610914565b5f610b1c826118c3565b9050838114610b61576040517fbe44c3720000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610914565b5f610b6d8260206128f1565b67ffffffffffffffff811115610b8557610b85612908565b6040519080825280601f01601f191660200182016040528015610baf576020820181803683370190505b506040805161010080825261012082019092529192505f91906020820181803683370190505090505f5f5f5b86811c15610d7e57600187821c1615610d6e57365f8b8b85818110610c0257610c02612935565b9050602002810190610c149190612715565b915091505f610c238b85611987565b90505f819003610c6f578115610c6a576040517f51d620a900000000000000000000000000000000000000000000000000000000815260ff85166004820152602401610914565b610d5f565b808383604051610c80929190612962565b604051809103902014610cc4576040517f51d620a900000000000000000000000000000000000000000000000000000000815260ff85166004820152602401610914565b855f03610d095782828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929950610d4a92505050565b610d14878484611ab4565b610d4a576040517f84e8169200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b836001901b86179550808560051b60208a0101525b610d6885612971565b94505050505b610d7781612971565b9050610bdb565b508351602080860191909120604051909188918591610da5918491849187918b91016129a8565b6040516020818303038152906040528051906020012060015f8f63ffffffff1663ffffffff1681526020019081526020015f20819055508c63ffffffff167f34f04a4a17aea2f5b2437cf018981e9bce125d2421d87fa502813d26a3291c9a8383868a604051610e189493929190612a20565b60405180910390a250505050505050505050505050565b6040517fb37855c80000000000000000000000000000000000000000000000000000000081523360048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b37855c890602401602060405180830381865afa158015610eb9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610edd9190612a60565b60ff81165f908152602081905260409020549091503373ffffffffffffffffffffffffffffffffffffffff90911603610f44576040517f9e40695a000000000000000000000000000000000000000000000000000000008152336004820152602401610914565b61010084141580610f5a5750610f5a8585611af3565b15610f91576040517f76d4e1e800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60808214610fcb576040517f92536faf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61106583838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611011925033915089905088611260565b6040518060600160405280602c8152602001612c49602c913988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061173692505050565b61109b576040517f92536faf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405180604001604052803373ffffffffffffffffffffffffffffffffffffffff16815260200186866040516110d2929190612962565b604080519182900390912090915260ff83165f818152602081815290839020845181547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff909116178155930151600190930192909255513391907f91b9add2bc6dc747896e930d380d96db55ec859721e832822b1b62ba90a8bff8906111719089908990612a7b565b60405180910390a35050505050565b5f807fd959e91ee692ff48d9e802ae96459cd09b53891265e4b39848a136e609aade4c6111b060208501856126fa565b6111c060408601602087016126fa565b60408051602081019490945267ffffffffffffffff92831684820152911660608381019190915290850135608083015284013560a082015260c00160405160208183030381529060405280519060200120905061125961121e611b34565b826040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b9392505050565b5f7f133153bbe2caeb3b6c4c907da52b82182c05655c1c5662c81e2e75a1d3af04a54630868686604051611295929190612962565b60408051918290038220602083019690965281019390935273ffffffffffffffffffffffffffffffffffffffff918216606084015216608082015260a081019190915260c0016040516020818303038152906040528051906020012090509392505050565b60606040518060600160405280602c8152602001612c49602c9139905090565b5f60036113288360026128f1565b611333906002612ac7565b61133d9190612ada565b92915050565b5f61133d63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016836128a2565b63ffffffff85165f90815260016020526040812054908190036113cb576040517fd5a13f6b00000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602401610914565b806113d960208701876126ba565b6113e960408801602089016126ba565b60408801356113fb60608a018a612715565b60405160200161140f959493929190612aed565b6040516020818303038152906040528051906020012014611464576040517f4eb04c7500000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602401610914565b831580159061149f575084604001358383604051602001611486929190612b5e565b6040516020818303038152906040528051906020012014155b156114de576040517f4eb04c7500000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602401610914565b505050505050565b60605f6114f96040890160208a016126ba565b6bffffffffffffffffffffffff1690508019876bffffffffffffffffffffffff16165f14611563576040517f71b2f60a0000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff88166004820152602401610914565b5f61157b886bffffffffffffffffffffffff166118c3565b90505f6115a46102b061159160208d018d6126ba565b6bffffffffffffffffffffffff166118c3565b9050808210156115ea576040517f6a2159840000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610914565b6115f760608b018b612715565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509397505050506bffffffffffffffffffffffff8a161984169081156116535761164e826118c3565b611655565b5f5b905086811461169a576040517fbe44c3720000000000000000000000000000000000000000000000000000000081526004810182905260248101889052604401610914565b815f036116ab57505050505061172c565b5f6116da878e5f0160208101906116c291906126ba565b6bffffffffffffffffffffffff16858e8e8e8e611cb8565b90508015611725576116ed600182612b9e565b6040517f51d620a900000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610914565b5050505050505b9695505050505050565b5f806117456101006080612ac7565b6117509060026128f1565b67ffffffffffffffff81111561176857611768612908565b6040519080825280601f01601f191660200182016040528015611792576020820181803683370190505b5090506117a0815f88611e40565b6117b68160016117b08888611f87565b86611fb4565b61172c81612024565b60408051608080825260a082019092525f9160609190602082018180368337019050509050604051608060208601825e608060208501608083015e60806020830161010083600b5afa6080855114608087511416169250509250929050565b5f8061182d6101006080612ac7565b6118389060036128f1565b67ffffffffffffffff81111561185057611850612908565b6040519080825280601f01601f19166020018201604052801561187a576020820181803683370190505b509050611888815f8a611e40565b61189e816001611898898b611f87565b88611fb4565b6118ae8160026117b0878b611f87565b6118b781612024565b98975050505050505050565b5f608082901c15611903576040517f93b4ecf900000000000000000000000000000000000000000000000000000000815260048101839052602401610914565b600182901c6f555555555555555555555555555555551682039150600282901c6f3333333333333333333333333333333316826f3333333333333333333333333333333316019150600482901c82016f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f1691506078826f0101010101010101010101010101010102901c60ff169050919050565b60ff81165f908152602081815260408083208151808301909252805473ffffffffffffffffffffffffffffffffffffffff168252600101549181018290529082036119d557505f905061133d565b80516040517fb37855c800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff91821660048201529085169063b37855c890602401602060405180830381865afa925050508015611a7e575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252611a7b91810190612a60565b60015b611a8b57505f905061133d565b8360ff168160ff1614611a9e575f611aa4565b81602001515b9250505061133d565b5092915050565b5f6101008214611ac557505f611259565b60405161010060208601825e610100846101008301376101006020860161020083600d5afa95945050505050565b60015f5b82811015611aad57611b0b83828187612bb1565b611b1491612bd8565b15611b22575f91505061133d565b611b2d602082612ac7565b9050611af7565b5f7f00000000000000000000000000000000000000000000000000000000000000004614611c935750604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1660a0808301919091528351808303909101815260c0909101909252815191012090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f610100885114611cf5576040517fabf606ef00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604051610100810161010060208b01835e5f5f5f5b8a811c15611e275760018c821c1615611e1f5760018b821c1615611e18578260051b88013588016101006020820186378260051b8b0135610100862014610100823514168a84108986101616905080611d695760018201965050611e27565b50600183019250608084015b6101008501811015611dfc578051602082015180821715611df257807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab0360208401527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab8111826f1a0111ea397fe69a4b1ba7b6434bacd7030383525b5050604001611d75565b506101008561020087600d5afa611e1857600181019550611e27565b6001820191505b600101611d0a565b505050506101008160208b015e50979650505050505050565b6080815114611e7b576040517fabf606ef00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61018082026020840101608060208301825e6f024aa2b2f08f0a91260805272dc5105160808201527fc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb860a08201526f13e02b6052719f607dacd3a088274f6560c08201527f596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e60e08201526f0d1b3cc2c7027888be51d9ef691d77bc6101008201527fb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa6101208201526f13fa4d4a0ad8b1ce186ed5061789213d6101408201527f993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed61016082015250505050565b606061125983604051602001611f9f91815260200190565b60405160208183030381529060405283612041565b60808251141580611fc85750610100815114155b15611fff576040517fabf606ef00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61018083026020850101608060208401825e61010060208301608083015e5050505050565b5f5f5f5260205f835160208501600f5afa5f516001141692915050565b60605f61204e8484612179565b60408051608080825260a082019092529192506020820181803683370190505091505f6040516040815260016020820152604080820152600160a08201536f1a0111ea397fe69a4b1ba7b6434bacd760a18201527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab60c18201526101008101604060208501606084015e60408160e18460055afa9250604060608501606084015e604080820160e18460055afa831692506101808201915060808260408360105afa831692506080808301604080840160105afa831692505060806020850161010083600b5afa821691505080612171576040517f84e8169200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505092915050565b60408051608080825260a082019092526060916020820181803683370190505090505f835183516040515f81525f60208201528260208801604083015e82604082010161800060e81b81528260208801600383015e82836003830101535060205f8385604401018360025afa93505f5192508160208701602183015e81826021018201535f60015b60058110156122365781851883528060208401538060051b8701602081866022018660025afa90519616959150600101612201565b505050505080611aad576040517f84e8169200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6112596020830184612272565b5f608082840312156122e0575f5ffd5b50919050565b5f5f83601f8401126122f6575f5ffd5b50813567ffffffffffffffff81111561230d575f5ffd5b6020830191508360208260051b8501011115612327575f5ffd5b9250929050565b5f5f5f5f5f5f5f610100888a031215612345575f5ffd5b61234f89896122d0565b9650608088013567ffffffffffffffff81111561236a575f5ffd5b6123768a828b016122d0565b96505060a088013567ffffffffffffffff811115612392575f5ffd5b88016040818b0312156123a3575f5ffd5b945060c088013567ffffffffffffffff8111156123be575f5ffd5b6123ca8a828b016122e6565b90955093505060e088013567ffffffffffffffff8111156123e9575f5ffd5b6123f58a828b016122e6565b989b979a50959850939692959293505050565b803563ffffffff8116811461241b575f5ffd5b919050565b5f60208284031215612430575f5ffd5b61125982612408565b5f60c082840312156122e0575f5ffd5b5f5f5f5f5f6080868803121561245d575f5ffd5b853567ffffffffffffffff811115612473575f5ffd5b61247f88828901612439565b955050602086013567ffffffffffffffff81111561249b575f5ffd5b6124a788828901612439565b945050604086013567ffffffffffffffff8111156124c3575f5ffd5b6124cf888289016122d0565b935050606086013567ffffffffffffffff8111156124eb575f5ffd5b6124f7888289016122e6565b969995985093965092949392505050565b5f5f5f6040848603121561251a575f5ffd5b61252384612408565b9250602084013567ffffffffffffffff81111561253e575f5ffd5b61254a868287016122e6565b9497909650939450505050565b60ff81168114612565575f5ffd5b50565b5f60208284031215612578575f5ffd5b813561125981612557565b5f5f83601f840112612593575f5ffd5b50813567ffffffffffffffff8111156125aa575f5ffd5b602083019150836020828501011115612327575f5ffd5b5f5f5f5f604085870312156125d4575f5ffd5b843567ffffffffffffffff8111156125ea575f5ffd5b6125f687828801612583565b909550935050602085013567ffffffffffffffff811115612615575f5ffd5b61262187828801612583565b95989497509550505050565b5f6080828403121561263d575f5ffd5b61125983836122d0565b5f5f5f60408486031215612659575f5ffd5b833573ffffffffffffffffffffffffffffffffffffffff8116811461267c575f5ffd5b9250602084013567ffffffffffffffff811115612697575f5ffd5b61254a86828701612583565b5f602082840312156126b3575f5ffd5b5035919050565b5f602082840312156126ca575f5ffd5b81356bffffffffffffffffffffffff81168114611259575f5ffd5b67ffffffffffffffff81168114612565575f5ffd5b5f6020828403121561270a575f5ffd5b8135611259816126e5565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612748575f5ffd5b83018035915067ffffffffffffffff821115612762575f5ffd5b602001915036819003821315612327575f5ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc18336030181126127a8575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126127e5575f5ffd5b83018035915067ffffffffffffffff8211156127ff575f5ffd5b6020019150600581901b3603821315612327575f5ffd5b5f60208284031215612826575f5ffd5b5051919050565b5f6020828403121561283d575f5ffd5b8151611259816126e5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f67ffffffffffffffff8316806128bb576128bb612848565b8067ffffffffffffffff84160491505092915050565b67ffffffffffffffff818116838216019081111561133d5761133d612875565b808202811582820484141761133d5761133d612875565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b818382375f9101908152919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036129a1576129a1612875565b5060010190565b7fffffffffffffffffffffffff00000000000000000000000000000000000000008560a01b1681527fffffffffffffffffffffffff00000000000000000000000000000000000000008460a01b16600c8201528260188201525f82518060208501603885015e5f920160380191825250949350505050565b6bffffffffffffffffffffffff851681526bffffffffffffffffffffffff84166020820152826040820152608060608201525f61172c6080830184612272565b5f60208284031215612a70575f5ffd5b815161125981612557565b60208152816020820152818360408301375f818301604090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101919050565b8082018082111561133d5761133d612875565b5f82612ae857612ae8612848565b500490565b7fffffffffffffffffffffffff00000000000000000000000000000000000000008660a01b1681527fffffffffffffffffffffffff00000000000000000000000000000000000000008560a01b16600c820152836018820152818360388301375f9101603801908152949350505050565b5f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115612b8b575f5ffd5b8260051b80858437919091019392505050565b8181038181111561133d5761133d612875565b5f5f85851115612bbf575f5ffd5b83861115612bcb575f5ffd5b5050820193919092039150565b8035602083101561133d577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b169291505056fe4241544f4e2d56312d4154544553544154494f4e2d424c53313233383147315f584d443a5348412d3235365f535357555f524f5f4241544f4e2d56312d504f502d424c53313233383147315f584d443a5348412d3235365f535357555f524f5f
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x01@`@R4\x80\x15a\0\x10W__\xFD[P`@Qa3\x128\x03\x80a3\x12\x839\x81\x01`@\x81\x90Ra\0/\x91a\x02BV[`@\x80Qa5\xA5`\xF2\x1B` \x80\x83\x01\x91\x90\x91R`\x01`\x01``\x1B\x03\x19``\x86\x90\x1B\x16`\"\x83\x01R`\x01`\xF8\x1B`6\x83\x01R\x82Q\x80\x83\x03`\x17\x01\x81R`7\x83\x01\x90\x93R\x82Q\x92\x01\x91\x90\x91 `\x01`\x01`\xA0\x1B\x03\x80\x85\x16`\x80R\x81\x16`\xA0R\x90a\0\x9B\x90\x83\x90`W\x01a\x04\x10V[`@\x80Q\x80\x83\x03`\x1F\x19\x01\x81R\x82\x82R\x80Q` \x91\x82\x01 `\xC0\x90\x81R`\x80\x86\x81\x01Qc\xFF\xFF\xFF\xFF\x16`\xE0RFa\x01 \x81\x90R\x85\x85\x01\x85R`\x05\x86Rd!0\xBA7\xB7`\xD9\x1B\x95\x84\x01\x95\x90\x95R\x83Q\x80\x85\x01\x85R`\x01\x81R`1`\xF8\x1B\x90\x84\x01R\x83Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x85\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x86\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01R\x90\x81\x01\x94\x90\x94R`\x01`\x01`\xA0\x1B\x03\x85\x16`\xA0\x85\x81\x01\x91\x90\x91R\x83Q\x80\x86\x03\x90\x91\x01\x81R\x93\x01\x90\x91R\x81Q\x91\x01 a\x01\0RPa\x063\x91PPV[`@Qa\x02\xA0\x81\x01`\x01`\x01`@\x1B\x03\x81\x11\x82\x82\x10\x17\x15a\x01\xD7WcNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`@R\x90V[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x01\xF3W__\xFD[\x91\x90PV[\x80Q`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x01\xF3W__\xFD[\x80Q`\xFF\x81\x16\x81\x14a\x01\xF3W__\xFD[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x01\xF3W__\xFD[\x80Qa\xFF\xFF\x81\x16\x81\x14a\x01\xF3W__\xFD[__\x82\x84\x03a\x02\xC0\x81\x12\x15a\x02UW__\xFD[\x83Q`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x02kW__\xFD[\x92Pa\x02\xA0`\x1F\x19\x82\x01\x12\x15a\x02\x7FW__\xFD[Pa\x02\x88a\x01\xA8V[a\x02\x94` \x85\x01a\x01\xDDV[\x81Ra\x02\xA2`@\x85\x01a\x01\xF8V[` \x82\x01Ra\x02\xB3``\x85\x01a\x02\x0EV[`@\x82\x01Ra\x02\xC4`\x80\x85\x01a\x02\x1EV[``\x82\x01Ra\x02\xD5`\xA0\x85\x01a\x02\x1EV[`\x80\x82\x01Ra\x02\xE6`\xC0\x85\x01a\x02\x1EV[`\xA0\x82\x01Ra\x02\xF7`\xE0\x85\x01a\x02\x1EV[`\xC0\x82\x01Ra\x03\ta\x01\0\x85\x01a\x02\x1EV[`\xE0\x82\x01Ra\x03\x1Ba\x01 \x85\x01a\x02\x1EV[a\x01\0\x82\x01Ra\x03.a\x01@\x85\x01a\x02\x1EV[a\x01 \x82\x01Ra\x03Aa\x01`\x85\x01a\x021V[a\x01@\x82\x01Ra\x03Ta\x01\x80\x85\x01a\x02\x1EV[a\x01`\x82\x01Ra\x03ga\x01\xA0\x85\x01a\x01\xF8V[a\x01\x80\x82\x01Ra\x03za\x01\xC0\x85\x01a\x01\xF8V[a\x01\xA0\x82\x01Ra\x03\x8Da\x01\xE0\x85\x01a\x01\xF8V[a\x01\xC0\x82\x01Ra\x03\xA0a\x02\0\x85\x01a\x01\xF8V[a\x01\xE0\x82\x01Ra\x03\xB3a\x02 \x85\x01a\x01\xF8V[a\x02\0\x82\x01Ra\x03\xC6a\x02@\x85\x01a\x01\xF8V[a\x02 \x82\x01Ra\x03\xD9a\x02`\x85\x01a\x021V[a\x02@\x82\x01Ra\x03\xECa\x02\x80\x85\x01a\x01\xF8V[a\x02`\x82\x01Ra\x03\xFFa\x02\xA0\x85\x01a\x02\x1EV[a\x02\x80\x82\x01R\x80\x91PP\x92P\x92\x90PV[\x81Q`\x01`\x01`@\x1B\x03\x16\x81Ra\x02\xA0\x81\x01` \x83\x01Qa\x04<` \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[P`@\x83\x01Qa\x04Q`@\x84\x01\x82`\xFF\x16\x90RV[P``\x83\x01Qa\x04i``\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\x80\x83\x01Qa\x04\x81`\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xA0\x83\x01Qa\x04\x99`\xA0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xC0\x83\x01Qa\x04\xB1`\xC0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qa\x04\xC9`\xE0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\0\x83\x01Qa\x04\xE3a\x01\0\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01 \x83\x01Qa\x04\xFDa\x01 \x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01@\x83\x01Qa\x05\x15a\x01@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x01`\x83\x01Qa\x05/a\x01`\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[Pa\x01\x80\x83\x01Qa\x05La\x01\x80\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xA0\x83\x01Qa\x05ia\x01\xA0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xC0\x83\x01Qa\x05\x86a\x01\xC0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x01\xE0\x83\x01Qa\x05\xA3a\x01\xE0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02\0\x83\x01Qa\x05\xC0a\x02\0\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02 \x83\x01Qa\x05\xDDa\x02 \x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02@\x83\x01Qa\x05\xF5a\x02@\x84\x01\x82a\xFF\xFF\x16\x90RV[Pa\x02`\x83\x01Qa\x06\x12a\x02`\x84\x01\x82`\x01`\x01``\x1B\x03\x16\x90RV[Pa\x02\x80\x83\x01Qa\x06,a\x02\x80\x84\x01\x82c\xFF\xFF\xFF\xFF\x16\x90RV[P\x92\x91PPV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa,ua\x06\x9D_9_a\x1B7\x01R_a\x1C\x96\x01R_\x81\x81a\tC\x01Ra\x13N\x01R_a\x02R\x01R_\x81\x81a\x02\xBA\x01Ra\x1C;\x01R_\x81\x81a\x02\x06\x01R\x81\x81a\x07\xB0\x01R\x81\x81a\t \x01Ra\x0E_\x01Ra,u_\xF3\xFE`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0\xE5W_5`\xE0\x1C\x80c{\x109\x99\x11a\0\x88W\x80c\xC2qG\x9F\x11a\0cW\x80c\xC2qG\x9F\x14a\x02\x87W\x80c\xE5\x1F\xC7g\x14a\x02\x9AW\x80c\xF8\xCEV\n\x14a\x02\xA2W\x80c\xFB\x0Er+\x14a\x02\xB5W__\xFD[\x80c{\x109\x99\x14a\x02\x01W\x80c\x86\xA4&c\x14a\x02MW\x80c\xADo\x12\xAD\x14a\x02tW__\xFD[\x80c:\xAFd\xD8\x11a\0\xC3W\x80c:\xAFd\xD8\x14a\x01IW\x80cMy&\xD3\x14a\x01\\W\x80ch\x1C\x0C\xC1\x14a\x01oW\x80cu\xCE\x01\x1D\x14a\x01\xEEW__\xFD[\x80c\r\x1Dy\x08\x14a\0\xE9W\x80c\x14\xD1\x81!\x14a\x01\x07W\x80c&5/\xFF\x14a\x01\x1CW[__\xFD[a\0\xF1a\x02\xDCV[`@Qa\0\xFE\x91\x90a\"\xBEV[`@Q\x80\x91\x03\x90\xF3[a\x01\x1Aa\x01\x156`\x04a#.V[a\x02\xFCV[\0[a\x01;a\x01*6`\x04a$ V[`\x01` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\0\xFEV[a\x01\x1Aa\x01W6`\x04a$IV[a\x04\x1EV[a\x01\x1Aa\x01j6`\x04a%\x08V[a\x08\xC4V[a\x01\xC2a\x01}6`\x04a%hV[`\xFF\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93R\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x84R`\x01\x90\x91\x01T\x92\x90\x91\x01\x82\x90R\x91V[`@\x80Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83R` \x83\x01\x91\x90\x91R\x01a\0\xFEV[a\x01\x1Aa\x01\xFC6`\x04a%\xC1V[a\x0E/V[a\x02(\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\0\xFEV[a\x01;\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x01;a\x02\x826`\x04a&-V[a\x11\x80V[a\x01;a\x02\x956`\x04a&GV[a\x12`V[a\0\xF1a\x12\xFAV[a\x01;a\x02\xB06`\x04a&\xA3V[a\x13\x1AV[a\x02(\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[```@Q\x80``\x01`@R\x80`4\x81R` \x01a,\x15`4\x919\x90P\x90V[_a\x03\n` \x87\x01\x87a&\xBAV[\x90Pa\x03^a\x03'a\x03\"`@\x8B\x01` \x8C\x01a&\xFAV[a\x13CV[\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x19a\x03H`@\x83\x01` \x84\x01a&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x16\x88\x88a\x13tV[_a\x03m\x88\x83\x88\x88\x88\x88a\x14\xE6V[\x90Pa\x03\xDDa\x03\x7F` \x89\x01\x89a'\x15V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x03\xBE\x92P\x8D\x91Pa\x11\x80\x90PV[`@Q\x80``\x01`@R\x80`4\x81R` \x01a,\x15`4\x919\x84a\x176V[a\x04\x13W`@Q\x7F\x1D9\xF9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPPPPPPV[\x84\x84a\x04-` \x82\x01\x82a&\xFAV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04D` \x84\x01\x84a&\xFAV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x04\x8DWPa\x04f`@\x82\x01` \x83\x01a&\xFAV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04\x80`@\x84\x01` \x85\x01a&\xFAV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a\x04\xA0WP\x80`@\x015\x82`@\x015\x14\x15[\x80a\x04\xB2WP\x80``\x015\x82``\x015\x14[\x15a\x04\xE9W`@Q\x7F\x81=Y\xDF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80a\x04\xF8`\x80\x8A\x01\x8Aa'vV[a\x05\x06\x90` \x81\x01\x90a&\xBAV[a\x05\x13`\x80\x8A\x01\x8Aa'vV[a\x05!\x90` \x81\x01\x90a&\xBAV[\x90\x92P\x90Pa\x05ua\x05<a\x03\"`@\x87\x01` \x88\x01a&\xFAV[\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x85\x16\x16\x19a\x05_`@\x83\x01` \x84\x01a&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x16\x89\x89a\x13tV[_a\x05\x92\x88\x84\x89\x89\x8E\x80`\xA0\x01\x90a\x05\x8D\x91\x90a'\xB2V[a\x14\xE6V[\x90P_a\x05\xAC\x89\x84\x8A\x8A\x8E\x80`\xA0\x01\x90a\x05\x8D\x91\x90a'\xB2V[\x90P_\x80a\x06ga\x05\xC0`\x80\x8F\x01\x8Fa'vV[a\x05\xCE\x90` \x81\x01\x90a'\x15V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x81\x84\x01R`\x1F\x19`\x1F\x82\x01\x16\x90P\x80\x83\x01\x92PPPPPPP\x8D\x80`\x80\x01\x90a\x06 \x91\x90a'vV[a\x06.\x90` \x81\x01\x90a'\x15V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x17\xBF\x92PPPV[\x91P\x91P\x81\x15\x80a\x06\xABWPa\x06\xA9\x81`@Q\x80``\x01`@R\x80`4\x81R` \x01a,\x15`4\x919a\x06\x99\x8Ba\x11\x80V[\x87a\x06\xA3\x8Ca\x11\x80V[\x88a\x18\x1EV[\x15[\x15a\x06\xE2W`@Q\x7F\x1D9\xF9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x7FO\tx.\x12:\xC9]\x01\xFE\x8B\x91,I6@p!0\xAB\xBB\xC7\xE0Z\0r|\xCC\xDA\xDC\x1C\xD1a\x07\x11` \x8B\x01\x8Ba&\xFAV[a\x07!`@\x8C\x01` \x8D\x01a&\xFAV[`@\x80Q` \x81\x01\x94\x90\x94Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x84\x82\x01R\x91\x16``\x83\x01R\x8A\x015`\x80\x82\x01R`\xA0\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 \x92P\x88\x88\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91cq!N\x1D\x91\x84\x91a\x07\xE8\x91\x90\x8F\x01\x90\x8F\x01a&\xFAV[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x85\x90\x1B\x16\x81R`\x04\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x81\x01\x85\x90R3`d\x82\x01R`\x84\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x08WW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x08{\x91\x90a(\x16V[_\x03a\x08\xB3W`@Q\x7F8\xFB\xEB4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPPPPPPPPPPPPV[c\xFF\xFF\xFF\xFF\x83\x16_\x90\x81R`\x01` R`@\x90 T\x15a\t\x1DW`@Q\x7F2\x03\x82\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c3Yc.`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\xB1W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t\xD5\x91\x90a(-V[a\t\xDF\x91\x90a(\xA2V[a\t\xEA\x90`\x01a(\xD1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84c\xFF\xFF\xFF\xFF\x16\x11\x15a\n;W`@Q\x7F\xA2\xAE\xB3h\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\x14V[`@Q\x7Fi~ V\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R_\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90ci~ V\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\n\xABW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\n\xCF\x91\x90a(\x16V[\x90P\x80_\x03a\x0B\x12W`@Q\x7F\xF0\xEB\x10\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\t\x14V[_a\x0B\x1C\x82a\x18\xC3V[\x90P\x83\x81\x14a\x0BaW`@Q\x7F\xBED\xC3r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x85\x90R`D\x01a\t\x14V[_a\x0Bm\x82` a(\xF1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\x85Wa\x0B\x85a)\x08V[`@Q\x90\x80\x82R\x80`\x1F\x01`\x1F\x19\x16` \x01\x82\x01`@R\x80\x15a\x0B\xAFW` \x82\x01\x81\x806\x837\x01\x90P[P`@\x80Qa\x01\0\x80\x82Ra\x01 \x82\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837\x01\x90PP\x90P___[\x86\x81\x1C\x15a\r~W`\x01\x87\x82\x1C\x16\x15a\rnW6_\x8B\x8B\x85\x81\x81\x10a\x0C\x02Wa\x0C\x02a)5V[\x90P` \x02\x81\x01\x90a\x0C\x14\x91\x90a'\x15V[\x91P\x91P_a\x0C#\x8B\x85a\x19\x87V[\x90P_\x81\x90\x03a\x0CoW\x81\x15a\x0CjW`@Q\x7FQ\xD6 \xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\x14V[a\r_V[\x80\x83\x83`@Qa\x0C\x80\x92\x91\x90a)bV[`@Q\x80\x91\x03\x90 \x14a\x0C\xC4W`@Q\x7FQ\xD6 \xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\x14V[\x85_\x03a\r\tW\x82\x82\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x92\x99Pa\rJ\x92PPPV[a\r\x14\x87\x84\x84a\x1A\xB4V[a\rJW`@Q\x7F\x84\xE8\x16\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83`\x01\x90\x1B\x86\x17\x95P\x80\x85`\x05\x1B` \x8A\x01\x01R[a\rh\x85a)qV[\x94PPPP[a\rw\x81a)qV[\x90Pa\x0B\xDBV[P\x83Q` \x80\x86\x01\x91\x90\x91 `@Q\x90\x91\x88\x91\x85\x91a\r\xA5\x91\x84\x91\x84\x91\x87\x91\x8B\x91\x01a)\xA8V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 `\x01_\x8Fc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x8Cc\xFF\xFF\xFF\xFF\x16\x7F4\xF0JJ\x17\xAE\xA2\xF5\xB2C|\xF0\x18\x98\x1E\x9B\xCE\x12]$!\xD8\x7F\xA5\x02\x81=&\xA3)\x1C\x9A\x83\x83\x86\x8A`@Qa\x0E\x18\x94\x93\x92\x91\x90a* V[`@Q\x80\x91\x03\x90\xA2PPPPPPPPPPPPPV[`@Q\x7F\xB3xU\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R_\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\xB3xU\xC8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\xB9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xDD\x91\x90a*`V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x90 T\x90\x91P3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x03a\x0FDW`@Q\x7F\x9E@iZ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\t\x14V[a\x01\0\x84\x14\x15\x80a\x0FZWPa\x0FZ\x85\x85a\x1A\xF3V[\x15a\x0F\x91W`@Q\x7Fv\xD4\xE1\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x80\x82\x14a\x0F\xCBW`@Q\x7F\x92So\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x10e\x83\x83\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x10\x11\x92P3\x91P\x89\x90P\x88a\x12`V[`@Q\x80``\x01`@R\x80`,\x81R` \x01a,I`,\x919\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x176\x92PPPV[a\x10\x9BW`@Q\x7F\x92So\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Q\x80`@\x01`@R\x803s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x86\x86`@Qa\x10\xD2\x92\x91\x90a)bV[`@\x80Q\x91\x82\x90\x03\x90\x91 \x90\x91R`\xFF\x83\x16_\x81\x81R` \x81\x81R\x90\x83\x90 \x84Q\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x81U\x93\x01Q`\x01\x90\x93\x01\x92\x90\x92UQ3\x91\x90\x7F\x91\xB9\xAD\xD2\xBCm\xC7G\x89n\x93\r8\r\x96\xDBU\xEC\x85\x97!\xE82\x82+\x1Bb\xBA\x90\xA8\xBF\xF8\x90a\x11q\x90\x89\x90\x89\x90a*{V[`@Q\x80\x91\x03\x90\xA3PPPPPV[_\x80\x7F\xD9Y\xE9\x1E\xE6\x92\xFFH\xD9\xE8\x02\xAE\x96E\x9C\xD0\x9BS\x89\x12e\xE4\xB3\x98H\xA16\xE6\t\xAA\xDELa\x11\xB0` \x85\x01\x85a&\xFAV[a\x11\xC0`@\x86\x01` \x87\x01a&\xFAV[`@\x80Q` \x81\x01\x94\x90\x94Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x84\x82\x01R\x91\x16``\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\x80\x83\x01R\x84\x015`\xA0\x82\x01R`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x12Ya\x12\x1Ea\x1B4V[\x82`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x93\x92PPPV[_\x7F\x131S\xBB\xE2\xCA\xEB;lL\x90}\xA5+\x82\x18,\x05e\\\x1CVb\xC8\x1E.u\xA1\xD3\xAF\x04\xA5F0\x86\x86\x86`@Qa\x12\x95\x92\x91\x90a)bV[`@\x80Q\x91\x82\x90\x03\x82 ` \x83\x01\x96\x90\x96R\x81\x01\x93\x90\x93Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16``\x84\x01R\x16`\x80\x82\x01R`\xA0\x81\x01\x91\x90\x91R`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x93\x92PPPV[```@Q\x80``\x01`@R\x80`,\x81R` \x01a,I`,\x919\x90P\x90V[_`\x03a\x13(\x83`\x02a(\xF1V[a\x133\x90`\x02a*\xC7V[a\x13=\x91\x90a*\xDAV[\x92\x91PPV[_a\x13=c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a(\xA2V[c\xFF\xFF\xFF\xFF\x85\x16_\x90\x81R`\x01` R`@\x81 T\x90\x81\x90\x03a\x13\xCBW`@Q\x7F\xD5\xA1?k\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\t\x14V[\x80a\x13\xD9` \x87\x01\x87a&\xBAV[a\x13\xE9`@\x88\x01` \x89\x01a&\xBAV[`@\x88\x015a\x13\xFB``\x8A\x01\x8Aa'\x15V[`@Q` \x01a\x14\x0F\x95\x94\x93\x92\x91\x90a*\xEDV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14a\x14dW`@Q\x7FN\xB0Lu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\t\x14V[\x83\x15\x80\x15\x90a\x14\x9FWP\x84`@\x015\x83\x83`@Q` \x01a\x14\x86\x92\x91\x90a+^V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14\x15[\x15a\x14\xDEW`@Q\x7FN\xB0Lu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\t\x14V[PPPPPPV[``_a\x14\xF9`@\x89\x01` \x8A\x01a&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80\x19\x87k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x16_\x14a\x15cW`@Q\x7Fq\xB2\xF6\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01R`$\x01a\t\x14V[_a\x15{\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x18\xC3V[\x90P_a\x15\xA4a\x02\xB0a\x15\x91` \x8D\x01\x8Da&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x18\xC3V[\x90P\x80\x82\x10\x15a\x15\xEAW`@Q\x7Fj!Y\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\t\x14V[a\x15\xF7``\x8B\x01\x8Ba'\x15V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x82\x90RP\x93\x97PPPPk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x19\x84\x16\x90\x81\x15a\x16SWa\x16N\x82a\x18\xC3V[a\x16UV[_[\x90P\x86\x81\x14a\x16\x9AW`@Q\x7F\xBED\xC3r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x88\x90R`D\x01a\t\x14V[\x81_\x03a\x16\xABWPPPPPa\x17,V[_a\x16\xDA\x87\x8E_\x01` \x81\x01\x90a\x16\xC2\x91\x90a&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x8E\x8E\x8E\x8Ea\x1C\xB8V[\x90P\x80\x15a\x17%Wa\x16\xED`\x01\x82a+\x9EV[`@Q\x7FQ\xD6 \xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\t\x14V[PPPPPP[\x96\x95PPPPPPV[_\x80a\x17Ea\x01\0`\x80a*\xC7V[a\x17P\x90`\x02a(\xF1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x17hWa\x17ha)\x08V[`@Q\x90\x80\x82R\x80`\x1F\x01`\x1F\x19\x16` \x01\x82\x01`@R\x80\x15a\x17\x92W` \x82\x01\x81\x806\x837\x01\x90P[P\x90Pa\x17\xA0\x81_\x88a\x1E@V[a\x17\xB6\x81`\x01a\x17\xB0\x88\x88a\x1F\x87V[\x86a\x1F\xB4V[a\x17,\x81a $V[`@\x80Q`\x80\x80\x82R`\xA0\x82\x01\x90\x92R_\x91``\x91\x90` \x82\x01\x81\x806\x837\x01\x90PP\x90P`@Q`\x80` \x86\x01\x82^`\x80` \x85\x01`\x80\x83\x01^`\x80` \x83\x01a\x01\0\x83`\x0BZ\xFA`\x80\x85Q\x14`\x80\x87Q\x14\x16\x16\x92PP\x92P\x92\x90PV[_\x80a\x18-a\x01\0`\x80a*\xC7V[a\x188\x90`\x03a(\xF1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x18PWa\x18Pa)\x08V[`@Q\x90\x80\x82R\x80`\x1F\x01`\x1F\x19\x16` \x01\x82\x01`@R\x80\x15a\x18zW` \x82\x01\x81\x806\x837\x01\x90P[P\x90Pa\x18\x88\x81_\x8Aa\x1E@V[a\x18\x9E\x81`\x01a\x18\x98\x89\x8Ba\x1F\x87V[\x88a\x1F\xB4V[a\x18\xAE\x81`\x02a\x17\xB0\x87\x8Ba\x1F\x87V[a\x18\xB7\x81a $V[\x98\x97PPPPPPPPV[_`\x80\x82\x90\x1C\x15a\x19\x03W`@Q\x7F\x93\xB4\xEC\xF9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t\x14V[`\x01\x82\x90\x1CoUUUUUUUUUUUUUUUU\x16\x82\x03\x91P`\x02\x82\x90\x1Co3333333333333333\x16\x82o3333333333333333\x16\x01\x91P`\x04\x82\x90\x1C\x82\x01o\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16\x91P`x\x82o\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x90\x1C`\xFF\x16\x90P\x91\x90PV[`\xFF\x81\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92R\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R`\x01\x01T\x91\x81\x01\x82\x90R\x90\x82\x03a\x19\xD5WP_\x90Pa\x13=V[\x80Q`@Q\x7F\xB3xU\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x85\x16\x90c\xB3xU\xC8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x1A~WP`@\x80Q`\x1F=\x90\x81\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x82\x01\x90\x92Ra\x1A{\x91\x81\x01\x90a*`V[`\x01[a\x1A\x8BWP_\x90Pa\x13=V[\x83`\xFF\x16\x81`\xFF\x16\x14a\x1A\x9EW_a\x1A\xA4V[\x81` \x01Q[\x92PPPa\x13=V[P\x92\x91PPV[_a\x01\0\x82\x14a\x1A\xC5WP_a\x12YV[`@Qa\x01\0` \x86\x01\x82^a\x01\0\x84a\x01\0\x83\x017a\x01\0` \x86\x01a\x02\0\x83`\rZ\xFA\x95\x94PPPPPV[`\x01_[\x82\x81\x10\x15a\x1A\xADWa\x1B\x0B\x83\x82\x81\x87a+\xB1V[a\x1B\x14\x91a+\xD8V[\x15a\x1B\"W_\x91PPa\x13=V[a\x1B-` \x82a*\xC7V[\x90Pa\x1A\xF7V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a\x1C\x93WP`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 \x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[_a\x01\0\x88Q\x14a\x1C\xF5W`@Q\x7F\xAB\xF6\x06\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qa\x01\0\x81\x01a\x01\0` \x8B\x01\x83^___[\x8A\x81\x1C\x15a\x1E'W`\x01\x8C\x82\x1C\x16\x15a\x1E\x1FW`\x01\x8B\x82\x1C\x16\x15a\x1E\x18W\x82`\x05\x1B\x88\x015\x88\x01a\x01\0` \x82\x01\x867\x82`\x05\x1B\x8B\x015a\x01\0\x86 \x14a\x01\0\x825\x14\x16\x8A\x84\x10\x89\x86\x10\x16\x16\x90P\x80a\x1DiW`\x01\x82\x01\x96PPa\x1E'V[P`\x01\x83\x01\x92P`\x80\x84\x01[a\x01\0\x85\x01\x81\x10\x15a\x1D\xFCW\x80Q` \x82\x01Q\x80\x82\x17\x15a\x1D\xF2W\x80\x7FdwK\x84\xF3\x85\x12\xBFg0\xD2\xA0\xF6\xB0\xF6$\x1E\xAB\xFF\xFE\xB1S\xFF\xFF\xB9\xFE\xFF\xFF\xFF\xFF\xAA\xAB\x03` \x84\x01R\x7FdwK\x84\xF3\x85\x12\xBFg0\xD2\xA0\xF6\xB0\xF6$\x1E\xAB\xFF\xFE\xB1S\xFF\xFF\xB9\xFE\xFF\xFF\xFF\xFF\xAA\xAB\x81\x11\x82o\x1A\x01\x11\xEA9\x7F\xE6\x9AK\x1B\xA7\xB6CK\xAC\xD7\x03\x03\x83R[PP`@\x01a\x1DuV[Pa\x01\0\x85a\x02\0\x87`\rZ\xFAa\x1E\x18W`\x01\x81\x01\x95Pa\x1E'V[`\x01\x82\x01\x91P[`\x01\x01a\x1D\nV[PPPPa\x01\0\x81` \x8B\x01^P\x97\x96PPPPPPPV[`\x80\x81Q\x14a\x1E{W`@Q\x7F\xAB\xF6\x06\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x01\x80\x82\x02` \x84\x01\x01`\x80` \x83\x01\x82^o\x02J\xA2\xB2\xF0\x8F\n\x91&\x08\x05'-\xC5\x10Q`\x80\x82\x01R\x7F\xC6\xE4z\xD4\xFA@;\x02\xB4Q\x0Bdz\xE3\xD1w\x0B\xAC\x03&\xA8\x05\xBB\xEF\xD4\x80V\xC8\xC1!\xBD\xB8`\xA0\x82\x01Ro\x13\xE0+`Rq\x9F`}\xAC\xD3\xA0\x88'Oe`\xC0\x82\x01R\x7FYk\xD0\xD0\x99 \xB6\x1A\xB5\xDAa\xBB\xDC\x7FPI3L\xF1\x12\x13\x94]W\xE5\xAC}\x05]\x04+~`\xE0\x82\x01Ro\r\x1B<\xC2\xC7\x02x\x88\xBEQ\xD9\xEFi\x1Dw\xBCa\x01\0\x82\x01R\x7F\xB6y\xAF\xDAf\xC7?\x17\xF9\xEE87\xA5P$\xF7\x8Cq62u\xA7]u\xD8k\xABy\xF7G\x82\xAAa\x01 \x82\x01Ro\x13\xFAMJ\n\xD8\xB1\xCE\x18n\xD5\x06\x17\x89!=a\x01@\x82\x01R\x7F\x999#\x06m\xDD\xAF\x10@\xBC?\xF5\x9F\x82\\x\xDFt\xF2\xD7Tg\xE2^\x0FU\xF8\xA0\x0F\xA00\xEDa\x01`\x82\x01RPPPPV[``a\x12Y\x83`@Q` \x01a\x1F\x9F\x91\x81R` \x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x83a AV[`\x80\x82Q\x14\x15\x80a\x1F\xC8WPa\x01\0\x81Q\x14\x15[\x15a\x1F\xFFW`@Q\x7F\xAB\xF6\x06\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x01\x80\x83\x02` \x85\x01\x01`\x80` \x84\x01\x82^a\x01\0` \x83\x01`\x80\x83\x01^PPPPPV[___R` _\x83Q` \x85\x01`\x0FZ\xFA_Q`\x01\x14\x16\x92\x91PPV[``_a N\x84\x84a!yV[`@\x80Q`\x80\x80\x82R`\xA0\x82\x01\x90\x92R\x91\x92P` \x82\x01\x81\x806\x837\x01\x90PP\x91P_`@Q`@\x81R`\x01` \x82\x01R`@\x80\x82\x01R`\x01`\xA0\x82\x01So\x1A\x01\x11\xEA9\x7F\xE6\x9AK\x1B\xA7\xB6CK\xAC\xD7`\xA1\x82\x01R\x7FdwK\x84\xF3\x85\x12\xBFg0\xD2\xA0\xF6\xB0\xF6$\x1E\xAB\xFF\xFE\xB1S\xFF\xFF\xB9\xFE\xFF\xFF\xFF\xFF\xAA\xAB`\xC1\x82\x01Ra\x01\0\x81\x01`@` \x85\x01``\x84\x01^`@\x81`\xE1\x84`\x05Z\xFA\x92P`@``\x85\x01``\x84\x01^`@\x80\x82\x01`\xE1\x84`\x05Z\xFA\x83\x16\x92Pa\x01\x80\x82\x01\x91P`\x80\x82`@\x83`\x10Z\xFA\x83\x16\x92P`\x80\x80\x83\x01`@\x80\x84\x01`\x10Z\xFA\x83\x16\x92PP`\x80` \x85\x01a\x01\0\x83`\x0BZ\xFA\x82\x16\x91PP\x80a!qW`@Q\x7F\x84\xE8\x16\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP\x92\x91PPV[`@\x80Q`\x80\x80\x82R`\xA0\x82\x01\x90\x92R``\x91` \x82\x01\x81\x806\x837\x01\x90PP\x90P_\x83Q\x83Q`@Q_\x81R_` \x82\x01R\x82` \x88\x01`@\x83\x01^\x82`@\x82\x01\x01a\x80\0`\xE8\x1B\x81R\x82` \x88\x01`\x03\x83\x01^\x82\x83`\x03\x83\x01\x01SP` _\x83\x85`D\x01\x01\x83`\x02Z\xFA\x93P_Q\x92P\x81` \x87\x01`!\x83\x01^\x81\x82`!\x01\x82\x01S_`\x01[`\x05\x81\x10\x15a\"6W\x81\x85\x18\x83R\x80` \x84\x01S\x80`\x05\x1B\x87\x01` \x81\x86`\"\x01\x86`\x02Z\xFA\x90Q\x96\x16\x95\x91P`\x01\x01a\"\x01V[PPPPP\x80a\x1A\xADW`@Q\x7F\x84\xE8\x16\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x12Y` \x83\x01\x84a\"rV[_`\x80\x82\x84\x03\x12\x15a\"\xE0W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a\"\xF6W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\rW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a#'W__\xFD[\x92P\x92\x90PV[_______a\x01\0\x88\x8A\x03\x12\x15a#EW__\xFD[a#O\x89\x89a\"\xD0V[\x96P`\x80\x88\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#jW__\xFD[a#v\x8A\x82\x8B\x01a\"\xD0V[\x96PP`\xA0\x88\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\x92W__\xFD[\x88\x01`@\x81\x8B\x03\x12\x15a#\xA3W__\xFD[\x94P`\xC0\x88\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xBEW__\xFD[a#\xCA\x8A\x82\x8B\x01a\"\xE6V[\x90\x95P\x93PP`\xE0\x88\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xE9W__\xFD[a#\xF5\x8A\x82\x8B\x01a\"\xE6V[\x98\x9B\x97\x9AP\x95\x98P\x93\x96\x92\x95\x92\x93PPPV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a$\x1BW__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a$0W__\xFD[a\x12Y\x82a$\x08V[_`\xC0\x82\x84\x03\x12\x15a\"\xE0W__\xFD[_____`\x80\x86\x88\x03\x12\x15a$]W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$sW__\xFD[a$\x7F\x88\x82\x89\x01a$9V[\x95PP` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x9BW__\xFD[a$\xA7\x88\x82\x89\x01a$9V[\x94PP`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xC3W__\xFD[a$\xCF\x88\x82\x89\x01a\"\xD0V[\x93PP``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xEBW__\xFD[a$\xF7\x88\x82\x89\x01a\"\xE6V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[___`@\x84\x86\x03\x12\x15a%\x1AW__\xFD[a%#\x84a$\x08V[\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%>W__\xFD[a%J\x86\x82\x87\x01a\"\xE6V[\x94\x97\x90\x96P\x93\x94PPPPV[`\xFF\x81\x16\x81\x14a%eW__\xFD[PV[_` \x82\x84\x03\x12\x15a%xW__\xFD[\x815a\x12Y\x81a%WV[__\x83`\x1F\x84\x01\x12a%\x93W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\xAAW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a#'W__\xFD[____`@\x85\x87\x03\x12\x15a%\xD4W__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\xEAW__\xFD[a%\xF6\x87\x82\x88\x01a%\x83V[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x15W__\xFD[a&!\x87\x82\x88\x01a%\x83V[\x95\x98\x94\x97P\x95PPPPV[_`\x80\x82\x84\x03\x12\x15a&=W__\xFD[a\x12Y\x83\x83a\"\xD0V[___`@\x84\x86\x03\x12\x15a&YW__\xFD[\x835s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&|W__\xFD[\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x97W__\xFD[a%J\x86\x82\x87\x01a%\x83V[_` \x82\x84\x03\x12\x15a&\xB3W__\xFD[P5\x91\x90PV[_` \x82\x84\x03\x12\x15a&\xCAW__\xFD[\x815k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x12YW__\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a%eW__\xFD[_` \x82\x84\x03\x12\x15a'\nW__\xFD[\x815a\x12Y\x81a&\xE5V[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a'HW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a'bW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a#'W__\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x836\x03\x01\x81\x12a'\xA8W__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a'\xE5W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a'\xFFW__\xFD[` \x01\x91P`\x05\x81\x90\x1B6\x03\x82\x13\x15a#'W__\xFD[_` \x82\x84\x03\x12\x15a(&W__\xFD[PQ\x91\x90PV[_` \x82\x84\x03\x12\x15a(=W__\xFD[\x81Qa\x12Y\x81a&\xE5V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80a(\xBBWa(\xBBa(HV[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13=Wa\x13=a(uV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x13=Wa\x13=a(uV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a)\xA1Wa)\xA1a(uV[P`\x01\x01\x90V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85`\xA0\x1B\x16\x81R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84`\xA0\x1B\x16`\x0C\x82\x01R\x82`\x18\x82\x01R_\x82Q\x80` \x85\x01`8\x85\x01^_\x92\x01`8\x01\x91\x82RP\x94\x93PPPPV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R\x82`@\x82\x01R`\x80``\x82\x01R_a\x17,`\x80\x83\x01\x84a\"rV[_` \x82\x84\x03\x12\x15a*pW__\xFD[\x81Qa\x12Y\x81a%WV[` \x81R\x81` \x82\x01R\x81\x83`@\x83\x017_\x81\x83\x01`@\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x01\x01\x91\x90PV[\x80\x82\x01\x80\x82\x11\x15a\x13=Wa\x13=a(uV[_\x82a*\xE8Wa*\xE8a(HV[P\x04\x90V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86`\xA0\x1B\x16\x81R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85`\xA0\x1B\x16`\x0C\x82\x01R\x83`\x18\x82\x01R\x81\x83`8\x83\x017_\x91\x01`8\x01\x90\x81R\x94\x93PPPPV[_\x7F\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a+\x8BW__\xFD[\x82`\x05\x1B\x80\x85\x847\x91\x90\x91\x01\x93\x92PPPV[\x81\x81\x03\x81\x81\x11\x15a\x13=Wa\x13=a(uV[__\x85\x85\x11\x15a+\xBFW__\xFD[\x83\x86\x11\x15a+\xCBW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x13=W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV\xFEBATON-V1-ATTESTATION-BLS12381G1_XMD:SHA-256_SSWU_RO_BATON-V1-POP-BLS12381G1_XMD:SHA-256_SSWU_RO_",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x608060405234801561000f575f5ffd5b50600436106100e5575f3560e01c80637b10399911610088578063c271479f11610063578063c271479f14610287578063e51fc7671461029a578063f8ce560a146102a2578063fb0e722b146102b5575f5ffd5b80637b1039991461020157806386a426631461024d578063ad6f12ad14610274575f5ffd5b80633aaf64d8116100c35780633aaf64d8146101495780634d7926d31461015c578063681c0cc11461016f57806375ce011d146101ee575f5ffd5b80630d1d7908146100e957806314d181211461010757806326352fff1461011c575b5f5ffd5b6100f16102dc565b6040516100fe91906122be565b60405180910390f35b61011a61011536600461232e565b6102fc565b005b61013b61012a366004612420565b60016020525f908152604090205481565b6040519081526020016100fe565b61011a610157366004612449565b61041e565b61011a61016a366004612508565b6108c4565b6101c261017d366004612568565b60ff165f90815260208181526040918290208251808401909352805473ffffffffffffffffffffffffffffffffffffffff168084526001909101549290910182905291565b6040805173ffffffffffffffffffffffffffffffffffffffff90931683526020830191909152016100fe565b61011a6101fc3660046125c1565b610e2f565b6102287f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff90911681526020016100fe565b61013b7f000000000000000000000000000000000000000000000000000000000000000081565b61013b61028236600461262d565b611180565b61013b610295366004612647565b611260565b6100f16112fa565b61013b6102b03660046126a3565b61131a565b6102287f000000000000000000000000000000000000000000000000000000000000000081565b6060604051806060016040528060348152602001612c1560349139905090565b5f61030a60208701876126ba565b905061035e61032761032260408b0160208c016126fa565b611343565b886bffffffffffffffffffffffff84161961034860408301602084016126ba565b6bffffffffffffffffffffffff16168888611374565b5f61036d8883888888886114e6565b90506103dd61037f6020890189612715565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506103be92508d91506111809050565b604051806060016040528060348152602001612c156034913984611736565b610413576040517f1d39f94600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050505050565b848461042d60208201826126fa565b67ffffffffffffffff1661044460208401846126fa565b67ffffffffffffffff1614158061048d575061046660408201602083016126fa565b67ffffffffffffffff1661048060408401602085016126fa565b67ffffffffffffffff1614155b806104a057508060400135826040013514155b806104b2575080606001358260600135145b156104e9576040517f813d59df00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f806104f860808a018a612776565b6105069060208101906126ba565b61051360808a018a612776565b6105219060208101906126ba565b909250905061057561053c61032260408701602088016126fa565b886bffffffffffffffffffffffff858516161961055f60408301602084016126ba565b6bffffffffffffffffffffffff16168989611374565b5f610592888489898e8060a0019061058d91906127b2565b6114e6565b90505f6105ac89848a8a8e8060a0019061058d91906127b2565b90505f806106676105c060808f018f612776565b6105ce906020810190612715565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f81840152601f19601f820116905080830192505050505050508d80608001906106209190612776565b61062e906020810190612715565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f920191909152506117bf92505050565b915091508115806106ab57506106a981604051806060016040528060348152602001612c15603491396106998b611180565b876106a38c611180565b8861181e565b155b156106e2576040517f1d39f94600000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f7f4f09782e123ac95d01fe8b912c493640702130abbbc7e05a00727cccdadc1cd161071160208b018b6126fa565b61072160408c0160208d016126fa565b60408051602081019490945267ffffffffffffffff92831684820152911660608301528a0135608082015260a001604080517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0818403018152918152815160209283012092508888166bffffffffffffffffffffffff169173ffffffffffffffffffffffffffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016916371214e1d9184916107e891908f01908f016126fa565b6040517fffffffff0000000000000000000000000000000000000000000000000000000060e085901b168152600481019290925267ffffffffffffffff166024820152604481018590523360648201526084016020604051808303815f875af1158015610857573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061087b9190612816565b5f036108b3576040517f38fbeb3400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505050505050505050505050505050565b63ffffffff83165f908152600160205260409020541561091d576040517f3203820700000000000000000000000000000000000000000000000000000000815263ffffffff841660048201526024015b60405180910390fd5b5f7f000000000000000000000000000000000000000000000000000000000000000090507f000000000000000000000000000000000000000000000000000000000000000063ffffffff168173ffffffffffffffffffffffffffffffffffffffff16633359632e6040518163ffffffff1660e01b8152600401602060405180830381865afa1580156109b1573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906109d5919061282d565b6109df91906128a2565b6109ea9060016128d1565b67ffffffffffffffff168463ffffffff161115610a3b576040517fa2aeb36800000000000000000000000000000000000000000000000000000000815263ffffffff85166004820152602401610914565b6040517f697e205600000000000000000000000000000000000000000000000000000000815263ffffffff851660048201525f9073ffffffffffffffffffffffffffffffffffffffff83169063697e205690602401602060405180830381865afa158015610aab573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610acf9190612816565b9050805f03610b12576040517ff0eb10c200000000000000000000000000000000000000000000000000000000815263ffffffff86166004820152602401610914565b5f610b1c826118c3565b9050838114610b61576040517fbe44c3720000000000000000000000000000000000000000000000000000000081526004810182905260248101859052604401610914565b5f610b6d8260206128f1565b67ffffffffffffffff811115610b8557610b85612908565b6040519080825280601f01601f191660200182016040528015610baf576020820181803683370190505b506040805161010080825261012082019092529192505f91906020820181803683370190505090505f5f5f5b86811c15610d7e57600187821c1615610d6e57365f8b8b85818110610c0257610c02612935565b9050602002810190610c149190612715565b915091505f610c238b85611987565b90505f819003610c6f578115610c6a576040517f51d620a900000000000000000000000000000000000000000000000000000000815260ff85166004820152602401610914565b610d5f565b808383604051610c80929190612962565b604051809103902014610cc4576040517f51d620a900000000000000000000000000000000000000000000000000000000815260ff85166004820152602401610914565b855f03610d095782828080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250929950610d4a92505050565b610d14878484611ab4565b610d4a576040517f84e8169200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b836001901b86179550808560051b60208a0101525b610d6885612971565b94505050505b610d7781612971565b9050610bdb565b508351602080860191909120604051909188918591610da5918491849187918b91016129a8565b6040516020818303038152906040528051906020012060015f8f63ffffffff1663ffffffff1681526020019081526020015f20819055508c63ffffffff167f34f04a4a17aea2f5b2437cf018981e9bce125d2421d87fa502813d26a3291c9a8383868a604051610e189493929190612a20565b60405180910390a250505050505050505050505050565b6040517fb37855c80000000000000000000000000000000000000000000000000000000081523360048201525f907f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff169063b37855c890602401602060405180830381865afa158015610eb9573d5f5f3e3d5ffd5b505050506040513d601f19601f82011682018060405250810190610edd9190612a60565b60ff81165f908152602081905260409020549091503373ffffffffffffffffffffffffffffffffffffffff90911603610f44576040517f9e40695a000000000000000000000000000000000000000000000000000000008152336004820152602401610914565b61010084141580610f5a5750610f5a8585611af3565b15610f91576040517f76d4e1e800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60808214610fcb576040517f92536faf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61106583838080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611011925033915089905088611260565b6040518060600160405280602c8152602001612c49602c913988888080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201919091525061173692505050565b61109b576040517f92536faf00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b60405180604001604052803373ffffffffffffffffffffffffffffffffffffffff16815260200186866040516110d2929190612962565b604080519182900390912090915260ff83165f818152602081815290839020845181547fffffffffffffffffffffffff00000000000000000000000000000000000000001673ffffffffffffffffffffffffffffffffffffffff909116178155930151600190930192909255513391907f91b9add2bc6dc747896e930d380d96db55ec859721e832822b1b62ba90a8bff8906111719089908990612a7b565b60405180910390a35050505050565b5f807fd959e91ee692ff48d9e802ae96459cd09b53891265e4b39848a136e609aade4c6111b060208501856126fa565b6111c060408601602087016126fa565b60408051602081019490945267ffffffffffffffff92831684820152911660608381019190915290850135608083015284013560a082015260c00160405160208183030381529060405280519060200120905061125961121e611b34565b826040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b9392505050565b5f7f133153bbe2caeb3b6c4c907da52b82182c05655c1c5662c81e2e75a1d3af04a54630868686604051611295929190612962565b60408051918290038220602083019690965281019390935273ffffffffffffffffffffffffffffffffffffffff918216606084015216608082015260a081019190915260c0016040516020818303038152906040528051906020012090509392505050565b60606040518060600160405280602c8152602001612c49602c9139905090565b5f60036113288360026128f1565b611333906002612ac7565b61133d9190612ada565b92915050565b5f61133d63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016836128a2565b63ffffffff85165f90815260016020526040812054908190036113cb576040517fd5a13f6b00000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602401610914565b806113d960208701876126ba565b6113e960408801602089016126ba565b60408801356113fb60608a018a612715565b60405160200161140f959493929190612aed565b6040516020818303038152906040528051906020012014611464576040517f4eb04c7500000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602401610914565b831580159061149f575084604001358383604051602001611486929190612b5e565b6040516020818303038152906040528051906020012014155b156114de576040517f4eb04c7500000000000000000000000000000000000000000000000000000000815263ffffffff87166004820152602401610914565b505050505050565b60605f6114f96040890160208a016126ba565b6bffffffffffffffffffffffff1690508019876bffffffffffffffffffffffff16165f14611563576040517f71b2f60a0000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff88166004820152602401610914565b5f61157b886bffffffffffffffffffffffff166118c3565b90505f6115a46102b061159160208d018d6126ba565b6bffffffffffffffffffffffff166118c3565b9050808210156115ea576040517f6a2159840000000000000000000000000000000000000000000000000000000081526004810183905260248101829052604401610914565b6115f760608b018b612715565b8080601f0160208091040260200160405190810160405280939291908181526020018383808284375f9201829052509397505050506bffffffffffffffffffffffff8a161984169081156116535761164e826118c3565b611655565b5f5b905086811461169a576040517fbe44c3720000000000000000000000000000000000000000000000000000000081526004810182905260248101889052604401610914565b815f036116ab57505050505061172c565b5f6116da878e5f0160208101906116c291906126ba565b6bffffffffffffffffffffffff16858e8e8e8e611cb8565b90508015611725576116ed600182612b9e565b6040517f51d620a900000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610914565b5050505050505b9695505050505050565b5f806117456101006080612ac7565b6117509060026128f1565b67ffffffffffffffff81111561176857611768612908565b6040519080825280601f01601f191660200182016040528015611792576020820181803683370190505b5090506117a0815f88611e40565b6117b68160016117b08888611f87565b86611fb4565b61172c81612024565b60408051608080825260a082019092525f9160609190602082018180368337019050509050604051608060208601825e608060208501608083015e60806020830161010083600b5afa6080855114608087511416169250509250929050565b5f8061182d6101006080612ac7565b6118389060036128f1565b67ffffffffffffffff81111561185057611850612908565b6040519080825280601f01601f19166020018201604052801561187a576020820181803683370190505b509050611888815f8a611e40565b61189e816001611898898b611f87565b88611fb4565b6118ae8160026117b0878b611f87565b6118b781612024565b98975050505050505050565b5f608082901c15611903576040517f93b4ecf900000000000000000000000000000000000000000000000000000000815260048101839052602401610914565b600182901c6f555555555555555555555555555555551682039150600282901c6f3333333333333333333333333333333316826f3333333333333333333333333333333316019150600482901c82016f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f1691506078826f0101010101010101010101010101010102901c60ff169050919050565b60ff81165f908152602081815260408083208151808301909252805473ffffffffffffffffffffffffffffffffffffffff168252600101549181018290529082036119d557505f905061133d565b80516040517fb37855c800000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff91821660048201529085169063b37855c890602401602060405180830381865afa925050508015611a7e575060408051601f3d9081017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0168201909252611a7b91810190612a60565b60015b611a8b57505f905061133d565b8360ff168160ff1614611a9e575f611aa4565b81602001515b9250505061133d565b5092915050565b5f6101008214611ac557505f611259565b60405161010060208601825e610100846101008301376101006020860161020083600d5afa95945050505050565b60015f5b82811015611aad57611b0b83828187612bb1565b611b1491612bd8565b15611b22575f91505061133d565b611b2d602082612ac7565b9050611af7565b5f7f00000000000000000000000000000000000000000000000000000000000000004614611c935750604080518082018252600581527f4261746f6e00000000000000000000000000000000000000000000000000000060209182015281518083018352600181527f31000000000000000000000000000000000000000000000000000000000000009082015281517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f818301527f0aa4defc4c559dd65bd18b66f3d123455e0a9dff9af8446aaf98305e252707ae818401527fc89efdaa54c0f20c7adf612882df0950f5a951637e0307cdcb4c672f298b8bc660608201524660808201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1660a0808301919091528351808303909101815260c0909101909252815191012090565b507f000000000000000000000000000000000000000000000000000000000000000090565b5f610100885114611cf5576040517fabf606ef00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b604051610100810161010060208b01835e5f5f5f5b8a811c15611e275760018c821c1615611e1f5760018b821c1615611e18578260051b88013588016101006020820186378260051b8b0135610100862014610100823514168a84108986101616905080611d695760018201965050611e27565b50600183019250608084015b6101008501811015611dfc578051602082015180821715611df257807f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab0360208401527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab8111826f1a0111ea397fe69a4b1ba7b6434bacd7030383525b5050604001611d75565b506101008561020087600d5afa611e1857600181019550611e27565b6001820191505b600101611d0a565b505050506101008160208b015e50979650505050505050565b6080815114611e7b576040517fabf606ef00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61018082026020840101608060208301825e6f024aa2b2f08f0a91260805272dc5105160808201527fc6e47ad4fa403b02b4510b647ae3d1770bac0326a805bbefd48056c8c121bdb860a08201526f13e02b6052719f607dacd3a088274f6560c08201527f596bd0d09920b61ab5da61bbdc7f5049334cf11213945d57e5ac7d055d042b7e60e08201526f0d1b3cc2c7027888be51d9ef691d77bc6101008201527fb679afda66c73f17f9ee3837a55024f78c71363275a75d75d86bab79f74782aa6101208201526f13fa4d4a0ad8b1ce186ed5061789213d6101408201527f993923066dddaf1040bc3ff59f825c78df74f2d75467e25e0f55f8a00fa030ed61016082015250505050565b606061125983604051602001611f9f91815260200190565b60405160208183030381529060405283612041565b60808251141580611fc85750610100815114155b15611fff576040517fabf606ef00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b61018083026020850101608060208401825e61010060208301608083015e5050505050565b5f5f5f5260205f835160208501600f5afa5f516001141692915050565b60605f61204e8484612179565b60408051608080825260a082019092529192506020820181803683370190505091505f6040516040815260016020820152604080820152600160a08201536f1a0111ea397fe69a4b1ba7b6434bacd760a18201527f64774b84f38512bf6730d2a0f6b0f6241eabfffeb153ffffb9feffffffffaaab60c18201526101008101604060208501606084015e60408160e18460055afa9250604060608501606084015e604080820160e18460055afa831692506101808201915060808260408360105afa831692506080808301604080840160105afa831692505060806020850161010083600b5afa821691505080612171576040517f84e8169200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b505092915050565b60408051608080825260a082019092526060916020820181803683370190505090505f835183516040515f81525f60208201528260208801604083015e82604082010161800060e81b81528260208801600383015e82836003830101535060205f8385604401018360025afa93505f5192508160208701602183015e81826021018201535f60015b60058110156122365781851883528060208401538060051b8701602081866022018660025afa90519616959150600101612201565b505050505080611aad576040517f84e8169200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b602081525f6112596020830184612272565b5f608082840312156122e0575f5ffd5b50919050565b5f5f83601f8401126122f6575f5ffd5b50813567ffffffffffffffff81111561230d575f5ffd5b6020830191508360208260051b8501011115612327575f5ffd5b9250929050565b5f5f5f5f5f5f5f610100888a031215612345575f5ffd5b61234f89896122d0565b9650608088013567ffffffffffffffff81111561236a575f5ffd5b6123768a828b016122d0565b96505060a088013567ffffffffffffffff811115612392575f5ffd5b88016040818b0312156123a3575f5ffd5b945060c088013567ffffffffffffffff8111156123be575f5ffd5b6123ca8a828b016122e6565b90955093505060e088013567ffffffffffffffff8111156123e9575f5ffd5b6123f58a828b016122e6565b989b979a50959850939692959293505050565b803563ffffffff8116811461241b575f5ffd5b919050565b5f60208284031215612430575f5ffd5b61125982612408565b5f60c082840312156122e0575f5ffd5b5f5f5f5f5f6080868803121561245d575f5ffd5b853567ffffffffffffffff811115612473575f5ffd5b61247f88828901612439565b955050602086013567ffffffffffffffff81111561249b575f5ffd5b6124a788828901612439565b945050604086013567ffffffffffffffff8111156124c3575f5ffd5b6124cf888289016122d0565b935050606086013567ffffffffffffffff8111156124eb575f5ffd5b6124f7888289016122e6565b969995985093965092949392505050565b5f5f5f6040848603121561251a575f5ffd5b61252384612408565b9250602084013567ffffffffffffffff81111561253e575f5ffd5b61254a868287016122e6565b9497909650939450505050565b60ff81168114612565575f5ffd5b50565b5f60208284031215612578575f5ffd5b813561125981612557565b5f5f83601f840112612593575f5ffd5b50813567ffffffffffffffff8111156125aa575f5ffd5b602083019150836020828501011115612327575f5ffd5b5f5f5f5f604085870312156125d4575f5ffd5b843567ffffffffffffffff8111156125ea575f5ffd5b6125f687828801612583565b909550935050602085013567ffffffffffffffff811115612615575f5ffd5b61262187828801612583565b95989497509550505050565b5f6080828403121561263d575f5ffd5b61125983836122d0565b5f5f5f60408486031215612659575f5ffd5b833573ffffffffffffffffffffffffffffffffffffffff8116811461267c575f5ffd5b9250602084013567ffffffffffffffff811115612697575f5ffd5b61254a86828701612583565b5f602082840312156126b3575f5ffd5b5035919050565b5f602082840312156126ca575f5ffd5b81356bffffffffffffffffffffffff81168114611259575f5ffd5b67ffffffffffffffff81168114612565575f5ffd5b5f6020828403121561270a575f5ffd5b8135611259816126e5565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe1843603018112612748575f5ffd5b83018035915067ffffffffffffffff821115612762575f5ffd5b602001915036819003821315612327575f5ffd5b5f82357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffc18336030181126127a8575f5ffd5b9190910192915050565b5f5f83357fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe18436030181126127e5575f5ffd5b83018035915067ffffffffffffffff8211156127ff575f5ffd5b6020019150600581901b3603821315612327575f5ffd5b5f60208284031215612826575f5ffd5b5051919050565b5f6020828403121561283d575f5ffd5b8151611259816126e5565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b5f67ffffffffffffffff8316806128bb576128bb612848565b8067ffffffffffffffff84160491505092915050565b67ffffffffffffffff818116838216019081111561133d5761133d612875565b808202811582820484141761133d5761133d612875565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b818382375f9101908152919050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff82036129a1576129a1612875565b5060010190565b7fffffffffffffffffffffffff00000000000000000000000000000000000000008560a01b1681527fffffffffffffffffffffffff00000000000000000000000000000000000000008460a01b16600c8201528260188201525f82518060208501603885015e5f920160380191825250949350505050565b6bffffffffffffffffffffffff851681526bffffffffffffffffffffffff84166020820152826040820152608060608201525f61172c6080830184612272565b5f60208284031215612a70575f5ffd5b815161125981612557565b60208152816020820152818360408301375f818301604090810191909152601f9092017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0160101919050565b8082018082111561133d5761133d612875565b5f82612ae857612ae8612848565b500490565b7fffffffffffffffffffffffff00000000000000000000000000000000000000008660a01b1681527fffffffffffffffffffffffff00000000000000000000000000000000000000008560a01b16600c820152836018820152818360388301375f9101603801908152949350505050565b5f7f07ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff831115612b8b575f5ffd5b8260051b80858437919091019392505050565b8181038181111561133d5761133d612875565b5f5f85851115612bbf575f5ffd5b83861115612bcb575f5ffd5b5050820193919092039150565b8035602083101561133d577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b169291505056fe4241544f4e2d56312d4154544553544154494f4e2d424c53313233383147315f584d443a5348412d3235365f535357555f524f5f4241544f4e2d56312d504f502d424c53313233383147315f584d443a5348412d3235365f535357555f524f5f
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R4\x80\x15a\0\x0FW__\xFD[P`\x046\x10a\0\xE5W_5`\xE0\x1C\x80c{\x109\x99\x11a\0\x88W\x80c\xC2qG\x9F\x11a\0cW\x80c\xC2qG\x9F\x14a\x02\x87W\x80c\xE5\x1F\xC7g\x14a\x02\x9AW\x80c\xF8\xCEV\n\x14a\x02\xA2W\x80c\xFB\x0Er+\x14a\x02\xB5W__\xFD[\x80c{\x109\x99\x14a\x02\x01W\x80c\x86\xA4&c\x14a\x02MW\x80c\xADo\x12\xAD\x14a\x02tW__\xFD[\x80c:\xAFd\xD8\x11a\0\xC3W\x80c:\xAFd\xD8\x14a\x01IW\x80cMy&\xD3\x14a\x01\\W\x80ch\x1C\x0C\xC1\x14a\x01oW\x80cu\xCE\x01\x1D\x14a\x01\xEEW__\xFD[\x80c\r\x1Dy\x08\x14a\0\xE9W\x80c\x14\xD1\x81!\x14a\x01\x07W\x80c&5/\xFF\x14a\x01\x1CW[__\xFD[a\0\xF1a\x02\xDCV[`@Qa\0\xFE\x91\x90a\"\xBEV[`@Q\x80\x91\x03\x90\xF3[a\x01\x1Aa\x01\x156`\x04a#.V[a\x02\xFCV[\0[a\x01;a\x01*6`\x04a$ V[`\x01` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\0\xFEV[a\x01\x1Aa\x01W6`\x04a$IV[a\x04\x1EV[a\x01\x1Aa\x01j6`\x04a%\x08V[a\x08\xC4V[a\x01\xC2a\x01}6`\x04a%hV[`\xFF\x16_\x90\x81R` \x81\x81R`@\x91\x82\x90 \x82Q\x80\x84\x01\x90\x93R\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x80\x84R`\x01\x90\x91\x01T\x92\x90\x91\x01\x82\x90R\x91V[`@\x80Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83R` \x83\x01\x91\x90\x91R\x01a\0\xFEV[a\x01\x1Aa\x01\xFC6`\x04a%\xC1V[a\x0E/V[a\x02(\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\0\xFEV[a\x01;\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[a\x01;a\x02\x826`\x04a&-V[a\x11\x80V[a\x01;a\x02\x956`\x04a&GV[a\x12`V[a\0\xF1a\x12\xFAV[a\x01;a\x02\xB06`\x04a&\xA3V[a\x13\x1AV[a\x02(\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[```@Q\x80``\x01`@R\x80`4\x81R` \x01a,\x15`4\x919\x90P\x90V[_a\x03\n` \x87\x01\x87a&\xBAV[\x90Pa\x03^a\x03'a\x03\"`@\x8B\x01` \x8C\x01a&\xFAV[a\x13CV[\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x19a\x03H`@\x83\x01` \x84\x01a&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x16\x88\x88a\x13tV[_a\x03m\x88\x83\x88\x88\x88\x88a\x14\xE6V[\x90Pa\x03\xDDa\x03\x7F` \x89\x01\x89a'\x15V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x03\xBE\x92P\x8D\x91Pa\x11\x80\x90PV[`@Q\x80``\x01`@R\x80`4\x81R` \x01a,\x15`4\x919\x84a\x176V[a\x04\x13W`@Q\x7F\x1D9\xF9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPPPPPPV[\x84\x84a\x04-` \x82\x01\x82a&\xFAV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04D` \x84\x01\x84a&\xFAV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15\x80a\x04\x8DWPa\x04f`@\x82\x01` \x83\x01a&\xFAV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x04\x80`@\x84\x01` \x85\x01a&\xFAV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x80a\x04\xA0WP\x80`@\x015\x82`@\x015\x14\x15[\x80a\x04\xB2WP\x80``\x015\x82``\x015\x14[\x15a\x04\xE9W`@Q\x7F\x81=Y\xDF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x80a\x04\xF8`\x80\x8A\x01\x8Aa'vV[a\x05\x06\x90` \x81\x01\x90a&\xBAV[a\x05\x13`\x80\x8A\x01\x8Aa'vV[a\x05!\x90` \x81\x01\x90a&\xBAV[\x90\x92P\x90Pa\x05ua\x05<a\x03\"`@\x87\x01` \x88\x01a&\xFAV[\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x85\x16\x16\x19a\x05_`@\x83\x01` \x84\x01a&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x16\x89\x89a\x13tV[_a\x05\x92\x88\x84\x89\x89\x8E\x80`\xA0\x01\x90a\x05\x8D\x91\x90a'\xB2V[a\x14\xE6V[\x90P_a\x05\xAC\x89\x84\x8A\x8A\x8E\x80`\xA0\x01\x90a\x05\x8D\x91\x90a'\xB2V[\x90P_\x80a\x06ga\x05\xC0`\x80\x8F\x01\x8Fa'vV[a\x05\xCE\x90` \x81\x01\x90a'\x15V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x81\x84\x01R`\x1F\x19`\x1F\x82\x01\x16\x90P\x80\x83\x01\x92PPPPPPP\x8D\x80`\x80\x01\x90a\x06 \x91\x90a'vV[a\x06.\x90` \x81\x01\x90a'\x15V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x17\xBF\x92PPPV[\x91P\x91P\x81\x15\x80a\x06\xABWPa\x06\xA9\x81`@Q\x80``\x01`@R\x80`4\x81R` \x01a,\x15`4\x919a\x06\x99\x8Ba\x11\x80V[\x87a\x06\xA3\x8Ca\x11\x80V[\x88a\x18\x1EV[\x15[\x15a\x06\xE2W`@Q\x7F\x1D9\xF9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x7FO\tx.\x12:\xC9]\x01\xFE\x8B\x91,I6@p!0\xAB\xBB\xC7\xE0Z\0r|\xCC\xDA\xDC\x1C\xD1a\x07\x11` \x8B\x01\x8Ba&\xFAV[a\x07!`@\x8C\x01` \x8D\x01a&\xFAV[`@\x80Q` \x81\x01\x94\x90\x94Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x84\x82\x01R\x91\x16``\x83\x01R\x8A\x015`\x80\x82\x01R`\xA0\x01`@\x80Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x81\x84\x03\x01\x81R\x91\x81R\x81Q` \x92\x83\x01 \x92P\x88\x88\x16k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x91s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x91cq!N\x1D\x91\x84\x91a\x07\xE8\x91\x90\x8F\x01\x90\x8F\x01a&\xFAV[`@Q\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\xE0\x85\x90\x1B\x16\x81R`\x04\x81\x01\x92\x90\x92Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`$\x82\x01R`D\x81\x01\x85\x90R3`d\x82\x01R`\x84\x01` `@Q\x80\x83\x03\x81_\x87Z\xF1\x15\x80\x15a\x08WW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x08{\x91\x90a(\x16V[_\x03a\x08\xB3W`@Q\x7F8\xFB\xEB4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPPPPPPPPPPPPV[c\xFF\xFF\xFF\xFF\x83\x16_\x90\x81R`\x01` R`@\x90 T\x15a\t\x1DW`@Q\x7F2\x03\x82\x07\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01[`@Q\x80\x91\x03\x90\xFD[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16c3Yc.`@Q\x81c\xFF\xFF\xFF\xFF\x16`\xE0\x1B\x81R`\x04\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\t\xB1W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\t\xD5\x91\x90a(-V[a\t\xDF\x91\x90a(\xA2V[a\t\xEA\x90`\x01a(\xD1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x84c\xFF\xFF\xFF\xFF\x16\x11\x15a\n;W`@Q\x7F\xA2\xAE\xB3h\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\x14V[`@Q\x7Fi~ V\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x85\x16`\x04\x82\x01R_\x90s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x90ci~ V\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\n\xABW=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\n\xCF\x91\x90a(\x16V[\x90P\x80_\x03a\x0B\x12W`@Q\x7F\xF0\xEB\x10\xC2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x86\x16`\x04\x82\x01R`$\x01a\t\x14V[_a\x0B\x1C\x82a\x18\xC3V[\x90P\x83\x81\x14a\x0BaW`@Q\x7F\xBED\xC3r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x85\x90R`D\x01a\t\x14V[_a\x0Bm\x82` a(\xF1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\x85Wa\x0B\x85a)\x08V[`@Q\x90\x80\x82R\x80`\x1F\x01`\x1F\x19\x16` \x01\x82\x01`@R\x80\x15a\x0B\xAFW` \x82\x01\x81\x806\x837\x01\x90P[P`@\x80Qa\x01\0\x80\x82Ra\x01 \x82\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837\x01\x90PP\x90P___[\x86\x81\x1C\x15a\r~W`\x01\x87\x82\x1C\x16\x15a\rnW6_\x8B\x8B\x85\x81\x81\x10a\x0C\x02Wa\x0C\x02a)5V[\x90P` \x02\x81\x01\x90a\x0C\x14\x91\x90a'\x15V[\x91P\x91P_a\x0C#\x8B\x85a\x19\x87V[\x90P_\x81\x90\x03a\x0CoW\x81\x15a\x0CjW`@Q\x7FQ\xD6 \xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\x14V[a\r_V[\x80\x83\x83`@Qa\x0C\x80\x92\x91\x90a)bV[`@Q\x80\x91\x03\x90 \x14a\x0C\xC4W`@Q\x7FQ\xD6 \xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x85\x16`\x04\x82\x01R`$\x01a\t\x14V[\x85_\x03a\r\tW\x82\x82\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RP\x92\x99Pa\rJ\x92PPPV[a\r\x14\x87\x84\x84a\x1A\xB4V[a\rJW`@Q\x7F\x84\xE8\x16\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x83`\x01\x90\x1B\x86\x17\x95P\x80\x85`\x05\x1B` \x8A\x01\x01R[a\rh\x85a)qV[\x94PPPP[a\rw\x81a)qV[\x90Pa\x0B\xDBV[P\x83Q` \x80\x86\x01\x91\x90\x91 `@Q\x90\x91\x88\x91\x85\x91a\r\xA5\x91\x84\x91\x84\x91\x87\x91\x8B\x91\x01a)\xA8V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 `\x01_\x8Fc\xFF\xFF\xFF\xFF\x16c\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ \x81\x90UP\x8Cc\xFF\xFF\xFF\xFF\x16\x7F4\xF0JJ\x17\xAE\xA2\xF5\xB2C|\xF0\x18\x98\x1E\x9B\xCE\x12]$!\xD8\x7F\xA5\x02\x81=&\xA3)\x1C\x9A\x83\x83\x86\x8A`@Qa\x0E\x18\x94\x93\x92\x91\x90a* V[`@Q\x80\x91\x03\x90\xA2PPPPPPPPPPPPPV[`@Q\x7F\xB3xU\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R_\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\xB3xU\xC8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x0E\xB9W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x0E\xDD\x91\x90a*`V[`\xFF\x81\x16_\x90\x81R` \x81\x90R`@\x90 T\x90\x91P3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x03a\x0FDW`@Q\x7F\x9E@iZ\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R3`\x04\x82\x01R`$\x01a\t\x14V[a\x01\0\x84\x14\x15\x80a\x0FZWPa\x0FZ\x85\x85a\x1A\xF3V[\x15a\x0F\x91W`@Q\x7Fv\xD4\xE1\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x80\x82\x14a\x0F\xCBW`@Q\x7F\x92So\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x10e\x83\x83\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x10\x11\x92P3\x91P\x89\x90P\x88a\x12`V[`@Q\x80``\x01`@R\x80`,\x81R` \x01a,I`,\x919\x88\x88\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x176\x92PPPV[a\x10\x9BW`@Q\x7F\x92So\xAF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Q\x80`@\x01`@R\x803s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x86\x86`@Qa\x10\xD2\x92\x91\x90a)bV[`@\x80Q\x91\x82\x90\x03\x90\x91 \x90\x91R`\xFF\x83\x16_\x81\x81R` \x81\x81R\x90\x83\x90 \x84Q\x81T\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x81U\x93\x01Q`\x01\x90\x93\x01\x92\x90\x92UQ3\x91\x90\x7F\x91\xB9\xAD\xD2\xBCm\xC7G\x89n\x93\r8\r\x96\xDBU\xEC\x85\x97!\xE82\x82+\x1Bb\xBA\x90\xA8\xBF\xF8\x90a\x11q\x90\x89\x90\x89\x90a*{V[`@Q\x80\x91\x03\x90\xA3PPPPPV[_\x80\x7F\xD9Y\xE9\x1E\xE6\x92\xFFH\xD9\xE8\x02\xAE\x96E\x9C\xD0\x9BS\x89\x12e\xE4\xB3\x98H\xA16\xE6\t\xAA\xDELa\x11\xB0` \x85\x01\x85a&\xFAV[a\x11\xC0`@\x86\x01` \x87\x01a&\xFAV[`@\x80Q` \x81\x01\x94\x90\x94Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16\x84\x82\x01R\x91\x16``\x83\x81\x01\x91\x90\x91R\x90\x85\x015`\x80\x83\x01R\x84\x015`\xA0\x82\x01R`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x12Ya\x12\x1Ea\x1B4V[\x82`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[\x93\x92PPPV[_\x7F\x131S\xBB\xE2\xCA\xEB;lL\x90}\xA5+\x82\x18,\x05e\\\x1CVb\xC8\x1E.u\xA1\xD3\xAF\x04\xA5F0\x86\x86\x86`@Qa\x12\x95\x92\x91\x90a)bV[`@\x80Q\x91\x82\x90\x03\x82 ` \x83\x01\x96\x90\x96R\x81\x01\x93\x90\x93Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16``\x84\x01R\x16`\x80\x82\x01R`\xA0\x81\x01\x91\x90\x91R`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x93\x92PPPV[```@Q\x80``\x01`@R\x80`,\x81R` \x01a,I`,\x919\x90P\x90V[_`\x03a\x13(\x83`\x02a(\xF1V[a\x133\x90`\x02a*\xC7V[a\x13=\x91\x90a*\xDAV[\x92\x91PPV[_a\x13=c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a(\xA2V[c\xFF\xFF\xFF\xFF\x85\x16_\x90\x81R`\x01` R`@\x81 T\x90\x81\x90\x03a\x13\xCBW`@Q\x7F\xD5\xA1?k\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\t\x14V[\x80a\x13\xD9` \x87\x01\x87a&\xBAV[a\x13\xE9`@\x88\x01` \x89\x01a&\xBAV[`@\x88\x015a\x13\xFB``\x8A\x01\x8Aa'\x15V[`@Q` \x01a\x14\x0F\x95\x94\x93\x92\x91\x90a*\xEDV[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14a\x14dW`@Q\x7FN\xB0Lu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\t\x14V[\x83\x15\x80\x15\x90a\x14\x9FWP\x84`@\x015\x83\x83`@Q` \x01a\x14\x86\x92\x91\x90a+^V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x14\x15[\x15a\x14\xDEW`@Q\x7FN\xB0Lu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rc\xFF\xFF\xFF\xFF\x87\x16`\x04\x82\x01R`$\x01a\t\x14V[PPPPPPV[``_a\x14\xF9`@\x89\x01` \x8A\x01a&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90P\x80\x19\x87k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x16_\x14a\x15cW`@Q\x7Fq\xB2\xF6\n\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x88\x16`\x04\x82\x01R`$\x01a\t\x14V[_a\x15{\x88k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x18\xC3V[\x90P_a\x15\xA4a\x02\xB0a\x15\x91` \x8D\x01\x8Da&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x18\xC3V[\x90P\x80\x82\x10\x15a\x15\xEAW`@Q\x7Fj!Y\x84\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x81\x01\x82\x90R`D\x01a\t\x14V[a\x15\xF7``\x8B\x01\x8Ba'\x15V[\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x82\x90RP\x93\x97PPPPk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x8A\x16\x19\x84\x16\x90\x81\x15a\x16SWa\x16N\x82a\x18\xC3V[a\x16UV[_[\x90P\x86\x81\x14a\x16\x9AW`@Q\x7F\xBED\xC3r\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90R`$\x81\x01\x88\x90R`D\x01a\t\x14V[\x81_\x03a\x16\xABWPPPPPa\x17,V[_a\x16\xDA\x87\x8E_\x01` \x81\x01\x90a\x16\xC2\x91\x90a&\xBAV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x85\x8E\x8E\x8E\x8Ea\x1C\xB8V[\x90P\x80\x15a\x17%Wa\x16\xED`\x01\x82a+\x9EV[`@Q\x7FQ\xD6 \xA9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\t\x14V[PPPPPP[\x96\x95PPPPPPV[_\x80a\x17Ea\x01\0`\x80a*\xC7V[a\x17P\x90`\x02a(\xF1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x17hWa\x17ha)\x08V[`@Q\x90\x80\x82R\x80`\x1F\x01`\x1F\x19\x16` \x01\x82\x01`@R\x80\x15a\x17\x92W` \x82\x01\x81\x806\x837\x01\x90P[P\x90Pa\x17\xA0\x81_\x88a\x1E@V[a\x17\xB6\x81`\x01a\x17\xB0\x88\x88a\x1F\x87V[\x86a\x1F\xB4V[a\x17,\x81a $V[`@\x80Q`\x80\x80\x82R`\xA0\x82\x01\x90\x92R_\x91``\x91\x90` \x82\x01\x81\x806\x837\x01\x90PP\x90P`@Q`\x80` \x86\x01\x82^`\x80` \x85\x01`\x80\x83\x01^`\x80` \x83\x01a\x01\0\x83`\x0BZ\xFA`\x80\x85Q\x14`\x80\x87Q\x14\x16\x16\x92PP\x92P\x92\x90PV[_\x80a\x18-a\x01\0`\x80a*\xC7V[a\x188\x90`\x03a(\xF1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x18PWa\x18Pa)\x08V[`@Q\x90\x80\x82R\x80`\x1F\x01`\x1F\x19\x16` \x01\x82\x01`@R\x80\x15a\x18zW` \x82\x01\x81\x806\x837\x01\x90P[P\x90Pa\x18\x88\x81_\x8Aa\x1E@V[a\x18\x9E\x81`\x01a\x18\x98\x89\x8Ba\x1F\x87V[\x88a\x1F\xB4V[a\x18\xAE\x81`\x02a\x17\xB0\x87\x8Ba\x1F\x87V[a\x18\xB7\x81a $V[\x98\x97PPPPPPPPV[_`\x80\x82\x90\x1C\x15a\x19\x03W`@Q\x7F\x93\xB4\xEC\xF9\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\t\x14V[`\x01\x82\x90\x1CoUUUUUUUUUUUUUUUU\x16\x82\x03\x91P`\x02\x82\x90\x1Co3333333333333333\x16\x82o3333333333333333\x16\x01\x91P`\x04\x82\x90\x1C\x82\x01o\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x0F\x16\x91P`x\x82o\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x01\x02\x90\x1C`\xFF\x16\x90P\x91\x90PV[`\xFF\x81\x16_\x90\x81R` \x81\x81R`@\x80\x83 \x81Q\x80\x83\x01\x90\x92R\x80Ts\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82R`\x01\x01T\x91\x81\x01\x82\x90R\x90\x82\x03a\x19\xD5WP_\x90Pa\x13=V[\x80Q`@Q\x7F\xB3xU\xC8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x82\x16`\x04\x82\x01R\x90\x85\x16\x90c\xB3xU\xC8\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x92PPP\x80\x15a\x1A~WP`@\x80Q`\x1F=\x90\x81\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x82\x01\x90\x92Ra\x1A{\x91\x81\x01\x90a*`V[`\x01[a\x1A\x8BWP_\x90Pa\x13=V[\x83`\xFF\x16\x81`\xFF\x16\x14a\x1A\x9EW_a\x1A\xA4V[\x81` \x01Q[\x92PPPa\x13=V[P\x92\x91PPV[_a\x01\0\x82\x14a\x1A\xC5WP_a\x12YV[`@Qa\x01\0` \x86\x01\x82^a\x01\0\x84a\x01\0\x83\x017a\x01\0` \x86\x01a\x02\0\x83`\rZ\xFA\x95\x94PPPPPV[`\x01_[\x82\x81\x10\x15a\x1A\xADWa\x1B\x0B\x83\x82\x81\x87a+\xB1V[a\x1B\x14\x91a+\xD8V[\x15a\x1B\"W_\x91PPa\x13=V[a\x1B-` \x82a*\xC7V[\x90Pa\x1A\xF7V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14a\x1C\x93WP`@\x80Q\x80\x82\x01\x82R`\x05\x81R\x7FBaton\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0` \x91\x82\x01R\x81Q\x80\x83\x01\x83R`\x01\x81R\x7F1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x82\x01R\x81Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F\x81\x83\x01R\x7F\n\xA4\xDE\xFCLU\x9D\xD6[\xD1\x8Bf\xF3\xD1#E^\n\x9D\xFF\x9A\xF8Dj\xAF\x980^%'\x07\xAE\x81\x84\x01R\x7F\xC8\x9E\xFD\xAAT\xC0\xF2\x0Cz\xDFa(\x82\xDF\tP\xF5\xA9Qc~\x03\x07\xCD\xCBLg/)\x8B\x8B\xC6``\x82\x01RF`\x80\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16`\xA0\x80\x83\x01\x91\x90\x91R\x83Q\x80\x83\x03\x90\x91\x01\x81R`\xC0\x90\x91\x01\x90\x92R\x81Q\x91\x01 \x90V[P\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[_a\x01\0\x88Q\x14a\x1C\xF5W`@Q\x7F\xAB\xF6\x06\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`@Qa\x01\0\x81\x01a\x01\0` \x8B\x01\x83^___[\x8A\x81\x1C\x15a\x1E'W`\x01\x8C\x82\x1C\x16\x15a\x1E\x1FW`\x01\x8B\x82\x1C\x16\x15a\x1E\x18W\x82`\x05\x1B\x88\x015\x88\x01a\x01\0` \x82\x01\x867\x82`\x05\x1B\x8B\x015a\x01\0\x86 \x14a\x01\0\x825\x14\x16\x8A\x84\x10\x89\x86\x10\x16\x16\x90P\x80a\x1DiW`\x01\x82\x01\x96PPa\x1E'V[P`\x01\x83\x01\x92P`\x80\x84\x01[a\x01\0\x85\x01\x81\x10\x15a\x1D\xFCW\x80Q` \x82\x01Q\x80\x82\x17\x15a\x1D\xF2W\x80\x7FdwK\x84\xF3\x85\x12\xBFg0\xD2\xA0\xF6\xB0\xF6$\x1E\xAB\xFF\xFE\xB1S\xFF\xFF\xB9\xFE\xFF\xFF\xFF\xFF\xAA\xAB\x03` \x84\x01R\x7FdwK\x84\xF3\x85\x12\xBFg0\xD2\xA0\xF6\xB0\xF6$\x1E\xAB\xFF\xFE\xB1S\xFF\xFF\xB9\xFE\xFF\xFF\xFF\xFF\xAA\xAB\x81\x11\x82o\x1A\x01\x11\xEA9\x7F\xE6\x9AK\x1B\xA7\xB6CK\xAC\xD7\x03\x03\x83R[PP`@\x01a\x1DuV[Pa\x01\0\x85a\x02\0\x87`\rZ\xFAa\x1E\x18W`\x01\x81\x01\x95Pa\x1E'V[`\x01\x82\x01\x91P[`\x01\x01a\x1D\nV[PPPPa\x01\0\x81` \x8B\x01^P\x97\x96PPPPPPPV[`\x80\x81Q\x14a\x1E{W`@Q\x7F\xAB\xF6\x06\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x01\x80\x82\x02` \x84\x01\x01`\x80` \x83\x01\x82^o\x02J\xA2\xB2\xF0\x8F\n\x91&\x08\x05'-\xC5\x10Q`\x80\x82\x01R\x7F\xC6\xE4z\xD4\xFA@;\x02\xB4Q\x0Bdz\xE3\xD1w\x0B\xAC\x03&\xA8\x05\xBB\xEF\xD4\x80V\xC8\xC1!\xBD\xB8`\xA0\x82\x01Ro\x13\xE0+`Rq\x9F`}\xAC\xD3\xA0\x88'Oe`\xC0\x82\x01R\x7FYk\xD0\xD0\x99 \xB6\x1A\xB5\xDAa\xBB\xDC\x7FPI3L\xF1\x12\x13\x94]W\xE5\xAC}\x05]\x04+~`\xE0\x82\x01Ro\r\x1B<\xC2\xC7\x02x\x88\xBEQ\xD9\xEFi\x1Dw\xBCa\x01\0\x82\x01R\x7F\xB6y\xAF\xDAf\xC7?\x17\xF9\xEE87\xA5P$\xF7\x8Cq62u\xA7]u\xD8k\xABy\xF7G\x82\xAAa\x01 \x82\x01Ro\x13\xFAMJ\n\xD8\xB1\xCE\x18n\xD5\x06\x17\x89!=a\x01@\x82\x01R\x7F\x999#\x06m\xDD\xAF\x10@\xBC?\xF5\x9F\x82\\x\xDFt\xF2\xD7Tg\xE2^\x0FU\xF8\xA0\x0F\xA00\xEDa\x01`\x82\x01RPPPPV[``a\x12Y\x83`@Q` \x01a\x1F\x9F\x91\x81R` \x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x83a AV[`\x80\x82Q\x14\x15\x80a\x1F\xC8WPa\x01\0\x81Q\x14\x15[\x15a\x1F\xFFW`@Q\x7F\xAB\xF6\x06\xEF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x01\x80\x83\x02` \x85\x01\x01`\x80` \x84\x01\x82^a\x01\0` \x83\x01`\x80\x83\x01^PPPPPV[___R` _\x83Q` \x85\x01`\x0FZ\xFA_Q`\x01\x14\x16\x92\x91PPV[``_a N\x84\x84a!yV[`@\x80Q`\x80\x80\x82R`\xA0\x82\x01\x90\x92R\x91\x92P` \x82\x01\x81\x806\x837\x01\x90PP\x91P_`@Q`@\x81R`\x01` \x82\x01R`@\x80\x82\x01R`\x01`\xA0\x82\x01So\x1A\x01\x11\xEA9\x7F\xE6\x9AK\x1B\xA7\xB6CK\xAC\xD7`\xA1\x82\x01R\x7FdwK\x84\xF3\x85\x12\xBFg0\xD2\xA0\xF6\xB0\xF6$\x1E\xAB\xFF\xFE\xB1S\xFF\xFF\xB9\xFE\xFF\xFF\xFF\xFF\xAA\xAB`\xC1\x82\x01Ra\x01\0\x81\x01`@` \x85\x01``\x84\x01^`@\x81`\xE1\x84`\x05Z\xFA\x92P`@``\x85\x01``\x84\x01^`@\x80\x82\x01`\xE1\x84`\x05Z\xFA\x83\x16\x92Pa\x01\x80\x82\x01\x91P`\x80\x82`@\x83`\x10Z\xFA\x83\x16\x92P`\x80\x80\x83\x01`@\x80\x84\x01`\x10Z\xFA\x83\x16\x92PP`\x80` \x85\x01a\x01\0\x83`\x0BZ\xFA\x82\x16\x91PP\x80a!qW`@Q\x7F\x84\xE8\x16\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP\x92\x91PPV[`@\x80Q`\x80\x80\x82R`\xA0\x82\x01\x90\x92R``\x91` \x82\x01\x81\x806\x837\x01\x90PP\x90P_\x83Q\x83Q`@Q_\x81R_` \x82\x01R\x82` \x88\x01`@\x83\x01^\x82`@\x82\x01\x01a\x80\0`\xE8\x1B\x81R\x82` \x88\x01`\x03\x83\x01^\x82\x83`\x03\x83\x01\x01SP` _\x83\x85`D\x01\x01\x83`\x02Z\xFA\x93P_Q\x92P\x81` \x87\x01`!\x83\x01^\x81\x82`!\x01\x82\x01S_`\x01[`\x05\x81\x10\x15a\"6W\x81\x85\x18\x83R\x80` \x84\x01S\x80`\x05\x1B\x87\x01` \x81\x86`\"\x01\x86`\x02Z\xFA\x90Q\x96\x16\x95\x91P`\x01\x01a\"\x01V[PPPPP\x80a\x1A\xADW`@Q\x7F\x84\xE8\x16\x92\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[` \x81R_a\x12Y` \x83\x01\x84a\"rV[_`\x80\x82\x84\x03\x12\x15a\"\xE0W__\xFD[P\x91\x90PV[__\x83`\x1F\x84\x01\x12a\"\xF6W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\rW__\xFD[` \x83\x01\x91P\x83` \x82`\x05\x1B\x85\x01\x01\x11\x15a#'W__\xFD[\x92P\x92\x90PV[_______a\x01\0\x88\x8A\x03\x12\x15a#EW__\xFD[a#O\x89\x89a\"\xD0V[\x96P`\x80\x88\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#jW__\xFD[a#v\x8A\x82\x8B\x01a\"\xD0V[\x96PP`\xA0\x88\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\x92W__\xFD[\x88\x01`@\x81\x8B\x03\x12\x15a#\xA3W__\xFD[\x94P`\xC0\x88\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xBEW__\xFD[a#\xCA\x8A\x82\x8B\x01a\"\xE6V[\x90\x95P\x93PP`\xE0\x88\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a#\xE9W__\xFD[a#\xF5\x8A\x82\x8B\x01a\"\xE6V[\x98\x9B\x97\x9AP\x95\x98P\x93\x96\x92\x95\x92\x93PPPV[\x805c\xFF\xFF\xFF\xFF\x81\x16\x81\x14a$\x1BW__\xFD[\x91\x90PV[_` \x82\x84\x03\x12\x15a$0W__\xFD[a\x12Y\x82a$\x08V[_`\xC0\x82\x84\x03\x12\x15a\"\xE0W__\xFD[_____`\x80\x86\x88\x03\x12\x15a$]W__\xFD[\x855g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$sW__\xFD[a$\x7F\x88\x82\x89\x01a$9V[\x95PP` \x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\x9BW__\xFD[a$\xA7\x88\x82\x89\x01a$9V[\x94PP`@\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xC3W__\xFD[a$\xCF\x88\x82\x89\x01a\"\xD0V[\x93PP``\x86\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a$\xEBW__\xFD[a$\xF7\x88\x82\x89\x01a\"\xE6V[\x96\x99\x95\x98P\x93\x96P\x92\x94\x93\x92PPPV[___`@\x84\x86\x03\x12\x15a%\x1AW__\xFD[a%#\x84a$\x08V[\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%>W__\xFD[a%J\x86\x82\x87\x01a\"\xE6V[\x94\x97\x90\x96P\x93\x94PPPPV[`\xFF\x81\x16\x81\x14a%eW__\xFD[PV[_` \x82\x84\x03\x12\x15a%xW__\xFD[\x815a\x12Y\x81a%WV[__\x83`\x1F\x84\x01\x12a%\x93W__\xFD[P\x815g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\xAAW__\xFD[` \x83\x01\x91P\x83` \x82\x85\x01\x01\x11\x15a#'W__\xFD[____`@\x85\x87\x03\x12\x15a%\xD4W__\xFD[\x845g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a%\xEAW__\xFD[a%\xF6\x87\x82\x88\x01a%\x83V[\x90\x95P\x93PP` \x85\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x15W__\xFD[a&!\x87\x82\x88\x01a%\x83V[\x95\x98\x94\x97P\x95PPPPV[_`\x80\x82\x84\x03\x12\x15a&=W__\xFD[a\x12Y\x83\x83a\"\xD0V[___`@\x84\x86\x03\x12\x15a&YW__\xFD[\x835s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a&|W__\xFD[\x92P` \x84\x015g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a&\x97W__\xFD[a%J\x86\x82\x87\x01a%\x83V[_` \x82\x84\x03\x12\x15a&\xB3W__\xFD[P5\x91\x90PV[_` \x82\x84\x03\x12\x15a&\xCAW__\xFD[\x815k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x12YW__\xFD[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a%eW__\xFD[_` \x82\x84\x03\x12\x15a'\nW__\xFD[\x815a\x12Y\x81a&\xE5V[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a'HW__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a'bW__\xFD[` \x01\x91P6\x81\x90\x03\x82\x13\x15a#'W__\xFD[_\x825\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xC1\x836\x03\x01\x81\x12a'\xA8W__\xFD[\x91\x90\x91\x01\x92\x91PPV[__\x835\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE1\x846\x03\x01\x81\x12a'\xE5W__\xFD[\x83\x01\x805\x91Pg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x11\x15a'\xFFW__\xFD[` \x01\x91P`\x05\x81\x90\x1B6\x03\x82\x13\x15a#'W__\xFD[_` \x82\x84\x03\x12\x15a(&W__\xFD[PQ\x91\x90PV[_` \x82\x84\x03\x12\x15a(=W__\xFD[\x81Qa\x12Y\x81a&\xE5V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80a(\xBBWa(\xBBa(HV[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x04\x91PP\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x13=Wa\x13=a(uV[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x13=Wa\x13=a(uV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a)\xA1Wa)\xA1a(uV[P`\x01\x01\x90V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85`\xA0\x1B\x16\x81R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84`\xA0\x1B\x16`\x0C\x82\x01R\x82`\x18\x82\x01R_\x82Q\x80` \x85\x01`8\x85\x01^_\x92\x01`8\x01\x91\x82RP\x94\x93PPPPV[k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x85\x16\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16` \x82\x01R\x82`@\x82\x01R`\x80``\x82\x01R_a\x17,`\x80\x83\x01\x84a\"rV[_` \x82\x84\x03\x12\x15a*pW__\xFD[\x81Qa\x12Y\x81a%WV[` \x81R\x81` \x82\x01R\x81\x83`@\x83\x017_\x81\x83\x01`@\x90\x81\x01\x91\x90\x91R`\x1F\x90\x92\x01\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x16\x01\x01\x91\x90PV[\x80\x82\x01\x80\x82\x11\x15a\x13=Wa\x13=a(uV[_\x82a*\xE8Wa*\xE8a(HV[P\x04\x90V[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86`\xA0\x1B\x16\x81R\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x85`\xA0\x1B\x16`\x0C\x82\x01R\x83`\x18\x82\x01R\x81\x83`8\x83\x017_\x91\x01`8\x01\x90\x81R\x94\x93PPPPV[_\x7F\x07\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x11\x15a+\x8BW__\xFD[\x82`\x05\x1B\x80\x85\x847\x91\x90\x91\x01\x93\x92PPPV[\x81\x81\x03\x81\x81\x11\x15a\x13=Wa\x13=a(uV[__\x85\x85\x11\x15a+\xBFW__\xFD[\x83\x86\x11\x15a+\xCBW__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x805` \x83\x10\x15a\x13=W\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV\xFEBATON-V1-ATTESTATION-BLS12381G1_XMD:SHA-256_SSWU_RO_BATON-V1-POP-BLS12381G1_XMD:SHA-256_SSWU_RO_",
    );
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `AlreadySealed(uint32)` and selector `0x32038207`.
    ```solidity
    error AlreadySealed(uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct AlreadySealed {
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
        impl ::core::convert::From<AlreadySealed> for UnderlyingRustTuple<'_> {
            fn from(value: AlreadySealed) -> Self {
                (value.epoch,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for AlreadySealed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { epoch: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for AlreadySealed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "AlreadySealed(uint32)";
            const SELECTOR: [u8; 4] = [50u8, 3u8, 130u8, 7u8];
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
    /**Custom error with signature `CommitteeMismatch(uint32)` and selector `0x4eb04c75`.
    ```solidity
    error CommitteeMismatch(uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CommitteeMismatch {
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
        impl ::core::convert::From<CommitteeMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: CommitteeMismatch) -> Self {
                (value.epoch,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CommitteeMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { epoch: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CommitteeMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CommitteeMismatch(uint32)";
            const SELECTOR: [u8; 4] = [78u8, 176u8, 76u8, 117u8];
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
    /**Custom error with signature `CommitteeNotFinal(uint32)` and selector `0xa2aeb368`.
    ```solidity
    error CommitteeNotFinal(uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CommitteeNotFinal {
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
        impl ::core::convert::From<CommitteeNotFinal> for UnderlyingRustTuple<'_> {
            fn from(value: CommitteeNotFinal) -> Self {
                (value.epoch,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CommitteeNotFinal {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { epoch: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CommitteeNotFinal {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CommitteeNotFinal(uint32)";
            const SELECTOR: [u8; 4] = [162u8, 174u8, 179u8, 104u8];
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
    /**Custom error with signature `CommitteeNotSealed(uint32)` and selector `0xd5a13f6b`.
    ```solidity
    error CommitteeNotSealed(uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct CommitteeNotSealed {
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
        impl ::core::convert::From<CommitteeNotSealed> for UnderlyingRustTuple<'_> {
            fn from(value: CommitteeNotSealed) -> Self {
                (value.epoch,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for CommitteeNotSealed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { epoch: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for CommitteeNotSealed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "CommitteeNotSealed(uint32)";
            const SELECTOR: [u8; 4] = [213u8, 161u8, 63u8, 107u8];
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
    /**Custom error with signature `EmptyCommittee(uint32)` and selector `0xf0eb10c2`.
    ```solidity
    error EmptyCommittee(uint32 epoch);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EmptyCommittee {
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
        impl ::core::convert::From<EmptyCommittee> for UnderlyingRustTuple<'_> {
            fn from(value: EmptyCommittee) -> Self {
                (value.epoch,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EmptyCommittee {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { epoch: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EmptyCommittee {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EmptyCommittee(uint32)";
            const SELECTOR: [u8; 4] = [240u8, 235u8, 16u8, 194u8];
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
    /**Custom error with signature `InvalidCertificate()` and selector `0x1d39f946`.
    ```solidity
    error InvalidCertificate();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidCertificate;
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
        impl ::core::convert::From<InvalidCertificate> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidCertificate) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidCertificate {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidCertificate {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidCertificate()";
            const SELECTOR: [u8; 4] = [29u8, 57u8, 249u8, 70u8];
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
    /**Custom error with signature `InvalidKey()` and selector `0x76d4e1e8`.
    ```solidity
    error InvalidKey();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidKey;
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
        impl ::core::convert::From<InvalidKey> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidKey) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidKey {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidKey {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidKey()";
            const SELECTOR: [u8; 4] = [118u8, 212u8, 225u8, 232u8];
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
    /**Custom error with signature `InvalidProofOfPossession()` and selector `0x92536faf`.
    ```solidity
    error InvalidProofOfPossession();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidProofOfPossession;
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
        impl ::core::convert::From<InvalidProofOfPossession> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidProofOfPossession) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidProofOfPossession {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidProofOfPossession {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidProofOfPossession()";
            const SELECTOR: [u8; 4] = [146u8, 83u8, 111u8, 175u8];
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
    /**Custom error with signature `KeyAlreadyRegistered(address)` and selector `0x9e40695a`.
    ```solidity
    error KeyAlreadyRegistered(address signer);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct KeyAlreadyRegistered {
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
        impl ::core::convert::From<KeyAlreadyRegistered> for UnderlyingRustTuple<'_> {
            fn from(value: KeyAlreadyRegistered) -> Self {
                (value.signer,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for KeyAlreadyRegistered {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signer: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for KeyAlreadyRegistered {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "KeyAlreadyRegistered(address)";
            const SELECTOR: [u8; 4] = [158u8, 64u8, 105u8, 90u8];
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
    /**Custom error with signature `KeyMismatch(uint8)` and selector `0x51d620a9`.
    ```solidity
    error KeyMismatch(uint8 id);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct KeyMismatch {
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
        impl ::core::convert::From<KeyMismatch> for UnderlyingRustTuple<'_> {
            fn from(value: KeyMismatch) -> Self {
                (value.id,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for KeyMismatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { id: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for KeyMismatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "KeyMismatch(uint8)";
            const SELECTOR: [u8; 4] = [81u8, 214u8, 32u8, 169u8];
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
    /**Custom error with signature `NotConflicting()` and selector `0x813d59df`.
    ```solidity
    error NotConflicting();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotConflicting;
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
        impl ::core::convert::From<NotConflicting> for UnderlyingRustTuple<'_> {
            fn from(value: NotConflicting) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotConflicting {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotConflicting {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotConflicting()";
            const SELECTOR: [u8; 4] = [129u8, 61u8, 89u8, 223u8];
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
    /**Custom error with signature `NotKeyedMember(uint96)` and selector `0x71b2f60a`.
    ```solidity
    error NotKeyedMember(uint96 signers);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotKeyedMember {
        #[allow(missing_docs)]
        pub signers: alloy::sol_types::private::primitives::aliases::U96,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Uint<96>,);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (alloy::sol_types::private::primitives::aliases::U96,);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotKeyedMember> for UnderlyingRustTuple<'_> {
            fn from(value: NotKeyedMember) -> Self {
                (value.signers,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotKeyedMember {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signers: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotKeyedMember {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotKeyedMember(uint96)";
            const SELECTOR: [u8; 4] = [113u8, 178u8, 246u8, 10u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(&self.signers),)
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
    /**Custom error with signature `NothingToSlash()` and selector `0x38fbeb34`.
    ```solidity
    error NothingToSlash();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NothingToSlash;
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
        impl ::core::convert::From<NothingToSlash> for UnderlyingRustTuple<'_> {
            fn from(value: NothingToSlash) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NothingToSlash {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NothingToSlash {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NothingToSlash()";
            const SELECTOR: [u8; 4] = [56u8, 251u8, 235u8, 52u8];
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
    /**Custom error with signature `PrecompileFailed()` and selector `0x84e81692`.
    ```solidity
    error PrecompileFailed();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct PrecompileFailed;
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
        impl ::core::convert::From<PrecompileFailed> for UnderlyingRustTuple<'_> {
            fn from(value: PrecompileFailed) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for PrecompileFailed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for PrecompileFailed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "PrecompileFailed()";
            const SELECTOR: [u8; 4] = [132u8, 232u8, 22u8, 146u8];
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
    /**Custom error with signature `QuorumNotReached(uint256,uint256)` and selector `0x6a215984`.
    ```solidity
    error QuorumNotReached(uint256 signers, uint256 quorum);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct QuorumNotReached {
        #[allow(missing_docs)]
        pub signers: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub quorum: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<QuorumNotReached> for UnderlyingRustTuple<'_> {
            fn from(value: QuorumNotReached) -> Self {
                (value.signers, value.quorum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for QuorumNotReached {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signers: tuple.0, quorum: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for QuorumNotReached {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "QuorumNotReached(uint256,uint256)";
            const SELECTOR: [u8; 4] = [106u8, 33u8, 89u8, 132u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.signers,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.quorum,
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
    /**Custom error with signature `WrongKeyCount(uint256,uint256)` and selector `0xbe44c372`.
    ```solidity
    error WrongKeyCount(uint256 expected, uint256 given);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongKeyCount {
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub given: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<WrongKeyCount> for UnderlyingRustTuple<'_> {
            fn from(value: WrongKeyCount) -> Self {
                (value.expected, value.given)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongKeyCount {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { expected: tuple.0, given: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongKeyCount {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongKeyCount(uint256,uint256)";
            const SELECTOR: [u8; 4] = [190u8, 68u8, 195u8, 114u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.expected,
                    ),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.given,
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
    /**Custom error with signature `WrongPointSize()` and selector `0xabf606ef`.
    ```solidity
    error WrongPointSize();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongPointSize;
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
        impl ::core::convert::From<WrongPointSize> for UnderlyingRustTuple<'_> {
            fn from(value: WrongPointSize) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongPointSize {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongPointSize {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongPointSize()";
            const SELECTOR: [u8; 4] = [171u8, 246u8, 6u8, 239u8];
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
    /**Event with signature `CommitteeSealed(uint32,uint96,uint96,bytes32,bytes)` and selector `0x34f04a4a17aea2f5b2437cf018981e9bce125d2421d87fa502813d26a3291c9a`.
    ```solidity
    event CommitteeSealed(uint32 indexed epoch, uint96 members, uint96 keyed, bytes32 keysHash, bytes aggregateKey);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct CommitteeSealed {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub members: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub keyed: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub keysHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub aggregateKey: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for CommitteeSealed {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<32>);
            const SIGNATURE: &'static str = "CommitteeSealed(uint32,uint96,uint96,bytes32,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                52u8, 240u8, 74u8, 74u8, 23u8, 174u8, 162u8, 245u8, 178u8, 67u8, 124u8, 240u8, 24u8, 152u8,
                30u8, 155u8, 206u8, 18u8, 93u8, 36u8, 33u8, 216u8, 127u8, 165u8, 2u8, 129u8, 61u8, 38u8,
                163u8, 41u8, 28u8, 154u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    epoch: topics.1,
                    members: data.0,
                    keyed: data.1,
                    keysHash: data.2,
                    aggregateKey: data.3,
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
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.members,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(&self.keyed),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.keysHash,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.aggregateKey,
                    ),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.epoch.clone())
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
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.epoch,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for CommitteeSealed {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&CommitteeSealed> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &CommitteeSealed) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `KeyRegistered(uint8,address,bytes)` and selector `0x91b9add2bc6dc747896e930d380d96db55ec859721e832822b1b62ba90a8bff8`.
    ```solidity
    event KeyRegistered(uint8 indexed id, address indexed signer, bytes publicKey);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct KeyRegistered {
        #[allow(missing_docs)]
        pub id: u8,
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub publicKey: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for KeyRegistered {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<8>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str = "KeyRegistered(uint8,address,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                145u8, 185u8, 173u8, 210u8, 188u8, 109u8, 199u8, 71u8, 137u8, 110u8, 147u8, 13u8, 56u8, 13u8,
                150u8, 219u8, 85u8, 236u8, 133u8, 151u8, 33u8, 232u8, 50u8, 130u8, 43u8, 27u8, 98u8, 186u8,
                144u8, 168u8, 191u8, 248u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self { id: topics.1, signer: topics.2, publicKey: data.0 }
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
                (<alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(&self.publicKey),)
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
        impl alloy_sol_types::private::IntoLogData for KeyRegistered {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&KeyRegistered> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &KeyRegistered) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
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
    /**Function with signature `attestationDigest((uint64,uint64,bytes32,bytes32))` and selector `0xad6f12ad`.
    ```solidity
    function attestationDigest(ICommitteeCertificates.Attestation memory attestation) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestationDigestCall {
        #[allow(missing_docs)]
        pub attestation: <ICommitteeCertificates::Attestation as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attestationDigest((uint64,uint64,bytes32,bytes32))`](attestationDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestationDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (ICommitteeCertificates::Attestation,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (<ICommitteeCertificates::Attestation as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestationDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: attestationDigestCall) -> Self {
                    (value.attestation,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestationDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { attestation: tuple.0 }
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
            impl ::core::convert::From<attestationDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attestationDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestationDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestationDigestCall {
            type Parameters<'a> = (ICommitteeCertificates::Attestation,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attestationDigest((uint64,uint64,bytes32,bytes32))";
            const SELECTOR: [u8; 4] = [173u8, 111u8, 18u8, 173u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<ICommitteeCertificates::Attestation as alloy_sol_types::SolType>::tokenize(
                    &self.attestation,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: attestationDigestReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: attestationDigestReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `attestationDst()` and selector `0x0d1d7908`.
    ```solidity
    function attestationDst() external pure returns (bytes memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestationDstCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`attestationDst()`](attestationDstCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct attestationDstReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<attestationDstCall> for UnderlyingRustTuple<'_> {
                fn from(value: attestationDstCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestationDstCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<attestationDstReturn> for UnderlyingRustTuple<'_> {
                fn from(value: attestationDstReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for attestationDstReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for attestationDstCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Bytes;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "attestationDst()";
            const SELECTOR: [u8; 4] = [13u8, 29u8, 121u8, 8u8];
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
                (<alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: attestationDstReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: attestationDstReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `committeeHash(uint32)` and selector `0x26352fff`.
    ```solidity
    function committeeHash(uint32 epoch) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct committeeHashCall {
        #[allow(missing_docs)]
        pub epoch: u32,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`committeeHash(uint32)`](committeeHashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct committeeHashReturn {
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
            impl ::core::convert::From<committeeHashCall> for UnderlyingRustTuple<'_> {
                fn from(value: committeeHashCall) -> Self {
                    (value.epoch,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for committeeHashCall {
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
            impl ::core::convert::From<committeeHashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: committeeHashReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for committeeHashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for committeeHashCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "committeeHash(uint32)";
            const SELECTOR: [u8; 4] = [38u8, 53u8, 47u8, 255u8];
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
                    let r: committeeHashReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: committeeHashReturn = r.into();
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
    /**Function with signature `keyOf(uint8)` and selector `0x681c0cc1`.
    ```solidity
    function keyOf(uint8 id) external view returns (address signer, bytes32 keyHash);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct keyOfCall {
        #[allow(missing_docs)]
        pub id: u8,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`keyOf(uint8)`](keyOfCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct keyOfReturn {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub keyHash: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<keyOfCall> for UnderlyingRustTuple<'_> {
                fn from(value: keyOfCall) -> Self {
                    (value.id,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for keyOfCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { id: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::FixedBytes<32>);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Address, alloy::sol_types::private::FixedBytes<32>);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<keyOfReturn> for UnderlyingRustTuple<'_> {
                fn from(value: keyOfReturn) -> Self {
                    (value.signer, value.keyHash)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for keyOfReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0, keyHash: tuple.1 }
                }
            }
        }
        impl keyOfReturn {
            fn _tokenize(&self) -> <keyOfCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.keyHash,
                    ),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for keyOfCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<8>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = keyOfReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::FixedBytes<32>);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "keyOf(uint8)";
            const SELECTOR: [u8; 4] = [104u8, 28u8, 12u8, 193u8];
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
                keyOfReturn::_tokenize(ret)
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
    /**Function with signature `popDst()` and selector `0xe51fc767`.
    ```solidity
    function popDst() external pure returns (bytes memory);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct popDstCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`popDst()`](popDstCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct popDstReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::Bytes,
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
            impl ::core::convert::From<popDstCall> for UnderlyingRustTuple<'_> {
                fn from(value: popDstCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for popDstCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (alloy::sol_types::private::Bytes,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<popDstReturn> for UnderlyingRustTuple<'_> {
                fn from(value: popDstReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for popDstReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for popDstCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::Bytes;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bytes,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "popDst()";
            const SELECTOR: [u8; 4] = [229u8, 31u8, 199u8, 103u8];
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
                (<alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: popDstReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: popDstReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `popMessage(address,bytes)` and selector `0xc271479f`.
    ```solidity
    function popMessage(address signer, bytes memory publicKey) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct popMessageCall {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub publicKey: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`popMessage(address,bytes)`](popMessageCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct popMessageReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Bytes);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Address, alloy::sol_types::private::Bytes);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<popMessageCall> for UnderlyingRustTuple<'_> {
                fn from(value: popMessageCall) -> Self {
                    (value.signer, value.publicKey)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for popMessageCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { signer: tuple.0, publicKey: tuple.1 }
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
            impl ::core::convert::From<popMessageReturn> for UnderlyingRustTuple<'_> {
                fn from(value: popMessageReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for popMessageReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for popMessageCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Bytes);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "popMessage(address,bytes)";
            const SELECTOR: [u8; 4] = [194u8, 113u8, 71u8, 159u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.publicKey,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: popMessageReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: popMessageReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `quorum(uint256)` and selector `0xf8ce560a`.
    ```solidity
    function quorum(uint256 members) external pure returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumCall {
        #[allow(missing_docs)]
        pub members: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`quorum(uint256)`](quorumCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct quorumReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U256,
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
            impl ::core::convert::From<quorumCall> for UnderlyingRustTuple<'_> {
                fn from(value: quorumCall) -> Self {
                    (value.members,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quorumCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { members: tuple.0 }
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
            impl ::core::convert::From<quorumReturn> for UnderlyingRustTuple<'_> {
                fn from(value: quorumReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for quorumReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for quorumCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "quorum(uint256)";
            const SELECTOR: [u8; 4] = [248u8, 206u8, 86u8, 10u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.members),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: quorumReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: quorumReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `registerKey(bytes,bytes)` and selector `0x75ce011d`.
    ```solidity
    function registerKey(bytes memory publicKey, bytes memory proofOfPossession) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerKeyCall {
        #[allow(missing_docs)]
        pub publicKey: alloy::sol_types::private::Bytes,
        #[allow(missing_docs)]
        pub proofOfPossession: alloy::sol_types::private::Bytes,
    }
    ///Container type for the return parameters of the [`registerKey(bytes,bytes)`](registerKeyCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct registerKeyReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Bytes, alloy::sol_types::sol_data::Bytes);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Bytes, alloy::sol_types::private::Bytes);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<registerKeyCall> for UnderlyingRustTuple<'_> {
                fn from(value: registerKeyCall) -> Self {
                    (value.publicKey, value.proofOfPossession)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerKeyCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { publicKey: tuple.0, proofOfPossession: tuple.1 }
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
            impl ::core::convert::From<registerKeyReturn> for UnderlyingRustTuple<'_> {
                fn from(value: registerKeyReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for registerKeyReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl registerKeyReturn {
            fn _tokenize(&self) -> <registerKeyCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for registerKeyCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Bytes, alloy::sol_types::sol_data::Bytes);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = registerKeyReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "registerKey(bytes,bytes)";
            const SELECTOR: [u8; 4] = [117u8, 206u8, 1u8, 29u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.publicKey,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                        &self.proofOfPossession,
                    ),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                registerKeyReturn::_tokenize(ret)
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
    /**Function with signature `sealCommittee(uint32,bytes[])` and selector `0x4d7926d3`.
    ```solidity
    function sealCommittee(uint32 epoch, bytes[] memory keys) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct sealCommitteeCall {
        #[allow(missing_docs)]
        pub epoch: u32,
        #[allow(missing_docs)]
        pub keys: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
    }
    ///Container type for the return parameters of the [`sealCommittee(uint32,bytes[])`](sealCommitteeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct sealCommitteeReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (u32, alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<sealCommitteeCall> for UnderlyingRustTuple<'_> {
                fn from(value: sealCommitteeCall) -> Self {
                    (value.epoch, value.keys)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for sealCommitteeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { epoch: tuple.0, keys: tuple.1 }
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
            impl ::core::convert::From<sealCommitteeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: sealCommitteeReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for sealCommitteeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl sealCommitteeReturn {
            fn _tokenize(&self) -> <sealCommitteeCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for sealCommitteeCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = sealCommitteeReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "sealCommittee(uint32,bytes[])";
            const SELECTOR: [u8; 4] = [77u8, 121u8, 38u8, 211u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.epoch),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.keys),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                sealCommitteeReturn::_tokenize(ret)
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
    #[derive(serde::Serialize, serde::Deserialize)]
    /**Function with signature `slashConflictingCertificates(((uint64,uint64,bytes32,bytes32),(uint96,bytes),bytes[]),((uint64,uint64,bytes32,bytes32),(uint96,bytes),bytes[]),(uint96,uint96,bytes32,bytes),bytes32[])` and selector `0x3aaf64d8`.
    ```solidity
    function slashConflictingCertificates(ICommitteeCertificates.Certified memory first, ICommitteeCertificates.Certified memory second, ICommitteeCertificates.Committee memory committee, bytes32[] memory keyHashes) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashConflictingCertificatesCall {
        #[allow(missing_docs)]
        pub first: <ICommitteeCertificates::Certified as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub second: <ICommitteeCertificates::Certified as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub committee: <ICommitteeCertificates::Committee as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub keyHashes: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
    }
    ///Container type for the return parameters of the [`slashConflictingCertificates(((uint64,uint64,bytes32,bytes32),(uint96,bytes),bytes[]),((uint64,uint64,bytes32,bytes32),(uint96,bytes),bytes[]),(uint96,uint96,bytes32,bytes),bytes32[])`](slashConflictingCertificatesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slashConflictingCertificatesReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                ICommitteeCertificates::Certified,
                ICommitteeCertificates::Certified,
                ICommitteeCertificates::Committee,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ICommitteeCertificates::Certified as alloy::sol_types::SolType>::RustType,
                <ICommitteeCertificates::Certified as alloy::sol_types::SolType>::RustType,
                <ICommitteeCertificates::Committee as alloy::sol_types::SolType>::RustType,
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
            impl ::core::convert::From<slashConflictingCertificatesCall> for UnderlyingRustTuple<'_> {
                fn from(value: slashConflictingCertificatesCall) -> Self {
                    (value.first, value.second, value.committee, value.keyHashes)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashConflictingCertificatesCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { first: tuple.0, second: tuple.1, committee: tuple.2, keyHashes: tuple.3 }
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
            impl ::core::convert::From<slashConflictingCertificatesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slashConflictingCertificatesReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slashConflictingCertificatesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl slashConflictingCertificatesReturn {
            fn _tokenize(
                &self,
            ) -> <slashConflictingCertificatesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slashConflictingCertificatesCall {
            type Parameters<'a> = (
                ICommitteeCertificates::Certified,
                ICommitteeCertificates::Certified,
                ICommitteeCertificates::Committee,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = slashConflictingCertificatesReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slashConflictingCertificates(((uint64,uint64,bytes32,bytes32),(uint96,bytes),bytes[]),((uint64,uint64,bytes32,bytes32),(uint96,bytes),bytes[]),(uint96,uint96,bytes32,bytes),bytes32[])";
            const SELECTOR: [u8; 4] = [58u8, 175u8, 100u8, 216u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ICommitteeCertificates::Certified as alloy_sol_types::SolType>::tokenize(
                        &self.first,
                    ),
                    <ICommitteeCertificates::Certified as alloy_sol_types::SolType>::tokenize(
                        &self.second,
                    ),
                    <ICommitteeCertificates::Committee as alloy_sol_types::SolType>::tokenize(
                        &self.committee,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.keyHashes),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                slashConflictingCertificatesReturn::_tokenize(ret)
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
    /**Function with signature `verifyCertificate((uint64,uint64,bytes32,bytes32),(uint96,uint96,bytes32,bytes),(uint96,bytes),bytes32[],bytes[])` and selector `0x14d18121`.
    ```solidity
    function verifyCertificate(ICommitteeCertificates.Attestation memory attestation, ICommitteeCertificates.Committee memory committee, ICommitteeCertificates.Certificate memory certificate, bytes32[] memory keyHashes, bytes[] memory absentKeys) external view;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifyCertificateCall {
        #[allow(missing_docs)]
        pub attestation: <ICommitteeCertificates::Attestation as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub committee: <ICommitteeCertificates::Committee as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub certificate: <ICommitteeCertificates::Certificate as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub keyHashes: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
        #[allow(missing_docs)]
        pub absentKeys: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
    }
    ///Container type for the return parameters of the [`verifyCertificate((uint64,uint64,bytes32,bytes32),(uint96,uint96,bytes32,bytes),(uint96,bytes),bytes32[],bytes[])`](verifyCertificateCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct verifyCertificateReturn {}
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                ICommitteeCertificates::Attestation,
                ICommitteeCertificates::Committee,
                ICommitteeCertificates::Certificate,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                <ICommitteeCertificates::Attestation as alloy::sol_types::SolType>::RustType,
                <ICommitteeCertificates::Committee as alloy::sol_types::SolType>::RustType,
                <ICommitteeCertificates::Certificate as alloy::sol_types::SolType>::RustType,
                alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
                alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
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
            impl ::core::convert::From<verifyCertificateCall> for UnderlyingRustTuple<'_> {
                fn from(value: verifyCertificateCall) -> Self {
                    (value.attestation, value.committee, value.certificate, value.keyHashes, value.absentKeys)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifyCertificateCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        attestation: tuple.0,
                        committee: tuple.1,
                        certificate: tuple.2,
                        keyHashes: tuple.3,
                        absentKeys: tuple.4,
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
            impl ::core::convert::From<verifyCertificateReturn> for UnderlyingRustTuple<'_> {
                fn from(value: verifyCertificateReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for verifyCertificateReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl verifyCertificateReturn {
            fn _tokenize(&self) -> <verifyCertificateCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for verifyCertificateCall {
            type Parameters<'a> = (
                ICommitteeCertificates::Attestation,
                ICommitteeCertificates::Committee,
                ICommitteeCertificates::Certificate,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Bytes>,
            );
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = verifyCertificateReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "verifyCertificate((uint64,uint64,bytes32,bytes32),(uint96,uint96,bytes32,bytes),(uint96,bytes),bytes32[],bytes[])";
            const SELECTOR: [u8; 4] = [20u8, 209u8, 129u8, 33u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <ICommitteeCertificates::Attestation as alloy_sol_types::SolType>::tokenize(
                        &self.attestation,
                    ),
                    <ICommitteeCertificates::Committee as alloy_sol_types::SolType>::tokenize(
                        &self.committee,
                    ),
                    <ICommitteeCertificates::Certificate as alloy_sol_types::SolType>::tokenize(
                        &self.certificate,
                    ),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.keyHashes),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Bytes,
                    > as alloy_sol_types::SolType>::tokenize(&self.absentKeys),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                verifyCertificateReturn::_tokenize(ret)
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
    ///Container for all the [`CommitteeCertificates`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum CommitteeCertificatesCalls {
        #[allow(missing_docs)]
        attestationDigest(attestationDigestCall),
        #[allow(missing_docs)]
        attestationDst(attestationDstCall),
        #[allow(missing_docs)]
        committeeHash(committeeHashCall),
        #[allow(missing_docs)]
        inbox(inboxCall),
        #[allow(missing_docs)]
        keyOf(keyOfCall),
        #[allow(missing_docs)]
        paramsHash(paramsHashCall),
        #[allow(missing_docs)]
        popDst(popDstCall),
        #[allow(missing_docs)]
        popMessage(popMessageCall),
        #[allow(missing_docs)]
        quorum(quorumCall),
        #[allow(missing_docs)]
        registerKey(registerKeyCall),
        #[allow(missing_docs)]
        registry(registryCall),
        #[allow(missing_docs)]
        sealCommittee(sealCommitteeCall),
        #[allow(missing_docs)]
        slashConflictingCertificates(slashConflictingCertificatesCall),
        #[allow(missing_docs)]
        verifyCertificate(verifyCertificateCall),
    }
    impl CommitteeCertificatesCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [13u8, 29u8, 121u8, 8u8],
            [20u8, 209u8, 129u8, 33u8],
            [38u8, 53u8, 47u8, 255u8],
            [58u8, 175u8, 100u8, 216u8],
            [77u8, 121u8, 38u8, 211u8],
            [104u8, 28u8, 12u8, 193u8],
            [117u8, 206u8, 1u8, 29u8],
            [123u8, 16u8, 57u8, 153u8],
            [134u8, 164u8, 38u8, 99u8],
            [173u8, 111u8, 18u8, 173u8],
            [194u8, 113u8, 71u8, 159u8],
            [229u8, 31u8, 199u8, 103u8],
            [248u8, 206u8, 86u8, 10u8],
            [251u8, 14u8, 114u8, 43u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(attestationDst),
            ::core::stringify!(verifyCertificate),
            ::core::stringify!(committeeHash),
            ::core::stringify!(slashConflictingCertificates),
            ::core::stringify!(sealCommittee),
            ::core::stringify!(keyOf),
            ::core::stringify!(registerKey),
            ::core::stringify!(registry),
            ::core::stringify!(paramsHash),
            ::core::stringify!(attestationDigest),
            ::core::stringify!(popMessage),
            ::core::stringify!(popDst),
            ::core::stringify!(quorum),
            ::core::stringify!(inbox),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <attestationDstCall as alloy_sol_types::SolCall>::SIGNATURE,
            <verifyCertificateCall as alloy_sol_types::SolCall>::SIGNATURE,
            <committeeHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slashConflictingCertificatesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <sealCommitteeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <keyOfCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registerKeyCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <paramsHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <attestationDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <popMessageCall as alloy_sol_types::SolCall>::SIGNATURE,
            <popDstCall as alloy_sol_types::SolCall>::SIGNATURE,
            <quorumCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for CommitteeCertificatesCalls {
        const NAME: &'static str = "CommitteeCertificatesCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 14usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::attestationDigest(_) => <attestationDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::attestationDst(_) => <attestationDstCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::committeeHash(_) => <committeeHashCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::inbox(_) => <inboxCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::keyOf(_) => <keyOfCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::paramsHash(_) => <paramsHashCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::popDst(_) => <popDstCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::popMessage(_) => <popMessageCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::quorum(_) => <quorumCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registerKey(_) => <registerKeyCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registry(_) => <registryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::sealCommittee(_) => <sealCommitteeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slashConflictingCertificates(_) => {
                    <slashConflictingCertificatesCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::verifyCertificate(_) => <verifyCertificateCall as alloy_sol_types::SolCall>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls>] = &[
                {
                    fn attestationDst(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <attestationDstCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::attestationDst)
                    }
                    attestationDst
                },
                {
                    fn verifyCertificate(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <verifyCertificateCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::verifyCertificate)
                    }
                    verifyCertificate
                },
                {
                    fn committeeHash(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <committeeHashCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::committeeHash)
                    }
                    committeeHash
                },
                {
                    fn slashConflictingCertificates(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <slashConflictingCertificatesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::slashConflictingCertificates)
                    }
                    slashConflictingCertificates
                },
                {
                    fn sealCommittee(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <sealCommitteeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::sealCommittee)
                    }
                    sealCommittee
                },
                {
                    fn keyOf(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <keyOfCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::keyOf)
                    }
                    keyOf
                },
                {
                    fn registerKey(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <registerKeyCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::registerKey)
                    }
                    registerKey
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::registry)
                    }
                    registry
                },
                {
                    fn paramsHash(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <paramsHashCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::paramsHash)
                    }
                    paramsHash
                },
                {
                    fn attestationDigest(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <attestationDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::attestationDigest)
                    }
                    attestationDigest
                },
                {
                    fn popMessage(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <popMessageCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::popMessage)
                    }
                    popMessage
                },
                {
                    fn popDst(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <popDstCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::popDst)
                    }
                    popDst
                },
                {
                    fn quorum(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <quorumCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::quorum)
                    }
                    quorum
                },
                {
                    fn inbox(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <inboxCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(CommitteeCertificatesCalls::inbox)
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
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<CommitteeCertificatesCalls>] = &[
                {
                    fn attestationDst(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <attestationDstCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::attestationDst)
                    }
                    attestationDst
                },
                {
                    fn verifyCertificate(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <verifyCertificateCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::verifyCertificate)
                    }
                    verifyCertificate
                },
                {
                    fn committeeHash(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <committeeHashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::committeeHash)
                    }
                    committeeHash
                },
                {
                    fn slashConflictingCertificates(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <slashConflictingCertificatesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(
                                data,
                            )
                            .map(
                                CommitteeCertificatesCalls::slashConflictingCertificates,
                            )
                    }
                    slashConflictingCertificates
                },
                {
                    fn sealCommittee(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <sealCommitteeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::sealCommittee)
                    }
                    sealCommittee
                },
                {
                    fn keyOf(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <keyOfCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::keyOf)
                    }
                    keyOf
                },
                {
                    fn registerKey(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <registerKeyCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::registerKey)
                    }
                    registerKey
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::registry)
                    }
                    registry
                },
                {
                    fn paramsHash(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <paramsHashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::paramsHash)
                    }
                    paramsHash
                },
                {
                    fn attestationDigest(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <attestationDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::attestationDigest)
                    }
                    attestationDigest
                },
                {
                    fn popMessage(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <popMessageCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::popMessage)
                    }
                    popMessage
                },
                {
                    fn popDst(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <popDstCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::popDst)
                    }
                    popDst
                },
                {
                    fn quorum(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <quorumCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::quorum)
                    }
                    quorum
                },
                {
                    fn inbox(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesCalls> {
                        <inboxCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesCalls::inbox)
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
                Self::attestationDigest(inner) => {
                    <attestationDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::attestationDst(inner) => {
                    <attestationDstCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::committeeHash(inner) => {
                    <committeeHashCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::inbox(inner) => <inboxCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::keyOf(inner) => <keyOfCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::paramsHash(inner) => {
                    <paramsHashCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::popDst(inner) => <popDstCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::popMessage(inner) => {
                    <popMessageCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::quorum(inner) => <quorumCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::registerKey(inner) => {
                    <registerKeyCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::registry(inner) => <registryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::sealCommittee(inner) => {
                    <sealCommitteeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::slashConflictingCertificates(inner) => {
                    <slashConflictingCertificatesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::verifyCertificate(inner) => {
                    <verifyCertificateCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::attestationDigest(inner) => {
                    <attestationDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::attestationDst(inner) => {
                    <attestationDstCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::committeeHash(inner) => {
                    <committeeHashCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::inbox(inner) => <inboxCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::keyOf(inner) => <keyOfCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::paramsHash(inner) => {
                    <paramsHashCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::popDst(inner) => <popDstCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::popMessage(inner) => {
                    <popMessageCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::quorum(inner) => <quorumCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::registerKey(inner) => {
                    <registerKeyCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::registry(inner) => {
                    <registryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::sealCommittee(inner) => {
                    <sealCommitteeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slashConflictingCertificates(inner) => {
                    <slashConflictingCertificatesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::verifyCertificate(inner) => {
                    <verifyCertificateCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`CommitteeCertificates`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum CommitteeCertificatesErrors {
        #[allow(missing_docs)]
        AlreadySealed(AlreadySealed),
        #[allow(missing_docs)]
        CommitteeMismatch(CommitteeMismatch),
        #[allow(missing_docs)]
        CommitteeNotFinal(CommitteeNotFinal),
        #[allow(missing_docs)]
        CommitteeNotSealed(CommitteeNotSealed),
        #[allow(missing_docs)]
        EmptyCommittee(EmptyCommittee),
        #[allow(missing_docs)]
        InvalidCertificate(InvalidCertificate),
        #[allow(missing_docs)]
        InvalidKey(InvalidKey),
        #[allow(missing_docs)]
        InvalidProofOfPossession(InvalidProofOfPossession),
        #[allow(missing_docs)]
        KeyAlreadyRegistered(KeyAlreadyRegistered),
        #[allow(missing_docs)]
        KeyMismatch(KeyMismatch),
        #[allow(missing_docs)]
        NotConflicting(NotConflicting),
        #[allow(missing_docs)]
        NotKeyedMember(NotKeyedMember),
        #[allow(missing_docs)]
        NotRosterBitmap(NotRosterBitmap),
        #[allow(missing_docs)]
        NothingToSlash(NothingToSlash),
        #[allow(missing_docs)]
        PrecompileFailed(PrecompileFailed),
        #[allow(missing_docs)]
        QuorumNotReached(QuorumNotReached),
        #[allow(missing_docs)]
        WrongKeyCount(WrongKeyCount),
        #[allow(missing_docs)]
        WrongPointSize(WrongPointSize),
    }
    impl CommitteeCertificatesErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [29u8, 57u8, 249u8, 70u8],
            [50u8, 3u8, 130u8, 7u8],
            [56u8, 251u8, 235u8, 52u8],
            [78u8, 176u8, 76u8, 117u8],
            [81u8, 214u8, 32u8, 169u8],
            [106u8, 33u8, 89u8, 132u8],
            [113u8, 178u8, 246u8, 10u8],
            [118u8, 212u8, 225u8, 232u8],
            [129u8, 61u8, 89u8, 223u8],
            [132u8, 232u8, 22u8, 146u8],
            [146u8, 83u8, 111u8, 175u8],
            [147u8, 180u8, 236u8, 249u8],
            [158u8, 64u8, 105u8, 90u8],
            [162u8, 174u8, 179u8, 104u8],
            [171u8, 246u8, 6u8, 239u8],
            [190u8, 68u8, 195u8, 114u8],
            [213u8, 161u8, 63u8, 107u8],
            [240u8, 235u8, 16u8, 194u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(InvalidCertificate),
            ::core::stringify!(AlreadySealed),
            ::core::stringify!(NothingToSlash),
            ::core::stringify!(CommitteeMismatch),
            ::core::stringify!(KeyMismatch),
            ::core::stringify!(QuorumNotReached),
            ::core::stringify!(NotKeyedMember),
            ::core::stringify!(InvalidKey),
            ::core::stringify!(NotConflicting),
            ::core::stringify!(PrecompileFailed),
            ::core::stringify!(InvalidProofOfPossession),
            ::core::stringify!(NotRosterBitmap),
            ::core::stringify!(KeyAlreadyRegistered),
            ::core::stringify!(CommitteeNotFinal),
            ::core::stringify!(WrongPointSize),
            ::core::stringify!(WrongKeyCount),
            ::core::stringify!(CommitteeNotSealed),
            ::core::stringify!(EmptyCommittee),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <InvalidCertificate as alloy_sol_types::SolError>::SIGNATURE,
            <AlreadySealed as alloy_sol_types::SolError>::SIGNATURE,
            <NothingToSlash as alloy_sol_types::SolError>::SIGNATURE,
            <CommitteeMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <KeyMismatch as alloy_sol_types::SolError>::SIGNATURE,
            <QuorumNotReached as alloy_sol_types::SolError>::SIGNATURE,
            <NotKeyedMember as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidKey as alloy_sol_types::SolError>::SIGNATURE,
            <NotConflicting as alloy_sol_types::SolError>::SIGNATURE,
            <PrecompileFailed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidProofOfPossession as alloy_sol_types::SolError>::SIGNATURE,
            <NotRosterBitmap as alloy_sol_types::SolError>::SIGNATURE,
            <KeyAlreadyRegistered as alloy_sol_types::SolError>::SIGNATURE,
            <CommitteeNotFinal as alloy_sol_types::SolError>::SIGNATURE,
            <WrongPointSize as alloy_sol_types::SolError>::SIGNATURE,
            <WrongKeyCount as alloy_sol_types::SolError>::SIGNATURE,
            <CommitteeNotSealed as alloy_sol_types::SolError>::SIGNATURE,
            <EmptyCommittee as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for CommitteeCertificatesErrors {
        const NAME: &'static str = "CommitteeCertificatesErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 18usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::AlreadySealed(_) => <AlreadySealed as alloy_sol_types::SolError>::SELECTOR,
                Self::CommitteeMismatch(_) => <CommitteeMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::CommitteeNotFinal(_) => <CommitteeNotFinal as alloy_sol_types::SolError>::SELECTOR,
                Self::CommitteeNotSealed(_) => <CommitteeNotSealed as alloy_sol_types::SolError>::SELECTOR,
                Self::EmptyCommittee(_) => <EmptyCommittee as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidCertificate(_) => <InvalidCertificate as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidKey(_) => <InvalidKey as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidProofOfPossession(_) => {
                    <InvalidProofOfPossession as alloy_sol_types::SolError>::SELECTOR
                }
                Self::KeyAlreadyRegistered(_) => {
                    <KeyAlreadyRegistered as alloy_sol_types::SolError>::SELECTOR
                }
                Self::KeyMismatch(_) => <KeyMismatch as alloy_sol_types::SolError>::SELECTOR,
                Self::NotConflicting(_) => <NotConflicting as alloy_sol_types::SolError>::SELECTOR,
                Self::NotKeyedMember(_) => <NotKeyedMember as alloy_sol_types::SolError>::SELECTOR,
                Self::NotRosterBitmap(_) => <NotRosterBitmap as alloy_sol_types::SolError>::SELECTOR,
                Self::NothingToSlash(_) => <NothingToSlash as alloy_sol_types::SolError>::SELECTOR,
                Self::PrecompileFailed(_) => <PrecompileFailed as alloy_sol_types::SolError>::SELECTOR,
                Self::QuorumNotReached(_) => <QuorumNotReached as alloy_sol_types::SolError>::SELECTOR,
                Self::WrongKeyCount(_) => <WrongKeyCount as alloy_sol_types::SolError>::SELECTOR,
                Self::WrongPointSize(_) => <WrongPointSize as alloy_sol_types::SolError>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors>] = &[
                {
                    fn InvalidCertificate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <InvalidCertificate as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::InvalidCertificate)
                    }
                    InvalidCertificate
                },
                {
                    fn AlreadySealed(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <AlreadySealed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::AlreadySealed)
                    }
                    AlreadySealed
                },
                {
                    fn NothingToSlash(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <NothingToSlash as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::NothingToSlash)
                    }
                    NothingToSlash
                },
                {
                    fn CommitteeMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <CommitteeMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::CommitteeMismatch)
                    }
                    CommitteeMismatch
                },
                {
                    fn KeyMismatch(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <KeyMismatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::KeyMismatch)
                    }
                    KeyMismatch
                },
                {
                    fn QuorumNotReached(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <QuorumNotReached as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::QuorumNotReached)
                    }
                    QuorumNotReached
                },
                {
                    fn NotKeyedMember(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <NotKeyedMember as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::NotKeyedMember)
                    }
                    NotKeyedMember
                },
                {
                    fn InvalidKey(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <InvalidKey as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::InvalidKey)
                    }
                    InvalidKey
                },
                {
                    fn NotConflicting(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <NotConflicting as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::NotConflicting)
                    }
                    NotConflicting
                },
                {
                    fn PrecompileFailed(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <PrecompileFailed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::PrecompileFailed)
                    }
                    PrecompileFailed
                },
                {
                    fn InvalidProofOfPossession(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <InvalidProofOfPossession as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::InvalidProofOfPossession)
                    }
                    InvalidProofOfPossession
                },
                {
                    fn NotRosterBitmap(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <NotRosterBitmap as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::NotRosterBitmap)
                    }
                    NotRosterBitmap
                },
                {
                    fn KeyAlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <KeyAlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::KeyAlreadyRegistered)
                    }
                    KeyAlreadyRegistered
                },
                {
                    fn CommitteeNotFinal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <CommitteeNotFinal as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::CommitteeNotFinal)
                    }
                    CommitteeNotFinal
                },
                {
                    fn WrongPointSize(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <WrongPointSize as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::WrongPointSize)
                    }
                    WrongPointSize
                },
                {
                    fn WrongKeyCount(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <WrongKeyCount as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::WrongKeyCount)
                    }
                    WrongKeyCount
                },
                {
                    fn CommitteeNotSealed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <CommitteeNotSealed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::CommitteeNotSealed)
                    }
                    CommitteeNotSealed
                },
                {
                    fn EmptyCommittee(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <EmptyCommittee as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(CommitteeCertificatesErrors::EmptyCommittee)
                    }
                    EmptyCommittee
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
            static DECODE_VALIDATE_SHIMS: &[fn(
                &[u8],
            )
                -> alloy_sol_types::Result<CommitteeCertificatesErrors>] = &[
                {
                    fn InvalidCertificate(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <InvalidCertificate as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::InvalidCertificate)
                    }
                    InvalidCertificate
                },
                {
                    fn AlreadySealed(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <AlreadySealed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::AlreadySealed)
                    }
                    AlreadySealed
                },
                {
                    fn NothingToSlash(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <NothingToSlash as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::NothingToSlash)
                    }
                    NothingToSlash
                },
                {
                    fn CommitteeMismatch(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <CommitteeMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::CommitteeMismatch)
                    }
                    CommitteeMismatch
                },
                {
                    fn KeyMismatch(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <KeyMismatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::KeyMismatch)
                    }
                    KeyMismatch
                },
                {
                    fn QuorumNotReached(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <QuorumNotReached as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::QuorumNotReached)
                    }
                    QuorumNotReached
                },
                {
                    fn NotKeyedMember(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <NotKeyedMember as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::NotKeyedMember)
                    }
                    NotKeyedMember
                },
                {
                    fn InvalidKey(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <InvalidKey as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::InvalidKey)
                    }
                    InvalidKey
                },
                {
                    fn NotConflicting(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <NotConflicting as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::NotConflicting)
                    }
                    NotConflicting
                },
                {
                    fn PrecompileFailed(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <PrecompileFailed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::PrecompileFailed)
                    }
                    PrecompileFailed
                },
                {
                    fn InvalidProofOfPossession(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <InvalidProofOfPossession as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::InvalidProofOfPossession)
                    }
                    InvalidProofOfPossession
                },
                {
                    fn NotRosterBitmap(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <NotRosterBitmap as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::NotRosterBitmap)
                    }
                    NotRosterBitmap
                },
                {
                    fn KeyAlreadyRegistered(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <KeyAlreadyRegistered as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::KeyAlreadyRegistered)
                    }
                    KeyAlreadyRegistered
                },
                {
                    fn CommitteeNotFinal(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <CommitteeNotFinal as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::CommitteeNotFinal)
                    }
                    CommitteeNotFinal
                },
                {
                    fn WrongPointSize(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <WrongPointSize as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::WrongPointSize)
                    }
                    WrongPointSize
                },
                {
                    fn WrongKeyCount(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <WrongKeyCount as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::WrongKeyCount)
                    }
                    WrongKeyCount
                },
                {
                    fn CommitteeNotSealed(
                        data: &[u8],
                    ) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <CommitteeNotSealed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::CommitteeNotSealed)
                    }
                    CommitteeNotSealed
                },
                {
                    fn EmptyCommittee(data: &[u8]) -> alloy_sol_types::Result<CommitteeCertificatesErrors> {
                        <EmptyCommittee as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(CommitteeCertificatesErrors::EmptyCommittee)
                    }
                    EmptyCommittee
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
                Self::AlreadySealed(inner) => {
                    <AlreadySealed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::CommitteeMismatch(inner) => {
                    <CommitteeMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::CommitteeNotFinal(inner) => {
                    <CommitteeNotFinal as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::CommitteeNotSealed(inner) => {
                    <CommitteeNotSealed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EmptyCommittee(inner) => {
                    <EmptyCommittee as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidCertificate(inner) => {
                    <InvalidCertificate as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidKey(inner) => <InvalidKey as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::InvalidProofOfPossession(inner) => {
                    <InvalidProofOfPossession as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::KeyAlreadyRegistered(inner) => {
                    <KeyAlreadyRegistered as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::KeyMismatch(inner) => {
                    <KeyMismatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotConflicting(inner) => {
                    <NotConflicting as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotKeyedMember(inner) => {
                    <NotKeyedMember as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotRosterBitmap(inner) => {
                    <NotRosterBitmap as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NothingToSlash(inner) => {
                    <NothingToSlash as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::PrecompileFailed(inner) => {
                    <PrecompileFailed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::QuorumNotReached(inner) => {
                    <QuorumNotReached as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::WrongKeyCount(inner) => {
                    <WrongKeyCount as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::WrongPointSize(inner) => {
                    <WrongPointSize as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::AlreadySealed(inner) => {
                    <AlreadySealed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::CommitteeMismatch(inner) => {
                    <CommitteeMismatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::CommitteeNotFinal(inner) => {
                    <CommitteeNotFinal as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::CommitteeNotSealed(inner) => {
                    <CommitteeNotSealed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EmptyCommittee(inner) => {
                    <EmptyCommittee as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidCertificate(inner) => {
                    <InvalidCertificate as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidKey(inner) => {
                    <InvalidKey as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidProofOfPossession(inner) => {
                    <InvalidProofOfPossession as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::KeyAlreadyRegistered(inner) => {
                    <KeyAlreadyRegistered as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::KeyMismatch(inner) => {
                    <KeyMismatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotConflicting(inner) => {
                    <NotConflicting as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotKeyedMember(inner) => {
                    <NotKeyedMember as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotRosterBitmap(inner) => {
                    <NotRosterBitmap as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NothingToSlash(inner) => {
                    <NothingToSlash as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::PrecompileFailed(inner) => {
                    <PrecompileFailed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::QuorumNotReached(inner) => {
                    <QuorumNotReached as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::WrongKeyCount(inner) => {
                    <WrongKeyCount as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::WrongPointSize(inner) => {
                    <WrongPointSize as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`CommitteeCertificates`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum CommitteeCertificatesEvents {
        #[allow(missing_docs)]
        CommitteeSealed(CommitteeSealed),
        #[allow(missing_docs)]
        KeyRegistered(KeyRegistered),
    }
    impl CommitteeCertificatesEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                52u8, 240u8, 74u8, 74u8, 23u8, 174u8, 162u8, 245u8, 178u8, 67u8, 124u8, 240u8, 24u8, 152u8,
                30u8, 155u8, 206u8, 18u8, 93u8, 36u8, 33u8, 216u8, 127u8, 165u8, 2u8, 129u8, 61u8, 38u8,
                163u8, 41u8, 28u8, 154u8,
            ],
            [
                145u8, 185u8, 173u8, 210u8, 188u8, 109u8, 199u8, 71u8, 137u8, 110u8, 147u8, 13u8, 56u8, 13u8,
                150u8, 219u8, 85u8, 236u8, 133u8, 151u8, 33u8, 232u8, 50u8, 130u8, 43u8, 27u8, 98u8, 186u8,
                144u8, 168u8, 191u8, 248u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] =
            &[::core::stringify!(CommitteeSealed), ::core::stringify!(KeyRegistered)];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <CommitteeSealed as alloy_sol_types::SolEvent>::SIGNATURE,
            <KeyRegistered as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for CommitteeCertificatesEvents {
        const NAME: &'static str = "CommitteeCertificatesEvents";
        const COUNT: usize = 2usize;
        fn decode_raw_log(topics: &[alloy_sol_types::Word], data: &[u8]) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<CommitteeSealed as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <CommitteeSealed as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::CommitteeSealed)
                }
                Some(<KeyRegistered as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <KeyRegistered as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::KeyRegistered)
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
    impl alloy_sol_types::private::IntoLogData for CommitteeCertificatesEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommitteeSealed(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::KeyRegistered(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::CommitteeSealed(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::KeyRegistered(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`CommitteeCertificates`](self) contract instance.

    See the [wrapper's documentation](`CommitteeCertificatesInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> CommitteeCertificatesInstance<P, N> {
        CommitteeCertificatesInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        registry_: alloy::sol_types::private::Address,
        p: <ISequencerRegistry::Params as alloy::sol_types::SolType>::RustType,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<CommitteeCertificatesInstance<P, N>>>
    {
        CommitteeCertificatesInstance::<P, N>::deploy(__provider, registry_, p)
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
        CommitteeCertificatesInstance::<P, N>::deploy_builder(__provider, registry_, p)
    }
    /**A [`CommitteeCertificates`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`CommitteeCertificates`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct CommitteeCertificatesInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for CommitteeCertificatesInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("CommitteeCertificatesInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        CommitteeCertificatesInstance<P, N>
    {
        /**Creates a new wrapper around an on-chain [`CommitteeCertificates`](self) contract instance.

        See the [wrapper's documentation](`CommitteeCertificatesInstance`) for more details.*/
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
        ) -> alloy_contract::Result<CommitteeCertificatesInstance<P, N>> {
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
    impl<P: ::core::clone::Clone, N> CommitteeCertificatesInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> CommitteeCertificatesInstance<P, N> {
            CommitteeCertificatesInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        CommitteeCertificatesInstance<P, N>
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
        ///Creates a new call builder for the [`attestationDigest`] function.
        pub fn attestationDigest(
            &self,
            attestation: <ICommitteeCertificates::Attestation as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, attestationDigestCall, N> {
            self.call_builder(&attestationDigestCall { attestation })
        }
        ///Creates a new call builder for the [`attestationDst`] function.
        pub fn attestationDst(&self) -> alloy_contract::SolCallBuilder<&P, attestationDstCall, N> {
            self.call_builder(&attestationDstCall)
        }
        ///Creates a new call builder for the [`committeeHash`] function.
        pub fn committeeHash(&self, epoch: u32) -> alloy_contract::SolCallBuilder<&P, committeeHashCall, N> {
            self.call_builder(&committeeHashCall { epoch })
        }
        ///Creates a new call builder for the [`inbox`] function.
        pub fn inbox(&self) -> alloy_contract::SolCallBuilder<&P, inboxCall, N> {
            self.call_builder(&inboxCall)
        }
        ///Creates a new call builder for the [`keyOf`] function.
        pub fn keyOf(&self, id: u8) -> alloy_contract::SolCallBuilder<&P, keyOfCall, N> {
            self.call_builder(&keyOfCall { id })
        }
        ///Creates a new call builder for the [`paramsHash`] function.
        pub fn paramsHash(&self) -> alloy_contract::SolCallBuilder<&P, paramsHashCall, N> {
            self.call_builder(&paramsHashCall)
        }
        ///Creates a new call builder for the [`popDst`] function.
        pub fn popDst(&self) -> alloy_contract::SolCallBuilder<&P, popDstCall, N> {
            self.call_builder(&popDstCall)
        }
        ///Creates a new call builder for the [`popMessage`] function.
        pub fn popMessage(
            &self,
            signer: alloy::sol_types::private::Address,
            publicKey: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, popMessageCall, N> {
            self.call_builder(&popMessageCall { signer, publicKey })
        }
        ///Creates a new call builder for the [`quorum`] function.
        pub fn quorum(
            &self,
            members: alloy::sol_types::private::primitives::aliases::U256,
        ) -> alloy_contract::SolCallBuilder<&P, quorumCall, N> {
            self.call_builder(&quorumCall { members })
        }
        ///Creates a new call builder for the [`registerKey`] function.
        pub fn registerKey(
            &self,
            publicKey: alloy::sol_types::private::Bytes,
            proofOfPossession: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, registerKeyCall, N> {
            self.call_builder(&registerKeyCall { publicKey, proofOfPossession })
        }
        ///Creates a new call builder for the [`registry`] function.
        pub fn registry(&self) -> alloy_contract::SolCallBuilder<&P, registryCall, N> {
            self.call_builder(&registryCall)
        }
        ///Creates a new call builder for the [`sealCommittee`] function.
        pub fn sealCommittee(
            &self,
            epoch: u32,
            keys: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        ) -> alloy_contract::SolCallBuilder<&P, sealCommitteeCall, N> {
            self.call_builder(&sealCommitteeCall { epoch, keys })
        }
        ///Creates a new call builder for the [`slashConflictingCertificates`] function.
        pub fn slashConflictingCertificates(
            &self,
            first: <ICommitteeCertificates::Certified as alloy::sol_types::SolType>::RustType,
            second: <ICommitteeCertificates::Certified as alloy::sol_types::SolType>::RustType,
            committee: <ICommitteeCertificates::Committee as alloy::sol_types::SolType>::RustType,
            keyHashes: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
        ) -> alloy_contract::SolCallBuilder<&P, slashConflictingCertificatesCall, N> {
            self.call_builder(&slashConflictingCertificatesCall { first, second, committee, keyHashes })
        }
        ///Creates a new call builder for the [`verifyCertificate`] function.
        pub fn verifyCertificate(
            &self,
            attestation: <ICommitteeCertificates::Attestation as alloy::sol_types::SolType>::RustType,
            committee: <ICommitteeCertificates::Committee as alloy::sol_types::SolType>::RustType,
            certificate: <ICommitteeCertificates::Certificate as alloy::sol_types::SolType>::RustType,
            keyHashes: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
            absentKeys: alloy::sol_types::private::Vec<alloy::sol_types::private::Bytes>,
        ) -> alloy_contract::SolCallBuilder<&P, verifyCertificateCall, N> {
            self.call_builder(&verifyCertificateCall {
                attestation,
                committee,
                certificate,
                keyHashes,
                absentKeys,
            })
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>
        CommitteeCertificatesInstance<P, N>
    {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`CommitteeSealed`] event.
        pub fn CommitteeSealed_filter(&self) -> alloy_contract::Event<&P, CommitteeSealed, N> {
            self.event_filter::<CommitteeSealed>()
        }
        ///Creates a new event filter for the [`KeyRegistered`] event.
        pub fn KeyRegistered_filter(&self) -> alloy_contract::Event<&P, KeyRegistered, N> {
            self.event_filter::<KeyRegistered>()
        }
    }
}
