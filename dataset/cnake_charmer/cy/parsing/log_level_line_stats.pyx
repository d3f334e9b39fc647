# cython: language_level=3
"""Log-line parsing with ``strchr`` field scanning over a C buffer.

Each line is formatted with ``snprintf`` into a stack buffer; the parser jumps to the
``[`` and ``]`` of the level with ``strchr``, identifies the level by its first letter
and reads the service number and latency with digit loops, accumulating into C arrays.

Keywords: logs, strchr, field scanning, aggregation, latency, parsing
"""

import cython
from libc.string cimport strchr, strstr
from libc.stdio cimport snprintf

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *LEVELS[4]
LEVELS[:] = [b"DEBUG", b"INFO", b"WARN", b"ERROR"]


@cython_benchmark(args=(15000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
def log_level_line_stats(int n, int seed):
    """Return (lines per level, latency per level, worst latency per service 0..7, slowest line)."""
    cdef char line[128]
    cdef long long counts[4]
    cdef long long latency[4]
    cdef long long worst[8]
    cdef int order[4]
    cdef int seen = 0, w, k, lvl, svc, ms, best_ms = -1, best_line = -1, t
    cdef unsigned long long state = seed
    cdef char *p
    cdef char *q
    for k in range(4):
        counts[k] = 0
        latency[k] = 0
    for k in range(8):
        worst[k] = 0
    for w in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        snprintf(line, 128, "2024-03-%02d %02d:%02d:%02d [%s] svc%d: request took %dms",
                 <int> (1 + t % 28), <int> ((t >> 5) % 24), <int> ((t >> 7) % 60), <int> ((t >> 9) % 60),
                 LEVELS[(state % 10 if state % 10 < 9 else 9) // 3],
                 <int> ((state >> 4) % 8), <int> ((state >> 8) % 2000))
        p = strchr(line, b'[') + 1
        lvl = 0 if p[0] == b'D' else (1 if p[0] == b'I' else (2 if p[0] == b'W' else 3))
        p = strchr(p, b']') + 5
        svc = 0
        while p[0] != b':':
            svc = svc * 10 + p[0] - 48
            p += 1
        q = strstr(p, b"took ") + 5
        ms = 0
        while q[0] != b'm':
            ms = ms * 10 + q[0] - 48
            q += 1
        if counts[lvl] == 0:
            order[seen] = lvl
            seen += 1
        counts[lvl] += 1
        latency[lvl] += ms
        if ms > worst[svc]:
            worst[svc] = ms
        if ms > best_ms:
            best_ms = ms
            best_line = w
    names = [LEVELS[order[k]].decode("ascii") for k in range(seen)]
    return ({names[k]: counts[order[k]] for k in range(seen)},
            {names[k]: latency[order[k]] for k in range(seen)},
            [worst[k] for k in range(8)], best_line)
