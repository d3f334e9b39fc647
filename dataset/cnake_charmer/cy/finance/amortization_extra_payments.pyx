# cython: language_level=3
"""Loan amortisation in Cython pure-Python mode with C-typed locals.

The per-loan schedule is a ``@cython.cfunc`` whose locals are fixed to C doubles and
ints with ``@cython.locals``; the generator state is declared with ``cython.declare``
so the whole book is amortised with C arithmetic while keeping Python syntax.

Keywords: finance, amortisation, loan, annuity, interest, mortgage
"""

import cython
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.locals(payment=cython.double, balance=cython.double, interest=cython.double, month=cython.int)
def amortise(principal: cython.double, monthly: cython.double, term: cython.int, extra: cython.double,
             out: cython.p_double) -> cython.int:
    """Run one loan; out[0] += interest, out[1] = balance after month 12. Returns months."""
    payment = principal * monthly / (1.0 - pow(1.0 + monthly, -term))
    balance = principal
    month = 0
    while balance > 1e-9 and month < term:
        month += 1
        interest = balance * monthly
        out[0] += interest
        balance = balance + interest - payment
        if month % 12 == 0:
            balance -= extra
        if month == 12:
            out[1] = balance if balance > 0.0 else 0.0
    return month


@cython_benchmark(args=(3000, 9))
def amortization_extra_payments(loans: cython.int, seed: cython.long):
    """Return (total months, total interest, first-year balances of the first loans)."""
    state = cython.declare(cython.ulonglong, seed & 0x7FFFFFFF)
    acc = cython.declare(cython.double[2])
    k = cython.declare(cython.int)
    months = cython.declare(cython.long, 0)
    draws = cython.declare(cython.ulonglong[4])
    i = cython.declare(cython.int)
    acc[0] = 0.0
    balances = []
    for k in range(loans):
        for i in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            draws[i] = state
        acc[1] = -1.0
        months += amortise(50000.0 + <double>(draws[0] % 450000),
                           (2.0 + <double>(draws[1] % 600) / 100.0) / 1200.0,
                           <int>(120 + 60 * (draws[2] % 6)),
                           1000.0 * <double>(draws[3] % 5), acc)
        if k < 8 and acc[1] >= 0.0:
            balances.append(acc[1])
    return months, acc[0], balances
