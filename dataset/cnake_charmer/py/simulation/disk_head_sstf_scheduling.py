"""Disk-arm scheduling: FCFS versus shortest-seek-first versus the elevator (SCAN).

Requests for random cylinders arrive over time (seeded LCG). The arm moves one
cylinder per time unit and each service takes a fixed time; whenever it becomes free
it picks among the requests that have arrived by the policy in force. Every policy
replays the same arrivals. Returns, per policy, the total head movement, the mean and
the worst response time.

Keywords: simulation, disk scheduling, sstf, scan, elevator algorithm, operating systems
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _run(policy: int, arrivals: List[int], cylinders: List[int], service: int) -> Tuple[int, float, int]:
    n = len(arrivals)
    pending: List[int] = []
    nxt = 0
    head, direction, clock = 0, 1, 0
    moved = total_resp = worst = 0
    done = 0
    while done < n:
        while nxt < n and arrivals[nxt] <= clock:
            pending.append(nxt)
            nxt += 1
        if not pending:
            clock = arrivals[nxt]
            continue
        if policy == 0:
            pick = pending[0]
        elif policy == 1:
            pick = min(pending, key=lambda r: (abs(cylinders[r] - head), r))
        else:
            ahead = [r for r in pending if (cylinders[r] - head) * direction >= 0]
            if not ahead:
                direction = -direction
                ahead = pending
            pick = min(ahead, key=lambda r: (abs(cylinders[r] - head), r))
        pending.remove(pick)
        distance = abs(cylinders[pick] - head)
        moved += distance
        head = cylinders[pick]
        clock += distance + service
        response = clock - arrivals[pick]
        total_resp += response
        worst = max(worst, response)
        done += 1
    return (moved, total_resp / n if n else 0.0, worst)


@python_benchmark(args=(5000, 2000, 9), cases=[(0, 100, 1), (1, 100, 2), (5, 10, 3), (40, 500, 4)])
def disk_head_sstf_scheduling(n: int, cylinders_count: int, seed: int) -> List[Tuple[int, float, int]]:
    """Compare FCFS, SSTF and SCAN on n seeded requests."""
    state = seed & 0x7FFFFFFF
    arrivals, cylinders = [], []
    t = 0
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t += (state >> 16) % 400
        arrivals.append(t)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        cylinders.append((state >> 16) % cylinders_count)
    return [_run(policy, arrivals, cylinders, 5) for policy in range(3)]
