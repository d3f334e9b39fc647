# cython: language_level=3
"""ARIES-style crash recovery from a write-ahead log: analysis, redo and undo — a struct log in a growable C array.

Log records are C structs in one ``realloc``-grown array; transaction, lock, dirty
page and page-LSN tables are flat arrays indexed by transaction id, page or slot. A
transaction's write set is its prevLSN chain, so commit, abort and lock release walk
that chain instead of keeping per-transaction lists, and the committed image copies
the buffer (locks guarantee it holds the transaction's final values). The checkpoint
snapshot is kept in side arrays (only the latest is needed, like a master record).
Undo scans the log backwards once, which visits the losers' updates in the same
descending-LSN order as the Python heap.

Keywords: databases, write-ahead log, aries, crash recovery, redo, undo, checkpoint, transactions
"""

import cython
from libc.stdlib cimport malloc, calloc, realloc, free
from libc.string cimport memcpy, memset

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007
    MAX_ACTIVE = 12
    K_UPDATE = 0
    K_COMMIT = 1
    K_END = 2
    K_CHECKPOINT = 3


cdef struct Record:
    int kind
    int txn
    int page
    int slot
    long long before
    long long after
    long long prev


cdef struct Log:
    Record *r
    Py_ssize_t n
    Py_ssize_t cap


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


cdef inline Record *append(Log *log) noexcept nogil:
    cdef Record *p
    if log.n == log.cap:
        p = <Record *>realloc(log.r, 2 * log.cap * sizeof(Record))
        if p == NULL:
            return NULL
        log.r = p
        log.cap *= 2
    log.n += 1
    return &log.r[log.n - 1]


