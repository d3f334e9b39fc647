"""Cash flows of a mortgage pass-through pool under a PSA prepayment ramp.

The pool pays a level monthly instalment; each month scheduled principal is paid and
a further fraction of the remaining balance prepays, given by the PSA benchmark
(CPR ramps 0.2% per month to 6% at month 30, scaled by the PSA speed). The pair
reports, for several PSA speeds, the weighted average life, total interest and the
month the pool pays off.

Keywords: finance, mortgage backed securities, psa, prepayment, cash flows, weighted average life
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1000000.0, 0.06, 360, 200), cases=[(100000.0, 0.05, 12, 1), (0.0, 0.05, 360, 2), (500000.0, 0.04, 180, 3), (1000.0, 0.05, 0, 2)], tolerance=1e-9)
def mortgage_pool_prepayment(balance: float, annual_rate: float, term: int, speeds: int) -> List[Tuple[float, float, int]]:
    """Return [(weighted average life in years, total interest, payoff month)] per speed."""
    results = []
    for s in range(speeds):
        psa = 50.0 + 1000.0 * s / speeds
        remaining, rate = balance, annual_rate / 12.0
        interest_total = weighted = principal_total = 0.0
        payoff = 0
        for month in range(1, term + 1):
            if remaining <= 1e-6:
                break
            left = term - month + 1
            payment = remaining * rate / (1.0 - (1.0 + rate) ** -left) if rate > 0 else remaining / left
            interest = remaining * rate
            scheduled = payment - interest
            cpr = min(month, 30) * 0.002 * psa / 100.0
            smm = 1.0 - (1.0 - min(cpr, 1.0)) ** (1.0 / 12.0)
            prepaid = (remaining - scheduled) * smm
            principal = scheduled + prepaid
            remaining -= principal
            interest_total += interest
            weighted += month * principal
            principal_total += principal
            payoff = month
        wal = weighted / principal_total / 12.0 if principal_total > 0 else 0.0
        results.append((wal, interest_total, payoff))
    return results
