# cython: language_level=3
"""DRR packet scheduling with per-flow fixed C ring buffers embedded in structs.

Every flow is a C struct that embeds its bounded FIFO as a ``QUEUE_LIMIT``-entry
ring of packet structs, so enqueue, dequeue and the tail-drop test are index
arithmetic; the round-robin active list is a ring of flow ids (a flow is listed at
most once). Arrivals are pre-generated into a struct array and the admission routine
is a ``cdef inline`` function; the simulation runs without the GIL.

Keywords: scheduling, deficit round robin, packet scheduling, fair queueing, networking, round robin
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    QUANTUM = 500
    QUEUE_LIMIT = 40


cdef struct Packet:
    long long arrived
    int size
    int ident


cdef struct Arrival:
    long long time
    int flow
    int size


cdef struct Flow:
    long long deficit
    long long sent_bytes
    long long dropped
    int weight
    bint listed
    int head
    int count
    Packet queue[QUEUE_LIMIT]


cdef struct Active:
    int *ids
    int head
    int count
    int cap


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline int admit(const Arrival *arrivals, int packets, int nxt, long long clock, Flow *table,
                      Active *active) noexcept nogil:
    cdef Flow *fl
    cdef Packet *slot
    while nxt < packets and arrivals[nxt].time <= clock:
        fl = &table[arrivals[nxt].flow]
        if fl.count >= QUEUE_LIMIT:
            fl.dropped += 1
        else:
            if not fl.listed:
                fl.listed = True
                active.ids[(active.head + active.count) % active.cap] = arrivals[nxt].flow
                active.count += 1
            slot = &fl.queue[(fl.head + fl.count) % QUEUE_LIMIT]
            slot.arrived = arrivals[nxt].time
            slot.size = arrivals[nxt].size
            slot.ident = nxt
            fl.count += 1
        nxt += 1
    return nxt


@cython_benchmark(args=(120000, 64, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def deficit_round_robin_packets(int packets, int flows, long long seed):
    """Return (bytes per group, drops per group, mean delay, worst delay, Jain index, visits, first sends)."""
    cdef Flow *table = <Flow *>malloc((flows + 1) * sizeof(Flow))
    cdef Arrival *arrivals = <Arrival *>malloc((packets + 1) * sizeof(Arrival))
    cdef Active active
    active.ids = <int *>malloc((flows + 1) * sizeof(int))
    active.head = 0
    active.count = 0
    active.cap = flows + 1
    cdef int log[16]
    cdef int nlog = 0, i, f, nxt = 0, heavy = flows if flows < 4 else 4, nbusy = 0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long long t = 0, clock = 0, delay_total = 0, worst = 0, visits = 0, d, x
    cdef long long bytes_heavy = 0, bytes_light = 0, drops_heavy = 0, drops_light = 0, count
    cdef double total = 0.0, squares = 0.0, jain = 0.0
    cdef Flow *fl
    cdef Packet *p
    try:
        if table == NULL or arrivals == NULL or active.ids == NULL:
            raise MemoryError()
        with nogil:
            for f in range(flows):
                table[f].weight = 1 + draw(&state, 3)
                table[f].deficit = 0
                table[f].sent_bytes = 0
                table[f].dropped = 0
                table[f].head = 0
                table[f].listed = False
                table[f].count = 0
            for i in range(packets):
                t += draw(&state, 1500)
                arrivals[i].time = t
                if draw(&state, 3) == 0:
                    arrivals[i].flow = draw(&state, heavy)
                else:
                    arrivals[i].flow = draw(&state, flows)
                arrivals[i].size = 64 + draw(&state, 1437)
            while nxt < packets or active.count > 0:
                nxt = admit(arrivals, packets, nxt, clock, table, &active)
                if active.count == 0:
                    clock = arrivals[nxt].time
                    continue
                f = active.ids[active.head]
                active.head = (active.head + 1) % active.cap
                active.count -= 1
                fl = &table[f]
                fl.deficit += fl.weight * QUANTUM
                visits += 1
                while fl.count > 0 and fl.queue[fl.head].size <= fl.deficit:
                    p = &fl.queue[fl.head]
                    fl.deficit -= p.size
                    clock += p.size
                    fl.sent_bytes += p.size
                    d = clock - p.arrived
                    delay_total += d
                    if d > worst:
                        worst = d
                    if nlog < 8:
                        log[2 * nlog] = p.ident
                        log[2 * nlog + 1] = f
                        nlog += 1
                    fl.head = (fl.head + 1) % QUEUE_LIMIT
                    fl.count -= 1
                    nxt = admit(arrivals, packets, nxt, clock, table, &active)
                if fl.count > 0:
                    active.ids[(active.head + active.count) % active.cap] = f
                    active.count += 1
                else:
                    fl.deficit = 0
                    fl.listed = False
            for f in range(flows):
                if f < 4:
                    bytes_heavy += table[f].sent_bytes
                    drops_heavy += table[f].dropped
                else:
                    bytes_light += table[f].sent_bytes
                    drops_light += table[f].dropped
                if table[f].dropped > 0:
                    x = table[f].sent_bytes * 6 // table[f].weight
                    total += x
                    squares += <double>x * x
                    nbusy += 1
            if nbusy > 0 and squares > 0:
                jain = total * total / (nbusy * squares)
        count = packets - drops_heavy - drops_light
        return ([bytes_heavy, bytes_light], [drops_heavy, drops_light],
                delay_total / <double>count if count else 0.0, worst, jain, visits,
                [(log[2 * i], log[2 * i + 1]) for i in range(nlog)])
    finally:
        free(table); free(arrivals); free(active.ids)
