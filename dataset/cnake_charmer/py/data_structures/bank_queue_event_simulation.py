"""Discrete-event simulation of a multi-teller bank with a priority queue.

Customer arrivals and service completions are events in a heap ordered by time (ties
by event sequence number). Arriving customers take a free teller or join a FIFO line.
Returns the number served, the total and maximum waiting times, the longest line and
the finishing time of the last service.

Keywords: discrete event simulation, priority queue, heap, queueing, FIFO
"""

import heapq
from collections import deque
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 4, 3), cases=[(0, 2, 1), (1, 1, 2), (50, 1, 3), (200, 3, 4), (10, 0, 5)])
def bank_queue_event_simulation(customers: int, tellers: int, seed: int) -> Tuple[int, int, int, int, int]:
    """Return (served, total wait, max wait, longest line, last finish time); tellers >= 1."""
    if tellers < 1:
        raise ValueError("need at least one teller")
    state = seed & 0x7FFFFFFF
    events = []
    seq = 0
    t = 0
    for cid in range(customers):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t += (state >> 8) % 10
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        service = 5 + (state >> 8) % 30
        heapq.heappush(events, (t, seq, 0, cid, service))
        seq += 1
    free = tellers
    line: deque = deque()
    served = total_wait = max_wait = longest = last = 0
    while events:
        now, _, kind, cid, service = heapq.heappop(events)
        if kind == 0:
            if free:
                free -= 1
                heapq.heappush(events, (now + service, seq, 1, cid, 0))
                seq += 1
            else:
                line.append((now, cid, service))
                longest = max(longest, len(line))
        else:
            served += 1
            last = now
            if line:
                arrived, nxt, nxt_service = line.popleft()
                wait = now - arrived
                total_wait += wait
                max_wait = max(max_wait, wait)
                heapq.heappush(events, (now + nxt_service, seq, 1, nxt, 0))
                seq += 1
            else:
                free += 1
    return served, total_wait, max_wait, longest, last
