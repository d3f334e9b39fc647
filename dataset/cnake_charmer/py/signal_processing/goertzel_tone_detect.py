"""DTMF digit detection with the Goertzel algorithm over fixed-length frames.

A synthetic keypad sequence is encoded as dual-tone (DTMF) bursts with LCG noise at
an 8 kHz sample rate. Each 205-sample frame is tested with the Goertzel recurrence at
the eight DTMF frequencies; the strongest row and column tones (if above a threshold)
decode a key. Returns the decoded string and the per-frame power of the top tone.

Keywords: goertzel algorithm, dtmf, tone detection, second order recurrence, decoding
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ROWS = [697.0, 770.0, 852.0, 941.0]
COLS = [1209.0, 1336.0, 1477.0, 1633.0]
KEYS = ["123A", "456B", "789C", "*0#D"]
RATE = 8000.0
FRAME = 205


def _goertzel(frame: List[float], freq: float) -> float:
    coeff = 2.0 * math.cos(2.0 * math.pi * freq / RATE)
    s1 = s2 = 0.0
    for x in frame:
        s0 = x + coeff * s1 - s2
        s2 = s1
        s1 = s0
    return s1 * s1 + s2 * s2 - coeff * s1 * s2


@python_benchmark(args=(480,), cases=[(0,), (1,), (2,), (17,)])
def goertzel_tone_detect(frames: int) -> Tuple[str, List[float]]:
    """Synthesize and decode `frames` DTMF frames; return decoded keys and top powers."""
    state = 1200
    decoded = []
    powers = []
    for f in range(frames):
        key = (f * 7 + 3) % 16
        silent = f % 5 == 4
        low, high = ROWS[key // 4], COLS[key % 4]
        frame = []
        for t in range(FRAME):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            noise = 0.3 * (state / 0x7FFFFFFF - 0.5)
            tone = 0.0 if silent else (math.sin(2 * math.pi * low * t / RATE)
                                       + 0.8 * math.sin(2 * math.pi * high * t / RATE))
            frame.append(tone + noise)
        row_power = [_goertzel(frame, fr) for fr in ROWS]
        col_power = [_goertzel(frame, fc) for fc in COLS]
        r = max(range(4), key=lambda i: row_power[i])
        c = max(range(4), key=lambda i: col_power[i])
        powers.append(max(row_power[r], col_power[c]))
        decoded.append(KEYS[r][c] if row_power[r] > 1000.0 and col_power[c] > 500.0 else "-")
    return "".join(decoded), powers[:10]
