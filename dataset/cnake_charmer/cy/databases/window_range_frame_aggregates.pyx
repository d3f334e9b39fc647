# cython: language_level=3
"""Window functions over a RANGE frame: moving SUM, COUNT and MAX per partition — struct rows, qsort and an array deque.

Rows are C structs sorted with ``qsort`` and a ``cdef`` comparator on (account, ts,
id), which reproduces the Python sort order exactly because ids are unique. The frame
edges are two integer cursors, the running sum a ``long long`` and the MAX deque a
plain ``int`` array with head and tail indices (each position enters and leaves it at
most once). Window values are written straight into id-indexed result arrays.

Keywords: databases, window function, range frame, moving aggregate, partition by, monotonic deque, two pointers
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007


cdef struct Row:
    int id
    int account
    long long ts
    long long amount


cdef int row_cmp(const void *pa, const void *pb) noexcept nogil:
    cdef const Row *a = <const Row *>pa
    cdef const Row *b = <const Row *>pb
    if a.account != b.account:
        return -1 if a.account < b.account else 1
    if a.ts != b.ts:
        return -1 if a.ts < b.ts else 1
    return (a.id > b.id) - (a.id < b.id)


cdef inline long long draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


@cython_benchmark(args=(60000, 100, 40000, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def window_range_frame_aggregates(int rows, int accounts, long long width, long long seed):
    """Return (flagged rows, largest frame, checksum in id order, first rows' (sum, count, max))."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef Row *r = <Row *>malloc((rows + 1) * sizeof(Row))
    cdef long long *w_sum = <long long *>malloc((rows + 1) * sizeof(long long))
    cdef long long *w_cnt = <long long *>malloc((rows + 1) * sizeof(long long))
    cdef long long *w_max = <long long *>malloc((rows + 1) * sizeof(long long))
    cdef int *dq = <int *>malloc((rows + 1) * sizeof(int))
    cdef long long horizon = 40 * <long long>rows + 1, total, ts, amount, count
    cdef long long flagged = 0, largest = 0, checksum = 0
    cdef int i, a, b, part_end, start, end, pos, head, tail, account
    try:
        if not (r and w_sum and w_cnt and w_max and dq):
            raise MemoryError()
        with nogil:
            for i in range(rows):
                a = <int>draw(&state, accounts)
                b = <int>draw(&state, accounts)
                r[i].id = i
                r[i].account = a if a < b else b
                r[i].ts = draw(&state, horizon) // 16 * 16
                if draw(&state, 20):
                    r[i].amount = 1 + draw(&state, 100)
                else:
                    r[i].amount = 1 + draw(&state, 5000)
            qsort(r, rows, sizeof(Row), row_cmp)
            i = 0
            while i < rows:
                account = r[i].account
                part_end = i
                while part_end < rows and r[part_end].account == account:
                    part_end += 1
                start = i
                end = i
                total = 0
                head = 0
                tail = 0
                for pos in range(i, part_end):
                    ts = r[pos].ts
                    while (end < part_end and r[end].ts == ts) or end <= pos:
                        amount = r[end].amount
                        total += amount
                        while tail > head and r[dq[tail - 1]].amount <= amount:
                            tail -= 1
                        dq[tail] = end
                        tail += 1
                        end += 1
                    while r[start].ts < ts - width:
                        total -= r[start].amount
                        if dq[head] == start:
                            head += 1
                        start += 1
                    count = end - start
                    if count > largest:
                        largest = count
                    if r[pos].amount * count > 3 * total:
                        flagged += 1
                    w_sum[r[pos].id] = total
                    w_cnt[r[pos].id] = count
                    w_max[r[pos].id] = r[dq[head]].amount
                i = part_end
            for i in range(rows):
                checksum = (checksum * 1000003 + w_sum[i] * 3 + w_cnt[i] * 7 + w_max[i]) % MOD
        return flagged, largest, checksum, [(w_sum[i], w_cnt[i], w_max[i]) for i in range(rows if rows < 4 else 4)]
    finally:
        free(r); free(w_sum); free(w_cnt); free(w_max); free(dq)
