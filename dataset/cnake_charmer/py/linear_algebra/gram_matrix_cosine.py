"""Cosine-similarity Gram matrix of a set of vectors and each vector's nearest neighbour.

count vectors of dimension dim get LCG entries. All pairwise cosine similarities are
computed (dot products over norms); for each vector the most similar other vector is
found. Returns the nearest-neighbour indices, the mean off-diagonal similarity and the
first row of the similarity matrix.

Keywords: gram matrix, cosine similarity, dot product, nearest neighbour, vectors
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(130, 48), cases=[(0, 4), (1, 3), (2, 2), (5, 1), (6, 0)])
def gram_matrix_cosine(count: int, dim: int) -> Tuple[List[int], float, List[float]]:
    """Pairwise cosine similarities; return nearest neighbours, mean similarity, first row."""
    state = 606
    vectors = []
    for _ in range(count):
        vec = []
        for _ in range(dim):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            vec.append(state / 0x7FFFFFFF - 0.3)
        vectors.append(vec)
    norms = [math.sqrt(sum(v * v for v in vec)) or 1.0 for vec in vectors]
    sim = [[sum(p * q for p, q in zip(a, b)) / (na * nb) for b, nb in zip(vectors, norms)]
           for a, na in zip(vectors, norms)]
    nearest = []
    for i, row in enumerate(sim):
        best = -1
        for j, s in enumerate(row):
            if j != i and (best < 0 or s > row[best]):
                best = j
        nearest.append(best)
    off = [sim[i][j] for i in range(count) for j in range(count) if i != j]
    mean = sum(off) / len(off) if off else 0.0
    return nearest, mean, sim[0] if count else []
