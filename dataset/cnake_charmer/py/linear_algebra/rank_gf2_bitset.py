"""Rank of random binary matrices over GF(2), rows held as integer bitsets.

Each of `count` matrices has `rows` rows of `cols` random bits (some rows are XORs of
earlier ones, so ranks vary). Gaussian elimination over GF(2) XORs pivot rows into the
others; with rows as Python ints, one XOR handles a whole row. Returns all ranks and
their total.

Keywords: gf2, binary matrix, rank, xor elimination, bitset
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12, 160, 160), cases=[(0, 4, 4), (1, 0, 5), (2, 3, 0), (3, 10, 70)])
def rank_gf2_bitset(count: int, rows: int, cols: int) -> Tuple[List[int], int]:
    """GF(2) ranks of count random rows x cols bit matrices."""
    state = 11
    ranks = []
    for _ in range(count):
        matrix = []
        for r in range(rows):
            bits = 0
            for _ in range(cols):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                bits = (bits << 1) | ((state >> 16) & 1)
            if r % 4 == 3:
                bits = matrix[r - 1] ^ matrix[r - 3]
            matrix.append(bits)
        rank = 0
        for bit in range(cols - 1, -1, -1):
            mask = 1 << bit
            pivot = next((i for i in range(rank, rows) if matrix[i] & mask), None)
            if pivot is None:
                continue
            matrix[rank], matrix[pivot] = matrix[pivot], matrix[rank]
            for i in range(rows):
                if i != rank and matrix[i] & mask:
                    matrix[i] ^= matrix[rank]
            rank += 1
        ranks.append(rank)
    return ranks, sum(ranks)
