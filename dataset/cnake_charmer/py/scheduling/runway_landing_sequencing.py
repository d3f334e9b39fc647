"""Sequencing aircraft landings on parallel runways under wake-turbulence separation.

Aircraft of four wake classes (light, medium, heavy, super) reach the terminal area
with target landing times. A follower must land a class-dependent number of seconds
after the previous aircraft on the same runway. Two dispatchers are compared: first
come first served by target time, and a look-ahead that among the next few aircraft in
line lands the one that can touch down earliest (a heavy leader is best followed by
another heavy). An aircraft that cannot land within 30 minutes of its target diverts.
Returns total and worst delay, diversions and last landing for each dispatcher, plus
the first landings (aircraft, runway, time) under look-ahead.

Keywords: scheduling, runway sequencing, aircraft landing, wake separation, dispatching, look-ahead
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

LIGHT, MEDIUM, HEAVY, SUPER = range(4)
SEPARATION = (
    (82, 69, 60, 60),
    (131, 69, 60, 60),
    (196, 157, 96, 96),
    (240, 180, 120, 120),
)
MAX_DELAY = 1800


def dispatch(target: List[int], wake: List[int], runways: int, window: int) -> Tuple[Tuple[int, int, int, int], List[Tuple[int, int, int]]]:
    n = len(target)
    free = [None] * runways
    last_class = [LIGHT] * runways
    line = list(range(n))
    head = 0
    total = worst = diverted = last = 0
    landings = []
    pending: List[int] = []
    while head < n or pending:
        while len(pending) < window and head < n:
            pending.append(line[head])
            head += 1
        best = None
        for plane in pending:
            for r in range(runways):
                t = target[plane]
                if free[r] is not None:
                    t = max(t, free[r] + SEPARATION[last_class[r]][wake[plane]])
                option = (t, target[plane], plane, r)
                if best is None or option < best:
                    best = option
        t, _, plane, r = best
        pending.remove(plane)
        if t - target[plane] > MAX_DELAY:
            diverted += 1
            continue
        free[r] = t
        last_class[r] = wake[plane]
        delay = t - target[plane]
        total += delay
        worst = max(worst, delay)
        last = max(last, t)
        if len(landings) < 6:
            landings.append((plane, r, t))
    return (total, worst, diverted, last), landings


@python_benchmark(args=(50000, 2, 13), cases=[(0, 2, 1), (1, 1, 2), (3, 1, 3), (40, 1, 4), (300, 3, 5)])
def runway_landing_sequencing(n: int, runways: int, seed: int) -> Tuple[Tuple[int, int, int, int], Tuple[int, int, int, int], List[Tuple[int, int, int]]]:
    """Return (FCFS stats, look-ahead stats, first look-ahead landings)."""
    state = seed & 0x7FFFFFFF
    target, wake = [], []
    t = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t += (state >> 16) % 110
        target.append(t)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        roll = (state >> 16) % 100
        wake.append(LIGHT if roll < 15 else MEDIUM if roll < 70 else HEAVY if roll < 95 else SUPER)
    fcfs, _ = dispatch(target, wake, runways, 1)
    lookahead, landings = dispatch(target, wake, runways, 5)
    return fcfs, lookahead, landings
