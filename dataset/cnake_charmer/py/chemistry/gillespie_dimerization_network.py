"""Gillespie stochastic simulation of a small production, dimerisation and binding network.

Species A is produced and degraded, dimerises reversibly to B, and A + B bind into C,
which decays. The direct method draws the waiting time from the total propensity and
picks the firing reaction by a cumulative scan, using a seeded 64-bit generator for
its uniform numbers. Several independent trajectories are run to a fixed end time.
Returns, per trajectory, the final copy numbers, the number of events, the time
average of A, the peak of C, and across all trajectories how often each reaction fired.

Keywords: chemistry, kinetics, gillespie, stochastic simulation, ssa, reaction network, dimerization, master equation
"""

import math
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

RATES = {"make_a": 40.0, "lose_a": 0.5, "dimerise": 0.004, "split": 0.6, "bind": 0.002, "decay_c": 0.3}
CHANGES: Dict[str, Dict[str, int]] = {
    "make_a": {"A": 1},
    "lose_a": {"A": -1},
    "dimerise": {"A": -2, "B": 1},
    "split": {"A": 2, "B": -1},
    "bind": {"A": -1, "B": -1, "C": 1},
    "decay_c": {"C": -1},
}


def propensities(counts: Dict[str, int]) -> List[Tuple[str, float]]:
    a, b, c = counts["A"], counts["B"], counts["C"]
    return [
        ("make_a", RATES["make_a"]),
        ("lose_a", RATES["lose_a"] * a),
        ("dimerise", RATES["dimerise"] * a * (a - 1) / 2),
        ("split", RATES["split"] * b),
        ("bind", RATES["bind"] * a * b),
        ("decay_c", RATES["decay_c"] * c),
    ]


@python_benchmark(args=(4, 300.0, 7), cases=[(0, 10.0, 1), (1, 0.0, 2), (1, 0.5, 3), (3, 20.0, 4)])
def gillespie_dimerization_network(trajectories: int, t_end: float, seed: int) -> Tuple[List[Tuple[int, int, int, int, float, int]], List[int]]:
    """Return ([(A, B, C, events, time-average A, peak C) per run], firings per reaction)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return ((state >> 11) + 0.5) / 9007199254740992.0

    fired = {name: 0 for name in RATES}
    runs = []
    for _ in range(trajectories):
        counts = {"A": 0, "B": 0, "C": 0}
        t = 0.0
        area_a = 0.0
        peak_c = 0
        events = 0
        while True:
            props = propensities(counts)
            total = 0.0
            for _, p in props:
                total += p
            dt = -math.log(uniform()) / total
            if t + dt > t_end:
                area_a += counts["A"] * (t_end - t)
                break
            area_a += counts["A"] * dt
            t += dt
            target = uniform() * total
            chosen = props[-1][0]
            running = 0.0
            for name, p in props:
                running += p
                if target < running:
                    chosen = name
                    break
            for species, delta in CHANGES[chosen].items():
                counts[species] += delta
            fired[chosen] += 1
            events += 1
            peak_c = max(peak_c, counts["C"])
        mean_a = area_a / t_end if t_end > 0 else 0.0
        runs.append((counts["A"], counts["B"], counts["C"], events, mean_a, peak_c))
    return (runs, [fired[name] for name in RATES])
