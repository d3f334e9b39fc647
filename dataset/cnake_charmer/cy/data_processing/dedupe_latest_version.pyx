# cython: language_level=3
"""Change-log compaction into direct-addressed C arrays indexed by key.

Keys are bounded by key_space, so the winning timestamp, value and tombstone flag of
every key live in calloc'd arrays at the key's index; the log scan is a nogil loop of
integer compares, and key order falls out of a linear walk instead of sorting tuples.

Keywords: deduplication, latest record, direct addressing, compaction, calloc, nogil
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(120000, 30000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dedupe_latest_version(int n, int key_space):
    """Compact a change log; return (live, tombstoned, checksum, first live records)."""
    if n <= 0 or key_space <= 0:
        return 0, 0, 0, []
    cdef int *ts = <int *> malloc(key_space * sizeof(int))
    cdef int *val = <int *> malloc(key_space * sizeof(int))
    cdef char *dead = <char *> calloc(key_space, 1)
    cdef long long state = 97531, checksum = 0
    cdef int i, key, t, v, live = 0, seen = 0
    cdef bint d
    first = []
    try:
        with nogil:
            for key in range(key_space):
                ts[key] = -1
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                key = (state >> 5) % key_space
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                t = state % 100000
                v = (state >> 7) % 10000
                d = (state >> 3) % 16 == 0
                if t >= ts[key]:
                    ts[key] = t
                    val[key] = v
                    dead[key] = d
            for key in range(key_space):
                if ts[key] < 0:
                    continue
                seen += 1
                if dead[key]:
                    continue
                live += 1
                checksum = (checksum * 131 + <long long> key * 10007 + val[key]) % 1000000007
        for key in range(key_space):
            if len(first) == 15:
                break
            if ts[key] >= 0 and not dead[key]:
                first.append((key, ts[key], val[key]))
        return live, seen - live, checksum, first
    finally:
        free(ts); free(val); free(dead)
