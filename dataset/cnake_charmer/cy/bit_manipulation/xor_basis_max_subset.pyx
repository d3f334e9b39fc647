# cython: language_level=3
"""GF(2) linear basis on uint64_t with leading-bit jumps.

The basis is a C array of 40 uint64_t. Instead of testing all 40 bit positions per
insertion, reduction jumps straight to the current leading bit with the GCC
count-leading-zeros builtin; the 64-bit PCG-style LCG wraps naturally in uint64_t.

Keywords: XOR basis, GF(2), Gaussian elimination, linear algebra, maximum XOR
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_clzll(unsigned long long x) nogil


cdef inline int top_bit(uint64_t x) noexcept nogil:
    return 63 - __builtin_clzll(x)


@cython_benchmark(args=(25000, 25000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def xor_basis_max_subset(long n, long queries, long long seed):
    """Return (rank, max subset XOR, representable queries, leading bits of the basis)."""
    cdef uint64_t basis[40]
    cdef uint64_t state = <uint64_t>(seed & 0x7FFFFFFF)
    cdef uint64_t mask40 = ((<uint64_t>1) << 40) - 1
    cdef uint64_t x, best = 0
    cdef long i, representable = 0
    cdef int bit
    for bit in range(40):
        basis[bit] = 0
    with nogil:
        for i in range(n):
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            x = (state >> 24) & mask40
            x &= ~((<uint64_t>1) << ((state >> 8) % 40)) & ~((<uint64_t>1) << ((state >> 14) % 40))
            while x:
                bit = top_bit(x)
                if basis[bit] == 0:
                    basis[bit] = x
                    break
                x ^= basis[bit]
        for bit in range(39, -1, -1):
            if basis[bit] and (best ^ basis[bit]) > best:
                best ^= basis[bit]
        for i in range(queries):
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            x = (state >> 24) & mask40
            for bit in range(39, -1, -1):
                if (x >> bit) & 1 and basis[bit]:
                    x ^= basis[bit]
            if x == 0:
                representable += 1
    leading = [bit for bit in range(40) if basis[bit]]
    return len(leading), best, representable, leading
