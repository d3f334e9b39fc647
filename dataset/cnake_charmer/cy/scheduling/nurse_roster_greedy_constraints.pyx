# distutils: language = c++
# cython: language_level=3
"""Greedy nurse rostering with packed integer keys and std::partial_sort.

Each eligible nurse's (shifts worked, preference, number) key is packed into one
``long long`` that orders exactly like the Python tuple, and only the needed prefix is
ordered with ``std::partial_sort`` over a reused ``std::vector`` instead of sorting
every candidate. The roster is a flat ``unsigned char`` grid; the hard-rule test is a
``cdef inline`` function and scoring walks the grid row by row without the GIL.

Keywords: scheduling, nurse rostering, constraints, shift scheduling, greedy, workforce
"""

import cython
from libc.stdlib cimport malloc, calloc, free
from libcpp.vector cimport vector
from libcpp.algorithm cimport partial_sort

from cnake_charmer.benchmarks import cython_benchmark

cdef enum Shift:
    OFF = 0
    EARLY = 1
    LATE = 2
    NIGHT = 3

cdef enum:
    MAX_STREAK = 5


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline bint eligible(const unsigned char *row, int day, int streak, int shift) noexcept nogil:
    cdef int before
    if row[day] != OFF or streak >= MAX_STREAK:
        return False
    before = row[day - 1] if day > 0 else OFF
    if before == NIGHT and shift != NIGHT:
        return False
    return not (before == LATE and shift == EARLY)


@cython_benchmark(args=(400, 364, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def nurse_roster_greedy_constraints(int nurses, int days, long long seed):
    """Return (uncovered, long night runs, isolated days off, split weekends, workload spread, preference cost, nurse 0)."""
    cdef unsigned char *roster = <unsigned char *>calloc(<size_t>nurses * days + 1, 1)
    cdef int *pref = <int *>malloc((<size_t>nurses * 4 + 1) * sizeof(int))
    cdef int *worked = <int *>calloc(nurses + 1, sizeof(int))
    cdef int *streak = <int *>calloc(nurses + 1, sizeof(int))
    cdef vector[long long] keys
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int need[4]
    cdef int nurse, day, shift, s, k, take, run, sat, most, least
    cdef long long uncovered = 0, pref_cost = 0, long_nights = 0, isolated = 0, split = 0, key
    cdef unsigned char *row
    cdef long long n = nurses
    try:
        if roster == NULL or pref == NULL or worked == NULL or streak == NULL:
            raise MemoryError()
        keys.reserve(nurses + 1)
        with nogil:
            for nurse in range(nurses):
                pref[nurse * 4] = 0
                for s in range(1, 4):
                    pref[nurse * 4 + s] = draw(&state, 4)
            for day in range(days):
                need[1] = nurses * (10 + draw(&state, 4)) // 40
                need[2] = nurses * (9 + draw(&state, 4)) // 40
                need[3] = nurses * (5 + draw(&state, 3)) // 40
                if day % 7 >= 5:
                    for s in range(1, 4):
                        need[s] = need[s] * 3 // 4
                for shift in range(1, 4):
                    keys.clear()
                    for nurse in range(nurses):
                        if eligible(roster + <size_t>nurse * days, day, streak[nurse], shift):
                            keys.push_back((<long long>worked[nurse] * 4 + pref[nurse * 4 + shift]) * n + nurse)
                    take = need[shift] if need[shift] < <int>keys.size() else <int>keys.size()
                    uncovered += need[shift] - take
                    partial_sort(keys.begin(), keys.begin() + take, keys.end())
                    for k in range(take):
                        nurse = <int>(keys[k] % n)
                        roster[<size_t>nurse * days + day] = <unsigned char>shift
                        worked[nurse] += 1
                        pref_cost += pref[nurse * 4 + shift]
                for nurse in range(nurses):
                    if roster[<size_t>nurse * days + day] != OFF:
                        streak[nurse] += 1
                    else:
                        streak[nurse] = 0
            most = 0
            least = 0
            for nurse in range(nurses):
                row = roster + <size_t>nurse * days
                if nurse == 0 or worked[nurse] > most:
                    most = worked[nurse]
                if nurse == 0 or worked[nurse] < least:
                    least = worked[nurse]
                run = 0
                for day in range(days):
                    if row[day] == NIGHT:
                        run += 1
                    else:
                        run = 0
                    if run == 4:
                        long_nights += 1
                    if 0 < day < days - 1 and row[day] == OFF and row[day - 1] != OFF and row[day + 1] != OFF:
                        isolated += 1
                sat = 5
                while sat < days - 1:
                    if (row[sat] == OFF) != (row[sat + 1] == OFF):
                        split += 1
                    sat += 7
        first = ""
        if nurses > 0:
            first = "".join(["-ELN"[roster[day]] for day in range(days if days < 14 else 14)])
        return (uncovered, long_nights, isolated, split, most - least, pref_cost, first)
    finally:
        free(roster); free(pref); free(worked); free(streak)
