"""Run-length encoding of the rows of a thresholded interference pattern.

A two-source interference pattern is thresholded into a bitmap, and every row is
run-length encoded as (value, length) pairs. Returns the total number of runs, the
longest run, the encoded first row (trimmed) and a checksum over all run lengths.

Keywords: image processing, run length encoding, rle, compression, bitmap, threshold
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(500, 400), cases=[(0, 0), (1, 1), (6, 2), (40, 3)])
def run_length_encode_bitmap(width: int, height: int) -> Tuple[int, int, List[Tuple[int, int]], int]:
    """Threshold a synthetic pattern and run-length encode each row."""
    runs_total = 0
    longest = 0
    first: List[Tuple[int, int]] = []
    checksum = 0
    for y in range(height):
        bits = [1 if ((x - 40) ** 2 + (y - 30) ** 2) // 97 % 7 + ((x - 300) ** 2 + (y - 200) ** 2) // 131 % 5 > 5 else 0
                for x in range(width)]
        runs = []
        start = 0
        for x in range(1, width + 1):
            if x == width or bits[x] != bits[start]:
                runs.append((bits[start], x - start))
                start = x
        runs_total += len(runs)
        for value, length in runs:
            longest = max(longest, length)
            checksum = (checksum * 131 + length * 2 + value) % 1000000009
        if y == 0:
            first = runs[:20]
    return (runs_total, longest, first, checksum)
