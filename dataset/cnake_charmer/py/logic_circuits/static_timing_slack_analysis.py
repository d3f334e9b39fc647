"""Static timing analysis of a generated gate DAG: arrival, required time, slack, critical path.

A netlist of cells with 1..3 fanins (each edge with its own wire delay, each cell with
an intrinsic delay) is generated in topological order. A forward pass computes latest
arrival times from staggered primary-input arrivals; a backward pass propagates
required times from the clock period at every primary output (cell without fanout).
Slack is required minus arrival. The critical path is traced back from the worst
output through the fanin that sets each arrival (first one on ties). Returns the
latest arrival, worst slack, number of cells with negative slack, the critical path
length and checksum, and a ten-bucket slack histogram.

Keywords: logic circuits, static timing analysis, arrival time, required time, slack, critical path, DAG
"""

from dataclasses import dataclass
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@dataclass
class Cell:
    delay: int
    fanins: List[Tuple[int, int]]  # (driver, wire delay)


@python_benchmark(args=(60000, 29000, 7), cases=[(0, 10, 1), (1, 5, 2), (5, 0, 3), (40, 30, 4), (300, 80, 5)])
def static_timing_slack_analysis(ncells: int, period: int, seed: int) -> Tuple[int, int, int, int, int, List[int]]:
    """Return (latest arrival, worst slack, negative-slack cells, path length, path checksum, slack histogram)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    ninputs = min(ncells, 16)
    cells = [Cell(draw(5), []) for _ in range(ninputs)]
    has_fanout = [False] * ncells
    for i in range(ninputs, ncells):
        cell = Cell(1 + draw(9), [])
        for _ in range(1 + draw(3)):
            src = i - 1 - draw(min(i, 64))
            cell.fanins.append((src, 1 + draw(4)))
            has_fanout[src] = True
        cells.append(cell)
    arrival = [0] * ncells
    for i, cell in enumerate(cells):
        arrival[i] = cell.delay + max((arrival[s] + w for s, w in cell.fanins), default=0)
    outputs = [i for i in range(ncells) if not has_fanout[i]]
    big = 1 << 60
    required = [big] * ncells
    for o in outputs:
        required[o] = period
    for i in range(ncells - 1, -1, -1):
        for s, w in cells[i].fanins:
            required[s] = min(required[s], required[i] - cells[i].delay - w)
    slack = [required[i] - arrival[i] for i in range(ncells)]
    worst = min(slack, default=0)
    negative = sum(1 for s in slack if s < 0)
    histogram = [0] * 10
    for s in slack:
        histogram[min(9, max(0, (s - worst) // 50))] += 1
    path = []
    if outputs:
        node = min(outputs, key=lambda o: (slack[o], o))
        while True:
            path.append(node)
            fanins = cells[node].fanins
            if not fanins:
                break
            node = max(fanins, key=lambda e: arrival[e[0]] + e[1])[0]
    path_sum = 0
    for node in path:
        path_sum = (path_sum * 65599 + node) % 1_000_000_007
    return (max(arrival, default=0), worst, negative, len(path), path_sum, histogram)
