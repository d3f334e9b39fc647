"""Weekly cohort retention matrix from an activity log.

Users sign up in one of several weeks and then generate activity events whose chance
of continuing decays week by week. Each user belongs to the cohort of their signup
week; the matrix cell (cohort, k) is the number of distinct users of that cohort active
in their k-th week after signup. Returns the cohort sizes, the retention counts, the
retention percentages of week 1 and the total number of (user, week) activity pairs.

Keywords: cohort analysis, retention, distinct count, activity log, product analytics
"""

from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12000, 12, 10), cases=[(0, 3, 3), (1, 1, 1), (5, 2, 0), (40, 3, 4), (800, 6, 5)])
def cohort_retention_matrix(users: int, cohorts: int, horizon: int) -> Tuple[List[int], List[List[int]], List[float], int]:
    """Build a retention matrix; return (cohort sizes, retention counts, week-1 %, active pairs)."""
    if users <= 0 or cohorts <= 0 or horizon <= 0:
        return [], [], [], 0
    state = 3030
    signup = {}
    events = []
    for user in range(users):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        week = (state >> 5) % cohorts
        signup[user] = week
        day = week * 7
        stickiness = 60 + (state >> 12) % 35
        while True:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            day += 1 + (state >> 7) % 5
            if (state >> 14) % 100 >= stickiness + 3 or day >= (cohorts + horizon) * 7:
                break
            events.append((user, day))
    active = defaultdict(set)
    for user, day in events:
        offset = day // 7 - signup[user]
        if 0 <= offset < horizon:
            active[(signup[user], offset)].add(user)
    sizes = [0] * cohorts
    for week in signup.values():
        sizes[week] += 1
    matrix = [[len(active[(c, k)]) for k in range(horizon)] for c in range(cohorts)]
    week1 = [round(100.0 * row[1] / size, 3) if size and horizon > 1 else 0.0
             for row, size in zip(matrix, sizes)]
    pairs = sum(len(s) for s in active.values())
    return sizes, matrix, week1, pairs
