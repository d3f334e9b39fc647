"""Needleman-Wunsch global alignment of a DNA read against its mutated copy, with traceback.

A random sequence is copied with point substitutions, insertions and deletions; the two
are aligned globally with a linear gap penalty by filling the full score matrix and
walking back from the bottom-right corner (diagonal moves preferred, then gaps in the
second sequence). The score, alignment length, identity counts and the first columns of
both aligned rows are returned.

Keywords: bioinformatics, sequence alignment, needleman-wunsch, global alignment, traceback, dynamic programming
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(850, 7), cases=[(0, 1), (1, 2), (6, 3), (45, 4)])
def needleman_wunsch_traceback(n: int, seed: int, match: int = 2, mismatch: int = -1,
                               gap: int = -2) -> Tuple[int, int, int, int, str, str]:
    """Return (score, alignment length, identities, gap columns, first 48 columns of each row)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    a = "".join("ACGT"[draw(4)] for _ in range(n))
    copy = []
    for base in a:
        event = draw(16)
        if event == 0:
            continue  # deletion
        if event == 1:
            copy.append("ACGT"[draw(4)])  # substitution (may keep the base)
        elif event == 2:
            copy.extend((base, "ACGT"[draw(4)]))  # insertion after the base
        else:
            copy.append(base)
    b = "".join(copy)

    def pair_score(x: str, y: str) -> int:
        return match if x == y else mismatch

    rows, cols = len(a) + 1, len(b) + 1
    table = [[0] * cols for _ in range(rows)]
    for j in range(cols):
        table[0][j] = j * gap
    for i in range(1, rows):
        above, row = table[i - 1], table[i]
        row[0] = i * gap
        ai = a[i - 1]
        for j in range(1, cols):
            row[j] = max(above[j - 1] + pair_score(ai, b[j - 1]), above[j] + gap, row[j - 1] + gap)

    top, bottom = [], []
    i, j = len(a), len(b)
    while i > 0 or j > 0:
        here = table[i][j]
        if i > 0 and j > 0 and here == table[i - 1][j - 1] + pair_score(a[i - 1], b[j - 1]):
            top.append(a[i - 1])
            bottom.append(b[j - 1])
            i -= 1
            j -= 1
        elif i > 0 and here == table[i - 1][j] + gap:
            top.append(a[i - 1])
            bottom.append("-")
            i -= 1
        else:
            top.append("-")
            bottom.append(b[j - 1])
            j -= 1
    top.reverse()
    bottom.reverse()
    identities = sum(1 for x, y in zip(top, bottom) if x == y)
    gap_columns = top.count("-") + bottom.count("-")
    return (table[-1][-1], len(top), identities, gap_columns, "".join(top[:48]), "".join(bottom[:48]))
