"""Backtest a MACD signal-line crossover strategy on a simulated price series.

The MACD line is the difference between 12- and 26-period exponential moving
averages; its 9-period EMA is the signal line. The strategy goes long when MACD
crosses above the signal and flat when it crosses below. The pair returns the
number of trades, the strategy's compounded return, the buy-and-hold return and the
final MACD and signal values.

Keywords: finance, macd, exponential moving average, crossover, backtest, momentum
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 12, 26, 9, 5), cases=[(0, 12, 26, 9, 1), (1, 12, 26, 9, 2), (300, 5, 10, 4, 3), (100, 1, 1, 1, 4)])
def macd_crossover_backtest(days: int, fast: int, slow: int, signal: int, seed: int) -> Tuple[int, float, float, float, float]:
    """Return (trades, strategy growth, buy-and-hold growth, final MACD, final signal)."""
    state = seed & 0x7FFFFFFF
    prices = []
    price = 50.0
    for _ in range(days):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        price *= 1.0 + 0.00001 + 0.02 * (state / 2147483648.0 - 0.5)
        prices.append(price)
    if not prices:
        return 0, 1.0, 1.0, 0.0, 0.0
    af, aslow, asig = 2.0 / (fast + 1), 2.0 / (slow + 1), 2.0 / (signal + 1)
    ema_fast = ema_slow = prices[0]
    sig = 0.0
    long_position = False
    trades = 0
    growth = 1.0
    previous_diff = 0.0
    for t in range(1, len(prices)):
        if long_position:
            growth *= prices[t] / prices[t - 1]
        ema_fast += af * (prices[t] - ema_fast)
        ema_slow += aslow * (prices[t] - ema_slow)
        macd = ema_fast - ema_slow
        sig += asig * (macd - sig)
        diff = macd - sig
        if diff > 0 >= previous_diff and not long_position:
            long_position = True
            trades += 1
        elif diff < 0 <= previous_diff and long_position:
            long_position = False
            trades += 1
        previous_diff = diff
    return trades, growth, prices[-1] / prices[0], ema_fast - ema_slow, sig
