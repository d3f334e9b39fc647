"""Outbreak control by case isolation and contact tracing in a branching process.

Each case has an incubation period; it makes a Poisson number of potentially infectious
contacts timed around symptom onset (some before onset). A case is isolated at onset
plus a detection delay, or earlier if it was traced: with probability p_trace a
contact of an isolated case is isolated a tracing delay after its source. Contacts
that would happen after isolation are prevented. Outbreaks are run until extinction
(controlled) or until they exceed a case cap (uncontrolled), for several tracing
probabilities. Reports per probability: controlled share, mean size of controlled
outbreaks, mean last generation, and prevented transmissions per outbreak.

Keywords: epidemiology, contact tracing, isolation, branching process, outbreak control, poisson offspring, generation interval
"""

import math
from collections import deque
from dataclasses import dataclass
from typing import List

from cnake_charmer.benchmarks import python_benchmark


@dataclass
class Case:
    infected_at: float
    isolated_at: float
    generation: int


@python_benchmark(args=(400, 2.4, 300, 47), cases=[(0, 2.0, 50, 1), (5, 0.0, 10, 2), (20, 2.5, 1, 3), (30, 1.5, 40, 4)])
def contact_tracing_isolation_branching(outbreaks: int, r0: float, cap: int, seed: int):
    """Return [(p_trace, controlled share, mean controlled size, mean last generation, prevented per outbreak)]."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) / 16777216.0

    def poisson(mean: float) -> int:
        limit = math.exp(-mean)
        count, product = 0, uniform()
        while product > limit:
            count += 1
            product *= uniform()
        return count

    def new_case(infected_at: float, source: Case, generation: int, p_trace: float) -> Case:
        onset = infected_at + 3.0 + 4.0 * uniform()
        isolated_at = onset + 1.0 + 4.0 * uniform()
        if source is not None and uniform() < p_trace:
            isolated_at = min(isolated_at, source.isolated_at + 1.5)
        return Case(infected_at, isolated_at, generation)

    summary = []
    for p_trace in (0.0, 0.25, 0.5, 0.75, 0.9):
        controlled, controlled_size, last_generation, prevented = 0, 0, 0, 0
        for _ in range(outbreaks):
            cases: List[Case] = [new_case(0.0, None, 0, p_trace)]
            queue = deque([cases[0]])
            exceeded = False
            while queue and not exceeded:
                case = queue.popleft()
                onset_guess = case.infected_at + 5.0
                for _ in range(poisson(r0)):
                    when = onset_guess + 2.5 * (uniform() - 0.35) * 2.0
                    if when < case.infected_at + 0.5:
                        when = case.infected_at + 0.5
                    if when >= case.isolated_at:
                        prevented += 1
                        continue
                    child = new_case(when, case, case.generation + 1, p_trace)
                    cases.append(child)
                    queue.append(child)
                    if len(cases) > cap:
                        exceeded = True
                        break
            if not exceeded:
                controlled += 1
                controlled_size += len(cases)
                last_generation += max(c.generation for c in cases)
        runs = max(outbreaks, 1)
        mean_size = controlled_size / controlled if controlled else 0.0
        mean_generation = last_generation / controlled if controlled else 0.0
        summary.append((p_trace, controlled / runs, round(mean_size, 9), round(mean_generation, 9), prevented / runs))
    return summary
