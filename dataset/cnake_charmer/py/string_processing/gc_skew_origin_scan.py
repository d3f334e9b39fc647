"""GC-skew scan of a genome to locate the replication origin.

Walks a pseudo-random DNA sequence keeping the running difference (#G - #C); the
positions where this skew is minimal point at the origin of replication in bacteria.
Also reports the reverse-complement checksum of the sequence.

Keywords: gc skew, dna, reverse complement, bioinformatics, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400000, 12), cases=[(0, 1), (1, 2), (17, 3), (1000, 4)])
def gc_skew_origin_scan(n: int, seed: int) -> Tuple[int, int, List[int], int, int]:
    """Return (min skew, number of minima, first 5 minima, final skew, revcomp checksum)."""
    state = seed
    bases = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        # a slight C excess in the first half, G excess in the second
        r = (state >> 8) % 100
        if r < 24 + (2 if len(bases) * 2 >= n else -2):
            bases.append("G")
        elif r < 48:
            bases.append("C")
        elif r < 74:
            bases.append("A")
        else:
            bases.append("T")
    genome = "".join(bases)
    skew = 0
    low = 0
    minima = [0]
    for i, b in enumerate(genome, 1):
        if b == "G":
            skew += 1
        elif b == "C":
            skew -= 1
        if skew < low:
            low = skew
            minima = [i]
        elif skew == low:
            minima.append(i)
    revcomp = genome[::-1].translate(str.maketrans("ACGT", "TGCA"))
    checksum = 0
    for ch in revcomp:
        checksum = (checksum * 7 + ord(ch)) % 2147483647
    return (low, len(minima), minima[:5], skew, checksum)
