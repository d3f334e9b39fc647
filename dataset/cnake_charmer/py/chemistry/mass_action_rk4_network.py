"""Deterministic mass-action kinetics of a seven-reaction network integrated with RK4.

Six species react through association, dissociation, dimerisation and recycling steps
(A + B <-> C, C + B -> D, 2 D -> E, E -> F + B, F -> A, A + D -> F). Rates follow the
law of mass action and the concentrations are advanced by the classical fourth-order
Runge-Kutta method with a fixed step, for a sweep of initial A and B loads. Returns, for
each start, the final concentrations, the peak of the intermediate C and when it
occurred, and the elapsed time at which E first exceeds D.

Keywords: chemistry, kinetics, mass action, runge-kutta, rk4, ode integration, reaction network, rate law
"""

from dataclasses import dataclass
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SPECIES = ["A", "B", "C", "D", "E", "F"]


@dataclass
class Reaction:
    k: float
    reactants: Dict[str, int]
    products: Dict[str, int]

    def net(self) -> List[Tuple[int, int]]:
        change = {}
        for s, n in self.reactants.items():
            change[s] = change.get(s, 0) - n
        for s, n in self.products.items():
            change[s] = change.get(s, 0) + n
        return [(SPECIES.index(s), n) for s, n in change.items() if n != 0]


NETWORK = [
    Reaction(1.2, {"A": 1, "B": 1}, {"C": 1}),
    Reaction(0.3, {"C": 1}, {"A": 1, "B": 1}),
    Reaction(0.8, {"C": 1, "B": 1}, {"D": 1}),
    Reaction(0.5, {"D": 2}, {"E": 1}),
    Reaction(0.25, {"E": 1}, {"F": 1, "B": 1}),
    Reaction(0.1, {"F": 1}, {"A": 1}),
    Reaction(0.05, {"A": 1, "D": 1}, {"F": 1}),
]


def derivative(conc: List[float]) -> List[float]:
    rates = [0.0] * len(SPECIES)
    for reaction in NETWORK:
        rate = reaction.k
        for species, order in reaction.reactants.items():
            for _ in range(order):
                rate *= conc[SPECIES.index(species)]
        for index, nu in reaction.net():
            rates[index] += nu * rate
    return rates


@python_benchmark(args=(6, 1000, 0.02), cases=[(0, 100, 0.01), (1, 0, 0.1), (1, 1, 0.1), (3, 40, 0.05)])
def mass_action_rk4_network(starts: int, steps: int, dt: float) -> List[Tuple[List[float], float, float, float]]:
    """Return [(final concentrations, peak C, time of peak C, first time E > D)] per start."""
    results = []
    for run in range(starts):
        y = [1.0 + 0.5 * run, 2.0 - 0.25 * run, 0.0, 0.0, 0.0, 0.1]
        peak_c, peak_time, crossing = 0.0, 0.0, -1.0
        for step in range(1, steps + 1):
            k1 = derivative(y)
            k2 = derivative([v + 0.5 * dt * k for v, k in zip(y, k1)])
            k3 = derivative([v + 0.5 * dt * k for v, k in zip(y, k2)])
            k4 = derivative([v + dt * k for v, k in zip(y, k3)])
            y = [v + dt / 6.0 * (a + 2.0 * b + 2.0 * c + d) for v, a, b, c, d in zip(y, k1, k2, k3, k4)]
            if y[2] > peak_c:
                peak_c, peak_time = y[2], step * dt
            if crossing < 0 and y[4] > y[3]:
                crossing = step * dt
        results.append((y, peak_c, peak_time, crossing))
    return results
