# cython: language_level=3
"""Clarke-Wright savings with qsort on saving structs and O(1) endpoint merges.

Savings are ``Saving`` structs sorted by libc ``qsort`` through a typed comparator
function pointer; routes
are represented only by their endpoints (each endpoint stores the other end and the
route load), which is all the merge rule needs, so a merge is constant time instead of
list concatenation. The total length is the sum of out-and-back trips minus the
savings of accepted merges.

Keywords: optimization, vehicle routing, clarke wright, savings heuristic, logistics
"""

from libc.stdlib cimport malloc, free, qsort
from libc.math cimport hypot

from cnake_charmer.benchmarks import cython_benchmark


ctypedef int (*compare_fn)(const void *, const void *) noexcept nogil


cdef struct Saving:
    double value
    int i
    int j


cdef int cmp_saving(const void *pa, const void *pb) noexcept nogil:
    cdef const Saving *a = <const Saving *>pa
    cdef const Saving *b = <const Saving *>pb
    if a.value > b.value:
        return -1
    if a.value < b.value:
        return 1
    if a.i != b.i:
        return -1 if a.i < b.i else 1
    return -1 if a.j < b.j else (1 if a.j > b.j else 0)


@cython_benchmark(args=(320, 100, 7))
def clarke_wright_savings_routes(int customers, int capacity, long seed):
    """Return (number of routes, total route length, sorted route loads)."""
    cdef int n = customers if customers > 0 else 0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double *xs = <double *>malloc((n + 1) * sizeof(double))
    cdef double *ys = <double *>malloc((n + 1) * sizeof(double))
    cdef int *demand = <int *>malloc((n + 1) * sizeof(int))
    cdef int *other = <int *>malloc((n + 1) * sizeof(int))
    cdef long *load = <long *>malloc((n + 1) * sizeof(long))
    cdef unsigned char *is_end = <unsigned char *>malloc(n + 1)
    cdef long m = <long>n * (n - 1) // 2 if n > 1 else 0
    cdef Saving *sv = <Saving *>malloc((m + 1) * sizeof(Saving))
    if not (xs and ys and demand and other and load and is_end and sv):
        free(xs); free(ys); free(demand); free(other); free(load); free(is_end); free(sv)
        raise MemoryError()
    cdef int i, j, ei, ej, routes = n
    cdef long k, total_load
    cdef double total = 0.0
    cdef compare_fn order_by
    try:
        xs[0] = 50.0
        ys[0] = 50.0
        for i in range(1, n + 1):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            xs[i] = <double>((state >> 8) % 101)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            ys[i] = <double>((state >> 8) % 101)
        for i in range(1, n + 1):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            demand[i] = 1 + <int>((state >> 8) % 20)
            if demand[i] > capacity:
                raise ValueError("a customer's demand exceeds the vehicle capacity")
        k = 0
        for i in range(1, n + 1):
            for j in range(i + 1, n + 1):
                sv[k].value = (hypot(xs[0] - xs[i], ys[0] - ys[i]) + hypot(xs[0] - xs[j], ys[0] - ys[j])
                               - hypot(xs[i] - xs[j], ys[i] - ys[j]))
                sv[k].i = i
                sv[k].j = j
                k += 1
        order_by = cmp_saving
        qsort(sv, m, sizeof(Saving), order_by)
        for i in range(1, n + 1):
            other[i] = i
            load[i] = demand[i]
            is_end[i] = 1
            total += 2.0 * hypot(xs[0] - xs[i], ys[0] - ys[i])
        for k in range(m):
            i = sv[k].i
            j = sv[k].j
            if not is_end[i] or not is_end[j] or other[i] == j:
                continue
            if load[i] + load[j] > capacity:
                continue
            ei = other[i]
            ej = other[j]
            total_load = load[i] + load[j]
            if ei != i:
                is_end[i] = 0
            if ej != j:
                is_end[j] = 0
            other[ei] = ej
            other[ej] = ei
            load[ei] = total_load
            load[ej] = total_load
            total -= sv[k].value
            routes -= 1
        loads = sorted([load[i] for i in range(1, n + 1) if is_end[i] and other[i] >= i])
    finally:
        free(xs); free(ys); free(demand); free(other); free(load); free(is_end); free(sv)
    return routes, total, loads
