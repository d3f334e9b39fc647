# cython: language_level=3
"""Double-error-correcting binary BCH codes decoded with Peterson's formulas and a Chien search — packed uint64 words, C log tables.

Words of up to 63 bits live in a uint64_t; syndromes accumulate only over set bits
found with __builtin_ctzll, GF(2^m) products use C int log/antilog arrays, the
Chien search steps the two locator terms by multiplying with a^-1 and a^-2, and
systematic encoding reduces by the generator with shifts located by __builtin_clzll.

Keywords: coding theory, BCH code, Galois field, syndrome, Peterson decoder, Chien search, cyclic code
"""

import cython
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    int __builtin_ctzll(unsigned long long x) nogil
    int __builtin_clzll(unsigned long long x) nogil


cdef struct Field:
    int m
    int n
    int exp[128]
    int log[64]


cdef inline int gmul(Field *f, int a, int b) noexcept nogil:
    if a == 0 or b == 0:
        return 0
    return f.exp[f.log[a] + f.log[b]]


cdef inline uint64_t poly_mod(uint64_t value, uint64_t g, int degree) noexcept nogil:
    cdef int top
    while value >> degree:
        top = 63 - __builtin_clzll(value)
        value ^= g << (top - degree)
    return value


@cython_benchmark(args=(6, 6000, 3, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def bch_double_error_peterson_chien(int m, long words, int max_errors, long long seed):
    """Return ((n, k), clean, fixed, failed, miscorrected, checksum of decoded messages)."""
    cdef Field f
    cdef int prim = {4: 0b10011, 5: 0b100101, 6: 0b1000011}[m]
    cdef int n = (1 << m) - 1, i, j, x, c, root, degree, k, start
    cdef int poly[64]
    cdef int nxt[64]
    cdef char seen[64]
    f.m = m
    f.n = n
    x = 1
    for i in range(n):
        f.exp[i] = x
        f.exp[i + n] = x
        f.log[x] = i
        x <<= 1
        if x >> m:
            x ^= prim
    for i in range(n):
        seen[i] = 0
    for start in (1, 3):
        j = start
        while not seen[j]:
            seen[j] = 1
            j = 2 * j % n
    poly[0] = 1
    degree = 0
    for j in range(n):
        if not seen[j]:
            continue
        root = f.exp[j]
        nxt[0] = 0
        for i in range(degree + 1):
            nxt[i + 1] = poly[i]
        for i in range(degree + 1):
            nxt[i] ^= gmul(&f, poly[i], root)
        degree += 1
        for i in range(degree + 1):
            poly[i] = nxt[i]
    cdef uint64_t g = 0
    for i in range(degree + 1):
        if poly[i]:
            g |= (<uint64_t>1) << i
    k = n - degree
    cdef uint64_t kmask = ((<uint64_t>1) << k) - 1
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long clean = 0, fixed = 0, failed = 0, miscorrected = 0, w
    cdef long long checksum = 0
    cdef uint64_t message, codeword, word, rest
    cdef int s1, s3, s1c, sigma1, sigma2, t1, t2, e, n_err, roots, p0, p1, status
    cdef int ainv = f.exp[n - 1], ainv2 = f.exp[(2 * (n - 1)) % n]
    with nogil:
        for w in range(words):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            message = (state >> 4) & kmask
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            message ^= ((state >> 4) << 27) & kmask
            codeword = (message << degree) | poly_mod(message << degree, g, degree)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            word = codeword
            n_err = <int>((state >> 16) % <unsigned long long>(max_errors + 1))
            for e in range(n_err):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                word ^= (<uint64_t>1) << <int>((state >> 16) % <unsigned long long>n)
            s1 = 0
            s3 = 0
            rest = word
            while rest:
                i = __builtin_ctzll(rest)
                rest &= rest - 1
                s1 ^= f.exp[i]
                s3 ^= f.exp[3 * i % n]
            if s1 == 0:
                status = 0 if s3 == 0 else 2
            else:
                s1c = gmul(&f, s1, gmul(&f, s1, s1))
                if s3 == s1c:
                    word ^= (<uint64_t>1) << f.log[s1]
                    status = 1
                else:
                    sigma1 = s1
                    sigma2 = f.exp[(f.log[s3 ^ s1c] - f.log[s1] + n) % n]
                    # t1 = sigma1 * a^-i, t2 = sigma2 * a^-2i, stepped per position
                    t1 = sigma1
                    t2 = sigma2
                    roots = 0
                    p0 = p1 = -1
                    for i in range(n):
                        if (1 ^ t1 ^ t2) == 0:
                            if roots == 0:
                                p0 = i
                            elif roots == 1:
                                p1 = i
                            roots += 1
                        t1 = gmul(&f, t1, ainv)
                        t2 = gmul(&f, t2, ainv2)
                    if roots == 2:
                        word ^= ((<uint64_t>1) << p0) | ((<uint64_t>1) << p1)
                        status = 1
                    else:
                        status = 2
            if status == 0:
                clean += 1
            elif status == 1:
                fixed += 1
            else:
                failed += 1
            if status != 2 and word != codeword:
                miscorrected += 1
            checksum = (checksum * 1009 + <long long>((word >> degree) % 1000003)) % 1000000007
    return (n, k), clean, fixed, failed, miscorrected, checksum
