"""Classify every five-card poker hand drawn from a reduced deck.

The deck holds the top `ranks` ranks in four suits. Every 5-card combination is
classified (high card, pair, two pair, trips, straight, flush, full house, quads,
straight flush; the wheel A-2-3-4-5 counts as a straight when the deck has the
deuce). The pair returns the count for each class, which for the full 13-rank deck is
the well-known table (1302540 high-card hands ... 40 straight flushes).

Keywords: games, poker, hand evaluation, combinations, card games, enumeration
"""

from collections import Counter
from itertools import combinations
from typing import List

from cnake_charmer.benchmarks import python_benchmark


def classify(hand) -> int:
    ranks = sorted((card // 4 for card in hand), reverse=True)
    suits = {card % 4 for card in hand}
    counts = sorted(Counter(ranks).values(), reverse=True)
    flush = len(suits) == 1
    unique = sorted(set(ranks))
    straight = len(unique) == 5 and (unique[4] - unique[0] == 4 or unique == [0, 1, 2, 3, 12])
    if straight and flush:
        return 8
    if counts[0] == 4:
        return 7
    if counts[:2] == [3, 2]:
        return 6
    if flush:
        return 5
    if straight:
        return 4
    if counts[0] == 3:
        return 3
    if counts[:2] == [2, 2]:
        return 2
    if counts[0] == 2:
        return 1
    return 0


@python_benchmark(args=(6,), cases=[(0,), (1,), (2,), (5,), (-2,)])
def poker_hand_census(ranks: int) -> List[int]:
    """Return counts of [high, pair, two pair, trips, straight, flush, full house, quads, straight flush]."""
    ranks = max(0, min(ranks, 13))
    deck = [card for card in range(52) if card // 4 >= 13 - ranks]
    census = [0] * 9
    for hand in combinations(deck, 5):
        census[classify(hand)] += 1
    return census
