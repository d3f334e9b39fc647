# distutils: language = c++
# cython: language_level=3
"""Bank simulation with a C++ priority_queue of event structs and a std::queue line.

Events are C structs ordered by (time, sequence) through a packed 64-bit key; the
std::priority_queue holds (negated key, event index) pairs with the event payloads in
a std::vector, and the waiting line is a std::queue of customer indices.

Keywords: discrete event simulation, priority queue, heap, queueing, FIFO
"""

import cython
from libcpp.queue cimport priority_queue, queue
from libcpp.vector cimport vector
from libcpp.pair cimport pair

from cnake_charmer.benchmarks import cython_benchmark


ctypedef pair[long long, long long] event_key


cdef struct Event:
    long long time
    int kind
    int cid


@cython_benchmark(args=(60000, 4, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def bank_queue_event_simulation(int customers, int tellers, long long seed):
    """Return (served, total wait, max wait, longest line, last finish time); tellers >= 1."""
    if tellers < 1:
        raise ValueError("need at least one teller")
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef vector[Event] payload
    cdef vector[long long] arrival, service
    cdef priority_queue[event_key] events
    cdef queue[int] line
    cdef Event ev
    cdef long long t = 0, seq = 0, now, wait
    cdef long long served = 0, total_wait = 0, max_wait = 0, last = 0
    cdef size_t longest = 0
    cdef int cid, nxt, free = tellers
    cdef event_key top
    # key = time * 2**22 + seq keeps (time, seq) order; seq < 2**22 here.
    for cid in range(customers):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        t += <long long>((state >> 8) % 10)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        arrival.push_back(t)
        service.push_back(5 + <long long>((state >> 8) % 30))
        ev.time = t
        ev.kind = 0
        ev.cid = cid
        payload.push_back(ev)
        events.push(event_key(-(t * 4194304 + seq), seq))
        seq += 1
    while not events.empty():
        top = events.top()
        events.pop()
        ev = payload[top.second]
        now = ev.time
        if ev.kind == 0:
            if free:
                free -= 1
                ev.time = now + service[ev.cid]
                ev.kind = 1
                payload.push_back(ev)
                events.push(event_key(-(ev.time * 4194304 + seq), seq))
                seq += 1
            else:
                line.push(ev.cid)
                if line.size() > longest:
                    longest = line.size()
        else:
            served += 1
            last = now
            if not line.empty():
                nxt = line.front()
                line.pop()
                wait = now - arrival[nxt]
                total_wait += wait
                if wait > max_wait:
                    max_wait = wait
                ev.time = now + service[nxt]
                ev.kind = 1
                ev.cid = nxt
                payload.push_back(ev)
                events.push(event_key(-(ev.time * 4194304 + seq), seq))
                seq += 1
            else:
                free += 1
    return served, total_wait, max_wait, <long long>longest, last
