"""Score Mastermind guesses and pick Knuth-style minimax first guesses.

Codes are 4 pegs of `colours` colours. For every candidate first guess, all secret
codes are scored (black = right colour and place, white = right colour elsewhere) and
partitioned by feedback (by colour symmetry only guesses with non-decreasing pegs
need to be tried); the guess whose largest partition is smallest is the minimax
choice. The pair returns that guess, its worst partition size and the number of
distinct feedbacks it produces, plus the worst-partition size of every guess summed.

Keywords: games, puzzles, mastermind, minimax, code breaking, scoring
"""

from collections import Counter
from itertools import product
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def score(guess: Tuple[int, ...], secret: Tuple[int, ...]) -> Tuple[int, int]:
    black = sum(g == s for g, s in zip(guess, secret))
    common = sum((Counter(guess) & Counter(secret)).values())
    return black, common - black


@python_benchmark(args=(5,), cases=[(1,), (2,), (3,), (0,)])
def mastermind_minimax_guess(colours: int) -> Tuple[Tuple[int, ...], int, int, int]:
    """Return (minimax guess, its largest partition, its feedback kinds, sum of worsts)."""
    if colours <= 0:
        return (), 0, 0, 0
    codes = list(product(range(colours), repeat=4))
    best = None
    total_worst = 0
    for guess in codes:
        if list(guess) != sorted(guess):
            continue
        parts = Counter(score(guess, secret) for secret in codes)
        worst = max(parts.values())
        total_worst += worst
        if best is None or worst < best[1]:
            best = (guess, worst, len(parts))
    return best[0], best[1], best[2], total_worst
