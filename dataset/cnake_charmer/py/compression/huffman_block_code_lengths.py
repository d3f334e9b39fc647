"""Huffman code lengths for every block of a skewed byte stream.

For each block the byte histogram is turned into a Huffman tree with a binary heap
(ties broken by node creation order); code lengths come from leaf depths, giving the
compressed size of each block and the code-length table of the first block.

Keywords: huffman, prefix codes, heap, entropy coding, compression
"""

import heapq
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 4096, 6), cases=[(0, 64, 1), (1, 64, 2), (100, 30, 3), (5000, 1000, 4)])
def huffman_block_code_lengths(n: int, block: int, seed: int) -> Tuple[List[int], List[Tuple[int, int]], int]:
    """Return (bits per block, (symbol, length) table of block 0, longest code overall)."""
    state = seed
    data = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state >> 8) % 64
        b = (state >> 16) % 64
        data.append(min(a, b) if state & 1 else (a * b) % 64)
    bits = []
    first: List[Tuple[int, int]] = []
    longest = 0
    for start in range(0, n, block):
        counts = Counter(data[start:start + block])
        symbols = sorted(counts)
        parent = [-1] * len(symbols)
        heap = [(counts[s], i) for i, s in enumerate(symbols)]
        heapq.heapify(heap)
        next_id = len(symbols)
        while len(heap) > 1:
            f1, a = heapq.heappop(heap)
            f2, b = heapq.heappop(heap)
            parent.append(-1)
            parent[a] = parent[b] = next_id
            heapq.heappush(heap, (f1 + f2, next_id))
            next_id += 1
        lengths = []
        for i in range(len(symbols)):
            depth = 0
            node = i
            while parent[node] != -1:
                node = parent[node]
                depth += 1
            lengths.append(max(depth, 1))
        bits.append(sum(counts[s] * l for s, l in zip(symbols, lengths)))
        longest = max([longest] + lengths)
        if start == 0:
            first = list(zip(symbols, lengths))
    return (bits, first, longest)
