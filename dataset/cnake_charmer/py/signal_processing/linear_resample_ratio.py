"""Sample-rate conversion by linear interpolation at a rational ratio.

A signal sampled at rate `src` (a sum of two tones) is converted to rate `dst` by
evaluating it at the output instants t = k src / dst with linear interpolation between
neighbouring input samples. The result is compared against the exact tones at the
new instants. Returns the output length, the RMS interpolation error and samples.

Keywords: resampling, sample rate conversion, linear interpolation, upsampling, downsampling
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _tone(t: float, rate: int) -> float:
    return math.sin(2 * math.pi * 440.0 * t / rate) + 0.3 * math.cos(2 * math.pi * 1250.0 * t / rate)


@python_benchmark(args=(44100, 48000, 60000), cases=[(2, 3, 0), (2, 3, 1), (3, 2, 10), (5, 7, 33)])
def linear_resample_ratio(src: int, dst: int, n: int) -> Tuple[int, float, List[float]]:
    """Resample n samples from rate src to rate dst; return length, RMS error and samples."""
    if n < 2 or src <= 0 or dst <= 0:
        return 0, 0.0, []
    x = [_tone(i, src) for i in range(n)]
    out_len = (n - 1) * dst // src + 1
    out = []
    err2 = 0.0
    for k in range(out_len):
        pos = k * src / dst
        i = min(int(pos), n - 2)
        frac = pos - i
        value = x[i] + (x[i + 1] - x[i]) * frac
        out.append(value)
        err2 += (value - _tone(pos, src)) ** 2
    return out_len, math.sqrt(err2 / out_len), out[:: max(out_len // 6, 1)]
