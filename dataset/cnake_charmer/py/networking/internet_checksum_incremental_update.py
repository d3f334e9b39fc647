"""Internet checksums (RFC 1071) kept current by incremental updates (RFC 1624).

Generated packets of 20 to 1500 bytes get the 16-bit one's-complement checksum of
their big-endian words (an odd last byte is padded with zero) stored at bytes 10-11,
as in an IPv4 header. A router then rewrites random 16-bit words of each packet (TTL,
addresses, NAT ports) and patches the stored checksum with HC' = ~(~HC + ~m + m')
instead of summing the packet again. Every packet is verified at the end (its full sum
must be 0xFFFF) and its incrementally kept checksum is compared with a recomputation.

Keywords: networking, internet checksum, rfc 1071, rfc 1624, ones complement, incremental update, ipv4
"""

import struct
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

CHECKSUM_AT = 10


def ones_complement_sum(data: bytes) -> int:
    """16-bit one's-complement sum of big-endian words, odd tail padded with zero."""
    if len(data) % 2:
        data = bytes(data) + b"\x00"
    total = sum(struct.unpack(f"!{len(data) // 2}H", data))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return total


def fold(value: int) -> int:
    while value >> 16:
        value = (value & 0xFFFF) + (value >> 16)
    return value


@python_benchmark(args=(1200, 60, 7), cases=[(0, 5, 1), (1, 0, 2), (3, 1, 3), (40, 12, 4)])
def internet_checksum_incremental_update(packets: int, rewrites: int, seed: int) -> Tuple[int, int, int, int, int, List[int]]:
    """Return (verified, agreeing, total bytes, xor of checksums, sum of checksums, first checksums)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    verified = agreeing = total_bytes = xor_all = sum_all = 0
    first: List[int] = []
    for _ in range(packets):
        length = 20 + draw(1481)
        words = [draw(1 << 31) for _ in range((length + 3) // 4)]
        packet = bytearray(struct.pack(f"!{len(words)}I", *words)[:length])
        packet[CHECKSUM_AT:CHECKSUM_AT + 2] = b"\x00\x00"
        checksum = ~ones_complement_sum(packet) & 0xFFFF
        packet[CHECKSUM_AT:CHECKSUM_AT + 2] = checksum.to_bytes(2, "big")

        for _ in range(rewrites):
            offset = 2 * draw(length // 2)
            if offset == CHECKSUM_AT:
                continue
            old = int.from_bytes(packet[offset:offset + 2], "big")
            new = draw(65536)
            checksum = ~fold((~checksum & 0xFFFF) + (~old & 0xFFFF) + new) & 0xFFFF
            packet[offset:offset + 2] = new.to_bytes(2, "big")
            packet[CHECKSUM_AT:CHECKSUM_AT + 2] = checksum.to_bytes(2, "big")

        if ones_complement_sum(packet) == 0xFFFF:
            verified += 1
        scratch = bytearray(packet)
        scratch[CHECKSUM_AT:CHECKSUM_AT + 2] = b"\x00\x00"
        if ~ones_complement_sum(scratch) & 0xFFFF == checksum:
            agreeing += 1
        total_bytes += length
        xor_all ^= checksum
        sum_all += checksum
        if len(first) < 6:
            first.append(checksum)
    return (verified, agreeing, total_bytes, xor_all, sum_all, first)
