"""Theil-Sen robust slope: the median of all pairwise slopes.

Points follow y = 0.75 x + 2 with LCG noise, and one point in eight is a gross outlier.
The Theil-Sen estimator takes the median of the slopes (y_j - y_i) / (x_j - x_i) over
all pairs with distinct x, and the intercept as the median of y - slope x. The
ordinary least-squares slope is computed too, to show how outliers pull it away.

Keywords: theil sen estimator, robust regression, median slope, outliers, nonparametric
"""

import statistics
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(700,), cases=[(0,), (1,), (2,), (3,), (17,)])
def theil_sen_slope_estimator(n: int) -> Tuple[float, float, float, int]:
    """Theil-Sen slope and intercept, OLS slope and number of slope pairs for n points."""
    state = 3141
    xs = []
    ys = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        x = float(i % 97) + (state % 1000) / 1000.0
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise = (state / 0x7FFFFFFF - 0.5) * 2.0
        y = 0.75 * x + 2.0 + (noise * 40.0 if i % 8 == 3 else noise)
        xs.append(x)
        ys.append(y)
    slopes = [(ys[j] - ys[i]) / (xs[j] - xs[i])
              for i in range(n) for j in range(i + 1, n) if xs[j] != xs[i]]
    if not slopes:
        return 0.0, 0.0, 0.0, 0
    slope = statistics.median(slopes)
    intercept = statistics.median([y - slope * x for x, y in zip(xs, ys)])
    mx = sum(xs) / n
    my = sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    ols = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx > 0 else 0.0
    return slope, intercept, ols, len(slopes)
