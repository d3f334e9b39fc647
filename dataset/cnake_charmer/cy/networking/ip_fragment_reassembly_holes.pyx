# cython: language_level=3
"""RFC 815 fragment reassembly with a pool of fixed C reassembly slots.

Each open datagram gets a slot struct holding its hole descriptors in two small
``int`` arrays and an 8 KiB ``unsigned char`` buffer; slots are malloc'd only when the
pool runs dry and recycled through a free stack, so memory follows the peak number of
open datagrams. Fragment payloads are ``memcpy``'d from the shared pattern and a
delivered datagram is verified with one ``memcmp``. A ``cdef class`` owns the pool and
frees every slot in ``__dealloc__``.

Keywords: networking, ip fragmentation, reassembly, rfc 815, hole descriptor, mtu, timeout, overlapping fragments
"""

import cython
from libc.stdint cimport uint8_t, uint64_t, int64_t
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy, memcmp

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    INFINITY = 1 << 20
    TIMEOUT = 400
    SWEEP_EVERY = 64
    WINDOW = 48
    MAX_HOLES = 64
    BUFFER = 8192
    PATTERN = 16384

cdef int MTUS[3]
MTUS[:] = [576, 1280, 1500]


cdef struct Slot:
    int datagram
    int started
    int total
    int nholes
    int hole_first[MAX_HOLES]
    int hole_last[MAX_HOLES]
    uint8_t buffer[BUFFER]


cdef struct Fragment:
    int datagram
    int offset
    int size
    int more


cdef class SlotPool:
    cdef Slot **slots
    cdef int *free_stack
    cdef int *in_use
    cdef int allocated, n_free, capacity

    def __cinit__(self, int capacity):
        self.capacity = capacity
        self.slots = <Slot **>calloc(capacity + 1, sizeof(Slot *))
        self.free_stack = <int *>malloc((capacity + 1) * sizeof(int))
        self.in_use = <int *>calloc(capacity + 1, sizeof(int))
        if not (self.slots and self.free_stack and self.in_use):
            raise MemoryError()
        self.allocated = self.n_free = 0

    def __dealloc__(self):
        cdef int i
        if self.slots:
            for i in range(self.allocated):
                free(self.slots[i])
        free(self.slots)
        free(self.free_stack)
        free(self.in_use)

    cdef int acquire(self) noexcept nogil:
        cdef int i
        if self.n_free:
            self.n_free -= 1
            i = self.free_stack[self.n_free]
        else:
            i = self.allocated
            self.slots[i] = <Slot *>malloc(sizeof(Slot))
            if self.slots[i] == NULL:
                return -1
            self.allocated += 1
        self.in_use[i] = 1
        return i

    cdef void release(self, int i) noexcept nogil:
        self.in_use[i] = 0
        self.free_stack[self.n_free] = i
        self.n_free += 1


