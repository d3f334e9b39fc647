"""Ten-pin bowling scores for many generated games (the classic kata).

Each game is a sequence of rolls generated frame by frame with a simple skill model;
strikes score 10 plus the next two rolls, spares 10 plus the next roll, and the tenth
frame grants bonus balls. Returns the score distribution summary (min, max, total),
the number of perfect-ish games above 250, strikes and spares counted, and the first
scores.

Keywords: bowling kata, scoring rules, strikes, spares, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _score(rolls: List[int]) -> int:
    total = 0
    i = 0
    for _ in range(10):
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


@python_benchmark(args=(15000, 70, 5), cases=[(0, 50, 1), (1, 100, 2), (5, 0, 3), (30, 95, 4)])
def bowling_score_frames(games: int, skill: int, seed: int) -> Tuple[int, int, int, int, int, int, List[int]]:
    """Return (min score, max score, total, games over 250, strikes, spares, first 6 scores); skill in 0..100."""
    state = seed & 0x7FFFFFFF

    def roll(pins: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if (state >> 8) % 100 < skill:
            return pins
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % (pins + 1)

    lo, hi, total = 301, -1, 0
    over = strikes = spares = 0
    first = []
    for _ in range(games):
        rolls = []
        for frame in range(10):
            a = roll(10)
            rolls.append(a)
            if a == 10:
                strikes += 1
                if frame == 9:
                    b = roll(10)
                    rolls.append(b)
                    rolls.append(roll(10) if b == 10 else roll(10 - b))
            else:
                b = roll(10 - a)
                rolls.append(b)
                if a + b == 10:
                    spares += 1
                    if frame == 9:
                        rolls.append(roll(10))
        s = _score(rolls + [0, 0])
        lo, hi, total = min(lo, s), max(hi, s), total + s
        over += s > 250
        if len(first) < 6:
            first.append(s)
    return (lo if games > 0 else 0), (hi if games > 0 else 0), total, over, strikes, spares, first
