# cython: language_level=3
"""Go-Back-N versus Selective Repeat ARQ with fixed C ring buffers as channels.

With a constant delay each channel, and the Selective Repeat deadline list, is a FIFO
of (time, sequence) event structs, kept in a power-of-two ring manipulated by inline
``nogil`` push/pop helpers on a ``Ring`` struct. The receiver buffer and the ACK map
are byte flags per frame, and the loss generator is an inline function on a
``uint32_t`` state, so the tick loop makes no Python calls at all.

Keywords: networking, arq, go-back-n, selective repeat, sliding window, retransmission, reliable transport, simulation
"""

import cython
from libc.stdint cimport uint32_t, int64_t
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef int64_t MAX_TICKS = 10000000


cdef struct Event:
    int64_t time
    int seq


cdef struct Ring:
    Event *items
    int mask
    int head
    int size


cdef int ring_init(Ring *r, int capacity) noexcept nogil:
    cdef int cap = 1
    while cap < capacity:
        cap <<= 1
    r.items = <Event *>malloc(cap * sizeof(Event))
    r.mask = cap - 1
    r.head = r.size = 0
    return r.items != NULL


cdef inline void push(Ring *r, int64_t time, int seq) noexcept nogil:
    cdef Event *e = &r.items[(r.head + r.size) & r.mask]
    e.time = time
    e.seq = seq
    r.size += 1


cdef inline Event *front(Ring *r) noexcept nogil:
    return &r.items[r.head]


cdef inline void pop(Ring *r) noexcept nogil:
    r.head = (r.head + 1) & r.mask
    r.size -= 1


cdef inline bint lost(uint32_t *state, int permille) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return (state[0] >> 16) % 1000 < <uint32_t>permille


cdef tuple go_back_n(int frames, int window, int delay, int permille, long long seed):
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF)
    cdef int64_t timeout = 2 * delay + 4
    cdef Ring data, acks
    cdef int base = 0, next_seq = 0, expected = 0, highest = -1, seq
    cdef int64_t now = 0, timer = 0, sent = 0, resent = 0, timeouts = 0, duplicates = 0, acks_lost = 0
    cdef int64_t checksum = 0
    if not ring_init(&data, delay + 2) or not ring_init(&acks, delay + 2):
        free(data.items)
        raise MemoryError()
    with nogil:
        while base < frames and now < MAX_TICKS:
            while data.size and front(&data).time == now:
                seq = front(&data).seq
                pop(&data)
                if seq == expected:
                    expected += 1
                    checksum = (checksum * 31 + now) % 1000000007
                else:
                    duplicates += 1
                if lost(&state, permille):
                    acks_lost += 1
                else:
                    push(&acks, now + delay, expected)
            while acks.size and front(&acks).time == now:
                seq = front(&acks).seq
                pop(&acks)
                if seq > base:
                    base = seq
                    timer = now
            if base < next_seq and now - timer >= timeout:
                next_seq = base
                timeouts += 1
            if next_seq < base + window and next_seq < frames:
                sent += 1
                if next_seq <= highest:
                    resent += 1
                if next_seq > highest:
                    highest = next_seq
                if next_seq == base:
                    timer = now
                if not lost(&state, permille):
                    push(&data, now + delay, next_seq)
                next_seq += 1
            now += 1
    free(data.items)
    free(acks.items)
    return (now, sent, resent, timeouts, duplicates, acks_lost, checksum)


cdef tuple selective_repeat(int frames, int window, int delay, int permille, long long seed):
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF)
    cdef int64_t timeout = 2 * delay + 4
    cdef Ring data, acks, deadlines
    cdef char *acked = <char *>calloc(frames + 1, 1)
    cdef char *buffered = <char *>calloc(frames + window + 1, 1)
    cdef int base = 0, next_seq = 0, rcv_base = 0, seq
    cdef int64_t now = 0, sent = 0, resent = 0, timeouts = 0, duplicates = 0, acks_lost = 0, checksum = 0
    data.items = acks.items = deadlines.items = NULL
    try:
        if (acked == NULL or buffered == NULL or not ring_init(&data, delay + 2) or not ring_init(&acks, delay + 2)
                or not ring_init(&deadlines, frames + 1)):
            raise MemoryError()
        with nogil:
            while base < frames and now < MAX_TICKS:
                while data.size and front(&data).time == now:
                    seq = front(&data).seq
                    pop(&data)
                    if seq < rcv_base or buffered[seq]:
                        duplicates += 1
                    elif seq < rcv_base + window:
                        buffered[seq] = 1
                        while buffered[rcv_base]:
                            buffered[rcv_base] = 0
                            rcv_base += 1
                            checksum = (checksum * 31 + now) % 1000000007
                    if lost(&state, permille):
                        acks_lost += 1
                    else:
                        push(&acks, now + delay, seq)
                while acks.size and front(&acks).time == now:
                    acked[front(&acks).seq] = 1
                    pop(&acks)
                    while base < frames and acked[base]:
                        base += 1
                while deadlines.size and acked[front(&deadlines).seq]:
                    pop(&deadlines)
                if deadlines.size and front(&deadlines).time <= now:
                    seq = front(&deadlines).seq
                    pop(&deadlines)
                    timeouts += 1
                    resent += 1
                    sent += 1
                    push(&deadlines, now + timeout, seq)
                    if not lost(&state, permille):
                        push(&data, now + delay, seq)
                elif next_seq < base + window and next_seq < frames:
                    sent += 1
                    push(&deadlines, now + timeout, next_seq)
                    if not lost(&state, permille):
                        push(&data, now + delay, next_seq)
                    next_seq += 1
                now += 1
        return (now, sent, resent, timeouts, duplicates, acks_lost, checksum)
    finally:
        free(acked); free(buffered); free(data.items); free(acks.items); free(deadlines.items)


@cython_benchmark(args=(40000, 24, 20, 40, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def arq_go_back_n_selective_repeat(int frames, int window, int delay, int loss_permille, long long seed):
    """Return [Go-Back-N, Selective Repeat] as (ticks, sent, resent, timeouts, duplicates, acks lost, checksum)."""
    return [go_back_n(frames, window, delay, loss_permille, seed),
            selective_repeat(frames, window, delay, loss_permille, seed)]
