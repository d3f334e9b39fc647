# cython: language_level=3
"""Ross-Macdonald vector model sweep with a cdef class ring buffer for mosquito cohorts.

The deque of infected mosquito cohorts becomes a ``cdef class`` owning a malloc'd
ring buffer (``__cinit__``/``__dealloc__``), rotated by moving a head index rather
than shifting elements; the daily update is a ``nogil`` method using ``libc.math``.

Keywords: epidemiology, vector-borne, malaria, ross-macdonald, mosquito, extrinsic incubation, seasonality, basic reproduction number
"""

import cython
from libc.math cimport sin, log, pow, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class CohortRing:
    cdef double *buf
    cdef int size
    cdef int head

    def __cinit__(self, int size):
        self.size = size
        self.head = 0
        self.buf = <double *>malloc((size + 1) * sizeof(double))
        if self.buf == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.buf)

    @cython.boundscheck(False)
    @cython.wraparound(False)
    @cython.cdivision(True)
    cdef void run(self, double a, double m0, int days, double *final, double *peak_out) noexcept nogil:
        cdef double b = 0.3, c = 0.4, p = 0.9, r = 0.01, hosts = 1000.0
        cdef double prevalence = 0.01, infectious = 0.0, susceptible = m0 * hosts, peak = 0.01
        cdef double ratio, newly, matured, exposed, bites, left
        cdef int day, k, n = self.size, idx
        for k in range(n):
            self.buf[k] = 0.0
        self.head = 0
        for day in range(days):
            ratio = m0 * (1.0 + 0.6 * sin(2.0 * M_PI * day / 365.0))
            newly = a * c * prevalence * susceptible
            # the oldest cohort sits just before head (logical index n-1)
            idx = (self.head + n - 1) % n
            matured = self.buf[idx]
            infectious = p * (infectious + matured)
            self.head = idx
            self.buf[idx] = newly
            for k in range(1, n):
                idx = (self.head + k) % n
                self.buf[idx] *= p
            exposed = 0.0
            for k in range(n):
                exposed += self.buf[(self.head + k) % n]
            left = ratio * hosts - exposed - infectious
            susceptible = left if left > 0.0 else 0.0
            bites = a * b * infectious / hosts
            prevalence += bites * (1.0 - prevalence) - r * prevalence
            if prevalence > peak:
                peak = prevalence
        final[0] = prevalence
        peak_out[0] = peak


@cython_benchmark(args=(12, 730, 10))
@cython.cdivision(True)
def ross_macdonald_vector_sweep(int grid, int days, int eip):
    """Return ([(a, m, R0, final prevalence, peak prevalence)], count of scenarios with R0 > 1, count endemic at end)."""
    cdef double b = 0.3, c = 0.4, p = 0.9, r = 0.01
    cdef double a, m0, r0, final = 0.0, peak = 0.0
    cdef int ia, im, above = 0, endemic = 0
    cdef CohortRing ring = CohortRing(eip)
    rows = []
    for ia in range(grid):
        a = 0.05 + 0.3 * ia / grid
        for im in range(grid):
            m0 = 0.5 + 20.0 * im / grid
            r0 = m0 * a * a * b * c * pow(p, eip) / (r * -log(p))
            with nogil:
                ring.run(a, m0, days, &final, &peak)
            rows.append((round(a, 9), round(m0, 9), round(r0, 9), round(final, 9), round(peak, 9)))
            if r0 > 1.0:
                above += 1
            if final > 0.01:
                endemic += 1
    return (rows, above, endemic)
