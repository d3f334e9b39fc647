"""NEH heuristic for the permutation flow-shop scheduling problem.

Jobs with LCG-drawn processing times on m machines are ordered by decreasing total
work; NEH inserts each job at the position of the partial sequence that minimises
the makespan. The pair returns the NEH makespan, the makespan of the plain
decreasing-work order and the final job sequence.

Keywords: optimization, scheduling, flow shop, neh heuristic, makespan
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def makespan(sequence: List[int], times: List[List[int]], machines: int) -> int:
    finish = [0] * machines
    for job in sequence:
        row = times[job]
        finish[0] += row[0]
        for m in range(1, machines):
            finish[m] = max(finish[m], finish[m - 1]) + row[m]
    return finish[-1] if machines > 0 else 0


@python_benchmark(args=(65, 8, 3), cases=[(0, 3, 1), (1, 1, 2), (5, 3, 3), (4, 0, 4)])
def flowshop_neh_makespan(jobs: int, machines: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (NEH makespan, decreasing-work makespan, NEH sequence)."""
    if machines <= 0:
        return 0, 0, list(range(max(jobs, 0)))
    state = seed & 0x7FFFFFFF
    times = []
    for _ in range(jobs):
        row = []
        for _ in range(machines):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(1 + (state >> 8) % 99)
        times.append(row)
    order = sorted(range(jobs), key=lambda j: (-sum(times[j]), j))
    sequence: List[int] = []
    for job in order:
        best_pos, best_span = 0, None
        for pos in range(len(sequence) + 1):
            span = makespan(sequence[:pos] + [job] + sequence[pos:], times, machines)
            if best_span is None or span < best_span:
                best_pos, best_span = pos, span
        sequence.insert(best_pos, job)
    return makespan(sequence, times, machines), makespan(order, times, machines), sequence
