# cython: language_level=3
"""Token-bucket admission and leaky-bucket shaping over C structs and a fixed ring.

Client buckets are an array of C structs (``ctypedef`` integer units for time and
milli-tokens), the tier table a static C array of structs, and the shaper's pending
departures a fixed ``QUEUE_LIMIT`` ring buffer on the stack — the queue can never hold
more, so no allocation happens per request. The whole request loop runs without the
GIL with exact integer arithmetic.

Keywords: scheduling, rate limiting, token bucket, leaky bucket, traffic shaping, admission control
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef long long millis
ctypedef long long milli_tokens

cdef enum:
    QUEUE_LIMIT = 64
    DRAIN_EVERY = 2


cdef struct Tier:
    milli_tokens capacity
    milli_tokens rate


cdef struct Bucket:
    milli_tokens capacity
    milli_tokens rate
    milli_tokens tokens
    millis last
    int tier


cdef Tier TIERS[3]
TIERS[0].capacity = 5000
TIERS[0].rate = 2
TIERS[1].capacity = 20000
TIERS[1].rate = 8
TIERS[2].capacity = 60000
TIERS[2].rate = 30


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(200000, 400, 71))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def token_bucket_rate_limiter(int requests, int clients, long long seed):
    """Return (per-tier [admitted, limited, dropped], total delay, worst delay, most limited client, first tokens)."""
    cdef Bucket *buckets = <Bucket *>malloc((clients + 1) * sizeof(Bucket))
    cdef long long *limited = <long long *>calloc(clients + 1, sizeof(long long))
    cdef millis ring[QUEUE_LIMIT]
    cdef int head = 0, size = 0
    cdef long long stats[3][3]
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef millis now = 0, last_departure = 0, delay, total_delay = 0, worst_delay = 0
    cdef milli_tokens cost, refilled
    cdef int i, c, a, b, t, client, most = -1
    cdef Bucket *bk
    try:
        if buckets == NULL or limited == NULL:
            raise MemoryError()
        with nogil:
            for i in range(3):
                for t in range(3):
                    stats[i][t] = 0
            for c in range(clients):
                if draw(&state, 10) < 7:
                    t = 0
                elif draw(&state, 10) < 8:
                    t = 1
                else:
                    t = 2
                buckets[c].tier = t
                buckets[c].capacity = TIERS[t].capacity
                buckets[c].rate = TIERS[t].rate
                buckets[c].tokens = TIERS[t].capacity
                buckets[c].last = 0
            for i in range(requests):
                now += draw(&state, 3)
                a = draw(&state, clients)
                b = draw(&state, clients)
                c = draw(&state, clients)
                client = a if a < b else b
                if c < client:
                    client = c
                cost = 1000 * (1 + draw(&state, 3))
                bk = &buckets[client]
                refilled = bk.tokens + (now - bk.last) * bk.rate
                bk.tokens = refilled if refilled < bk.capacity else bk.capacity
                bk.last = now
                if bk.tokens < cost:
                    stats[bk.tier][1] += 1
                    limited[client] += 1
                    continue
                bk.tokens -= cost
                while size > 0 and ring[head] <= now:
                    head = (head + 1) % QUEUE_LIMIT
                    size -= 1
                if size >= QUEUE_LIMIT:
                    stats[bk.tier][2] += 1
                    continue
                stats[bk.tier][0] += 1
                last_departure = now if now > last_departure + DRAIN_EVERY else last_departure + DRAIN_EVERY
                ring[(head + size) % QUEUE_LIMIT] = last_departure
                size += 1
                delay = last_departure - now
                total_delay += delay
                if delay > worst_delay:
                    worst_delay = delay
            for c in range(clients):
                if most < 0 or limited[c] > limited[most]:
                    most = c
        return ([[stats[i][0], stats[i][1], stats[i][2]] for i in range(3)], total_delay, worst_delay, most,
                [buckets[c].tokens for c in range(clients if clients < 6 else 6)])
    finally:
        free(buckets); free(limited)
