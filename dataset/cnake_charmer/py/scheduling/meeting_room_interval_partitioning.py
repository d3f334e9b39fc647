"""Interval partitioning: assign meetings to the fewest rooms, reusing the lowest free room.

Meetings with random start times and lengths are processed by start time. Rooms whose
meeting has ended by then are returned to a pool of free rooms; the meeting takes the
lowest-numbered free room, or opens a new one. The greedy uses exactly as many rooms
as the maximum number of overlapping meetings. Returns the room count, the meetings
and idle minutes of room 0, the busiest room and its meeting count, the total idle
time between consecutive meetings in every room, and an assignment checksum.

Keywords: scheduling, interval partitioning, meeting rooms, greedy, heap, interval graph colouring
"""

import heapq
from typing import List, NamedTuple, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Meeting(NamedTuple):
    start: int
    end: int
    ident: int


@python_benchmark(args=(100000, 77), cases=[(0, 1), (1, 2), (2, 3), (9, 4), (400, 5)])
def meeting_room_interval_partitioning(n: int, seed: int) -> Tuple[int, int, int, int, int, int, int]:
    """Return (rooms, room 0 meetings, room 0 idle, busiest room, its meetings, total idle, checksum)."""
    state = seed & 0x7FFFFFFF
    meetings = []
    for ident in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        start = (state >> 8) % (n * 20 + 1)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        meetings.append(Meeting(start, start + 15 + (state >> 16) % 226, ident))
    meetings.sort()

    busy: List[Tuple[int, int]] = []
    free: List[int] = []
    room_of = [0] * n
    last_end: List[int] = []
    count: List[int] = []
    idle: List[int] = []
    for meeting in meetings:
        while busy and busy[0][0] <= meeting.start:
            _, room = heapq.heappop(busy)
            heapq.heappush(free, room)
        if free:
            room = heapq.heappop(free)
            idle[room] += meeting.start - last_end[room]
        else:
            room = len(count)
            last_end.append(0)
            count.append(0)
            idle.append(0)
        room_of[meeting.ident] = room
        count[room] += 1
        last_end[room] = meeting.end
        heapq.heappush(busy, (meeting.end, room))

    if not count:
        return (0, 0, 0, -1, 0, 0, 0)
    busiest = max(range(len(count)), key=lambda r: (count[r], -r))
    checksum = 0
    for ident, room in enumerate(room_of):
        checksum = (checksum * 31 + room + ident) % 1000000007
    return (len(count), count[0], idle[0], busiest, count[busiest], sum(idle), checksum)
