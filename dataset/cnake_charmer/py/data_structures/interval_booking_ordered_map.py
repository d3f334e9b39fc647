"""Calendar booking with a sorted table of non-overlapping intervals.

Booking requests [start, end) are accepted only if they overlap no existing booking;
accepted bookings are kept sorted by start so the neighbours of a request are found
by binary search. Some requests instead cancel the booking that starts exactly at a
given time. Returns accepted, rejected and cancelled counts, the booked time in total
and the first bookings at the end.

Keywords: sorted array, interval scheduling, calendar, binary search, overlap test
"""

from bisect import bisect_left, insort
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(15000, 1000000, 2), cases=[(0, 100, 1), (1, 100, 2), (50, 500, 3), (3000, 20000, 4)])
def interval_booking_ordered_map(requests: int, horizon: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[int, int]]]:
    """Return (accepted, rejected, cancelled, booked time, first 5 bookings); horizon >= 1."""
    if horizon < 1:
        raise ValueError("horizon must be positive")
    starts: List[int] = []
    ends = {}
    accepted = rejected = cancelled = 0
    state = seed & 0x7FFFFFFF
    for _ in range(requests):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        start = (state >> 4) % horizon
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + (state >> 4) % 60
        if (state >> 20) % 5 == 0 and starts:
            victim = starts[(state >> 8) % len(starts)]
            starts.remove(victim)
            del ends[victim]
            cancelled += 1
            continue
        end = start + length
        i = bisect_left(starts, start)
        clash = (i < len(starts) and starts[i] < end) or (i > 0 and ends[starts[i - 1]] > start)
        if clash:
            rejected += 1
        else:
            insort(starts, start)
            ends[start] = end
            accepted += 1
    booked = sum(ends[s] - s for s in starts)
    return accepted, rejected, cancelled, booked, [(s, ends[s]) for s in starts[:5]]
