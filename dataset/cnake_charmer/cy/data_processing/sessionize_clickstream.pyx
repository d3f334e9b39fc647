# cython: language_level=3
"""Sessionisation with per-user session state in C arrays and page bitmasks.

Each user's open session is a handful of ints in parallel arrays (start, last event,
event count, landing page) plus a 64-bit mask of visited pages (there are 50), so the
distinct-page set is a bit OR and its size a popcount. Closed sessions only update
running aggregates; nothing is allocated per event.

Keywords: sessionization, clickstream, bitmask, popcount, parallel arrays, calloc, nogil
"""

import cython
from libc.stdlib cimport calloc, free
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark


cdef extern from *:
    """
    static int popcount64(unsigned long long x) { return __builtin_popcountll(x); }
    """
    int popcount64(unsigned long long x) nogil


cdef struct Agg:
    long long sessions
    long long duration
    int best_events
    int best_pages


cdef inline void close_session(Agg *a, int u, long long *start, long long *last, int *events,
                               uint64_t *pages, int *landing, int *per_user, int *land_count) noexcept nogil:
    cdef int pc = popcount64(pages[u])
    a.sessions += 1
    a.duration += last[u] - start[u]
    if events[u] > a.best_events or (events[u] == a.best_events and pc > a.best_pages):
        a.best_events = events[u]
        a.best_pages = pc
    per_user[u] += 1
    land_count[landing[u]] += 1


@cython_benchmark(args=(60000, 500, 1800))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def sessionize_clickstream(int n, int users, int gap):
    """Split events into sessions; return (sessions, longest, mean duration, per-user histogram, landing page)."""
    if n <= 0 or users <= 0:
        return 0, (0, 0), 0.0, [], -1
    cdef long long *start = <long long *> calloc(users, sizeof(long long))
    cdef long long *last = <long long *> calloc(users, sizeof(long long))
    cdef int *events = <int *> calloc(users, sizeof(int))
    cdef uint64_t *pages = <uint64_t *> calloc(users, sizeof(uint64_t))
    cdef int *landing = <int *> calloc(users, sizeof(int))
    cdef int *per_user = <int *> calloc(users, sizeof(int))
    cdef int land_count[50]
    cdef int hist[10]
    cdef Agg agg
    cdef long long state = 19283, clock = 0
    cdef int i, u, page, p, best
    agg.sessions = 0
    agg.duration = 0
    agg.best_events = 0
    agg.best_pages = 0
    for p in range(50):
        land_count[p] = 0
    for p in range(10):
        hist[p] = 0
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                clock += state % 7
                u = (state >> 5) % users
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                page = (state >> 6) % 50
                if events[u] > 0 and clock - last[u] <= gap:
                    last[u] = clock
                    events[u] += 1
                    pages[u] |= (<uint64_t> 1) << page
                else:
                    if events[u] > 0:
                        close_session(&agg, u, start, last, events, pages, landing, per_user, land_count)
                    start[u] = clock
                    last[u] = clock
                    events[u] = 1
                    pages[u] = (<uint64_t> 1) << page
                    landing[u] = page
            for u in range(users):
                if events[u] > 0:
                    close_session(&agg, u, start, last, events, pages, landing, per_user, land_count)
            for u in range(users):
                if per_user[u] > 0:
                    hist[per_user[u] // 8 if per_user[u] // 8 < 9 else 9] += 1
            best = 0
            for p in range(1, 50):
                if land_count[p] > land_count[best]:
                    best = p
        return (agg.sessions, (agg.best_events, agg.best_pages), agg.duration / <double> agg.sessions,
                [hist[p] for p in range(10)], best)
    finally:
        free(start); free(last); free(events); free(pages); free(landing); free(per_user)
