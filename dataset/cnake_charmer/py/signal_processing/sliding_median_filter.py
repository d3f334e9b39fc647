"""Sliding-window median filter for impulse-noise removal.

A smooth waveform corrupted by sparse LCG impulses is filtered with a running median
of odd width w. The window is kept as a sorted list updated by bisection (remove the
outgoing sample, insert the incoming one), so each step costs O(w) rather than a full
sort. Edges use a shrunken window. Returns the residual error against the clean signal
and samples of the output.

Keywords: median filter, sliding window, impulse noise, bisect, nonlinear filter
"""

import bisect
import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 31), cases=[(0, 3), (1, 1), (5, 3), (20, 5), (9, 21)])
def sliding_median_filter(n: int, w: int) -> Tuple[float, float, List[float]]:
    """Median-filter n noisy samples with odd window w; return errors and samples."""
    half = max(w, 1) // 2
    state = 5000
    clean = [math.sin(0.01 * i) + 0.5 * math.sin(0.037 * i) for i in range(n)]
    noisy = []
    for v in clean:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noisy.append(v + (5.0 if state % 17 == 0 else 0.0) - (5.0 if state % 23 == 0 else 0.0))
    out = []
    window: List[float] = []
    lo = hi = 0
    for i in range(n):
        new_lo, new_hi = max(0, i - half), min(n, i + half + 1)
        while hi < new_hi:
            bisect.insort(window, noisy[hi])
            hi += 1
        while lo < new_lo:
            window.pop(bisect.bisect_left(window, noisy[lo]))
            lo += 1
        out.append(window[len(window) // 2])
    err_noisy = sum((abs(a - b) for a, b in zip(noisy, clean)), 0.0)
    err_out = sum((abs(a - b) for a, b in zip(out, clean)), 0.0)
    return err_noisy, err_out, out[:: max(n // 6, 1)]
