# cython: language_level=3
"""Grid gcd statistics with an inline binary (Stein) gcd on unsigned ints.

The gcd uses GCC's count-trailing-zeros builtin to strip powers of two, replacing
divisions with shifts and subtractions; the double loop over the grid is a nogil C
loop filling a small C histogram.

Keywords: number theory, gcd, coprimality, visible lattice points, euclid algorithm
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctz(unsigned int x) nogil


cdef inline unsigned int binary_gcd(unsigned int a, unsigned int b) noexcept nogil:
    cdef int shift
    cdef unsigned int t
    if a == 0:
        return b
    if b == 0:
        return a
    shift = __builtin_ctz(a | b)
    a >>= __builtin_ctz(a)
    while b:
        b >>= __builtin_ctz(b)
        if a > b:
            t = a; a = b; b = t
        b -= a
    return a << shift


@cython_benchmark(args=(1000,))
def coprime_lattice_visible(int n):
    """Return (visible points, counts of gcd = 1..6, largest gcd with a < b)."""
    cdef long long hist[7]
    cdef unsigned int a, b, g, largest = 0
    cdef int i
    for i in range(7):
        hist[i] = 0
    with nogil:
        for a in range(1, n + 1):
            for b in range(1, n + 1):
                g = binary_gcd(a, b)
                if g <= 6:
                    hist[g] += 1
                if a < b and g > largest:
                    largest = g
    return (hist[1], [hist[i] for i in range(1, 7)], largest)
