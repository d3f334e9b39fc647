"""Realised gains from a trade blotter using FIFO tax-lot matching.

A stream of buys and sells (quantities and prices from a seeded LCG) is processed
per symbol; each sell consumes the oldest open lots first and realises the
difference between sale and purchase price. Sells larger than the open position are
trimmed. The pair returns total realised gain, the number of lots closed, the open
quantity per symbol and the cost basis left open.

Keywords: finance, tax lots, fifo, realised gains, cost basis, portfolio accounting
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 8, 3), cases=[(0, 3, 1), (1, 1, 2), (40, 2, 3), (10, 0, 4)])
def fifo_tax_lot_gains(trades: int, symbols: int, seed: int) -> Tuple[int, int, List[int], int]:
    """Return (realised gain in cents, lots closed, open quantity per symbol, open cost)."""
    if symbols <= 0:
        return 0, 0, [], 0
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state >> 8

    lots = [deque() for _ in range(symbols)]
    prices = [10000] * symbols
    gain = closed = 0
    for _ in range(trades):
        s = draw() % symbols
        prices[s] = max(100, prices[s] + draw() % 201 - 100)
        qty = 1 + draw() % 50
        if draw() % 5 < 3:
            lots[s].append([qty, prices[s]])
            continue
        book = lots[s]
        while qty > 0 and book:
            lot = book[0]
            take = min(qty, lot[0])
            gain += take * (prices[s] - lot[1])
            lot[0] -= take
            qty -= take
            if lot[0] == 0:
                book.popleft()
                closed += 1
    open_qty = [sum(lot[0] for lot in book) for book in lots]
    open_cost = sum(lot[0] * lot[1] for book in lots for lot in book)
    return gain, closed, open_qty, open_cost
