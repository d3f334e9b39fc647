# cython: language_level=3
"""Exam timetabling over 64-bit conflict bitsets: a slot test is a few AND operations.

Each course's conflicts are a row of ``uint64_t`` words and every time slot keeps a
bitset of the exams placed in it, so "does this slot hold a conflicting exam?" is an
AND over ⌈courses/64⌉ words instead of a set comprehension. Degrees come from the
compiler's popcount (``cdef extern``), the Welsh-Powell order from ``qsort`` over
structs, and per-student slot lists are sorted by insertion in small C arrays.

Keywords: scheduling, exam timetabling, graph colouring, welsh powell, conflicts, greedy
"""

import cython
from libc.stdlib cimport malloc, calloc, free, qsort
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_popcountll(unsigned long long x) nogil

cdef enum:
    SEATS_PER_SLOT = 1500
    SLOTS_PER_DAY = 3


cdef struct ExamKey:
    int degree
    int enrolment
    int exam


cdef int welsh_powell(const void *pa, const void *pb) noexcept nogil:
    cdef const ExamKey *a = <const ExamKey *>pa
    cdef const ExamKey *b = <const ExamKey *>pb
    if a.degree != b.degree:
        return b.degree - a.degree
    if a.enrolment != b.enrolment:
        return b.enrolment - a.enrolment
    return a.exam - b.exam


cdef inline int draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


cdef inline void insertion_sort(int *v, int k) noexcept nogil:
    cdef int i, j, x
    for i in range(1, k):
        x = v[i]
        j = i - 1
        while j >= 0 and v[j] > x:
            v[j + 1] = v[j]
            j -= 1
        v[j + 1] = x


@cython_benchmark(args=(700, 24000, 6, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def exam_timetabling_slot_assignment(int courses, int students, int per_student, long long seed):
    """Return (slots, fullest slot seats, conflict edges, back-to-back pairs, same-day pairs, slots of first exams)."""
    cdef int take = per_student if per_student < courses else courses
    if take < 0:
        take = 0
    cdef int words = (courses + 63) // 64 + 1
    cdef uint64_t *adj = <uint64_t *>calloc(<size_t>courses * words + 1, sizeof(uint64_t))
    cdef uint64_t *members = <uint64_t *>calloc(<size_t>courses * words + 1, sizeof(uint64_t))
    cdef int *table = <int *>malloc((<size_t>students * take + 1) * sizeof(int))
    cdef int *enrol = <int *>calloc(courses + 1, sizeof(int))
    cdef int *slot_of = <int *>malloc((courses + 1) * sizeof(int))
    cdef int *seats = <int *>calloc(courses + 1, sizeof(int))
    cdef ExamKey *order = <ExamKey *>malloc((courses + 1) * sizeof(ExamKey))
    cdef int *mine = <int *>malloc((take + 1) * sizeof(int))
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int s, i, j, k, c, a, b, e, w, got, slot, nslots = 0, fullest = 0
    cdef long long edges = 0, back_to_back = 0, same_day = 0
    cdef bint dup, clash
    cdef uint64_t *row
    cdef uint64_t *slot_row
    try:
        if (adj == NULL or members == NULL or table == NULL or enrol == NULL or slot_of == NULL
                or seats == NULL or order == NULL or mine == NULL):
            raise MemoryError()
        with nogil:
            for s in range(students):
                got = 0
                while got < take:
                    a = draw(&state, courses)
                    b = draw(&state, courses)
                    c = a if a < b else b
                    dup = False
                    for i in range(got):
                        if mine[i] == c:
                            dup = True
                            break
                    if not dup:
                        mine[got] = c
                        got += 1
                insertion_sort(mine, take)
                for i in range(take):
                    a = mine[i]
                    table[s * take + i] = a
                    enrol[a] += 1
                    for j in range(i + 1, take):
                        b = mine[j]
                        if not (adj[<size_t>a * words + (b >> 6)] >> (b & 63)) & 1:
                            adj[<size_t>a * words + (b >> 6)] |= (<uint64_t>1) << (b & 63)
                            adj[<size_t>b * words + (a >> 6)] |= (<uint64_t>1) << (a & 63)
                            edges += 1
            for e in range(courses):
                order[e].degree = 0
                row = adj + <size_t>e * words
                for w in range(words):
                    order[e].degree += __builtin_popcountll(row[w])
                order[e].enrolment = enrol[e]
                order[e].exam = e
            qsort(order, courses, sizeof(ExamKey), welsh_powell)
            for k in range(courses):
                e = order[k].exam
                row = adj + <size_t>e * words
                slot = 0
                while slot < nslots:
                    if seats[slot] + enrol[e] <= SEATS_PER_SLOT:
                        slot_row = members + <size_t>slot * words
                        clash = False
                        for w in range(words):
                            if row[w] & slot_row[w]:
                                clash = True
                                break
                        if not clash:
                            break
                    slot += 1
                if slot == nslots:
                    nslots += 1
                seats[slot] += enrol[e]
                members[<size_t>slot * words + (e >> 6)] |= (<uint64_t>1) << (e & 63)
                slot_of[e] = slot
            for slot in range(nslots):
                if seats[slot] > fullest:
                    fullest = seats[slot]
            for s in range(students):
                for i in range(take):
                    mine[i] = slot_of[table[s * take + i]]
                insertion_sort(mine, take)
                for i in range(take):
                    if i + 1 < take and mine[i + 1] == mine[i] + 1:
                        back_to_back += 1
                    for j in range(i + 1, take):
                        if mine[i] // SLOTS_PER_DAY == mine[j] // SLOTS_PER_DAY:
                            same_day += 1
        return (nslots, fullest, edges, back_to_back, same_day,
                [slot_of[i] for i in range(courses if courses < 10 else 10)])
    finally:
        free(adj); free(members); free(table); free(enrol); free(slot_of); free(seats); free(order); free(mine)
