"""Compressed sparse row (CSR) matrix built from triplets, then power iteration.

Random (row, col, value) triplets are summed into a dict-of-dicts, converted to CSR
arrays (row pointers, column indices, values) and multiplied repeatedly with an
integer vector, reducing modulo a prime each step. Returns the number of stored
non-zeros, the longest row and a checksum plus samples of the final vector.

Keywords: sparse matrix, CSR, matrix-vector product, compressed storage, iteration
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1000003


@python_benchmark(args=(6000, 36000, 8, 5), cases=[(1, 1, 1, 1), (5, 0, 3, 2), (10, 40, 2, 3), (300, 2000, 4, 4), (8, 20, 0, 5)])
def csr_sparse_matrix_vector(n: int, n_triplets: int, iterations: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (stored non-zeros, longest row, vector checksum, first 6 entries); n >= 1."""
    if n < 1:
        raise ValueError("n must be positive")
    state = seed & 0x7FFFFFFF
    rows: Dict[int, Dict[int, int]] = {}
    for _ in range(n_triplets):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state % n
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        c = state % n
        row = rows.setdefault(r, {})
        row[c] = row.get(c, 0) + 1 + (state >> 20) % 9
    indptr = [0]
    indices: List[int] = []
    data: List[int] = []
    for r in range(n):
        row = rows.get(r, {})
        for c in sorted(row):
            indices.append(c)
            data.append(row[c])
        indptr.append(len(indices))
    x = [(i % 17) + 1 for i in range(n)]
    for _ in range(iterations):
        x = [(sum(data[k] * x[indices[k]] for k in range(indptr[r], indptr[r + 1])) + x[r]) % MOD
             for r in range(n)]
    longest = max(indptr[r + 1] - indptr[r] for r in range(n))
    checksum = 0
    for v in x:
        checksum = (checksum * 31 + v) % 1000000007
    return len(data), longest, checksum, x[:6]
