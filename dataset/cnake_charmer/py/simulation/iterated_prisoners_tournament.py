"""Round-robin tournament of iterated prisoner's dilemma strategies.

Ten classic strategies (always cooperate/defect, tit-for-tat, tit-for-two-tats, grim
trigger, Pavlov, suspicious tit-for-tat, alternator, generous tit-for-tat and random)
play every other strategy for a number of rounds with payoffs T=5, R=3, P=1, S=0.
The random ones draw from a seeded LCG reset for every match. Returns each
strategy's total score, the ranking and the total number of mutual cooperations.

Keywords: simulation, game theory, prisoners dilemma, tournament, strategies, axelrod
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

NAMES = ["all_c", "all_d", "tft", "tf2t", "grim", "pavlov", "stft", "alternate", "gtft", "random"]


def _move(strategy: int, mine: List[int], theirs: List[int], rnd) -> int:
    if strategy == 0:
        return 1
    if strategy == 1:
        return 0
    if strategy == 2:
        return theirs[-1] if theirs else 1
    if strategy == 3:
        return 0 if len(theirs) >= 2 and theirs[-1] == 0 and theirs[-2] == 0 else 1
    if strategy == 4:
        return 0 if 0 in theirs else 1
    if strategy == 5:
        if not mine:
            return 1
        return mine[-1] if mine[-1] == theirs[-1] else 1 - mine[-1]
    if strategy == 6:
        return theirs[-1] if theirs else 0
    if strategy == 7:
        return len(mine) % 2
    if strategy == 8:
        if not theirs or theirs[-1] == 1:
            return 1
        return 1 if rnd() % 10 < 3 else 0
    return rnd() % 2


@python_benchmark(args=(1200, 6), cases=[(0, 1), (1, 2), (3, 3), (20, 4)])
def iterated_prisoners_tournament(rounds: int, seed: int) -> Tuple[List[int], List[str], int]:
    """Play every pair of the ten strategies for `rounds` rounds."""
    payoff = {(1, 1): (3, 3), (1, 0): (0, 5), (0, 1): (5, 0), (0, 0): (1, 1)}
    scores = [0] * len(NAMES)
    mutual = 0
    for a in range(len(NAMES)):
        for b in range(a + 1, len(NAMES)):
            state = (seed * 1000 + a * 10 + b) & 0x7FFFFFFF

            def rnd() -> int:
                nonlocal state
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                return state >> 16

            hist_a: List[int] = []
            hist_b: List[int] = []
            for _ in range(rounds):
                ma = _move(a, hist_a, hist_b, rnd)
                mb = _move(b, hist_b, hist_a, rnd)
                pa, pb = payoff[(ma, mb)]
                scores[a] += pa
                scores[b] += pb
                mutual += ma and mb
                hist_a.append(ma)
                hist_b.append(mb)
    ranking = [NAMES[i] for i in sorted(range(len(NAMES)), key=lambda i: (-scores[i], i))]
    return (scores, ranking, mutual)
