"""Bit-reversal permutation, the reordering step of an iterative FFT.

Index i is mapped to the integer whose `bits`-bit binary representation is i's read
backwards. The permutation is applied in place to a generated array by swapping each
pair once. Returns the number of swaps, the number of fixed points (palindromic
indices) and samples of the permuted array.

Keywords: bit reversal, FFT, permutation, in-place swap, binary palindromes
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(17, 3), cases=[(0, 1), (1, 2), (3, 3), (6, 4), (-1, 1)])
def bit_reversal_permutation(bits: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (swaps, fixed points, 8 samples) after bit-reversing 2**bits values; 0 <= bits <= 24."""
    if not 0 <= bits <= 24:
        raise ValueError("bits must be in 0..24")
    n = 1 << bits
    state = seed & 0x7FFFFFFF
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        data.append(state % 10007)
    swaps = fixed = 0
    for i in range(n):
        r = int(format(i, "0{}b".format(bits))[::-1], 2) if bits else 0
        if r == i:
            fixed += 1
        elif i < r:
            data[i], data[r] = data[r], data[i]
            swaps += 1
    step = max(1, n // 8)
    return swaps, fixed, data[::step]
