"""LZW compression of a repetitive byte string with a 12-bit dictionary.

The dictionary starts with all single bytes and learns a new phrase (longest known
phrase plus the next byte) after every emitted code until 4096 entries exist, as in
the classic ``compress``/GIF coder. The code stream is summarised.

Keywords: lzw, dictionary coder, phrases, variable length, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 4), cases=[(0, 1), (1, 2), (30, 3), (5000, 4)])
def lzw_compress_codes(n: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (codes emitted, dictionary size, checksum of codes, first 12 codes)."""
    state = seed
    data = bytearray()
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        # a Markov-ish source: mostly small steps through a 12-letter alphabet
        data.append(97 + ((data[-1] - 97 if data else 0) + (state >> 9) % 3) % 12)
    dictionary = {bytes([i]): i for i in range(256)}
    codes = []
    w = b""
    for c in data:
        wc = w + bytes([c])
        if wc in dictionary:
            w = wc
        else:
            codes.append(dictionary[w])
            if len(dictionary) < 4096:
                dictionary[wc] = len(dictionary)
            w = bytes([c])
    if w:
        codes.append(dictionary[w])
    checksum = 0
    for code in codes:
        checksum = (checksum * 4099 + code) % 2147483647
    return (len(codes), len(dictionary), checksum, codes[:12])
