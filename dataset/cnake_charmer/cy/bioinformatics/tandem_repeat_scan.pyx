# cython: language_level=3
"""Tandem repeat scan over a byte buffer, with repeats kept in a growable C struct array.

The shifted self-comparison runs in a ``nogil`` loop over a malloc'd sequence; each
accepted repeat is a small C struct appended to a ``realloc``-grown array, primitivity of
the unit is tested by comparing it with its own shifts by the proper divisors of the
period, and the five longest are taken after a ``qsort`` with a C comparator.

Keywords: bioinformatics, tandem repeat, microsatellite, str, dna, periodicity, strings
"""

import cython
from libc.stdlib cimport malloc, realloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Repeat:
    int span
    int start
    int period


cdef struct Store:
    Repeat *items
    int count
    int capacity


cdef int _by_length(const void *pa, const void *pb) noexcept nogil:
    cdef const Repeat *a = <const Repeat *>pa
    cdef const Repeat *b = <const Repeat *>pb
    if a.span != b.span:
        return -1 if a.span > b.span else 1
    if a.start != b.start:
        return -1 if a.start < b.start else 1
    return a.period - b.period


cdef bint _primitive(const char *unit, int period) noexcept nogil:
    cdef int d, i
    cdef bint same
    for d in range(1, period):
        if period % d:
            continue
        same = True
        for i in range(d, period):
            if unit[i] != unit[i - d]:
                same = False
                break
        if same:
            return False
    return True


cdef int _record(Store *store, const char *dna, int start, int run, int period) noexcept nogil:
    cdef int span = run + period
    cdef Repeat *grown
    if span // period < 3 or not _primitive(dna + start, period):
        return 0
    if store.count == store.capacity:
        store.capacity = store.capacity * 2 + 16
        grown = <Repeat *>realloc(store.items, store.capacity * sizeof(Repeat))
        if grown == NULL:
            return -1
        store.items = grown
    store.items[store.count].span = span
    store.items[store.count].start = start
    store.items[store.count].period = period
    store.count += 1
    return 0


@cython_benchmark(args=(150000, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def tandem_repeat_scan(int n, long long seed):
    """Return (repeats per period 1..6, repeats, bases covered, five longest (length, start, unit))."""
    cdef const char *letters = b"ACGT"
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef char *dna = <char *>malloc(n + 128)
    cdef char unit[6]
    cdef Store store
    store.items = NULL
    store.count = 0
    store.capacity = 0
    cdef int size = 0, ulen, copies, c, k, period, run, i, failed = 0
    cdef long long covered = 0
    cdef int per_period[6]
    try:
        if dna == NULL:
            raise MemoryError()
        while size < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 150 == 0:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                ulen = 1 + (state >> 16) % 6
                for k in range(ulen):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    unit[k] = letters[(state >> 16) % 4]
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                copies = 3 + (state >> 16) % 10
                for c in range(copies):
                    for k in range(ulen):
                        dna[size + k] = unit[k]
                    size += ulen
            else:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                dna[size] = letters[(state >> 16) % 4]
                size += 1
        for k in range(6):
            per_period[k] = 0
        with nogil:
            for period in range(1, 7):
                run = 0
                for i in range(n - period):
                    if dna[i] == dna[i + period]:
                        run += 1
                    else:
                        failed |= _record(&store, dna, i - run, run, period)
                        run = 0
                if n > period:
                    failed |= _record(&store, dna, n - period - run, run, period)
            for k in range(store.count):
                per_period[store.items[k].period - 1] += 1
                covered += store.items[k].span
            qsort(store.items, store.count, sizeof(Repeat), _by_length)
        if failed:
            raise MemoryError()
        longest = [(store.items[k].span, store.items[k].start,
                    dna[store.items[k].start:store.items[k].start + store.items[k].period].decode("ascii"))
                   for k in range(store.count if store.count < 5 else 5)]
        return ([per_period[k] for k in range(6)], store.count, covered, longest)
    finally:
        free(dna)
        free(store.items)
