"""Block DCT-II transform coding: keep the largest coefficients and reconstruct.

A signal is split into blocks of B samples; each block is transformed with the
orthonormal DCT-II, only the `keep` largest-magnitude coefficients are retained, and
the block is rebuilt with the DCT-III (inverse). Returns the fraction of energy kept,
the reconstruction SNR in dB and the first block's retained coefficient indices.

Keywords: dct, discrete cosine transform, transform coding, energy compaction, compression
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(500, 32, 8), cases=[(0, 8, 2), (1, 1, 1), (2, 4, 0), (3, 8, 3)])
def dct_ii_block_compression(blocks: int, size: int, keep: int) -> Tuple[float, float, List[int]]:
    """DCT-code `blocks` blocks of `size` samples keeping `keep` coefficients each."""
    if blocks <= 0 or size <= 0:
        return 0.0, 0.0, []
    basis = [[math.cos(math.pi * (2 * t + 1) * k / (2 * size)) * math.sqrt((1 if k == 0 else 2) / size)
              for t in range(size)] for k in range(size)]
    state = 8086
    kept_energy = total_energy = 0.0
    signal_power = error_power = 0.0
    first: List[int] = []
    for b in range(blocks):
        block = []
        for t in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            i = b * size + t
            block.append(math.sin(0.05 * i) + 0.5 * math.sin(0.31 * i) + 0.05 * (state / 0x7FFFFFFF - 0.5))
        coeffs = [sum(basis[k][t] * block[t] for t in range(size)) for k in range(size)]
        order = sorted(range(size), key=lambda k: (-abs(coeffs[k]), k))[:keep]
        total_energy += sum(c * c for c in coeffs)
        kept_energy += sum(coeffs[k] ** 2 for k in order)
        if b == 0:
            first = sorted(order)
        kept = set(order)
        rebuilt = [sum(basis[k][t] * coeffs[k] for k in range(size) if k in kept) for t in range(size)]
        signal_power += sum(v * v for v in block)
        error_power += sum((v - r) ** 2 for v, r in zip(block, rebuilt))
    snr = 10.0 * math.log10(signal_power / error_power) if error_power > 0 else float("inf")
    return kept_energy / total_energy, snr, first
