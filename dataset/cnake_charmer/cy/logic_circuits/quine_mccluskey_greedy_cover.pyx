# distutils: language = c++
# cython: language_level=3
"""Quine-McCluskey prime implicants with essential-prime selection and a greedy cover.

Instead of comparing groups pairwise, every cube (value, mask) is a key
mask << n | value into one flag byte array, so each cube looks up its possible
one-bit partners directly (O(n) per cube). Levels are ``std::vector`` key lists, the
primes are ordered with ``std::sort``, and each prime's on-set minterms are kept in
CSR arrays so the greedy cover only counts flags.

Keywords: logic circuits, Quine-McCluskey, prime implicants, two-level minimisation, set cover, essential primes, Boolean function
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    PRESENT = 1
    USED = 2


@cython_benchmark(args=(11, 700, 250, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def quine_mccluskey_greedy_cover(int nvars, int n_on, int n_dc, long long seed):
    """Return (primes, essential primes, cover size, literals, cover checksum, first cubes)."""
    if not 0 <= nvars <= 12:
        raise ValueError("nvars must be in 0..12")
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int size = 1 << nvars, i, j, tmp, b, bit, m, p, best, bestc, c, sub, mask, value
    cdef long long key, nkey
    cdef long long full = <long long>(size - 1)
    n_on = min(n_on, size)
    n_dc = min(n_dc, size - n_on)
    cdef int *universe = <int *>malloc(size * sizeof(int))
    cdef char *on = <char *>calloc(size, 1)
    cdef char *care = <char *>calloc(size, 1)
    cdef char *uncovered = <char *>calloc(size, 1)
    cdef int *holders = <int *>calloc(size, sizeof(int))
    cdef int *holder = <int *>calloc(size, sizeof(int))
    cdef unsigned char *flags = <unsigned char *>calloc(<size_t>size * size, 1)
    cdef vector[long long] current, merged, primes
    cdef vector[int] cstart, cmin, cover
    cdef char *chosen = NULL
    cdef int n_unc = 0, essential
    cdef long long literals = 0, checksum = 0
    try:
        for i in range(size):
            universe[i] = i
        for i in range(size - 1, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = <int>((state >> 16) % (i + 1))
            tmp = universe[i]; universe[i] = universe[j]; universe[j] = tmp
        for i in range(n_on):
            on[universe[i]] = 1
            care[universe[i]] = 1
        for i in range(n_on, n_on + n_dc):
            care[universe[i]] = 1
        for m in range(size):
            if care[m]:
                current.push_back(m)
                flags[m] = PRESENT
        while current.size() > 0:
            merged.clear()
            for i in range(<int>current.size()):
                key = current[i]
                mask = <int>(key >> nvars)
                value = <int>(key & full)
                for b in range(nvars):
                    bit = 1 << b
                    if (mask | value) & bit:
                        continue
                    nkey = (<long long>mask << nvars) | (value | bit)
                    if flags[nkey] & PRESENT:
                        flags[key] |= USED
                        flags[nkey] |= USED
                        nkey = (<long long>(mask | bit) << nvars) | value
                        if not flags[nkey] & PRESENT:
                            flags[nkey] = PRESENT
                            merged.push_back(nkey)
            for i in range(<int>current.size()):
                key = current[i]
                if not flags[key] & USED:
                    primes.push_back(((key & full) << nvars) | (key >> nvars))
            current.swap(merged)
        sort(primes.begin(), primes.end())
        cstart.push_back(0)
        for p in range(<int>primes.size()):
            value = <int>(primes[p] >> nvars)
            mask = <int>(primes[p] & full)
            sub = mask
            while True:
                m = value | sub
                if on[m]:
                    cmin.push_back(m)
                    holders[m] += 1
                    holder[m] = p
                if sub == 0:
                    break
                sub = (sub - 1) & mask
            cstart.push_back(<int>cmin.size())
        chosen = <char *>calloc(primes.size() + 1, 1)
        for m in range(size):
            if on[m]:
                uncovered[m] = 1
                n_unc += 1
        for m in range(size):
            if on[m] and holders[m] == 1 and not chosen[holder[m]]:
                chosen[holder[m]] = 1
                cover.push_back(holder[m])
        essential = <int>cover.size()
        for i in range(essential):
            p = cover[i]
            for c in range(cstart[p], cstart[p + 1]):
                if uncovered[cmin[c]]:
                    uncovered[cmin[c]] = 0
                    n_unc -= 1
        while n_unc > 0:
            best = -1
            bestc = -1
            for p in range(<int>primes.size()):
                tmp = 0
                for c in range(cstart[p], cstart[p + 1]):
                    tmp += uncovered[cmin[c]]
                if tmp > bestc:
                    bestc = tmp
                    best = p
            cover.push_back(best)
            for c in range(cstart[best], cstart[best + 1]):
                if uncovered[cmin[c]]:
                    uncovered[cmin[c]] = 0
                    n_unc -= 1
        texts = []
        for i in range(<int>cover.size()):
            value = <int>(primes[cover[i]] >> nvars)
            mask = <int>(primes[cover[i]] & full)
            literals += nvars - bin(mask).count("1")
            checksum = (checksum * 4099 + ((<long long>value << nvars) | mask)) % 1000000007
            if i < 4:
                texts.append("".join(["-" if (mask >> b) & 1 else str((value >> b) & 1) for b in range(nvars - 1, -1, -1)]))
    finally:
        free(universe); free(on); free(care); free(uncovered); free(holders); free(holder); free(flags); free(chosen)
    return (<int>primes.size(), essential, <int>cover.size(), literals, checksum, texts)
