# cython: language_level=3
"""Gambler's ruin written in Cython's pure-Python mode inside a .pyx.

The game loop is a ``@cython.cfunc`` with ``@cython.locals`` declaring C types for the
money, bet count and generator state, and ``cython.declare`` types the driver's
counters; the code still reads like Python but compiles to a C loop.

Keywords: monte carlo, gamblers ruin, random walk, absorbing barrier, probability
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
@cython.locals(money=cython.int, bets=cython.long, s=cython.ulonglong)
def play_game(state: cython.p_ulonglong, stake: cython.int, goal: cython.int, p: cython.double) -> cython.long:
    money = stake
    bets = 0
    s = state[0]
    while 0 < money < goal:
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        if cython.cast(cython.double, s) / 2147483648.0 < p:
            money += 1
        else:
            money -= 1
        bets += 1
    state[0] = s
    return -bets - 1 if money <= 0 else bets


@cython_benchmark(args=(2500, 20, 40, 0.49, 13))
def gamblers_ruin_simulation(trials: cython.int, stake: cython.int, goal: cython.int, p: cython.double, seed: cython.long):
    """Return (ruined trials, total bets, longest game, ruins per tenth of the trials)."""
    state = cython.declare(cython.ulonglong, seed & 0x7FFFFFFF)
    ruined = cython.declare(cython.long, 0)
    total = cython.declare(cython.long, 0)
    longest = cython.declare(cython.long, 0)
    t = cython.declare(cython.int)
    r = cython.declare(cython.long)
    blocks = [0] * 10
    for t in range(trials):
        r = play_game(cython.address(state), stake, goal, p)
        if r < 0:
            r = -r - 1
            ruined += 1
            blocks[t * 10 // trials] += 1
        total += r
        if r > longest:
            longest = r
    return ruined, total, longest, blocks
