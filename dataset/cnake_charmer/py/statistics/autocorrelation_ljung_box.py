"""Sample autocorrelation function of an AR(2) series and the Ljung-Box statistic.

An AR(2) process x_t = 0.6 x_{t-1} - 0.3 x_{t-2} + e_t is simulated with LCG noise.
The sample autocorrelations up to max_lag are computed from the mean-removed series,
and the Ljung-Box Q statistic n (n + 2) sum r_k^2 / (n - k) tests for remaining
autocorrelation. Returns the ACF values and Q.

Keywords: autocorrelation, acf, ljung box, time series, ar process
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 40), cases=[(0, 5), (1, 3), (5, 0), (10, 4), (30, 40)])
def autocorrelation_ljung_box(n: int, max_lag: int) -> Tuple[List[float], float]:
    """ACF r_1..r_max_lag of a simulated AR(2) series of length n and the Ljung-Box Q."""
    if n < 2:
        return [], 0.0
    state = 2357
    series = []
    prev1 = prev2 = 0.0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value = 0.6 * prev1 - 0.3 * prev2 + (state / 0x7FFFFFFF - 0.5)
        series.append(value)
        prev2, prev1 = prev1, value
    mean = sum(series) / n
    centred = [v - mean for v in series]
    denom = sum(v * v for v in centred)
    lags = min(max_lag, n - 1)
    acf = [sum(centred[t] * centred[t + k] for t in range(n - k)) / denom for k in range(1, lags + 1)]
    q = n * (n + 2) * sum((r * r / (n - k) for k, r in enumerate(acf, start=1)), 0.0)
    return acf, q
