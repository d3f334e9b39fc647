"""Kaplan-Meier survival curves for two groups and the log-rank test.

Survival times for a control and a treated group are drawn from an LCG (exponential
times with different hazards, and random right-censoring). For each group the
Kaplan-Meier estimator multiplies (1 - d_i / n_i) over the distinct event times; the
log-rank statistic compares observed and expected events across the pooled times.
Returns each group's median survival time, the survival at t = 10 and the log-rank
chi-square.

Keywords: survival analysis, kaplan meier, censoring, log rank test, hazard
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Cohort:
    def __init__(self, times: List[int], events: List[bool]) -> None:
        self.records = sorted(zip(times, events))

    def curve(self) -> List[Tuple[int, float]]:
        at_risk = len(self.records)
        survival = 1.0
        points = []
        i = 0
        while i < len(self.records):
            t = self.records[i][0]
            deaths = removed = 0
            while i < len(self.records) and self.records[i][0] == t:
                deaths += self.records[i][1]
                removed += 1
                i += 1
            if deaths:
                survival *= 1.0 - deaths / at_risk
                points.append((t, survival))
            at_risk -= removed
        return points

    def at_risk_and_deaths(self, t: int) -> Tuple[int, int]:
        at_risk = sum(1 for time, _ in self.records if time >= t)
        deaths = sum(1 for time, event in self.records if time == t and event)
        return at_risk, deaths


def _draw(n: int, hazard: float, state: int) -> Tuple[List[int], List[bool], int]:
    times, events = [], []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t = int(-math.log((state + 1) / 0x80000001) / hazard) + 1
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        censor = state % 60 + 1
        times.append(min(t, censor))
        events.append(t <= censor)
    return times, events, state


def _median(points: List[Tuple[int, float]]) -> int:
    return next((t for t, s in points if s <= 0.5), -1)


def _survival_at(points: List[Tuple[int, float]], when: int) -> float:
    value = 1.0
    for t, s in points:
        if t <= when:
            value = s
    return value


@python_benchmark(args=(10000,), cases=[(1,), (2,), (5,), (40,)])
def kaplan_meier_survival(n: int) -> Tuple[int, int, float, float, float]:
    """Median survival and S(10) for both groups of size n, and the log-rank chi-square."""
    t1, e1, state = _draw(n, 0.08, 91)
    t2, e2, _ = _draw(n, 0.05, state)
    control, treated = Cohort(t1, e1), Cohort(t2, e2)
    c_curve, t_curve = control.curve(), treated.curve()
    observed = expected = variance = 0.0
    for t in sorted(set(t for t, e in zip(t1 + t2, e1 + e2) if e)):
        n1, d1 = control.at_risk_and_deaths(t)
        n2, d2 = treated.at_risk_and_deaths(t)
        total, deaths = n1 + n2, d1 + d2
        if total < 2:
            continue
        observed += d1
        expected += deaths * n1 / total
        variance += deaths * (n1 / total) * (n2 / total) * (total - deaths) / (total - 1)
    chi2 = (observed - expected) ** 2 / variance if variance > 0 else 0.0
    return (_median(c_curve), _median(t_curve), _survival_at(c_curve, 10),
            _survival_at(t_curve, 10), chi2)
