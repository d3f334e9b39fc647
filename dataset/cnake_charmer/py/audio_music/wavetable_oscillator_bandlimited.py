"""Band-limited wavetable oscillator sweeping eight octaves with linear interpolation.

One sawtooth table per octave is built additively with only the harmonics that stay
below Nyquist for that octave's highest pitch. A vibrato-modulated exponential sweep
then reads the table for the current octave through a phase accumulator with linear
interpolation. Returns the PCM checksum, peak, the number of table switches, the
index of each switch and sampled output.

Keywords: audio, wavetable synthesis, oscillator, band limited, linear interpolation, aliasing
"""

import math

from cnake_charmer.benchmarks import python_benchmark

TABLE_SIZE = 1024
SAMPLE_RATE = 22050.0
OCTAVES = 8


def saw_table(harmonics: int) -> list:
    table = []
    for i in range(TABLE_SIZE):
        value = 0.0
        for h in range(1, harmonics + 1):
            value += math.sin(2.0 * math.pi * h * i / TABLE_SIZE) / h
        table.append(value)
    peak = max(abs(v) for v in table)
    return [v / peak for v in table]


def interpolate(table: list, phase: float) -> float:
    i = int(phase)
    frac = phase - i
    a = table[i]
    b = table[(i + 1) % TABLE_SIZE]
    return a + frac * (b - a)


@python_benchmark(args=(90000, 30.0), cases=[(0, 30.0), (1, 30.0), (500, 200.0), (5000, 1000.0)])
def wavetable_oscillator_bandlimited(n: int, base_freq: float) -> tuple:
    """Sweep n samples upward from base_freq; return PCM statistics and table switches."""
    tops = [20.0 * 2.0 ** (octave + 1) for octave in range(OCTAVES)]
    tables = [saw_table(max(1, min(64, int(SAMPLE_RATE / 2.0 / top)))) for top in tops]
    rate = math.log(256.0) / max(n, 1)
    phase = 0.0
    current = -1
    switches = []
    checksum = 0
    peak = 0
    samples = []
    for t in range(n):
        freq = base_freq * math.exp(rate * t) * (1.0 + 0.01 * math.sin(2.0 * math.pi * 5.0 * t / SAMPLE_RATE))
        octave = OCTAVES - 1
        for k, top in enumerate(tops):
            if freq <= top:
                octave = k
                break
        if octave != current:
            switches.append(t)
            current = octave
        value = interpolate(tables[octave], phase)
        phase += freq * TABLE_SIZE / SAMPLE_RATE
        while phase >= TABLE_SIZE:
            phase -= TABLE_SIZE
        pcm = int(value * 16000.0)
        checksum = (checksum * 33 + (pcm & 0xFFFF)) % 1000000007
        peak = max(peak, abs(pcm))
        if t % 3001 == 0:
            samples.append(pcm)
    return checksum, peak, len(switches), switches, samples
