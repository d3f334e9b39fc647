# cython: language_level=3
"""Bowling scores with rolls in a fixed C array and the RNG in a C struct.

A game has at most 21 rolls plus padding, so rolls go into a stack int[24] array;
the roll generator is an inline function that advances an LCG held in a small struct
passed by pointer, replacing the closure with nonlocal state.

Keywords: bowling kata, scoring rules, strikes, spares, classic exercise
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Roller:
    unsigned long long state
    int skill


cdef inline int roll(Roller *r, int pins) noexcept nogil:
    r.state = (r.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    if <long long>((r.state >> 8) % 100) < r.skill:
        return pins
    r.state = (r.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((r.state >> 8) % <unsigned long long>(pins + 1))


cdef inline int score(const int *rolls) noexcept nogil:
    cdef int total = 0, i = 0, f
    for f in range(10):
        if rolls[i] == 10:
            total += 10 + rolls[i + 1] + rolls[i + 2]
            i += 1
        elif rolls[i] + rolls[i + 1] == 10:
            total += 10 + rolls[i + 2]
            i += 2
        else:
            total += rolls[i] + rolls[i + 1]
            i += 2
    return total


@cython_benchmark(args=(15000, 70, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def bowling_score_frames(long games, int skill, long long seed):
    """Return (min score, max score, total, games over 250, strikes, spares, first 6 scores); skill in 0..100."""
    cdef Roller r
    cdef int rolls[24]
    cdef int n, frame, a, b, s, i, lo = 301, hi = -1
    cdef long g
    cdef long long total = 0, over = 0, strikes = 0, spares = 0
    cdef list first = []
    r.state = <unsigned long long>(seed & 0x7FFFFFFF)
    r.skill = skill
    for g in range(games):
        n = 0
        for frame in range(10):
            a = roll(&r, 10)
            rolls[n] = a
            n += 1
            if a == 10:
                strikes += 1
                if frame == 9:
                    b = roll(&r, 10)
                    rolls[n] = b
                    n += 1
                    rolls[n] = roll(&r, 10) if b == 10 else roll(&r, 10 - b)
                    n += 1
            else:
                b = roll(&r, 10 - a)
                rolls[n] = b
                n += 1
                if a + b == 10:
                    spares += 1
                    if frame == 9:
                        rolls[n] = roll(&r, 10)
                        n += 1
        for i in range(n, 24):
            rolls[i] = 0
        s = score(rolls)
        if s < lo:
            lo = s
        if s > hi:
            hi = s
        total += s
        if s > 250:
            over += 1
        if g < 6:
            first.append(s)
    return (lo if games > 0 else 0), (hi if games > 0 else 0), total, over, strikes, spares, first
