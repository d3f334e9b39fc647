"""Merge overlapping bookings per room and measure occupancy and peak concurrency.

Bookings (room, start, end) with half-open minute intervals are generated in random
order. Per room they are sorted by start and overlapping or touching intervals are
merged, giving the occupied blocks; a sweep over all start/end events across rooms
finds the peak number of simultaneous bookings. Returns merged block counts and
occupied minutes per room, the peak concurrency with its time and the blocks of room 0.

Keywords: interval merging, overlapping intervals, sweep line, occupancy, scheduling, bookings
"""

from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(18000, 40), cases=[(0, 3), (1, 1), (2, 1), (30, 3), (1000, 8)])
def room_booking_interval_merge(n: int, rooms: int) -> Tuple[List[int], List[int], Tuple[int, int], List[Tuple[int, int]]]:
    """Merge bookings per room; return (blocks per room, minutes per room, (peak, time), room 0 blocks)."""
    if n <= 0 or rooms <= 0:
        return [], [], (0, -1), []
    state = 7070
    by_room = defaultdict(list)
    events = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        room = (state >> 8) % rooms
        start = (state >> 5) % 100000
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        end = start + 15 + state % 120
        by_room[room].append((start, end))
        events.append((start, 1))
        events.append((end, -1))
    blocks = [0] * rooms
    minutes = [0] * rooms
    room0 = []
    for room, intervals in by_room.items():
        merged = []
        for start, end in sorted(intervals):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        blocks[room] = len(merged)
        minutes[room] = sum(e - s for s, e in merged)
        if room == 0:
            room0 = [tuple(m) for m in merged[:10]]
    events.sort()
    active = peak = 0
    peak_time = -1
    for time, delta in events:
        active += delta
        if active > peak:
            peak, peak_time = active, time
    return blocks, minutes, (peak, peak_time), room0
