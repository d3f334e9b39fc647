# cython: language_level=3
"""Record validation over a C struct array with bitmask rule results.

Records are C structs in one malloc'd array; every rule is an inline C test whose
result sets one bit of a per-record mask, and the check digit is computed with integer
division instead of string conversion. Uniqueness and referrer existence use a counting
array over the bounded id range, so no dicts, sets, lambdas or string digits remain.

Keywords: data validation, data quality, struct array, bitmask, check digit, malloc
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Rec:
    int id
    int age
    int country
    int income
    int signup
    int login
    int postcode
    int referrer


@cython.cdivision(True)
cdef inline int check_digit(int body) noexcept nogil:
    cdef int w = 2, total = 0
    while body > 0:
        total += (body % 10) * w
        body //= 10
        w += 1
    return total % 10


cdef inline bint country_ok(int c) noexcept nogil:
    return (0 <= c < 20) or c == 22


@cython_benchmark(args=(12000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def validate_records_rules(int n):
    """Validate n generated records; return (violations per rule, valid count, first invalid ids)."""
    names = ["age", "country", "income", "login", "postcode", "unique_id", "referrer"]
    if n <= 0:
        return {name: 0 for name in names}, 0, []
    cdef int id_range = 3 * n + 5
    cdef Rec *rs = <Rec *> malloc(n * sizeof(Rec))
    cdef int *idc = <int *> calloc(id_range, sizeof(int))
    cdef long long viol[7]
    cdef long long state = 4040
    cdef int i, b, body, mask, valid = 0, nbad = 0
    cdef int bad[15]
    cdef Rec *r
    for b in range(7):
        viol[b] = 0
    try:
        with nogil:
            for i in range(n):
                r = &rs[i]
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r.id = ((i - 1 if i > 0 else 0) * 3) if state % 97 == 0 else i * 3
                r.age = 10 + state % 100
                r.country = (state >> 7) % 25
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r.income = (state % 200000) - (5000 if state % 53 == 0 else 0)
                r.signup = (state >> 3) % 3000
                r.login = r.signup + (state >> 6) % 400 - (30 if state % 41 == 0 else 0)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                body = 1000 + state % 9000
                r.postcode = body * 10 + (check_digit(body) + (1 if state % 29 == 0 else 0)) % 10
                r.referrer = ((state >> 4) % id_range) if state % 4 == 0 else -1
                idc[r.id] += 1
            for i in range(n):
                r = &rs[i]
                mask = 0
                if not (18 <= r.age <= 99):
                    mask |= 1
                if not country_ok(r.country):
                    mask |= 2
                if r.income < 0:
                    mask |= 4
                if r.login < r.signup:
                    mask |= 8
                if check_digit(r.postcode // 10) != r.postcode % 10:
                    mask |= 16
                if idc[r.id] != 1:
                    mask |= 32
                if r.referrer != -1 and idc[r.referrer] == 0:
                    mask |= 64
                if mask == 0:
                    valid += 1
                    continue
                for b in range(7):
                    if mask & (1 << b):
                        viol[b] += 1
                if nbad < 15:
                    bad[nbad] = r.id
                    nbad += 1
        return {names[b]: viol[b] for b in range(7)}, valid, [bad[b] for b in range(nbad)]
    finally:
        free(rs); free(idc)
