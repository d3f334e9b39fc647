"""Ordered conversion funnel over an event log with a completion time limit.

Events (time, user, step) arrive in time order; the funnel is view -> cart -> checkout
-> purchase (steps 0..3). A user advances to step k+1 only with an event of that step
after reaching step k, and the whole funnel must be completed within a time limit of
the user's first step-0 event; a step-0 event after the limit expires restarts the
user's attempt. Returns users reaching each step, the conversion rate between steps,
the median time to purchase and the number of restarted attempts.

Keywords: funnel analysis, conversion rate, event log, state machine, product analytics
"""

import statistics
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000, 1000, 4000), cases=[(0, 5, 10), (1, 1, 10), (8, 2, 100), (60, 5, 50), (3000, 100, 200)])
def funnel_conversion_steps(n: int, users: int, limit: int) -> Tuple[List[int], List[float], float, int]:
    """Run the funnel over n events; return (users per step, step conversion, median time, restarts)."""
    if n <= 0 or users <= 0:
        return [0, 0, 0, 0], [0.0, 0.0, 0.0], 0.0, 0
    state = 1212
    clock = 0
    progress: Dict[int, Tuple[int, int]] = {}
    best_step: Dict[int, int] = {}
    durations = []
    restarts = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        clock += (state >> 4) % 3
        user = (state >> 9) % users
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = (state >> 5) % 100
        step = 0 if r < 55 else 1 if r < 80 else 2 if r < 93 else 3
        current = progress.get(user)
        if current is not None and clock - current[1] > limit:
            if step == 0:
                restarts += 1
            current = None
            del progress[user]
        if current is None:
            if step == 0:
                progress[user] = (0, clock)
                best_step.setdefault(user, 0)
            continue
        reached, started = current
        if step == reached + 1:
            progress[user] = (step, started)
            best_step[user] = max(best_step[user], step)
            if step == 3:
                durations.append(clock - started)
                del progress[user]
    reach = [sum(1 for s in best_step.values() if s >= k) for k in range(4)]
    conversion = [reach[k + 1] / reach[k] if reach[k] else 0.0 for k in range(3)]
    median = float(statistics.median(durations)) if durations else 0.0
    return reach, conversion, median, restarts
