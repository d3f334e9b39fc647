"""Frame-wise zero-crossing rate and short-time energy for voiced/unvoiced labelling.

A synthetic "speech-like" signal alternates voiced segments (low-frequency harmonics)
with unvoiced ones (LCG noise). It is cut into frames with 50% overlap; each frame's
zero-crossing rate and log energy are computed, and frames are labelled V (voiced),
U (unvoiced) or S (silence) by simple thresholds. Returns the label string and the
first few (zcr, energy) pairs.

Keywords: zero crossing rate, short time energy, framing, voice activity, speech
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 400), cases=[(0, 10), (10, 0), (100, 10), (1000, 64)])
def zero_crossing_frames(n: int, frame: int) -> Tuple[str, List[Tuple[float, float]]]:
    """Label overlapping frames of an n-sample signal as voiced, unvoiced or silence."""
    if frame < 2 or n < frame:
        return "", []
    state = 4040
    signal = []
    for i in range(n):
        segment = (i // 3000) % 3
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        noise = state / 0x7FFFFFFF - 0.5
        if segment == 0:
            signal.append(math.sin(0.02 * i) + 0.4 * math.sin(0.06 * i) + 0.02 * noise)
        elif segment == 1:
            signal.append(0.3 * noise)
        else:
            signal.append(0.001 * noise)
    hop = frame // 2
    labels = []
    stats = []
    for start in range(0, n - frame + 1, hop):
        chunk = signal[start:start + frame]
        crossings = sum(1 for a, b in zip(chunk, chunk[1:]) if (a >= 0) != (b >= 0))
        zcr = crossings / (frame - 1)
        energy = math.log10(sum(v * v for v in chunk) / frame + 1e-12)
        stats.append((zcr, energy))
        if energy < -4.0:
            labels.append("S")
        elif zcr > 0.25:
            labels.append("U")
        else:
            labels.append("V")
    return "".join(labels), stats[:6]