@cython_benchmark(args=(110000, 64, 16, 1700, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def wal_aries_crash_recovery(int steps, int pages, int slots, int checkpoint_every, long long seed):
    """Return (log records, checkpoints, winners, losers, redone, redo skipped, undone, conflicts, checksum, committed checksum, recovered == committed)."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef Py_ssize_t cells = <Py_ssize_t>pages * slots
    cdef Log log
    log.n = 0
    log.cap = 1024
    log.r = <Record *>malloc(log.cap * sizeof(Record))
    cdef long long *buffer = <long long *>calloc(cells + 1, sizeof(long long))
    cdef long long *committed = <long long *>calloc(cells + 1, sizeof(long long))
    cdef long long *disk = <long long *>calloc(cells + 1, sizeof(long long))
    cdef int *locks = <int *>malloc((cells + 1) * sizeof(int))
    cdef long long *page_lsn = <long long *>malloc((pages + 1) * sizeof(long long))
    cdef long long *disk_lsn = <long long *>malloc((pages + 1) * sizeof(long long))
    cdef long long *dirty = <long long *>malloc((pages + 1) * sizeof(long long))
    cdef long long *ckpt_dirty = <long long *>malloc((pages + 1) * sizeof(long long))
    cdef long long *last_lsn = <long long *>malloc((steps + 1) * sizeof(long long))
    cdef long long *att = <long long *>malloc((steps + 1) * sizeof(long long))
    cdef int ckpt_txn[MAX_ACTIVE]
    cdef long long ckpt_lsn[MAX_ACTIVE]
    cdef int active[MAX_ACTIVE]
    cdef int n_active = 0, n_ckpt = 0, next_txn = 0, step, action, txn, page, slot, i, j
    cdef long long conflicts = 0, checkpoints = 0, lsn, r, nxt, value, last_ckpt = -1
    cdef long long winners = 0, losers = 0, redone = 0, skipped = 0, undone = 0, start_lsn, checksum = 0, ccheck = 0, weight
    cdef Py_ssize_t cell
    cdef Record *rec
    cdef Record *src
    cdef bint failed = False, equal = True
    try:
        if not (log.r and buffer and committed and disk and locks and page_lsn and disk_lsn and dirty
                and ckpt_dirty and last_lsn and att):
            raise MemoryError()
        with nogil:
            for cell in range(cells):
                locks[cell] = -1
            for page in range(pages):
                page_lsn[page] = -1
                disk_lsn[page] = -1
                dirty[page] = -1
                ckpt_dirty[page] = -1
            for step in range(steps):
                if step % checkpoint_every == checkpoint_every - 1:
                    rec = append(&log)
                    if rec == NULL:
                        failed = True
                        break
                    rec.kind = K_CHECKPOINT
                    rec.txn = -1
                    last_ckpt = log.n - 1
                    n_ckpt = 0
                    for i in range(n_active):
                        if last_lsn[active[i]] >= 0:
                            ckpt_txn[n_ckpt] = active[i]
                            ckpt_lsn[n_ckpt] = last_lsn[active[i]]
                            n_ckpt += 1
                    memcpy(ckpt_dirty, dirty, pages * sizeof(long long))
                    checkpoints += 1
                action = <int>draw(&state, 100)
                if action < 8 or n_active == 0:
                    if n_active < MAX_ACTIVE:
                        active[n_active] = next_txn
                        n_active += 1
                        last_lsn[next_txn] = -1
                        next_txn += 1
                    continue
                j = <int>draw(&state, n_active)
                txn = active[j]
                if action < 75:
                    page = <int>draw(&state, pages)
                    slot = <int>draw(&state, slots)
                    cell = <Py_ssize_t>page * slots + slot
                    if locks[cell] != -1 and locks[cell] != txn:
                        conflicts += 1
                        continue
                    locks[cell] = txn
                    value = draw(&state, 1000000)
                    rec = append(&log)
                    if rec == NULL:
                        failed = True
                        break
                    lsn = log.n - 1
                    rec.kind = K_UPDATE
                    rec.txn = txn
                    rec.page = page
                    rec.slot = slot
                    rec.before = buffer[cell]
                    rec.after = value
                    rec.prev = last_lsn[txn]
                    last_lsn[txn] = lsn
                    buffer[cell] = value
                    page_lsn[page] = lsn
                    if dirty[page] < 0:
                        dirty[page] = lsn
                    continue
                if action < 87:
                    r = last_lsn[txn]
                    while r >= 0:
                        src = &log.r[r]
                        cell = <Py_ssize_t>src.page * slots + src.slot
                        committed[cell] = buffer[cell]
                        r = src.prev
                    rec = append(&log)
                    if rec == NULL:
                        failed = True
                        break
                    rec.kind = K_COMMIT
                elif action < 93:
                    r = last_lsn[txn]
                    while r >= 0:
                        nxt = log.r[r].prev
                        page = log.r[r].page
                        slot = log.r[r].slot
                        value = log.r[r].before
                        cell = <Py_ssize_t>page * slots + slot
                        rec = append(&log)
                        if rec == NULL:
                            failed = True
                            break
                        lsn = log.n - 1
                        rec.kind = K_UPDATE
                        rec.txn = txn
                        rec.page = page
                        rec.slot = slot
                        rec.before = buffer[cell]
                        rec.after = value
                        rec.prev = last_lsn[txn]
                        last_lsn[txn] = lsn
                        buffer[cell] = value
                        page_lsn[page] = lsn
                        if dirty[page] < 0:
                            dirty[page] = lsn
                        r = nxt
                    if failed:
                        break
                    rec = append(&log)
                    if rec == NULL:
                        failed = True
                        break
                    rec.kind = K_END
                else:
                    page = <int>draw(&state, pages)
                    if dirty[page] >= 0:
                        disk_lsn[page] = page_lsn[page]
                        memcpy(disk + <Py_ssize_t>page * slots, buffer + <Py_ssize_t>page * slots, slots * sizeof(long long))
                        dirty[page] = -1
                    continue
                # commit or abort: finish the transaction
                rec.txn = txn
                rec.prev = last_lsn[txn]
                r = last_lsn[txn]
                while r >= 0:
                    src = &log.r[r]
                    locks[<Py_ssize_t>src.page * slots + src.slot] = -1
                    r = src.prev
                for i in range(j, n_active - 1):
                    active[i] = active[i + 1]
                n_active -= 1

            # --- crash: recover from the disk image and the log ---
            if not failed:
                for i in range(next_txn):
                    att[i] = -1
                start_lsn = 0
                if last_ckpt >= 0:
                    start_lsn = last_ckpt + 1
                    for i in range(n_ckpt):
                        att[ckpt_txn[i]] = ckpt_lsn[i]
                    memcpy(dirty, ckpt_dirty, pages * sizeof(long long))
                else:
                    for page in range(pages):
                        dirty[page] = -1
                for lsn in range(start_lsn, log.n):
                    rec = &log.r[lsn]
                    if rec.kind == K_UPDATE:
                        att[rec.txn] = lsn
                        if dirty[rec.page] < 0:
                            dirty[rec.page] = lsn
                    elif rec.kind == K_COMMIT or rec.kind == K_END:
                        att[rec.txn] = -1
                        winners += 1
                for i in range(next_txn):
                    if att[i] >= 0:
                        losers += 1
                start_lsn = log.n
                for page in range(pages):
                    if dirty[page] >= 0 and dirty[page] < start_lsn:
                        start_lsn = dirty[page]
                for lsn in range(start_lsn, log.n):
                    rec = &log.r[lsn]
                    if rec.kind != K_UPDATE:
                        continue
                    if dirty[rec.page] < 0 or lsn < dirty[rec.page] or disk_lsn[rec.page] >= lsn:
                        skipped += 1
                        continue
                    disk[<Py_ssize_t>rec.page * slots + rec.slot] = rec.after
                    disk_lsn[rec.page] = lsn
                    redone += 1
                for lsn in range(log.n - 1, -1, -1):
                    rec = &log.r[lsn]
                    if rec.kind == K_UPDATE and att[rec.txn] >= 0:
                        disk[<Py_ssize_t>rec.page * slots + rec.slot] = rec.before
                        undone += 1
                for cell in range(cells):
                    weight = cell + 1
                    checksum = (checksum + disk[cell] * weight) % MOD
                    ccheck = (ccheck + committed[cell] * weight) % MOD
                    if disk[cell] != committed[cell]:
                        equal = False
        if failed:
            raise MemoryError()
        return (log.n, checkpoints, winners, losers, redone, skipped, undone, conflicts, checksum, ccheck, equal)
    finally:
        free(log.r); free(buffer); free(committed); free(disk); free(locks); free(page_lsn)
        free(disk_lsn); free(dirty); free(ckpt_dirty); free(last_lsn); free(att)
