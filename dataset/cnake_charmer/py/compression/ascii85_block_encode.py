"""Ascii85 encoding and decoding with ``base64.a85encode``.

Binary data with stretches of zero bytes is encoded as Ascii85 (four bytes become five
printable characters in base 85, an all-zero group becomes ``z``) as used in
PostScript and PDF, then decoded again to verify the round trip.

Keywords: ascii85, base85, binary to text, encoding, pdf, compression
"""

import base64
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 2), cases=[(0, 1), (1, 2), (7, 3), (4001, 4)])
def ascii85_block_encode(n: int, seed: int) -> Tuple[int, int, str, bool]:
    """Return (encoded length, number of 'z' groups, first 30 characters, round trip ok)."""
    state = seed
    data = bytearray()
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(0 if (i // 64) % 3 == 0 else (state >> 11) & 0xFF)
    data = bytes(data)
    encoded = base64.a85encode(data)
    back = base64.a85decode(encoded)
    return (len(encoded), encoded.count(b"z"), encoded[:30].decode("ascii"), back == data)
