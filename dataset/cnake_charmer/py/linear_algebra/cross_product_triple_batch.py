"""Cross products, scalar triple products and Gram determinants of 3-D vector triples.

For count triples (u, v, w) of 3-D vectors (integer coordinates from an LCG, and a
real-valued copy scaled by 1/7) the cross product u x v, the scalar triple product
u . (v x w) (a signed volume) and the Gram determinant of u, v are computed. The
integer results are exact and summarised separately from the real ones.

Keywords: cross product, triple product, vector algebra, 3d vectors, determinant
"""

from typing import List, Sequence, Tuple, Union

Number = Union[int, float]

from cnake_charmer.benchmarks import python_benchmark


def _cross(a: Sequence[Number], b: Sequence[Number]) -> Tuple[Number, Number, Number]:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def _dot(a: Sequence[Number], b: Sequence[Number]) -> Number:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _summary(triples: List[tuple], zero: Number) -> Tuple[Number, int, tuple, Number]:
    volume_sum = zero
    positive = 0
    cross_sum = [zero, zero, zero]
    gram_sum = zero
    for u, v, w in triples:
        c = _cross(u, v)
        vol = _dot(u, _cross(v, w))
        volume_sum += vol
        positive += vol > 0
        cross_sum = [s + x for s, x in zip(cross_sum, c)]
        gram_sum += _dot(u, u) * _dot(v, v) - _dot(u, v) ** 2
    return volume_sum, positive, tuple(cross_sum), gram_sum


@python_benchmark(args=(8000,), cases=[(0,), (1,), (2,), (9,)])
def cross_product_triple_batch(count: int) -> Tuple[tuple, tuple]:
    """Summaries of triple products over count integer triples and their real copies."""
    state = 90210
    int_triples: List[tuple] = []
    for _ in range(count):
        vecs = []
        for _ in range(3):
            coords = []
            for _ in range(3):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                coords.append(state % 201 - 100)
            vecs.append(tuple(coords))
        int_triples.append(tuple(vecs))
    real_triples = [tuple(tuple(x / 7.0 for x in vec) for vec in t) for t in int_triples]
    return _summary(int_triples, 0), _summary(real_triples, 0.0)
