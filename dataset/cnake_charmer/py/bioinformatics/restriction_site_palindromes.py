"""Reverse-complement palindromes (candidate restriction sites) in a DNA sequence.

Restriction enzymes such as EcoRI (GAATTC) cut at sites that read the same on both
strands. A random sequence sprinkled with real recognition sites is scanned for every
window of even length 4..12 that equals its own reverse complement. Counts per length,
the first hits and the most frequent six-base sites are reported.

Keywords: bioinformatics, dna, reverse complement, palindrome, restriction site, strings
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SITES = ["GAATTC", "GGATCC", "AAGCTT", "GCGGCCGC", "CTGCAG", "GTTAAC"]
COMPLEMENT = str.maketrans("ACGT", "TGCA")


@python_benchmark(args=(90000, 5), cases=[(0, 1), (3, 2), (12, 3), (400, 4)])
def restriction_site_palindromes(n: int, seed: int) -> Tuple[List[int], List[Tuple[int, int]], List[Tuple[str, int]], int]:
    """Return (hits per length 4..12, first 12 (start, length), top five 6-base sites, distinct 6-base sites)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    chars: List[str] = []
    while len(chars) < n:
        if draw(64) == 0:
            chars.extend(SITES[draw(len(SITES))])
        else:
            chars.append("ACGT"[draw(4)])
    dna = "".join(chars)[:n]

    lengths = range(4, 13, 2)
    per_length = Counter()
    six_mers = Counter()
    first = []
    for i in range(len(dna)):
        for size in lengths:
            window = dna[i:i + size]
            if len(window) < size:
                break
            if window == window.translate(COMPLEMENT)[::-1]:
                per_length[size] += 1
                if size == 6:
                    six_mers[window] += 1
                if len(first) < 12:
                    first.append((i, size))
    top = sorted(six_mers.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return ([per_length[size] for size in lengths], first, top, len(six_mers))
