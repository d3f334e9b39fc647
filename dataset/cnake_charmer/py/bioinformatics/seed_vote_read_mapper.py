"""Seed-and-vote mapping of simulated sequencing reads onto a reference genome.

The reference's 10-mers are indexed in a hash table of positions. Reads are sampled
from either strand with substitution errors (plus some random junk reads). For each
orientation of a read, non-overlapping 10-base seeds are looked up and vote for a start
position; the three best-voted starts are verified by Hamming distance and the best
alignment with at most 8 mismatches is reported. Accuracy against the simulated truth,
the mismatch histogram and sample placements are returned.

Keywords: bioinformatics, read mapping, seed and extend, kmer index, hamming distance, sequencing
"""

from collections import Counter, defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

K = 10
MAX_MISMATCHES = 8
COMPLEMENT = str.maketrans("ACGT", "TGCA")
MASK64 = (1 << 64) - 1


@python_benchmark(args=(150000, 2000, 100, 44), cases=[(0, 5, 100, 1), (50, 3, 100, 2), (300, 0, 50, 3), (2000, 40, 60, 4)])
def seed_vote_read_mapper(g: int, reads: int, read_len: int, seed: int) -> Tuple[int, int, int, List[int], List[Tuple[int, str, int]]]:
    """Return (mapped, correctly placed, junk reads, mismatch histogram 0..8, first 8 (start, strand, mismatches))."""
    state = seed & MASK64

    def draw(m: int) -> int:
        # 64-bit LCG (Knuth's MMIX constants); a 31-bit one would repeat its base sequence
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & MASK64
        return (state >> 33) % m

    reference = "".join("ACGT"[draw(4)] for _ in range(g))
    index = defaultdict(list)
    for i in range(g - K + 1):
        index[reference[i:i + K]].append(i)

    simulated = []
    for _ in range(reads):
        if g < read_len or draw(10) == 0:
            simulated.append(("".join("ACGT"[draw(4)] for _ in range(read_len)), -1, "?"))
            continue
        start = draw(g - read_len + 1)
        read = "".join("ACGT"[draw(4)] if draw(40) == 0 else base for base in reference[start:start + read_len])
        if draw(2):
            simulated.append((read.translate(COMPLEMENT)[::-1], start, "-"))
        else:
            simulated.append((read, start, "+"))

    mapped = correct = junk = 0
    histogram = [0] * (MAX_MISMATCHES + 1)
    placements = []
    for read, true_start, true_strand in simulated:
        junk += true_start < 0
        best = None
        for strand, text in (("+", read), ("-", read.translate(COMPLEMENT)[::-1])):
            votes = Counter()
            for offset in range(0, len(text) - K + 1, K):
                for hit in index.get(text[offset:offset + K], ()):
                    votes[hit - offset] += 1
            ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
            for start, _ in ranked[:3]:
                if 0 <= start <= g - len(text):
                    mismatches = sum(1 for a, b in zip(text, reference[start:]) if a != b)
                    if mismatches <= MAX_MISMATCHES and (best is None or mismatches < best[2]):
                        best = (start, strand, mismatches)
        if best is None:
            continue
        mapped += 1
        correct += best[0] == true_start and best[1] == true_strand
        histogram[best[2]] += 1
        if len(placements) < 8:
            placements.append(best)
    return (mapped, correct, junk, histogram, placements)
