"""Column statistics of a tab-separated table with missing values.

A header row names six columns; data cells are signed integers or ``NA``. The table is
split into lines and cells and every column gets its sum, minimum, maximum and
missing-value count, like a first pass of a data-loading tool.

Keywords: tsv, table, column statistics, missing values, parsing
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(15000, 7), cases=[(0, 1), (1, 2), (5, 3), (200, 4)])
def tsv_numeric_column_stats(rows: int, seed: int) -> Tuple[List[str], List[int], List[Optional[int]], List[Optional[int]], List[int]]:
    """Return (header, sums, minima, maxima, missing counts) per column."""
    state = seed
    lines = ["\t".join(f"col{c}" for c in range(6))]
    for _ in range(rows):
        cells = []
        for _ in range(6):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            cells.append("NA" if state % 10 == 0 else str((state >> 4) % 200001 - 100000))
        lines.append("\t".join(cells))
    text = "\n".join(lines) + "\n"
    table = text.splitlines()
    header = table[0].split("\t")
    sums = [0] * len(header)
    mins: List[Optional[int]] = [None] * len(header)
    maxs: List[Optional[int]] = [None] * len(header)
    missing = [0] * len(header)
    for line in table[1:]:
        for c, cell in enumerate(line.split("\t")):
            if cell == "NA":
                missing[c] += 1
                continue
            v = int(cell)
            sums[c] += v
            mins[c] = v if mins[c] is None else min(mins[c], v)
            maxs[c] = v if maxs[c] is None else max(maxs[c], v)
    return (header, sums, mins, maxs, missing)
