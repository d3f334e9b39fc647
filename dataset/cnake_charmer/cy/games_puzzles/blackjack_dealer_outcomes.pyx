# cython: language_level=3
"""Blackjack dealer enumeration as a recursive nogil cdef returning a C tuple.

Card probabilities are a C double table; the recursion is a ``noexcept nogil`` cdef
carrying the running total, a ``bint`` ace flag and the path probability, returning
(bust probability, probability-weighted total) as a C tuple and counting sequences
through a pointer.

Keywords: games, blackjack, probability, card games, recursion, dealer strategy
"""

from cnake_charmer.benchmarks import cython_benchmark

cdef double CARD_P[11]


cdef void init_cards() noexcept:
    cdef int v
    for v in range(1, 11):
        CARD_P[v] = (4.0 if v == 10 else 1.0) / 13.0


init_cards()


cdef (double, double) play(int total, bint has_ace, double prob, int stand_on, bint hits_soft,
                           long *sequences) noexcept nogil:
    cdef bint soft = has_ace and total + 10 <= 21
    cdef int value = total + 10 if soft else total
    cdef int card
    cdef double bust = 0.0, weighted = 0.0, b, w
    if value > 21:
        sequences[0] += 1
        return prob, 0.0
    if value >= stand_on and not (hits_soft and soft and value == stand_on):
        sequences[0] += 1
        return 0.0, prob * value
    for card in range(1, 11):
        b, w = play(total + card, has_ace or card == 1, prob * CARD_P[card], stand_on, hits_soft, sequences)
        bust += b
        weighted += w
    return bust, weighted


@cython_benchmark(args=(14, 17))
def blackjack_dealer_outcomes(int low, int high):
    """Return [(stand total, hits soft, bust probability per up-card, mean final total, sequences)]."""
    cdef int stand_on, hits_soft, up
    cdef long sequences
    cdef double bust, weighted, mean_total
    results = []
    for stand_on in range(low, high + 1):
        for hits_soft in range(2):
            sequences = 0
            busts = []
            mean_total = 0.0
            for up in range(1, 11):
                bust, weighted = play(up, up == 1, 1.0, stand_on, hits_soft != 0, &sequences)
                busts.append(bust)
                mean_total += weighted / 10.0
            results.append((stand_on, hits_soft, busts, mean_total, sequences))
    return results
