# cython: language_level=3
"""External merge sort: replacement-selection run generation and multi-pass merging — packed-key C heaps.

Replacement selection keeps (run, key) packed into one ``uint64`` (run in the high
bits), so the tuple order becomes integer order and the heap is a hand-written binary
heap with sift-down replace. Runs are laid out back to back in one buffer with an
offsets array; every merge pass reads one buffer and writes the next (ping-pong), each
group merged through a small C heap of (key, cursor) pairs. Everything runs without
the GIL.

Keywords: databases, external sort, replacement selection, sorted runs, multiway merge, merge passes, heap
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef unsigned long long u64

cdef enum:
    MOD = 1000000007


cdef inline void sift_down(u64 *heap, Py_ssize_t size, Py_ssize_t i) noexcept nogil:
    cdef u64 item = heap[i]
    cdef Py_ssize_t child
    while True:
        child = 2 * i + 1
        if child >= size:
            break
        if child + 1 < size and heap[child + 1] < heap[child]:
            child += 1
        if heap[child] >= item:
            break
        heap[i] = heap[child]
        i = child
    heap[i] = item


cdef Py_ssize_t merge_group(u64 *src, Py_ssize_t *begin, Py_ssize_t *end, int k, u64 *dst,
                            u64 *heap_key, int *heap_run) noexcept nogil:
    """Merge runs [begin[j], end[j]) of src into dst; begin[] is advanced. Returns records written."""
    cdef int size = 0, j, i, child, r
    cdef Py_ssize_t out = 0
    cdef u64 key
    for j in range(k):
        if begin[j] < end[j]:
            heap_key[size] = src[begin[j]]
            heap_run[size] = j
            size += 1
    for i in range(size // 2 - 1, -1, -1):
        key = heap_key[i]
        r = heap_run[i]
        j = i
        while True:
            child = 2 * j + 1
            if child >= size:
                break
            if child + 1 < size and heap_key[child + 1] < heap_key[child]:
                child += 1
            if heap_key[child] >= key:
                break
            heap_key[j] = heap_key[child]
            heap_run[j] = heap_run[child]
            j = child
        heap_key[j] = key
        heap_run[j] = r
    while size > 0:
        r = heap_run[0]
        dst[out] = heap_key[0]
        out += 1
        begin[r] += 1
        if begin[r] < end[r]:
            key = src[begin[r]]
        else:
            size -= 1
            key = heap_key[size]
            r = heap_run[size]
        j = 0
        while True:
            child = 2 * j + 1
            if child >= size:
                break
            if child + 1 < size and heap_key[child + 1] < heap_key[child]:
                child += 1
            if heap_key[child] >= key:
                break
            heap_key[j] = heap_key[child]
            heap_run[j] = heap_run[child]
            j = child
        if size > 0:
            heap_key[j] = key
            heap_run[j] = r
    return out


@cython_benchmark(args=(150000, 500, 4, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def replacement_selection_external_sort(int n, int memory, int fan_in, long long seed):
    """Return (initial runs, shortest run, longest run, merge passes, records merged, checksum, samples)."""
    cdef u64 state = <u64>seed
    cdef u64 *records = <u64 *>malloc((n + 1) * sizeof(u64))
    cdef u64 *buf_a = <u64 *>malloc((n + 1) * sizeof(u64))
    cdef u64 *buf_b = <u64 *>malloc((n + 1) * sizeof(u64))
    cdef u64 *heap = <u64 *>malloc((memory + 1) * sizeof(u64))
    cdef Py_ssize_t *offsets = <Py_ssize_t *>malloc((n + 2) * sizeof(Py_ssize_t))
    cdef Py_ssize_t *begin = <Py_ssize_t *>malloc((fan_in + 1) * sizeof(Py_ssize_t))
    cdef Py_ssize_t *end = <Py_ssize_t *>malloc((fan_in + 1) * sizeof(Py_ssize_t))
    cdef u64 *heap_key = <u64 *>malloc((fan_in + 1) * sizeof(u64))
    cdef int *heap_run = <int *>malloc((fan_in + 1) * sizeof(int))
    cdef u64 *src
    cdef u64 *dst
    cdef u64 *tmp
    cdef u64 top, key, incoming, run, current_run = 0
    cdef Py_ssize_t size, next_input, written = 0, nruns = 0, i, g, shortest = 0, longest = 0, length
    cdef Py_ssize_t new_runs, pos, k, initial = 0
    cdef long long passes = 0, moved = 0, checksum = 0
    try:
        if not (records and buf_a and buf_b and heap and offsets and begin and end and heap_key and heap_run):
            raise MemoryError()
        with nogil:
            for i in range(n):
                state = state * 6364136223846793005ULL + 1442695040888963407ULL
                records[i] = (state >> 33) % (1ULL << 30)
            size = memory if memory < n else n
            for i in range(size):
                heap[i] = records[i]          # run 0
            for i in range(size // 2 - 1, -1, -1):
                sift_down(heap, size, i)
            next_input = size
            offsets[0] = 0
            while size > 0:
                top = heap[0]
                run = top >> 32
                key = top & 0xFFFFFFFFULL
                if run != current_run:
                    nruns += 1
                    offsets[nruns] = written
                    current_run = run
                buf_a[written] = key
                written += 1
                if next_input < n:
                    incoming = records[next_input]
                    next_input += 1
                    heap[0] = ((run if incoming >= key else run + 1) << 32) | incoming
                else:
                    size -= 1
                    heap[0] = heap[size]
                sift_down(heap, size, 0)
            if written > 0:
                nruns += 1
                offsets[nruns] = written
            initial = nruns
            for i in range(nruns):
                length = offsets[i + 1] - offsets[i]
                if i == 0 or length < shortest:
                    shortest = length
                if length > longest:
                    longest = length
            src = buf_a
            dst = buf_b
            while nruns > 1:
                passes += 1
                new_runs = 0
                pos = 0
                g = 0
                while g < nruns:
                    k = fan_in if g + fan_in <= nruns else nruns - g
                    for i in range(k):
                        begin[i] = offsets[g + i]
                        end[i] = offsets[g + i + 1]
                    pos += merge_group(src, begin, end, <int>k, dst + pos, heap_key, heap_run)
                    new_runs += 1
                    offsets[new_runs] = pos
                    g += fan_in
                moved += pos
                nruns = new_runs
                tmp = src
                src = dst
                dst = tmp
            for i in range(written):
                checksum = (checksum * 31 + <long long>src[i] * (i % 7 + 1)) % MOD
        step = written // 6
        if step < 1:
            step = 1
        samples = [src[i] for i in range(0, written, step)]
        return initial, shortest, longest, passes, moved, checksum, samples
    finally:
        free(records); free(buf_a); free(buf_b); free(heap); free(offsets)
        free(begin); free(end); free(heap_key); free(heap_run)
