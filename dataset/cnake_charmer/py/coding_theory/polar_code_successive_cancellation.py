"""Polar code encoding and successive-cancellation decoding with integer LLRs.

A length N = 2^n polar code keeps the K bit-channels that rank highest by (Hamming
weight of the index, index) as information bits and freezes the rest to zero. Frames
are encoded with the butterfly x = u F^(x n), sent as BPSK with an integer amplitude and
approximately Gaussian integer noise (a sum of uniform draws), and decoded by the
recursive successive-cancellation decoder using the min-sum f function and the
partial-sum g function on integer log-likelihood ratios.

Keywords: coding theory, polar code, successive cancellation, channel polarization, LLR, min-sum, butterfly
"""

from cnake_charmer.benchmarks import python_benchmark


def information_set(n_log, k):
    size = 1 << n_log
    ranked = sorted(range(size), key=lambda i: (bin(i).count("1"), i), reverse=True)
    return set(ranked[:k])


def polar_encode(u):
    x = list(u)
    h = 1
    while h < len(x):
        for i in range(len(x)):
            if not i & h:
                x[i] ^= x[i + h]
        h *= 2
    return x


def f_minsum(a, b):
    magnitude = min(abs(a), abs(b))
    return magnitude if (a < 0) == (b < 0) else -magnitude


def sc_decode(llr, frozen):
    """Return (u estimates, re-encoded x estimates) for this sub-code."""
    if len(llr) == 1:
        bit = 0 if frozen[0] or llr[0] >= 0 else 1
        return [bit], [bit]
    half = len(llr) // 2
    a, b = llr[:half], llr[half:]
    u_left, x_left = sc_decode([f_minsum(p, q) for p, q in zip(a, b)], frozen[:half])
    right_llr = [q + p if bit == 0 else q - p for p, q, bit in zip(a, b, x_left)]
    u_right, x_right = sc_decode(right_llr, frozen[half:])
    return u_left + u_right, [p ^ q for p, q in zip(x_left, x_right)] + x_right


@python_benchmark(args=(10, 512, 30, 15, 7), cases=[(6, 32, 0, 6, 1), (5, 16, 10, 9, 2), (4, 0, 5, 4, 3), (3, 8, 20, 2, 4), (7, 64, 15, 1, 5)])
def polar_code_successive_cancellation(n_log: int, k: int, frames: int, amplitude: int, seed: int):
    """Return (frames correct, frame errors, info bit errors, checksum of decoded info bits)."""
    size = 1 << n_log
    info = information_set(n_log, k)
    frozen = [i not in info for i in range(size)]
    state = seed & 0xFFFFFFFFFFFFFFFF
    good = bad = bit_errors = 0
    checksum = 0
    for _ in range(frames):
        u = [0] * size
        for i in range(size):
            if not frozen[i]:
                state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
                u[i] = (state >> 33) & 1
        x = polar_encode(u)
        llr = []
        for bit in x:
            noise = 0
            for _ in range(4):
                state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
                noise += (state >> 33) % 17 - 8
            llr.append((amplitude if bit == 0 else -amplitude) + noise)
        u_hat, _ = sc_decode(llr, frozen)
        errors = sum(1 for i in range(size) if not frozen[i] and u_hat[i] != u[i])
        bit_errors += errors
        if errors:
            bad += 1
        else:
            good += 1
        for i in range(size):
            if not frozen[i]:
                checksum = (checksum * 2 + u_hat[i]) % 1000000007
    return good, bad, bit_errors, checksum
