"""Run all 256 elementary cellular automata and classify their behaviour.

Each Wolfram rule evolves a ring of cells from a single live cell for a number of
generations. The pair returns, per rule, the final population and the period of the
cycle the row falls into (0 if no repeat was seen within the horizon), found by
remembering previous rows.

Keywords: games, cellular automaton, wolfram rules, elementary automata, cycles
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(32, 80), cases=[(1, 5), (3, 0), (8, 20), (0, 10)])
def elementary_automaton_census(width: int, generations: int) -> List[Tuple[int, int]]:
    """Return [(final population, cycle period)] for rules 0..255."""
    if width <= 0:
        return [(0, 0)] * 256
    census = []
    for rule in range(256):
        row = [0] * width
        row[width // 2] = 1
        seen = {tuple(row): 0}
        period = 0
        for g in range(1, generations + 1):
            row = [(rule >> (4 * row[i - 1] + 2 * row[i] + row[(i + 1) % width])) & 1 for i in range(width)]
            key = tuple(row)
            if period == 0 and key in seen:
                period = g - seen[key]
            seen.setdefault(key, g)
        census.append((sum(row), period))
    return census
