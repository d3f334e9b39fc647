"""Exact blackjack dealer outcome probabilities by recursive enumeration.

With an infinite shoe (ten-valued cards four times as likely), the dealer draws
until reaching at least a standing total. For every standing total in a range and
both house rules (stand on soft totals, or hit a soft total equal to the standing
number, like "H17"), the pair enumerates all draw sequences for each up-card with
their probabilities and returns the bust probability per up-card, the mean final
total and the number of sequences enumerated.

Keywords: games, blackjack, probability, card games, recursion, dealer strategy
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

CARD_PROBS = [(v, (4.0 if v == 10 else 1.0) / 13.0) for v in range(1, 11)]


@python_benchmark(args=(14, 17), cases=[(17, 17), (21, 20), (2, 3), (19, 19)])
def blackjack_dealer_outcomes(low: int, high: int) -> List[Tuple[int, int, List[float], float, int]]:
    """Return [(stand total, hits soft, bust probability per up-card, mean final total, sequences)]."""
    results = []
    for stand_on in range(low, high + 1):
        for hits_soft in (0, 1):
            sequences = 0

            def play(total: int, has_ace: bool, prob: float) -> Tuple[float, float]:
                nonlocal sequences
                soft = has_ace and total + 10 <= 21
                value = total + 10 if soft else total
                if value > 21:
                    sequences += 1
                    return prob, 0.0
                if value >= stand_on and not (hits_soft and soft and value == stand_on):
                    sequences += 1
                    return 0.0, prob * value
                bust = weighted = 0.0
                for card, p in CARD_PROBS:
                    b, w = play(total + card, has_ace or card == 1, prob * p)
                    bust += b
                    weighted += w
                return bust, weighted

            busts = []
            mean_total = 0.0
            for up in range(1, 11):
                bust, weighted = play(up, up == 1, 1.0)
                busts.append(bust)
                mean_total += weighted / 10.0
            results.append((stand_on, hits_soft, busts, mean_total, sequences))
    return results
