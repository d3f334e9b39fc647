"""Sessionisation of a click-stream: split each user's events at inactivity gaps.

Events (timestamp, user, page) arrive in time order from many users with bursty
activity. A user's new session starts when the time since their previous event exceeds
the gap. Each session records its event count, duration and distinct pages. Returns the
number of sessions, the longest session, the mean duration, a histogram of sessions per
user (in bins of eight) and the most common landing page.

Keywords: sessionization, clickstream, event log, inactivity gap, web analytics, grouping
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _summary(user: int, session: dict) -> Tuple[int, int, int, int, int]:
    return (user, session["last"] - session["start"], session["events"],
            len(session["pages"]), session["landing"])


@python_benchmark(args=(60000, 500, 1800), cases=[(0, 5, 10), (1, 1, 10), (10, 2, 0), (50, 3, 100), (3000, 40, 600)])
def sessionize_clickstream(n: int, users: int, gap: int) -> Tuple[int, Tuple[int, int], float, List[int], int]:
    """Split events into sessions; return (sessions, longest, mean duration, per-user histogram, landing page)."""
    if n <= 0 or users <= 0:
        return 0, (0, 0), 0.0, [], -1
    state = 19283
    clock = 0
    open_sessions = {}
    finished = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        clock += state % 7
        user = (state >> 5) % users
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        page = (state >> 6) % 50
        session = open_sessions.get(user)
        if session is not None and clock - session["last"] <= gap:
            session["last"] = clock
            session["events"] += 1
            session["pages"].add(page)
        else:
            if session is not None:
                finished.append(_summary(user, session))
            open_sessions[user] = {"start": clock, "last": clock, "events": 1,
                                   "pages": {page}, "landing": page}
    finished.extend(_summary(user, session) for user, session in open_sessions.items())
    longest = max((events, pages) for _, _, events, pages, _ in finished)
    mean_duration = sum(duration for _, duration, _, _, _ in finished) / len(finished)
    per_user = Counter(user for user, _, _, _, _ in finished)
    histogram = [0] * 10
    for count in per_user.values():
        histogram[min(count // 8, 9)] += 1
    landings = Counter(landing for _, _, _, _, landing in finished)
    landing = max(landings, key=lambda p: (landings[p], -p))
    return len(finished), longest, mean_duration, histogram, landing
