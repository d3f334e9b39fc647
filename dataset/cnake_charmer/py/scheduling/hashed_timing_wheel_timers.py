"""Hashed timing wheel driving periodic timers, spawned timeouts and cancellations.

A wheel of `slots` buckets holds timers by deadline modulo the wheel size (Varghese
and Lauck's scheme): every tick the cursor visits one bucket, fires the timers due now
and leaves the ones due on a later revolution. Periodic timers re-arm themselves;
some firings spawn a one-shot timeout, and now and then a random timer is cancelled,
which is applied lazily when its bucket is next visited. Timers re-armed or spawned
while a bucket is processed are filed after it, in firing order. Returns the periodic
and one-shot fire counts, lazily dropped cancellations, timers spawned, the longest
bucket visited, the entries inspected and a checksum of (timer, tick) firings.

Keywords: scheduling, timing wheel, timers, event scheduling, periodic tasks, cancellation, operating systems
"""

from dataclasses import dataclass
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@dataclass
class Timer:
    ident: int
    deadline: int
    period: int  # 0 for a one-shot timer


@python_benchmark(args=(100000, 1500, 256, 3), cases=[(0, 10, 8, 1), (100, 0, 8, 2), (50, 1, 1, 3), (400, 5, 16, 4), (3000, 60, 64, 5)])
def hashed_timing_wheel_timers(ticks: int, timers: int, slots: int, seed: int) -> Tuple[int, int, int, int, int, int, int]:
    """Return (periodic fires, one-shot fires, dropped cancellations, spawned, longest bucket, inspected, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    wheel: List[List[Timer]] = [[] for _ in range(slots)]
    issued = 0
    for _ in range(timers):
        period = 20 + draw(2000)
        wheel[period % slots].append(Timer(issued, period, period))
        issued += 1
    cancelled = set()
    periodic_fires = oneshot_fires = dropped = spawned = longest = inspected = checksum = 0
    for now in range(1, ticks + 1):
        if issued and draw(100) < 3:
            cancelled.add(draw(issued))
        index = now % slots
        bucket = wheel[index]
        longest = max(longest, len(bucket))
        inspected += len(bucket)
        keep: List[Timer] = []
        filed: List[Timer] = []
        for timer in bucket:
            if timer.deadline != now:
                keep.append(timer)
                continue
            if timer.ident in cancelled:
                dropped += 1
                continue
            checksum = (checksum * 31 + timer.ident * 7 + now) % 1000000007
            if timer.period:
                periodic_fires += 1
                timer.deadline = now + timer.period
                filed.append(timer)
                if draw(10) == 0:
                    filed.append(Timer(issued, now + 1 + draw(3000), 0))
                    issued += 1
                    spawned += 1
            else:
                oneshot_fires += 1
        wheel[index] = keep
        for timer in filed:
            wheel[timer.deadline % slots].append(timer)
    return (periodic_fires, oneshot_fires, dropped, spawned, longest, inspected, checksum)
