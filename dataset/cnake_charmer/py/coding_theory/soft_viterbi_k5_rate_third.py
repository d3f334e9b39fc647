"""Soft-decision Viterbi decoding of a rate-1/3, K = 5 convolutional code with a sliding traceback window.

Bits are encoded with generators (25, 33, 37) octal; each coded bit becomes a BPSK
amplitude plus approximately Gaussian integer noise and is quantised to three bits
(0..7). The decoder pushes path metrics forward through a 16-state trellis, scoring a
branch by the quantised correlation (q for an expected 1, 7 - q for a 0), keeps the
larger metric (the earlier predecessor on ties), and releases each bit after a fixed
traceback depth from the currently best state; the tail is flushed at the end.

Keywords: coding theory, convolutional code, soft-decision Viterbi, quantisation, traceback, trellis, AWGN
"""

from cnake_charmer.benchmarks import python_benchmark

GENERATORS = (0o25, 0o33, 0o37)
STATES = 16


def make_trellis():
    trellis = {}
    for state in range(STATES):
        for bit in (0, 1):
            register = (bit << 4) | state
            outputs = tuple(bin(register & g).count("1") % 2 for g in GENERATORS)
            trellis[state, bit] = (register >> 1, outputs)
    return trellis


def quantise(value):
    return min(7, max(0, (value + 32) // 8))


def best_state(metrics):
    best = None
    for state, metric in enumerate(metrics):
        if metric is not None and (best is None or metric > metrics[best]):
            best = state
    return best


def soft_viterbi(soft, trellis, depth):
    steps = len(soft) // 3
    metrics = [0] + [None] * (STATES - 1)
    history = []
    decided = [0] * steps
    for t in range(steps):
        received = soft[3 * t:3 * t + 3]
        new_metrics = [None] * STATES
        back = [0] * STATES
        for state in range(STATES):
            if metrics[state] is None:
                continue
            for bit in (0, 1):
                nxt, outputs = trellis[state, bit]
                score = metrics[state] + sum(q if e else 7 - q for q, e in zip(received, outputs))
                if new_metrics[nxt] is None or score > new_metrics[nxt]:
                    new_metrics[nxt] = score
                    back[nxt] = state
        metrics = new_metrics
        history.append(back)
        if t >= depth:
            state = best_state(metrics)
            for j in range(t, t - depth, -1):
                state = history[j][state]
            decided[t - depth] = state >> 3
    state = best_state(metrics)
    for j in range(steps - 1, max(-1, steps - 1 - depth), -1):
        decided[j] = state >> 3
        state = history[j][state]
    return decided, (metrics[best_state(metrics)] if steps else 0)


@python_benchmark(args=(8, 600, 11, 20, 31), cases=[(0, 100, 10, 8, 1), (3, 60, 30, 8, 2), (3, 5, 9, 20, 3), (4, 100, 2, 12, 4), (2, 80, 9, 1, 5)])
def soft_viterbi_k5_rate_third(frames: int, n_bits: int, amplitude: int, depth: int, seed: int):
    """Return (decoded bit errors, bad frames, hard-decision channel errors, metric sum, checksum)."""
    trellis = make_trellis()
    state = seed & 0xFFFFFFFFFFFFFFFF
    bit_errors = bad_frames = raw_errors = metric_sum = 0
    checksum = 0
    for _ in range(frames):
        bits = []
        for _ in range(n_bits):
            state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            bits.append((state >> 40) & 1)
        soft = []
        shift = 0
        for bit in bits:
            shift, outputs = trellis[shift, bit]
            for coded in outputs:
                noise = 0
                for _ in range(3):
                    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
                    noise += (state >> 33) % 21 - 10
                q = quantise((amplitude if coded else -amplitude) + noise)
                raw_errors += (q >= 4) != coded
                soft.append(q)
        decoded, metric = soft_viterbi(soft, trellis, depth)
        errors = sum(1 for a, b in zip(bits, decoded) if a != b)
        bit_errors += errors
        bad_frames += errors > 0
        metric_sum += metric
        for b in decoded:
            checksum = (checksum * 2 + b) % 1000000007
    return bit_errors, bad_frames, raw_errors, metric_sum, checksum
