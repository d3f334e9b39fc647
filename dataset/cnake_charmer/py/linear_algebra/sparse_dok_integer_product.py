"""Product of two sparse integer matrices stored as dictionaries of keys.

Two n x n integer matrices with about `per_row` random nonzeros per row are kept as
{(row, col): value} dictionaries. Their product is accumulated by joining A's entries
with B's rows (B indexed by row), and is returned as a summary: the number of
nonzeros, the sum of entries, a position-weighted checksum and the largest entry.

Keywords: sparse matrix, dictionary of keys, sparse product, hash map, integer matrix
"""

from collections import defaultdict
from typing import Dict, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _random_sparse(n: int, per_row: int, state: int) -> Tuple[Dict[Tuple[int, int], int], int]:
    entries: Dict[Tuple[int, int], int] = {}
    for r in range(n):
        for _ in range(per_row):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            c = state % n
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            entries[(r, c)] = entries.get((r, c), 0) + state % 19 - 9
    return entries, state


@python_benchmark(args=(1200, 10), cases=[(0, 3), (1, 1), (5, 0), (20, 4)])
def sparse_dok_integer_product(n: int, per_row: int) -> Tuple[int, int, int, int]:
    """Multiply two random sparse integer matrices; return nnz, sum, checksum and max entry."""
    a, state = _random_sparse(n, per_row, 17)
    b, _ = _random_sparse(n, per_row, state)
    b_rows: Dict[int, list] = defaultdict(list)
    for (r, c), v in b.items():
        b_rows[r].append((c, v))
    product: Dict[Tuple[int, int], int] = defaultdict(int)
    for (i, k), av in a.items():
        for j, bv in b_rows.get(k, ()):
            product[(i, j)] += av * bv
    nonzero = {key: v for key, v in product.items() if v != 0}
    total = sum(nonzero.values())
    checksum = sum((i * 31 + j * 7 + 1) * v for (i, j), v in nonzero.items()) % 1_000_000_007
    biggest = max(nonzero.values(), default=0)
    return len(nonzero), total, checksum, biggest
