"""PackBits (TIFF/MacPaint) encoding of a byte stream with short runs.

Repeated bytes (2..128) become a header ``257 - run`` plus the byte; other bytes are
grouped into literal packets of up to 128 with header ``count - 1``. The packets are
decoded again to verify the round trip.

Keywords: packbits, tiff, run length, literal packets, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400000, 6), cases=[(0, 1), (1, 2), (3, 3), (5000, 4)])
def packbits_run_encode(n: int, seed: int) -> Tuple[int, int, int, List[int], bool]:
    """Return (encoded length, run packets, literal packets, first 12 bytes, round trip ok)."""
    state = seed
    data = bytearray()
    while len(data) < n:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 3 == 0:
            data += bytes([(state >> 8) & 0xFF]) * (2 + (state >> 16) % 150)
        else:
            data += bytes(((state >> (k + 4)) & 0xFF) for k in range(1 + (state >> 20) % 9))
    data = bytes(data[:n])
    out = bytearray()
    runs = literals = 0
    i = 0
    while i < n:
        r = 1
        while i + r < n and r < 128 and data[i + r] == data[i]:
            r += 1
        if r >= 2:
            out += bytes((257 - r, data[i]))
            runs += 1
            i += r
            continue
        j = i
        while j < n and j - i < 128 and not (j + 1 < n and data[j] == data[j + 1]):
            j += 1
        out.append(j - i - 1)
        out += data[i:j]
        literals += 1
        i = j
    back = bytearray()
    k = 0
    while k < len(out):
        h = out[k]
        if h < 128:
            back += out[k + 1:k + 2 + h]
            k += 2 + h
        else:
            back += bytes([out[k + 1]]) * (257 - h)
            k += 2
    return (len(out), runs, literals, list(out[:12]), bytes(back) == data)
