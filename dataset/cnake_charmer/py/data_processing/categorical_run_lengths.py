"""Run-length statistics of a categorical column (machine states over time).

A sticky Markov chain generates a column of state codes: the previous state repeats
with high probability, otherwise a new one is drawn. The column is split into runs of
equal consecutive values; per state the number of runs, the longest run and the total
length are reported, together with the state-to-state transition counts between runs
and the run-length encoding of the first values.

Keywords: run-length encoding, categorical, groupby, transitions, state durations, markov
"""

from itertools import groupby
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300000, 6), cases=[(0, 3), (1, 1), (2, 2), (30, 3), (1000, 5)])
def categorical_run_lengths(n: int, states: int) -> Tuple[List[Tuple[int, int, int]], List[List[int]], List[Tuple[int, int]], int]:
    """Run statistics of a generated state column; return (per state, transitions, head RLE, runs)."""
    if n <= 0 or states <= 0:
        return [], [], [], 0
    state = 1001
    column = []
    current = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 100 >= 92:
            current = (state >> 8) % states
        column.append(current)
    runs = [(value, sum(1 for _ in group)) for value, group in groupby(column)]
    stats = [[0, 0, 0] for _ in range(states)]
    for value, length in runs:
        s = stats[value]
        s[0] += 1
        s[1] = max(s[1], length)
        s[2] += length
    transitions = [[0] * states for _ in range(states)]
    for (a, _), (b, _) in zip(runs, runs[1:]):
        transitions[a][b] += 1
    return [tuple(s) for s in stats], transitions, runs[:12], len(runs)
