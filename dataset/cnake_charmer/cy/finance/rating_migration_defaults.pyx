# cython: language_level=3
"""Rating migration powers with fixed-size C matrices and an explicit swap buffer.

The 8x8 transition matrix and the running power live in fixed C arrays; each year's
product is written into a scratch array and copied back with ``memcpy``, so the
repeated matrix multiplication allocates nothing.

Keywords: finance, credit risk, rating migration, markov chain, default probability, matrix power
"""

from libc.string cimport memcpy
from libc.math cimport pow, fabs

from cnake_charmer.benchmarks import cython_benchmark



@cython_benchmark(args=(1000, 23))
def rating_migration_defaults(int years, long seed):
    """Return (cumulative default probability per rating, expected performing years)."""
    cdef double m[8][8]
    cdef double pw[8][8]
    cdef double nxt[8][8]
    cdef double performing[8]
    cdef double total, noise, base, s
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, j, k, y
    for i in range(7):
        for j in range(8):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            noise = 0.5 + <double>state / 2147483648.0
            if j == 7:
                base = 0.0005 * pow(3.0, i)
            else:
                base = 0.9 if i == j else 0.05 / pow(1 + abs(i - j), 2)
            m[i][j] = base * noise
        total = 0.0
        for j in range(8):
            total += m[i][j]
        for j in range(8):
            m[i][j] = m[i][j] / total
    for j in range(8):
        m[7][j] = 0.0
    m[7][7] = 1.0
    for i in range(8):
        performing[i] = 0.0
        for j in range(8):
            pw[i][j] = 1.0 if i == j else 0.0
    for y in range(years):
        for i in range(7):
            performing[i] += 1.0 - pw[i][7]
        for i in range(8):
            for j in range(8):
                s = 0.0
                for k in range(8):
                    s += pw[i][k] * m[k][j]
                nxt[i][j] = s
        memcpy(pw, nxt, sizeof(pw))
    return [pw[i][7] for i in range(7)], [performing[i] for i in range(7)]
