// SPDX-License-Identifier: MIT
pragma solidity ^0.8.30;

/// @notice The EIP-712 domain of batch headers: name "Baton", version "1", the L1 chain id and the inbox address.
/// @dev The inbox signs-checks through OpenZeppelin's EIP712 with these constants; the registry recomputes the
///      same domain for the inbox address so that proving a fault needs no call into the inbox.
library BatonEip712 {
    string internal constant NAME = "Baton";
    string internal constant VERSION = "1";
    bytes32 internal constant DOMAIN_TYPEHASH =
        keccak256("EIP712Domain(string name,string version,uint256 chainId,address verifyingContract)");

    function domainSeparator(uint256 chainId, address inbox) internal pure returns (bytes32) {
        return keccak256(abi.encode(DOMAIN_TYPEHASH, keccak256(bytes(NAME)), keccak256(bytes(VERSION)), chainId, inbox));
    }

    /// @notice The inbox of `registry`: the registry deploys it as its first contract, the CREATE address of
    ///         (registry, nonce 1). Contracts deployed before the registry derive the domain's inbox from it.
    function inboxOf(address registry) internal pure returns (address) {
        return address(uint160(uint256(keccak256(abi.encodePacked(bytes2(0xd694), registry, bytes1(0x01))))));
    }

    function digest(bytes32 domain, bytes32 structHash) internal pure returns (bytes32 result) {
        assembly ("memory-safe") {
            let ptr := mload(0x40)
            mstore(ptr, hex"1901")
            mstore(add(ptr, 0x02), domain)
            mstore(add(ptr, 0x22), structHash)
            result := keccak256(ptr, 0x42)
        }
    }
}
