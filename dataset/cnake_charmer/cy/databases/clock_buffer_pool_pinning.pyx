# cython: language_level=3
"""A database buffer pool with CLOCK replacement, pin counts and dirty-page write-back — frame structs and a dense page table.

Frames are packed C structs (page, pin count, reference and dirty flags) and the page
table is a dense ``int`` array indexed by page id (every page id of the workload is
bounded and known up front), so a hit is one array read. Free frames are handed out
by a counter, the CLOCK hand is an integer cursor over the struct array, and
scan cursors hold frame indices instead of frame objects. The whole simulation runs
in a ``nogil`` block.

Keywords: databases, buffer pool, clock replacement, second chance, pin count, dirty page, page cache
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007
    INTERNAL = 16
    MAX_PATH = 3


cdef struct Frame:
    long long page
    int pins
    bint referenced
    bint dirty


cdef struct Pool:
    Frame *frames
    int *page_table
    int n_frames
    int next_free
    int hand
    long long hits
    long long misses
    long long evictions
    long long writebacks
    long long examined
    long long stalls


cdef int fix(Pool *p, long long page) noexcept nogil:
    """Pin a page; returns its frame index, or -1 if every frame is pinned."""
    cdef int slot = p.page_table[page], i, position
    cdef Frame *f
    if slot >= 0:
        f = &p.frames[slot]
        f.pins += 1
        f.referenced = True
        p.hits += 1
        return slot
    if p.next_free < p.n_frames:
        slot = p.next_free
        p.next_free += 1
    else:
        slot = -1
        for i in range(2 * p.n_frames):
            f = &p.frames[p.hand]
            position = p.hand
            p.hand += 1
            if p.hand == p.n_frames:
                p.hand = 0
            p.examined += 1
            if f.pins:
                continue
            if f.referenced:
                f.referenced = False
                continue
            slot = position
            break
        if slot < 0:
            p.stalls += 1
            return -1
        f = &p.frames[slot]
        if f.dirty:
            p.writebacks += 1
        p.page_table[f.page] = -1
        p.evictions += 1
    p.misses += 1
    f = &p.frames[slot]
    f.page = page
    f.pins = 1
    f.referenced = True
    f.dirty = False
    p.page_table[page] = slot
    return slot


cdef inline void unfix(Pool *p, int slot, bint dirty) noexcept nogil:
    p.frames[slot].pins -= 1
    if dirty:
        p.frames[slot].dirty = True


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


@cython_benchmark(args=(100000, 64, 6, 3000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def clock_buffer_pool_pinning(int steps, int frames, int cursors, int leaves, long long seed):
    """Return (hits, misses, evictions, write-backs, frames examined, stalls, dirty frames, frame checksum)."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef long long table_base = 1 + INTERNAL + leaves
    cdef long long table_pages = 20 * <long long>leaves
    cdef long long log_base = table_base + table_pages
    cdef long long n_pages = log_base + steps // 40 + 2
    cdef Pool p
    cdef long long *positions = <long long *>malloc((cursors + 1) * sizeof(long long))
    cdef int *held = <int *>malloc((cursors + 1) * sizeof(int))
    cdef long long path[MAX_PATH]
    cdef int pinned[MAX_PATH]
    cdef int n_pinned, i, c, action, slot, step
    cdef long long appended = 0, a, b, dirty = 0, checksum = 0
    cdef bint update
    p.frames = <Frame *>malloc((frames + 1) * sizeof(Frame))
    p.page_table = <int *>malloc(n_pages * sizeof(int))
    try:
        if not (positions and held and p.frames and p.page_table):
            raise MemoryError()
        with nogil:
            p.n_frames = frames
            p.next_free = 0
            p.hand = 0
            p.hits = p.misses = p.evictions = p.writebacks = p.examined = p.stalls = 0
            for i in range(frames):
                p.frames[i].page = -1
                p.frames[i].pins = 0
                p.frames[i].referenced = False
                p.frames[i].dirty = False
            for a in range(n_pages):
                p.page_table[a] = -1
            for i in range(cursors):
                positions[i] = draw(&state, table_pages)
                held[i] = -1
            for step in range(steps):
                action = <int>draw(&state, 100)
                if action < 40:
                    c = <int>draw(&state, cursors)
                    if held[c] >= 0:
                        unfix(&p, held[c], False)
                        positions[c] = (positions[c] + 1) % table_pages
                    held[c] = fix(&p, table_base + positions[c])
                elif action < 85:
                    path[0] = 0
                    path[1] = 1 + draw(&state, INTERNAL)
                    a = draw(&state, leaves)
                    b = draw(&state, leaves)
                    path[2] = 1 + INTERNAL + (a if a < b else b)
                    update = draw(&state, 4) == 0
                    n_pinned = 0
                    for i in range(MAX_PATH):
                        slot = fix(&p, path[i])
                        if slot < 0:
                            break
                        pinned[n_pinned] = slot
                        n_pinned += 1
                    for i in range(n_pinned):
                        unfix(&p, pinned[i], update and i == 2)
                else:
                    slot = fix(&p, log_base + appended // 40)
                    appended += 1
                    if slot >= 0:
                        unfix(&p, slot, True)
            for i in range(frames):
                if p.frames[i].dirty:
                    dirty += 1
                checksum = (checksum * 1000003 + (p.frames[i].page + 2) * (i + 1) + p.frames[i].pins * 7
                            + p.frames[i].dirty) % MOD
        return p.hits, p.misses, p.evictions, p.writebacks, p.examined, p.stalls, dirty, checksum
    finally:
        free(positions); free(held); free(p.frames); free(p.page_table)
