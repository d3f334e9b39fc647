"""Peak envelope follower with separate attack and release time constants.

An amplitude-modulated tone burst signal is rectified and tracked by a one-pole
smoother whose coefficient switches between a fast attack (when the input rises above
the envelope) and a slow release. A compressor-style gain (threshold and ratio) is
derived from the envelope. Returns the envelope peak, the mean applied gain in dB,
the number of attack samples and envelope samples.

Keywords: envelope follower, attack release, dynamics, compressor, one pole filter
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000,), cases=[(0,), (1,), (2,), (500,)])
def envelope_follower_attack_release(n: int) -> Tuple[float, float, int, List[float]]:
    """Track the envelope of an n-sample burst signal; return peak, mean gain dB, attacks, samples."""
    rate = 16000.0
    attack = math.exp(-1.0 / (0.002 * rate))
    release = math.exp(-1.0 / (0.08 * rate))
    threshold_db = -12.0
    ratio = 4.0
    env = 0.0
    peak = 0.0
    gain_db_sum = 0.0
    attacks = 0
    trace = []
    for i in range(n):
        burst = 1.0 if (i // 4000) % 2 == 0 else 0.15
        x = burst * (0.5 + 0.5 * math.sin(2 * math.pi * 3.0 * i / rate)) * math.sin(2 * math.pi * 440.0 * i / rate)
        level = abs(x)
        if level > env:
            env = attack * env + (1.0 - attack) * level
            attacks += 1
        else:
            env = release * env + (1.0 - release) * level
        peak = max(peak, env)
        level_db = 20.0 * math.log10(env + 1e-9)
        over = level_db - threshold_db
        gain_db_sum += -over * (1.0 - 1.0 / ratio) if over > 0 else 0.0
        if i % 5000 == 0:
            trace.append(env)
    return peak, gain_db_sum / n if n else 0.0, attacks, trace
