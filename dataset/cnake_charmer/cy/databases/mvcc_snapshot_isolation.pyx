# cython: language_level=3
"""Multi-version concurrency control: snapshot reads, write conflicts and vacuum — a version pool with a free list.

Versions are C structs in a ``cdef class`` pool (allocated in ``__cinit__``, freed in
``__dealloc__``) linked newest-to-oldest per row, so a reader walks each chain from
the head and a vacuum unlinks dead versions and pushes them on a free list for reuse.
Transactions are small structs whose snapshot holds at most eight running ids, so
visibility is an inline check against a byte status array and a tiny C array.

Keywords: databases, mvcc, snapshot isolation, version chain, visibility, write conflict, vacuum, transactions
"""

import cython
from libc.stdlib cimport malloc, realloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007
    RUNNING = 0
    COMMITTED = 1
    ABORTED = 2
    MAX_ACTIVE = 8
    MAX_WORK = 8


cdef struct Version:
    int xmin
    int xmax
    long long value
    int older


cdef struct Txn:
    int txid
    bint reader
    int xmin
    int xmax
    int running[MAX_ACTIVE]
    int n_running
    int work
    int touched[MAX_WORK]
    int n_touched


cdef class VersionPool:
    cdef Version *v
    cdef int cap
    cdef int used
    cdef int free_head

    def __cinit__(self, int cap):
        self.cap = cap if cap > 16 else 16
        self.used = 0
        self.free_head = -1
        self.v = <Version *>malloc(self.cap * sizeof(Version))
        if self.v == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.v)

    cdef int alloc(self, int xmin, long long value, int older) except -1:
        cdef int i
        cdef Version *p
        if self.free_head >= 0:
            i = self.free_head
            self.free_head = self.v[i].older
        else:
            if self.used == self.cap:
                p = <Version *>realloc(self.v, 2 * self.cap * sizeof(Version))
                if p == NULL:
                    raise MemoryError()
                self.v = p
                self.cap *= 2
            i = self.used
            self.used += 1
        self.v[i].xmin = xmin
        self.v[i].xmax = -1
        self.v[i].value = value
        self.v[i].older = older
        return i

    cdef inline void release(self, int i) noexcept:
        self.v[i].older = self.free_head
        self.free_head = i


cdef inline bint sees(Txn *t, int xid, char *status) noexcept nogil:
    cdef int i
    if xid == t.txid:
        return True
    if status[xid] != COMMITTED or xid >= t.xmax:
        return False
    for i in range(t.n_running):
        if t.running[i] == xid:
            return False
    return True


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


@cython_benchmark(args=(250, 30000, 40, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def mvcc_snapshot_isolation(int rows, int steps, int vacuum_every, long long seed):
    """Return (commits, aborts, scans, scan checksum, first scan sums, live versions, vacuumed, longest chain)."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef VersionPool pool = VersionPool(rows * 4)
    cdef char *status = <char *>malloc(steps + 2)
    cdef int *head = <int *>malloc((rows + 1) * sizeof(int))
    cdef int *length = <int *>malloc((rows + 1) * sizeof(int))
    cdef Txn active[MAX_ACTIVE]
    cdef Txn *txn
    cdef Version *ver
    cdef int n_active = 0, n_status = 1, step, action, i, j, row, horizon, txid, idx, prev, cur, nxt, newest
    cdef long long commits = 0, aborts = 0, scans = 0, checksum = 0, vacuumed = 0, value, total, live = 0
    cdef int longest = 1 if rows > 0 else 0
    first_sums = []
    try:
        if status == NULL or head == NULL or length == NULL:
            raise MemoryError()
        status[0] = COMMITTED
        for row in range(rows):
            head[row] = pool.alloc(0, draw(&state, 1000), -1)
            length[row] = 1
        for step in range(steps):
            if step % vacuum_every == vacuum_every - 1:
                horizon = n_status
                for i in range(n_active):
                    if active[i].xmin < horizon:
                        horizon = active[i].xmin
                for row in range(rows):
                    prev = -1
                    cur = head[row]
                    while cur != -1:
                        ver = &pool.v[cur]
                        nxt = ver.older
                        if ver.xmax != -1 and status[ver.xmax] == COMMITTED and ver.xmax < horizon:
                            if prev == -1:
                                head[row] = nxt
                            else:
                                pool.v[prev].older = nxt
                            pool.release(cur)
                            length[row] -= 1
                            vacuumed += 1
                        else:
                            prev = cur
                        cur = nxt
            action = <int>draw(&state, 100)
            if action < 20:
                if n_active < MAX_ACTIVE:
                    txid = n_status
                    status[n_status] = RUNNING
                    n_status += 1
                    txn = &active[n_active]
                    txn.txid = txid
                    txn.reader = action >= 10
                    txn.xmin = txid
                    txn.xmax = txid
                    txn.n_running = n_active
                    txn.n_touched = 0
                    for i in range(n_active):
                        txn.running[i] = active[i].txid
                        if active[i].txid < txn.xmin:
                            txn.xmin = active[i].txid
                    txn.work = <int>draw(&state, 6) if txn.reader else 1 + <int>draw(&state, 4)
                    n_active += 1
                continue
            if n_active == 0:
                continue
            idx = <int>draw(&state, n_active)
            txn = &active[idx]
            if txn.work > 0 and not txn.reader:
                txn.work -= 1
                if rows == 0:
                    continue
                row = <int>draw(&state, rows)
                value = draw(&state, 1000)
                newest = head[row]
                ver = &pool.v[newest]
                if ver.xmin == txn.txid:
                    ver.value = value
                elif status[ver.xmin] == RUNNING or not sees(txn, ver.xmin, status):
                    for i in range(txn.n_touched - 1, -1, -1):
                        j = txn.touched[i]
                        cur = head[j]
                        head[j] = pool.v[cur].older
                        pool.release(cur)
                        pool.v[head[j]].xmax = -1
                        length[j] -= 1
                    status[txn.txid] = ABORTED
                    for i in range(idx, n_active - 1):
                        active[i] = active[i + 1]
                    n_active -= 1
                    aborts += 1
                else:
                    ver.xmax = txn.txid
                    head[row] = pool.alloc(txn.txid, value, newest)
                    txn.touched[txn.n_touched] = row
                    txn.n_touched += 1
                    length[row] += 1
                    if length[row] > longest:
                        longest = length[row]
            elif txn.work > 0:
                txn.work -= 1
            else:
                if txn.reader:
                    total = 0
                    with nogil:
                        for row in range(rows):
                            cur = head[row]
                            while cur != -1:
                                ver = &pool.v[cur]
                                if sees(txn, ver.xmin, status) and not (ver.xmax != -1 and sees(txn, ver.xmax, status)):
                                    total += ver.value * (row % 10 + 1)
                                    break
                                cur = ver.older
                    scans += 1
                    checksum = (checksum * 1000003 + total) % MOD
                    if len(first_sums) < 4:
                        first_sums.append(total)
                status[txn.txid] = COMMITTED
                for i in range(idx, n_active - 1):
                    active[i] = active[i + 1]
                n_active -= 1
                commits += 1
        for row in range(rows):
            live += length[row]
        return commits, aborts, scans, checksum, first_sums, live, vacuumed, longest
    finally:
        free(status); free(head); free(length)
