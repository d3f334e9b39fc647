"""Spatial SIR epidemic on a grid of households.

Every cell is Susceptible, Infected (with a days-sick counter) or Recovered. Each day
every infected cell tries to infect each susceptible 8-neighbour with probability
beta (percent, seeded LCG draws in a fixed order) and recovers after a fixed number
of days. Returns the epidemic curve (sampled), the peak size and day, the final
recovered count and the susceptibles never reached.

Keywords: simulation, epidemic, sir model, spatial spread, cellular automaton, infection
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120, 100, 18, 6, 21), cases=[(1, 5, 50, 3, 1), (3, 0, 50, 3, 2), (10, 30, 100, 2, 3), (15, 40, 10, 10, 4)])
def sir_epidemic_grid(size: int, days: int, beta_pct: int, sick_days: int, seed: int) -> Tuple[List[int], int, int, int, int]:
    """Simulate a spatial SIR epidemic seeded at the grid centre."""
    infected: Dict[Tuple[int, int], int] = {}
    recovered = set()
    if size > 0:
        infected[(size // 2, size // 2)] = 0
    state = seed & 0x7FFFFFFF
    curve = []
    peak, peak_day = len(infected), 0
    for day in range(1, days + 1):
        newly = []
        for (y, x) in sorted(infected):
            for dy in (-1, 0, 1):
                for dx in (-1, 0, 1):
                    if dy == 0 and dx == 0:
                        continue
                    ny, nx = y + dy, x + dx
                    if not (0 <= ny < size and 0 <= nx < size):
                        continue
                    cell = (ny, nx)
                    if cell in infected or cell in recovered:
                        continue
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if (state >> 16) % 100 < beta_pct:
                        newly.append(cell)
        for cell in list(infected):
            infected[cell] += 1
            if infected[cell] >= sick_days:
                del infected[cell]
                recovered.add(cell)
        for cell in newly:
            if cell not in infected and cell not in recovered:
                infected[cell] = 0
        curve.append(len(infected))
        if len(infected) > peak:
            peak, peak_day = len(infected), day
    untouched = size * size - len(infected) - len(recovered)
    return (curve[::max(1, days // 12)], peak, peak_day, len(recovered), untouched)
