# cython: language_level=3
"""Luhn validation of a number block in parallel with prange.

Every number is independent, so the block is split across threads with prange and
integer reductions (valid count, caught typos); the check-digit histogram is built
per digit value with ten separate integer reductions. Digits are peeled with C
division on unsigned 64-bit integers, and a typo is simulated arithmetically by
adding one to a digit (with wrap) instead of rebuilding strings.

Keywords: Luhn algorithm, check digit, mod 10, validation, classic exercise
"""

import cython
from cython.parallel cimport prange
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


@cython.cdivision(True)
cdef inline int luhn_sum(uint64_t number, bint double_first) noexcept nogil:
    cdef int total = 0, d
    cdef bint dbl = double_first
    while number:
        d = <int>(number % 10)
        number //= 10
        if dbl:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        dbl = not dbl
    return total


@cython.cdivision(True)
cdef inline int typos_caught(uint64_t number) noexcept nogil:
    cdef uint64_t place = 1, digit, wrong
    cdef int caught = 0
    if number == 0:
        # "0" has one digit; changing it to "1" gives 1
        return 1 if luhn_sum(1, False) % 10 != 0 else 0
    while place <= number:
        digit = (number // place) % 10
        wrong = number - digit * place + ((digit + 1) % 10) * place
        if luhn_sum(wrong, False) % 10 != 0:
            caught += 1
        place *= 10
    return caught


@cython_benchmark(args=(400000000000000, 30000))
@cython.cdivision(True)
def luhn_checksum_range_count(long long start, long count):
    """Return (valid numbers, check-digit histogram 0..9, typos caught among valid numbers); start >= 0."""
    if start < 0:
        raise ValueError("start must be non-negative")
    cdef long i
    cdef long valid = 0, caught = 0
    cdef long h0 = 0, h1 = 0, h2 = 0, h3 = 0, h4 = 0, h5 = 0, h6 = 0, h7 = 0, h8 = 0, h9 = 0
    cdef uint64_t number
    cdef int check
    for i in prange(count, nogil=True, schedule='static'):
        number = <uint64_t>start + <uint64_t>i
        if luhn_sum(number, False) % 10 == 0:
            valid += 1
            caught += typos_caught(number)
        check = (10 - luhn_sum(number, True) % 10) % 10
        if check == 0:
            h0 += 1
        elif check == 1:
            h1 += 1
        elif check == 2:
            h2 += 1
        elif check == 3:
            h3 += 1
        elif check == 4:
            h4 += 1
        elif check == 5:
            h5 += 1
        elif check == 6:
            h6 += 1
        elif check == 7:
            h7 += 1
        elif check == 8:
            h8 += 1
        else:
            h9 += 1
    return valid, [h0, h1, h2, h3, h4, h5, h6, h7, h8, h9], caught
