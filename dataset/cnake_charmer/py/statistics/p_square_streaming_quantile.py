"""Streaming quantile estimation with the P-square algorithm (Jain and Chlamtac).

Five markers track the minimum, the p/2, p and (1+p)/2 quantiles and the maximum of a
stream without storing it; marker heights are adjusted by piecewise-parabolic (or
linear) interpolation as observations arrive. Estimates for p = 0.5 and p = 0.9 on an
LCG stream are returned with their marker positions.

Keywords: p square algorithm, streaming quantile, online median, markers, estimation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _p_square(stream: List[float], p: float) -> Tuple[float, List[int]]:
    heights = sorted(stream[:5])
    pos = [1, 2, 3, 4, 5]
    desired = [1.0, 1.0 + 2 * p, 1.0 + 4 * p, 3.0 + 2 * p, 5.0]
    incr = [0.0, p / 2, p, (1 + p) / 2, 1.0]
    for x in stream[5:]:
        if x < heights[0]:
            heights[0] = x
            k = 0
        elif x >= heights[4]:
            heights[4] = x
            k = 3
        else:
            k = next(i for i in range(4) if heights[i] <= x < heights[i + 1])
        for i in range(k + 1, 5):
            pos[i] += 1
        desired = [d + inc for d, inc in zip(desired, incr)]
        for i in range(1, 4):
            d = desired[i] - pos[i]
            if (d >= 1 and pos[i + 1] - pos[i] > 1) or (d <= -1 and pos[i - 1] - pos[i] < -1):
                s = 1 if d > 0 else -1
                q = heights[i] + s / (pos[i + 1] - pos[i - 1]) * (
                    (pos[i] - pos[i - 1] + s) * (heights[i + 1] - heights[i]) / (pos[i + 1] - pos[i])
                    + (pos[i + 1] - pos[i] - s) * (heights[i] - heights[i - 1]) / (pos[i] - pos[i - 1]))
                if not heights[i - 1] < q < heights[i + 1]:
                    q = heights[i] + s * (heights[i + s] - heights[i]) / (pos[i + s] - pos[i])
                heights[i] = q
                pos[i] += s
    return heights[2], pos


@python_benchmark(args=(20000,), cases=[(5,), (6,), (7,), (40,)])
def p_square_streaming_quantile(n: int) -> Tuple[float, List[int], float, List[int]]:
    """P-square estimates of the median and 90th percentile of an n-value stream (n >= 5)."""
    state = 5551
    stream = []
    for _ in range(max(n, 5)):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        u = state / 0x7FFFFFFF
        stream.append(u * u * 100.0)
    med, med_pos = _p_square(stream, 0.5)
    p90, p90_pos = _p_square(stream, 0.9)
    return med, med_pos, p90, p90_pos
