# cython: language_level=3
"""Obstacle-avoiding lattice paths with C factorial tables and packed point keys.

Blocked points are packed into ``long long`` keys x * (H + 1) + y, sorted and
de-duplicated with libc ``qsort`` (which reproduces Python's tuple order); the
quadratic inclusion-exclusion uses an inline binomial on C factorial tables.

Keywords: combinatorics, lattice paths, binomial coefficients, inclusion-exclusion, obstacles
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark

cdef long long MOD = 1000000007


cdef int key_cmp(const void *a, const void *b) noexcept nogil:
    cdef long long x = (<const long long *>a)[0]
    cdef long long y = (<const long long *>b)[0]
    return (x > y) - (x < y)


cdef inline long long paths(const long long *fact, const long long *inv_fact,
                            long long x1, long long y1, long long x2, long long y2) noexcept nogil:
    cdef long long dx = x2 - x1, dy = y2 - y1
    if dx < 0 or dy < 0:
        return 0
    return fact[dx + dy] * inv_fact[dx] % MOD * inv_fact[dy] % MOD


cdef long long pow_mod(long long base, long long exp) noexcept nogil:
    cdef long long result = 1
    base %= MOD
    while exp > 0:
        if exp & 1:
            result = result * base % MOD
        base = base * base % MOD
        exp >>= 1
    return result


@cython_benchmark(args=(3000, 2500, 700, 61))
@cython.boundscheck(False)
@cython.wraparound(False)
def lattice_paths_avoiding_obstacles(long long width, long long height, int obstacles, long long seed):
    """Return (paths avoiding all blocked points, distinct blocked points, checksum of f values)."""
    cdef Py_ssize_t size = width + height + 1, i, j, count = 0, raw = 0
    cdef long long *fact = <long long *>malloc(size * sizeof(long long))
    cdef long long *inv_fact = <long long *>malloc(size * sizeof(long long))
    cdef long long *keys = <long long *>malloc((obstacles + 1) * sizeof(long long))
    cdef long long *px = <long long *>malloc((obstacles + 1) * sizeof(long long))
    cdef long long *py = <long long *>malloc((obstacles + 1) * sizeof(long long))
    cdef long long *through = <long long *>malloc((obstacles + 1) * sizeof(long long))
    cdef long long state = seed & 0x7FFFFFFF, x, y, value, answer, checksum = 0
    try:
        fact[0] = 1
        for i in range(1, size):
            fact[i] = fact[i - 1] * i % MOD
        inv_fact[size - 1] = pow_mod(fact[size - 1], MOD - 2)
        for i in range(size - 1, 0, -1):
            inv_fact[i - 1] = inv_fact[i] * i % MOD
        for i in range(obstacles):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            x = state % (width + 1)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            y = state % (height + 1)
            if (x == 0 and y == 0) or (x == width and y == height):
                continue
            keys[raw] = x * (height + 1) + y
            raw += 1
        with nogil:
            qsort(keys, raw, sizeof(long long), key_cmp)
            for i in range(raw):
                if i > 0 and keys[i] == keys[i - 1]:
                    continue
                px[count] = keys[i] // (height + 1)
                py[count] = keys[i] % (height + 1)
                count += 1
            for i in range(count):
                value = paths(fact, inv_fact, 0, 0, px[i], py[i])
                for j in range(i):
                    if px[j] <= px[i] and py[j] <= py[i]:
                        value = (value - through[j] * paths(fact, inv_fact, px[j], py[j], px[i], py[i])) % MOD
                if value < 0:
                    value += MOD
                through[i] = value
            answer = paths(fact, inv_fact, 0, 0, width, height)
            for i in range(count):
                answer = (answer - through[i] * paths(fact, inv_fact, px[i], py[i], width, height)) % MOD
                checksum = (checksum + (i + 1) * through[i]) % MOD
            if answer < 0:
                answer += MOD
    finally:
        free(fact); free(inv_fact); free(keys); free(px); free(py); free(through)
    return (answer, count, checksum)
