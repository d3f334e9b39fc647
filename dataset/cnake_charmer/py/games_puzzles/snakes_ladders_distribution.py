"""Exact distribution of game length in Snakes and Ladders by Markov iteration.

A 100-square board with snakes and ladders placed by a seeded LCG is played with one
six-sided die (overshooting 100 wastes the turn). The probability distribution over
squares is advanced turn by turn; the pair returns the probability that the game has
finished by each tenth turn, the expected number of turns (truncated at the horizon)
and the most likely unfinished square at the end.

Keywords: games, snakes and ladders, markov chain, probability distribution, dice
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(8, 1000, 21), cases=[(0, 10, 1), (3, 0, 2), (5, 30, 3), (10, 1, 4)], tolerance=1e-9)
def snakes_ladders_distribution(jumps: int, turns: int, seed: int) -> Tuple[List[float], float, int]:
    """Return (P(finished) at turns 10, 20, ..., expected turns, likeliest unfinished square)."""
    state = seed & 0x7FFFFFFF
    target = list(range(101))
    placed = 0
    while placed < jumps:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = 2 + (state >> 8) % 98
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = 2 + (state >> 8) % 98
        if a != b and target[a] == a and target[b] == b:
            target[a] = b
            placed += 1
    dist = [0.0] * 101
    dist[0] = 1.0
    checkpoints = []
    expected = 0.0
    for t in range(1, turns + 1):
        nxt = [0.0] * 101
        for sq in range(100):
            p = dist[sq]
            if p == 0.0:
                continue
            for roll in range(1, 7):
                dest = sq + roll if sq + roll <= 100 else sq
                nxt[target[dest]] += p / 6.0
        nxt[100] += dist[100]
        expected += t * (nxt[100] - dist[100])
        dist = nxt
        if t % 10 == 0:
            checkpoints.append(dist[100])
    likeliest = max(range(100), key=lambda s: (dist[s], -s))
    return checkpoints, expected, likeliest
