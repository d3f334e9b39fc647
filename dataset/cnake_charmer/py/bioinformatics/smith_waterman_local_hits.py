"""Smith-Waterman local alignment of a protein query against a small database.

Residues score +5 when identical, +1 when they share a physico-chemical group and -2
otherwise; gaps cost 4. Every database protein is scanned with two rolling rows to get
its best local score and end cell; the best hit is then re-aligned with the full matrix
and traced back to recover the aligned segments. Some database entries carry a mutated
fragment of the query, so real hits stand out from the background.

Keywords: bioinformatics, smith-waterman, local alignment, protein, database search, dynamic programming
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

AMINO = "ACDEFGHIKLMNPQRSTVWY"
GROUPS = ["AGST", "DENQ", "HKR", "ILMV", "FWY", "C", "P"]
GAP = -4


def _substitution_table() -> dict:
    group_of = {aa: g for g, members in enumerate(GROUPS) for aa in members}
    return {
        x: {y: 5 if x == y else (1 if group_of[x] == group_of[y] else -2) for y in AMINO}
        for x in AMINO
    }


@python_benchmark(args=(64, 60, 230, 11), cases=[(0, 5, 30, 1), (10, 0, 20, 2), (12, 3, 1, 3), (30, 4, 50, 4)])
def smith_waterman_local_hits(q: int, t: int, length: int, seed: int) -> Tuple[List[int], int, int, int, str, str]:
    """Return (best score per protein, best protein, end cell (i, j), aligned query, aligned subject)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    query = "".join(AMINO[draw(20)] for _ in range(q))
    database = []
    for _ in range(t):
        residues = [AMINO[draw(20)] for _ in range(length)]
        span = min(20, q, length)
        if span > 0 and draw(3) == 0:
            src = draw(q - span + 1)
            dst = draw(length - span + 1)
            for k in range(span):
                residues[dst + k] = query[src + k] if draw(5) else AMINO[draw(20)]
        database.append("".join(residues))

    sub = _substitution_table()

    def best_cell(subject: str) -> Tuple[int, int, int]:
        best, bi, bj = 0, 0, 0
        prev = [0] * (len(subject) + 1)
        for i, x in enumerate(query, 1):
            row = [0] * (len(subject) + 1)
            sx = sub[x]
            for j, y in enumerate(subject, 1):
                h = max(0, prev[j - 1] + sx[y], prev[j] + GAP, row[j - 1] + GAP)
                row[j] = h
                if h > best:
                    best, bi, bj = h, i, j
            prev = row
        return best, bi, bj

    hits = [best_cell(subject) for subject in database]
    scores = [h[0] for h in hits]
    if not hits:
        return (scores, -1, 0, 0, "", "")
    winner = max(range(len(hits)), key=lambda p: (scores[p], -p))
    subject = database[winner]
    _, i, j = hits[winner]

    table = [[0] * (len(subject) + 1) for _ in range(len(query) + 1)]
    for r, x in enumerate(query, 1):
        for c, y in enumerate(subject, 1):
            table[r][c] = max(0, table[r - 1][c - 1] + sub[x][y],
                              table[r - 1][c] + GAP, table[r][c - 1] + GAP)
    top, bottom = [], []
    end_i, end_j = i, j
    while table[i][j] > 0:
        if table[i][j] == table[i - 1][j - 1] + sub[query[i - 1]][subject[j - 1]]:
            top.append(query[i - 1])
            bottom.append(subject[j - 1])
            i, j = i - 1, j - 1
        elif table[i][j] == table[i - 1][j] + GAP:
            top.append(query[i - 1])
            bottom.append("-")
            i -= 1
        else:
            top.append("-")
            bottom.append(subject[j - 1])
            j -= 1
    return (scores, winner, end_i, end_j, "".join(reversed(top)), "".join(reversed(bottom)))
