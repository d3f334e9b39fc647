"""Match a stream of random limit orders against a price-level order book.

Orders (side, limit price, quantity) come from a seeded LCG. A buy crosses the best
asks while they are at or below its limit, a sell crosses the best bids at or above
its limit, and any remainder rests on the book. The pair reports trade count,
traded volume, notional, and the best bid/ask and resting depth at the end.

Keywords: finance, order book, matching engine, limit orders, market microstructure
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 200, 4), cases=[(0, 50, 1), (1, 50, 2), (30, 10, 3), (200, 1, 5), (10, 0, 1)])
def limit_order_book_matching(orders: int, ticks: int, seed: int) -> Tuple[int, int, int, int, int, int]:
    """Return (trades, volume, notional, best bid, best ask, resting quantity)."""
    if ticks <= 0:
        raise ValueError("the book needs at least one price tick")
    state = seed & 0x7FFFFFFF

    def draw() -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return state >> 8

    bids: dict = {}
    asks: dict = {}
    trades = volume = notional = 0
    mid = ticks // 2
    for _ in range(orders):
        is_buy = draw() % 2 == 0
        offset = draw() % 11 - 5
        price = min(max(mid + (offset if is_buy else -offset), 0), ticks - 1)
        qty = 1 + draw() % 20
        book, other = (bids, asks) if is_buy else (asks, bids)
        while qty > 0 and other:
            best = min(other) if is_buy else max(other)
            if (is_buy and best > price) or (not is_buy and best < price):
                break
            fill = min(qty, other[best])
            qty -= fill
            other[best] -= fill
            if other[best] == 0:
                del other[best]
            trades += 1
            volume += fill
            notional += fill * best
        if qty > 0:
            book[price] = book.get(price, 0) + qty
        if trades % 97 == 0 and bids and asks:
            mid = (max(bids) + min(asks)) // 2
    best_bid = max(bids) if bids else -1
    best_ask = min(asks) if asks else -1
    resting = sum(bids.values()) + sum(asks.values())
    return trades, volume, notional, best_bid, best_ask, resting
