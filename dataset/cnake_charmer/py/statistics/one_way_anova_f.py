"""One-way ANOVA F statistic, effect size and group means for k generated groups.

k groups of n observations each get different true means (a step pattern) and LCG
noise. The between-group and within-group sums of squares give the F statistic; eta
squared measures the effect size. Returns F, both degrees of freedom, eta squared and
the group means.

Keywords: anova, f statistic, sum of squares, effect size, group comparison
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 6000), cases=[(0, 5), (1, 5), (2, 1), (3, 2), (4, 6)])
def one_way_anova_f(k: int, n: int) -> Tuple[float, int, int, float, List[float]]:
    """F statistic, df between, df within, eta squared and group means."""
    if k < 2 or n < 1:
        return 0.0, 0, 0, 0.0, []
    state = 24680
    groups = []
    for g in range(k):
        shift = 0.2 * (g % 4)
        values = []
        for _ in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            values.append(shift + state / 0x7FFFFFFF)
        groups.append(values)
    means = [sum(v) / n for v in groups]
    grand = sum(means) / k
    ss_between = sum(n * (m - grand) ** 2 for m in means)
    ss_within = sum(sum((x - m) ** 2 for x in v) for v, m in zip(groups, means))
    df_b = k - 1
    df_w = k * n - k
    f = (ss_between / df_b) / (ss_within / df_w) if df_w > 0 and ss_within > 0 else 0.0
    eta2 = ss_between / (ss_between + ss_within) if ss_between + ss_within > 0 else 0.0
    return f, df_b, df_w, eta2, means
