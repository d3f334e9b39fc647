"""CRC-32C (Castagnoli) checksums with a 256-entry lookup table.

Builds the reflected CRC table for polynomial 0x82F63B78 and checksums many
generated messages byte by byte (CRC-32C is the variant used by iSCSI, ext4 and
SSE4.2; the standard library only ships plain CRC-32). Also verifies the check value
of b"123456789" (0xE3069283). Returns the check result, the CRCs of the first
messages and an XOR of all CRCs.

Keywords: CRC-32C, Castagnoli, checksum, lookup table, reflected polynomial
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _table() -> List[int]:
    table = []
    for byte in range(256):
        crc = byte
        for _ in range(8):
            crc = (crc >> 1) ^ 0x82F63B78 if crc & 1 else crc >> 1
        table.append(crc)
    return table


def _crc32c(data: bytes, table: List[int]) -> int:
    crc = 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


@python_benchmark(args=(500, 1000, 8), cases=[(0, 10, 1), (3, 0, 2), (5, 1, 3), (20, 37, 4)])
def crc32c_castagnoli_table(messages: int, length: int, seed: int) -> Tuple[bool, List[int], int]:
    """Return (check value ok, CRCs of the first 4 messages, XOR of all CRCs)."""
    table = _table()
    check_ok = _crc32c(b"123456789", table) == 0xE3069283
    state = seed & 0x7FFFFFFF
    crcs = []
    folded = 0
    for _ in range(messages):
        buf = bytearray()
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            buf.append((state >> 16) & 0xFF)
        c = _crc32c(bytes(buf), table)
        folded ^= c
        if len(crcs) < 4:
            crcs.append(c)
    return check_ok, crcs, folded
