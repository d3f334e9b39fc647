"""Campbell-Dudek-Smith heuristic: Johnson's rule on surrogate two-machine flow shops.

A permutation flow shop has n jobs passing through m machines in the same order. For
each k = 1 .. m-1 the CDS heuristic builds a two-machine problem whose first machine
time is a job's work on the first k machines and whose second is its work on the last
k machines, solves it exactly with Johnson's rule (jobs with a <= b by increasing a,
then the rest by decreasing b) and evaluates the resulting sequence on the real m
machines. Returns the best makespan and its k, every surrogate's makespan, the makespan
of the unsorted order and the start of the best sequence.

Keywords: scheduling, flow shop, johnson's rule, cds heuristic, makespan, permutation sequencing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def johnson_order(a: List[int], b: List[int]) -> List[int]:
    """Optimal two-machine sequence for first-machine times a and second-machine times b."""
    jobs = range(len(a))
    head = sorted((j for j in jobs if a[j] <= b[j]), key=lambda j: (a[j], j))
    tail = sorted((j for j in jobs if a[j] > b[j]), key=lambda j: (-b[j], j))
    return head + tail


def makespan(sequence: List[int], times: List[List[int]]) -> int:
    """Completion time of the last job on the last machine."""
    if not sequence:
        return 0
    done = [0] * len(times[0])
    for job in sequence:
        ready = 0
        for machine, duration in enumerate(times[job]):
            ready = max(ready, done[machine]) + duration
            done[machine] = ready
    return done[-1]


@python_benchmark(args=(2000, 24, 8), cases=[(0, 3, 1), (1, 4, 2), (6, 2, 3), (9, 5, 4), (40, 1, 5)])
def cds_johnson_flowshop_sequencing(n: int, m: int, seed: int) -> Tuple[int, int, List[int], int, List[int]]:
    """Return (best makespan, best k, makespan per k, unsorted makespan, first 10 jobs of best sequence)."""
    state = seed & 0x7FFFFFFF
    times = []
    for _ in range(n):
        row = []
        for machine in range(m):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append(1 + (state >> 16) % (20 + 5 * machine))
        times.append(row)
    identity = list(range(n))
    per_k = []
    best, best_k, best_seq = makespan(identity, times), 0, identity
    for k in range(1, max(m, 2)):
        a = [sum(row[:k]) for row in times]
        b = [sum(row[-k:]) for row in times]
        seq = johnson_order(a, b)
        span = makespan(seq, times)
        per_k.append(span)
        if span < best:
            best, best_k, best_seq = span, k, seq
    return (best, best_k, per_k, makespan(identity, times), best_seq[:10])
