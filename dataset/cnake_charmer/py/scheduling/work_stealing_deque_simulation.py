"""Tick-level simulation of a work-stealing scheduler running a recursive parallel loop.

A parallel loop over n elements with irregular per-element cost is split recursively:
a task covering more than `grain` elements spends one tick splitting into two halves,
pushing the right half and then the left onto the bottom of its worker's deque, while
a small task executes its elements. Each worker takes work from the bottom of its own
deque (LIFO); an idle worker spends a tick trying to steal the oldest task from the top
of a randomly chosen victim. Returns the makespan, successful and failed steals, the
busy ticks of every worker, a checksum of which worker ran which leaf and when, and
the first steals as (tick, thief, victim, first element).

Keywords: scheduling, work stealing, deque, fork join, load balancing, parallel runtime, simulation
"""

from collections import deque
from dataclasses import dataclass, field
from typing import Deque, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@dataclass
class Worker:
    tasks: Deque[Tuple[int, int]] = field(default_factory=deque)
    current: Tuple[int, int] = (0, 0)
    left: int = 0
    busy: int = 0


@python_benchmark(args=(250000, 8, 12, 7), cases=[(0, 4, 8, 1), (1, 1, 8, 2), (50, 1, 4, 3), (200, 3, 8, 4), (3000, 6, 16, 5)])
def work_stealing_deque_simulation(n: int, workers: int, grain: int, seed: int) -> Tuple[int, int, int, List[int], int, List[Tuple[int, int, int, int]]]:
    """Return (makespan, steals, failed steals, busy ticks per worker, leaf checksum, first steals)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    prefix = [0]
    for _ in range(n):
        prefix.append(prefix[-1] + 1 + draw(5))

    def cost(task: Tuple[int, int]) -> int:
        first, size = task
        return 1 if size > grain else prefix[first + size] - prefix[first]

    pool = [Worker() for _ in range(workers)]
    outstanding = 0
    if n > 0:
        pool[0].tasks.append((0, n))
        outstanding = 1
    tick = steals = failed = checksum = 0
    log: List[Tuple[int, int, int, int]] = []
    while outstanding:
        for w, me in enumerate(pool):
            if me.left == 0 and me.tasks:
                me.current = me.tasks.pop()
                me.left = cost(me.current)
            if me.left == 0:
                if workers > 1:
                    victim = draw(workers - 1)
                    victim += victim >= w
                    if pool[victim].tasks:
                        me.current = pool[victim].tasks.popleft()
                        me.left = cost(me.current)
                        steals += 1
                        if len(log) < 6:
                            log.append((tick, w, victim, me.current[0]))
                    else:
                        failed += 1
                continue
            me.left -= 1
            me.busy += 1
            if me.left == 0:
                first, size = me.current
                if size > grain:
                    half = size // 2
                    me.tasks.append((first + half, size - half))
                    me.tasks.append((first, half))
                    outstanding += 1
                else:
                    outstanding -= 1
                    checksum = (checksum * 31 + first * 17 + w * 7 + tick) % 1000000007
        tick += 1
    return (tick, steals, failed, [me.busy for me in pool], checksum, log)
