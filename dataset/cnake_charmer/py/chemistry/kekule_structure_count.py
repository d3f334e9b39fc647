"""Count Kekulé structures of randomly grown benzenoid hydrocarbons by perfect-matching search.

A benzenoid is grown hexagon by hexagon on the honeycomb lattice (drawn as a brick
wall: every hexagon is a 2 x 1 brick of six carbon atoms). Its carbon skeleton becomes a
graph and the Kekulé structures, the perfect matchings of that graph, are counted by
backtracking: the lowest unmatched atom is paired with each free neighbour in turn.
Returns the total number of Kekulé structures, the non-Kekuléan molecules, the largest
count with its hexagon count, and (hexagons, carbons, bonds, count) for the first molecules.

Keywords: chemistry, kekule structures, benzenoid, perfect matching, honeycomb, polycyclic aromatic hydrocarbon, backtracking
"""

from typing import Dict, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

NEIGHBOUR_CELLS = [(2, 0), (-2, 0), (1, 1), (-1, 1), (1, -1), (-1, -1)]


def carbon_graph(cells: List[Tuple[int, int]]) -> Tuple[List[List[int]], int]:
    edges: Set[Tuple[Tuple[int, int], Tuple[int, int]]] = set()
    for i, j in cells:
        for y in (j, j + 1):
            edges.add(((i, y), (i + 1, y)))
            edges.add(((i + 1, y), (i + 2, y)))
        edges.add(((i, j), (i, j + 1)))
        edges.add(((i + 2, j), (i + 2, j + 1)))
    atoms = sorted({atom for edge in edges for atom in edge})
    index: Dict[Tuple[int, int], int] = {atom: k for k, atom in enumerate(atoms)}
    adjacency: List[List[int]] = [[] for _ in atoms]
    for a, b in edges:
        adjacency[index[a]].append(index[b])
        adjacency[index[b]].append(index[a])
    return [sorted(neighbours) for neighbours in adjacency], len(edges)


def count_kekule(adjacency: List[List[int]]) -> int:
    n = len(adjacency)
    if n % 2:
        return 0
    matched = [False] * n

    def extend(start: int) -> int:
        v = start
        while v < n and matched[v]:
            v += 1
        if v == n:
            return 1
        matched[v] = True
        total = 0
        for w in adjacency[v]:
            if not matched[w]:
                matched[w] = True
                total += extend(v + 1)
                matched[w] = False
        matched[v] = False
        return total

    return extend(0)


@python_benchmark(args=(400, 22, 41), cases=[(0, 5, 1), (1, 1, 2), (6, 3, 3), (20, 8, 4)])
def kekule_structure_count(molecules: int, max_hexagons: int, seed: int) -> Tuple[int, int, Tuple[int, int], List[Tuple[int, int, int, int]]]:
    """Return (total count, non-Kekulean molecules, (largest count, its hexagons), first molecules)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    total = 0
    non_kekulean = 0
    largest = (0, 0)
    first = []
    for _ in range(molecules):
        hexagons = 1 + draw(max_hexagons)
        cells = [(0, 0)]
        occupied = {(0, 0)}
        while len(cells) < hexagons:
            i, j = cells[draw(len(cells))]
            di, dj = NEIGHBOUR_CELLS[draw(6)]
            if (i + di, j + dj) not in occupied:
                occupied.add((i + di, j + dj))
                cells.append((i + di, j + dj))
        adjacency, bonds = carbon_graph(cells)
        count = count_kekule(adjacency)
        total += count
        if count == 0:
            non_kekulean += 1
        if count > largest[0]:
            largest = (count, hexagons)
        if len(first) < 8:
            first.append((hexagons, len(adjacency), bonds, count))
    return (total, non_kekulean, largest, first)
