"""Second-order sigma-delta modulation of a slow sine and moving-average reconstruction.

A slowly varying input in [-0.5, 0.5] is converted to a +/-1 bitstream by a
second-order sigma-delta loop (two cascaded integrators with feedback). The bitstream
is decoded by a boxcar filter of length L; the decoded signal's RMS error shows the
noise shaping. Returns the count of +1 bits, the longest run of equal bits, the RMS
error and decoded samples.

Keywords: sigma delta, noise shaping, oversampling, bitstream, modulator
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 64), cases=[(0, 8), (1, 1), (10, 0), (100, 16)])
def sigma_delta_modulator(n: int, window: int) -> Tuple[int, int, float, List[float]]:
    """Modulate n samples, decode with a boxcar of `window` bits; summarise."""
    if window < 1:
        return 0, 0, 0.0, []
    i1 = i2 = 0.0
    bits = []
    inputs = []
    for t in range(n):
        x = 0.5 * math.sin(2 * math.pi * t / 20000.0)
        inputs.append(x)
        feedback = 1.0 if bits and bits[-1] > 0 else -1.0
        i1 += x - feedback
        i2 += i1 - feedback
        bits.append(1 if i2 >= 0 else -1)
    ones = sum(1 for b in bits if b > 0)
    longest = 0
    run = 0
    for k, b in enumerate(bits):
        run = run + 1 if k and b == bits[k - 1] else 1
        longest = max(longest, run)
    decoded = []
    acc = 0
    err2 = 0.0
    for t, b in enumerate(bits):
        acc += b
        if t >= window:
            acc -= bits[t - window]
        if t >= window - 1:
            value = acc / window
            decoded.append(value)
            err2 += (value - inputs[t - window // 2]) ** 2
    rms = math.sqrt(err2 / len(decoded)) if decoded else 0.0
    return ones, longest, rms, decoded[:: max(len(decoded) // 8, 1)]
