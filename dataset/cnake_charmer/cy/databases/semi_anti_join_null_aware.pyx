# cython: language_level=3
"""Semi-join, anti-join and NULL-aware NOT IN filters over a customers table — as uint64 bitsets.

Customer ids live in a small dense key space, so every membership set becomes a
bitset of ``uint64`` words: the customers themselves, the customers with a large
order and the customers with a recent return. Semi- and anti-join counts are then
popcounts of word-wise AND / AND-NOT, and the rows passing both filters are walked
with count-trailing-zeros over ``customers & big & ~recent``. The NOT IN rule only
needs one flag per query for a NULL in the subquery.

Keywords: databases, semi-join, anti-join, exists, not in, null semantics, set membership, filter
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64

cdef extern from *:
    int __builtin_popcountll(unsigned long long) nogil
    int __builtin_ctzll(unsigned long long) nogil

cdef enum:
    MOD = 1000000007
    REGIONS = 5


cdef inline long long draw(u64 *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <u64>k)


@cython_benchmark(args=(20000, 60000, 20000, 16, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def semi_anti_join_null_aware(int n_customers, int n_orders, int n_returns, int queries, long long seed):
    """Return (per query (semi, anti, not in, both, checksum of both), rows passing both per region)."""
    cdef u64 state = <u64>seed
    cdef long long key_space = 4 * <long long>n_customers + 4
    cdef Py_ssize_t words = (key_space + 63) >> 6
    cdef u64 *cust_bits = <u64 *>calloc(words, sizeof(u64))
    cdef u64 *big = <u64 *>malloc(words * sizeof(u64))
    cdef u64 *recent = <u64 *>malloc(words * sizeof(u64))
    cdef unsigned char *region = <unsigned char *>calloc(key_space, sizeof(unsigned char))
    cdef int *order_cust = <int *>malloc((n_orders + 1) * sizeof(int))
    cdef int *order_amount = <int *>malloc((n_orders + 1) * sizeof(int))
    cdef int *return_cust = <int *>malloc((n_returns + 1) * sizeof(int))
    cdef int *return_day = <int *>malloc((n_returns + 1) * sizeof(int))
    cdef long long per_region[REGIONS]
    cdef long long semi, anti, not_in, both, checksum, cid
    cdef Py_ssize_t i, w
    cdef int q, min_amount, since, c
    cdef bint has_null
    cdef u64 word
    results = []
    try:
        if not (cust_bits and big and recent and region and order_cust and order_amount and return_cust and return_day):
            raise MemoryError()
        for i in range(REGIONS):
            per_region[i] = 0
        for i in range(n_customers):
            cid = 4 * i + draw(&state, 4)
            cust_bits[cid >> 6] |= 1ULL << (cid & 63)
            region[cid] = <unsigned char>draw(&state, REGIONS)
        for i in range(n_orders):
            order_cust[i] = <int>draw(&state, key_space)
            order_amount[i] = <int>draw(&state, 10000)
        for i in range(n_returns):
            if draw(&state, 400) == 0:
                return_cust[i] = -1
            else:
                return_cust[i] = <int>draw(&state, key_space)
            return_day[i] = <int>draw(&state, 365)
        for q in range(queries):
            with nogil:
                min_amount = <int>draw(&state, 10000)
                since = 300 + <int>draw(&state, 66)
                memset(big, 0, words * sizeof(u64))
                memset(recent, 0, words * sizeof(u64))
                for i in range(n_orders):
                    if order_amount[i] > min_amount:
                        c = order_cust[i]
                        big[c >> 6] |= 1ULL << (c & 63)
                has_null = False
                for i in range(n_returns):
                    if return_day[i] >= since:
                        c = return_cust[i]
                        if c < 0:
                            has_null = True
                        else:
                            recent[c >> 6] |= 1ULL << (c & 63)
                semi = 0
                anti = n_customers
                both = 0
                checksum = 0
                for w in range(words):
                    semi += __builtin_popcountll(cust_bits[w] & big[w])
                    anti -= __builtin_popcountll(cust_bits[w] & recent[w])
                    word = cust_bits[w] & big[w] & ~recent[w]
                    while word:
                        cid = (w << 6) + __builtin_ctzll(word)
                        word &= word - 1
                        both += 1
                        checksum = (checksum + cid * (cid % 1000 + 1)) % MOD
                        per_region[region[cid]] += 1
                not_in = 0 if has_null else anti
            results.append((semi, anti, not_in, both, checksum))
        return results, [per_region[i] for i in range(REGIONS)]
    finally:
        free(cust_bits); free(big); free(recent); free(region)
        free(order_cust); free(order_amount); free(return_cust); free(return_day)
