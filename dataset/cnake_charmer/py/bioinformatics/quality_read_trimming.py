"""Quality trimming of sequencing reads: sliding-window cut versus Mott's algorithm.

Reads carry Phred+33 quality strings that decay toward the 3' end with random dips.
The sliding-window trimmer (as in Trimmomatic) cuts the read at the first 4-base window
whose mean quality falls below 20; Mott's algorithm keeps the maximum-sum segment of
(quality - 20). Reads shorter than 30 bases afterwards are discarded. Kept reads and
bases per method, the mean kept quality, a length histogram and sample cuts are returned.

Keywords: bioinformatics, sequencing, read trimming, phred quality, fastq, maximum subarray
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WINDOW = 4
THRESHOLD = 20
MIN_LENGTH = 30


def _sliding_cut(quals: List[int]) -> int:
    running = sum(quals[:WINDOW])
    for start in range(len(quals) - WINDOW + 1):
        if start:
            running += quals[start + WINDOW - 1] - quals[start - 1]
        if running < THRESHOLD * WINDOW:
            return start
    return len(quals)


def _mott(quals: List[int]) -> Tuple[int, int]:
    best, best_span = 0, (0, 0)
    total, start = 0, 0
    for i, q in enumerate(quals):
        total += q - THRESHOLD
        if total <= 0:
            total, start = 0, i + 1
        elif total > best:
            best, best_span = total, (start, i + 1)
    return best_span


@python_benchmark(args=(2000, 150, 27), cases=[(0, 150, 1), (3, 0, 2), (4, 3, 3), (40, 60, 4)])
def quality_read_trimming(reads: int, read_len: int, seed: int) -> Tuple[int, int, int, int, float, List[int], List[Tuple[int, int, int]]]:
    """Return (kept/bases by window, kept/bases by Mott, mean kept quality, length histogram, first 5 cuts)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    fastq_quals = []
    for _ in range(reads):
        decay = 10 + draw(30)
        chars = []
        for pos in range(read_len):
            q = 40 - pos * decay // read_len - draw(12)
            if draw(60) == 0:
                q = 2
            chars.append(chr(max(q, 2) + 33))
        fastq_quals.append("".join(chars))

    kept_window = bases_window = kept_mott = bases_mott = 0
    quality_sum = 0
    histogram = [0] * (read_len // 10 + 1)
    samples = []
    for text in fastq_quals:
        quals = [ord(c) - 33 for c in text]
        cut = _sliding_cut(quals)
        start, end = _mott(quals)
        if cut >= MIN_LENGTH:
            kept_window += 1
            bases_window += cut
            quality_sum += sum(quals[:cut])
            histogram[cut // 10] += 1
        if end - start >= MIN_LENGTH:
            kept_mott += 1
            bases_mott += end - start
        if len(samples) < 5:
            samples.append((cut, start, end))
    mean_quality = quality_sum / bases_window if bases_window else 0.0
    return (kept_window, bases_window, kept_mott, bases_mott, mean_quality, histogram, samples)
