"""Two-operator FM synthesis of a generated note sequence with ADSR envelopes.

Each note has a carrier frequency, a modulator ratio and a modulation index; its
amplitude follows an attack-decay-sustain-release envelope that also scales the
index (brighter attacks). Notes overlap and are mixed into one buffer, which is
quantised to 16-bit PCM. Returns a weighted PCM checksum, the peak, the number of
clipped samples, the signal energy and every 997th sample.

Keywords: audio, fm synthesis, adsr envelope, oscillator, pcm, music synthesis
"""

import math
from dataclasses import dataclass

from cnake_charmer.benchmarks import python_benchmark

SAMPLE_RATE = 22050.0
TWO_PI = 2.0 * math.pi


@dataclass
class Note:
    start: int
    length: int
    freq: float
    ratio: float
    index: float
    velocity: float


def held_level(t: int, attack: int, decay: int, sustain: float) -> float:
    if t < attack:
        return t / attack
    if t < attack + decay:
        return 1.0 - (1.0 - sustain) * (t - attack) / decay
    return sustain


def make_notes(count: int, seed: int) -> list:
    state = seed
    notes = []
    start = 0
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        midi = 48 + (state >> 16) % 30
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1500 + (state >> 16) % 4000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        ratio = (1, 2, 3, 0.5, 1.5)[(state >> 16) % 5]
        freq = 440.0 * math.exp((midi - 69) * math.log(2.0) / 12.0)
        notes.append(Note(start, length, freq, float(ratio), 1.0 + (state >> 20) % 6, 0.3 + (state >> 24) % 5 * 0.1))
        start += length // 2 + 200
    return notes


@python_benchmark(args=(64, 7), cases=[(0, 7), (1, 3), (3, 11), (6, 5)])
def fm_synthesis_adsr_notes(count: int, seed: int) -> tuple:
    """Render `count` FM notes and return PCM statistics."""
    attack, decay, sustain, release = 300, 900, 0.6, 1200
    notes = make_notes(count, seed)
    total = max((n.start + n.length + release for n in notes), default=0)
    mix = [0.0] * total
    for note in notes:
        off_level = held_level(note.length, attack, decay, sustain)
        for t in range(note.length + release):
            if t < note.length:
                env = held_level(t, attack, decay, sustain)
            else:
                env = off_level * (1.0 - (t - note.length) / release)
            carrier = TWO_PI * note.freq * t / SAMPLE_RATE
            modulator = TWO_PI * note.freq * note.ratio * t / SAMPLE_RATE
            value = env * note.velocity * math.sin(carrier + note.index * env * math.sin(modulator))
            mix[note.start + t] += value
    checksum = 0
    peak = 0
    clipped = 0
    energy = 0
    samples = []
    for i, v in enumerate(mix):
        scaled = v * 20000.0
        if scaled > 32767.0:
            pcm = 32767
            clipped += 1
        elif scaled < -32768.0:
            pcm = -32768
            clipped += 1
        else:
            pcm = int(scaled)
        checksum = (checksum * 31 + pcm + 32768) % 4294967291
        peak = max(peak, abs(pcm))
        energy += pcm * pcm
        if i % 997 == 0:
            samples.append(pcm)
    return total, checksum, peak, clipped, energy, samples
