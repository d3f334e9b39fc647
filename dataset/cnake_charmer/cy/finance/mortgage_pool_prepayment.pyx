# cython: language_level=3
"""PSA prepayment cash flows with a pure-Python-mode monthly engine.

The monthly schedule for one speed is a ``@cython.cfunc`` whose locals are C doubles
declared with ``@cython.locals``; it returns a C tuple and libc ``pow`` replaces the
Python power operator, so a speed sweep is a tight C loop.

Keywords: finance, mortgage backed securities, psa, prepayment, cash flows, weighted average life
"""

import cython
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.locals(remaining=cython.double, rate=cython.double, interest_total=cython.double,
               weighted=cython.double, principal_total=cython.double, payment=cython.double,
               interest=cython.double, scheduled=cython.double, cpr=cython.double, smm=cython.double,
               prepaid=cython.double, principal=cython.double, month=cython.int, left=cython.int,
               payoff=cython.int, wal=cython.double)
def run_pool(balance: cython.double, annual_rate: cython.double, term: cython.int,
             psa: cython.double) -> tuple[cython.double, cython.double, cython.int]:
    remaining = balance
    rate = annual_rate / 12.0
    interest_total = 0.0
    weighted = 0.0
    principal_total = 0.0
    payoff = 0
    for month in range(1, term + 1):
        if remaining <= 1e-6:
            break
        left = term - month + 1
        if rate > 0:
            payment = remaining * rate / (1.0 - pow(1.0 + rate, -left))
        else:
            payment = remaining / left
        interest = remaining * rate
        scheduled = payment - interest
        cpr = min(month, 30) * 0.002 * psa / 100.0
        smm = 1.0 - pow(1.0 - min(cpr, 1.0), 1.0 / 12.0)
        prepaid = (remaining - scheduled) * smm
        principal = scheduled + prepaid
        remaining -= principal
        interest_total += interest
        weighted += month * principal
        principal_total += principal
        payoff = month
    wal = weighted / principal_total / 12.0 if principal_total > 0 else 0.0
    return wal, interest_total, payoff


@cython_benchmark(args=(1000000.0, 0.06, 360, 200))
def mortgage_pool_prepayment(balance: cython.double, annual_rate: cython.double, term: cython.int, speeds: cython.int):
    """Return [(weighted average life in years, total interest, payoff month)] per speed."""
    s = cython.declare(cython.int)
    results = []
    for s in range(speeds):
        results.append(run_pool(balance, annual_rate, term, 50.0 + 1000.0 * s / speeds))
    return results
