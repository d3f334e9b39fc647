# cython: language_level=3
"""A log-structured merge tree: memtable flushes, leveled compaction and tombstones — on C structs.

The memtable is a fixed open-addressing hash table of C structs that is flushed by
``qsort`` with a ``cdef`` comparator; every sorted run is a malloc'd array of
``Entry`` structs (key, sequence, value, 0 meaning tombstone). Compaction is a k-way
merge over run cursors that keeps the highest sequence per key, and point reads are C
binary searches. The whole operation loop runs without the GIL.

Keywords: databases, lsm tree, compaction, memtable, sorted runs, tombstones, k-way merge
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MEMTABLE_LIMIT = 128
    TABLE_SIZE = 512
    L0_LIMIT = 4
    BASE = 1024
    RATIO = 4
    DEPTH = 4
    MOD = 1000000007


cdef struct Entry:
    long long key
    long long seq
    long long value


cdef struct Run:
    Entry *e
    Py_ssize_t n


cdef struct Slot:
    long long key
    long long seq
    long long value
    int used


cdef int entry_cmp(const void *a, const void *b) noexcept nogil:
    cdef long long x = (<const Entry *>a).key, y = (<const Entry *>b).key
    return (x > y) - (x < y)


cdef inline int slot_of(long long key) noexcept nogil:
    return <int>((<unsigned long long>key * 0x9E3779B97F4A7C15ULL) >> 55)   # 9 bits -> 512 slots


cdef inline int find_slot(Slot *table, long long key) noexcept nogil:
    cdef int h = slot_of(key)
    while table[h].used and table[h].key != key:
        h = (h + 1) & (TABLE_SIZE - 1)
    return h


cdef Run merge_runs(Run *runs, int k, bint bottom, long long *written, long long *dropped) noexcept nogil:
    """Merge k sorted runs keeping the newest version of each key; frees the inputs."""
    cdef Py_ssize_t total = 0, pos[16]
    cdef int i, best
    cdef long long last = -1
    cdef Entry *cur = NULL
    cdef Entry *e
    cdef Run out
    for i in range(k):
        total += runs[i].n
        pos[i] = 0
    out.e = <Entry *>malloc((total + 1) * sizeof(Entry))
    out.n = 0
    while True:
        best = -1
        for i in range(k):
            if pos[i] < runs[i].n:
                e = &runs[i].e[pos[i]]
                if best < 0 or e.key < cur.key or (e.key == cur.key and e.seq > cur.seq):
                    best = i
                    cur = e
        if best < 0:
            break
        pos[best] += 1
        if cur.key == last:
            continue
        last = cur.key
        if cur.value == 0 and bottom:
            dropped[0] += 1
            continue
        out.e[out.n] = cur[0]
        out.n += 1
    for i in range(k):
        free(runs[i].e)
        runs[i].e = NULL
        runs[i].n = 0
    written[0] += out.n
    return out


cdef inline bint has_data(Run *levels, int start) noexcept nogil:
    cdef int i
    for i in range(start, DEPTH):
        if levels[i].n > 0:
            return True
    return False


cdef inline Py_ssize_t search(Run *run, long long key) noexcept nogil:
    cdef Py_ssize_t lo = 0, hi = run.n, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if run.e[mid].key < key:
            lo = mid + 1
        else:
            hi = mid
    return lo


@cython_benchmark(args=(70000, 24000, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def lsm_tree_leveled_compaction(int ops, int key_range, long long seed):
    """Return (flushes, compactions per level, written, tombstones dropped, hits, misses, probes, level sizes, live, checksum)."""
    cdef Slot table[TABLE_SIZE]
    cdef int used_slots[MEMTABLE_LIMIT]
    cdef int mem_n = 0
    cdef Run level0[L0_LIMIT]
    cdef Run levels[DEPTH]
    cdef Run inputs[L0_LIMIT + 1]
    cdef Run final
    cdef Run *all_runs = NULL
    cdef long long compactions[DEPTH]
    cdef int n0 = 0, i, j, h, kind, nall
    cdef long long flushes = 0, written = 0, dropped = 0, hits = 0, misses = 0, probed = 0
    cdef long long budget, key, a, b, seq, count = 0, checksum = 0
    cdef long long dummy_written = 0, dummy_dropped = 0
    cdef unsigned long long state = <unsigned long long>seed
    cdef Py_ssize_t p
    cdef bint found, done
    if key_range <= 0:
        key_range = 1
    for i in range(TABLE_SIZE):
        table[i].used = 0
    for i in range(DEPTH):
        levels[i].e = NULL
        levels[i].n = 0
        compactions[i] = 0
    for i in range(L0_LIMIT):
        level0[i].e = NULL
        level0[i].n = 0
    final.e = NULL
    try:
        with nogil:
            for seq in range(ops):
                state = state * 6364136223846793005ULL + 1442695040888963407ULL
                kind = <int>((state >> 33) % 10)
                state = state * 6364136223846793005ULL + 1442695040888963407ULL
                key = <long long>((state >> 33) % <unsigned long long>key_range)
                if kind < 5:
                    state = state * 6364136223846793005ULL + 1442695040888963407ULL
                    a = <long long>((state >> 33) % <unsigned long long>key_range)
                    if a < key:
                        key = a
                if kind < 2:
                    h = find_slot(table, key)
                    if table[h].used:
                        found = table[h].value != 0
                    else:
                        found = False
                        done = False
                        for i in range(n0 - 1, -1, -1):
                            probed += 1
                            p = search(&level0[i], key)
                            if p < level0[i].n and level0[i].e[p].key == key:
                                found = level0[i].e[p].value != 0
                                done = True
                                break
                        if not done:
                            for i in range(DEPTH):
                                if levels[i].n == 0:
                                    continue
                                probed += 1
                                p = search(&levels[i], key)
                                if p < levels[i].n and levels[i].e[p].key == key:
                                    found = levels[i].e[p].value != 0
                                    break
                    if found:
                        hits += 1
                    else:
                        misses += 1
                    continue
                h = find_slot(table, key)
                if not table[h].used:
                    table[h].used = 1
                    table[h].key = key
                    used_slots[mem_n] = h
                    mem_n += 1
                table[h].seq = seq
                if kind == 2:
                    table[h].value = 0
                else:
                    state = state * 6364136223846793005ULL + 1442695040888963407ULL
                    table[h].value = 1 + <long long>((state >> 33) % 1000)
                if mem_n < MEMTABLE_LIMIT:
                    continue
                # flush the memtable as a sorted run
                level0[n0].e = <Entry *>malloc(mem_n * sizeof(Entry))
                level0[n0].n = mem_n
                for i in range(mem_n):
                    h = used_slots[i]
                    level0[n0].e[i].key = table[h].key
                    level0[n0].e[i].seq = table[h].seq
                    level0[n0].e[i].value = table[h].value
                    table[h].used = 0
                qsort(level0[n0].e, mem_n, sizeof(Entry), entry_cmp)
                mem_n = 0
                n0 += 1
                flushes += 1
                if n0 < L0_LIMIT:
                    continue
                for i in range(n0):
                    inputs[i] = level0[i]
                    level0[i].e = NULL
                    level0[i].n = 0
                inputs[n0] = levels[0]
                levels[0] = merge_runs(inputs, n0 + 1, not has_data(levels, 1), &written, &dropped)
                n0 = 0
                compactions[0] += 1
                budget = BASE
                for i in range(DEPTH - 1):
                    if levels[i].n > budget:
                        inputs[0] = levels[i]
                        inputs[1] = levels[i + 1]
                        levels[i + 1] = merge_runs(inputs, 2, not has_data(levels, i + 2), &written, &dropped)
                        levels[i].e = NULL
                        levels[i].n = 0
                        compactions[i + 1] += 1
                    budget *= RATIO
            # final state: the memtable as one more run, then a merge of everything
            nall = 0
            inputs[0].e = <Entry *>malloc((mem_n + 1) * sizeof(Entry))
            inputs[0].n = mem_n
            for i in range(mem_n):
                h = used_slots[i]
                inputs[0].e[i].key = table[h].key
                inputs[0].e[i].seq = table[h].seq
                inputs[0].e[i].value = table[h].value
            qsort(inputs[0].e, mem_n, sizeof(Entry), entry_cmp)
            all_runs = <Run *>malloc((L0_LIMIT + DEPTH + 1) * sizeof(Run))
            all_runs[nall] = inputs[0]
            nall += 1
            for i in range(n0):
                all_runs[nall] = level0[i]
                nall += 1
            for i in range(DEPTH):
                all_runs[nall].n = levels[i].n
                all_runs[nall].e = <Entry *>malloc((levels[i].n + 1) * sizeof(Entry))
                for p in range(levels[i].n):
                    all_runs[nall].e[p] = levels[i].e[p]
                nall += 1
            final = merge_runs(all_runs, nall, True, &dummy_written, &dummy_dropped)
            for i in range(n0):
                level0[i].e = NULL
            for p in range(final.n):
                count += 1
                checksum = (checksum * 31 + final.e[p].key * 1009 + final.e[p].value) % MOD
        return (flushes, [compactions[i] for i in range(DEPTH)], written, dropped, hits, misses, probed,
                [n0] + [levels[i].n for i in range(DEPTH)], count, checksum)
    finally:
        for i in range(L0_LIMIT):
            free(level0[i].e)
        for i in range(DEPTH):
            free(levels[i].e)
        free(final.e)
        free(all_runs)
