# cython: language_level=3
"""Bootstrap medians by in-place quickselect, with qsort for the final percentiles.

Resamples are written into a reused malloc'ed buffer and the median is found with an
expected-linear quickselect instead of a full sort; the replicate medians are ordered
once with libc ``qsort`` whose comparator is held in a ``ctypedef`` function-pointer
type.

Keywords: monte carlo, bootstrap, median, confidence interval, resampling, statistics
"""

from libc.stdlib cimport malloc, free, qsort
from libc.math cimport log

from cnake_charmer.benchmarks import cython_benchmark

ctypedef int (*compare_t)(const void *, const void *) noexcept nogil


cdef int cmp_double(const void *a, const void *b) noexcept nogil:
    cdef double x = (<const double *>a)[0], y = (<const double *>b)[0]
    return (x > y) - (x < y)


cdef double select_kth(double *a, int n, int k) noexcept nogil:
    """Rearrange a so that a[k] is the k-th smallest and a[:k] <= a[k]; return a[k]."""
    cdef int lo = 0, hi = n - 1, i, j
    cdef double pivot, t
    while lo < hi:
        pivot = a[(lo + hi) // 2]
        i = lo
        j = hi
        while i <= j:
            while a[i] < pivot:
                i += 1
            while a[j] > pivot:
                j -= 1
            if i <= j:
                t = a[i]; a[i] = a[j]; a[j] = t
                i += 1
                j -= 1
        if k <= j:
            hi = j
        elif k >= i:
            lo = i
        else:
            break
    return a[k]


cdef inline double median_of(double *buf, int size) noexcept nogil:
    cdef int mid = size // 2, i
    cdef double upper = select_kth(buf, size, mid), lower
    if size % 2:
        return upper
    lower = buf[0]
    for i in range(1, mid):
        if buf[i] > lower:
            lower = buf[i]
    return 0.5 * (lower + upper)


@cython_benchmark(args=(1000, 401, 23))
def bootstrap_median_interval(int replicates, int size, long seed):
    """Return (2.5% median, 97.5% median, mean of medians, sample median)."""
    if size <= 0 or replicates <= 0:
        return 0.0, 0.0, 0.0, 0.0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double *sample = <double *>malloc(size * sizeof(double))
    cdef double *work = <double *>malloc(size * sizeof(double))
    cdef double *medians = <double *>malloc(replicates * sizeof(double))
    cdef compare_t cmp = cmp_double
    cdef int i, r
    cdef double total = 0.0, low, high, median
    if sample == NULL or work == NULL or medians == NULL:
        free(sample); free(work); free(medians)
        raise MemoryError()
    try:
        with nogil:
            for i in range(size):
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                sample[i] = -log(<double>(state + 1) / 2147483649.0)
            for r in range(replicates):
                for i in range(size):
                    state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                    work[i] = sample[(state >> 4) % <unsigned long long>size]
                medians[r] = median_of(work, size)
            qsort(medians, replicates, sizeof(double), cmp)
            for r in range(replicates):
                total += medians[r]
            low = medians[<int>(0.025 * (replicates - 1))]
            high = medians[<int>(0.975 * (replicates - 1))]
            median = median_of(sample, size)
        return low, high, total / replicates, median
    finally:
        free(sample)
        free(work)
        free(medians)
