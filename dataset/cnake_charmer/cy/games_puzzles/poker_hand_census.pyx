# cython: language_level=3
"""Poker hand census with nested C loops and bit-mask hand evaluation.

The five-card combinations are enumerated by five nested C loops over the deck
array; each hand is classified from a 13-bit rank mask, a per-rank count array and a
suit mask, so no tuples, sets or Counters are built per hand.

Keywords: games, poker, hand evaluation, combinations, card games, enumeration
"""

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int popcount32 "__builtin_popcount"(unsigned int x) nogil


cdef inline int classify(const int *cards) noexcept nogil:
    cdef int cnt[13]
    cdef int i, r, pairs = 0, trips = 0, quads = 0, lo
    cdef unsigned int rank_mask = 0, suit_mask = 0
    cdef bint flush, straight = False
    for i in range(13):
        cnt[i] = 0
    for i in range(5):
        r = cards[i] >> 2
        cnt[r] += 1
        rank_mask |= 1u << r
        suit_mask |= 1u << (cards[i] & 3)
    for i in range(13):
        if cnt[i] == 2:
            pairs += 1
        elif cnt[i] == 3:
            trips += 1
        elif cnt[i] == 4:
            quads += 1
    flush = popcount32(suit_mask) == 1
    if popcount32(rank_mask) == 5:
        lo = 0
        while not (rank_mask >> lo) & 1:
            lo += 1
        straight = (rank_mask >> lo) == 0x1F or rank_mask == 0x100F
    if straight and flush:
        return 8
    if quads:
        return 7
    if trips and pairs:
        return 6
    if flush:
        return 5
    if straight:
        return 4
    if trips:
        return 3
    if pairs == 2:
        return 2
    if pairs == 1:
        return 1
    return 0


@cython_benchmark(args=(6,))
def poker_hand_census(int ranks):
    """Return counts of [high, pair, two pair, trips, straight, flush, full house, quads, straight flush]."""
    if ranks < 0:
        ranks = 0
    if ranks > 13:
        ranks = 13
    cdef int deck[52]
    cdef int hand[5]
    cdef long census[9]
    cdef int n = 0, card, a, b, c, d, e, k
    for card in range(52):
        if card // 4 >= 13 - ranks:
            deck[n] = card
            n += 1
    for k in range(9):
        census[k] = 0
    with nogil:
        for a in range(n):
            hand[0] = deck[a]
            for b in range(a + 1, n):
                hand[1] = deck[b]
                for c in range(b + 1, n):
                    hand[2] = deck[c]
                    for d in range(c + 1, n):
                        hand[3] = deck[d]
                        for e in range(d + 1, n):
                            hand[4] = deck[e]
                            census[classify(hand)] += 1
    return [census[k] for k in range(9)]
