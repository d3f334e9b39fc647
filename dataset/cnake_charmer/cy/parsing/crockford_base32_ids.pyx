# cython: language_level=3
"""Crockford base32 parsing in pure-Python-mode Cython with a byte lookup table.

Normalisation and decoding are ``@cython.cfunc`` helpers typed with ``cython.locals``:
a 256-entry ``signed char`` table maps every accepted byte (either case, look-alikes,
check symbols) to its value or -1, hyphens are skipped in the same pass, and the value
accumulates in a ``uint64_t`` with an explicit overflow test in place of Python's
unbounded integers.

Keywords: base32, crockford, check digit, pure python mode, lookup table, parsing
"""

import cython
from libc.stdint cimport uint64_t
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *ALPHABET = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ"
cdef const char *CHECK = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ*~$=U"
cdef signed char VALUE[256]
memset(VALUE, -1, 256)
for _i in range(37):
    VALUE[CHECK[_i]] = _i
    if 65 <= CHECK[_i] <= 90:
        VALUE[CHECK[_i] + 32] = _i
for _c, _v in ((b'I', 1), (b'i', 1), (b'L', 1), (b'l', 1), (b'O', 0), (b'o', 0)):
    VALUE[ord(_c)] = _v
cdef signed char POS[128]
memset(POS, -1, 128)
for _i in range(32):
    POS[ALPHABET[_i]] = _i


@cython.cfunc
@cython.exceptval(check=False)
@cython.locals(i=cython.int, k=cython.int, v=cython.int, number=uint64_t, limit=uint64_t)
def _decode(typed: cython.p_const_char, n: cython.int, out: cython.pointer(uint64_t)) -> cython.bint:
    vals: cython.int[32]
    k = 0
    for i in range(n):
        if typed[i] == b'-':
            continue
        v = VALUE[<unsigned char> typed[i]]
        if v < 0:
            return False
        vals[k] = v
        k += 1
    if k == 0:
        return False
    number = 0
    limit = 0xFFFFFFFFFFFFFFFFULL // 32
    for i in range(k - 1):
        if number > limit or (number == limit and <uint64_t> vals[i] > 0xFFFFFFFFFFFFFFFFULL % 32):
            return False
        number = number * 32 + vals[i]
    if vals[k - 1] != <int> (number % 37):
        return False
    out[0] = number
    return True


@cython_benchmark(args=(6000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def crockford_base32_ids(int n, int seed):
    """Return (valid ids, rejected ids, xor of decoded values, first 4 typed forms)."""
    text = cython.declare(cython.char[32])
    typed = cython.declare(cython.char[48])
    state = cython.declare(cython.ulonglong, seed)
    cdef unsigned long long hi
    cdef uint64_t value, number, acc = 0
    cdef int w, i, m, t, k, valid = 0, rejected = 0, p
    cdef char ch, up
    cdef list first = []
    for w in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        hi = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value = ((hi << 31) | state) >> ((state >> 3) % 40)
        m = 0
        number = value
        while True:
            text[m] = ALPHABET[number % 32]
            m += 1
            number //= 32
            if number == 0:
                break
        for i in range(m // 2):
            ch = text[i]
            text[i] = text[m - 1 - i]
            text[m - 1 - i] = ch
        text[m] = CHECK[value % 37]
        m += 1
        t = 0
        for i in range(m):
            ch = text[i]
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if ch == b'1' and state % 3 == 0:
                ch = b'l'
            elif ch == b'0' and state % 3 == 0:
                ch = b'o'
            elif state % 2 and b'A' <= ch <= b'Z':
                ch = ch + 32
            if i and i % 4 == 0:
                typed[t] = b'-'
                t += 1
            typed[t] = ch
            t += 1
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 10 == 0:
            k = (state >> 8) % t
            if typed[k] != b'-':
                up = typed[k] - 32 if b'a' <= typed[k] <= b'z' else typed[k]
                p = POS[up] if up >= 0 else -1
                typed[k] = ALPHABET[(p + 1) % 32] if p >= 0 else b'7'
        if len(first) < 4:
            first.append(typed[:t].decode("ascii"))
        if _decode(typed, t, &number):
            valid += 1
            acc ^= number
        else:
            rejected += 1
    return (valid, rejected, acc, first)
