"""Subtractive synthesiser: PolyBLEP sawtooth through an enveloped state-variable filter.

A generated bass line drives a sawtooth oscillator whose discontinuities are
smoothed with a polynomial band-limited step (PolyBLEP). The signal passes through
a Chamberlin state-variable filter whose cutoff follows a decaying per-note filter
envelope, and an attack/decay amplitude envelope shapes each note. Returns the
lowpass PCM checksum, peak, band-pass energy, PolyBLEP correction count and samples.

Keywords: audio, subtractive synthesis, state variable filter, polyblep, sawtooth, envelope
"""

import math

from cnake_charmer.benchmarks import python_benchmark

SAMPLE_RATE = 22050.0


def poly_blep(t: float, dt: float) -> float:
    if t < dt:
        x = t / dt
        return x + x - x * x - 1.0
    if t > 1.0 - dt:
        x = (t - 1.0) / dt
        return x * x + x + x + 1.0
    return 0.0


class StateVariableFilter:
    def __init__(self, resonance: float) -> None:
        self.low = 0.0
        self.band = 0.0
        self.damping = 1.0 / resonance

    def process(self, x: float, cutoff: float) -> float:
        f = 2.0 * math.sin(math.pi * cutoff / SAMPLE_RATE)
        self.low += f * self.band
        high = x - self.low - self.damping * self.band
        self.band += f * high
        return self.low


@python_benchmark(args=(64, 2200, 5), cases=[(0, 2200, 5), (1, 1, 5), (1, 800, 2), (6, 300, 9)])
def subtractive_synth_svf_filter(notes: int, note_length: int, seed: int) -> tuple:
    """Play `notes` notes of `note_length` samples; return PCM and filter statistics."""
    svf = StateVariableFilter(4.0)
    state = seed
    phase = 0.0
    checksum = 0
    peak = 0
    band_energy = 0.0
    corrections = 0
    samples = []
    for n in range(notes):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        midi = 33 + (state >> 16) % 24
        freq = 440.0 * math.exp((midi - 69) / 12.0 * math.log(2.0))
        dt = freq / SAMPLE_RATE
        filter_env = 1.0
        for t in range(note_length):
            saw = 2.0 * phase - 1.0
            blep = poly_blep(phase, dt)
            if blep != 0.0:
                corrections += 1
            saw -= blep
            phase += dt
            if phase >= 1.0:
                phase -= 1.0
            amp = t / 40.0 if t < 40 else math.exp(-(t - 40) / 6000.0)
            cutoff = 120.0 + 3000.0 * filter_env
            filter_env *= 0.9993
            out = svf.process(saw * amp, cutoff)
            band_energy += svf.band * svf.band
            pcm = max(-32768, min(32767, round(out * 12000.0)))
            checksum = (checksum * 257 + pcm) % 2147483647
            peak = max(peak, abs(pcm))
            if (n * note_length + t) % 2503 == 0:
                samples.append(pcm)
    return checksum, peak, round(band_energy, 6), corrections, samples
