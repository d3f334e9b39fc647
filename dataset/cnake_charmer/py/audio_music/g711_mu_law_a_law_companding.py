"""G.711 mu-law and A-law companding of 16-bit audio with round-trip error statistics.

A generated signal sweeps through loud and quiet passages (sine partials, noise) so
every logarithmic segment is exercised. Each sample is encoded to an 8-bit mu-law
code and an 8-bit A-law code (segment search plus 4-bit mantissa, sign and bit
inversion conventions of each law) and decoded back. Returns, per law, a checksum of
the code bytes, the segment histogram, the maximum and total absolute error, and the
signal-to-noise ratio in dB.

Keywords: audio codec, g711, mu-law, a-law, companding, quantisation, telephony
"""

import math

from cnake_charmer.benchmarks import python_benchmark

MU_BIAS = 0x84
MU_CLIP = 32635
A_SEGMENT_ENDS = (0x1F, 0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF)


def mu_law_encode(sample: int) -> int:
    sign = 0x80 if sample < 0 else 0
    magnitude = min(-sample if sample < 0 else sample, MU_CLIP) + MU_BIAS
    exponent = 7
    mask = 0x4000
    while exponent > 0 and not magnitude & mask:
        exponent -= 1
        mask >>= 1
    mantissa = (magnitude >> (exponent + 3)) & 0x0F
    return ~(sign | (exponent << 4) | mantissa) & 0xFF


def mu_law_decode(code: int) -> int:
    code = ~code & 0xFF
    exponent = (code >> 4) & 0x07
    magnitude = (((code & 0x0F) << 3) + MU_BIAS) << exponent
    magnitude -= MU_BIAS
    return -magnitude if code & 0x80 else magnitude


def a_law_encode(sample: int) -> int:
    value = sample >> 3
    if value >= 0:
        flip = 0xD5
    else:
        flip = 0x55
        value = -value - 1
    segment = 0
    while segment < 8 and value > A_SEGMENT_ENDS[segment]:
        segment += 1
    if segment == 8:
        return 0x7F ^ flip
    shift = 1 if segment < 2 else segment
    return ((segment << 4) | ((value >> shift) & 0x0F)) ^ flip


def a_law_decode(code: int) -> int:
    code ^= 0x55
    magnitude = (code & 0x0F) << 4
    segment = (code & 0x70) >> 4
    if segment == 0:
        magnitude += 8
    else:
        magnitude += 0x108
        if segment > 1:
            magnitude <<= segment - 1
    return magnitude if code & 0x80 else -magnitude


def make_signal(n: int, seed: int) -> list:
    state = seed
    samples = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        loudness = 0.5 + 0.5 * math.sin(2.0 * math.pi * i / 7919.0)
        tone = math.sin(2.0 * math.pi * 440.0 * i / 8000.0) + 0.3 * math.sin(2.0 * math.pi * 1230.0 * i / 8000.0)
        noise = (state >> 16) / 32768.0 - 0.5
        value = int(loudness * loudness * loudness * 30000.0 * (0.8 * tone + 0.2 * noise))
        samples.append(max(-32768, min(32767, value)))
    return samples


def law_stats(samples: list, encode, decode) -> tuple:
    checksum = 0
    segments = [0] * 8
    max_error = 0
    total_error = 0
    signal_power = 0
    noise_power = 0
    for s in samples:
        code = encode(s)
        checksum = (checksum * 257 + code) % 1000000007
        segments[(code >> 4) & 0x07] += 1
        error = abs(decode(code) - s)
        max_error = max(max_error, error)
        total_error += error
        signal_power += s * s
        noise_power += error * error
    snr = 10.0 * math.log10(signal_power / noise_power) if noise_power and signal_power else 0.0
    return checksum, segments, max_error, total_error, snr


@python_benchmark(args=(50000, 12), cases=[(0, 12), (1, 3), (64, 5), (5000, 77)])
def g711_mu_law_a_law_companding(n: int, seed: int) -> tuple:
    """Companding round trip of n generated samples under both G.711 laws."""
    samples = make_signal(n, seed)
    return law_stats(samples, mu_law_encode, mu_law_decode), law_stats(samples, a_law_encode, a_law_decode)
