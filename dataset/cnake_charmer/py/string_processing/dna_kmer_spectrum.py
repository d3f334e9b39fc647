"""k-mer spectrum of a pseudo-random DNA string.

Counts every overlapping substring of length ``k`` with a Counter and reports the
number of distinct k-mers, how many occur once, and the five most frequent ones
(ties broken alphabetically), as used in genome assembly and read QC.

Keywords: kmer, dna, counting, bioinformatics, strings
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(250000, 8, 17), cases=[(0, 3, 1), (5, 8, 2), (1, 1, 3), (2000, 4, 5)])
def dna_kmer_spectrum(n: int, k: int, seed: int) -> Tuple[int, int, List[Tuple[str, int]]]:
    """Return (distinct k-mers, singletons, top five (k-mer, count))."""
    state = seed
    chars = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        # skewed base composition: A and T twice as likely as C and G
        chars.append("AACGTT"[(state >> 11) % 6])
    s = "".join(chars)
    counts = Counter(s[i:i + k] for i in range(len(s) - k + 1))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    singles = sum(1 for v in counts.values() if v == 1)
    return (len(counts), singles, top)
