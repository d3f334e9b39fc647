# cython: language_level=3
"""Balanced ternary with signed digits in a small C array.

Digits are produced as signed chars (-1, 0, +1) into a fixed C buffer; C remainders
are corrected into 0..2, and once the digit is removed the division by 3 is exact, so
C truncating division matches Python's floor division. The round trip, the
negation check (which just flips signs of the same digit array) and the checksum
work on that array, and strings are only built for the five sampled encodings.

Keywords: balanced ternary, number bases, signed digits, conversion, classic exercise
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline int encode(long long n, signed char *out) noexcept nogil:
    # Writes least significant digit first; returns the digit count.
    cdef int count = 0
    cdef long long r
    if n == 0:
        out[0] = 0
        return 1
    while n != 0:
        r = n % 3
        if r < 0:
            r += 3
        if r == 0:
            out[count] = 0
        elif r == 1:
            out[count] = 1
            n -= 1
        else:
            out[count] = -1
            n += 1
        n = n // 3
        count += 1
    return count


cdef str as_text(const signed char *d, int count):
    cdef bytearray buf = bytearray(count)
    cdef int i
    for i in range(count):
        buf[i] = 43 if d[count - 1 - i] == 1 else (45 if d[count - 1 - i] == -1 else 48)
    return buf.decode("ascii")


@cython_benchmark(args=(20000, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def balanced_ternary_conversion(long n, long long seed):
    """Return (total digits, round-trip failures, negation failures, signed digit checksum, first 5 encodings)."""
    cdef signed char d[48]
    cdef signed char e[48]
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long i
    cdef int count, count_neg, k
    cdef long long value, back
    cdef long digits = 0, round_fail = 0, neg_fail = 0
    cdef long long checksum = 0
    cdef bint same
    cdef list first = []
    for i in range(n):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        if i % 7:
            value = <long long>(state >> (i % 16)) - (1 << 14)
        else:
            value = i - 3
        count = encode(value, d)
        digits += count
        back = 0
        for k in range(count - 1, -1, -1):
            back = back * 3 + d[k]
        if back != value:
            round_fail += 1
        count_neg = encode(-value, e)
        same = count_neg == count
        if same:
            for k in range(count):
                if e[k] != -d[k]:
                    same = False
                    break
        if not same:
            neg_fail += 1
        for k in range(count - 1, -1, -1):
            checksum = (checksum * 3 + d[k] + 1) % 1000000007
        if i < 5:
            first.append(as_text(d, count))
    return digits, round_fail, neg_fail, checksum, first