cdef inline uint64_t draw(uint64_t *state, uint64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


@cython_benchmark(args=(15000, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ip_fragment_reassembly_holes(int datagrams, long long seed):
    """Return (delivered, verified, timed out, redundant fragments, peak open, peak holes, order checksum)."""
    cdef uint64_t state = <uint64_t>seed
    cdef uint8_t pattern[PATTERN]
    cdef int *lengths = <int *>malloc((datagrams + 1) * sizeof(int))
    cdef int *starts = <int *>malloc((datagrams + 1) * sizeof(int))
    cdef int *slot_of = <int *>malloc((datagrams + 1) * sizeof(int))
    cdef char *done = <char *>calloc(datagrams + 1, 1)
    cdef Fragment *stream = <Fragment *>malloc((<size_t>datagrams * 32 + 1) * sizeof(Fragment))
    cdef SlotPool pool = SlotPool(datagrams + 1)
    cdef int nfrag = 0, d, c, copies, step, offset, i, j, h, first, last, n_open = 0, k, nh
    cdef int new_first[MAX_HOLES]
    cdef int new_last[MAX_HOLES]
    cdef Fragment tmp
    cdef Fragment *f
    cdef Slot *r
    cdef bint touched
    cdef int64_t delivered = 0, verified = 0, timed_out = 0, redundant = 0, peak_open = 0, peak_holes = 0
    cdef int64_t checksum = 0
    try:
        if not (lengths and starts and slot_of and done and stream):
            raise MemoryError()
        with nogil:
            for i in range(PATTERN):
                pattern[i] = <uint8_t>draw(&state, 256)
            for d in range(datagrams):
                slot_of[d] = -1
                lengths[d] = 100 + <int>draw(&state, 7901)
                starts[d] = <int>draw(&state, 8192)
                copies = 2 if draw(&state, 8) == 0 else 1
                for c in range(copies):
                    step = (MTUS[draw(&state, 3)] - 20) // 8 * 8
                    offset = 0
                    while offset < lengths[d]:
                        if draw(&state, 100):
                            f = &stream[nfrag]
                            f.datagram = d
                            f.offset = offset
                            f.size = step if step < lengths[d] - offset else lengths[d] - offset
                            f.more = offset + step < lengths[d]
                            nfrag += 1
                        offset += step
            for i in range(nfrag):
                j = i + <int>draw(&state, WINDOW if WINDOW < nfrag - i else nfrag - i)
                tmp = stream[i]
                stream[i] = stream[j]
                stream[j] = tmp

            for i in range(nfrag):
                if i % SWEEP_EVERY == 0:
                    for k in range(pool.allocated):
                        if pool.in_use[k] and i - pool.slots[k].started > TIMEOUT:
                            d = pool.slots[k].datagram
                            slot_of[d] = -1
                            done[d] = 1
                            pool.release(k)
                            n_open -= 1
                            timed_out += 1
                f = &stream[i]
                d = f.datagram
                if done[d]:
                    redundant += 1
                    continue
                if slot_of[d] < 0:
                    k = pool.acquire()
                    if k < 0:
                        break
                    slot_of[d] = k
                    r = pool.slots[k]
                    r.datagram = d
                    r.started = i
                    r.total = -1
                    r.nholes = 1
                    r.hole_first[0] = 0
                    r.hole_last[0] = INFINITY
                    n_open += 1
                    if n_open > peak_open:
                        peak_open = n_open
                r = pool.slots[slot_of[d]]
                first = f.offset
                last = f.offset + f.size - 1
                touched = False
                nh = 0
                for h in range(r.nholes):
                    if first > r.hole_last[h] or last < r.hole_first[h]:
                        new_first[nh] = r.hole_first[h]
                        new_last[nh] = r.hole_last[h]
                        nh += 1
                        continue
                    touched = True
                    if first > r.hole_first[h]:
                        new_first[nh] = r.hole_first[h]
                        new_last[nh] = first - 1
                        nh += 1
                    if last < r.hole_last[h] and f.more:
                        new_first[nh] = last + 1
                        new_last[nh] = r.hole_last[h]
                        nh += 1
                memcpy(r.hole_first, new_first, nh * sizeof(int))
                memcpy(r.hole_last, new_last, nh * sizeof(int))
                r.nholes = nh
                if nh > peak_holes:
                    peak_holes = nh
                if not touched:
                    redundant += 1
                if not f.more:
                    r.total = f.offset + f.size
                memcpy(r.buffer + f.offset, pattern + starts[d] + f.offset, f.size)
                if nh == 0:
                    delivered += 1
                    if r.total == lengths[d] and memcmp(r.buffer, pattern + starts[d], lengths[d]) == 0:
                        verified += 1
                    checksum = (checksum * 1000003 + d + 1) % 1000000007
                    pool.release(slot_of[d])
                    slot_of[d] = -1
                    done[d] = 1
                    n_open -= 1
        return (delivered, verified, timed_out, redundant, peak_open, peak_holes, checksum)
    finally:
        free(lengths); free(starts); free(slot_of); free(done); free(stream)
