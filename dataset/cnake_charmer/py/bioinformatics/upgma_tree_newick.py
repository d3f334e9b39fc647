"""UPGMA hierarchical clustering of taxa into a rooted ultrametric tree in Newick form.

Taxa are random points on a grid with Manhattan distances standing in for pairwise
sequence distances. UPGMA repeatedly joins the closest pair of clusters (ties broken by
the smaller cluster ids), places the new node at half their distance and gives it the
size-weighted average distance to every other cluster. The Newick string with branch
lengths, the first merge heights, the root height and the root's split are returned.

Keywords: bioinformatics, phylogenetics, upgma, hierarchical clustering, newick, distance matrix
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(250, 41), cases=[(0, 1), (1, 2), (2, 3), (7, 4), (30, 5)])
def upgma_tree_newick(n: int, seed: int) -> Tuple[str, List[float], float, Tuple[int, int]]:
    """Return (Newick string, first 8 merge heights, root height, (left size, right size) at the root)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    points = [(draw(200), draw(200)) for _ in range(n)]
    dist = {(a, b): float(abs(points[a][0] - points[b][0]) + abs(points[a][1] - points[b][1]))
            for b in range(n) for a in range(b)}
    clusters = {i: (f"T{i}", 1, 0.0) for i in range(n)}
    heights = []
    split = (0, 0)
    next_id = n
    while len(clusters) > 1:
        d, (a, b) = min((d, pair) for pair, d in dist.items())
        height = d / 2
        name_a, size_a, height_a = clusters.pop(a)
        name_b, size_b, height_b = clusters.pop(b)
        for other in clusters:
            d_a = dist.pop((min(a, other), max(a, other)))
            d_b = dist.pop((min(b, other), max(b, other)))
            dist[(other, next_id)] = (d_a * size_a + d_b * size_b) / (size_a + size_b)
        del dist[(a, b)]
        node = f"({name_a}:{height - height_a:.2f},{name_b}:{height - height_b:.2f})"
        clusters[next_id] = (node, size_a + size_b, height)
        heights.append(height)
        split = (size_a, size_b)
        next_id += 1
    if not clusters:
        return ("", [], 0.0, split)
    name, _, root_height = clusters.popitem()[1]
    return (name + ";", heights[:8], root_height, split)
