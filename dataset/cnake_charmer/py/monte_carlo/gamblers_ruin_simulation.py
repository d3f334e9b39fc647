"""Gambler's ruin: simulate bets of one unit until broke or the goal is reached.

Every trial starts with the same stake and wins each bet with probability p (seeded
LCG). The function reports how many trials were ruined, the total and longest
number of bets, and the ruin count per block of trials so that the order of outcomes
is checked too.

Keywords: monte carlo, gamblers ruin, random walk, absorbing barrier, probability
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(2500, 20, 40, 0.49, 13), cases=[(0, 5, 10, 0.5, 1), (1, 1, 2, 0.5, 2), (100, 3, 6, 0.3, 8), (10, 0, 5, 0.5, 4)])
def gamblers_ruin_simulation(trials: int, stake: int, goal: int, p: float, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (ruined trials, total bets, longest game, ruins per tenth of the trials)."""
    state = seed & 0x7FFFFFFF
    ruined = total = longest = 0
    blocks = [0] * 10
    for t in range(trials):
        money, bets = stake, 0
        while 0 < money < goal:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            money += 1 if state / 2147483648.0 < p else -1
            bets += 1
        if money <= 0:
            ruined += 1
            blocks[t * 10 // trials] += 1
        total += bets
        longest = max(longest, bets)
    return ruined, total, longest, blocks
