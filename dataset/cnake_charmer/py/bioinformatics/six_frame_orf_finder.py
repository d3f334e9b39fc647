"""Open reading frames in all six reading frames of a DNA sequence.

The sequence (random background with planted genes on both strands) and its reverse
complement are each translated in three frames with the standard genetic code. In
every translation, a stretch between stop codons that contains a Met yields an ORF
from its first Met to the stop; ORFs of at least ``min_len`` residues are counted per
frame, and the longest one is reported with its frame, start and protein prefix.

Keywords: bioinformatics, dna, translation, genetic code, open reading frame, codon, reverse complement
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BASES = "TCAG"
AMINO = "FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"
CODE = {a + b + c: AMINO[16 * i + 4 * j + k]
        for i, a in enumerate(BASES) for j, b in enumerate(BASES) for k, c in enumerate(BASES)}
COMPLEMENT = str.maketrans("ACGT", "TGCA")
MASK64 = (1 << 64) - 1


def _translate(seq: str) -> str:
    return "".join(CODE[seq[i:i + 3]] for i in range(0, len(seq) - 2, 3))


@python_benchmark(args=(300000, 30, 21), cases=[(0, 30, 1), (2, 1, 2), (40, 1, 3), (3000, 20, 4)])
def six_frame_orf_finder(n: int, min_len: int, seed: int) -> Tuple[List[int], int, Tuple[int, int, int], str]:
    """Return (ORFs per frame, residues in all ORFs, longest (frame, start, length), its first 40 residues)."""
    state = seed & MASK64

    def draw(k: int) -> int:
        # 64-bit LCG: the sequence is longer than a 31-bit generator's low-bit period
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK64
        return (state >> 33) % k

    pieces: List[str] = []
    size = 0
    while size < n:
        if draw(300) == 0:
            codons = ["ATG"]
            for _ in range(40 + draw(200)):
                codon = "".join(BASES[draw(4)] for _ in range(3))
                codons.append("TGG" if CODE[codon] == "*" else codon)
            codons.append("TAA")
            gene = "".join(codons)
            if draw(2):
                gene = gene.translate(COMPLEMENT)[::-1]
            pieces.append(gene)
            size += len(gene)
        else:
            pieces.append("ACGT"[draw(4)])
            size += 1
    dna = "".join(pieces)[:n]
    reverse = dna.translate(COMPLEMENT)[::-1]

    frames = [dna[f:] for f in range(3)] + [reverse[f:] for f in range(3)]
    counts = []
    residues = 0
    longest = (-1, -1, 0)
    longest_protein = ""
    for frame, strand in enumerate(frames):
        protein = _translate(strand)
        found = 0
        offset = 0
        for segment in protein.split("*")[:-1]:
            met = segment.find("M")
            if met >= 0 and len(segment) - met >= min_len:
                found += 1
                residues += len(segment) - met
                if len(segment) - met > longest[2]:
                    longest = (frame, offset + met, len(segment) - met)
                    longest_protein = segment[met:met + 40]
            offset += len(segment) + 1
        counts.append(found)
    return (counts, residues, longest, longest_protein)
