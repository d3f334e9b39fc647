"""Age-structured SEIR epidemic integrated with classic fourth-order Runge-Kutta.

The population is split into age groups of different sizes that mix through a
seeded, assortative contact matrix (people meet their own age group most). The
force of infection on group a is beta * sum_b C[a][b] * I_b / N_b. The system is
integrated with RK4 for a number of days; the result reports the attack rate per
age group, the day and height of the infection peak, and a checksum of the daily
prevalence curve.

Keywords: epidemiology, seir, age structure, contact matrix, runge-kutta, rk4, ode, compartmental model
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def make_contacts(groups: int, seed: int) -> Tuple[List[float], List[List[float]]]:
    state = seed & 0x7FFFFFFF

    def draw() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) / 8388608.0

    sizes = [1000.0 + 9000.0 * draw() for _ in range(groups)]
    contacts = [[0.0] * groups for _ in range(groups)]
    for a in range(groups):
        for b in range(groups):
            base = 0.3 + draw()
            if a == b:
                base += 4.0
            elif abs(a - b) == 1:
                base += 1.5
            contacts[a][b] = base
    return sizes, contacts


def derivatives(y, sizes, contacts, beta, sigma, gamma):
    groups = len(sizes)
    out = []
    for a in range(groups):
        s, e, i = y[4 * a], y[4 * a + 1], y[4 * a + 2]
        force = 0.0
        for b in range(groups):
            force += contacts[a][b] * y[4 * b + 2] / sizes[b]
        infection = beta * force * s
        out.extend([-infection, infection - sigma * e, sigma * e - gamma * i, gamma * i])
    return out


@python_benchmark(args=(12, 160, 16, 0.022, 17), cases=[(4, 30, 4, 0.05, 1), (1, 20, 2, 0.3, 2), (3, 0, 4, 0.05, 3), (5, 40, 1, 0.0, 4)])
def seir_age_structured_rk4(groups: int, days: int, steps_per_day: int, beta: float, seed: int):
    """Return (attack rate per group, peak day, peak prevalence, prevalence checksum)."""
    sigma, gamma = 1.0 / 4.0, 1.0 / 6.0
    sizes, contacts = make_contacts(groups, seed)
    y = []
    for a in range(groups):
        seeded = 5.0 if a == groups // 2 else 0.0
        y.extend([sizes[a] - seeded, seeded, 0.0, 0.0])
    h = 1.0 / steps_per_day
    peak_day, peak = 0, 0.0
    checksum = 0.0
    for day in range(1, days + 1):
        for _ in range(steps_per_day):
            k1 = derivatives(y, sizes, contacts, beta, sigma, gamma)
            k2 = derivatives([v + 0.5 * h * k for v, k in zip(y, k1)], sizes, contacts, beta, sigma, gamma)
            k3 = derivatives([v + 0.5 * h * k for v, k in zip(y, k2)], sizes, contacts, beta, sigma, gamma)
            k4 = derivatives([v + h * k for v, k in zip(y, k3)], sizes, contacts, beta, sigma, gamma)
            y = [v + h / 6.0 * (d1 + 2.0 * d2 + 2.0 * d3 + d4) for v, d1, d2, d3, d4 in zip(y, k1, k2, k3, k4)]
        infected = 0.0
        for a in range(groups):
            infected += y[4 * a + 2]
        checksum += infected * day
        if infected > peak:
            peak, peak_day = infected, day
    attack = [round(y[4 * a + 3] / sizes[a], 9) for a in range(groups)]
    return (attack, peak_day, peak, checksum)
