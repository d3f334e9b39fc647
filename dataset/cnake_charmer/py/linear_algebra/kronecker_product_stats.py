"""Kronecker products of small integer and real matrices, with trace and block checks.

Two small integer matrices A (p x p) and B (q x q) and two real ones are combined into
their Kronecker products K = A (x) B of size pq x pq. The result reports each product's
trace (which must equal tr A * tr B), a position-weighted checksum and the sum of K's
main anti-diagonal.

Keywords: kronecker product, tensor product, block matrix, trace, integer matrix
"""

from typing import List, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark


def _kron(a: List[list], b: List[list]) -> List[list]:
    return [[x * y for x in row_a for y in row_b] for row_a in a for row_b in b]


def _stats(k: List[list], zero: Union[int, float]) -> Tuple[Union[int, float], ...]:
    size = len(k)
    trace = sum((k[i][i] for i in range(size)), zero)
    checksum = sum(((i + 3 * j + 1) % 17 * v for i, row in enumerate(k) for j, v in enumerate(row)), zero)
    anti = sum((k[i][size - 1 - i] for i in range(size)), zero)
    return trace, checksum, anti


@python_benchmark(args=(20, 24), cases=[(0, 3), (1, 1), (2, 3), (3, 0)])
def kronecker_product_stats(p: int, q: int) -> Tuple[Tuple[int, int, int], Tuple[float, float, float]]:
    """Stats of the integer and real Kronecker products of p x p and q x q matrices."""
    ia = [[(i * 7 + j * 3) % 11 - 5 for j in range(p)] for i in range(p)]
    ib = [[(i * 5 + j * 2) % 9 - 4 for j in range(q)] for i in range(q)]
    ra = [[0.5 * v + 0.25 for v in row] for row in ia]
    rb = [[0.125 * v - 0.5 for v in row] for row in ib]
    return _stats(_kron(ia, ib), 0), _stats(_kron(ra, rb), 0.0)
