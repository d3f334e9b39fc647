"""Dense matrix product of two LCG-filled matrices with a positional checksum.

A (n x n) and B (n x n) get small signed entries from a seeded LCG; C = A B is formed
with the textbook row-by-column dot products. The result is a position-weighted
checksum of C, its trace and its first row, enough to catch transposed or misaligned
products.

Keywords: matrix multiplication, dense matrix, dot product, checksum, linear algebra
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _matrix(n: int, state: int) -> Tuple[List[List[float]], int]:
    rows = []
    for _ in range(n):
        row = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state % 2001 - 1000) / 250.0)
        rows.append(row)
    return rows, state


@python_benchmark(args=(110,), cases=[(0,), (1,), (2,), (7,)])
def dense_matmul_checksum(n: int) -> Tuple[float, float, List[float]]:
    """Multiply two n x n LCG matrices; return weighted checksum, trace and first row."""
    a, state = _matrix(n, 12345)
    b, _ = _matrix(n, state)
    columns = list(zip(*b))
    c = [[sum(x * y for x, y in zip(row, col)) for col in columns] for row in a]
    checksum = sum((i + 2 * j + 1) * v for i, row in enumerate(c) for j, v in enumerate(row))
    trace = sum(c[i][i] for i in range(n))
    return float(checksum), float(trace), c[0] if n else []
