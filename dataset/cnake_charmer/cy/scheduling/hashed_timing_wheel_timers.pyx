# distutils: language = c++
# cython: language_level=3
"""Hashed timing wheel as intrusive linked lists threaded through a std::vector pool.

Every timer is a C struct in a ``std::vector`` pool and carries its own ``next``
index, so each wheel bucket is just a (head, tail) pair of ints: visiting a bucket
detaches its list and relinks the survivors in order, with no per-tick list
allocation. Cancellation flags are a ``std::vector[char]`` indexed by timer id, and
timers filed during a visit wait in a reused ``std::vector[int]``.

Keywords: scheduling, timing wheel, timers, event scheduling, periodic tasks, cancellation, operating systems
"""

import cython
from libc.stdlib cimport malloc, free
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Timer:
    long long deadline
    int period
    int next


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline void append(vector[Timer] &pool, int *head, int *tail, int slot, int ident) noexcept nogil:
    pool[ident].next = -1
    if head[slot] < 0:
        head[slot] = ident
    else:
        pool[tail[slot]].next = ident
    tail[slot] = ident


@cython_benchmark(args=(100000, 1500, 256, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hashed_timing_wheel_timers(long long ticks, int timers, int slots, long long seed):
    """Return (periodic fires, one-shot fires, dropped cancellations, spawned, longest bucket, inspected, checksum)."""
    cdef int *head = <int *>malloc((slots + 1) * sizeof(int))
    cdef int *tail = <int *>malloc((slots + 1) * sizeof(int))
    cdef vector[Timer] pool
    cdef vector[char] cancelled
    cdef vector[int] filed
    cdef Timer tm
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long long now, periodic_fires = 0, oneshot_fires = 0, dropped = 0, spawned = 0
    cdef long long longest = 0, inspected = 0, checksum = 0, length
    cdef int i, index, cur, nxt, issued = 0, k
    try:
        if head == NULL or tail == NULL:
            raise MemoryError()
        pool.reserve(timers * 2 + 16)
        with nogil:
            for i in range(slots):
                head[i] = -1
                tail[i] = -1
            for i in range(timers):
                tm.period = 20 + draw(&state, 2000)
                tm.deadline = tm.period
                tm.next = -1
                pool.push_back(tm)
                cancelled.push_back(0)
                append(pool, head, tail, tm.period % slots, issued)
                issued += 1
            for now in range(1, ticks + 1):
                if issued and draw(&state, 100) < 3:
                    cancelled[draw(&state, issued)] = 1
                index = <int>(now % slots)
                cur = head[index]
                head[index] = -1
                tail[index] = -1
                length = 0
                filed.clear()
                while cur >= 0:
                    length += 1
                    nxt = pool[cur].next
                    if pool[cur].deadline != now:
                        append(pool, head, tail, index, cur)
                    elif cancelled[cur]:
                        dropped += 1
                    else:
                        checksum = (checksum * 31 + cur * 7 + now) % 1000000007
                        if pool[cur].period:
                            periodic_fires += 1
                            pool[cur].deadline = now + pool[cur].period
                            filed.push_back(cur)
                            if draw(&state, 10) == 0:
                                tm.deadline = now + 1 + draw(&state, 3000)
                                tm.period = 0
                                tm.next = -1
                                pool.push_back(tm)
                                cancelled.push_back(0)
                                filed.push_back(issued)
                                issued += 1
                                spawned += 1
                        else:
                            oneshot_fires += 1
                    cur = nxt
                if length > longest:
                    longest = length
                inspected += length
                for k in range(<int>filed.size()):
                    cur = filed[k]
                    append(pool, head, tail, <int>(pool[cur].deadline % slots), cur)
        return (periodic_fires, oneshot_fires, dropped, spawned, longest, inspected, checksum)
    finally:
        free(head); free(tail)
