# cython: language_level=3
"""Reed-Solomon codes over GF(256): systematic encoding, Berlekamp-Massey, Chien search and Forney — C log/antilog tables and uint8_t buffers.

GF(2^8) products go through module-level C int log/antilog arrays; every polynomial
(message, remainder, syndromes, locator, evaluator) is a fixed C buffer allocated once
with malloc and freed in finally, and the whole encode/decode loop for a block runs in
nogil cdef functions.

Keywords: coding theory, Reed-Solomon, Galois field, Berlekamp-Massey, Forney algorithm, Chien search, burst errors
"""

import cython
from libc.stdint cimport uint8_t
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset, memcpy, memcmp

from cnake_charmer.benchmarks import cython_benchmark


cdef int GEXP[512]
cdef int GLOG[256]
cdef int _i, _x = 1
GLOG[0] = 0
for _i in range(255):
    GEXP[_i] = _x
    GLOG[_x] = _i
    _x <<= 1
    if _x & 0x100:
        _x ^= 0x11D
for _i in range(255, 512):
    GEXP[_i] = GEXP[_i - 255]


cdef inline int gmul(int a, int b) noexcept nogil:
    if a == 0 or b == 0:
        return 0
    return GEXP[GLOG[a] + GLOG[b]]


cdef inline int gdiv(int a, int b) noexcept nogil:
    if a == 0:
        return 0
    return GEXP[(GLOG[a] - GLOG[b] + 255) % 255]


cdef inline int peval(const int *poly, int length, int x) noexcept nogil:
    cdef int r = 0, i = length - 1
    while i >= 0:
        r = gmul(r, x) ^ poly[i]
        i -= 1
    return r


cdef inline int peval8(const uint8_t *poly, int length, int x) noexcept nogil:
    cdef int r = 0, i = length - 1
    while i >= 0:
        r = gmul(r, x) ^ poly[i]
        i -= 1
    return r


cdef int syndromes(const uint8_t *word, int n, int nsym, int *synd) noexcept nogil:
    cdef int i, nonzero = 0
    for i in range(nsym):
        synd[i] = peval8(word, n, GEXP[i])
        if synd[i]:
            nonzero = 1
    return nonzero


cdef int berlekamp_massey(const int *synd, int nsym, int *loc, int *prev, int *upd, int size) noexcept nogil:
    cdef int length = 0, shift = 1, last = 1, step, i, delta, coef
    memset(loc, 0, size * sizeof(int))
    memset(prev, 0, size * sizeof(int))
    loc[0] = 1
    prev[0] = 1
    for step in range(nsym):
        delta = synd[step]
        for i in range(1, length + 1):
            delta ^= gmul(loc[i], synd[step - i])
        if delta == 0:
            shift += 1
            continue
        coef = gdiv(delta, last)
        memcpy(upd, loc, size * sizeof(int))
        for i in range(size - shift):
            if prev[i]:
                upd[i + shift] ^= gmul(coef, prev[i])
        if 2 * length <= step:
            memcpy(prev, loc, size * sizeof(int))
            length = step + 1 - length
            last = delta
            shift = 1
        else:
            shift += 1
        memcpy(loc, upd, size * sizeof(int))
    return length


@cython_benchmark(args=(60, 255, 32, 20, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def reed_solomon_gf256_berlekamp_massey(int blocks, int n, int nsym, int max_errors, long long seed):
    """Return (clean, corrected, failed, miscorrected, symbols fixed, checksum of decoded data)."""
    cdef int size = 2 * nsym + 4
    cdef int *gen = <int *>calloc(nsym + 2, sizeof(int))
    cdef int *gnext = <int *>calloc(nsym + 2, sizeof(int))
    cdef uint8_t *code = <uint8_t *>malloc(n + 1)
    cdef uint8_t *recv = <uint8_t *>malloc(n + 1)
    cdef uint8_t *fix = <uint8_t *>malloc(n + 1)
    cdef int *rem = <int *>malloc((n + 1) * sizeof(int))
    cdef int *synd = <int *>calloc(nsym + 1, sizeof(int))
    cdef int *loc = <int *>malloc(size * sizeof(int))
    cdef int *prev = <int *>malloc(size * sizeof(int))
    cdef int *upd = <int *>malloc(size * sizeof(int))
    cdef int *omega = <int *>malloc(size * sizeof(int))
    cdef int *deriv = <int *>malloc(size * sizeof(int))
    cdef int *pos = <int *>malloc((n + 1) * sizeof(int))
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long clean = 0, corrected = 0, failed = 0, miscorrected = 0, symbols_fixed = 0
    cdef long long checksum = 0
    cdef int glen = 1, i, j, b, e, n_err, coef, length, nroots, xinv, val, ok, k = n - nsym
    try:
        gen[0] = 1
        for i in range(nsym):
            gnext[0] = 0
            for j in range(glen):
                gnext[j + 1] = gen[j]
            for j in range(glen):
                gnext[j] ^= gmul(gen[j], GEXP[i])
            glen += 1
            memcpy(gen, gnext, glen * sizeof(int))
        with nogil:
            for b in range(blocks):
                for i in range(k):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    code[nsym + i] = <uint8_t>((state >> 16) & 0xFF)
                for i in range(nsym):
                    rem[i] = 0
                for i in range(nsym, n):
                    rem[i] = code[i]
                i = n - 1
                while i >= nsym:
                    coef = rem[i]
                    if coef:
                        for j in range(glen):
                            rem[i - nsym + j] ^= gmul(gen[j], coef)
                    i -= 1
                for i in range(nsym):
                    code[i] = <uint8_t>rem[i]
                memcpy(recv, code, n)
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                n_err = <int>((state >> 16) % <unsigned long long>(max_errors + 1))
                for e in range(n_err):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    j = <int>((state >> 16) % <unsigned long long>n)
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    recv[j] ^= <uint8_t>(1 + (state >> 16) % 255)
                ok = 1
                nroots = 0
                if syndromes(recv, n, nsym, synd):
                    length = berlekamp_massey(synd, nsym, loc, prev, upd, size)
                    for j in range(n):
                        if peval(loc, length + 1, GEXP[(255 - j) % 255]) == 0:
                            pos[nroots] = j
                            nroots += 1
                    if nroots != length:
                        ok = 0
                    else:
                        for i in range(nsym):
                            omega[i] = 0
                        for i in range(nsym):
                            for j in range(length + 1):
                                if i + j < nsym:
                                    omega[i + j] ^= gmul(synd[i], loc[j])
                        for i in range(1, length + 1):
                            deriv[i - 1] = loc[i] if i % 2 == 1 else 0
                        memcpy(fix, recv, n)
                        for i in range(nroots):
                            j = pos[i]
                            xinv = GEXP[(255 - j) % 255]
                            val = gmul(GEXP[j], gdiv(peval(omega, nsym, xinv), peval(deriv, length, xinv)))
                            fix[j] ^= <uint8_t>val
                        if syndromes(fix, n, nsym, synd):
                            ok = 0
                        else:
                            memcpy(recv, fix, n)
                if not ok:
                    failed += 1
                    nroots = 0
                elif nroots == 0:
                    clean += 1
                elif memcmp(recv, code, n) == 0:
                    corrected += 1
                else:
                    miscorrected += 1
                symbols_fixed += nroots
                for i in range(nsym, n):
                    checksum = (checksum * 257 + recv[i]) % 1000000007
    finally:
        free(gen); free(gnext); free(code); free(recv); free(fix); free(rem); free(synd)
        free(loc); free(prev); free(upd); free(omega); free(deriv); free(pos)
    return clean, corrected, failed, miscorrected, symbols_fixed, checksum
