"""Resample a trade tape into fixed-interval OHLCV bars with VWAP.

Trades (time in ms, price in ticks, size) follow a random walk in time order. They are
bucketed into bars of a fixed length; each bar has open, high, low, close, volume, trade
count and volume-weighted average price, and empty intervals produce no bar. Returns the
number of bars, the first and last bars, the bar with the largest range and the total
volume.

Keywords: ohlc, resampling, time buckets, vwap, trade data, bars, financial time series
"""

from itertools import groupby
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 5000), cases=[(0, 100), (1, 100), (10, 1), (100, 250), (5000, 1000)])
def ohlc_bar_resample(n: int, bar_ms: int) -> Tuple[int, List[Tuple[int, int, int, int, int, int, int, float]], int, int]:
    """Build OHLCV bars from n trades; return (bars, first+last bars, widest bar start, volume)."""
    if n <= 0 or bar_ms <= 0:
        return 0, [], -1, 0
    state = 4321
    clock = 0
    price = 10000
    trades = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        clock += (state >> 6) % 90
        step = (state >> 12) % 7 - 3
        price = max(1, price + step)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        size = 1 + (state >> 8) % 500
        trades.append((clock, price, size))
    bars = []
    for bucket, group in groupby(trades, key=lambda t: t[0] // bar_ms):
        group = list(group)
        prices = [p for _, p, _ in group]
        volume = sum(s for _, _, s in group)
        notional = sum(p * s for _, p, s in group)
        bars.append((bucket * bar_ms, prices[0], max(prices), min(prices), prices[-1],
                     volume, len(group), notional / volume))
    widest = max(bars, key=lambda b: (b[2] - b[3], -b[0]))
    return len(bars), bars[:3] + bars[-3:], widest[0], sum(b[5] for b in bars)
