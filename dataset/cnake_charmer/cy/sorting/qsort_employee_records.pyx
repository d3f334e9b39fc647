# cython: language_level=3
"""Multi-key record sort with libc qsort over an array of C structs.

The records are packed C structs in one malloc'd block, and libc qsort orders them
through a comparison function passed as a C function pointer; the comparator checks
department, then salary (descending), then id without any Python objects.

Keywords: multi-key sort, records, composite key, qsort, comparator
"""

import cython
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Employee:
    int dept
    int salary
    int ident

ctypedef int (*compare_fn)(const void *, const void *) noexcept nogil


cdef int by_dept_salary_id(const void *pa, const void *pb) noexcept nogil:
    cdef const Employee *a = <const Employee *>pa
    cdef const Employee *b = <const Employee *>pb
    if a.dept != b.dept:
        return -1 if a.dept < b.dept else 1
    if a.salary != b.salary:
        return -1 if a.salary > b.salary else 1
    if a.ident != b.ident:
        return -1 if a.ident < b.ident else 1
    return 0


@cython_benchmark(args=(50000, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
def qsort_employee_records(Py_ssize_t n, long long seed):
    """Return (first 10 ids, order checksum, top earner id per department)."""
    cdef Py_ssize_t size = n if n > 0 else 0
    cdef Py_ssize_t i
    cdef unsigned long long state = <unsigned long long>(seed & 0x7FFFFFFF)
    cdef long long checksum = 0
    cdef int top[16]
    cdef compare_fn cmp = by_dept_salary_id
    cdef Employee *recs = <Employee *>malloc((size + 1) * sizeof(Employee))
    if recs == NULL:
        raise MemoryError()
    try:
        for i in range(size):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            recs[i].dept = <int>(state % 16)
            recs[i].salary = <int>((state >> 4) % 50000)
            recs[i].ident = <int>i
        qsort(recs, size, sizeof(Employee), cmp)
        for i in range(16):
            top[i] = -1
        for i in range(size):
            checksum = (checksum + (i + 1) * recs[i].ident) % 1000000007
            if top[recs[i].dept] < 0:
                top[recs[i].dept] = recs[i].ident
        first = [recs[i].ident for i in range(min(10, size))]
        return first, checksum, [top[i] for i in range(16) if top[i] >= 0]
    finally:
        free(recs)
