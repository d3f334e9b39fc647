# cython: language_level=3
"""Strict two-phase locking with FIFO lock queues and wait-for-graph deadlock detection — bitmask adjacency in C.

Active transactions sit in a fixed array kept in transaction-id order, so a slot index
doubles as the id order. The lock table is a flat per-item block of holder and queue
arrays, and the wait-for graph is one ``uint64`` adjacency mask per slot: the DFS
visits neighbours lowest bit first (smallest id first, like ``sorted``) with
``__builtin_ctzll``, on a recursive ``nogil`` cdef function with an explicit path
array. No Python objects are touched inside the scheduling loop.

Keywords: databases, two-phase locking, lock manager, deadlock detection, wait-for graph, cycle detection, transactions
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64

cdef extern from *:
    int __builtin_ctzll(unsigned long long) nogil

cdef enum:
    MOD = 1000000007
    MAX_TXN = 64
    MAX_SCRIPT = 6
    SHARED = 0
    EXCLUSIVE = 1


cdef struct Txn:
    int tid
    int n_script
    int item[MAX_SCRIPT]
    int mode[MAX_SCRIPT]
    int pc
    int waiting
    int n_held
    int held[MAX_SCRIPT]


cdef struct Manager:
    Txn act[MAX_TXN]
    int n_active
    int items
    int *n_holders
    int *holder_tid
    int *holder_mode
    int *n_queue
    int *queue_tid
    int *queue_mode
    u64 adj[MAX_TXN]
    int color[MAX_TXN]
    int path[MAX_TXN]
    int path_len
    unsigned long long state
    long long next_tid
    long long steps


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


cdef inline bint conflicts(int a, int b) noexcept nogil:
    return a == EXCLUSIVE or b == EXCLUSIVE


cdef inline bint compatible(Manager *m, int item, int tid, int mode) noexcept nogil:
    cdef int i, base = item * MAX_TXN
    for i in range(m.n_holders[item]):
        if m.holder_tid[base + i] != tid and conflicts(mode, m.holder_mode[base + i]):
            return False
    return True


cdef inline int slot_of(Manager *m, int tid) noexcept nogil:
    cdef int i
    for i in range(m.n_active):
        if m.act[i].tid == tid:
            return i
    return -1


cdef void spawn(Manager *m) noexcept nogil:
    cdef Txn *t = &m.act[m.n_active]
    cdef int i, a, b, n = 2 + <int>draw(&m.state, 5)
    t.tid = <int>m.next_tid
    t.n_script = n
    for i in range(n):
        a = <int>draw(&m.state, m.items)
        b = <int>draw(&m.state, m.items)
        t.item[i] = a if a < b else b
        t.mode[i] = EXCLUSIVE if draw(&m.state, 3) == 0 else SHARED
    t.pc = 0
    t.waiting = -1
    t.n_held = 0
    m.n_active += 1
    m.next_tid += 1


cdef void set_holder(Manager *m, int item, int tid, int mode) noexcept nogil:
    cdef int i, base = item * MAX_TXN
    for i in range(m.n_holders[item]):
        if m.holder_tid[base + i] == tid:
            m.holder_mode[base + i] = mode
            return
    m.holder_tid[base + m.n_holders[item]] = tid
    m.holder_mode[base + m.n_holders[item]] = mode
    m.n_holders[item] += 1


cdef inline void add_held(Txn *t, int item) noexcept nogil:
    cdef int i
    for i in range(t.n_held):
        if t.held[i] == item:
            return
    t.held[t.n_held] = item
    t.n_held += 1


cdef void grant_waiters(Manager *m, int item) noexcept nogil:
    cdef int base = item * MAX_TXN, tid, mode, i
    cdef Txn *t
    while m.n_queue[item] > 0:
        tid = m.queue_tid[base]
        mode = m.queue_mode[base]
        if not compatible(m, item, tid, mode):
            break
        for i in range(m.n_queue[item] - 1):
            m.queue_tid[base + i] = m.queue_tid[base + i + 1]
            m.queue_mode[base + i] = m.queue_mode[base + i + 1]
        m.n_queue[item] -= 1
        set_holder(m, item, tid, mode)
        t = &m.act[slot_of(m, tid)]
        t.waiting = -1
        add_held(t, item)
        t.pc += 1


cdef void finish(Manager *m, int slot) noexcept nogil:
    cdef Txn *t = &m.act[slot]
    cdef int touched[MAX_SCRIPT + 1]
    cdef int n_touched = 0, i, j, k, item, base, tid = t.tid
    for i in range(t.n_held):
        item = t.held[i]
        base = item * MAX_TXN
        k = 0
        for j in range(m.n_holders[item]):
            if m.holder_tid[base + j] != tid:
                m.holder_tid[base + k] = m.holder_tid[base + j]
                m.holder_mode[base + k] = m.holder_mode[base + j]
                k += 1
        m.n_holders[item] = k
        touched[n_touched] = item
        n_touched += 1
    if t.waiting >= 0:
        item = t.waiting
        base = item * MAX_TXN
        k = 0
        for j in range(m.n_queue[item]):
            if m.queue_tid[base + j] != tid:
                m.queue_tid[base + k] = m.queue_tid[base + j]
                m.queue_mode[base + k] = m.queue_mode[base + j]
                k += 1
        m.n_queue[item] = k
        touched[n_touched] = item
        n_touched += 1
    for i in range(slot, m.n_active - 1):
        m.act[i] = m.act[i + 1]
    m.n_active -= 1
    for i in range(n_touched):
        grant_waiters(m, touched[i])


cdef int visit(Manager *m, int u) noexcept nogil:
    """DFS from slot u; returns the path index where a cycle starts, or -1."""
    cdef u64 rest = m.adj[u]
    cdef int v, i, found
    m.color[u] = 1
    m.path[m.path_len] = u
    m.path_len += 1
    while rest:
        v = __builtin_ctzll(rest)
        rest &= rest - 1
        if m.color[v] == 1:
            for i in range(m.path_len):
                if m.path[i] == v:
                    return i
        if m.color[v] == 0:
            found = visit(m, v)
            if found >= 0:
                return found
    m.path_len -= 1
    m.color[u] = 2
    return -1


cdef int find_victim(Manager *m) noexcept nogil:
    """Slot of the youngest transaction on the first cycle found, or -1."""
    cdef int i, j, p, item, base, tid, mode, w, h, start, best
    for i in range(m.n_active):
        m.adj[i] = 0
        m.color[i] = 0
    for item in range(m.items):
        base = item * MAX_TXN
        for p in range(m.n_queue[item]):
            tid = m.queue_tid[base + p]
            mode = m.queue_mode[base + p]
            w = slot_of(m, tid)
            for j in range(m.n_holders[item]):
                if m.holder_tid[base + j] != tid and conflicts(mode, m.holder_mode[base + j]):
                    h = slot_of(m, m.holder_tid[base + j])
                    m.adj[w] |= 1ULL << h
            for j in range(p):
                h = slot_of(m, m.queue_tid[base + j])
                m.adj[w] |= 1ULL << h
    m.path_len = 0
    for i in range(m.n_active):
        if m.act[i].waiting >= 0 and m.color[i] == 0:
            start = visit(m, i)
            if start >= 0:
                best = m.path[start]
                for j in range(start, m.path_len):
                    if m.path[j] > best:
                        best = m.path[j]
                return best
    return -1


cdef void detect(Manager *m, long long *detections, long long *aborts) noexcept nogil:
    cdef int victim
    detections[0] += 1
    while True:
        victim = find_victim(m)
        if victim < 0:
            return
        aborts[0] += 1
        finish(m, victim)
        if m.next_tid < m.steps:
            spawn(m)


@cython_benchmark(args=(50000, 16, 120, 40, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def two_phase_locking_deadlocks(int steps, int concurrency, int items, int detect_every, long long seed):
    """Return (commits, aborts, detection runs, waits, longest queue, commit-order checksum, still running)."""
    if concurrency > MAX_TXN // 2:
        raise ValueError("concurrency too large for the fixed transaction table")
    cdef Manager *m = <Manager *>malloc(sizeof(Manager))
    cdef Py_ssize_t cells = <Py_ssize_t>(items if items > 0 else 1) * MAX_TXN
    cdef long long commits = 0, aborts = 0, detections = 0, waits = 0, longest = 0, checksum = 0
    cdef int step, i, n_runnable, pick, slot, item, mode, held, base
    cdef int runnable[MAX_TXN]
    cdef Txn *t
    if m == NULL:
        raise MemoryError()
    m.n_holders = <int *>malloc((items + 1) * sizeof(int))
    m.n_queue = <int *>malloc((items + 1) * sizeof(int))
    m.holder_tid = <int *>malloc(cells * sizeof(int))
    m.holder_mode = <int *>malloc(cells * sizeof(int))
    m.queue_tid = <int *>malloc(cells * sizeof(int))
    m.queue_mode = <int *>malloc(cells * sizeof(int))
    try:
        if not (m.n_holders and m.n_queue and m.holder_tid and m.holder_mode and m.queue_tid and m.queue_mode):
            raise MemoryError()
        with nogil:
            m.n_active = 0
            m.items = items
            m.state = <unsigned long long>seed
            m.next_tid = 0
            m.steps = steps
            for i in range(items):
                m.n_holders[i] = 0
                m.n_queue[i] = 0
            for i in range(concurrency if concurrency < steps else steps):
                spawn(m)
            for step in range(steps):
                n_runnable = 0
                for i in range(m.n_active):
                    if m.act[i].waiting < 0:
                        runnable[n_runnable] = i
                        n_runnable += 1
                if n_runnable == 0:
                    if m.n_active > 0:
                        detect(m, &detections, &aborts)
                    continue
                slot = runnable[draw(&m.state, n_runnable)]
                t = &m.act[slot]
                if t.pc == t.n_script:
                    commits += 1
                    checksum = (checksum * 131 + t.tid + 1) % MOD
                    finish(m, slot)
                    if m.next_tid < steps:
                        spawn(m)
                else:
                    item = t.item[t.pc]
                    mode = t.mode[t.pc]
                    base = item * MAX_TXN
                    held = -1
                    for i in range(m.n_holders[item]):
                        if m.holder_tid[base + i] == t.tid:
                            held = m.holder_mode[base + i]
                    if held == EXCLUSIVE or held == mode:
                        t.pc += 1
                    elif m.n_queue[item] == 0 and compatible(m, item, t.tid, mode):
                        set_holder(m, item, t.tid, mode)
                        add_held(t, item)
                        t.pc += 1
                    else:
                        m.queue_tid[base + m.n_queue[item]] = t.tid
                        m.queue_mode[base + m.n_queue[item]] = mode
                        m.n_queue[item] += 1
                        t.waiting = item
                        waits += 1
                        if m.n_queue[item] > longest:
                            longest = m.n_queue[item]
                if step % detect_every == detect_every - 1:
                    detect(m, &detections, &aborts)
        return commits, aborts, detections, waits, longest, checksum, m.n_active
    finally:
        free(m.n_holders); free(m.n_queue); free(m.holder_tid); free(m.holder_mode)
        free(m.queue_tid); free(m.queue_mode); free(m)
