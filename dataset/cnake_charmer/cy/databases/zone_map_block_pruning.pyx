# cython: language_level=3
"""Range queries over a block-organised table using zone maps (min/max per block) — struct zone maps in C.

The two columns are ``int`` arrays and the zone maps a contiguous array of C structs
built in one pass per block, so the per-query loop over zone maps is a tight
branch-and-compare over cache-friendly structs. Blocks that must be scanned are
processed with plain pointer arithmetic; generation, zone map construction and all
queries run without the GIL.

Keywords: databases, zone map, min max index, block pruning, small materialized aggregates, range query, scan
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007


cdef struct Zone:
    int start
    int end
    int ts_min
    int ts_max
    int temp_min
    int temp_max
    long long temp_sum


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <int>((state[0] >> 33) % <unsigned long long>k)


@cython_benchmark(args=(200000, 128, 300, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def zone_map_block_pruning(int rows, int block_rows, int queries, long long seed):
    """Return (checksum, first non-empty answers as (count, sum), blocks pruned, blocks from metadata, blocks scanned)."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef int nzones = (rows + block_rows - 1) // block_rows
    cdef int *ts_col = <int *>malloc((rows + 1) * sizeof(int))
    cdef int *temp_col = <int *>malloc((rows + 1) * sizeof(int))
    cdef Zone *zones = <Zone *>malloc((nzones + 1) * sizeof(Zone))
    cdef int clock = 0, temp = 200, i, z, r, late, a, b, t, horizon, v, x
    cdef long long count, total, checksum = 0, pruned = 0, from_metadata = 0, scanned = 0
    cdef long long first[4][2]
    cdef int nfirst = 0
    cdef Zone *zone
    try:
        if ts_col == NULL or temp_col == NULL or zones == NULL:
            raise MemoryError()
        with nogil:
            for i in range(rows):
                clock += draw(&state, 20)
                temp = temp + draw(&state, 11) - 5
                if temp > 1500:
                    temp = 1500
                elif temp < -500:
                    temp = -500
                late = draw(&state, 100) == 0
                if late:
                    x = clock - draw(&state, 5000)
                    ts_col[i] = x if x > 0 else 0
                else:
                    ts_col[i] = clock
                temp_col[i] = temp
            for z in range(nzones):
                zone = &zones[z]
                zone.start = z * block_rows
                zone.end = zone.start + block_rows if zone.start + block_rows < rows else rows
                zone.ts_min = zone.ts_max = ts_col[zone.start]
                zone.temp_min = zone.temp_max = temp_col[zone.start]
                zone.temp_sum = 0
                for r in range(zone.start, zone.end):
                    v = ts_col[r]
                    if v < zone.ts_min:
                        zone.ts_min = v
                    if v > zone.ts_max:
                        zone.ts_max = v
                    v = temp_col[r]
                    if v < zone.temp_min:
                        zone.temp_min = v
                    if v > zone.temp_max:
                        zone.temp_max = v
                    zone.temp_sum += v
            horizon = clock + 1
            for i in range(queries):
                a = draw(&state, horizon)
                b = a + draw(&state, horizon // 10 + 1)
                t = draw(&state, 2000) - 500
                count = 0
                total = 0
                for z in range(nzones):
                    zone = &zones[z]
                    if zone.ts_max < a or zone.ts_min > b or zone.temp_max <= t:
                        pruned += 1
                    elif a <= zone.ts_min and zone.ts_max <= b and zone.temp_min > t:
                        from_metadata += 1
                        count += zone.end - zone.start
                        total += zone.temp_sum
                    else:
                        scanned += 1
                        for r in range(zone.start, zone.end):
                            if a <= ts_col[r] <= b and temp_col[r] > t:
                                count += 1
                                total += temp_col[r]
                checksum = ((checksum * 1000003 + count * 7 + total) % MOD + MOD) % MOD
                if count and nfirst < 4:
                    first[nfirst][0] = count
                    first[nfirst][1] = total
                    nfirst += 1
        return checksum, [(first[i][0], first[i][1]) for i in range(nfirst)], pruned, from_metadata, scanned
    finally:
        free(ts_col); free(temp_col); free(zones)
