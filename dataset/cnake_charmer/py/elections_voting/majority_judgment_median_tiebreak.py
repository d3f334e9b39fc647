"""Majority judgment: lower-median grades with the iterative median-removal tie-break.

Voters grade every candidate on a six-level scale (0 = reject ... 5 = excellent), with
candidate-specific quality plus noise. A candidate's majority grade is the lower
median of its grades. Candidates are ordered by comparing their grade sequences
obtained by repeatedly removing one copy of the current median: the first position
where the sequences differ decides (higher is better; lower number on full ties).

Keywords: elections, majority judgment, median grade, grading ballots, tie-breaking, Balinski-Laraki, cardinal voting
"""

from cnake_charmer.benchmarks import python_benchmark


def _median_sequence(grades):
    remaining = sorted(grades)
    sequence = []
    while remaining:
        sequence.append(remaining.pop((len(remaining) - 1) // 2))
    return sequence


@python_benchmark(
    args=(7000, 18, 31),
    cases=[(0, 4, 1), (5, 1, 2), (4, 3, 3), (60, 6, 4), (301, 9, 5)],
)
def majority_judgment_median_tiebreak(n_voters: int, n_cands: int, seed: int):
    """Return (ranking, majority grades, grade histograms of the top two, tie-break depth)."""
    state = seed & 0x7FFFFFFF

    def roll(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    quality = [roll(4) for _ in range(n_cands)]
    grades = {c: [] for c in range(n_cands)}
    for _ in range(n_voters):
        for c in range(n_cands):
            grades[c].append(min(5, quality[c] + roll(3)))

    sequences = {c: _median_sequence(g) for c, g in grades.items()}
    ranking = sorted(range(n_cands), key=lambda c: ([-g for g in sequences[c]], c))
    majority = [sequences[c][0] if sequences[c] else -1 for c in range(n_cands)]
    depth = 0
    if n_cands >= 2:
        first, second = sequences[ranking[0]], sequences[ranking[1]]
        while depth < len(first) and first[depth] == second[depth]:
            depth += 1
    top = [[grades[c].count(g) for g in range(6)] for c in ranking[:2]]
    return (ranking, majority, top, depth)
