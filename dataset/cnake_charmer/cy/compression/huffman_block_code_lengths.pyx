# distutils: language = c++
# cython: language_level=3
"""Huffman trees per block with ``std::priority_queue`` and C parent arrays.

Histograms are 64-entry C arrays; the heap is a ``std::priority_queue`` of
``std::pair[long long, int]`` holding negated (frequency, node id) so the max-heap
pops the same minimum, with the same tie order, as Python's ``heapq``. Leaf depths are
read from an ``int`` parent array.

Keywords: huffman, prefix codes, priority queue, entropy coding, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memset
from libcpp.queue cimport priority_queue
from libcpp.pair cimport pair

from cnake_charmer.benchmarks import cython_benchmark

ctypedef long long weight_t
ctypedef pair[weight_t, int] Item


@cython_benchmark(args=(200000, 4096, 6))
@cython.boundscheck(False)
@cython.wraparound(False)
def huffman_block_code_lengths(int n, int block, int seed):
    """Return (bits per block, (symbol, length) table of block 0, longest code overall)."""
    cdef unsigned char *data = <unsigned char *> malloc(n + 1)
    cdef long long counts[64]
    cdef int symbols[64]
    cdef int parent[128]
    cdef int lengths[64]
    cdef priority_queue[Item] heap
    cdef Item x, y
    cdef unsigned long long state = seed
    cdef int i, a, b, start, stop, k, ns, next_id, node, depth, longest = 0
    cdef long long total
    cdef list bits = []
    cdef list first = []
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            a = (state >> 8) % 64
            b = (state >> 16) % 64
            data[i] = (a if a < b else b) if state & 1 else (a * b) % 64
        for start in range(0, n, block):
            stop = start + block if start + block < n else n
            memset(counts, 0, sizeof(counts))
            for i in range(start, stop):
                counts[data[i]] += 1
            ns = 0
            for k in range(64):
                if counts[k]:
                    symbols[ns] = k
                    heap.push(Item(-counts[k], -ns))
                    parent[ns] = -1
                    ns += 1
            next_id = ns
            while heap.size() > 1:
                x = heap.top()
                heap.pop()
                y = heap.top()
                heap.pop()
                parent[next_id] = -1
                parent[-x.second] = next_id
                parent[-y.second] = next_id
                heap.push(Item(x.first + y.first, -next_id))
                next_id += 1
            while heap.size():
                heap.pop()
            total = 0
            for i in range(ns):
                depth = 0
                node = i
                while parent[node] != -1:
                    node = parent[node]
                    depth += 1
                lengths[i] = depth if depth > 1 else 1
                total += counts[symbols[i]] * lengths[i]
                if lengths[i] > longest:
                    longest = lengths[i]
            bits.append(total)
            if start == 0:
                first = [(symbols[i], lengths[i]) for i in range(ns)]
        return (bits, first, longest)
    finally:
        free(data)
