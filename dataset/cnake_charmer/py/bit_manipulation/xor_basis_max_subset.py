"""Linear basis over GF(2): rank, maximum subset XOR and representability tests.

Numbers are inserted into an XOR basis indexed by leading bit (Gaussian elimination
over GF(2)); a number that reduces to zero is linearly dependent. The basis yields
the maximum XOR of any subset greedily, and query numbers are tested for being a
subset XOR. Returns the rank, the maximum, the number of representable queries and
the basis leading bits.

Keywords: XOR basis, GF(2), Gaussian elimination, linear algebra, maximum XOR
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(25000, 25000, 3), cases=[(0, 5, 1), (1, 1, 2), (5, 10, 3), (100, 0, 4)])
def xor_basis_max_subset(n: int, queries: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (rank, max subset XOR, representable queries, leading bits of the basis)."""
    basis = [0] * 40
    state = seed & 0x7FFFFFFF
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        x = (state >> 24) & ((1 << 40) - 1)
        x &= ~(1 << ((state >> 8) % 40)) & ~(1 << ((state >> 14) % 40))
        for bit in range(39, -1, -1):
            if not (x >> bit) & 1:
                continue
            if basis[bit] == 0:
                basis[bit] = x
                break
            x ^= basis[bit]
    best = 0
    for bit in range(39, -1, -1):
        if basis[bit] and (best ^ basis[bit]) > best:
            best ^= basis[bit]
    representable = 0
    for _ in range(queries):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        x = (state >> 24) & ((1 << 40) - 1)
        for bit in range(39, -1, -1):
            if (x >> bit) & 1 and basis[bit]:
                x ^= basis[bit]
        representable += x == 0
    leading = [bit for bit in range(40) if basis[bit]]
    return len(leading), best, representable, leading
