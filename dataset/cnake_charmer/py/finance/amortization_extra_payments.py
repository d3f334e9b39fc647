"""Amortise a book of loans with occasional extra principal payments.

Loan amounts, annual rates and terms are generated from a seeded LCG. Each loan pays
the standard annuity instalment monthly, plus an extra payment every twelfth month,
until the balance reaches zero. The pair returns the months actually needed, the
total interest paid and the balance after the first year of a few loans.

Keywords: finance, amortisation, loan, annuity, interest, mortgage
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(3000, 9), cases=[(0, 1), (1, 2), (5, 3), (-1, 4)])
def amortization_extra_payments(loans: int, seed: int) -> Tuple[int, float, List[float]]:
    """Return (total months, total interest, first-year balances of the first loans)."""
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state

    total_months = 0
    total_interest = 0.0
    balances = []
    for k in range(loans):
        principal = 50000.0 + (draw() % 450000)
        monthly = (2.0 + (draw() % 600) / 100.0) / 1200.0
        term = 120 + 60 * (draw() % 6)
        extra = 1000.0 * (draw() % 5)
        payment = principal * monthly / (1.0 - (1.0 + monthly) ** -term)
        balance = principal
        month = 0
        while balance > 1e-9 and month < term:
            month += 1
            interest = balance * monthly
            total_interest += interest
            balance = balance + interest - payment
            if month % 12 == 0:
                balance -= extra
            if month == 12 and k < 8:
                balances.append(max(balance, 0.0))
        total_months += month
    return total_months, total_interest, balances
