"""Greedy nurse rostering under rest rules, then scoring of the soft constraints.

A ward needs a random number of nurses on the early, late and night shift of every
day. Day by day and shift by shift, the roster picks the eligible nurses with the
fewest shifts so far, then the best preference, then the lowest number. Hard rules
make a nurse ineligible: one shift per day, nothing but another night after a night,
no early straight after a late, at most five working days in a row. The finished
roster is scored on uncovered demand, night runs longer than three, isolated days
off, split weekends, the spread of workloads and total preference cost. Returns those
scores and nurse 0's first fortnight as a string.

Keywords: scheduling, nurse rostering, constraints, shift scheduling, greedy, workforce
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

OFF, EARLY, LATE, NIGHT = 0, 1, 2, 3
LETTERS = "-ELN"
MAX_STREAK = 5


@python_benchmark(args=(400, 364, 23), cases=[(0, 7, 1), (1, 7, 2), (5, 0, 3), (4, 14, 4), (30, 28, 5)])
def nurse_roster_greedy_constraints(nurses: int, days: int, seed: int) -> Tuple[int, int, int, int, int, int, str]:
    """Return (uncovered, long night runs, isolated days off, split weekends, workload spread, preference cost, nurse 0)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    preference = [[0] + [draw(4) for _ in range(3)] for _ in range(nurses)]
    roster = [[OFF] * days for _ in range(nurses)]
    worked = [0] * nurses
    streak = [0] * nurses
    uncovered = 0
    pref_cost = 0
    for day in range(days):
        weekend = day % 7 >= 5
        need = {EARLY: nurses * (10 + draw(4)) // 40, LATE: nurses * (9 + draw(4)) // 40,
                NIGHT: nurses * (5 + draw(3)) // 40}
        if weekend:
            need = {shift: count * 3 // 4 for shift, count in need.items()}
        for shift in (EARLY, LATE, NIGHT):
            def eligible(nurse: int) -> bool:
                if roster[nurse][day] != OFF or streak[nurse] >= MAX_STREAK:
                    return False
                before = roster[nurse][day - 1] if day > 0 else OFF
                if before == NIGHT and shift != NIGHT:
                    return False
                return not (before == LATE and shift == EARLY)

            candidates = sorted(filter(eligible, range(nurses)),
                                key=lambda nurse: (worked[nurse], preference[nurse][shift], nurse))
            chosen = candidates[:need[shift]]
            uncovered += need[shift] - len(chosen)
            for nurse in chosen:
                roster[nurse][day] = shift
                worked[nurse] += 1
                pref_cost += preference[nurse][shift]
        for nurse in range(nurses):
            streak[nurse] = streak[nurse] + 1 if roster[nurse][day] != OFF else 0

    long_nights = isolated = split = 0
    for row in roster:
        run = 0
        for day, shift in enumerate(row):
            run = run + 1 if shift == NIGHT else 0
            if run == 4:
                long_nights += 1
            if 0 < day < days - 1 and shift == OFF and row[day - 1] != OFF and row[day + 1] != OFF:
                isolated += 1
        for saturday in range(5, days - 1, 7):
            if (row[saturday] == OFF) != (row[saturday + 1] == OFF):
                split += 1
    spread = max(worked) - min(worked) if nurses else 0
    first = "".join(LETTERS[s] for s in roster[0][:14]) if nurses else ""
    return (uncovered, long_nights, isolated, split, spread, pref_cost, first)
