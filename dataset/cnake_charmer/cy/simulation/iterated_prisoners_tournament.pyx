# cython: language_level=3
"""Round-robin tournament of iterated prisoner's dilemma strategies.

Strategies are a C enum and each player's memory is a small Player struct (last two
opponent moves, own last move, whether the opponent ever defected, rounds played), so
a move is an O(1) switch in a nogil function instead of scanning growing history lists
(``0 in theirs`` in the Python version is quadratic over a match).

Keywords: simulation, game theory, prisoners dilemma, tournament, strategies, axelrod
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

NAMES = ["all_c", "all_d", "tft", "tf2t", "grim", "pavlov", "stft", "alternate", "gtft", "random"]

cdef enum Strategy:
    ALL_C
    ALL_D
    TFT
    TF2T
    GRIM
    PAVLOV
    STFT
    ALTERNATE
    GTFT
    RANDOM


cdef struct Player:
    int played
    int mine_last
    int theirs_last
    int theirs_prev
    bint betrayed


cdef inline long long rnd(long long* state) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return state[0] >> 16


cdef int move(int strategy, Player* p, long long* state) noexcept nogil:
    if strategy == ALL_C:
        return 1
    if strategy == ALL_D:
        return 0
    if strategy == TFT:
        return p.theirs_last if p.played else 1
    if strategy == TF2T:
        return 0 if p.played >= 2 and p.theirs_last == 0 and p.theirs_prev == 0 else 1
    if strategy == GRIM:
        return 0 if p.betrayed else 1
    if strategy == PAVLOV:
        if not p.played:
            return 1
        return p.mine_last if p.mine_last == p.theirs_last else 1 - p.mine_last
    if strategy == STFT:
        return p.theirs_last if p.played else 0
    if strategy == ALTERNATE:
        return p.played % 2
    if strategy == GTFT:
        if not p.played or p.theirs_last == 1:
            return 1
        return 1 if rnd(state) % 10 < 3 else 0
    return <int>(rnd(state) % 2)


cdef inline void remember(Player* p, int mine, int theirs) noexcept nogil:
    p.theirs_prev = p.theirs_last
    p.theirs_last = theirs
    p.mine_last = mine
    if theirs == 0:
        p.betrayed = True
    p.played += 1


@cython_benchmark(args=(1200, 6))
@cython.cdivision(True)
def iterated_prisoners_tournament(int rounds, long long seed):
    """Play every pair of the ten strategies for `rounds` rounds."""
    cdef long scores[10]
    cdef int pay_a[2][2]
    cdef int a, b, r, ma, mb
    cdef long mutual = 0
    cdef long long state
    cdef Player pa, pb
    pay_a[1][1] = 3
    pay_a[1][0] = 0
    pay_a[0][1] = 5
    pay_a[0][0] = 1
    for a in range(10):
        scores[a] = 0
    with nogil:
        for a in range(10):
            for b in range(a + 1, 10):
                state = (seed * 1000 + a * 10 + b) & 0x7FFFFFFF
                pa = Player(0, 0, 0, 0, False)
                pb = Player(0, 0, 0, 0, False)
                for r in range(rounds):
                    ma = move(a, &pa, &state)
                    mb = move(b, &pb, &state)
                    scores[a] += pay_a[ma][mb]
                    scores[b] += pay_a[mb][ma]
                    if ma and mb:
                        mutual += 1
                    remember(&pa, ma, mb)
                    remember(&pb, mb, ma)
    score_list = [scores[a] for a in range(10)]
    ranking = [NAMES[i] for i in sorted(range(10), key=lambda i: (-score_list[i], i))]
    return (score_list, ranking, mutual)
