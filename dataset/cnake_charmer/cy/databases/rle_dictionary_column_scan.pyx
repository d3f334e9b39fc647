# cython: language_level=3
"""Filtered GROUP BY over a column store with dictionary and run-length encoded columns — typed column arrays.

Columns are typed memoryviews over ``array.array`` buffers (``uint16`` city codes,
``int32`` amounts, ``int32`` run values and lengths). The LIKE predicate becomes a
byte mask over dictionary codes and the status IN list a 5-entry byte mask, so the
inner scan is two table lookups and a range test per row; groups accumulate in dense
arrays indexed by dictionary code and are emitted in a name order computed once.

Keywords: databases, column store, dictionary encoding, run-length encoding, predicate pushdown, group by, scan
"""

import cython
from cpython cimport array
import array as pyarray

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MOD = 1000000007
    N_STATUSES = 5

SYLLABLES = ["san", "ta", "ri", "mo", "el", "port", "vil", "ka", "lo", "ber", "ham", "ston", "a", "do"]


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <int>((state[0] >> 33) % <unsigned long long>k)


@cython_benchmark(args=(200000, 400, 8, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def rle_dictionary_column_scan(int rows, int cities, int queries, long long seed):
    """Return (per query (groups, matched rows, skipped rows, first groups), checksum of all groups)."""
    cdef unsigned long long state = <unsigned long long>seed
    cdef int n_syl = len(SYLLABLES)
    cdef int i, j, parts, a, b, nd, q, row, run, code, lo, hi, length, remaining, n_runs = 0
    cdef long long matched, skipped, checksum = 0, amt
    dictionary = []
    seen = set()
    for i in range(cities):
        parts = 2 + draw(&state, 2)
        name = "".join([SYLLABLES[draw(&state, n_syl)] for j in range(parts)]).capitalize()
        if name not in seen:
            seen.add(name)
            dictionary.append(name)
    nd = len(dictionary)
    cdef array.array city_arr = pyarray.array('H', bytes(2 * rows))
    cdef array.array amount_arr = pyarray.array('i', bytes(4 * rows))
    cdef array.array run_status_arr = pyarray.array('i', bytes(4 * (rows + 1)))
    cdef array.array run_length_arr = pyarray.array('i', bytes(4 * (rows + 1)))
    cdef array.array total_arr = pyarray.array('q', bytes(8 * (nd + 1)))
    cdef array.array count_arr = pyarray.array('q', bytes(8 * (nd + 1)))
    cdef array.array mask_arr = pyarray.array('b', bytes(nd + 1))
    cdef unsigned short[::1] city = city_arr
    cdef int[::1] amount = amount_arr
    cdef int[::1] run_status = run_status_arr
    cdef int[::1] run_length = run_length_arr
    cdef long long[::1] total = total_arr
    cdef long long[::1] count = count_arr
    cdef signed char[::1] matching = mask_arr
    cdef signed char wanted[N_STATUSES]
    with nogil:
        if nd > 0:
            for i in range(rows):
                a = draw(&state, nd)
                b = draw(&state, nd)
                city[i] = <unsigned short>(a if a < b else b)
        for i in range(rows):
            a = draw(&state, 32768)
            amount[i] = a * 4 + draw(&state, 4)
        remaining = rows
        while remaining > 0:
            length = 1 + draw(&state, 200)
            if length > remaining:
                length = remaining
            run_status[n_runs] = draw(&state, N_STATUSES)
            run_length[n_runs] = length
            n_runs += 1
            remaining -= length
    name_order = sorted(range(nd), key=dictionary.__getitem__)
    results = []
    for q in range(queries):
        prefix = SYLLABLES[draw(&state, n_syl)].capitalize()
        for i in range(N_STATUSES):
            wanted[i] = 0
        wanted[draw(&state, N_STATUSES)] = 1
        wanted[draw(&state, N_STATUSES)] = 1
        lo = draw(&state, 32768) * 4
        hi = lo + draw(&state, 32768) * 4
        for i in range(nd):
            matching[i] = dictionary[i].startswith(prefix)
        matched = 0
        skipped = 0
        with nogil:
            for i in range(nd):
                total[i] = 0
                count[i] = 0
            row = 0
            for run in range(n_runs):
                length = run_length[run]
                if wanted[run_status[run]]:
                    for j in range(row, row + length):
                        code = city[j]
                        amt = amount[j]
                        if matching[code] and lo <= amt <= hi:
                            total[code] += amt
                            count[code] += 1
                            matched += 1
                else:
                    skipped += length
                row += length
        report = []
        for code in name_order:
            if count[code] > 0:
                name = dictionary[code]
                report.append((name, total[code], count[code]))
                checksum = (checksum * 131 + len(name) * 7 + total[code] * 3 + count[code]) % MOD
        results.append((len(report), matched, skipped, report[:3]))
    return results, checksum
