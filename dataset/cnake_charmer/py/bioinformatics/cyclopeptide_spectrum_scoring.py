"""Scoring candidate cyclic peptides against a noisy mass spectrum.

The theoretical spectrum of a cyclic peptide holds the integer masses of all of its
contiguous cyclic sub-peptides (plus 0 and the full mass). An "experimental" spectrum
is simulated from a hidden peptide by dropping masses and adding false peaks; each
candidate (mutants and rotations of the hidden peptide, and random peptides) is scored
by the size of the multiset intersection of its spectrum with the experimental one.

Keywords: bioinformatics, mass spectrometry, cyclopeptide, peptide sequencing, spectrum, proteomics
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASS = {"G": 57, "A": 71, "S": 87, "P": 97, "V": 99, "T": 101, "C": 103, "I": 113, "L": 113, "N": 114,
        "D": 115, "K": 128, "Q": 128, "E": 129, "M": 131, "H": 137, "F": 147, "R": 156, "Y": 163, "W": 186}
RESIDUES = "GASPVTCILNDKQEMHFRYW"


def _cyclic_spectrum(peptide: str) -> List[int]:
    masses = [MASS[aa] for aa in peptide]
    prefix = [0]
    for mass in masses + masses:
        prefix.append(prefix[-1] + mass)
    n = len(masses)
    spectrum = [0]
    for start in range(n):
        for span in range(1, n):
            spectrum.append(prefix[start + span] - prefix[start])
    if n:
        spectrum.append(prefix[n])
    return spectrum


@python_benchmark(args=(24, 1300, 31), cases=[(0, 3, 1), (1, 4, 2), (5, 0, 3), (8, 12, 4)])
def cyclopeptide_spectrum_scoring(length: int, candidates: int, seed: int) -> Tuple[int, List[int], int, int, str]:
    """Return (experimental peaks, first 12 scores, best score, best candidate, best peptide)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    hidden = "".join(RESIDUES[draw(20)] for _ in range(length))
    peaks = [m for m in _cyclic_spectrum(hidden) if draw(10)]
    top_mass = max(peaks, default=0) + 1
    peaks += [50 + draw(top_mass) for _ in range(length)]
    experimental = Counter(peaks)

    pool = []
    for _ in range(candidates):
        kind = draw(3)
        if kind == 0 or not hidden:
            pool.append("".join(RESIDUES[draw(20)] for _ in range(length)))
        elif kind == 1:
            residues = list(hidden)
            for _ in range(1 + draw(3)):
                spot = draw(length)
                residues[spot] = RESIDUES[draw(20)]
            pool.append("".join(residues))
        else:
            shift = draw(length)
            pool.append(hidden[shift:] + hidden[:shift])

    scores = [sum((Counter(_cyclic_spectrum(p)) & experimental).values()) for p in pool]
    if not scores:
        return (len(peaks), [], 0, -1, "")
    best = max(range(len(scores)), key=lambda i: (scores[i], -i))
    return (len(peaks), scores[:12], scores[best], best, pool[best])
