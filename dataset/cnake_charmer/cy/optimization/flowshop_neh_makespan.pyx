# cython: language_level=3
"""NEH flow-shop heuristic evaluating insertions on C arrays without copies.

Processing times are a flat C int matrix; a candidate insertion is evaluated by a
``nogil`` cdef that walks the partial sequence with the new job spliced in virtually
(no list slicing), keeping the machine completion times in a small C buffer. The
decreasing-work order is sorted with a typed insertion sort.

Keywords: optimization, scheduling, flow shop, neh heuristic, makespan
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef long span_with_insert(const int *seq, int length, int job, int pos, const int *times,
                           int machines, long *finish) noexcept nogil:
    cdef int i, m, j, idx
    for m in range(machines):
        finish[m] = 0
    for i in range(length + 1):
        if i < pos:
            j = seq[i]
        elif i == pos:
            j = job
        else:
            j = seq[i - 1]
        idx = j * machines
        finish[0] += times[idx]
        for m in range(1, machines):
            if finish[m - 1] > finish[m]:
                finish[m] = finish[m - 1]
            finish[m] += times[idx + m]
    return finish[machines - 1]


@cython_benchmark(args=(65, 8, 3))
def flowshop_neh_makespan(int jobs, int machines, long seed):
    """Return (NEH makespan, decreasing-work makespan, NEH sequence)."""
    if machines <= 0:
        return 0, 0, list(range(jobs if jobs > 0 else 0))
    cdef int n = jobs if jobs > 0 else 0
    cdef int *times = <int *>malloc((n * machines + 1) * sizeof(int))
    cdef int *order = <int *>malloc((n + 1) * sizeof(int))
    cdef long *work = <long *>malloc((n + 1) * sizeof(long))
    cdef int *seq = <int *>malloc((n + 1) * sizeof(int))
    cdef long *finish = <long *>malloc(machines * sizeof(long))
    if times == NULL or order == NULL or work == NULL or seq == NULL or finish == NULL:
        free(times); free(order); free(work); free(finish); free(seq)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int j, m, k, pos, best_pos, length = 0, key
    cdef long span, best_span, neh, base
    try:
        for j in range(n):
            work[j] = 0
            for m in range(machines):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                times[j * machines + m] = 1 + <int>((state >> 8) % 99)
                work[j] += times[j * machines + m]
        for j in range(n):
            k = j
            while k > 0 and work[order[k - 1]] < work[j]:
                order[k] = order[k - 1]
                k -= 1
            order[k] = j
        with nogil:
            for k in range(n):
                best_pos = 0
                best_span = -1
                for pos in range(length + 1):
                    span = span_with_insert(seq, length, order[k], pos, times, machines, finish)
                    if best_span < 0 or span < best_span:
                        best_pos = pos
                        best_span = span
                for pos in range(length, best_pos, -1):
                    seq[pos] = seq[pos - 1]
                seq[best_pos] = order[k]
                length += 1
            neh = span_with_insert(seq, length - 1, seq[length - 1], length - 1, times, machines, finish) if length > 0 else 0
            base = span_with_insert(order, n - 1, order[n - 1], n - 1, times, machines, finish) if n > 0 else 0
        return neh, base, [seq[k] for k in range(length)]
    finally:
        free(times); free(order); free(work); free(seq); free(finish)
