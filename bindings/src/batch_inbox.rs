///Module containing a contract's types and functions.
/**

```solidity
library IBatchInbox {
    type DataKind is uint8;
    type EntryKind is uint8;
}
```*/
#[allow(
    non_camel_case_types,
    non_snake_case,
    clippy::pub_underscore_fields,
    clippy::style,
    clippy::empty_structs_with_brackets
)]
pub mod IBatchInbox {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct DataKind(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<DataKind> for u8 {
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
        impl DataKind {
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
        impl From<u8> for DataKind {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<DataKind> for u8 {
            fn from(value: DataKind) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for DataKind {
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
        impl alloy_sol_types::EventTopic for DataKind {
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
    pub struct EntryKind(u8);
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::private::SolTypeValue<EntryKind> for u8 {
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
        impl EntryKind {
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
        impl From<u8> for EntryKind {
            fn from(value: u8) -> Self {
                Self::from_underlying(value)
            }
        }
        #[automatically_derived]
        impl From<EntryKind> for u8 {
            fn from(value: EntryKind) -> Self {
                value.into_underlying()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolType for EntryKind {
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
        impl alloy_sol_types::EventTopic for EntryKind {
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
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`IBatchInbox`](self) contract instance.

    See the [wrapper's documentation](`IBatchInboxInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> IBatchInboxInstance<P, N> {
        IBatchInboxInstance::<P, N>::new(address, __provider)
    }
    /**A [`IBatchInbox`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`IBatchInbox`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct IBatchInboxInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for IBatchInboxInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("IBatchInboxInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IBatchInboxInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`IBatchInbox`](self) contract instance.

        See the [wrapper's documentation](`IBatchInboxInstance`) for more details.*/
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
    impl<P: ::core::clone::Clone, N> IBatchInboxInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> IBatchInboxInstance<P, N> {
            IBatchInboxInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IBatchInboxInstance<P, N> {
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
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> IBatchInboxInstance<P, N> {
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
library IBatchInbox {
    type DataKind is uint8;
    type EntryKind is uint8;
}

interface BatchInbox {
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

    error BatchPruned(uint64 batchNumber, uint64 oldestKept);
    error BlockNumberTooLarge();
    error EscapeHatchClosed(uint64 opensAtBlock);
    error InvalidDeposit();
    error InvalidShortString();
    error InvalidSignature();
    error MalformedBatch();
    error NoBlobs();
    error NotEligible(uint8 operatorId);
    error NotForceableYet(uint64 forceableAtBlock);
    error NotSigner(address signer, address sender);
    error NothingOwed();
    error OverdueEntrySkipped(uint64 index, uint64 deadline);
    error QueuePositionOutOfRange(uint64 minimum, uint64 maximum, uint64 actual);
    error SequencedBatchInBlock();
    error StringTooLong(string str);
    error TransactionSize(uint256 size, uint256 maximum);
    error TransferFailed();
    error UnintendedHeader(bytes32 headerHash);
    error UnknownBatch(uint64 batchNumber);
    error UnknownEntry(uint64 index);
    error UnsequencedBatchInSlot(uint64 slot);
    error WrongValue(uint256 expected, uint256 actual);

    event BatchAppended(uint64 indexed batchNumber, bytes32 headerHash, IBatchInbox.DataKind kind, uint64 queueStart, BatchHeader header);
    event EIP712DomainChanged();
    event FeesWithdrawn(address indexed account, uint256 amount);
    event ForcedEntryQueued(uint64 indexed index, address indexed sender, IBatchInbox.EntryKind kind, address to, uint256 value, uint64 deadline, bytes data);

    constructor(uint64 l2ChainId_, uint64 genesisBlock_, uint32 slotLength_, uint32 inclusionWindow_, uint32 escapeDelay_, uint96 forcedInclusionFee_, uint32 maxForcedTxSize_, uint64 headerRingSize_, address committee_);

    function appendBatch() external;
    function appendBlobBatch() external;
    function appendCertifiedBatch() external;
    function appendForcedBatch(uint64 newQueuePosition) external;
    function batchCount() external view returns (uint64);
    function batchHeaderHash(uint64 batchNumber) external view returns (bytes32);
    function committee() external view returns (address);
    function computeTxRoot(bytes32[] memory txHashes) external pure returns (bytes32);
    function depositETH(address l2Recipient) external payable returns (uint64);
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    function enqueueTransaction(bytes memory l2Transaction) external payable returns (uint64);
    function entry(uint64 index) external view returns (uint64 deadline, address sender);
    function escapeDelay() external view returns (uint32);
    function escapeHatchOpen() external view returns (bool);
    function escapeHatchOpensAt() external view returns (uint64);
    function feesOwed(address account) external view returns (uint256);
    function forcedInclusionFee() external view returns (uint96);
    function genesisBlock() external view returns (uint64);
    function headerDigest(BatchHeader memory header) external view returns (bytes32);
    function headerHash(BatchHeader memory header) external pure returns (bytes32);
    function headerRingSize() external view returns (uint64);
    function inclusionWindow() external view returns (uint32);
    function l2ChainId() external view returns (uint64);
    function maxForcedTxSize() external view returns (uint32);
    function queueHead() external view returns (uint64);
    function queueLength() external view returns (uint64);
    function registry() external view returns (address);
    function slotLength() external view returns (uint32);
    function withdrawFees() external;
}
```

...which was generated by the following JSON ABI:
```json
[
  {
    "type": "constructor",
    "inputs": [
      {
        "name": "l2ChainId_",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "genesisBlock_",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "slotLength_",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "inclusionWindow_",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "escapeDelay_",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "forcedInclusionFee_",
        "type": "uint96",
        "internalType": "uint96"
      },
      {
        "name": "maxForcedTxSize_",
        "type": "uint32",
        "internalType": "uint32"
      },
      {
        "name": "headerRingSize_",
        "type": "uint64",
        "internalType": "uint64"
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
    "name": "appendBatch",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "appendBlobBatch",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "appendCertifiedBatch",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "appendForcedBatch",
    "inputs": [
      {
        "name": "newQueuePosition",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "function",
    "name": "batchCount",
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
    "name": "batchHeaderHash",
    "inputs": [
      {
        "name": "batchNumber",
        "type": "uint64",
        "internalType": "uint64"
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
    "name": "committee",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract ICommitteeCertificates"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "computeTxRoot",
    "inputs": [
      {
        "name": "txHashes",
        "type": "bytes32[]",
        "internalType": "bytes32[]"
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
    "name": "depositETH",
    "inputs": [
      {
        "name": "l2Recipient",
        "type": "address",
        "internalType": "address"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "eip712Domain",
    "inputs": [],
    "outputs": [
      {
        "name": "fields",
        "type": "bytes1",
        "internalType": "bytes1"
      },
      {
        "name": "name",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "version",
        "type": "string",
        "internalType": "string"
      },
      {
        "name": "chainId",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "verifyingContract",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "salt",
        "type": "bytes32",
        "internalType": "bytes32"
      },
      {
        "name": "extensions",
        "type": "uint256[]",
        "internalType": "uint256[]"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "enqueueTransaction",
    "inputs": [
      {
        "name": "l2Transaction",
        "type": "bytes",
        "internalType": "bytes"
      }
    ],
    "outputs": [
      {
        "name": "",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "stateMutability": "payable"
  },
  {
    "type": "function",
    "name": "entry",
    "inputs": [
      {
        "name": "index",
        "type": "uint64",
        "internalType": "uint64"
      }
    ],
    "outputs": [
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "escapeDelay",
    "inputs": [],
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
    "name": "escapeHatchOpen",
    "inputs": [],
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
    "name": "escapeHatchOpensAt",
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
    "name": "feesOwed",
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
    "name": "forcedInclusionFee",
    "inputs": [],
    "outputs": [
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
    "name": "headerDigest",
    "inputs": [
      {
        "name": "header",
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
    "name": "headerHash",
    "inputs": [
      {
        "name": "header",
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
    "name": "headerRingSize",
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
    "name": "inclusionWindow",
    "inputs": [],
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
    "name": "l2ChainId",
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
    "name": "maxForcedTxSize",
    "inputs": [],
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
    "name": "queueHead",
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
    "name": "queueLength",
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
    "name": "registry",
    "inputs": [],
    "outputs": [
      {
        "name": "",
        "type": "address",
        "internalType": "contract ISequencerRegistry"
      }
    ],
    "stateMutability": "view"
  },
  {
    "type": "function",
    "name": "slotLength",
    "inputs": [],
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
    "name": "withdrawFees",
    "inputs": [],
    "outputs": [],
    "stateMutability": "nonpayable"
  },
  {
    "type": "event",
    "name": "BatchAppended",
    "inputs": [
      {
        "name": "batchNumber",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "headerHash",
        "type": "bytes32",
        "indexed": false,
        "internalType": "bytes32"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IBatchInbox.DataKind"
      },
      {
        "name": "queueStart",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "header",
        "type": "tuple",
        "indexed": false,
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
    "anonymous": false
  },
  {
    "type": "event",
    "name": "EIP712DomainChanged",
    "inputs": [],
    "anonymous": false
  },
  {
    "type": "event",
    "name": "FeesWithdrawn",
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
    "name": "ForcedEntryQueued",
    "inputs": [
      {
        "name": "index",
        "type": "uint64",
        "indexed": true,
        "internalType": "uint64"
      },
      {
        "name": "sender",
        "type": "address",
        "indexed": true,
        "internalType": "address"
      },
      {
        "name": "kind",
        "type": "uint8",
        "indexed": false,
        "internalType": "enum IBatchInbox.EntryKind"
      },
      {
        "name": "to",
        "type": "address",
        "indexed": false,
        "internalType": "address"
      },
      {
        "name": "value",
        "type": "uint256",
        "indexed": false,
        "internalType": "uint256"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "indexed": false,
        "internalType": "uint64"
      },
      {
        "name": "data",
        "type": "bytes",
        "indexed": false,
        "internalType": "bytes"
      }
    ],
    "anonymous": false
  },
  {
    "type": "error",
    "name": "BatchPruned",
    "inputs": [
      {
        "name": "batchNumber",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "oldestKept",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "BlockNumberTooLarge",
    "inputs": []
  },
  {
    "type": "error",
    "name": "EscapeHatchClosed",
    "inputs": [
      {
        "name": "opensAtBlock",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "InvalidDeposit",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidShortString",
    "inputs": []
  },
  {
    "type": "error",
    "name": "InvalidSignature",
    "inputs": []
  },
  {
    "type": "error",
    "name": "MalformedBatch",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NoBlobs",
    "inputs": []
  },
  {
    "type": "error",
    "name": "NotEligible",
    "inputs": [
      {
        "name": "operatorId",
        "type": "uint8",
        "internalType": "uint8"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotForceableYet",
    "inputs": [
      {
        "name": "forceableAtBlock",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "NotSigner",
    "inputs": [
      {
        "name": "signer",
        "type": "address",
        "internalType": "address"
      },
      {
        "name": "sender",
        "type": "address",
        "internalType": "address"
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
    "name": "OverdueEntrySkipped",
    "inputs": [
      {
        "name": "index",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "deadline",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "QueuePositionOutOfRange",
    "inputs": [
      {
        "name": "minimum",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "maximum",
        "type": "uint64",
        "internalType": "uint64"
      },
      {
        "name": "actual",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "SequencedBatchInBlock",
    "inputs": []
  },
  {
    "type": "error",
    "name": "StringTooLong",
    "inputs": [
      {
        "name": "str",
        "type": "string",
        "internalType": "string"
      }
    ]
  },
  {
    "type": "error",
    "name": "TransactionSize",
    "inputs": [
      {
        "name": "size",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "maximum",
        "type": "uint256",
        "internalType": "uint256"
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
    "name": "UnintendedHeader",
    "inputs": [
      {
        "name": "headerHash",
        "type": "bytes32",
        "internalType": "bytes32"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnknownBatch",
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
    "name": "UnknownEntry",
    "inputs": [
      {
        "name": "index",
        "type": "uint64",
        "internalType": "uint64"
      }
    ]
  },
  {
    "type": "error",
    "name": "UnsequencedBatchInSlot",
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
    "name": "WrongValue",
    "inputs": [
      {
        "name": "expected",
        "type": "uint256",
        "internalType": "uint256"
      },
      {
        "name": "actual",
        "type": "uint256",
        "internalType": "uint256"
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
pub mod BatchInbox {
    use super::*;
    use alloy::sol_types as alloy_sol_types;
    /// The creation / init bytecode of the contract.
    ///
    /// ```text
    ///0x6102a0604052348015610010575f5ffd5b5060405161354938038061354983398101604081905261002f9161026b565b60408051808201825260058152642130ba37b760d91b602080830191909152825180840190935260018352603160f81b908301529061006e825f6101c5565b6101205261007d8160016101c5565b61014052815160208084019190912060e052815190820120610100524660a05261010960e05161010051604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201529081019290925260608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b60805250503060c05233610160526001600160a01b038116610180526001600160401b03808a166101a0528881166101c081905263ffffffff808a166101e05288811661020052878116610220526001600160601b038716610240528581166102605291841661028052111561019257604051630289365b60e11b815260040160405180910390fd5b50506002805463ffffffff909716600160c01b0263ffffffff60c01b1990971696909617909555506104d5945050505050565b5f6020835110156101e0576101d9836101f7565b90506101f1565b816101eb84826103c3565b5060ff90505b92915050565b5f5f829050601f8151111561022a578260405163305a27a960e01b8152600401610221919061047d565b60405180910390fd5b8051610235826104b2565b179392505050565b80516001600160401b0381168114610253575f5ffd5b919050565b805163ffffffff81168114610253575f5ffd5b5f5f5f5f5f5f5f5f5f6101208a8c031215610284575f5ffd5b61028d8a61023d565b985061029b60208b0161023d565b97506102a960408b01610258565b96506102b760608b01610258565b95506102c560808b01610258565b60a08b01519095506001600160601b03811681146102e1575f5ffd5b93506102ef60c08b01610258565b92506102fd60e08b0161023d565b6101008b01519092506001600160a01b038116811461031a575f5ffd5b809150509295985092959850929598565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061035357607f821691505b60208210810361037157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f8211156103be57805f5260205f20601f840160051c8101602085101561039c5750805b601f840160051c820191505b818110156103bb575f81556001016103a8565b50505b505050565b81516001600160401b038111156103dc576103dc61032b565b6103f0816103ea845461033f565b84610377565b6020601f821160018114610422575f831561040b5750848201515b5f19600385901b1c1916600184901b1784556103bb565b5f84815260208120601f198516915b828110156104515787850151825560209485019460019092019101610431565b508482101561046e57868401515f19600387901b60f8161c191681555b50505050600190811b01905550565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80516020808301519190811015610371575f1960209190910360031b1b16919050565b60805160a05160c05160e05161010051610120516101405161016051610180516101a0516101c0516101e0516102005161022051610240516102605161028051612f176106325f395f818161054701528181610c9e01528181610cde01528181610d5101528181611e86015261207901525f81816104cd01528181610e740152610ed501525f81816102e3015281816107a0015281816107e50152818161086501528181610f0401528181610f6c015261223701525f818161063201528181610e1f015261170301525f81816106840152611b0201525f818161057a01528181611dad0152611e1601525f818161029c01528181611ddb0152611e4201525f81816105cc0152818161121501526117a701525f81816105ff01526123d401525f81816103de01526115e001525f611beb01525f611bbf01525f6125b601525f61258e01525f6124e901525f61251301525f61253d0152612f175ff3fe6080604052600436106101ba575f3560e01c806384b0196e116100f2578063c3bec73c11610092578063d864e74011610062578063d864e740146105ee578063e38f704514610621578063e782980714610654578063e88816e714610673575f5ffd5b8063c3bec73c14610536578063c81ff7b614610569578063caf633bc1461059c578063d6ae3cd5146105bb575f5ffd5b8063ab91c7b0116100cd578063ab91c7b01461048a578063adbe8a00146104bc578063aec185fc14610504578063c0c3f82e14610517575f5ffd5b806384b0196e14610425578063965236441461044c578063972d336c14610476575f5ffd5b8063645119b61161015d5780636ced947d116101385780636ced947d14610336578063705cad131461038a5780637ad7b1c9146103a95780637b103999146103cd575f5ffd5b8063645119b6146102be57806364bb0a22146102d25780636551ca7214610322575f5ffd5b806313d7a4fb1161019857806313d7a4fb146102455780632d2da80614610264578063476343ee146102775780634cdc9c631461028b575f5ffd5b806303d24d43146101be57806306f13056146101d457806313083c341461020c575b5f5ffd5b3480156101c9575f5ffd5b506101d26106a6565b005b3480156101df575f5ffd5b5060025467ffffffffffffffff165b60405167ffffffffffffffff90911681526020015b60405180910390f35b348015610217575f5ffd5b506102376102263660046127aa565b60056020525f908152604090205481565b604051908152602001610203565b348015610250575f5ffd5b5061023761025f3660046127c5565b6106e6565b6101ee6102723660046127aa565b610750565b348015610282575f5ffd5b506101d261089f565b348015610296575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102c9575f5ffd5b506101d26109b2565b3480156102dd575f5ffd5b506103057f000000000000000000000000000000000000000000000000000000000000000081565b6040516bffffffffffffffffffffffff9091168152602001610203565b34801561032d575f5ffd5b506101d2610a5c565b348015610341575f5ffd5b506103556103503660046127f6565b610bac565b6040805167ffffffffffffffff909316835273ffffffffffffffffffffffffffffffffffffffff909116602083015201610203565b348015610395575f5ffd5b506102376103a43660046127f6565b610c3b565b3480156103b4575f5ffd5b506103bd610d96565b6040519015158152602001610203565b3480156103d8575f5ffd5b506104007f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610203565b348015610430575f5ffd5b50610439610db1565b604051610203979695949392919061285b565b348015610457575f5ffd5b5060025468010000000000000000900467ffffffffffffffff166101ee565b348015610481575f5ffd5b506101ee610e0f565b348015610495575f5ffd5b50600254700100000000000000000000000000000000900467ffffffffffffffff166101ee565b3480156104c7575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610203565b6101ee61051236600461291a565b610e68565b348015610522575f5ffd5b50610237610531366004612988565b610fe8565b348015610541575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b348015610574575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a7575f5ffd5b506101d26105b63660046127f6565b61102b565b3480156105c6575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105f9575f5ffd5b506104007f000000000000000000000000000000000000000000000000000000000000000081565b34801561062c575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b34801561065f575f5ffd5b5061023761066e3660046127c5565b6112f8565b34801561067e575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b5f5f6106b0611313565b90925090506106e2826106c53684815f6129e9565b6040516106d3929190612a10565b60405180910390205f5f6114ec565b5050565b5f61074a6106f936849003840184612a4c565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b92915050565b5f73ffffffffffffffffffffffffffffffffffffffff821661079e576040517fb2e532de00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341161084d5761080c6bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001612b4c565b6040517f195a3ca100000000000000000000000000000000000000000000000000000000815260048101919091523460248201526044015b60405180910390fd5b61074a60018361088b6bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001634612b5f565b60405180602001604052805f815250611a80565b335f90815260056020526040812054908190036108e8576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526005602052604080822091909155517fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a9061092b9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610972576040519150601f19603f3d011682016040523d82523d5f602084013e610977565b606091505b50509050806106e2576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f6109bc611313565b90925090506002825160028111156109d6576109d6612b72565b14806109eb57506109e8816020612b4c565b36105b15610a22576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106e2825f8336610a34826020612b4c565b92610a41939291906129e9565b610a4a91612b9f565b6003610a57856020612b4c565b6114ec565b5f5f610a66611313565b9092509050368114610aa4576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b804915610abd57610ab681612bdb565b9050610aa6565b805f03610af6576040517ffdac229f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff811115610b1057610b10612a1f565b604051908082528060200260200182016040528015610b39578160200160208202803683370190505b5090505f5b82811015610b6d578049828281518110610b5a57610b5a612c12565b6020908102919091010152600101610b3e565b505f81604051602001610b809190612c3f565b604051602081830303815290604052805190602001209050610ba5858260015f6114ec565b5050505050565b6002545f90819067ffffffffffffffff700100000000000000000000000000000000909104811690841610610c19576040517f9f585f2f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610844565b505067ffffffffffffffff165f9081526004602052604090205460a081901c91565b6002545f9067ffffffffffffffff9081169083168111610c93576040517f29323fff00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610844565b67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016610cc88483612c74565b67ffffffffffffffff161115610d495782610d037f000000000000000000000000000000000000000000000000000000000000000083612c74565b6040517fb7a24ee800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610844565b60035f610d767f000000000000000000000000000000000000000000000000000000000000000086612cc1565b67ffffffffffffffff1681526020019081526020015f2054915050919050565b5f610d9f610e0f565b67ffffffffffffffff16431015905090565b5f6060805f5f5f6060610dc2611bb8565b610dca611be4565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6002545f90610e639063ffffffff7f00000000000000000000000000000000000000000000000000000000000000008116917801000000000000000000000000000000000000000000000000900416612cf0565b905090565b5f81801580610e9c57507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681115b15610f02576040517ffccdd6b40000000000000000000000000000000000000000000000000000000081526004810182905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610844565b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff163414610f9f576040517f195a3ca10000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166004820152346024820152604401610844565b610fe05f5f5f87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611a8092505050565b949350505050565b5f6110248383808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611c1192505050565b9392505050565b6040805160a08101825260025467ffffffffffffffff8082168352680100000000000000008204811660208401819052700100000000000000000000000000000000830482169484019490945263ffffffff78010000000000000000000000000000000000000000000000008304811660608501527c0100000000000000000000000000000000000000000000000000000000909204909116608083015290919083161115806110f25750806040015167ffffffffffffffff168267ffffffffffffffff16115b1561115b576020810151611107906001612cf0565b60408083015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015290821660248201529083166044820152606401610844565b5f6111ad61119d61118e611170600187612c74565b67ffffffffffffffff165f9081526004602052604090205460a01c90565b67ffffffffffffffff16611da5565b6111a8906001612cf0565b611e0b565b90508067ffffffffffffffff164310156111ff576040517fb42fa4c000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610844565b604080516101008101825267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116825284511660208201525f91810161124c611e66565b67ffffffffffffffff168152602001611267855f0151611e70565b81525f602082018190526040820181905267ffffffffffffffff8716606083015260809091015290506112f283826112ea817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b60025f611ede565b50505050565b5f61074a61130e6106f936859003850185612a4c565b6122ee565b604080516080810182525f808252602082018190529181018290526060810182905290602a361015611371576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600435600a3560f882901c60028111156113b7576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8060028111156113c9576113c9612b72565b859060028111156113dc576113dc612b72565b908160028111156113ef576113ef612b72565b90525060ff60f084901c16602086015263ffffffff60d084901c166040860152606085018290525f8551600281111561142a5761142a612b72565b036114425761143b602a6040612b4c565b93506114ab565b60018551600281111561145757611457612b72565b036114685761143b602a6008612b4c565b6020850151602a945060ff16156114ab576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b368411156114e5576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509091565b6040805160a0810182526002805467ffffffffffffffff8082168452680100000000000000008204811660208501527001000000000000000000000000000000008204169383019390935263ffffffff78010000000000000000000000000000000000000000000000008404811660608401527c01000000000000000000000000000000000000000000000000000000009093049092166080820152905f908651600281111561159e5761159e612b72565b141590505f81156117005760208701516040517f1931190400000000000000000000000000000000000000000000000000000000815260ff90911660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690631931190490602401602060405180830381865afa15801561163a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061165e9190612d10565b905073ffffffffffffffffffffffffffffffffffffffff81166116b85760208701516040517f1737ee5200000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610844565b43836060015163ffffffff16036116fb576040517fbc57755200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611791565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16846060015163ffffffff1661173d9190612cf0565b90508067ffffffffffffffff1643101561178f576040517fe51302d000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610844565b505b604080516101008101825267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116825285511660208201525f9181016117de611e66565b67ffffffffffffffff1681526020016117f9865f0151611e70565b815260200188815260200189606001518152602001896040015186602001516118229190612cf0565b67ffffffffffffffff1681526020018373ffffffffffffffffffffffffffffffffffffffff1681525090505f6118a3827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b90505f895160028111156118b9576118b9612b72565b0361196b57602a35604a355f806118d96118d2866122ee565b8585612335565b5090925090505f8160038111156118f2576118f2612b72565b14158061192b57508673ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614155b15611962576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050611a44565b8315611a44573373ffffffffffffffffffffffffffffffffffffffff8416146119de576040517f368ff0a600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152336024820152604401610844565b602a357fffffffffffffffff00000000000000000000000000000000000000000000000082811690821614611a42576040517fdafa5c0e00000000000000000000000000000000000000000000000000000000815260048101839052602401610844565b505b6003876003811115611a5857611a58612b72565b03611a6857611a68828288612380565b611a758583838a88611ede565b505050505050505050565b60028054700100000000000000000000000000000000900467ffffffffffffffff1690611aae826001612cf0565b815467ffffffffffffffff91909116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff9091161781555f611b2863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001643612cf0565b67ffffffffffffffff84165f81815260046020526040908190203360a085901b7bffffffffffffffff00000000000000000000000000000000000000001681179091559051929350917feff32a23b40bef2fb22a164b983c7671adbf09260a99f7c160d075d1fa5cc70090611ba6908b908b908b9088908c90612d2b565b60405180910390a35050949350505050565b6060610e637f00000000000000000000000000000000000000000000000000000000000000005f612427565b6060610e637f00000000000000000000000000000000000000000000000000000000000000006001612427565b80515f90808203611c2457505f92915050565b805b6001811115611d51575f6002611c3d836001612b4c565b611c479190612d90565b90505f5b611c56600284612d90565b811015611ce857611cc386611c6c836002612da3565b81518110611c7c57611c7c612c12565b602002602001015187836002611c929190612da3565b611c9d906001612b4c565b81518110611cad57611cad612c12565b60200260200101515f9182526020526040902090565b868281518110611cd557611cd5612c12565b6020908102919091010152600101611c4b565b50611cf4600283612dba565b600103611d4a5784611d07600184612b5f565b81518110611d1757611d17612c12565b602002602001015185600183611d2d9190612b5f565b81518110611d3d57611d3d612c12565b6020026020010181815250505b9050611c26565b81845f81518110611d6457611d64612c12565b6020026020010151604051602001611d86929190918252602082015260400190565b6040516020818303038152906040528051906020012092505050919050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016611e0167ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001684612b5f565b61074a9190612d90565b5f611e3c63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683612dcd565b61074a907f0000000000000000000000000000000000000000000000000000000000000000612cf0565b5f610e6343611da5565b5f67ffffffffffffffff821615611ed75760035f7f0000000000000000000000000000000000000000000000000000000000000000611eb0600186612c74565b611eba9190612cc1565b67ffffffffffffffff1681526020019081526020015f205461074a565b5f92915050565b80611f5e575f84604001516001611ef59190612cf0565b90508063ffffffff16866080015163ffffffff1603611f525760408086015190517fb5121a8d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610844565b63ffffffff1660808601525b60c0840151604086015167ffffffffffffffff9081169082161115611fd657602086015160408088015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015290821660248201529082166044820152606401610844565b856040015167ffffffffffffffff168167ffffffffffffffff1610156120655767ffffffffffffffff8181165f9081526004602052604090205460a01c908116431115612063576040517f5370fdd200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610844565b505b6020860151865185906003905f9061209e907f000000000000000000000000000000000000000000000000000000000000000090612cc1565b67ffffffffffffffff16815260208101919091526040015f2055865160019088906120ca908390612cf0565b67ffffffffffffffff908116909152831660208901525082156120f45763ffffffff431660608801525b86516002805460208a015160408b015160608c015160808d015167ffffffffffffffff9687167fffffffffffffffffffffffffffffffff00000000000000000000000000000000909516949094176801000000000000000093871693909302929092177fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff16700100000000000000000000000000000000918616919091027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1617780100000000000000000000000000000000000000000000000063ffffffff92831602177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0100000000000000000000000000000000000000000000000000000000919092160217905581811690831614612299576bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166122618284612c74565b67ffffffffffffffff166122759190612da3565b335f9081526005602052604081208054909190612293908490612b4c565b90915550505b856020015167ffffffffffffffff167f4e82ad905c9f049af6f3470c432ebc8cd79277a2765140124114483fbc9b438a8686848a6040516122dd9493929190612df7565b60405180910390a250505050505050565b5f61074a6122fa6124d0565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f80807f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8416601b60ff86901c0161236f88828985612606565b945094509450505093509350939050565b6020830151604080850151606086015191517f14d1812100000000000000000000000000000000000000000000000000000000808252600482018590526024820183905260448201849052606482018790527f00000000000000000000000000000000000000000000000000000000000000009490939092913687900390818860848301375f5f83608401838a5afa61241b573d5f823e3d81fd5b50505050505050505050565b606060ff83146124415761243a836126f9565b905061074a565b81805461244d90612ec6565b80601f016020809104026020016040519081016040528092919081815260200182805461247990612ec6565b80156124c45780601f1061249b576101008083540402835291602001916124c4565b820191905f5260205f20905b8154815290600101906020018083116124a757829003601f168201915b5050505050905061074a565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561253557507f000000000000000000000000000000000000000000000000000000000000000046145b1561255f57507f000000000000000000000000000000000000000000000000000000000000000090565b610e63604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561263f57505f915060039050826126ef565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612690573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff81166126e657505f9250600191508290506126ef565b92505f91508190505b9450945094915050565b60605f61270583612736565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561074a576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff81168114612797575f5ffd5b50565b80356127a581612776565b919050565b5f602082840312156127ba575f5ffd5b813561102481612776565b5f6101008284031280156127d7575f5ffd5b509092915050565b803567ffffffffffffffff811681146127a5575f5ffd5b5f60208284031215612806575f5ffd5b611024826127df565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61289560e083018961280f565b82810360408401526128a7818961280f565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156129095783518352602093840193909201916001016128eb565b50909b9a5050505050505050505050565b5f5f6020838503121561292b575f5ffd5b823567ffffffffffffffff811115612941575f5ffd5b8301601f81018513612951575f5ffd5b803567ffffffffffffffff811115612967575f5ffd5b856020828401011115612978575f5ffd5b6020919091019590945092505050565b5f5f60208385031215612999575f5ffd5b823567ffffffffffffffff8111156129af575f5ffd5b8301601f810185136129bf575f5ffd5b803567ffffffffffffffff8111156129d5575f5ffd5b8560208260051b8401011115612978575f5ffd5b5f5f858511156129f7575f5ffd5b83861115612a03575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f610100828403128015612a5e575f5ffd5b50604051610100810167ffffffffffffffff81118282101715612aa8577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604052612ab4836127df565b8152612ac2602084016127df565b6020820152612ad3604084016127df565b6040820152606083810135908201526080808401359082015260a08084013590820152612b0260c084016127df565b60c0820152612b1360e0840161279a565b60e08201529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561074a5761074a612b1f565b8181038181111561074a5761074a612b1f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8035602083101561074a577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612c0b57612c0b612b1f565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81515f90829060208501835b82811015612c69578151845260209384019390910190600101612c4b565b509195945050505050565b67ffffffffffffffff828116828216039081111561074a5761074a612b1f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f67ffffffffffffffff831680612cda57612cda612c94565b8067ffffffffffffffff84160691505092915050565b67ffffffffffffffff818116838216019081111561074a5761074a612b1f565b5f60208284031215612d20575f5ffd5b815161102481612776565b5f60028710612d3c57612d3c612b72565b86825273ffffffffffffffffffffffffffffffffffffffff8616602083015284604083015267ffffffffffffffff8416606083015260a06080830152612d8560a083018461280f565b979650505050505050565b5f82612d9e57612d9e612c94565b500490565b808202811582820484141761074a5761074a612b1f565b5f82612dc857612dc8612c94565b500690565b67ffffffffffffffff8181168382160290811690818114612df057612df0612b1f565b5092915050565b848152610160810160048510612e0f57612e0f612b72565b84602083015267ffffffffffffffff8416604083015267ffffffffffffffff835116606083015267ffffffffffffffff602084015116608083015267ffffffffffffffff60408401511660a0830152606083015160c0830152608083015160e083015260a083015161010083015260c0830151612e9961012084018267ffffffffffffffff169052565b5060e083015173ffffffffffffffffffffffffffffffffffffffff81166101408401525095945050505050565b600181811c90821680612eda57607f821691505b602082108103612f11577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5091905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"a\x02\xA0`@R4\x80\x15a\0\x10W__\xFD[P`@Qa5I8\x03\x80a5I\x839\x81\x01`@\x81\x90Ra\0/\x91a\x02kV[`@\x80Q\x80\x82\x01\x82R`\x05\x81Rd!0\xBA7\xB7`\xD9\x1B` \x80\x83\x01\x91\x90\x91R\x82Q\x80\x84\x01\x90\x93R`\x01\x83R`1`\xF8\x1B\x90\x83\x01R\x90a\0n\x82_a\x01\xC5V[a\x01 Ra\0}\x81`\x01a\x01\xC5V[a\x01@R\x81Q` \x80\x84\x01\x91\x90\x91 `\xE0R\x81Q\x90\x82\x01 a\x01\0RF`\xA0Ra\x01\t`\xE0Qa\x01\0Q`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x90\x81\x01\x92\x90\x92R``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[`\x80RPP0`\xC0R3a\x01`R`\x01`\x01`\xA0\x1B\x03\x81\x16a\x01\x80R`\x01`\x01`@\x1B\x03\x80\x8A\x16a\x01\xA0R\x88\x81\x16a\x01\xC0\x81\x90Rc\xFF\xFF\xFF\xFF\x80\x8A\x16a\x01\xE0R\x88\x81\x16a\x02\0R\x87\x81\x16a\x02 R`\x01`\x01``\x1B\x03\x87\x16a\x02@R\x85\x81\x16a\x02`R\x91\x84\x16a\x02\x80R\x11\x15a\x01\x92W`@Qc\x02\x896[`\xE1\x1B\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PP`\x02\x80Tc\xFF\xFF\xFF\xFF\x90\x97\x16`\x01`\xC0\x1B\x02c\xFF\xFF\xFF\xFF`\xC0\x1B\x19\x90\x97\x16\x96\x90\x96\x17\x90\x95UPa\x04\xD5\x94PPPPPV[_` \x83Q\x10\x15a\x01\xE0Wa\x01\xD9\x83a\x01\xF7V[\x90Pa\x01\xF1V[\x81a\x01\xEB\x84\x82a\x03\xC3V[P`\xFF\x90P[\x92\x91PPV[__\x82\x90P`\x1F\x81Q\x11\x15a\x02*W\x82`@Qc0Z'\xA9`\xE0\x1B\x81R`\x04\x01a\x02!\x91\x90a\x04}V[`@Q\x80\x91\x03\x90\xFD[\x80Qa\x025\x82a\x04\xB2V[\x17\x93\x92PPPV[\x80Q`\x01`\x01`@\x1B\x03\x81\x16\x81\x14a\x02SW__\xFD[\x91\x90PV[\x80Qc\xFF\xFF\xFF\xFF\x81\x16\x81\x14a\x02SW__\xFD[_________a\x01 \x8A\x8C\x03\x12\x15a\x02\x84W__\xFD[a\x02\x8D\x8Aa\x02=V[\x98Pa\x02\x9B` \x8B\x01a\x02=V[\x97Pa\x02\xA9`@\x8B\x01a\x02XV[\x96Pa\x02\xB7``\x8B\x01a\x02XV[\x95Pa\x02\xC5`\x80\x8B\x01a\x02XV[`\xA0\x8B\x01Q\x90\x95P`\x01`\x01``\x1B\x03\x81\x16\x81\x14a\x02\xE1W__\xFD[\x93Pa\x02\xEF`\xC0\x8B\x01a\x02XV[\x92Pa\x02\xFD`\xE0\x8B\x01a\x02=V[a\x01\0\x8B\x01Q\x90\x92P`\x01`\x01`\xA0\x1B\x03\x81\x16\x81\x14a\x03\x1AW__\xFD[\x80\x91PP\x92\x95\x98P\x92\x95\x98P\x92\x95\x98V[cNH{q`\xE0\x1B_R`A`\x04R`$_\xFD[`\x01\x81\x81\x1C\x90\x82\x16\x80a\x03SW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a\x03qWcNH{q`\xE0\x1B_R`\"`\x04R`$_\xFD[P\x91\x90PV[`\x1F\x82\x11\x15a\x03\xBEW\x80_R` _ `\x1F\x84\x01`\x05\x1C\x81\x01` \x85\x10\x15a\x03\x9CWP\x80[`\x1F\x84\x01`\x05\x1C\x82\x01\x91P[\x81\x81\x10\x15a\x03\xBBW_\x81U`\x01\x01a\x03\xA8V[PP[PPPV[\x81Q`\x01`\x01`@\x1B\x03\x81\x11\x15a\x03\xDCWa\x03\xDCa\x03+V[a\x03\xF0\x81a\x03\xEA\x84Ta\x03?V[\x84a\x03wV[` `\x1F\x82\x11`\x01\x81\x14a\x04\"W_\x83\x15a\x04\x0BWP\x84\x82\x01Q[_\x19`\x03\x85\x90\x1B\x1C\x19\x16`\x01\x84\x90\x1B\x17\x84Ua\x03\xBBV[_\x84\x81R` \x81 `\x1F\x19\x85\x16\x91[\x82\x81\x10\x15a\x04QW\x87\x85\x01Q\x82U` \x94\x85\x01\x94`\x01\x90\x92\x01\x91\x01a\x041V[P\x84\x82\x10\x15a\x04nW\x86\x84\x01Q_\x19`\x03\x87\x90\x1B`\xF8\x16\x1C\x19\x16\x81U[PPPP`\x01\x90\x81\x1B\x01\x90UPV[` \x81R_\x82Q\x80` \x84\x01R\x80` \x85\x01`@\x85\x01^_`@\x82\x85\x01\x01R`@`\x1F\x19`\x1F\x83\x01\x16\x84\x01\x01\x91PP\x92\x91PPV[\x80Q` \x80\x83\x01Q\x91\x90\x81\x10\x15a\x03qW_\x19` \x91\x90\x91\x03`\x03\x1B\x1B\x16\x91\x90PV[`\x80Q`\xA0Q`\xC0Q`\xE0Qa\x01\0Qa\x01 Qa\x01@Qa\x01`Qa\x01\x80Qa\x01\xA0Qa\x01\xC0Qa\x01\xE0Qa\x02\0Qa\x02 Qa\x02@Qa\x02`Qa\x02\x80Qa/\x17a\x062_9_\x81\x81a\x05G\x01R\x81\x81a\x0C\x9E\x01R\x81\x81a\x0C\xDE\x01R\x81\x81a\rQ\x01R\x81\x81a\x1E\x86\x01Ra y\x01R_\x81\x81a\x04\xCD\x01R\x81\x81a\x0Et\x01Ra\x0E\xD5\x01R_\x81\x81a\x02\xE3\x01R\x81\x81a\x07\xA0\x01R\x81\x81a\x07\xE5\x01R\x81\x81a\x08e\x01R\x81\x81a\x0F\x04\x01R\x81\x81a\x0Fl\x01Ra\"7\x01R_\x81\x81a\x062\x01R\x81\x81a\x0E\x1F\x01Ra\x17\x03\x01R_\x81\x81a\x06\x84\x01Ra\x1B\x02\x01R_\x81\x81a\x05z\x01R\x81\x81a\x1D\xAD\x01Ra\x1E\x16\x01R_\x81\x81a\x02\x9C\x01R\x81\x81a\x1D\xDB\x01Ra\x1EB\x01R_\x81\x81a\x05\xCC\x01R\x81\x81a\x12\x15\x01Ra\x17\xA7\x01R_\x81\x81a\x05\xFF\x01Ra#\xD4\x01R_\x81\x81a\x03\xDE\x01Ra\x15\xE0\x01R_a\x1B\xEB\x01R_a\x1B\xBF\x01R_a%\xB6\x01R_a%\x8E\x01R_a$\xE9\x01R_a%\x13\x01R_a%=\x01Ra/\x17_\xF3\xFE`\x80`@R`\x046\x10a\x01\xBAW_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\0\xF2W\x80c\xC3\xBE\xC7<\x11a\0\x92W\x80c\xD8d\xE7@\x11a\0bW\x80c\xD8d\xE7@\x14a\x05\xEEW\x80c\xE3\x8FpE\x14a\x06!W\x80c\xE7\x82\x98\x07\x14a\x06TW\x80c\xE8\x88\x16\xE7\x14a\x06sW__\xFD[\x80c\xC3\xBE\xC7<\x14a\x056W\x80c\xC8\x1F\xF7\xB6\x14a\x05iW\x80c\xCA\xF63\xBC\x14a\x05\x9CW\x80c\xD6\xAE<\xD5\x14a\x05\xBBW__\xFD[\x80c\xAB\x91\xC7\xB0\x11a\0\xCDW\x80c\xAB\x91\xC7\xB0\x14a\x04\x8AW\x80c\xAD\xBE\x8A\0\x14a\x04\xBCW\x80c\xAE\xC1\x85\xFC\x14a\x05\x04W\x80c\xC0\xC3\xF8.\x14a\x05\x17W__\xFD[\x80c\x84\xB0\x19n\x14a\x04%W\x80c\x96R6D\x14a\x04LW\x80c\x97-3l\x14a\x04vW__\xFD[\x80cdQ\x19\xB6\x11a\x01]W\x80cl\xED\x94}\x11a\x018W\x80cl\xED\x94}\x14a\x036W\x80cp\\\xAD\x13\x14a\x03\x8AW\x80cz\xD7\xB1\xC9\x14a\x03\xA9W\x80c{\x109\x99\x14a\x03\xCDW__\xFD[\x80cdQ\x19\xB6\x14a\x02\xBEW\x80cd\xBB\n\"\x14a\x02\xD2W\x80ceQ\xCAr\x14a\x03\"W__\xFD[\x80c\x13\xD7\xA4\xFB\x11a\x01\x98W\x80c\x13\xD7\xA4\xFB\x14a\x02EW\x80c--\xA8\x06\x14a\x02dW\x80cGcC\xEE\x14a\x02wW\x80cL\xDC\x9Cc\x14a\x02\x8BW__\xFD[\x80c\x03\xD2MC\x14a\x01\xBEW\x80c\x06\xF10V\x14a\x01\xD4W\x80c\x13\x08<4\x14a\x02\x0CW[__\xFD[4\x80\x15a\x01\xC9W__\xFD[Pa\x01\xD2a\x06\xA6V[\0[4\x80\x15a\x01\xDFW__\xFD[P`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\x17W__\xFD[Pa\x027a\x02&6`\x04a'\xAAV[`\x05` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\x02\x03V[4\x80\x15a\x02PW__\xFD[Pa\x027a\x02_6`\x04a'\xC5V[a\x06\xE6V[a\x01\xEEa\x02r6`\x04a'\xAAV[a\x07PV[4\x80\x15a\x02\x82W__\xFD[Pa\x01\xD2a\x08\x9FV[4\x80\x15a\x02\x96W__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02\xC9W__\xFD[Pa\x01\xD2a\t\xB2V[4\x80\x15a\x02\xDDW__\xFD[Pa\x03\x05\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[4\x80\x15a\x03-W__\xFD[Pa\x01\xD2a\n\\V[4\x80\x15a\x03AW__\xFD[Pa\x03Ua\x03P6`\x04a'\xF6V[a\x0B\xACV[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x02\x03V[4\x80\x15a\x03\x95W__\xFD[Pa\x027a\x03\xA46`\x04a'\xF6V[a\x0C;V[4\x80\x15a\x03\xB4W__\xFD[Pa\x03\xBDa\r\x96V[`@Q\x90\x15\x15\x81R` \x01a\x02\x03V[4\x80\x15a\x03\xD8W__\xFD[Pa\x04\0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[4\x80\x15a\x040W__\xFD[Pa\x049a\r\xB1V[`@Qa\x02\x03\x97\x96\x95\x94\x93\x92\x91\x90a([V[4\x80\x15a\x04WW__\xFD[P`\x02Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xEEV[4\x80\x15a\x04\x81W__\xFD[Pa\x01\xEEa\x0E\x0FV[4\x80\x15a\x04\x95W__\xFD[P`\x02Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xEEV[4\x80\x15a\x04\xC7W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[a\x01\xEEa\x05\x126`\x04a)\x1AV[a\x0EhV[4\x80\x15a\x05\"W__\xFD[Pa\x027a\x0516`\x04a)\x88V[a\x0F\xE8V[4\x80\x15a\x05AW__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05tW__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xA7W__\xFD[Pa\x01\xD2a\x05\xB66`\x04a'\xF6V[a\x10+V[4\x80\x15a\x05\xC6W__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xF9W__\xFD[Pa\x04\0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06,W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06_W__\xFD[Pa\x027a\x06n6`\x04a'\xC5V[a\x12\xF8V[4\x80\x15a\x06~W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[__a\x06\xB0a\x13\x13V[\x90\x92P\x90Pa\x06\xE2\x82a\x06\xC56\x84\x81_a)\xE9V[`@Qa\x06\xD3\x92\x91\x90a*\x10V[`@Q\x80\x91\x03\x90 __a\x14\xECV[PPV[_a\x07Ja\x06\xF96\x84\x90\x03\x84\x01\x84a*LV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x92\x91PPV[_s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x07\x9EW`@Q\x7F\xB2\xE52\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x11a\x08MWa\x08\x0Ck\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01a+LV[`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x91\x90\x91R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[a\x07J`\x01\x83a\x08\x8Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x164a+_V[`@Q\x80` \x01`@R\x80_\x81RPa\x1A\x80V[3_\x90\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a\x08\xE8W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x81\x81R`\x05` R`@\x80\x82 \x91\x90\x91UQ\x7F\xC0\x81\x9C\x13\xBE\x86\x88\x95\xEB\x93\xE4\x0E\xAC\xEB\x96\xDE\x97dB\xFA\x1D@N\\U\xF1K\xB6Z\x8CH\x9A\x90a\t+\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2`@Q_\x903\x90\x83\x90\x83\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\trW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\twV[``\x91P[PP\x90P\x80a\x06\xE2W`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\t\xBCa\x13\x13V[\x90\x92P\x90P`\x02\x82Q`\x02\x81\x11\x15a\t\xD6Wa\t\xD6a+rV[\x14\x80a\t\xEBWPa\t\xE8\x81` a+LV[6\x10[\x15a\n\"W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x06\xE2\x82_\x836a\n4\x82` a+LV[\x92a\nA\x93\x92\x91\x90a)\xE9V[a\nJ\x91a+\x9FV[`\x03a\nW\x85` a+LV[a\x14\xECV[__a\nfa\x13\x13V[\x90\x92P\x90P6\x81\x14a\n\xA4W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x80I\x15a\n\xBDWa\n\xB6\x81a+\xDBV[\x90Pa\n\xA6V[\x80_\x03a\n\xF6W`@Q\x7F\xFD\xAC\"\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\x10Wa\x0B\x10a*\x1FV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0B9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x82\x81\x10\x15a\x0BmW\x80I\x82\x82\x81Q\x81\x10a\x0BZWa\x0BZa,\x12V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0B>V[P_\x81`@Q` \x01a\x0B\x80\x91\x90a,?V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x0B\xA5\x85\x82`\x01_a\x14\xECV[PPPPPV[`\x02T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x84\x16\x10a\x0C\x19W`@Q\x7F\x9FX_/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x08DV[PPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x81\x90\x1C\x91V[`\x02T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x83\x16\x81\x11a\x0C\x93W`@Q\x7F)2?\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x08DV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x0C\xC8\x84\x83a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\rIW\x82a\r\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83a,tV[`@Q\x7F\xB7\xA2N\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x08DV[`\x03_a\rv\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ T\x91PP\x91\x90PV[_a\r\x9Fa\x0E\x0FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15\x90P\x90V[_``\x80___``a\r\xC2a\x1B\xB8V[a\r\xCAa\x1B\xE4V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`\x02T_\x90a\x0Ec\x90c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16a,\xF0V[\x90P\x90V[_\x81\x80\x15\x80a\x0E\x9CWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81\x11[\x15a\x0F\x02W`@Q\x7F\xFC\xCD\xD6\xB4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90Rc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`$\x82\x01R`D\x01a\x08DV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x14a\x0F\x9FW`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01a\x08DV[a\x0F\xE0___\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1A\x80\x92PPPV[\x94\x93PPPPV[_a\x10$\x83\x83\x80\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83` \x02\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1C\x11\x92PPPV[\x93\x92PPPV[`@\x80Q`\xA0\x81\x01\x82R`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x84\x01\x81\x90Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x82\x16\x94\x84\x01\x94\x90\x94Rc\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x81\x16``\x85\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x91\x16`\x80\x83\x01R\x90\x91\x90\x83\x16\x11\x15\x80a\x10\xF2WP\x80`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a\x11[W` \x81\x01Qa\x11\x07\x90`\x01a,\xF0V[`@\x80\x83\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x83\x16`D\x82\x01R`d\x01a\x08DV[_a\x11\xADa\x11\x9Da\x11\x8Ea\x11p`\x01\x87a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1D\xA5V[a\x11\xA8\x90`\x01a,\xF0V[a\x1E\x0BV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x11\xFFW`@Q\x7F\xB4/\xA4\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08DV[`@\x80Qa\x01\0\x81\x01\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x84Q\x16` \x82\x01R_\x91\x81\x01a\x12La\x1EfV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x12g\x85_\x01Qa\x1EpV[\x81R_` \x82\x01\x81\x90R`@\x82\x01\x81\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16``\x83\x01R`\x80\x90\x91\x01R\x90Pa\x12\xF2\x83\x82a\x12\xEA\x81\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x02_a\x1E\xDEV[PPPPV[_a\x07Ja\x13\x0Ea\x06\xF96\x85\x90\x03\x85\x01\x85a*LV[a\"\xEEV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R\x90`*6\x10\x15a\x13qW`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x045`\n5`\xF8\x82\x90\x1C`\x02\x81\x11\x15a\x13\xB7W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80`\x02\x81\x11\x15a\x13\xC9Wa\x13\xC9a+rV[\x85\x90`\x02\x81\x11\x15a\x13\xDCWa\x13\xDCa+rV[\x90\x81`\x02\x81\x11\x15a\x13\xEFWa\x13\xEFa+rV[\x90RP`\xFF`\xF0\x84\x90\x1C\x16` \x86\x01Rc\xFF\xFF\xFF\xFF`\xD0\x84\x90\x1C\x16`@\x86\x01R``\x85\x01\x82\x90R_\x85Q`\x02\x81\x11\x15a\x14*Wa\x14*a+rV[\x03a\x14BWa\x14;`*`@a+LV[\x93Pa\x14\xABV[`\x01\x85Q`\x02\x81\x11\x15a\x14WWa\x14Wa+rV[\x03a\x14hWa\x14;`*`\x08a+LV[` \x85\x01Q`*\x94P`\xFF\x16\x15a\x14\xABW`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[6\x84\x11\x15a\x14\xE5W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x90\x91V[`@\x80Q`\xA0\x81\x01\x82R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x84Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x85\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x93\x83\x01\x93\x90\x93Rc\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x04\x81\x16``\x84\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x90\x92\x16`\x80\x82\x01R\x90_\x90\x86Q`\x02\x81\x11\x15a\x15\x9EWa\x15\x9Ea+rV[\x14\x15\x90P_\x81\x15a\x17\0W` \x87\x01Q`@Q\x7F\x191\x19\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x90\x91\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\x191\x19\x04\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16:W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16^\x91\x90a-\x10V[\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x16\xB8W` \x87\x01Q`@Q\x7F\x177\xEER\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x08DV[C\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x03a\x16\xFBW`@Q\x7F\xBCWuR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x17\x91V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x84``\x01Qc\xFF\xFF\xFF\xFF\x16a\x17=\x91\x90a,\xF0V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x17\x8FW`@Q\x7F\xE5\x13\x02\xD0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08DV[P[`@\x80Qa\x01\0\x81\x01\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x85Q\x16` \x82\x01R_\x91\x81\x01a\x17\xDEa\x1EfV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x17\xF9\x86_\x01Qa\x1EpV[\x81R` \x01\x88\x81R` \x01\x89``\x01Q\x81R` \x01\x89`@\x01Q\x86` \x01Qa\x18\"\x91\x90a,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90P_a\x18\xA3\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x90P_\x89Q`\x02\x81\x11\x15a\x18\xB9Wa\x18\xB9a+rV[\x03a\x19kW`*5`J5_\x80a\x18\xD9a\x18\xD2\x86a\"\xEEV[\x85\x85a#5V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x18\xF2Wa\x18\xF2a+rV[\x14\x15\x80a\x19+WP\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x19bW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPa\x1ADV[\x83\x15a\x1ADW3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x14a\x19\xDEW`@Q\x7F6\x8F\xF0\xA6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x08DV[`*5\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x81\x16\x90\x82\x16\x14a\x1ABW`@Q\x7F\xDA\xFA\\\x0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08DV[P[`\x03\x87`\x03\x81\x11\x15a\x1AXWa\x1AXa+rV[\x03a\x1AhWa\x1Ah\x82\x82\x88a#\x80V[a\x1Au\x85\x83\x83\x8A\x88a\x1E\xDEV[PPPPPPPPPV[`\x02\x80Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a\x1A\xAE\x82`\x01a,\xF0V[\x81Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x81U_a\x1B(c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Ca,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16_\x81\x81R`\x04` R`@\x90\x81\x90 3`\xA0\x85\x90\x1B{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x17\x90\x91U\x90Q\x92\x93P\x91\x7F\xEF\xF3*#\xB4\x0B\xEF/\xB2*\x16K\x98<vq\xAD\xBF\t&\n\x99\xF7\xC1`\xD0u\xD1\xFA\\\xC7\0\x90a\x1B\xA6\x90\x8B\x90\x8B\x90\x8B\x90\x88\x90\x8C\x90a-+V[`@Q\x80\x91\x03\x90\xA3PP\x94\x93PPPPV[``a\x0Ec\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a$'V[``a\x0Ec\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a$'V[\x80Q_\x90\x80\x82\x03a\x1C$WP_\x92\x91PPV[\x80[`\x01\x81\x11\x15a\x1DQW_`\x02a\x1C=\x83`\x01a+LV[a\x1CG\x91\x90a-\x90V[\x90P_[a\x1CV`\x02\x84a-\x90V[\x81\x10\x15a\x1C\xE8Wa\x1C\xC3\x86a\x1Cl\x83`\x02a-\xA3V[\x81Q\x81\x10a\x1C|Wa\x1C|a,\x12V[` \x02` \x01\x01Q\x87\x83`\x02a\x1C\x92\x91\x90a-\xA3V[a\x1C\x9D\x90`\x01a+LV[\x81Q\x81\x10a\x1C\xADWa\x1C\xADa,\x12V[` \x02` \x01\x01Q_\x91\x82R` R`@\x90 \x90V[\x86\x82\x81Q\x81\x10a\x1C\xD5Wa\x1C\xD5a,\x12V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x1CKV[Pa\x1C\xF4`\x02\x83a-\xBAV[`\x01\x03a\x1DJW\x84a\x1D\x07`\x01\x84a+_V[\x81Q\x81\x10a\x1D\x17Wa\x1D\x17a,\x12V[` \x02` \x01\x01Q\x85`\x01\x83a\x1D-\x91\x90a+_V[\x81Q\x81\x10a\x1D=Wa\x1D=a,\x12V[` \x02` \x01\x01\x81\x81RPP[\x90Pa\x1C&V[\x81\x84_\x81Q\x81\x10a\x1DdWa\x1Dda,\x12V[` \x02` \x01\x01Q`@Q` \x01a\x1D\x86\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x92PPP\x91\x90PV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x1E\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84a+_V[a\x07J\x91\x90a-\x90V[_a\x1E<c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a-\xCDV[a\x07J\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a,\xF0V[_a\x0EcCa\x1D\xA5V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x1E\xD7W`\x03_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1E\xB0`\x01\x86a,tV[a\x1E\xBA\x91\x90a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ Ta\x07JV[_\x92\x91PPV[\x80a\x1F^W_\x84`@\x01Q`\x01a\x1E\xF5\x91\x90a,\xF0V[\x90P\x80c\xFF\xFF\xFF\xFF\x16\x86`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x03a\x1FRW`@\x80\x86\x01Q\x90Q\x7F\xB5\x12\x1A\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x08DV[c\xFF\xFF\xFF\xFF\x16`\x80\x86\x01R[`\xC0\x84\x01Q`@\x86\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x1F\xD6W` \x86\x01Q`@\x80\x88\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x82\x16`D\x82\x01R`d\x01a\x08DV[\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a eWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90\x81\x16C\x11\x15a cW`@Q\x7FSp\xFD\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x08DV[P[` \x86\x01Q\x86Q\x85\x90`\x03\x90_\x90a \x9E\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ U\x86Q`\x01\x90\x88\x90a \xCA\x90\x83\x90a,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x91R\x83\x16` \x89\x01RP\x82\x15a \xF4Wc\xFF\xFF\xFF\xFFC\x16``\x88\x01R[\x86Q`\x02\x80T` \x8A\x01Q`@\x8B\x01Q``\x8C\x01Q`\x80\x8D\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x87\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x95\x16\x94\x90\x94\x17h\x01\0\0\0\0\0\0\0\0\x93\x87\x16\x93\x90\x93\x02\x92\x90\x92\x17\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x86\x16\x91\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x92\x83\x16\x02\x17{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x92\x16\x02\x17\x90U\x81\x81\x16\x90\x83\x16\x14a\"\x99Wk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\"a\x82\x84a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\"u\x91\x90a-\xA3V[3_\x90\x81R`\x05` R`@\x81 \x80T\x90\x91\x90a\"\x93\x90\x84\x90a+LV[\x90\x91UPP[\x85` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7FN\x82\xAD\x90\\\x9F\x04\x9A\xF6\xF3G\x0CC.\xBC\x8C\xD7\x92w\xA2vQ@\x12A\x14H?\xBC\x9BC\x8A\x86\x86\x84\x8A`@Qa\"\xDD\x94\x93\x92\x91\x90a-\xF7V[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[_a\x07Ja\"\xFAa$\xD0V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x1B`\xFF\x86\x90\x1C\x01a#o\x88\x82\x89\x85a&\x06V[\x94P\x94P\x94PPP\x93P\x93P\x93\x90PV[` \x83\x01Q`@\x80\x85\x01Q``\x86\x01Q\x91Q\x7F\x14\xD1\x81!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x85\x90R`$\x82\x01\x83\x90R`D\x82\x01\x84\x90R`d\x82\x01\x87\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x94\x90\x93\x90\x92\x916\x87\x90\x03\x90\x81\x88`\x84\x83\x017__\x83`\x84\x01\x83\x8AZ\xFAa$\x1BW=_\x82>=\x81\xFD[PPPPPPPPPPV[```\xFF\x83\x14a$AWa$:\x83a&\xF9V[\x90Pa\x07JV[\x81\x80Ta$M\x90a.\xC6V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta$y\x90a.\xC6V[\x80\x15a$\xC4W\x80`\x1F\x10a$\x9BWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a$\xC4V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a$\xA7W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x07JV[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a%5WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a%_WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x0Ec`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a&?WP_\x91P`\x03\x90P\x82a&\xEFV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a&\x90W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a&\xE6WP_\x92P`\x01\x91P\x82\x90Pa&\xEFV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[``_a'\x05\x83a'6V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x07JW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a'\x97W__\xFD[PV[\x805a'\xA5\x81a'vV[\x91\x90PV[_` \x82\x84\x03\x12\x15a'\xBAW__\xFD[\x815a\x10$\x81a'vV[_a\x01\0\x82\x84\x03\x12\x80\x15a'\xD7W__\xFD[P\x90\x92\x91PPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a'\xA5W__\xFD[_` \x82\x84\x03\x12\x15a(\x06W__\xFD[a\x10$\x82a'\xDFV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a(\x95`\xE0\x83\x01\x89a(\x0FV[\x82\x81\x03`@\x84\x01Ra(\xA7\x81\x89a(\x0FV[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a)\tW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a(\xEBV[P\x90\x9B\x9APPPPPPPPPPPV[__` \x83\x85\x03\x12\x15a)+W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)AW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a)QW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)gW__\xFD[\x85` \x82\x84\x01\x01\x11\x15a)xW__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[__` \x83\x85\x03\x12\x15a)\x99W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)\xAFW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a)\xBFW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)\xD5W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a)xW__\xFD[__\x85\x85\x11\x15a)\xF7W__\xFD[\x83\x86\x11\x15a*\x03W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a*^W__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a*\xA8W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Ra*\xB4\x83a'\xDFV[\x81Ra*\xC2` \x84\x01a'\xDFV[` \x82\x01Ra*\xD3`@\x84\x01a'\xDFV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra+\x02`\xC0\x84\x01a'\xDFV[`\xC0\x82\x01Ra+\x13`\xE0\x84\x01a'\x9AV[`\xE0\x82\x01R\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x07JWa\x07Ja+\x1FV[\x81\x81\x03\x81\x81\x11\x15a\x07JWa\x07Ja+\x1FV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x805` \x83\x10\x15a\x07JW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a,\x0BWa,\x0Ba+\x1FV[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81Q_\x90\x82\x90` \x85\x01\x83[\x82\x81\x10\x15a,iW\x81Q\x84R` \x93\x84\x01\x93\x90\x91\x01\x90`\x01\x01a,KV[P\x91\x95\x94PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x07JWa\x07Ja+\x1FV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80a,\xDAWa,\xDAa,\x94V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x06\x91PP\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07JWa\x07Ja+\x1FV[_` \x82\x84\x03\x12\x15a- W__\xFD[\x81Qa\x10$\x81a'vV[_`\x02\x87\x10a-<Wa-<a+rV[\x86\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x83\x01R\x84`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16``\x83\x01R`\xA0`\x80\x83\x01Ra-\x85`\xA0\x83\x01\x84a(\x0FV[\x97\x96PPPPPPPV[_\x82a-\x9EWa-\x9Ea,\x94V[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x07JWa\x07Ja+\x1FV[_\x82a-\xC8Wa-\xC8a,\x94V[P\x06\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a-\xF0Wa-\xF0a+\x1FV[P\x92\x91PPV[\x84\x81Ra\x01`\x81\x01`\x04\x85\x10a.\x0FWa.\x0Fa+rV[\x84` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`\xA0\x83\x01R``\x83\x01Q`\xC0\x83\x01R`\x80\x83\x01Q`\xE0\x83\x01R`\xA0\x83\x01Qa\x01\0\x83\x01R`\xC0\x83\x01Qa.\x99a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x84\x01RP\x95\x94PPPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a.\xDAW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a/\x11W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV",
    );
    /// The runtime bytecode of the contract, as deployed on the network.
    ///
    /// ```text
    ///0x6080604052600436106101ba575f3560e01c806384b0196e116100f2578063c3bec73c11610092578063d864e74011610062578063d864e740146105ee578063e38f704514610621578063e782980714610654578063e88816e714610673575f5ffd5b8063c3bec73c14610536578063c81ff7b614610569578063caf633bc1461059c578063d6ae3cd5146105bb575f5ffd5b8063ab91c7b0116100cd578063ab91c7b01461048a578063adbe8a00146104bc578063aec185fc14610504578063c0c3f82e14610517575f5ffd5b806384b0196e14610425578063965236441461044c578063972d336c14610476575f5ffd5b8063645119b61161015d5780636ced947d116101385780636ced947d14610336578063705cad131461038a5780637ad7b1c9146103a95780637b103999146103cd575f5ffd5b8063645119b6146102be57806364bb0a22146102d25780636551ca7214610322575f5ffd5b806313d7a4fb1161019857806313d7a4fb146102455780632d2da80614610264578063476343ee146102775780634cdc9c631461028b575f5ffd5b806303d24d43146101be57806306f13056146101d457806313083c341461020c575b5f5ffd5b3480156101c9575f5ffd5b506101d26106a6565b005b3480156101df575f5ffd5b5060025467ffffffffffffffff165b60405167ffffffffffffffff90911681526020015b60405180910390f35b348015610217575f5ffd5b506102376102263660046127aa565b60056020525f908152604090205481565b604051908152602001610203565b348015610250575f5ffd5b5061023761025f3660046127c5565b6106e6565b6101ee6102723660046127aa565b610750565b348015610282575f5ffd5b506101d261089f565b348015610296575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b3480156102c9575f5ffd5b506101d26109b2565b3480156102dd575f5ffd5b506103057f000000000000000000000000000000000000000000000000000000000000000081565b6040516bffffffffffffffffffffffff9091168152602001610203565b34801561032d575f5ffd5b506101d2610a5c565b348015610341575f5ffd5b506103556103503660046127f6565b610bac565b6040805167ffffffffffffffff909316835273ffffffffffffffffffffffffffffffffffffffff909116602083015201610203565b348015610395575f5ffd5b506102376103a43660046127f6565b610c3b565b3480156103b4575f5ffd5b506103bd610d96565b6040519015158152602001610203565b3480156103d8575f5ffd5b506104007f000000000000000000000000000000000000000000000000000000000000000081565b60405173ffffffffffffffffffffffffffffffffffffffff9091168152602001610203565b348015610430575f5ffd5b50610439610db1565b604051610203979695949392919061285b565b348015610457575f5ffd5b5060025468010000000000000000900467ffffffffffffffff166101ee565b348015610481575f5ffd5b506101ee610e0f565b348015610495575f5ffd5b50600254700100000000000000000000000000000000900467ffffffffffffffff166101ee565b3480156104c7575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b60405163ffffffff9091168152602001610203565b6101ee61051236600461291a565b610e68565b348015610522575f5ffd5b50610237610531366004612988565b610fe8565b348015610541575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b348015610574575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105a7575f5ffd5b506101d26105b63660046127f6565b61102b565b3480156105c6575f5ffd5b506101ee7f000000000000000000000000000000000000000000000000000000000000000081565b3480156105f9575f5ffd5b506104007f000000000000000000000000000000000000000000000000000000000000000081565b34801561062c575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b34801561065f575f5ffd5b5061023761066e3660046127c5565b6112f8565b34801561067e575f5ffd5b506104ef7f000000000000000000000000000000000000000000000000000000000000000081565b5f5f6106b0611313565b90925090506106e2826106c53684815f6129e9565b6040516106d3929190612a10565b60405180910390205f5f6114ec565b5050565b5f61074a6106f936849003840184612a4c565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b92915050565b5f73ffffffffffffffffffffffffffffffffffffffff821661079e576040517fb2e532de00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff16341161084d5761080c6bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166001612b4c565b6040517f195a3ca100000000000000000000000000000000000000000000000000000000815260048101919091523460248201526044015b60405180910390fd5b61074a60018361088b6bffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001634612b5f565b60405180602001604052805f815250611a80565b335f90815260056020526040812054908190036108e8576040517f797dba5400000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b335f8181526005602052604080822091909155517fc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a9061092b9084815260200190565b60405180910390a26040515f90339083908381818185875af1925050503d805f8114610972576040519150601f19603f3d011682016040523d82523d5f602084013e610977565b606091505b50509050806106e2576040517f90b8ec1800000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5f6109bc611313565b90925090506002825160028111156109d6576109d6612b72565b14806109eb57506109e8816020612b4c565b36105b15610a22576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b6106e2825f8336610a34826020612b4c565b92610a41939291906129e9565b610a4a91612b9f565b6003610a57856020612b4c565b6114ec565b5f5f610a66611313565b9092509050368114610aa4576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f5b804915610abd57610ab681612bdb565b9050610aa6565b805f03610af6576040517ffdac229f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5f8167ffffffffffffffff811115610b1057610b10612a1f565b604051908082528060200260200182016040528015610b39578160200160208202803683370190505b5090505f5b82811015610b6d578049828281518110610b5a57610b5a612c12565b6020908102919091010152600101610b3e565b505f81604051602001610b809190612c3f565b604051602081830303815290604052805190602001209050610ba5858260015f6114ec565b5050505050565b6002545f90819067ffffffffffffffff700100000000000000000000000000000000909104811690841610610c19576040517f9f585f2f00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610844565b505067ffffffffffffffff165f9081526004602052604090205460a081901c91565b6002545f9067ffffffffffffffff9081169083168111610c93576040517f29323fff00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff84166004820152602401610844565b67ffffffffffffffff7f000000000000000000000000000000000000000000000000000000000000000016610cc88483612c74565b67ffffffffffffffff161115610d495782610d037f000000000000000000000000000000000000000000000000000000000000000083612c74565b6040517fb7a24ee800000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015291166024820152604401610844565b60035f610d767f000000000000000000000000000000000000000000000000000000000000000086612cc1565b67ffffffffffffffff1681526020019081526020015f2054915050919050565b5f610d9f610e0f565b67ffffffffffffffff16431015905090565b5f6060805f5f5f6060610dc2611bb8565b610dca611be4565b604080515f808252602082019092527f0f000000000000000000000000000000000000000000000000000000000000009b939a50919850469750309650945092509050565b6002545f90610e639063ffffffff7f00000000000000000000000000000000000000000000000000000000000000008116917801000000000000000000000000000000000000000000000000900416612cf0565b905090565b5f81801580610e9c57507f000000000000000000000000000000000000000000000000000000000000000063ffffffff1681115b15610f02576040517ffccdd6b40000000000000000000000000000000000000000000000000000000081526004810182905263ffffffff7f0000000000000000000000000000000000000000000000000000000000000000166024820152604401610844565b7f00000000000000000000000000000000000000000000000000000000000000006bffffffffffffffffffffffff163414610f9f576040517f195a3ca10000000000000000000000000000000000000000000000000000000081526bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166004820152346024820152604401610844565b610fe05f5f5f87878080601f0160208091040260200160405190810160405280939291908181526020018383808284375f92019190915250611a8092505050565b949350505050565b5f6110248383808060200260200160405190810160405280939291908181526020018383602002808284375f92019190915250611c1192505050565b9392505050565b6040805160a08101825260025467ffffffffffffffff8082168352680100000000000000008204811660208401819052700100000000000000000000000000000000830482169484019490945263ffffffff78010000000000000000000000000000000000000000000000008304811660608501527c0100000000000000000000000000000000000000000000000000000000909204909116608083015290919083161115806110f25750806040015167ffffffffffffffff168267ffffffffffffffff16115b1561115b576020810151611107906001612cf0565b60408083015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015290821660248201529083166044820152606401610844565b5f6111ad61119d61118e611170600187612c74565b67ffffffffffffffff165f9081526004602052604090205460a01c90565b67ffffffffffffffff16611da5565b6111a8906001612cf0565b611e0b565b90508067ffffffffffffffff164310156111ff576040517fb42fa4c000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610844565b604080516101008101825267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116825284511660208201525f91810161124c611e66565b67ffffffffffffffff168152602001611267855f0151611e70565b81525f602082018190526040820181905267ffffffffffffffff8716606083015260809091015290506112f283826112ea817fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b60025f611ede565b50505050565b5f61074a61130e6106f936859003850185612a4c565b6122ee565b604080516080810182525f808252602082018190529181018290526060810182905290602a361015611371576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b600435600a3560f882901c60028111156113b7576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b8060028111156113c9576113c9612b72565b859060028111156113dc576113dc612b72565b908160028111156113ef576113ef612b72565b90525060ff60f084901c16602086015263ffffffff60d084901c166040860152606085018290525f8551600281111561142a5761142a612b72565b036114425761143b602a6040612b4c565b93506114ab565b60018551600281111561145757611457612b72565b036114685761143b602a6008612b4c565b6020850151602a945060ff16156114ab576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b368411156114e5576040517fc1f97e3500000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b5050509091565b6040805160a0810182526002805467ffffffffffffffff8082168452680100000000000000008204811660208501527001000000000000000000000000000000008204169383019390935263ffffffff78010000000000000000000000000000000000000000000000008404811660608401527c01000000000000000000000000000000000000000000000000000000009093049092166080820152905f908651600281111561159e5761159e612b72565b141590505f81156117005760208701516040517f1931190400000000000000000000000000000000000000000000000000000000815260ff90911660048201527f000000000000000000000000000000000000000000000000000000000000000073ffffffffffffffffffffffffffffffffffffffff1690631931190490602401602060405180830381865afa15801561163a573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061165e9190612d10565b905073ffffffffffffffffffffffffffffffffffffffff81166116b85760208701516040517f1737ee5200000000000000000000000000000000000000000000000000000000815260ff9091166004820152602401610844565b43836060015163ffffffff16036116fb576040517fbc57755200000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b611791565b5f7f000000000000000000000000000000000000000000000000000000000000000063ffffffff16846060015163ffffffff1661173d9190612cf0565b90508067ffffffffffffffff1643101561178f576040517fe51302d000000000000000000000000000000000000000000000000000000000815267ffffffffffffffff82166004820152602401610844565b505b604080516101008101825267ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000008116825285511660208201525f9181016117de611e66565b67ffffffffffffffff1681526020016117f9865f0151611e70565b815260200188815260200189606001518152602001896040015186602001516118229190612cf0565b67ffffffffffffffff1681526020018373ffffffffffffffffffffffffffffffffffffffff1681525090505f6118a3827fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe00180517f08365a125064bbbe8ec13b18c4f02f022aca2149e3be518c1fe60101153270f882526101208220915290565b90505f895160028111156118b9576118b9612b72565b0361196b57602a35604a355f806118d96118d2866122ee565b8585612335565b5090925090505f8160038111156118f2576118f2612b72565b14158061192b57508673ffffffffffffffffffffffffffffffffffffffff168273ffffffffffffffffffffffffffffffffffffffff1614155b15611962576040517f8baa579f00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b50505050611a44565b8315611a44573373ffffffffffffffffffffffffffffffffffffffff8416146119de576040517f368ff0a600000000000000000000000000000000000000000000000000000000815273ffffffffffffffffffffffffffffffffffffffff84166004820152336024820152604401610844565b602a357fffffffffffffffff00000000000000000000000000000000000000000000000082811690821614611a42576040517fdafa5c0e00000000000000000000000000000000000000000000000000000000815260048101839052602401610844565b505b6003876003811115611a5857611a58612b72565b03611a6857611a68828288612380565b611a758583838a88611ede565b505050505050505050565b60028054700100000000000000000000000000000000900467ffffffffffffffff1690611aae826001612cf0565b815467ffffffffffffffff91909116700100000000000000000000000000000000027fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff9091161781555f611b2863ffffffff7f00000000000000000000000000000000000000000000000000000000000000001643612cf0565b67ffffffffffffffff84165f81815260046020526040908190203360a085901b7bffffffffffffffff00000000000000000000000000000000000000001681179091559051929350917feff32a23b40bef2fb22a164b983c7671adbf09260a99f7c160d075d1fa5cc70090611ba6908b908b908b9088908c90612d2b565b60405180910390a35050949350505050565b6060610e637f00000000000000000000000000000000000000000000000000000000000000005f612427565b6060610e637f00000000000000000000000000000000000000000000000000000000000000006001612427565b80515f90808203611c2457505f92915050565b805b6001811115611d51575f6002611c3d836001612b4c565b611c479190612d90565b90505f5b611c56600284612d90565b811015611ce857611cc386611c6c836002612da3565b81518110611c7c57611c7c612c12565b602002602001015187836002611c929190612da3565b611c9d906001612b4c565b81518110611cad57611cad612c12565b60200260200101515f9182526020526040902090565b868281518110611cd557611cd5612c12565b6020908102919091010152600101611c4b565b50611cf4600283612dba565b600103611d4a5784611d07600184612b5f565b81518110611d1757611d17612c12565b602002602001015185600183611d2d9190612b5f565b81518110611d3d57611d3d612c12565b6020026020010181815250505b9050611c26565b81845f81518110611d6457611d64612c12565b6020026020010151604051602001611d86929190918252602082015260400190565b6040516020818303038152906040528051906020012092505050919050565b5f63ffffffff7f000000000000000000000000000000000000000000000000000000000000000016611e0167ffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001684612b5f565b61074a9190612d90565b5f611e3c63ffffffff7f00000000000000000000000000000000000000000000000000000000000000001683612dcd565b61074a907f0000000000000000000000000000000000000000000000000000000000000000612cf0565b5f610e6343611da5565b5f67ffffffffffffffff821615611ed75760035f7f0000000000000000000000000000000000000000000000000000000000000000611eb0600186612c74565b611eba9190612cc1565b67ffffffffffffffff1681526020019081526020015f205461074a565b5f92915050565b80611f5e575f84604001516001611ef59190612cf0565b90508063ffffffff16866080015163ffffffff1603611f525760408086015190517fb5121a8d00000000000000000000000000000000000000000000000000000000815267ffffffffffffffff9091166004820152602401610844565b63ffffffff1660808601525b60c0840151604086015167ffffffffffffffff9081169082161115611fd657602086015160408088015190517fa499066300000000000000000000000000000000000000000000000000000000815267ffffffffffffffff928316600482015290821660248201529082166044820152606401610844565b856040015167ffffffffffffffff168167ffffffffffffffff1610156120655767ffffffffffffffff8181165f9081526004602052604090205460a01c908116431115612063576040517f5370fdd200000000000000000000000000000000000000000000000000000000815267ffffffffffffffff808416600483015282166024820152604401610844565b505b6020860151865185906003905f9061209e907f000000000000000000000000000000000000000000000000000000000000000090612cc1565b67ffffffffffffffff16815260208101919091526040015f2055865160019088906120ca908390612cf0565b67ffffffffffffffff908116909152831660208901525082156120f45763ffffffff431660608801525b86516002805460208a015160408b015160608c015160808d015167ffffffffffffffff9687167fffffffffffffffffffffffffffffffff00000000000000000000000000000000909516949094176801000000000000000093871693909302929092177fffffffff000000000000000000000000ffffffffffffffffffffffffffffffff16700100000000000000000000000000000000918616919091027fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1617780100000000000000000000000000000000000000000000000063ffffffff92831602177bffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c0100000000000000000000000000000000000000000000000000000000919092160217905581811690831614612299576bffffffffffffffffffffffff7f0000000000000000000000000000000000000000000000000000000000000000166122618284612c74565b67ffffffffffffffff166122759190612da3565b335f9081526005602052604081208054909190612293908490612b4c565b90915550505b856020015167ffffffffffffffff167f4e82ad905c9f049af6f3470c432ebc8cd79277a2765140124114483fbc9b438a8686848a6040516122dd9493929190612df7565b60405180910390a250505050505050565b5f61074a6122fa6124d0565b836040517f19010000000000000000000000000000000000000000000000000000000000008152600281019290925260228201526042902090565b5f80807f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8416601b60ff86901c0161236f88828985612606565b945094509450505093509350939050565b6020830151604080850151606086015191517f14d1812100000000000000000000000000000000000000000000000000000000808252600482018590526024820183905260448201849052606482018790527f00000000000000000000000000000000000000000000000000000000000000009490939092913687900390818860848301375f5f83608401838a5afa61241b573d5f823e3d81fd5b50505050505050505050565b606060ff83146124415761243a836126f9565b905061074a565b81805461244d90612ec6565b80601f016020809104026020016040519081016040528092919081815260200182805461247990612ec6565b80156124c45780601f1061249b576101008083540402835291602001916124c4565b820191905f5260205f20905b8154815290600101906020018083116124a757829003601f168201915b5050505050905061074a565b5f3073ffffffffffffffffffffffffffffffffffffffff7f00000000000000000000000000000000000000000000000000000000000000001614801561253557507f000000000000000000000000000000000000000000000000000000000000000046145b1561255f57507f000000000000000000000000000000000000000000000000000000000000000090565b610e63604080517f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f60208201527f0000000000000000000000000000000000000000000000000000000000000000918101919091527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a08201525f9060c00160405160208183030381529060405280519060200120905090565b5f80807f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a084111561263f57505f915060039050826126ef565b604080515f808252602082018084528a905260ff891692820192909252606081018790526080810186905260019060a0016020604051602081039080840390855afa158015612690573d5f5f3e3d5ffd5b50506040517fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0015191505073ffffffffffffffffffffffffffffffffffffffff81166126e657505f9250600191508290506126ef565b92505f91508190505b9450945094915050565b60605f61270583612736565b6040805160208082528183019092529192505f91906020820181803683375050509182525060208101929092525090565b5f60ff8216601f81111561074a576040517fb3512b0c00000000000000000000000000000000000000000000000000000000815260040160405180910390fd5b73ffffffffffffffffffffffffffffffffffffffff81168114612797575f5ffd5b50565b80356127a581612776565b919050565b5f602082840312156127ba575f5ffd5b813561102481612776565b5f6101008284031280156127d7575f5ffd5b509092915050565b803567ffffffffffffffff811681146127a5575f5ffd5b5f60208284031215612806575f5ffd5b611024826127df565b5f81518084528060208401602086015e5f6020828601015260207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f83011685010191505092915050565b7fff000000000000000000000000000000000000000000000000000000000000008816815260e060208201525f61289560e083018961280f565b82810360408401526128a7818961280f565b6060840188905273ffffffffffffffffffffffffffffffffffffffff8716608085015260a0840186905283810360c0850152845180825260208087019350909101905f5b818110156129095783518352602093840193909201916001016128eb565b50909b9a5050505050505050505050565b5f5f6020838503121561292b575f5ffd5b823567ffffffffffffffff811115612941575f5ffd5b8301601f81018513612951575f5ffd5b803567ffffffffffffffff811115612967575f5ffd5b856020828401011115612978575f5ffd5b6020919091019590945092505050565b5f5f60208385031215612999575f5ffd5b823567ffffffffffffffff8111156129af575f5ffd5b8301601f810185136129bf575f5ffd5b803567ffffffffffffffff8111156129d5575f5ffd5b8560208260051b8401011115612978575f5ffd5b5f5f858511156129f7575f5ffd5b83861115612a03575f5ffd5b5050820193919092039150565b818382375f9101908152919050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b5f610100828403128015612a5e575f5ffd5b50604051610100810167ffffffffffffffff81118282101715612aa8577f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b604052612ab4836127df565b8152612ac2602084016127df565b6020820152612ad3604084016127df565b6040820152606083810135908201526080808401359082015260a08084013590820152612b0260c084016127df565b60c0820152612b1360e0840161279a565b60e08201529392505050565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b8082018082111561074a5761074a612b1f565b8181038181111561074a5761074a612b1f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b8035602083101561074a577fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff602084900360031b1b1692915050565b5f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff8203612c0b57612c0b612b1f565b5060010190565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52603260045260245ffd5b81515f90829060208501835b82811015612c69578151845260209384019390910190600101612c4b565b509195945050505050565b67ffffffffffffffff828116828216039081111561074a5761074a612b1f565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601260045260245ffd5b5f67ffffffffffffffff831680612cda57612cda612c94565b8067ffffffffffffffff84160691505092915050565b67ffffffffffffffff818116838216019081111561074a5761074a612b1f565b5f60208284031215612d20575f5ffd5b815161102481612776565b5f60028710612d3c57612d3c612b72565b86825273ffffffffffffffffffffffffffffffffffffffff8616602083015284604083015267ffffffffffffffff8416606083015260a06080830152612d8560a083018461280f565b979650505050505050565b5f82612d9e57612d9e612c94565b500490565b808202811582820484141761074a5761074a612b1f565b5f82612dc857612dc8612c94565b500690565b67ffffffffffffffff8181168382160290811690818114612df057612df0612b1f565b5092915050565b848152610160810160048510612e0f57612e0f612b72565b84602083015267ffffffffffffffff8416604083015267ffffffffffffffff835116606083015267ffffffffffffffff602084015116608083015267ffffffffffffffff60408401511660a0830152606083015160c0830152608083015160e083015260a083015161010083015260c0830151612e9961012084018267ffffffffffffffff169052565b5060e083015173ffffffffffffffffffffffffffffffffffffffff81166101408401525095945050505050565b600181811c90821680612eda57607f821691505b602082108103612f11577f4e487b71000000000000000000000000000000000000000000000000000000005f52602260045260245ffd5b5091905056
    /// ```
    #[rustfmt::skip]
    #[allow(clippy::all)]
    pub static DEPLOYED_BYTECODE: alloy_sol_types::private::Bytes = alloy_sol_types::private::Bytes::from_static(
        b"`\x80`@R`\x046\x10a\x01\xBAW_5`\xE0\x1C\x80c\x84\xB0\x19n\x11a\0\xF2W\x80c\xC3\xBE\xC7<\x11a\0\x92W\x80c\xD8d\xE7@\x11a\0bW\x80c\xD8d\xE7@\x14a\x05\xEEW\x80c\xE3\x8FpE\x14a\x06!W\x80c\xE7\x82\x98\x07\x14a\x06TW\x80c\xE8\x88\x16\xE7\x14a\x06sW__\xFD[\x80c\xC3\xBE\xC7<\x14a\x056W\x80c\xC8\x1F\xF7\xB6\x14a\x05iW\x80c\xCA\xF63\xBC\x14a\x05\x9CW\x80c\xD6\xAE<\xD5\x14a\x05\xBBW__\xFD[\x80c\xAB\x91\xC7\xB0\x11a\0\xCDW\x80c\xAB\x91\xC7\xB0\x14a\x04\x8AW\x80c\xAD\xBE\x8A\0\x14a\x04\xBCW\x80c\xAE\xC1\x85\xFC\x14a\x05\x04W\x80c\xC0\xC3\xF8.\x14a\x05\x17W__\xFD[\x80c\x84\xB0\x19n\x14a\x04%W\x80c\x96R6D\x14a\x04LW\x80c\x97-3l\x14a\x04vW__\xFD[\x80cdQ\x19\xB6\x11a\x01]W\x80cl\xED\x94}\x11a\x018W\x80cl\xED\x94}\x14a\x036W\x80cp\\\xAD\x13\x14a\x03\x8AW\x80cz\xD7\xB1\xC9\x14a\x03\xA9W\x80c{\x109\x99\x14a\x03\xCDW__\xFD[\x80cdQ\x19\xB6\x14a\x02\xBEW\x80cd\xBB\n\"\x14a\x02\xD2W\x80ceQ\xCAr\x14a\x03\"W__\xFD[\x80c\x13\xD7\xA4\xFB\x11a\x01\x98W\x80c\x13\xD7\xA4\xFB\x14a\x02EW\x80c--\xA8\x06\x14a\x02dW\x80cGcC\xEE\x14a\x02wW\x80cL\xDC\x9Cc\x14a\x02\x8BW__\xFD[\x80c\x03\xD2MC\x14a\x01\xBEW\x80c\x06\xF10V\x14a\x01\xD4W\x80c\x13\x08<4\x14a\x02\x0CW[__\xFD[4\x80\x15a\x01\xC9W__\xFD[Pa\x01\xD2a\x06\xA6V[\0[4\x80\x15a\x01\xDFW__\xFD[P`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16[`@Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01[`@Q\x80\x91\x03\x90\xF3[4\x80\x15a\x02\x17W__\xFD[Pa\x027a\x02&6`\x04a'\xAAV[`\x05` R_\x90\x81R`@\x90 T\x81V[`@Q\x90\x81R` \x01a\x02\x03V[4\x80\x15a\x02PW__\xFD[Pa\x027a\x02_6`\x04a'\xC5V[a\x06\xE6V[a\x01\xEEa\x02r6`\x04a'\xAAV[a\x07PV[4\x80\x15a\x02\x82W__\xFD[Pa\x01\xD2a\x08\x9FV[4\x80\x15a\x02\x96W__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x02\xC9W__\xFD[Pa\x01\xD2a\t\xB2V[4\x80\x15a\x02\xDDW__\xFD[Pa\x03\x05\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[4\x80\x15a\x03-W__\xFD[Pa\x01\xD2a\n\\V[4\x80\x15a\x03AW__\xFD[Pa\x03Ua\x03P6`\x04a'\xF6V[a\x0B\xACV[`@\x80Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x93\x16\x83Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16` \x83\x01R\x01a\x02\x03V[4\x80\x15a\x03\x95W__\xFD[Pa\x027a\x03\xA46`\x04a'\xF6V[a\x0C;V[4\x80\x15a\x03\xB4W__\xFD[Pa\x03\xBDa\r\x96V[`@Q\x90\x15\x15\x81R` \x01a\x02\x03V[4\x80\x15a\x03\xD8W__\xFD[Pa\x04\0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[4\x80\x15a\x040W__\xFD[Pa\x049a\r\xB1V[`@Qa\x02\x03\x97\x96\x95\x94\x93\x92\x91\x90a([V[4\x80\x15a\x04WW__\xFD[P`\x02Th\x01\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xEEV[4\x80\x15a\x04\x81W__\xFD[Pa\x01\xEEa\x0E\x0FV[4\x80\x15a\x04\x95W__\xFD[P`\x02Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x01\xEEV[4\x80\x15a\x04\xC7W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[`@Qc\xFF\xFF\xFF\xFF\x90\x91\x16\x81R` \x01a\x02\x03V[a\x01\xEEa\x05\x126`\x04a)\x1AV[a\x0EhV[4\x80\x15a\x05\"W__\xFD[Pa\x027a\x0516`\x04a)\x88V[a\x0F\xE8V[4\x80\x15a\x05AW__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05tW__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xA7W__\xFD[Pa\x01\xD2a\x05\xB66`\x04a'\xF6V[a\x10+V[4\x80\x15a\x05\xC6W__\xFD[Pa\x01\xEE\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x05\xF9W__\xFD[Pa\x04\0\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06,W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[4\x80\x15a\x06_W__\xFD[Pa\x027a\x06n6`\x04a'\xC5V[a\x12\xF8V[4\x80\x15a\x06~W__\xFD[Pa\x04\xEF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81V[__a\x06\xB0a\x13\x13V[\x90\x92P\x90Pa\x06\xE2\x82a\x06\xC56\x84\x81_a)\xE9V[`@Qa\x06\xD3\x92\x91\x90a*\x10V[`@Q\x80\x91\x03\x90 __a\x14\xECV[PPV[_a\x07Ja\x06\xF96\x84\x90\x03\x84\x01\x84a*LV[\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x92\x91PPV[_s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16a\x07\x9EW`@Q\x7F\xB2\xE52\xDE\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x11a\x08MWa\x08\x0Ck\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x01a+LV[`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x91\x90\x91R4`$\x82\x01R`D\x01[`@Q\x80\x91\x03\x90\xFD[a\x07J`\x01\x83a\x08\x8Bk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x164a+_V[`@Q\x80` \x01`@R\x80_\x81RPa\x1A\x80V[3_\x90\x81R`\x05` R`@\x81 T\x90\x81\x90\x03a\x08\xE8W`@Q\x7Fy}\xBAT\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[3_\x81\x81R`\x05` R`@\x80\x82 \x91\x90\x91UQ\x7F\xC0\x81\x9C\x13\xBE\x86\x88\x95\xEB\x93\xE4\x0E\xAC\xEB\x96\xDE\x97dB\xFA\x1D@N\\U\xF1K\xB6Z\x8CH\x9A\x90a\t+\x90\x84\x81R` \x01\x90V[`@Q\x80\x91\x03\x90\xA2`@Q_\x903\x90\x83\x90\x83\x81\x81\x81\x85\x87Z\xF1\x92PPP=\x80_\x81\x14a\trW`@Q\x91P`\x1F\x19`?=\x01\x16\x82\x01`@R=\x82R=_` \x84\x01>a\twV[``\x91P[PP\x90P\x80a\x06\xE2W`@Q\x7F\x90\xB8\xEC\x18\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[__a\t\xBCa\x13\x13V[\x90\x92P\x90P`\x02\x82Q`\x02\x81\x11\x15a\t\xD6Wa\t\xD6a+rV[\x14\x80a\t\xEBWPa\t\xE8\x81` a+LV[6\x10[\x15a\n\"W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x06\xE2\x82_\x836a\n4\x82` a+LV[\x92a\nA\x93\x92\x91\x90a)\xE9V[a\nJ\x91a+\x9FV[`\x03a\nW\x85` a+LV[a\x14\xECV[__a\nfa\x13\x13V[\x90\x92P\x90P6\x81\x14a\n\xA4W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_[\x80I\x15a\n\xBDWa\n\xB6\x81a+\xDBV[\x90Pa\n\xA6V[\x80_\x03a\n\xF6W`@Q\x7F\xFD\xAC\"\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[_\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a\x0B\x10Wa\x0B\x10a*\x1FV[`@Q\x90\x80\x82R\x80` \x02` \x01\x82\x01`@R\x80\x15a\x0B9W\x81` \x01` \x82\x02\x806\x837\x01\x90P[P\x90P_[\x82\x81\x10\x15a\x0BmW\x80I\x82\x82\x81Q\x81\x10a\x0BZWa\x0BZa,\x12V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x0B>V[P_\x81`@Q` \x01a\x0B\x80\x91\x90a,?V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90Pa\x0B\xA5\x85\x82`\x01_a\x14\xECV[PPPPPV[`\x02T_\x90\x81\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFFp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x91\x04\x81\x16\x90\x84\x16\x10a\x0C\x19W`@Q\x7F\x9FX_/\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x08DV[PPg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x81\x90\x1C\x91V[`\x02T_\x90g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x83\x16\x81\x11a\x0C\x93W`@Q\x7F)2?\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R`$\x01a\x08DV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x0C\xC8\x84\x83a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11\x15a\rIW\x82a\r\x03\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83a,tV[`@Q\x7F\xB7\xA2N\xE8\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x91\x16`$\x82\x01R`D\x01a\x08DV[`\x03_a\rv\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x86a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ T\x91PP\x91\x90PV[_a\r\x9Fa\x0E\x0FV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15\x90P\x90V[_``\x80___``a\r\xC2a\x1B\xB8V[a\r\xCAa\x1B\xE4V[`@\x80Q_\x80\x82R` \x82\x01\x90\x92R\x7F\x0F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x9B\x93\x9AP\x91\x98PF\x97P0\x96P\x94P\x92P\x90PV[`\x02T_\x90a\x0Ec\x90c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x91x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04\x16a,\xF0V[\x90P\x90V[_\x81\x80\x15\x80a\x0E\x9CWP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x81\x11[\x15a\x0F\x02W`@Q\x7F\xFC\xCD\xD6\xB4\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x82\x90Rc\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`$\x82\x01R`D\x01a\x08DV[\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0k\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x164\x14a\x0F\x9FW`@Q\x7F\x19Z<\xA1\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16`\x04\x82\x01R4`$\x82\x01R`D\x01a\x08DV[a\x0F\xE0___\x87\x87\x80\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1A\x80\x92PPPV[\x94\x93PPPPV[_a\x10$\x83\x83\x80\x80` \x02` \x01`@Q\x90\x81\x01`@R\x80\x93\x92\x91\x90\x81\x81R` \x01\x83\x83` \x02\x80\x82\x847_\x92\x01\x91\x90\x91RPa\x1C\x11\x92PPPV[\x93\x92PPPV[`@\x80Q`\xA0\x81\x01\x82R`\x02Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x83Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x84\x01\x81\x90Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x82\x16\x94\x84\x01\x94\x90\x94Rc\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x83\x04\x81\x16``\x85\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x92\x04\x90\x91\x16`\x80\x83\x01R\x90\x91\x90\x83\x16\x11\x15\x80a\x10\xF2WP\x80`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x11[\x15a\x11[W` \x81\x01Qa\x11\x07\x90`\x01a,\xF0V[`@\x80\x83\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x83\x16`D\x82\x01R`d\x01a\x08DV[_a\x11\xADa\x11\x9Da\x11\x8Ea\x11p`\x01\x87a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\x1D\xA5V[a\x11\xA8\x90`\x01a,\xF0V[a\x1E\x0BV[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x11\xFFW`@Q\x7F\xB4/\xA4\xC0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08DV[`@\x80Qa\x01\0\x81\x01\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x84Q\x16` \x82\x01R_\x91\x81\x01a\x12La\x1EfV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x12g\x85_\x01Qa\x1EpV[\x81R_` \x82\x01\x81\x90R`@\x82\x01\x81\x90Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16``\x83\x01R`\x80\x90\x91\x01R\x90Pa\x12\xF2\x83\x82a\x12\xEA\x81\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[`\x02_a\x1E\xDEV[PPPPV[_a\x07Ja\x13\x0Ea\x06\xF96\x85\x90\x03\x85\x01\x85a*LV[a\"\xEEV[`@\x80Q`\x80\x81\x01\x82R_\x80\x82R` \x82\x01\x81\x90R\x91\x81\x01\x82\x90R``\x81\x01\x82\x90R\x90`*6\x10\x15a\x13qW`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[`\x045`\n5`\xF8\x82\x90\x1C`\x02\x81\x11\x15a\x13\xB7W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[\x80`\x02\x81\x11\x15a\x13\xC9Wa\x13\xC9a+rV[\x85\x90`\x02\x81\x11\x15a\x13\xDCWa\x13\xDCa+rV[\x90\x81`\x02\x81\x11\x15a\x13\xEFWa\x13\xEFa+rV[\x90RP`\xFF`\xF0\x84\x90\x1C\x16` \x86\x01Rc\xFF\xFF\xFF\xFF`\xD0\x84\x90\x1C\x16`@\x86\x01R``\x85\x01\x82\x90R_\x85Q`\x02\x81\x11\x15a\x14*Wa\x14*a+rV[\x03a\x14BWa\x14;`*`@a+LV[\x93Pa\x14\xABV[`\x01\x85Q`\x02\x81\x11\x15a\x14WWa\x14Wa+rV[\x03a\x14hWa\x14;`*`\x08a+LV[` \x85\x01Q`*\x94P`\xFF\x16\x15a\x14\xABW`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[6\x84\x11\x15a\x14\xE5W`@Q\x7F\xC1\xF9~5\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPP\x90\x91V[`@\x80Q`\xA0\x81\x01\x82R`\x02\x80Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x82\x16\x84Rh\x01\0\0\0\0\0\0\0\0\x82\x04\x81\x16` \x85\x01Rp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x04\x16\x93\x83\x01\x93\x90\x93Rc\xFF\xFF\xFF\xFFx\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x84\x04\x81\x16``\x84\x01R|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x93\x04\x90\x92\x16`\x80\x82\x01R\x90_\x90\x86Q`\x02\x81\x11\x15a\x15\x9EWa\x15\x9Ea+rV[\x14\x15\x90P_\x81\x15a\x17\0W` \x87\x01Q`@Q\x7F\x191\x19\x04\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x90\x91\x16`\x04\x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90c\x191\x19\x04\x90`$\x01` `@Q\x80\x83\x03\x81\x86Z\xFA\x15\x80\x15a\x16:W=__>=_\xFD[PPPP`@Q=`\x1F\x19`\x1F\x82\x01\x16\x82\x01\x80`@RP\x81\x01\x90a\x16^\x91\x90a-\x10V[\x90Ps\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x16\xB8W` \x87\x01Q`@Q\x7F\x177\xEER\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x08DV[C\x83``\x01Qc\xFF\xFF\xFF\xFF\x16\x03a\x16\xFBW`@Q\x7F\xBCWuR\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[a\x17\x91V[_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x16\x84``\x01Qc\xFF\xFF\xFF\xFF\x16a\x17=\x91\x90a,\xF0V[\x90P\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16C\x10\x15a\x17\x8FW`@Q\x7F\xE5\x13\x02\xD0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16`\x04\x82\x01R`$\x01a\x08DV[P[`@\x80Qa\x01\0\x81\x01\x82Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81\x16\x82R\x85Q\x16` \x82\x01R_\x91\x81\x01a\x17\xDEa\x1EfV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01a\x17\xF9\x86_\x01Qa\x1EpV[\x81R` \x01\x88\x81R` \x01\x89``\x01Q\x81R` \x01\x89`@\x01Q\x86` \x01Qa\x18\"\x91\x90a,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x83s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81RP\x90P_a\x18\xA3\x82\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01\x80Q\x7F\x086Z\x12Pd\xBB\xBE\x8E\xC1;\x18\xC4\xF0/\x02*\xCA!I\xE3\xBEQ\x8C\x1F\xE6\x01\x01\x152p\xF8\x82Ra\x01 \x82 \x91R\x90V[\x90P_\x89Q`\x02\x81\x11\x15a\x18\xB9Wa\x18\xB9a+rV[\x03a\x19kW`*5`J5_\x80a\x18\xD9a\x18\xD2\x86a\"\xEEV[\x85\x85a#5V[P\x90\x92P\x90P_\x81`\x03\x81\x11\x15a\x18\xF2Wa\x18\xF2a+rV[\x14\x15\x80a\x19+WP\x86s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x82s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x14\x15[\x15a\x19bW`@Q\x7F\x8B\xAAW\x9F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[PPPPa\x1ADV[\x83\x15a\x1ADW3s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x14a\x19\xDEW`@Q\x7F6\x8F\xF0\xA6\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x04\x82\x01R3`$\x82\x01R`D\x01a\x08DV[`*5\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x82\x81\x16\x90\x82\x16\x14a\x1ABW`@Q\x7F\xDA\xFA\\\x0E\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x81\x01\x83\x90R`$\x01a\x08DV[P[`\x03\x87`\x03\x81\x11\x15a\x1AXWa\x1AXa+rV[\x03a\x1AhWa\x1Ah\x82\x82\x88a#\x80V[a\x1Au\x85\x83\x83\x8A\x88a\x1E\xDEV[PPPPPPPPPV[`\x02\x80Tp\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x04g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90a\x1A\xAE\x82`\x01a,\xF0V[\x81Tg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x91\x90\x91\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x02\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16\x17\x81U_a\x1B(c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16Ca,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16_\x81\x81R`\x04` R`@\x90\x81\x90 3`\xA0\x85\x90\x1B{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x81\x17\x90\x91U\x90Q\x92\x93P\x91\x7F\xEF\xF3*#\xB4\x0B\xEF/\xB2*\x16K\x98<vq\xAD\xBF\t&\n\x99\xF7\xC1`\xD0u\xD1\xFA\\\xC7\0\x90a\x1B\xA6\x90\x8B\x90\x8B\x90\x8B\x90\x88\x90\x8C\x90a-+V[`@Q\x80\x91\x03\x90\xA3PP\x94\x93PPPPV[``a\x0Ec\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_a$'V[``a\x0Ec\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0`\x01a$'V[\x80Q_\x90\x80\x82\x03a\x1C$WP_\x92\x91PPV[\x80[`\x01\x81\x11\x15a\x1DQW_`\x02a\x1C=\x83`\x01a+LV[a\x1CG\x91\x90a-\x90V[\x90P_[a\x1CV`\x02\x84a-\x90V[\x81\x10\x15a\x1C\xE8Wa\x1C\xC3\x86a\x1Cl\x83`\x02a-\xA3V[\x81Q\x81\x10a\x1C|Wa\x1C|a,\x12V[` \x02` \x01\x01Q\x87\x83`\x02a\x1C\x92\x91\x90a-\xA3V[a\x1C\x9D\x90`\x01a+LV[\x81Q\x81\x10a\x1C\xADWa\x1C\xADa,\x12V[` \x02` \x01\x01Q_\x91\x82R` R`@\x90 \x90V[\x86\x82\x81Q\x81\x10a\x1C\xD5Wa\x1C\xD5a,\x12V[` \x90\x81\x02\x91\x90\x91\x01\x01R`\x01\x01a\x1CKV[Pa\x1C\xF4`\x02\x83a-\xBAV[`\x01\x03a\x1DJW\x84a\x1D\x07`\x01\x84a+_V[\x81Q\x81\x10a\x1D\x17Wa\x1D\x17a,\x12V[` \x02` \x01\x01Q\x85`\x01\x83a\x1D-\x91\x90a+_V[\x81Q\x81\x10a\x1D=Wa\x1D=a,\x12V[` \x02` \x01\x01\x81\x81RPP[\x90Pa\x1C&V[\x81\x84_\x81Q\x81\x10a\x1DdWa\x1Dda,\x12V[` \x02` \x01\x01Q`@Q` \x01a\x1D\x86\x92\x91\x90\x91\x82R` \x82\x01R`@\x01\x90V[`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x92PPP\x91\x90PV[_c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\x1E\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x84a+_V[a\x07J\x91\x90a-\x90V[_a\x1E<c\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x83a-\xCDV[a\x07J\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a,\xF0V[_a\x0EcCa\x1D\xA5V[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x16\x15a\x1E\xD7W`\x03_\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0a\x1E\xB0`\x01\x86a,tV[a\x1E\xBA\x91\x90a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x01\x90\x81R` \x01_ Ta\x07JV[_\x92\x91PPV[\x80a\x1F^W_\x84`@\x01Q`\x01a\x1E\xF5\x91\x90a,\xF0V[\x90P\x80c\xFF\xFF\xFF\xFF\x16\x86`\x80\x01Qc\xFF\xFF\xFF\xFF\x16\x03a\x1FRW`@\x80\x86\x01Q\x90Q\x7F\xB5\x12\x1A\x8D\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x91\x16`\x04\x82\x01R`$\x01a\x08DV[c\xFF\xFF\xFF\xFF\x16`\x80\x86\x01R[`\xC0\x84\x01Q`@\x86\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x82\x16\x11\x15a\x1F\xD6W` \x86\x01Q`@\x80\x88\x01Q\x90Q\x7F\xA4\x99\x06c\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x92\x83\x16`\x04\x82\x01R\x90\x82\x16`$\x82\x01R\x90\x82\x16`D\x82\x01R`d\x01a\x08DV[\x85`@\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x10\x15a eWg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16_\x90\x81R`\x04` R`@\x90 T`\xA0\x1C\x90\x81\x16C\x11\x15a cW`@Q\x7FSp\xFD\xD2\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x80\x84\x16`\x04\x83\x01R\x82\x16`$\x82\x01R`D\x01a\x08DV[P[` \x86\x01Q\x86Q\x85\x90`\x03\x90_\x90a \x9E\x90\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90a,\xC1V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x81R` \x81\x01\x91\x90\x91R`@\x01_ U\x86Q`\x01\x90\x88\x90a \xCA\x90\x83\x90a,\xF0V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x90\x81\x16\x90\x91R\x83\x16` \x89\x01RP\x82\x15a \xF4Wc\xFF\xFF\xFF\xFFC\x16``\x88\x01R[\x86Q`\x02\x80T` \x8A\x01Q`@\x8B\x01Q``\x8C\x01Q`\x80\x8D\x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x96\x87\x16\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90\x95\x16\x94\x90\x94\x17h\x01\0\0\0\0\0\0\0\0\x93\x87\x16\x93\x90\x93\x02\x92\x90\x92\x17\x7F\xFF\xFF\xFF\xFF\0\0\0\0\0\0\0\0\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16p\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x86\x16\x91\x90\x91\x02\x7F\xFF\xFF\xFF\xFF\0\0\0\0\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x17x\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0c\xFF\xFF\xFF\xFF\x92\x83\x16\x02\x17{\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16|\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x90\x92\x16\x02\x17\x90U\x81\x81\x16\x90\x83\x16\x14a\"\x99Wk\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16a\"a\x82\x84a,tV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16a\"u\x91\x90a-\xA3V[3_\x90\x81R`\x05` R`@\x81 \x80T\x90\x91\x90a\"\x93\x90\x84\x90a+LV[\x90\x91UPP[\x85` \x01Qg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x7FN\x82\xAD\x90\\\x9F\x04\x9A\xF6\xF3G\x0CC.\xBC\x8C\xD7\x92w\xA2vQ@\x12A\x14H?\xBC\x9BC\x8A\x86\x86\x84\x8A`@Qa\"\xDD\x94\x93\x92\x91\x90a-\xF7V[`@Q\x80\x91\x03\x90\xA2PPPPPPPV[_a\x07Ja\"\xFAa$\xD0V[\x83`@Q\x7F\x19\x01\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x02\x81\x01\x92\x90\x92R`\"\x82\x01R`B\x90 \x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`\x1B`\xFF\x86\x90\x1C\x01a#o\x88\x82\x89\x85a&\x06V[\x94P\x94P\x94PPP\x93P\x93P\x93\x90PV[` \x83\x01Q`@\x80\x85\x01Q``\x86\x01Q\x91Q\x7F\x14\xD1\x81!\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x80\x82R`\x04\x82\x01\x85\x90R`$\x82\x01\x83\x90R`D\x82\x01\x84\x90R`d\x82\x01\x87\x90R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x94\x90\x93\x90\x92\x916\x87\x90\x03\x90\x81\x88`\x84\x83\x017__\x83`\x84\x01\x83\x8AZ\xFAa$\x1BW=_\x82>=\x81\xFD[PPPPPPPPPPV[```\xFF\x83\x14a$AWa$:\x83a&\xF9V[\x90Pa\x07JV[\x81\x80Ta$M\x90a.\xC6V[\x80`\x1F\x01` \x80\x91\x04\x02` \x01`@Q\x90\x81\x01`@R\x80\x92\x91\x90\x81\x81R` \x01\x82\x80Ta$y\x90a.\xC6V[\x80\x15a$\xC4W\x80`\x1F\x10a$\x9BWa\x01\0\x80\x83T\x04\x02\x83R\x91` \x01\x91a$\xC4V[\x82\x01\x91\x90_R` _ \x90[\x81T\x81R\x90`\x01\x01\x90` \x01\x80\x83\x11a$\xA7W\x82\x90\x03`\x1F\x16\x82\x01\x91[PPPPP\x90Pa\x07JV[_0s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x16\x14\x80\x15a%5WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0F\x14[\x15a%_WP\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x90V[a\x0Ec`@\x80Q\x7F\x8Bs\xC3\xC6\x9B\xB8\xFE=Q.\xCCL\xF7Y\xCCy#\x9F{\x17\x9B\x0F\xFA\xCA\xA9\xA7]R+9@\x0F` \x82\x01R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x91\x81\x01\x91\x90\x91R\x7F\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0``\x82\x01RF`\x80\x82\x01R0`\xA0\x82\x01R_\x90`\xC0\x01`@Q` \x81\x83\x03\x03\x81R\x90`@R\x80Q\x90` \x01 \x90P\x90V[_\x80\x80\x7F\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF]WnsW\xA4P\x1D\xDF\xE9/Fh\x1B \xA0\x84\x11\x15a&?WP_\x91P`\x03\x90P\x82a&\xEFV[`@\x80Q_\x80\x82R` \x82\x01\x80\x84R\x8A\x90R`\xFF\x89\x16\x92\x82\x01\x92\x90\x92R``\x81\x01\x87\x90R`\x80\x81\x01\x86\x90R`\x01\x90`\xA0\x01` `@Q` \x81\x03\x90\x80\x84\x03\x90\x85Z\xFA\x15\x80\x15a&\x90W=__>=_\xFD[PP`@Q\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0\x01Q\x91PPs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a&\xE6WP_\x92P`\x01\x91P\x82\x90Pa&\xEFV[\x92P_\x91P\x81\x90P[\x94P\x94P\x94\x91PPV[``_a'\x05\x83a'6V[`@\x80Q` \x80\x82R\x81\x83\x01\x90\x92R\x91\x92P_\x91\x90` \x82\x01\x81\x806\x837PPP\x91\x82RP` \x81\x01\x92\x90\x92RP\x90V[_`\xFF\x82\x16`\x1F\x81\x11\x15a\x07JW`@Q\x7F\xB3Q+\x0C\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x81R`\x04\x01`@Q\x80\x91\x03\x90\xFD[s\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a'\x97W__\xFD[PV[\x805a'\xA5\x81a'vV[\x91\x90PV[_` \x82\x84\x03\x12\x15a'\xBAW__\xFD[\x815a\x10$\x81a'vV[_a\x01\0\x82\x84\x03\x12\x80\x15a'\xD7W__\xFD[P\x90\x92\x91PPV[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16\x81\x14a'\xA5W__\xFD[_` \x82\x84\x03\x12\x15a(\x06W__\xFD[a\x10$\x82a'\xDFV[_\x81Q\x80\x84R\x80` \x84\x01` \x86\x01^_` \x82\x86\x01\x01R` \x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xE0`\x1F\x83\x01\x16\x85\x01\x01\x91PP\x92\x91PPV[\x7F\xFF\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\x88\x16\x81R`\xE0` \x82\x01R_a(\x95`\xE0\x83\x01\x89a(\x0FV[\x82\x81\x03`@\x84\x01Ra(\xA7\x81\x89a(\x0FV[``\x84\x01\x88\x90Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x87\x16`\x80\x85\x01R`\xA0\x84\x01\x86\x90R\x83\x81\x03`\xC0\x85\x01R\x84Q\x80\x82R` \x80\x87\x01\x93P\x90\x91\x01\x90_[\x81\x81\x10\x15a)\tW\x83Q\x83R` \x93\x84\x01\x93\x90\x92\x01\x91`\x01\x01a(\xEBV[P\x90\x9B\x9APPPPPPPPPPPV[__` \x83\x85\x03\x12\x15a)+W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)AW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a)QW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)gW__\xFD[\x85` \x82\x84\x01\x01\x11\x15a)xW__\xFD[` \x91\x90\x91\x01\x95\x90\x94P\x92PPPV[__` \x83\x85\x03\x12\x15a)\x99W__\xFD[\x825g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)\xAFW__\xFD[\x83\x01`\x1F\x81\x01\x85\x13a)\xBFW__\xFD[\x805g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x15a)\xD5W__\xFD[\x85` \x82`\x05\x1B\x84\x01\x01\x11\x15a)xW__\xFD[__\x85\x85\x11\x15a)\xF7W__\xFD[\x83\x86\x11\x15a*\x03W__\xFD[PP\x82\x01\x93\x91\x90\x92\x03\x91PV[\x81\x83\x827_\x91\x01\x90\x81R\x91\x90PV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[_a\x01\0\x82\x84\x03\x12\x80\x15a*^W__\xFD[P`@Qa\x01\0\x81\x01g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x11\x82\x82\x10\x17\x15a*\xA8W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`A`\x04R`$_\xFD[`@Ra*\xB4\x83a'\xDFV[\x81Ra*\xC2` \x84\x01a'\xDFV[` \x82\x01Ra*\xD3`@\x84\x01a'\xDFV[`@\x82\x01R``\x83\x81\x015\x90\x82\x01R`\x80\x80\x84\x015\x90\x82\x01R`\xA0\x80\x84\x015\x90\x82\x01Ra+\x02`\xC0\x84\x01a'\xDFV[`\xC0\x82\x01Ra+\x13`\xE0\x84\x01a'\x9AV[`\xE0\x82\x01R\x93\x92PPPV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x11`\x04R`$_\xFD[\x80\x82\x01\x80\x82\x11\x15a\x07JWa\x07Ja+\x1FV[\x81\x81\x03\x81\x81\x11\x15a\x07JWa\x07Ja+\x1FV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`!`\x04R`$_\xFD[\x805` \x83\x10\x15a\x07JW\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x90\x03`\x03\x1B\x1B\x16\x92\x91PPV[_\x7F\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x03a,\x0BWa,\x0Ba+\x1FV[P`\x01\x01\x90V[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`2`\x04R`$_\xFD[\x81Q_\x90\x82\x90` \x85\x01\x83[\x82\x81\x10\x15a,iW\x81Q\x84R` \x93\x84\x01\x93\x90\x91\x01\x90`\x01\x01a,KV[P\x91\x95\x94PPPPPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x82\x81\x16\x82\x82\x16\x03\x90\x81\x11\x15a\x07JWa\x07Ja+\x1FV[\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\x12`\x04R`$_\xFD[_g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83\x16\x80a,\xDAWa,\xDAa,\x94V[\x80g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16\x06\x91PP\x92\x91PPV[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x01\x90\x81\x11\x15a\x07JWa\x07Ja+\x1FV[_` \x82\x84\x03\x12\x15a- W__\xFD[\x81Qa\x10$\x81a'vV[_`\x02\x87\x10a-<Wa-<a+rV[\x86\x82Rs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x86\x16` \x83\x01R\x84`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16``\x83\x01R`\xA0`\x80\x83\x01Ra-\x85`\xA0\x83\x01\x84a(\x0FV[\x97\x96PPPPPPPV[_\x82a-\x9EWa-\x9Ea,\x94V[P\x04\x90V[\x80\x82\x02\x81\x15\x82\x82\x04\x84\x14\x17a\x07JWa\x07Ja+\x1FV[_\x82a-\xC8Wa-\xC8a,\x94V[P\x06\x90V[g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x81\x16\x83\x82\x16\x02\x90\x81\x16\x90\x81\x81\x14a-\xF0Wa-\xF0a+\x1FV[P\x92\x91PPV[\x84\x81Ra\x01`\x81\x01`\x04\x85\x10a.\x0FWa.\x0Fa+rV[\x84` \x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x84\x16`@\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x83Q\x16``\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF` \x84\x01Q\x16`\x80\x83\x01Rg\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF`@\x84\x01Q\x16`\xA0\x83\x01R``\x83\x01Q`\xC0\x83\x01R`\x80\x83\x01Q`\xE0\x83\x01R`\xA0\x83\x01Qa\x01\0\x83\x01R`\xC0\x83\x01Qa.\x99a\x01 \x84\x01\x82g\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x16\x90RV[P`\xE0\x83\x01Qs\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\xFF\x81\x16a\x01@\x84\x01RP\x95\x94PPPPPV[`\x01\x81\x81\x1C\x90\x82\x16\x80a.\xDAW`\x7F\x82\x16\x91P[` \x82\x10\x81\x03a/\x11W\x7FNH{q\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0_R`\"`\x04R`$_\xFD[P\x91\x90PV",
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
    /**Custom error with signature `BatchPruned(uint64,uint64)` and selector `0xb7a24ee8`.
    ```solidity
    error BatchPruned(uint64 batchNumber, uint64 oldestKept);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BatchPruned {
        #[allow(missing_docs)]
        pub batchNumber: u64,
        #[allow(missing_docs)]
        pub oldestKept: u64,
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
        impl ::core::convert::From<BatchPruned> for UnderlyingRustTuple<'_> {
            fn from(value: BatchPruned) -> Self {
                (value.batchNumber, value.oldestKept)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BatchPruned {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { batchNumber: tuple.0, oldestKept: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BatchPruned {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BatchPruned(uint64,uint64)";
            const SELECTOR: [u8; 4] = [183u8, 162u8, 78u8, 232u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.batchNumber,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.oldestKept,
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
    /**Custom error with signature `BlockNumberTooLarge()` and selector `0x05126cb6`.
    ```solidity
    error BlockNumberTooLarge();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct BlockNumberTooLarge;
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
        impl ::core::convert::From<BlockNumberTooLarge> for UnderlyingRustTuple<'_> {
            fn from(value: BlockNumberTooLarge) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for BlockNumberTooLarge {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for BlockNumberTooLarge {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "BlockNumberTooLarge()";
            const SELECTOR: [u8; 4] = [5u8, 18u8, 108u8, 182u8];
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
    /**Custom error with signature `EscapeHatchClosed(uint64)` and selector `0xe51302d0`.
    ```solidity
    error EscapeHatchClosed(uint64 opensAtBlock);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct EscapeHatchClosed {
        #[allow(missing_docs)]
        pub opensAtBlock: u64,
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
        impl ::core::convert::From<EscapeHatchClosed> for UnderlyingRustTuple<'_> {
            fn from(value: EscapeHatchClosed) -> Self {
                (value.opensAtBlock,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for EscapeHatchClosed {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { opensAtBlock: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for EscapeHatchClosed {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "EscapeHatchClosed(uint64)";
            const SELECTOR: [u8; 4] = [229u8, 19u8, 2u8, 208u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.opensAtBlock,
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
    /**Custom error with signature `InvalidDeposit()` and selector `0xb2e532de`.
    ```solidity
    error InvalidDeposit();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidDeposit;
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
        impl ::core::convert::From<InvalidDeposit> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidDeposit) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidDeposit {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidDeposit {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidDeposit()";
            const SELECTOR: [u8; 4] = [178u8, 229u8, 50u8, 222u8];
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
    /**Custom error with signature `InvalidShortString()` and selector `0xb3512b0c`.
    ```solidity
    error InvalidShortString();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct InvalidShortString;
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
        impl ::core::convert::From<InvalidShortString> for UnderlyingRustTuple<'_> {
            fn from(value: InvalidShortString) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for InvalidShortString {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for InvalidShortString {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "InvalidShortString()";
            const SELECTOR: [u8; 4] = [179u8, 81u8, 43u8, 12u8];
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
    /**Custom error with signature `MalformedBatch()` and selector `0xc1f97e35`.
    ```solidity
    error MalformedBatch();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct MalformedBatch;
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
        impl ::core::convert::From<MalformedBatch> for UnderlyingRustTuple<'_> {
            fn from(value: MalformedBatch) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for MalformedBatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for MalformedBatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "MalformedBatch()";
            const SELECTOR: [u8; 4] = [193u8, 249u8, 126u8, 53u8];
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
    /**Custom error with signature `NoBlobs()` and selector `0xfdac229f`.
    ```solidity
    error NoBlobs();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NoBlobs;
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
        impl ::core::convert::From<NoBlobs> for UnderlyingRustTuple<'_> {
            fn from(value: NoBlobs) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NoBlobs {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NoBlobs {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NoBlobs()";
            const SELECTOR: [u8; 4] = [253u8, 172u8, 34u8, 159u8];
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
    /**Custom error with signature `NotEligible(uint8)` and selector `0x1737ee52`.
    ```solidity
    error NotEligible(uint8 operatorId);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotEligible {
        #[allow(missing_docs)]
        pub operatorId: u8,
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
        impl ::core::convert::From<NotEligible> for UnderlyingRustTuple<'_> {
            fn from(value: NotEligible) -> Self {
                (value.operatorId,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotEligible {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { operatorId: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotEligible {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotEligible(uint8)";
            const SELECTOR: [u8; 4] = [23u8, 55u8, 238u8, 82u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<8> as alloy_sol_types::SolType>::tokenize(
                    &self.operatorId,
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
    /**Custom error with signature `NotForceableYet(uint64)` and selector `0xb42fa4c0`.
    ```solidity
    error NotForceableYet(uint64 forceableAtBlock);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotForceableYet {
        #[allow(missing_docs)]
        pub forceableAtBlock: u64,
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
        impl ::core::convert::From<NotForceableYet> for UnderlyingRustTuple<'_> {
            fn from(value: NotForceableYet) -> Self {
                (value.forceableAtBlock,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotForceableYet {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { forceableAtBlock: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotForceableYet {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotForceableYet(uint64)";
            const SELECTOR: [u8; 4] = [180u8, 47u8, 164u8, 192u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.forceableAtBlock,
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
    /**Custom error with signature `NotSigner(address,address)` and selector `0x368ff0a6`.
    ```solidity
    error NotSigner(address signer, address sender);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct NotSigner {
        #[allow(missing_docs)]
        pub signer: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[doc(hidden)]
        #[allow(dead_code)]
        type UnderlyingSolTuple<'a> =
            (alloy::sol_types::sol_data::Address, alloy::sol_types::sol_data::Address);
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> =
            (alloy::sol_types::private::Address, alloy::sol_types::private::Address);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<NotSigner> for UnderlyingRustTuple<'_> {
            fn from(value: NotSigner) -> Self {
                (value.signer, value.sender)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for NotSigner {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { signer: tuple.0, sender: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for NotSigner {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "NotSigner(address,address)";
            const SELECTOR: [u8; 4] = [54u8, 143u8, 240u8, 166u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.signer),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.sender),
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
    /**Custom error with signature `OverdueEntrySkipped(uint64,uint64)` and selector `0x5370fdd2`.
    ```solidity
    error OverdueEntrySkipped(uint64 index, uint64 deadline);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct OverdueEntrySkipped {
        #[allow(missing_docs)]
        pub index: u64,
        #[allow(missing_docs)]
        pub deadline: u64,
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
        impl ::core::convert::From<OverdueEntrySkipped> for UnderlyingRustTuple<'_> {
            fn from(value: OverdueEntrySkipped) -> Self {
                (value.index, value.deadline)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for OverdueEntrySkipped {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { index: tuple.0, deadline: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for OverdueEntrySkipped {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "OverdueEntrySkipped(uint64,uint64)";
            const SELECTOR: [u8; 4] = [83u8, 112u8, 253u8, 210u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.index),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
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
    /**Custom error with signature `QueuePositionOutOfRange(uint64,uint64,uint64)` and selector `0xa4990663`.
    ```solidity
    error QueuePositionOutOfRange(uint64 minimum, uint64 maximum, uint64 actual);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct QueuePositionOutOfRange {
        #[allow(missing_docs)]
        pub minimum: u64,
        #[allow(missing_docs)]
        pub maximum: u64,
        #[allow(missing_docs)]
        pub actual: u64,
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
        );
        #[doc(hidden)]
        type UnderlyingRustTuple<'a> = (u64, u64, u64);
        #[cfg(test)]
        #[allow(dead_code, unreachable_patterns)]
        fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
            match _t {
                alloy_sol_types::private::AssertTypeEq::<
                    <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                >(_) => {}
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<QueuePositionOutOfRange> for UnderlyingRustTuple<'_> {
            fn from(value: QueuePositionOutOfRange) -> Self {
                (value.minimum, value.maximum, value.actual)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for QueuePositionOutOfRange {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { minimum: tuple.0, maximum: tuple.1, actual: tuple.2 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for QueuePositionOutOfRange {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "QueuePositionOutOfRange(uint64,uint64,uint64)";
            const SELECTOR: [u8; 4] = [164u8, 153u8, 6u8, 99u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.minimum,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.maximum,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
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
    /**Custom error with signature `SequencedBatchInBlock()` and selector `0xbc577552`.
    ```solidity
    error SequencedBatchInBlock();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct SequencedBatchInBlock;
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
        impl ::core::convert::From<SequencedBatchInBlock> for UnderlyingRustTuple<'_> {
            fn from(value: SequencedBatchInBlock) -> Self {
                ()
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for SequencedBatchInBlock {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for SequencedBatchInBlock {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "SequencedBatchInBlock()";
            const SELECTOR: [u8; 4] = [188u8, 87u8, 117u8, 82u8];
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
    /**Custom error with signature `StringTooLong(string)` and selector `0x305a27a9`.
    ```solidity
    error StringTooLong(string str);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct StringTooLong {
        #[allow(missing_docs)]
        pub str: alloy::sol_types::private::String,
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
        impl ::core::convert::From<StringTooLong> for UnderlyingRustTuple<'_> {
            fn from(value: StringTooLong) -> Self {
                (value.str,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for StringTooLong {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { str: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for StringTooLong {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "StringTooLong(string)";
            const SELECTOR: [u8; 4] = [48u8, 90u8, 39u8, 169u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(&self.str),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `TransactionSize(uint256,uint256)` and selector `0xfccdd6b4`.
    ```solidity
    error TransactionSize(uint256 size, uint256 maximum);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct TransactionSize {
        #[allow(missing_docs)]
        pub size: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub maximum: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<TransactionSize> for UnderlyingRustTuple<'_> {
            fn from(value: TransactionSize) -> Self {
                (value.size, value.maximum)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for TransactionSize {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { size: tuple.0, maximum: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for TransactionSize {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "TransactionSize(uint256,uint256)";
            const SELECTOR: [u8; 4] = [252u8, 205u8, 214u8, 180u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(&self.size),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.maximum,
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
    /**Custom error with signature `UnintendedHeader(bytes32)` and selector `0xdafa5c0e`.
    ```solidity
    error UnintendedHeader(bytes32 headerHash);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnintendedHeader {
        #[allow(missing_docs)]
        pub headerHash: alloy::sol_types::private::FixedBytes<32>,
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
        impl ::core::convert::From<UnintendedHeader> for UnderlyingRustTuple<'_> {
            fn from(value: UnintendedHeader) -> Self {
                (value.headerHash,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnintendedHeader {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { headerHash: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnintendedHeader {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnintendedHeader(bytes32)";
            const SELECTOR: [u8; 4] = [218u8, 250u8, 92u8, 14u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                    &self.headerHash,
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
    /**Custom error with signature `UnknownBatch(uint64)` and selector `0x29323fff`.
    ```solidity
    error UnknownBatch(uint64 batchNumber);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownBatch {
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
        impl ::core::convert::From<UnknownBatch> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownBatch) -> Self {
                (value.batchNumber,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownBatch {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { batchNumber: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownBatch {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownBatch(uint64)";
            const SELECTOR: [u8; 4] = [41u8, 50u8, 63u8, 255u8];
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
    /**Custom error with signature `UnknownEntry(uint64)` and selector `0x9f585f2f`.
    ```solidity
    error UnknownEntry(uint64 index);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnknownEntry {
        #[allow(missing_docs)]
        pub index: u64,
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
        impl ::core::convert::From<UnknownEntry> for UnderlyingRustTuple<'_> {
            fn from(value: UnknownEntry) -> Self {
                (value.index,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnknownEntry {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { index: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnknownEntry {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnknownEntry(uint64)";
            const SELECTOR: [u8; 4] = [159u8, 88u8, 95u8, 47u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.index),)
            }
            #[inline]
            fn abi_decode_raw_validate(data: &[u8]) -> alloy_sol_types::Result<Self> {
                <Self::Parameters<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data)
                    .map(Self::new)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Custom error with signature `UnsequencedBatchInSlot(uint64)` and selector `0xb5121a8d`.
    ```solidity
    error UnsequencedBatchInSlot(uint64 slot);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct UnsequencedBatchInSlot {
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
        impl ::core::convert::From<UnsequencedBatchInSlot> for UnderlyingRustTuple<'_> {
            fn from(value: UnsequencedBatchInSlot) -> Self {
                (value.slot,)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for UnsequencedBatchInSlot {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { slot: tuple.0 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for UnsequencedBatchInSlot {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "UnsequencedBatchInSlot(uint64)";
            const SELECTOR: [u8; 4] = [181u8, 18u8, 26u8, 141u8];
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
    /**Custom error with signature `WrongValue(uint256,uint256)` and selector `0x195a3ca1`.
    ```solidity
    error WrongValue(uint256 expected, uint256 actual);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct WrongValue {
        #[allow(missing_docs)]
        pub expected: alloy::sol_types::private::primitives::aliases::U256,
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
        impl ::core::convert::From<WrongValue> for UnderlyingRustTuple<'_> {
            fn from(value: WrongValue) -> Self {
                (value.expected, value.actual)
            }
        }
        #[automatically_derived]
        #[doc(hidden)]
        impl ::core::convert::From<UnderlyingRustTuple<'_>> for WrongValue {
            fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                Self { expected: tuple.0, actual: tuple.1 }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolError for WrongValue {
            type Parameters<'a> = UnderlyingSolTuple<'a>;
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "WrongValue(uint256,uint256)";
            const SELECTOR: [u8; 4] = [25u8, 90u8, 60u8, 161u8];
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
    /**Event with signature `BatchAppended(uint64,bytes32,uint8,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))` and selector `0x4e82ad905c9f049af6f3470c432ebc8cd79277a2765140124114483fbc9b438a`.
    ```solidity
    event BatchAppended(uint64 indexed batchNumber, bytes32 headerHash, IBatchInbox.DataKind kind, uint64 queueStart, BatchHeader header);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct BatchAppended {
        #[allow(missing_docs)]
        pub batchNumber: u64,
        #[allow(missing_docs)]
        pub headerHash: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub kind: <IBatchInbox::DataKind as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub queueStart: u64,
        #[allow(missing_docs)]
        pub header: <BatchHeader as alloy::sol_types::SolType>::RustType,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for BatchAppended {
            type DataTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<32>,
                IBatchInbox::DataKind,
                alloy::sol_types::sol_data::Uint<64>,
                BatchHeader,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList =
                (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Uint<64>);
            const SIGNATURE: &'static str = "BatchAppended(uint64,bytes32,uint8,uint64,(uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                78u8, 130u8, 173u8, 144u8, 92u8, 159u8, 4u8, 154u8, 246u8, 243u8, 71u8, 12u8, 67u8, 46u8,
                188u8, 140u8, 215u8, 146u8, 119u8, 162u8, 118u8, 81u8, 64u8, 18u8, 65u8, 20u8, 72u8, 63u8,
                188u8, 155u8, 67u8, 138u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    batchNumber: topics.1,
                    headerHash: data.0,
                    kind: data.1,
                    queueStart: data.2,
                    header: data.3,
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
                    <alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(
                        &self.headerHash,
                    ),
                    <IBatchInbox::DataKind as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.queueStart,
                    ),
                    <BatchHeader as alloy_sol_types::SolType>::tokenize(&self.header),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.batchNumber.clone())
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
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.batchNumber,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for BatchAppended {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&BatchAppended> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &BatchAppended) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `EIP712DomainChanged()` and selector `0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31`.
    ```solidity
    event EIP712DomainChanged();
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct EIP712DomainChanged;
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for EIP712DomainChanged {
            type DataTuple<'a> = ();
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>,);
            const SIGNATURE: &'static str = "EIP712DomainChanged()";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8, 243u8, 177u8,
                81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8, 243u8, 120u8, 124u8, 218u8,
                83u8, 241u8, 61u8, 49u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {}
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
                (Self::SIGNATURE_HASH.into(),)
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
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for EIP712DomainChanged {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&EIP712DomainChanged> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &EIP712DomainChanged) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `FeesWithdrawn(address,uint256)` and selector `0xc0819c13be868895eb93e40eaceb96de976442fa1d404e5c55f14bb65a8c489a`.
    ```solidity
    event FeesWithdrawn(address indexed account, uint256 amount);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct FeesWithdrawn {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub amount: alloy::sol_types::private::primitives::aliases::U256,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for FeesWithdrawn {
            type DataTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (alloy_sol_types::sol_data::FixedBytes<32>, alloy::sol_types::sol_data::Address);
            const SIGNATURE: &'static str = "FeesWithdrawn(address,uint256)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                192u8, 129u8, 156u8, 19u8, 190u8, 134u8, 136u8, 149u8, 235u8, 147u8, 228u8, 14u8, 172u8,
                235u8, 150u8, 222u8, 151u8, 100u8, 66u8, 250u8, 29u8, 64u8, 78u8, 92u8, 85u8, 241u8, 75u8,
                182u8, 90u8, 140u8, 72u8, 154u8,
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
        impl alloy_sol_types::private::IntoLogData for FeesWithdrawn {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&FeesWithdrawn> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &FeesWithdrawn) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Event with signature `ForcedEntryQueued(uint64,address,uint8,address,uint256,uint64,bytes)` and selector `0xeff32a23b40bef2fb22a164b983c7671adbf09260a99f7c160d075d1fa5cc700`.
    ```solidity
    event ForcedEntryQueued(uint64 indexed index, address indexed sender, IBatchInbox.EntryKind kind, address to, uint256 value, uint64 deadline, bytes data);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    #[derive(Clone)]
    pub struct ForcedEntryQueued {
        #[allow(missing_docs)]
        pub index: u64,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub kind: <IBatchInbox::EntryKind as alloy::sol_types::SolType>::RustType,
        #[allow(missing_docs)]
        pub to: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub value: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub data: alloy::sol_types::private::Bytes,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        #[automatically_derived]
        impl alloy_sol_types::SolEvent for ForcedEntryQueued {
            type DataTuple<'a> = (
                IBatchInbox::EntryKind,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Bytes,
            );
            type DataToken<'a> = <Self::DataTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            type TopicList = (
                alloy_sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            const SIGNATURE: &'static str =
                "ForcedEntryQueued(uint64,address,uint8,address,uint256,uint64,bytes)";
            const SIGNATURE_HASH: alloy_sol_types::private::B256 = alloy_sol_types::private::B256::new([
                239u8, 243u8, 42u8, 35u8, 180u8, 11u8, 239u8, 47u8, 178u8, 42u8, 22u8, 75u8, 152u8, 60u8,
                118u8, 113u8, 173u8, 191u8, 9u8, 38u8, 10u8, 153u8, 247u8, 193u8, 96u8, 208u8, 117u8, 209u8,
                250u8, 92u8, 199u8, 0u8,
            ]);
            const ANONYMOUS: bool = false;
            #[allow(unused_variables)]
            #[inline]
            fn new(
                topics: <Self::TopicList as alloy_sol_types::SolType>::RustType,
                data: <Self::DataTuple<'_> as alloy_sol_types::SolType>::RustType,
            ) -> Self {
                Self {
                    index: topics.1,
                    sender: topics.2,
                    kind: data.0,
                    to: data.1,
                    value: data.2,
                    deadline: data.3,
                    data: data.4,
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
                    <IBatchInbox::EntryKind as alloy_sol_types::SolType>::tokenize(&self.kind),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.to),
                    <alloy::sol_types::sol_data::Uint<256> as alloy_sol_types::SolType>::tokenize(
                        &self.value,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                    <alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(&self.data),
                )
            }
            #[inline]
            fn topics(&self) -> <Self::TopicList as alloy_sol_types::SolType>::RustType {
                (Self::SIGNATURE_HASH.into(), self.index.clone(), self.sender.clone())
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
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::EventTopic>::encode_topic(
                        &self.index,
                    );
                out[2usize] =
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::EventTopic>::encode_topic(
                        &self.sender,
                    );
                Ok(())
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::private::IntoLogData for ForcedEntryQueued {
            fn to_log_data(&self) -> alloy_sol_types::private::LogData {
                From::from(self)
            }
            fn into_log_data(self) -> alloy_sol_types::private::LogData {
                From::from(&self)
            }
        }
        #[automatically_derived]
        impl From<&ForcedEntryQueued> for alloy_sol_types::private::LogData {
            #[inline]
            fn from(this: &ForcedEntryQueued) -> alloy_sol_types::private::LogData {
                alloy_sol_types::SolEvent::encode_log_data(this)
            }
        }
    };
    /**Constructor`.
    ```solidity
    constructor(uint64 l2ChainId_, uint64 genesisBlock_, uint32 slotLength_, uint32 inclusionWindow_, uint32 escapeDelay_, uint96 forcedInclusionFee_, uint32 maxForcedTxSize_, uint64 headerRingSize_, address committee_);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct constructorCall {
        #[allow(missing_docs)]
        pub l2ChainId_: u64,
        #[allow(missing_docs)]
        pub genesisBlock_: u64,
        #[allow(missing_docs)]
        pub slotLength_: u32,
        #[allow(missing_docs)]
        pub inclusionWindow_: u32,
        #[allow(missing_docs)]
        pub escapeDelay_: u32,
        #[allow(missing_docs)]
        pub forcedInclusionFee_: alloy::sol_types::private::primitives::aliases::U96,
        #[allow(missing_docs)]
        pub maxForcedTxSize_: u32,
        #[allow(missing_docs)]
        pub headerRingSize_: u64,
        #[allow(missing_docs)]
        pub committee_: alloy::sol_types::private::Address,
    }
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Address,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                u64,
                u64,
                u32,
                u32,
                u32,
                alloy::sol_types::private::primitives::aliases::U96,
                u32,
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
            impl ::core::convert::From<constructorCall> for UnderlyingRustTuple<'_> {
                fn from(value: constructorCall) -> Self {
                    (
                        value.l2ChainId_,
                        value.genesisBlock_,
                        value.slotLength_,
                        value.inclusionWindow_,
                        value.escapeDelay_,
                        value.forcedInclusionFee_,
                        value.maxForcedTxSize_,
                        value.headerRingSize_,
                        value.committee_,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for constructorCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        l2ChainId_: tuple.0,
                        genesisBlock_: tuple.1,
                        slotLength_: tuple.2,
                        inclusionWindow_: tuple.3,
                        escapeDelay_: tuple.4,
                        forcedInclusionFee_: tuple.5,
                        maxForcedTxSize_: tuple.6,
                        headerRingSize_: tuple.7,
                        committee_: tuple.8,
                    }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolConstructor for constructorCall {
            type Parameters<'a> = (
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<64>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<96>,
                alloy::sol_types::sol_data::Uint<32>,
                alloy::sol_types::sol_data::Uint<64>,
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
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.l2ChainId_,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.genesisBlock_,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.slotLength_,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.inclusionWindow_,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.escapeDelay_,
                    ),
                    <alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(
                        &self.forcedInclusionFee_,
                    ),
                    <alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(
                        &self.maxForcedTxSize_,
                    ),
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.headerRingSize_,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.committee_,
                    ),
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `appendBatch()` and selector `0x03d24d43`.
    ```solidity
    function appendBatch() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appendBatchCall;
    ///Container type for the return parameters of the [`appendBatch()`](appendBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appendBatchReturn {}
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
            impl ::core::convert::From<appendBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: appendBatchCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appendBatchCall {
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
            impl ::core::convert::From<appendBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: appendBatchReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appendBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl appendBatchReturn {
            fn _tokenize(&self) -> <appendBatchCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for appendBatchCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = appendBatchReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "appendBatch()";
            const SELECTOR: [u8; 4] = [3u8, 210u8, 77u8, 67u8];
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
                appendBatchReturn::_tokenize(ret)
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
    /**Function with signature `appendBlobBatch()` and selector `0x6551ca72`.
    ```solidity
    function appendBlobBatch() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appendBlobBatchCall;
    ///Container type for the return parameters of the [`appendBlobBatch()`](appendBlobBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appendBlobBatchReturn {}
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
            impl ::core::convert::From<appendBlobBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: appendBlobBatchCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appendBlobBatchCall {
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
            impl ::core::convert::From<appendBlobBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: appendBlobBatchReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appendBlobBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl appendBlobBatchReturn {
            fn _tokenize(&self) -> <appendBlobBatchCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for appendBlobBatchCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = appendBlobBatchReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "appendBlobBatch()";
            const SELECTOR: [u8; 4] = [101u8, 81u8, 202u8, 114u8];
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
                appendBlobBatchReturn::_tokenize(ret)
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
    /**Function with signature `appendCertifiedBatch()` and selector `0x645119b6`.
    ```solidity
    function appendCertifiedBatch() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appendCertifiedBatchCall;
    ///Container type for the return parameters of the [`appendCertifiedBatch()`](appendCertifiedBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appendCertifiedBatchReturn {}
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
            impl ::core::convert::From<appendCertifiedBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: appendCertifiedBatchCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appendCertifiedBatchCall {
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
            impl ::core::convert::From<appendCertifiedBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: appendCertifiedBatchReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appendCertifiedBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl appendCertifiedBatchReturn {
            fn _tokenize(&self) -> <appendCertifiedBatchCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for appendCertifiedBatchCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = appendCertifiedBatchReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "appendCertifiedBatch()";
            const SELECTOR: [u8; 4] = [100u8, 81u8, 25u8, 182u8];
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
                appendCertifiedBatchReturn::_tokenize(ret)
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
    /**Function with signature `appendForcedBatch(uint64)` and selector `0xcaf633bc`.
    ```solidity
    function appendForcedBatch(uint64 newQueuePosition) external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appendForcedBatchCall {
        #[allow(missing_docs)]
        pub newQueuePosition: u64,
    }
    ///Container type for the return parameters of the [`appendForcedBatch(uint64)`](appendForcedBatchCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct appendForcedBatchReturn {}
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
            impl ::core::convert::From<appendForcedBatchCall> for UnderlyingRustTuple<'_> {
                fn from(value: appendForcedBatchCall) -> Self {
                    (value.newQueuePosition,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appendForcedBatchCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { newQueuePosition: tuple.0 }
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
            impl ::core::convert::From<appendForcedBatchReturn> for UnderlyingRustTuple<'_> {
                fn from(value: appendForcedBatchReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for appendForcedBatchReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl appendForcedBatchReturn {
            fn _tokenize(&self) -> <appendForcedBatchCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for appendForcedBatchCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = appendForcedBatchReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "appendForcedBatch(uint64)";
            const SELECTOR: [u8; 4] = [202u8, 246u8, 51u8, 188u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                    &self.newQueuePosition,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                appendForcedBatchReturn::_tokenize(ret)
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
    /**Function with signature `batchCount()` and selector `0x06f13056`.
    ```solidity
    function batchCount() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct batchCountCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`batchCount()`](batchCountCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct batchCountReturn {
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
            impl ::core::convert::From<batchCountCall> for UnderlyingRustTuple<'_> {
                fn from(value: batchCountCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for batchCountCall {
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
            impl ::core::convert::From<batchCountReturn> for UnderlyingRustTuple<'_> {
                fn from(value: batchCountReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for batchCountReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for batchCountCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "batchCount()";
            const SELECTOR: [u8; 4] = [6u8, 241u8, 48u8, 86u8];
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
                    let r: batchCountReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: batchCountReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `batchHeaderHash(uint64)` and selector `0x705cad13`.
    ```solidity
    function batchHeaderHash(uint64 batchNumber) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct batchHeaderHashCall {
        #[allow(missing_docs)]
        pub batchNumber: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`batchHeaderHash(uint64)`](batchHeaderHashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct batchHeaderHashReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
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
            impl ::core::convert::From<batchHeaderHashCall> for UnderlyingRustTuple<'_> {
                fn from(value: batchHeaderHashCall) -> Self {
                    (value.batchNumber,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for batchHeaderHashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { batchNumber: tuple.0 }
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
            impl ::core::convert::From<batchHeaderHashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: batchHeaderHashReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for batchHeaderHashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for batchHeaderHashCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "batchHeaderHash(uint64)";
            const SELECTOR: [u8; 4] = [112u8, 92u8, 173u8, 19u8];
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
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: batchHeaderHashReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: batchHeaderHashReturn = r.into();
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
    /**Function with signature `computeTxRoot(bytes32[])` and selector `0xc0c3f82e`.
    ```solidity
    function computeTxRoot(bytes32[] memory txHashes) external pure returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct computeTxRootCall {
        #[allow(missing_docs)]
        pub txHashes: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`computeTxRoot(bytes32[])`](computeTxRootCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct computeTxRootReturn {
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
                (alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> =
                (alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<computeTxRootCall> for UnderlyingRustTuple<'_> {
                fn from(value: computeTxRootCall) -> Self {
                    (value.txHashes,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for computeTxRootCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { txHashes: tuple.0 }
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
            impl ::core::convert::From<computeTxRootReturn> for UnderlyingRustTuple<'_> {
                fn from(value: computeTxRootReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for computeTxRootReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for computeTxRootCall {
            type Parameters<'a> =
                (alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::FixedBytes<32>>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "computeTxRoot(bytes32[])";
            const SELECTOR: [u8; 4] = [192u8, 195u8, 248u8, 46u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::FixedBytes<32>,
                    > as alloy_sol_types::SolType>::tokenize(&self.txHashes),
                )
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: computeTxRootReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: computeTxRootReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `depositETH(address)` and selector `0x2d2da806`.
    ```solidity
    function depositETH(address l2Recipient) external payable returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositETHCall {
        #[allow(missing_docs)]
        pub l2Recipient: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`depositETH(address)`](depositETHCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct depositETHReturn {
        #[allow(missing_docs)]
        pub _0: u64,
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
            impl ::core::convert::From<depositETHCall> for UnderlyingRustTuple<'_> {
                fn from(value: depositETHCall) -> Self {
                    (value.l2Recipient,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositETHCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { l2Recipient: tuple.0 }
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
            impl ::core::convert::From<depositETHReturn> for UnderlyingRustTuple<'_> {
                fn from(value: depositETHReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for depositETHReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for depositETHCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "depositETH(address)";
            const SELECTOR: [u8; 4] = [45u8, 45u8, 168u8, 6u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                    &self.l2Recipient,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: depositETHReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: depositETHReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `eip712Domain()` and selector `0x84b0196e`.
    ```solidity
    function eip712Domain() external view returns (bytes1 fields, string memory name, string memory version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] memory extensions);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`eip712Domain()`](eip712DomainCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct eip712DomainReturn {
        #[allow(missing_docs)]
        pub fields: alloy::sol_types::private::FixedBytes<1>,
        #[allow(missing_docs)]
        pub name: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub version: alloy::sol_types::private::String,
        #[allow(missing_docs)]
        pub chainId: alloy::sol_types::private::primitives::aliases::U256,
        #[allow(missing_docs)]
        pub verifyingContract: alloy::sol_types::private::Address,
        #[allow(missing_docs)]
        pub salt: alloy::sol_types::private::FixedBytes<32>,
        #[allow(missing_docs)]
        pub extensions: alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
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
            impl ::core::convert::From<eip712DomainCall> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (
                alloy::sol_types::private::FixedBytes<1>,
                alloy::sol_types::private::String,
                alloy::sol_types::private::String,
                alloy::sol_types::private::primitives::aliases::U256,
                alloy::sol_types::private::Address,
                alloy::sol_types::private::FixedBytes<32>,
                alloy::sol_types::private::Vec<alloy::sol_types::private::primitives::aliases::U256>,
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
            impl ::core::convert::From<eip712DomainReturn> for UnderlyingRustTuple<'_> {
                fn from(value: eip712DomainReturn) -> Self {
                    (
                        value.fields,
                        value.name,
                        value.version,
                        value.chainId,
                        value.verifyingContract,
                        value.salt,
                        value.extensions,
                    )
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for eip712DomainReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {
                        fields: tuple.0,
                        name: tuple.1,
                        version: tuple.2,
                        chainId: tuple.3,
                        verifyingContract: tuple.4,
                        salt: tuple.5,
                        extensions: tuple.6,
                    }
                }
            }
        }
        impl eip712DomainReturn {
            fn _tokenize(&self) -> <eip712DomainCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::FixedBytes<
                        1,
                    > as alloy_sol_types::SolType>::tokenize(&self.fields),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.name,
                    ),
                    <alloy::sol_types::sol_data::String as alloy_sol_types::SolType>::tokenize(
                        &self.version,
                    ),
                    <alloy::sol_types::sol_data::Uint<
                        256,
                    > as alloy_sol_types::SolType>::tokenize(&self.chainId),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(
                        &self.verifyingContract,
                    ),
                    <alloy::sol_types::sol_data::FixedBytes<
                        32,
                    > as alloy_sol_types::SolType>::tokenize(&self.salt),
                    <alloy::sol_types::sol_data::Array<
                        alloy::sol_types::sol_data::Uint<256>,
                    > as alloy_sol_types::SolType>::tokenize(&self.extensions),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for eip712DomainCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = eip712DomainReturn;
            type ReturnTuple<'a> = (
                alloy::sol_types::sol_data::FixedBytes<1>,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::String,
                alloy::sol_types::sol_data::Uint<256>,
                alloy::sol_types::sol_data::Address,
                alloy::sol_types::sol_data::FixedBytes<32>,
                alloy::sol_types::sol_data::Array<alloy::sol_types::sol_data::Uint<256>>,
            );
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "eip712Domain()";
            const SELECTOR: [u8; 4] = [132u8, 176u8, 25u8, 110u8];
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
                eip712DomainReturn::_tokenize(ret)
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
    /**Function with signature `enqueueTransaction(bytes)` and selector `0xaec185fc`.
    ```solidity
    function enqueueTransaction(bytes memory l2Transaction) external payable returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct enqueueTransactionCall {
        #[allow(missing_docs)]
        pub l2Transaction: alloy::sol_types::private::Bytes,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`enqueueTransaction(bytes)`](enqueueTransactionCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct enqueueTransactionReturn {
        #[allow(missing_docs)]
        pub _0: u64,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
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
            impl ::core::convert::From<enqueueTransactionCall> for UnderlyingRustTuple<'_> {
                fn from(value: enqueueTransactionCall) -> Self {
                    (value.l2Transaction,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for enqueueTransactionCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { l2Transaction: tuple.0 }
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
            impl ::core::convert::From<enqueueTransactionReturn> for UnderlyingRustTuple<'_> {
                fn from(value: enqueueTransactionReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for enqueueTransactionReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for enqueueTransactionCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Bytes,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "enqueueTransaction(bytes)";
            const SELECTOR: [u8; 4] = [174u8, 193u8, 133u8, 252u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Bytes as alloy_sol_types::SolType>::tokenize(
                    &self.l2Transaction,
                ),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: enqueueTransactionReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: enqueueTransactionReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `entry(uint64)` and selector `0x6ced947d`.
    ```solidity
    function entry(uint64 index) external view returns (uint64 deadline, address sender);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct entryCall {
        #[allow(missing_docs)]
        pub index: u64,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`entry(uint64)`](entryCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct entryReturn {
        #[allow(missing_docs)]
        pub deadline: u64,
        #[allow(missing_docs)]
        pub sender: alloy::sol_types::private::Address,
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
            impl ::core::convert::From<entryCall> for UnderlyingRustTuple<'_> {
                fn from(value: entryCall) -> Self {
                    (value.index,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for entryCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { index: tuple.0 }
                }
            }
        }
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> =
                (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Address);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (u64, alloy::sol_types::private::Address);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<entryReturn> for UnderlyingRustTuple<'_> {
                fn from(value: entryReturn) -> Self {
                    (value.deadline, value.sender)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for entryReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { deadline: tuple.0, sender: tuple.1 }
                }
            }
        }
        impl entryReturn {
            fn _tokenize(&self) -> <entryCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                (
                    <alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(
                        &self.deadline,
                    ),
                    <alloy::sol_types::sol_data::Address as alloy_sol_types::SolType>::tokenize(&self.sender),
                )
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for entryCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = entryReturn;
            type ReturnTuple<'a> =
                (alloy::sol_types::sol_data::Uint<64>, alloy::sol_types::sol_data::Address);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "entry(uint64)";
            const SELECTOR: [u8; 4] = [108u8, 237u8, 148u8, 125u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<alloy::sol_types::sol_data::Uint<64> as alloy_sol_types::SolType>::tokenize(&self.index),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                entryReturn::_tokenize(ret)
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
    /**Function with signature `escapeDelay()` and selector `0xe38f7045`.
    ```solidity
    function escapeDelay() external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escapeDelayCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`escapeDelay()`](escapeDelayCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escapeDelayReturn {
        #[allow(missing_docs)]
        pub _0: u32,
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
            impl ::core::convert::From<escapeDelayCall> for UnderlyingRustTuple<'_> {
                fn from(value: escapeDelayCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escapeDelayCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<escapeDelayReturn> for UnderlyingRustTuple<'_> {
                fn from(value: escapeDelayReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escapeDelayReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for escapeDelayCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "escapeDelay()";
            const SELECTOR: [u8; 4] = [227u8, 143u8, 112u8, 69u8];
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
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: escapeDelayReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: escapeDelayReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `escapeHatchOpen()` and selector `0x7ad7b1c9`.
    ```solidity
    function escapeHatchOpen() external view returns (bool);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escapeHatchOpenCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`escapeHatchOpen()`](escapeHatchOpenCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escapeHatchOpenReturn {
        #[allow(missing_docs)]
        pub _0: bool,
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
            impl ::core::convert::From<escapeHatchOpenCall> for UnderlyingRustTuple<'_> {
                fn from(value: escapeHatchOpenCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escapeHatchOpenCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<escapeHatchOpenReturn> for UnderlyingRustTuple<'_> {
                fn from(value: escapeHatchOpenReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escapeHatchOpenReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for escapeHatchOpenCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = bool;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Bool,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "escapeHatchOpen()";
            const SELECTOR: [u8; 4] = [122u8, 215u8, 177u8, 201u8];
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
                (<alloy::sol_types::sol_data::Bool as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: escapeHatchOpenReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: escapeHatchOpenReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `escapeHatchOpensAt()` and selector `0x972d336c`.
    ```solidity
    function escapeHatchOpensAt() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escapeHatchOpensAtCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`escapeHatchOpensAt()`](escapeHatchOpensAtCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct escapeHatchOpensAtReturn {
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
            impl ::core::convert::From<escapeHatchOpensAtCall> for UnderlyingRustTuple<'_> {
                fn from(value: escapeHatchOpensAtCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escapeHatchOpensAtCall {
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
            impl ::core::convert::From<escapeHatchOpensAtReturn> for UnderlyingRustTuple<'_> {
                fn from(value: escapeHatchOpensAtReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for escapeHatchOpensAtReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for escapeHatchOpensAtCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "escapeHatchOpensAt()";
            const SELECTOR: [u8; 4] = [151u8, 45u8, 51u8, 108u8];
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
                    let r: escapeHatchOpensAtReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: escapeHatchOpensAtReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `feesOwed(address)` and selector `0x13083c34`.
    ```solidity
    function feesOwed(address account) external view returns (uint256);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feesOwedCall {
        #[allow(missing_docs)]
        pub account: alloy::sol_types::private::Address,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`feesOwed(address)`](feesOwedCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct feesOwedReturn {
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
            impl ::core::convert::From<feesOwedCall> for UnderlyingRustTuple<'_> {
                fn from(value: feesOwedCall) -> Self {
                    (value.account,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feesOwedCall {
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
            impl ::core::convert::From<feesOwedReturn> for UnderlyingRustTuple<'_> {
                fn from(value: feesOwedReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for feesOwedReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for feesOwedCall {
            type Parameters<'a> = (alloy::sol_types::sol_data::Address,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U256;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<256>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "feesOwed(address)";
            const SELECTOR: [u8; 4] = [19u8, 8u8, 60u8, 52u8];
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
                    let r: feesOwedReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: feesOwedReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `forcedInclusionFee()` and selector `0x64bb0a22`.
    ```solidity
    function forcedInclusionFee() external view returns (uint96);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct forcedInclusionFeeCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`forcedInclusionFee()`](forcedInclusionFeeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct forcedInclusionFeeReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::primitives::aliases::U96,
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
            impl ::core::convert::From<forcedInclusionFeeCall> for UnderlyingRustTuple<'_> {
                fn from(value: forcedInclusionFeeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for forcedInclusionFeeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
                }
            }
        }
        {
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
            impl ::core::convert::From<forcedInclusionFeeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: forcedInclusionFeeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for forcedInclusionFeeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for forcedInclusionFeeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::primitives::aliases::U96;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<96>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "forcedInclusionFee()";
            const SELECTOR: [u8; 4] = [100u8, 187u8, 10u8, 34u8];
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
                (<alloy::sol_types::sol_data::Uint<96> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: forcedInclusionFeeReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: forcedInclusionFeeReturn = r.into();
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
    /**Function with signature `headerDigest((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))` and selector `0xe7829807`.
    ```solidity
    function headerDigest(BatchHeader memory header) external view returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct headerDigestCall {
        #[allow(missing_docs)]
        pub header: <BatchHeader as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`headerDigest((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))`](headerDigestCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct headerDigestReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (BatchHeader,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<BatchHeader as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<headerDigestCall> for UnderlyingRustTuple<'_> {
                fn from(value: headerDigestCall) -> Self {
                    (value.header,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for headerDigestCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { header: tuple.0 }
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
            impl ::core::convert::From<headerDigestReturn> for UnderlyingRustTuple<'_> {
                fn from(value: headerDigestReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for headerDigestReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for headerDigestCall {
            type Parameters<'a> = (BatchHeader,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "headerDigest((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))";
            const SELECTOR: [u8; 4] = [231u8, 130u8, 152u8, 7u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<BatchHeader as alloy_sol_types::SolType>::tokenize(&self.header),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: headerDigestReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: headerDigestReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `headerHash((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))` and selector `0x13d7a4fb`.
    ```solidity
    function headerHash(BatchHeader memory header) external pure returns (bytes32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct headerHashCall {
        #[allow(missing_docs)]
        pub header: <BatchHeader as alloy::sol_types::SolType>::RustType,
    }
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`headerHash((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))`](headerHashCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct headerHashReturn {
        #[allow(missing_docs)]
        pub _0: alloy::sol_types::private::FixedBytes<32>,
    }
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields, clippy::style)]
    const _: () = {
        use alloy::sol_types as alloy_sol_types;
        {
            #[doc(hidden)]
            #[allow(dead_code)]
            type UnderlyingSolTuple<'a> = (BatchHeader,);
            #[doc(hidden)]
            type UnderlyingRustTuple<'a> = (<BatchHeader as alloy::sol_types::SolType>::RustType,);
            #[cfg(test)]
            #[allow(dead_code, unreachable_patterns)]
            fn _type_assertion(_t: alloy_sol_types::private::AssertTypeEq<UnderlyingRustTuple>) {
                match _t {
                    alloy_sol_types::private::AssertTypeEq::<
                        <UnderlyingSolTuple as alloy_sol_types::SolType>::RustType,
                    >(_) => {}
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<headerHashCall> for UnderlyingRustTuple<'_> {
                fn from(value: headerHashCall) -> Self {
                    (value.header,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for headerHashCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { header: tuple.0 }
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
            impl ::core::convert::From<headerHashReturn> for UnderlyingRustTuple<'_> {
                fn from(value: headerHashReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for headerHashReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for headerHashCall {
            type Parameters<'a> = (BatchHeader,);
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = alloy::sol_types::private::FixedBytes<32>;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::FixedBytes<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str =
                "headerHash((uint64,uint64,uint64,bytes32,bytes32,bytes32,uint64,address))";
            const SELECTOR: [u8; 4] = [19u8, 215u8, 164u8, 251u8];
            #[inline]
            fn new<'a>(tuple: <Self::Parameters<'a> as alloy_sol_types::SolType>::RustType) -> Self {
                tuple.into()
            }
            #[inline]
            fn tokenize(&self) -> Self::Token<'_> {
                (<BatchHeader as alloy_sol_types::SolType>::tokenize(&self.header),)
            }
            #[inline]
            fn tokenize_returns(ret: &Self::Return) -> Self::ReturnToken<'_> {
                (<alloy::sol_types::sol_data::FixedBytes<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: headerHashReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: headerHashReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `headerRingSize()` and selector `0xc3bec73c`.
    ```solidity
    function headerRingSize() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct headerRingSizeCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`headerRingSize()`](headerRingSizeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct headerRingSizeReturn {
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
            impl ::core::convert::From<headerRingSizeCall> for UnderlyingRustTuple<'_> {
                fn from(value: headerRingSizeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for headerRingSizeCall {
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
            impl ::core::convert::From<headerRingSizeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: headerRingSizeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for headerRingSizeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for headerRingSizeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "headerRingSize()";
            const SELECTOR: [u8; 4] = [195u8, 190u8, 199u8, 60u8];
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
                    let r: headerRingSizeReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: headerRingSizeReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `inclusionWindow()` and selector `0xe88816e7`.
    ```solidity
    function inclusionWindow() external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct inclusionWindowCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`inclusionWindow()`](inclusionWindowCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct inclusionWindowReturn {
        #[allow(missing_docs)]
        pub _0: u32,
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
            impl ::core::convert::From<inclusionWindowCall> for UnderlyingRustTuple<'_> {
                fn from(value: inclusionWindowCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for inclusionWindowCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<inclusionWindowReturn> for UnderlyingRustTuple<'_> {
                fn from(value: inclusionWindowReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for inclusionWindowReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for inclusionWindowCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "inclusionWindow()";
            const SELECTOR: [u8; 4] = [232u8, 136u8, 22u8, 231u8];
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
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: inclusionWindowReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: inclusionWindowReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `l2ChainId()` and selector `0xd6ae3cd5`.
    ```solidity
    function l2ChainId() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct l2ChainIdCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`l2ChainId()`](l2ChainIdCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct l2ChainIdReturn {
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
            impl ::core::convert::From<l2ChainIdCall> for UnderlyingRustTuple<'_> {
                fn from(value: l2ChainIdCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for l2ChainIdCall {
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
            impl ::core::convert::From<l2ChainIdReturn> for UnderlyingRustTuple<'_> {
                fn from(value: l2ChainIdReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for l2ChainIdReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for l2ChainIdCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "l2ChainId()";
            const SELECTOR: [u8; 4] = [214u8, 174u8, 60u8, 213u8];
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
                    let r: l2ChainIdReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: l2ChainIdReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `maxForcedTxSize()` and selector `0xadbe8a00`.
    ```solidity
    function maxForcedTxSize() external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxForcedTxSizeCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`maxForcedTxSize()`](maxForcedTxSizeCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct maxForcedTxSizeReturn {
        #[allow(missing_docs)]
        pub _0: u32,
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
            impl ::core::convert::From<maxForcedTxSizeCall> for UnderlyingRustTuple<'_> {
                fn from(value: maxForcedTxSizeCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for maxForcedTxSizeCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<maxForcedTxSizeReturn> for UnderlyingRustTuple<'_> {
                fn from(value: maxForcedTxSizeReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for maxForcedTxSizeReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for maxForcedTxSizeCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "maxForcedTxSize()";
            const SELECTOR: [u8; 4] = [173u8, 190u8, 138u8, 0u8];
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
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: maxForcedTxSizeReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: maxForcedTxSizeReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `queueHead()` and selector `0x96523644`.
    ```solidity
    function queueHead() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct queueHeadCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`queueHead()`](queueHeadCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct queueHeadReturn {
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
            impl ::core::convert::From<queueHeadCall> for UnderlyingRustTuple<'_> {
                fn from(value: queueHeadCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for queueHeadCall {
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
            impl ::core::convert::From<queueHeadReturn> for UnderlyingRustTuple<'_> {
                fn from(value: queueHeadReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for queueHeadReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for queueHeadCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "queueHead()";
            const SELECTOR: [u8; 4] = [150u8, 82u8, 54u8, 68u8];
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
                    let r: queueHeadReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: queueHeadReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `queueLength()` and selector `0xab91c7b0`.
    ```solidity
    function queueLength() external view returns (uint64);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct queueLengthCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`queueLength()`](queueLengthCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct queueLengthReturn {
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
            impl ::core::convert::From<queueLengthCall> for UnderlyingRustTuple<'_> {
                fn from(value: queueLengthCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for queueLengthCall {
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
            impl ::core::convert::From<queueLengthReturn> for UnderlyingRustTuple<'_> {
                fn from(value: queueLengthReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for queueLengthReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for queueLengthCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u64;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<64>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "queueLength()";
            const SELECTOR: [u8; 4] = [171u8, 145u8, 199u8, 176u8];
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
                    let r: queueLengthReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: queueLengthReturn = r.into();
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
    /**Function with signature `slotLength()` and selector `0xc81ff7b6`.
    ```solidity
    function slotLength() external view returns (uint32);
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotLengthCall;
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    ///Container type for the return parameters of the [`slotLength()`](slotLengthCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct slotLengthReturn {
        #[allow(missing_docs)]
        pub _0: u32,
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
            impl ::core::convert::From<slotLengthCall> for UnderlyingRustTuple<'_> {
                fn from(value: slotLengthCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotLengthCall {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self
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
            impl ::core::convert::From<slotLengthReturn> for UnderlyingRustTuple<'_> {
                fn from(value: slotLengthReturn) -> Self {
                    (value._0,)
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for slotLengthReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self { _0: tuple.0 }
                }
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for slotLengthCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = u32;
            type ReturnTuple<'a> = (alloy::sol_types::sol_data::Uint<32>,);
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "slotLength()";
            const SELECTOR: [u8; 4] = [200u8, 31u8, 247u8, 182u8];
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
                (<alloy::sol_types::sol_data::Uint<32> as alloy_sol_types::SolType>::tokenize(ret),)
            }
            #[inline]
            fn abi_decode_returns(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence(data).map(|r| {
                    let r: slotLengthReturn = r.into();
                    r._0
                })
            }
            #[inline]
            fn abi_decode_returns_validate(data: &[u8]) -> alloy_sol_types::Result<Self::Return> {
                <Self::ReturnTuple<'_> as alloy_sol_types::SolType>::abi_decode_sequence_validate(data).map(
                    |r| {
                        let r: slotLengthReturn = r.into();
                        r._0
                    },
                )
            }
        }
    };
    #[derive(serde::Serialize, serde::Deserialize, Default, Debug, PartialEq, Eq, Hash)]
    /**Function with signature `withdrawFees()` and selector `0x476343ee`.
    ```solidity
    function withdrawFees() external;
    ```*/
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawFeesCall;
    ///Container type for the return parameters of the [`withdrawFees()`](withdrawFeesCall) function.
    #[allow(non_camel_case_types, non_snake_case, clippy::pub_underscore_fields)]
    #[derive(Clone)]
    pub struct withdrawFeesReturn {}
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
            impl ::core::convert::From<withdrawFeesCall> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawFeesCall) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawFeesCall {
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
            impl ::core::convert::From<withdrawFeesReturn> for UnderlyingRustTuple<'_> {
                fn from(value: withdrawFeesReturn) -> Self {
                    ()
                }
            }
            #[automatically_derived]
            #[doc(hidden)]
            impl ::core::convert::From<UnderlyingRustTuple<'_>> for withdrawFeesReturn {
                fn from(tuple: UnderlyingRustTuple<'_>) -> Self {
                    Self {}
                }
            }
        }
        impl withdrawFeesReturn {
            fn _tokenize(&self) -> <withdrawFeesCall as alloy_sol_types::SolCall>::ReturnToken<'_> {
                ()
            }
        }
        #[automatically_derived]
        impl alloy_sol_types::SolCall for withdrawFeesCall {
            type Parameters<'a> = ();
            type Token<'a> = <Self::Parameters<'a> as alloy_sol_types::SolType>::Token<'a>;
            type Return = withdrawFeesReturn;
            type ReturnTuple<'a> = ();
            type ReturnToken<'a> = <Self::ReturnTuple<'a> as alloy_sol_types::SolType>::Token<'a>;
            const SIGNATURE: &'static str = "withdrawFees()";
            const SELECTOR: [u8; 4] = [71u8, 99u8, 67u8, 238u8];
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
                withdrawFeesReturn::_tokenize(ret)
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
    ///Container for all the [`BatchInbox`](self) function calls.
    #[derive(Clone, serde::Serialize, serde::Deserialize)]
    pub enum BatchInboxCalls {
        #[allow(missing_docs)]
        appendBatch(appendBatchCall),
        #[allow(missing_docs)]
        appendBlobBatch(appendBlobBatchCall),
        #[allow(missing_docs)]
        appendCertifiedBatch(appendCertifiedBatchCall),
        #[allow(missing_docs)]
        appendForcedBatch(appendForcedBatchCall),
        #[allow(missing_docs)]
        batchCount(batchCountCall),
        #[allow(missing_docs)]
        batchHeaderHash(batchHeaderHashCall),
        #[allow(missing_docs)]
        committee(committeeCall),
        #[allow(missing_docs)]
        computeTxRoot(computeTxRootCall),
        #[allow(missing_docs)]
        depositETH(depositETHCall),
        #[allow(missing_docs)]
        eip712Domain(eip712DomainCall),
        #[allow(missing_docs)]
        enqueueTransaction(enqueueTransactionCall),
        #[allow(missing_docs)]
        entry(entryCall),
        #[allow(missing_docs)]
        escapeDelay(escapeDelayCall),
        #[allow(missing_docs)]
        escapeHatchOpen(escapeHatchOpenCall),
        #[allow(missing_docs)]
        escapeHatchOpensAt(escapeHatchOpensAtCall),
        #[allow(missing_docs)]
        feesOwed(feesOwedCall),
        #[allow(missing_docs)]
        forcedInclusionFee(forcedInclusionFeeCall),
        #[allow(missing_docs)]
        genesisBlock(genesisBlockCall),
        #[allow(missing_docs)]
        headerDigest(headerDigestCall),
        #[allow(missing_docs)]
        headerHash(headerHashCall),
        #[allow(missing_docs)]
        headerRingSize(headerRingSizeCall),
        #[allow(missing_docs)]
        inclusionWindow(inclusionWindowCall),
        #[allow(missing_docs)]
        l2ChainId(l2ChainIdCall),
        #[allow(missing_docs)]
        maxForcedTxSize(maxForcedTxSizeCall),
        #[allow(missing_docs)]
        queueHead(queueHeadCall),
        #[allow(missing_docs)]
        queueLength(queueLengthCall),
        #[allow(missing_docs)]
        registry(registryCall),
        #[allow(missing_docs)]
        slotLength(slotLengthCall),
        #[allow(missing_docs)]
        withdrawFees(withdrawFeesCall),
    }
    impl BatchInboxCalls {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [3u8, 210u8, 77u8, 67u8],
            [6u8, 241u8, 48u8, 86u8],
            [19u8, 8u8, 60u8, 52u8],
            [19u8, 215u8, 164u8, 251u8],
            [45u8, 45u8, 168u8, 6u8],
            [71u8, 99u8, 67u8, 238u8],
            [76u8, 220u8, 156u8, 99u8],
            [100u8, 81u8, 25u8, 182u8],
            [100u8, 187u8, 10u8, 34u8],
            [101u8, 81u8, 202u8, 114u8],
            [108u8, 237u8, 148u8, 125u8],
            [112u8, 92u8, 173u8, 19u8],
            [122u8, 215u8, 177u8, 201u8],
            [123u8, 16u8, 57u8, 153u8],
            [132u8, 176u8, 25u8, 110u8],
            [150u8, 82u8, 54u8, 68u8],
            [151u8, 45u8, 51u8, 108u8],
            [171u8, 145u8, 199u8, 176u8],
            [173u8, 190u8, 138u8, 0u8],
            [174u8, 193u8, 133u8, 252u8],
            [192u8, 195u8, 248u8, 46u8],
            [195u8, 190u8, 199u8, 60u8],
            [200u8, 31u8, 247u8, 182u8],
            [202u8, 246u8, 51u8, 188u8],
            [214u8, 174u8, 60u8, 213u8],
            [216u8, 100u8, 231u8, 64u8],
            [227u8, 143u8, 112u8, 69u8],
            [231u8, 130u8, 152u8, 7u8],
            [232u8, 136u8, 22u8, 231u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(appendBatch),
            ::core::stringify!(batchCount),
            ::core::stringify!(feesOwed),
            ::core::stringify!(headerHash),
            ::core::stringify!(depositETH),
            ::core::stringify!(withdrawFees),
            ::core::stringify!(genesisBlock),
            ::core::stringify!(appendCertifiedBatch),
            ::core::stringify!(forcedInclusionFee),
            ::core::stringify!(appendBlobBatch),
            ::core::stringify!(entry),
            ::core::stringify!(batchHeaderHash),
            ::core::stringify!(escapeHatchOpen),
            ::core::stringify!(registry),
            ::core::stringify!(eip712Domain),
            ::core::stringify!(queueHead),
            ::core::stringify!(escapeHatchOpensAt),
            ::core::stringify!(queueLength),
            ::core::stringify!(maxForcedTxSize),
            ::core::stringify!(enqueueTransaction),
            ::core::stringify!(computeTxRoot),
            ::core::stringify!(headerRingSize),
            ::core::stringify!(slotLength),
            ::core::stringify!(appendForcedBatch),
            ::core::stringify!(l2ChainId),
            ::core::stringify!(committee),
            ::core::stringify!(escapeDelay),
            ::core::stringify!(headerDigest),
            ::core::stringify!(inclusionWindow),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <appendBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <batchCountCall as alloy_sol_types::SolCall>::SIGNATURE,
            <feesOwedCall as alloy_sol_types::SolCall>::SIGNATURE,
            <headerHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <depositETHCall as alloy_sol_types::SolCall>::SIGNATURE,
            <withdrawFeesCall as alloy_sol_types::SolCall>::SIGNATURE,
            <genesisBlockCall as alloy_sol_types::SolCall>::SIGNATURE,
            <appendCertifiedBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <forcedInclusionFeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <appendBlobBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <entryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <batchHeaderHashCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escapeHatchOpenCall as alloy_sol_types::SolCall>::SIGNATURE,
            <registryCall as alloy_sol_types::SolCall>::SIGNATURE,
            <eip712DomainCall as alloy_sol_types::SolCall>::SIGNATURE,
            <queueHeadCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escapeHatchOpensAtCall as alloy_sol_types::SolCall>::SIGNATURE,
            <queueLengthCall as alloy_sol_types::SolCall>::SIGNATURE,
            <maxForcedTxSizeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <enqueueTransactionCall as alloy_sol_types::SolCall>::SIGNATURE,
            <computeTxRootCall as alloy_sol_types::SolCall>::SIGNATURE,
            <headerRingSizeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <slotLengthCall as alloy_sol_types::SolCall>::SIGNATURE,
            <appendForcedBatchCall as alloy_sol_types::SolCall>::SIGNATURE,
            <l2ChainIdCall as alloy_sol_types::SolCall>::SIGNATURE,
            <committeeCall as alloy_sol_types::SolCall>::SIGNATURE,
            <escapeDelayCall as alloy_sol_types::SolCall>::SIGNATURE,
            <headerDigestCall as alloy_sol_types::SolCall>::SIGNATURE,
            <inclusionWindowCall as alloy_sol_types::SolCall>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for BatchInboxCalls {
        const NAME: &'static str = "BatchInboxCalls";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 29usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::appendBatch(_) => <appendBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::appendBlobBatch(_) => <appendBlobBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::appendCertifiedBatch(_) => {
                    <appendCertifiedBatchCall as alloy_sol_types::SolCall>::SELECTOR
                }
                Self::appendForcedBatch(_) => <appendForcedBatchCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::batchCount(_) => <batchCountCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::batchHeaderHash(_) => <batchHeaderHashCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::committee(_) => <committeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::computeTxRoot(_) => <computeTxRootCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::depositETH(_) => <depositETHCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::eip712Domain(_) => <eip712DomainCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::enqueueTransaction(_) => <enqueueTransactionCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::entry(_) => <entryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escapeDelay(_) => <escapeDelayCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escapeHatchOpen(_) => <escapeHatchOpenCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::escapeHatchOpensAt(_) => <escapeHatchOpensAtCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::feesOwed(_) => <feesOwedCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::forcedInclusionFee(_) => <forcedInclusionFeeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::genesisBlock(_) => <genesisBlockCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::headerDigest(_) => <headerDigestCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::headerHash(_) => <headerHashCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::headerRingSize(_) => <headerRingSizeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::inclusionWindow(_) => <inclusionWindowCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::l2ChainId(_) => <l2ChainIdCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::maxForcedTxSize(_) => <maxForcedTxSizeCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::queueHead(_) => <queueHeadCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::queueLength(_) => <queueLengthCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::registry(_) => <registryCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::slotLength(_) => <slotLengthCall as alloy_sol_types::SolCall>::SELECTOR,
                Self::withdrawFees(_) => <withdrawFeesCall as alloy_sol_types::SolCall>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<BatchInboxCalls>] = &[
                {
                    fn appendBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <appendBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::appendBatch)
                    }
                    appendBatch
                },
                {
                    fn batchCount(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <batchCountCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::batchCount)
                    }
                    batchCount
                },
                {
                    fn feesOwed(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <feesOwedCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::feesOwed)
                    }
                    feesOwed
                },
                {
                    fn headerHash(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <headerHashCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::headerHash)
                    }
                    headerHash
                },
                {
                    fn depositETH(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <depositETHCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::depositETH)
                    }
                    depositETH
                },
                {
                    fn withdrawFees(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <withdrawFeesCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::withdrawFees)
                    }
                    withdrawFees
                },
                {
                    fn genesisBlock(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <genesisBlockCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::genesisBlock)
                    }
                    genesisBlock
                },
                {
                    fn appendCertifiedBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <appendCertifiedBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::appendCertifiedBatch)
                    }
                    appendCertifiedBatch
                },
                {
                    fn forcedInclusionFee(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <forcedInclusionFeeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::forcedInclusionFee)
                    }
                    forcedInclusionFee
                },
                {
                    fn appendBlobBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <appendBlobBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::appendBlobBatch)
                    }
                    appendBlobBatch
                },
                {
                    fn entry(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <entryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::entry)
                    }
                    entry
                },
                {
                    fn batchHeaderHash(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <batchHeaderHashCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::batchHeaderHash)
                    }
                    batchHeaderHash
                },
                {
                    fn escapeHatchOpen(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <escapeHatchOpenCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::escapeHatchOpen)
                    }
                    escapeHatchOpen
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::registry)
                    }
                    registry
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn queueHead(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <queueHeadCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::queueHead)
                    }
                    queueHead
                },
                {
                    fn escapeHatchOpensAt(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <escapeHatchOpensAtCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::escapeHatchOpensAt)
                    }
                    escapeHatchOpensAt
                },
                {
                    fn queueLength(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <queueLengthCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::queueLength)
                    }
                    queueLength
                },
                {
                    fn maxForcedTxSize(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <maxForcedTxSizeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::maxForcedTxSize)
                    }
                    maxForcedTxSize
                },
                {
                    fn enqueueTransaction(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <enqueueTransactionCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::enqueueTransaction)
                    }
                    enqueueTransaction
                },
                {
                    fn computeTxRoot(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <computeTxRootCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::computeTxRoot)
                    }
                    computeTxRoot
                },
                {
                    fn headerRingSize(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <headerRingSizeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::headerRingSize)
                    }
                    headerRingSize
                },
                {
                    fn slotLength(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <slotLengthCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::slotLength)
                    }
                    slotLength
                },
                {
                    fn appendForcedBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <appendForcedBatchCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::appendForcedBatch)
                    }
                    appendForcedBatch
                },
                {
                    fn l2ChainId(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <l2ChainIdCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::l2ChainId)
                    }
                    l2ChainId
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::committee)
                    }
                    committee
                },
                {
                    fn escapeDelay(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <escapeDelayCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::escapeDelay)
                    }
                    escapeDelay
                },
                {
                    fn headerDigest(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <headerDigestCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::headerDigest)
                    }
                    headerDigest
                },
                {
                    fn inclusionWindow(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <inclusionWindowCall as alloy_sol_types::SolCall>::abi_decode_raw(data)
                            .map(BatchInboxCalls::inclusionWindow)
                    }
                    inclusionWindow
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<BatchInboxCalls>] = &[
                {
                    fn appendBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <appendBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::appendBatch)
                    }
                    appendBatch
                },
                {
                    fn batchCount(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <batchCountCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::batchCount)
                    }
                    batchCount
                },
                {
                    fn feesOwed(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <feesOwedCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::feesOwed)
                    }
                    feesOwed
                },
                {
                    fn headerHash(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <headerHashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::headerHash)
                    }
                    headerHash
                },
                {
                    fn depositETH(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <depositETHCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::depositETH)
                    }
                    depositETH
                },
                {
                    fn withdrawFees(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <withdrawFeesCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::withdrawFees)
                    }
                    withdrawFees
                },
                {
                    fn genesisBlock(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <genesisBlockCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::genesisBlock)
                    }
                    genesisBlock
                },
                {
                    fn appendCertifiedBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <appendCertifiedBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::appendCertifiedBatch)
                    }
                    appendCertifiedBatch
                },
                {
                    fn forcedInclusionFee(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <forcedInclusionFeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::forcedInclusionFee)
                    }
                    forcedInclusionFee
                },
                {
                    fn appendBlobBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <appendBlobBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::appendBlobBatch)
                    }
                    appendBlobBatch
                },
                {
                    fn entry(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <entryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::entry)
                    }
                    entry
                },
                {
                    fn batchHeaderHash(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <batchHeaderHashCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::batchHeaderHash)
                    }
                    batchHeaderHash
                },
                {
                    fn escapeHatchOpen(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <escapeHatchOpenCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::escapeHatchOpen)
                    }
                    escapeHatchOpen
                },
                {
                    fn registry(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <registryCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::registry)
                    }
                    registry
                },
                {
                    fn eip712Domain(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <eip712DomainCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::eip712Domain)
                    }
                    eip712Domain
                },
                {
                    fn queueHead(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <queueHeadCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::queueHead)
                    }
                    queueHead
                },
                {
                    fn escapeHatchOpensAt(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <escapeHatchOpensAtCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::escapeHatchOpensAt)
                    }
                    escapeHatchOpensAt
                },
                {
                    fn queueLength(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <queueLengthCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::queueLength)
                    }
                    queueLength
                },
                {
                    fn maxForcedTxSize(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <maxForcedTxSizeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::maxForcedTxSize)
                    }
                    maxForcedTxSize
                },
                {
                    fn enqueueTransaction(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <enqueueTransactionCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::enqueueTransaction)
                    }
                    enqueueTransaction
                },
                {
                    fn computeTxRoot(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <computeTxRootCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::computeTxRoot)
                    }
                    computeTxRoot
                },
                {
                    fn headerRingSize(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <headerRingSizeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::headerRingSize)
                    }
                    headerRingSize
                },
                {
                    fn slotLength(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <slotLengthCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::slotLength)
                    }
                    slotLength
                },
                {
                    fn appendForcedBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <appendForcedBatchCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::appendForcedBatch)
                    }
                    appendForcedBatch
                },
                {
                    fn l2ChainId(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <l2ChainIdCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::l2ChainId)
                    }
                    l2ChainId
                },
                {
                    fn committee(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <committeeCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::committee)
                    }
                    committee
                },
                {
                    fn escapeDelay(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <escapeDelayCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::escapeDelay)
                    }
                    escapeDelay
                },
                {
                    fn headerDigest(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <headerDigestCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::headerDigest)
                    }
                    headerDigest
                },
                {
                    fn inclusionWindow(data: &[u8]) -> alloy_sol_types::Result<BatchInboxCalls> {
                        <inclusionWindowCall as alloy_sol_types::SolCall>::abi_decode_raw_validate(data)
                            .map(BatchInboxCalls::inclusionWindow)
                    }
                    inclusionWindow
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
                Self::appendBatch(inner) => {
                    <appendBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::appendBlobBatch(inner) => {
                    <appendBlobBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::appendCertifiedBatch(inner) => {
                    <appendCertifiedBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::appendForcedBatch(inner) => {
                    <appendForcedBatchCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::batchCount(inner) => {
                    <batchCountCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::batchHeaderHash(inner) => {
                    <batchHeaderHashCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::computeTxRoot(inner) => {
                    <computeTxRootCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::depositETH(inner) => {
                    <depositETHCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::enqueueTransaction(inner) => {
                    <enqueueTransactionCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::entry(inner) => <entryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::escapeDelay(inner) => {
                    <escapeDelayCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::escapeHatchOpen(inner) => {
                    <escapeHatchOpenCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::escapeHatchOpensAt(inner) => {
                    <escapeHatchOpensAtCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::feesOwed(inner) => <feesOwedCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::forcedInclusionFee(inner) => {
                    <forcedInclusionFeeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::genesisBlock(inner) => {
                    <genesisBlockCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::headerDigest(inner) => {
                    <headerDigestCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::headerHash(inner) => {
                    <headerHashCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::headerRingSize(inner) => {
                    <headerRingSizeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::inclusionWindow(inner) => {
                    <inclusionWindowCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::l2ChainId(inner) => {
                    <l2ChainIdCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::maxForcedTxSize(inner) => {
                    <maxForcedTxSizeCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::queueHead(inner) => {
                    <queueHeadCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::queueLength(inner) => {
                    <queueLengthCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::registry(inner) => <registryCall as alloy_sol_types::SolCall>::abi_encoded_size(inner),
                Self::slotLength(inner) => {
                    <slotLengthCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
                Self::withdrawFees(inner) => {
                    <withdrawFeesCall as alloy_sol_types::SolCall>::abi_encoded_size(inner)
                }
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::appendBatch(inner) => {
                    <appendBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::appendBlobBatch(inner) => {
                    <appendBlobBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::appendCertifiedBatch(inner) => {
                    <appendCertifiedBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::appendForcedBatch(inner) => {
                    <appendForcedBatchCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::batchCount(inner) => {
                    <batchCountCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::batchHeaderHash(inner) => {
                    <batchHeaderHashCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::committee(inner) => {
                    <committeeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::computeTxRoot(inner) => {
                    <computeTxRootCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::depositETH(inner) => {
                    <depositETHCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::eip712Domain(inner) => {
                    <eip712DomainCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::enqueueTransaction(inner) => {
                    <enqueueTransactionCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::entry(inner) => <entryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out),
                Self::escapeDelay(inner) => {
                    <escapeDelayCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::escapeHatchOpen(inner) => {
                    <escapeHatchOpenCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::escapeHatchOpensAt(inner) => {
                    <escapeHatchOpensAtCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::feesOwed(inner) => {
                    <feesOwedCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::forcedInclusionFee(inner) => {
                    <forcedInclusionFeeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::genesisBlock(inner) => {
                    <genesisBlockCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::headerDigest(inner) => {
                    <headerDigestCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::headerHash(inner) => {
                    <headerHashCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::headerRingSize(inner) => {
                    <headerRingSizeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::inclusionWindow(inner) => {
                    <inclusionWindowCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::l2ChainId(inner) => {
                    <l2ChainIdCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::maxForcedTxSize(inner) => {
                    <maxForcedTxSizeCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::queueHead(inner) => {
                    <queueHeadCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::queueLength(inner) => {
                    <queueLengthCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::registry(inner) => {
                    <registryCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::slotLength(inner) => {
                    <slotLengthCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
                Self::withdrawFees(inner) => {
                    <withdrawFeesCall as alloy_sol_types::SolCall>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`BatchInbox`](self) custom errors.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum BatchInboxErrors {
        #[allow(missing_docs)]
        BatchPruned(BatchPruned),
        #[allow(missing_docs)]
        BlockNumberTooLarge(BlockNumberTooLarge),
        #[allow(missing_docs)]
        EscapeHatchClosed(EscapeHatchClosed),
        #[allow(missing_docs)]
        InvalidDeposit(InvalidDeposit),
        #[allow(missing_docs)]
        InvalidShortString(InvalidShortString),
        #[allow(missing_docs)]
        InvalidSignature(InvalidSignature),
        #[allow(missing_docs)]
        MalformedBatch(MalformedBatch),
        #[allow(missing_docs)]
        NoBlobs(NoBlobs),
        #[allow(missing_docs)]
        NotEligible(NotEligible),
        #[allow(missing_docs)]
        NotForceableYet(NotForceableYet),
        #[allow(missing_docs)]
        NotSigner(NotSigner),
        #[allow(missing_docs)]
        NothingOwed(NothingOwed),
        #[allow(missing_docs)]
        OverdueEntrySkipped(OverdueEntrySkipped),
        #[allow(missing_docs)]
        QueuePositionOutOfRange(QueuePositionOutOfRange),
        #[allow(missing_docs)]
        SequencedBatchInBlock(SequencedBatchInBlock),
        #[allow(missing_docs)]
        StringTooLong(StringTooLong),
        #[allow(missing_docs)]
        TransactionSize(TransactionSize),
        #[allow(missing_docs)]
        TransferFailed(TransferFailed),
        #[allow(missing_docs)]
        UnintendedHeader(UnintendedHeader),
        #[allow(missing_docs)]
        UnknownBatch(UnknownBatch),
        #[allow(missing_docs)]
        UnknownEntry(UnknownEntry),
        #[allow(missing_docs)]
        UnsequencedBatchInSlot(UnsequencedBatchInSlot),
        #[allow(missing_docs)]
        WrongValue(WrongValue),
    }
    impl BatchInboxErrors {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 4usize]] = &[
            [5u8, 18u8, 108u8, 182u8],
            [23u8, 55u8, 238u8, 82u8],
            [25u8, 90u8, 60u8, 161u8],
            [41u8, 50u8, 63u8, 255u8],
            [48u8, 90u8, 39u8, 169u8],
            [54u8, 143u8, 240u8, 166u8],
            [83u8, 112u8, 253u8, 210u8],
            [121u8, 125u8, 186u8, 84u8],
            [139u8, 170u8, 87u8, 159u8],
            [144u8, 184u8, 236u8, 24u8],
            [159u8, 88u8, 95u8, 47u8],
            [164u8, 153u8, 6u8, 99u8],
            [178u8, 229u8, 50u8, 222u8],
            [179u8, 81u8, 43u8, 12u8],
            [180u8, 47u8, 164u8, 192u8],
            [181u8, 18u8, 26u8, 141u8],
            [183u8, 162u8, 78u8, 232u8],
            [188u8, 87u8, 117u8, 82u8],
            [193u8, 249u8, 126u8, 53u8],
            [218u8, 250u8, 92u8, 14u8],
            [229u8, 19u8, 2u8, 208u8],
            [252u8, 205u8, 214u8, 180u8],
            [253u8, 172u8, 34u8, 159u8],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(BlockNumberTooLarge),
            ::core::stringify!(NotEligible),
            ::core::stringify!(WrongValue),
            ::core::stringify!(UnknownBatch),
            ::core::stringify!(StringTooLong),
            ::core::stringify!(NotSigner),
            ::core::stringify!(OverdueEntrySkipped),
            ::core::stringify!(NothingOwed),
            ::core::stringify!(InvalidSignature),
            ::core::stringify!(TransferFailed),
            ::core::stringify!(UnknownEntry),
            ::core::stringify!(QueuePositionOutOfRange),
            ::core::stringify!(InvalidDeposit),
            ::core::stringify!(InvalidShortString),
            ::core::stringify!(NotForceableYet),
            ::core::stringify!(UnsequencedBatchInSlot),
            ::core::stringify!(BatchPruned),
            ::core::stringify!(SequencedBatchInBlock),
            ::core::stringify!(MalformedBatch),
            ::core::stringify!(UnintendedHeader),
            ::core::stringify!(EscapeHatchClosed),
            ::core::stringify!(TransactionSize),
            ::core::stringify!(NoBlobs),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <BlockNumberTooLarge as alloy_sol_types::SolError>::SIGNATURE,
            <NotEligible as alloy_sol_types::SolError>::SIGNATURE,
            <WrongValue as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownBatch as alloy_sol_types::SolError>::SIGNATURE,
            <StringTooLong as alloy_sol_types::SolError>::SIGNATURE,
            <NotSigner as alloy_sol_types::SolError>::SIGNATURE,
            <OverdueEntrySkipped as alloy_sol_types::SolError>::SIGNATURE,
            <NothingOwed as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidSignature as alloy_sol_types::SolError>::SIGNATURE,
            <TransferFailed as alloy_sol_types::SolError>::SIGNATURE,
            <UnknownEntry as alloy_sol_types::SolError>::SIGNATURE,
            <QueuePositionOutOfRange as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidDeposit as alloy_sol_types::SolError>::SIGNATURE,
            <InvalidShortString as alloy_sol_types::SolError>::SIGNATURE,
            <NotForceableYet as alloy_sol_types::SolError>::SIGNATURE,
            <UnsequencedBatchInSlot as alloy_sol_types::SolError>::SIGNATURE,
            <BatchPruned as alloy_sol_types::SolError>::SIGNATURE,
            <SequencedBatchInBlock as alloy_sol_types::SolError>::SIGNATURE,
            <MalformedBatch as alloy_sol_types::SolError>::SIGNATURE,
            <UnintendedHeader as alloy_sol_types::SolError>::SIGNATURE,
            <EscapeHatchClosed as alloy_sol_types::SolError>::SIGNATURE,
            <TransactionSize as alloy_sol_types::SolError>::SIGNATURE,
            <NoBlobs as alloy_sol_types::SolError>::SIGNATURE,
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
    impl alloy_sol_types::SolInterface for BatchInboxErrors {
        const NAME: &'static str = "BatchInboxErrors";
        const MIN_DATA_LENGTH: usize = 0usize;
        const COUNT: usize = 23usize;
        #[inline]
        fn selector(&self) -> [u8; 4] {
            match self {
                Self::BatchPruned(_) => <BatchPruned as alloy_sol_types::SolError>::SELECTOR,
                Self::BlockNumberTooLarge(_) => <BlockNumberTooLarge as alloy_sol_types::SolError>::SELECTOR,
                Self::EscapeHatchClosed(_) => <EscapeHatchClosed as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidDeposit(_) => <InvalidDeposit as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidShortString(_) => <InvalidShortString as alloy_sol_types::SolError>::SELECTOR,
                Self::InvalidSignature(_) => <InvalidSignature as alloy_sol_types::SolError>::SELECTOR,
                Self::MalformedBatch(_) => <MalformedBatch as alloy_sol_types::SolError>::SELECTOR,
                Self::NoBlobs(_) => <NoBlobs as alloy_sol_types::SolError>::SELECTOR,
                Self::NotEligible(_) => <NotEligible as alloy_sol_types::SolError>::SELECTOR,
                Self::NotForceableYet(_) => <NotForceableYet as alloy_sol_types::SolError>::SELECTOR,
                Self::NotSigner(_) => <NotSigner as alloy_sol_types::SolError>::SELECTOR,
                Self::NothingOwed(_) => <NothingOwed as alloy_sol_types::SolError>::SELECTOR,
                Self::OverdueEntrySkipped(_) => <OverdueEntrySkipped as alloy_sol_types::SolError>::SELECTOR,
                Self::QueuePositionOutOfRange(_) => {
                    <QueuePositionOutOfRange as alloy_sol_types::SolError>::SELECTOR
                }
                Self::SequencedBatchInBlock(_) => {
                    <SequencedBatchInBlock as alloy_sol_types::SolError>::SELECTOR
                }
                Self::StringTooLong(_) => <StringTooLong as alloy_sol_types::SolError>::SELECTOR,
                Self::TransactionSize(_) => <TransactionSize as alloy_sol_types::SolError>::SELECTOR,
                Self::TransferFailed(_) => <TransferFailed as alloy_sol_types::SolError>::SELECTOR,
                Self::UnintendedHeader(_) => <UnintendedHeader as alloy_sol_types::SolError>::SELECTOR,
                Self::UnknownBatch(_) => <UnknownBatch as alloy_sol_types::SolError>::SELECTOR,
                Self::UnknownEntry(_) => <UnknownEntry as alloy_sol_types::SolError>::SELECTOR,
                Self::UnsequencedBatchInSlot(_) => {
                    <UnsequencedBatchInSlot as alloy_sol_types::SolError>::SELECTOR
                }
                Self::WrongValue(_) => <WrongValue as alloy_sol_types::SolError>::SELECTOR,
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
            static DECODE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<BatchInboxErrors>] = &[
                {
                    fn BlockNumberTooLarge(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <BlockNumberTooLarge as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::BlockNumberTooLarge)
                    }
                    BlockNumberTooLarge
                },
                {
                    fn NotEligible(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NotEligible as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::NotEligible)
                    }
                    NotEligible
                },
                {
                    fn WrongValue(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <WrongValue as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::WrongValue)
                    }
                    WrongValue
                },
                {
                    fn UnknownBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <UnknownBatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::UnknownBatch)
                    }
                    UnknownBatch
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn NotSigner(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NotSigner as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::NotSigner)
                    }
                    NotSigner
                },
                {
                    fn OverdueEntrySkipped(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <OverdueEntrySkipped as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::OverdueEntrySkipped)
                    }
                    OverdueEntrySkipped
                },
                {
                    fn NothingOwed(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NothingOwed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::NothingOwed)
                    }
                    NothingOwed
                },
                {
                    fn InvalidSignature(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::InvalidSignature)
                    }
                    InvalidSignature
                },
                {
                    fn TransferFailed(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <TransferFailed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::TransferFailed)
                    }
                    TransferFailed
                },
                {
                    fn UnknownEntry(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <UnknownEntry as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::UnknownEntry)
                    }
                    UnknownEntry
                },
                {
                    fn QueuePositionOutOfRange(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <QueuePositionOutOfRange as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::QueuePositionOutOfRange)
                    }
                    QueuePositionOutOfRange
                },
                {
                    fn InvalidDeposit(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <InvalidDeposit as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::InvalidDeposit)
                    }
                    InvalidDeposit
                },
                {
                    fn InvalidShortString(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn NotForceableYet(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NotForceableYet as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::NotForceableYet)
                    }
                    NotForceableYet
                },
                {
                    fn UnsequencedBatchInSlot(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <UnsequencedBatchInSlot as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::UnsequencedBatchInSlot)
                    }
                    UnsequencedBatchInSlot
                },
                {
                    fn BatchPruned(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <BatchPruned as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::BatchPruned)
                    }
                    BatchPruned
                },
                {
                    fn SequencedBatchInBlock(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <SequencedBatchInBlock as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::SequencedBatchInBlock)
                    }
                    SequencedBatchInBlock
                },
                {
                    fn MalformedBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <MalformedBatch as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::MalformedBatch)
                    }
                    MalformedBatch
                },
                {
                    fn UnintendedHeader(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <UnintendedHeader as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::UnintendedHeader)
                    }
                    UnintendedHeader
                },
                {
                    fn EscapeHatchClosed(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <EscapeHatchClosed as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::EscapeHatchClosed)
                    }
                    EscapeHatchClosed
                },
                {
                    fn TransactionSize(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <TransactionSize as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::TransactionSize)
                    }
                    TransactionSize
                },
                {
                    fn NoBlobs(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NoBlobs as alloy_sol_types::SolError>::abi_decode_raw(data)
                            .map(BatchInboxErrors::NoBlobs)
                    }
                    NoBlobs
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
            static DECODE_VALIDATE_SHIMS: &[fn(&[u8]) -> alloy_sol_types::Result<BatchInboxErrors>] = &[
                {
                    fn BlockNumberTooLarge(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <BlockNumberTooLarge as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::BlockNumberTooLarge)
                    }
                    BlockNumberTooLarge
                },
                {
                    fn NotEligible(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NotEligible as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::NotEligible)
                    }
                    NotEligible
                },
                {
                    fn WrongValue(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <WrongValue as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::WrongValue)
                    }
                    WrongValue
                },
                {
                    fn UnknownBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <UnknownBatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::UnknownBatch)
                    }
                    UnknownBatch
                },
                {
                    fn StringTooLong(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <StringTooLong as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::StringTooLong)
                    }
                    StringTooLong
                },
                {
                    fn NotSigner(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NotSigner as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::NotSigner)
                    }
                    NotSigner
                },
                {
                    fn OverdueEntrySkipped(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <OverdueEntrySkipped as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::OverdueEntrySkipped)
                    }
                    OverdueEntrySkipped
                },
                {
                    fn NothingOwed(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NothingOwed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::NothingOwed)
                    }
                    NothingOwed
                },
                {
                    fn InvalidSignature(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <InvalidSignature as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::InvalidSignature)
                    }
                    InvalidSignature
                },
                {
                    fn TransferFailed(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <TransferFailed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::TransferFailed)
                    }
                    TransferFailed
                },
                {
                    fn UnknownEntry(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <UnknownEntry as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::UnknownEntry)
                    }
                    UnknownEntry
                },
                {
                    fn QueuePositionOutOfRange(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <QueuePositionOutOfRange as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::QueuePositionOutOfRange)
                    }
                    QueuePositionOutOfRange
                },
                {
                    fn InvalidDeposit(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <InvalidDeposit as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::InvalidDeposit)
                    }
                    InvalidDeposit
                },
                {
                    fn InvalidShortString(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <InvalidShortString as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::InvalidShortString)
                    }
                    InvalidShortString
                },
                {
                    fn NotForceableYet(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NotForceableYet as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::NotForceableYet)
                    }
                    NotForceableYet
                },
                {
                    fn UnsequencedBatchInSlot(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <UnsequencedBatchInSlot as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::UnsequencedBatchInSlot)
                    }
                    UnsequencedBatchInSlot
                },
                {
                    fn BatchPruned(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <BatchPruned as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::BatchPruned)
                    }
                    BatchPruned
                },
                {
                    fn SequencedBatchInBlock(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <SequencedBatchInBlock as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::SequencedBatchInBlock)
                    }
                    SequencedBatchInBlock
                },
                {
                    fn MalformedBatch(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <MalformedBatch as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::MalformedBatch)
                    }
                    MalformedBatch
                },
                {
                    fn UnintendedHeader(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <UnintendedHeader as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::UnintendedHeader)
                    }
                    UnintendedHeader
                },
                {
                    fn EscapeHatchClosed(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <EscapeHatchClosed as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::EscapeHatchClosed)
                    }
                    EscapeHatchClosed
                },
                {
                    fn TransactionSize(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <TransactionSize as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::TransactionSize)
                    }
                    TransactionSize
                },
                {
                    fn NoBlobs(data: &[u8]) -> alloy_sol_types::Result<BatchInboxErrors> {
                        <NoBlobs as alloy_sol_types::SolError>::abi_decode_raw_validate(data)
                            .map(BatchInboxErrors::NoBlobs)
                    }
                    NoBlobs
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
                Self::BatchPruned(inner) => {
                    <BatchPruned as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::BlockNumberTooLarge(inner) => {
                    <BlockNumberTooLarge as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::EscapeHatchClosed(inner) => {
                    <EscapeHatchClosed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidDeposit(inner) => {
                    <InvalidDeposit as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::MalformedBatch(inner) => {
                    <MalformedBatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NoBlobs(inner) => <NoBlobs as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::NotEligible(inner) => {
                    <NotEligible as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotForceableYet(inner) => {
                    <NotForceableYet as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::NotSigner(inner) => <NotSigner as alloy_sol_types::SolError>::abi_encoded_size(inner),
                Self::NothingOwed(inner) => {
                    <NothingOwed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::OverdueEntrySkipped(inner) => {
                    <OverdueEntrySkipped as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::QueuePositionOutOfRange(inner) => {
                    <QueuePositionOutOfRange as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::SequencedBatchInBlock(inner) => {
                    <SequencedBatchInBlock as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TransactionSize(inner) => {
                    <TransactionSize as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::TransferFailed(inner) => {
                    <TransferFailed as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnintendedHeader(inner) => {
                    <UnintendedHeader as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownBatch(inner) => {
                    <UnknownBatch as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnknownEntry(inner) => {
                    <UnknownEntry as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::UnsequencedBatchInSlot(inner) => {
                    <UnsequencedBatchInSlot as alloy_sol_types::SolError>::abi_encoded_size(inner)
                }
                Self::WrongValue(inner) => <WrongValue as alloy_sol_types::SolError>::abi_encoded_size(inner),
            }
        }
        #[inline]
        fn abi_encode_raw(&self, out: &mut alloy_sol_types::private::Vec<u8>) {
            match self {
                Self::BatchPruned(inner) => {
                    <BatchPruned as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::BlockNumberTooLarge(inner) => {
                    <BlockNumberTooLarge as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::EscapeHatchClosed(inner) => {
                    <EscapeHatchClosed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidDeposit(inner) => {
                    <InvalidDeposit as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidShortString(inner) => {
                    <InvalidShortString as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::InvalidSignature(inner) => {
                    <InvalidSignature as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::MalformedBatch(inner) => {
                    <MalformedBatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NoBlobs(inner) => <NoBlobs as alloy_sol_types::SolError>::abi_encode_raw(inner, out),
                Self::NotEligible(inner) => {
                    <NotEligible as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotForceableYet(inner) => {
                    <NotForceableYet as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NotSigner(inner) => {
                    <NotSigner as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::NothingOwed(inner) => {
                    <NothingOwed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::OverdueEntrySkipped(inner) => {
                    <OverdueEntrySkipped as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::QueuePositionOutOfRange(inner) => {
                    <QueuePositionOutOfRange as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::SequencedBatchInBlock(inner) => {
                    <SequencedBatchInBlock as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::StringTooLong(inner) => {
                    <StringTooLong as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TransactionSize(inner) => {
                    <TransactionSize as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::TransferFailed(inner) => {
                    <TransferFailed as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnintendedHeader(inner) => {
                    <UnintendedHeader as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownBatch(inner) => {
                    <UnknownBatch as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnknownEntry(inner) => {
                    <UnknownEntry as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::UnsequencedBatchInSlot(inner) => {
                    <UnsequencedBatchInSlot as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
                Self::WrongValue(inner) => {
                    <WrongValue as alloy_sol_types::SolError>::abi_encode_raw(inner, out)
                }
            }
        }
    }
    ///Container for all the [`BatchInbox`](self) events.
    #[derive(Clone, serde::Serialize, serde::Deserialize, Debug, PartialEq, Eq, Hash)]
    pub enum BatchInboxEvents {
        #[allow(missing_docs)]
        BatchAppended(BatchAppended),
        #[allow(missing_docs)]
        EIP712DomainChanged(EIP712DomainChanged),
        #[allow(missing_docs)]
        FeesWithdrawn(FeesWithdrawn),
        #[allow(missing_docs)]
        ForcedEntryQueued(ForcedEntryQueued),
    }
    impl BatchInboxEvents {
        /// All the selectors of this enum.
        ///
        /// Note that the selectors might not be in the same order as the variants.
        /// No guarantees are made about the order of the selectors.
        ///
        /// Prefer using `SolInterface` methods instead.
        pub const SELECTORS: &'static [[u8; 32usize]] = &[
            [
                10u8, 99u8, 135u8, 201u8, 234u8, 54u8, 40u8, 184u8, 138u8, 99u8, 59u8, 180u8, 243u8, 177u8,
                81u8, 119u8, 15u8, 112u8, 8u8, 81u8, 23u8, 161u8, 95u8, 155u8, 243u8, 120u8, 124u8, 218u8,
                83u8, 241u8, 61u8, 49u8,
            ],
            [
                78u8, 130u8, 173u8, 144u8, 92u8, 159u8, 4u8, 154u8, 246u8, 243u8, 71u8, 12u8, 67u8, 46u8,
                188u8, 140u8, 215u8, 146u8, 119u8, 162u8, 118u8, 81u8, 64u8, 18u8, 65u8, 20u8, 72u8, 63u8,
                188u8, 155u8, 67u8, 138u8,
            ],
            [
                192u8, 129u8, 156u8, 19u8, 190u8, 134u8, 136u8, 149u8, 235u8, 147u8, 228u8, 14u8, 172u8,
                235u8, 150u8, 222u8, 151u8, 100u8, 66u8, 250u8, 29u8, 64u8, 78u8, 92u8, 85u8, 241u8, 75u8,
                182u8, 90u8, 140u8, 72u8, 154u8,
            ],
            [
                239u8, 243u8, 42u8, 35u8, 180u8, 11u8, 239u8, 47u8, 178u8, 42u8, 22u8, 75u8, 152u8, 60u8,
                118u8, 113u8, 173u8, 191u8, 9u8, 38u8, 10u8, 153u8, 247u8, 193u8, 96u8, 208u8, 117u8, 209u8,
                250u8, 92u8, 199u8, 0u8,
            ],
        ];
        /// The names of the variants in the same order as `SELECTORS`.
        pub const VARIANT_NAMES: &'static [&'static str] = &[
            ::core::stringify!(EIP712DomainChanged),
            ::core::stringify!(BatchAppended),
            ::core::stringify!(FeesWithdrawn),
            ::core::stringify!(ForcedEntryQueued),
        ];
        /// The signatures in the same order as `SELECTORS`.
        pub const SIGNATURES: &'static [&'static str] = &[
            <EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE,
            <BatchAppended as alloy_sol_types::SolEvent>::SIGNATURE,
            <FeesWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE,
            <ForcedEntryQueued as alloy_sol_types::SolEvent>::SIGNATURE,
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
    impl alloy_sol_types::SolEventInterface for BatchInboxEvents {
        const NAME: &'static str = "BatchInboxEvents";
        const COUNT: usize = 4usize;
        fn decode_raw_log(topics: &[alloy_sol_types::Word], data: &[u8]) -> alloy_sol_types::Result<Self> {
            match topics.first().copied() {
                Some(<BatchAppended as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <BatchAppended as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::BatchAppended)
                }
                Some(<EIP712DomainChanged as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <EIP712DomainChanged as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::EIP712DomainChanged)
                }
                Some(<FeesWithdrawn as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <FeesWithdrawn as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::FeesWithdrawn)
                }
                Some(<ForcedEntryQueued as alloy_sol_types::SolEvent>::SIGNATURE_HASH) => {
                    <ForcedEntryQueued as alloy_sol_types::SolEvent>::decode_raw_log(topics, data)
                        .map(Self::ForcedEntryQueued)
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
    impl alloy_sol_types::private::IntoLogData for BatchInboxEvents {
        fn to_log_data(&self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BatchAppended(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::EIP712DomainChanged(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::FeesWithdrawn(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
                Self::ForcedEntryQueued(inner) => alloy_sol_types::private::IntoLogData::to_log_data(inner),
            }
        }
        fn into_log_data(self) -> alloy_sol_types::private::LogData {
            match self {
                Self::BatchAppended(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::EIP712DomainChanged(inner) => {
                    alloy_sol_types::private::IntoLogData::into_log_data(inner)
                }
                Self::FeesWithdrawn(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
                Self::ForcedEntryQueued(inner) => alloy_sol_types::private::IntoLogData::into_log_data(inner),
            }
        }
    }
    use alloy::contract as alloy_contract;
    /**Creates a new wrapper around an on-chain [`BatchInbox`](self) contract instance.

    See the [wrapper's documentation](`BatchInboxInstance`) for more details.*/
    #[inline]
    pub const fn new<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        address: alloy_sol_types::private::Address,
        __provider: P,
    ) -> BatchInboxInstance<P, N> {
        BatchInboxInstance::<P, N>::new(address, __provider)
    }
    /**Deploys this contract using the given `provider` and constructor arguments, if any.

    Returns a new instance of the contract, if the deployment was successful.

    For more fine-grained control over the deployment process, use [`deploy_builder`] instead.*/
    #[inline]
    pub fn deploy<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        l2ChainId_: u64,
        genesisBlock_: u64,
        slotLength_: u32,
        inclusionWindow_: u32,
        escapeDelay_: u32,
        forcedInclusionFee_: alloy::sol_types::private::primitives::aliases::U96,
        maxForcedTxSize_: u32,
        headerRingSize_: u64,
        committee_: alloy::sol_types::private::Address,
    ) -> impl ::core::future::Future<Output = alloy_contract::Result<BatchInboxInstance<P, N>>> {
        BatchInboxInstance::<P, N>::deploy(
            __provider,
            l2ChainId_,
            genesisBlock_,
            slotLength_,
            inclusionWindow_,
            escapeDelay_,
            forcedInclusionFee_,
            maxForcedTxSize_,
            headerRingSize_,
            committee_,
        )
    }
    /**Creates a `RawCallBuilder` for deploying this contract using the given `provider`
    and constructor arguments, if any.

    This is a simple wrapper around creating a `RawCallBuilder` with the data set to
    the bytecode concatenated with the constructor's ABI-encoded arguments.*/
    #[inline]
    pub fn deploy_builder<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network>(
        __provider: P,
        l2ChainId_: u64,
        genesisBlock_: u64,
        slotLength_: u32,
        inclusionWindow_: u32,
        escapeDelay_: u32,
        forcedInclusionFee_: alloy::sol_types::private::primitives::aliases::U96,
        maxForcedTxSize_: u32,
        headerRingSize_: u64,
        committee_: alloy::sol_types::private::Address,
    ) -> alloy_contract::RawCallBuilder<P, N> {
        BatchInboxInstance::<P, N>::deploy_builder(
            __provider,
            l2ChainId_,
            genesisBlock_,
            slotLength_,
            inclusionWindow_,
            escapeDelay_,
            forcedInclusionFee_,
            maxForcedTxSize_,
            headerRingSize_,
            committee_,
        )
    }
    /**A [`BatchInbox`](self) instance.

    Contains type-safe methods for interacting with an on-chain instance of the
    [`BatchInbox`](self) contract located at a given `address`, using a given
    provider `P`.

    If the contract bytecode is available (see the [`sol!`](alloy_sol_types::sol!)
    documentation on how to provide it), the `deploy` and `deploy_builder` methods can
    be used to deploy a new instance of the contract.

    See the [module-level documentation](self) for all the available methods.*/
    #[derive(Clone)]
    pub struct BatchInboxInstance<P, N = alloy_contract::private::Ethereum> {
        address: alloy_sol_types::private::Address,
        provider: P,
        _network: ::core::marker::PhantomData<N>,
    }
    #[automatically_derived]
    impl<P, N> ::core::fmt::Debug for BatchInboxInstance<P, N> {
        #[inline]
        fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
            f.debug_tuple("BatchInboxInstance").field(&self.address).finish()
        }
    }
    /// Instantiation and getters/setters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> BatchInboxInstance<P, N> {
        /**Creates a new wrapper around an on-chain [`BatchInbox`](self) contract instance.

        See the [wrapper's documentation](`BatchInboxInstance`) for more details.*/
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
            l2ChainId_: u64,
            genesisBlock_: u64,
            slotLength_: u32,
            inclusionWindow_: u32,
            escapeDelay_: u32,
            forcedInclusionFee_: alloy::sol_types::private::primitives::aliases::U96,
            maxForcedTxSize_: u32,
            headerRingSize_: u64,
            committee_: alloy::sol_types::private::Address,
        ) -> alloy_contract::Result<BatchInboxInstance<P, N>> {
            let call_builder = Self::deploy_builder(
                __provider,
                l2ChainId_,
                genesisBlock_,
                slotLength_,
                inclusionWindow_,
                escapeDelay_,
                forcedInclusionFee_,
                maxForcedTxSize_,
                headerRingSize_,
                committee_,
            );
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
            l2ChainId_: u64,
            genesisBlock_: u64,
            slotLength_: u32,
            inclusionWindow_: u32,
            escapeDelay_: u32,
            forcedInclusionFee_: alloy::sol_types::private::primitives::aliases::U96,
            maxForcedTxSize_: u32,
            headerRingSize_: u64,
            committee_: alloy::sol_types::private::Address,
        ) -> alloy_contract::RawCallBuilder<P, N> {
            alloy_contract::RawCallBuilder::new_raw_deploy(
                __provider,
                [
                    &BYTECODE[..],
                    &alloy_sol_types::SolConstructor::abi_encode(&constructorCall {
                        l2ChainId_,
                        genesisBlock_,
                        slotLength_,
                        inclusionWindow_,
                        escapeDelay_,
                        forcedInclusionFee_,
                        maxForcedTxSize_,
                        headerRingSize_,
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
    impl<P: ::core::clone::Clone, N> BatchInboxInstance<&P, N> {
        /// Clones the provider and returns a new instance with the cloned provider.
        #[inline]
        pub fn with_cloned_provider(self) -> BatchInboxInstance<P, N> {
            BatchInboxInstance {
                address: self.address,
                provider: ::core::clone::Clone::clone(&self.provider),
                _network: ::core::marker::PhantomData,
            }
        }
    }
    /// Function calls.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> BatchInboxInstance<P, N> {
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
        ///Creates a new call builder for the [`appendBatch`] function.
        pub fn appendBatch(&self) -> alloy_contract::SolCallBuilder<&P, appendBatchCall, N> {
            self.call_builder(&appendBatchCall)
        }
        ///Creates a new call builder for the [`appendBlobBatch`] function.
        pub fn appendBlobBatch(&self) -> alloy_contract::SolCallBuilder<&P, appendBlobBatchCall, N> {
            self.call_builder(&appendBlobBatchCall)
        }
        ///Creates a new call builder for the [`appendCertifiedBatch`] function.
        pub fn appendCertifiedBatch(
            &self,
        ) -> alloy_contract::SolCallBuilder<&P, appendCertifiedBatchCall, N> {
            self.call_builder(&appendCertifiedBatchCall)
        }
        ///Creates a new call builder for the [`appendForcedBatch`] function.
        pub fn appendForcedBatch(
            &self,
            newQueuePosition: u64,
        ) -> alloy_contract::SolCallBuilder<&P, appendForcedBatchCall, N> {
            self.call_builder(&appendForcedBatchCall { newQueuePosition })
        }
        ///Creates a new call builder for the [`batchCount`] function.
        pub fn batchCount(&self) -> alloy_contract::SolCallBuilder<&P, batchCountCall, N> {
            self.call_builder(&batchCountCall)
        }
        ///Creates a new call builder for the [`batchHeaderHash`] function.
        pub fn batchHeaderHash(
            &self,
            batchNumber: u64,
        ) -> alloy_contract::SolCallBuilder<&P, batchHeaderHashCall, N> {
            self.call_builder(&batchHeaderHashCall { batchNumber })
        }
        ///Creates a new call builder for the [`committee`] function.
        pub fn committee(&self) -> alloy_contract::SolCallBuilder<&P, committeeCall, N> {
            self.call_builder(&committeeCall)
        }
        ///Creates a new call builder for the [`computeTxRoot`] function.
        pub fn computeTxRoot(
            &self,
            txHashes: alloy::sol_types::private::Vec<alloy::sol_types::private::FixedBytes<32>>,
        ) -> alloy_contract::SolCallBuilder<&P, computeTxRootCall, N> {
            self.call_builder(&computeTxRootCall { txHashes })
        }
        ///Creates a new call builder for the [`depositETH`] function.
        pub fn depositETH(
            &self,
            l2Recipient: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, depositETHCall, N> {
            self.call_builder(&depositETHCall { l2Recipient })
        }
        ///Creates a new call builder for the [`eip712Domain`] function.
        pub fn eip712Domain(&self) -> alloy_contract::SolCallBuilder<&P, eip712DomainCall, N> {
            self.call_builder(&eip712DomainCall)
        }
        ///Creates a new call builder for the [`enqueueTransaction`] function.
        pub fn enqueueTransaction(
            &self,
            l2Transaction: alloy::sol_types::private::Bytes,
        ) -> alloy_contract::SolCallBuilder<&P, enqueueTransactionCall, N> {
            self.call_builder(&enqueueTransactionCall { l2Transaction })
        }
        ///Creates a new call builder for the [`entry`] function.
        pub fn entry(&self, index: u64) -> alloy_contract::SolCallBuilder<&P, entryCall, N> {
            self.call_builder(&entryCall { index })
        }
        ///Creates a new call builder for the [`escapeDelay`] function.
        pub fn escapeDelay(&self) -> alloy_contract::SolCallBuilder<&P, escapeDelayCall, N> {
            self.call_builder(&escapeDelayCall)
        }
        ///Creates a new call builder for the [`escapeHatchOpen`] function.
        pub fn escapeHatchOpen(&self) -> alloy_contract::SolCallBuilder<&P, escapeHatchOpenCall, N> {
            self.call_builder(&escapeHatchOpenCall)
        }
        ///Creates a new call builder for the [`escapeHatchOpensAt`] function.
        pub fn escapeHatchOpensAt(&self) -> alloy_contract::SolCallBuilder<&P, escapeHatchOpensAtCall, N> {
            self.call_builder(&escapeHatchOpensAtCall)
        }
        ///Creates a new call builder for the [`feesOwed`] function.
        pub fn feesOwed(
            &self,
            account: alloy::sol_types::private::Address,
        ) -> alloy_contract::SolCallBuilder<&P, feesOwedCall, N> {
            self.call_builder(&feesOwedCall { account })
        }
        ///Creates a new call builder for the [`forcedInclusionFee`] function.
        pub fn forcedInclusionFee(&self) -> alloy_contract::SolCallBuilder<&P, forcedInclusionFeeCall, N> {
            self.call_builder(&forcedInclusionFeeCall)
        }
        ///Creates a new call builder for the [`genesisBlock`] function.
        pub fn genesisBlock(&self) -> alloy_contract::SolCallBuilder<&P, genesisBlockCall, N> {
            self.call_builder(&genesisBlockCall)
        }
        ///Creates a new call builder for the [`headerDigest`] function.
        pub fn headerDigest(
            &self,
            header: <BatchHeader as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, headerDigestCall, N> {
            self.call_builder(&headerDigestCall { header })
        }
        ///Creates a new call builder for the [`headerHash`] function.
        pub fn headerHash(
            &self,
            header: <BatchHeader as alloy::sol_types::SolType>::RustType,
        ) -> alloy_contract::SolCallBuilder<&P, headerHashCall, N> {
            self.call_builder(&headerHashCall { header })
        }
        ///Creates a new call builder for the [`headerRingSize`] function.
        pub fn headerRingSize(&self) -> alloy_contract::SolCallBuilder<&P, headerRingSizeCall, N> {
            self.call_builder(&headerRingSizeCall)
        }
        ///Creates a new call builder for the [`inclusionWindow`] function.
        pub fn inclusionWindow(&self) -> alloy_contract::SolCallBuilder<&P, inclusionWindowCall, N> {
            self.call_builder(&inclusionWindowCall)
        }
        ///Creates a new call builder for the [`l2ChainId`] function.
        pub fn l2ChainId(&self) -> alloy_contract::SolCallBuilder<&P, l2ChainIdCall, N> {
            self.call_builder(&l2ChainIdCall)
        }
        ///Creates a new call builder for the [`maxForcedTxSize`] function.
        pub fn maxForcedTxSize(&self) -> alloy_contract::SolCallBuilder<&P, maxForcedTxSizeCall, N> {
            self.call_builder(&maxForcedTxSizeCall)
        }
        ///Creates a new call builder for the [`queueHead`] function.
        pub fn queueHead(&self) -> alloy_contract::SolCallBuilder<&P, queueHeadCall, N> {
            self.call_builder(&queueHeadCall)
        }
        ///Creates a new call builder for the [`queueLength`] function.
        pub fn queueLength(&self) -> alloy_contract::SolCallBuilder<&P, queueLengthCall, N> {
            self.call_builder(&queueLengthCall)
        }
        ///Creates a new call builder for the [`registry`] function.
        pub fn registry(&self) -> alloy_contract::SolCallBuilder<&P, registryCall, N> {
            self.call_builder(&registryCall)
        }
        ///Creates a new call builder for the [`slotLength`] function.
        pub fn slotLength(&self) -> alloy_contract::SolCallBuilder<&P, slotLengthCall, N> {
            self.call_builder(&slotLengthCall)
        }
        ///Creates a new call builder for the [`withdrawFees`] function.
        pub fn withdrawFees(&self) -> alloy_contract::SolCallBuilder<&P, withdrawFeesCall, N> {
            self.call_builder(&withdrawFeesCall)
        }
    }
    /// Event filters.
    impl<P: alloy_contract::private::Provider<N>, N: alloy_contract::private::Network> BatchInboxInstance<P, N> {
        /// Creates a new event filter using this contract instance's provider and address.
        ///
        /// Note that the type can be any event, not just those defined in this contract.
        /// Prefer using the other methods for building type-safe event filters.
        pub fn event_filter<E: alloy_sol_types::SolEvent>(&self) -> alloy_contract::Event<&P, E, N> {
            alloy_contract::Event::new_sol(&self.provider, &self.address)
        }
        ///Creates a new event filter for the [`BatchAppended`] event.
        pub fn BatchAppended_filter(&self) -> alloy_contract::Event<&P, BatchAppended, N> {
            self.event_filter::<BatchAppended>()
        }
        ///Creates a new event filter for the [`EIP712DomainChanged`] event.
        pub fn EIP712DomainChanged_filter(&self) -> alloy_contract::Event<&P, EIP712DomainChanged, N> {
            self.event_filter::<EIP712DomainChanged>()
        }
        ///Creates a new event filter for the [`FeesWithdrawn`] event.
        pub fn FeesWithdrawn_filter(&self) -> alloy_contract::Event<&P, FeesWithdrawn, N> {
            self.event_filter::<FeesWithdrawn>()
        }
        ///Creates a new event filter for the [`ForcedEntryQueued`] event.
        pub fn ForcedEntryQueued_filter(&self) -> alloy_contract::Event<&P, ForcedEntryQueued, N> {
            self.event_filter::<ForcedEntryQueued>()
        }
    }
}
