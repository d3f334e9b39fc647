# cython: language_level=3
"""TCP CUBIC flows sharing a bottleneck — flow state in a cdef class of C arrays.

A ``cdef class`` owns the per-flow doubles (window, W_max, K, epoch, delivered) in
arrays allocated in ``__cinit__`` and released in ``__dealloc__``; the millisecond
loop is a ``nogil`` method using libm ``pow`` and ``cbrt`` directly, so no Flow
objects, attribute lookups or float boxing happen per tick.

Keywords: networking, tcp cubic, congestion control, cubic function, rtt fairness, bottleneck queue, simulation
"""

import cython
from libc.math cimport pow, cbrt
from libc.stdlib cimport calloc, free
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef double C = 0.4
cdef double BETA = 0.7


cdef class CubicFlows:
    cdef int n
    cdef double *rtt
    cdef double *cwnd
    cdef double *w_max
    cdef double *w_last_max
    cdef double *k
    cdef double *rate
    cdef double *delivered
    cdef long long *epoch
    cdef long long *losses
    cdef uint64_t state
    cdef double peak

    def __cinit__(self, int n, long long seed):
        self.n = n
        self.rtt = <double *>calloc(n + 1, sizeof(double))
        self.cwnd = <double *>calloc(n + 1, sizeof(double))
        self.w_max = <double *>calloc(n + 1, sizeof(double))
        self.w_last_max = <double *>calloc(n + 1, sizeof(double))
        self.k = <double *>calloc(n + 1, sizeof(double))
        self.rate = <double *>calloc(n + 1, sizeof(double))
        self.delivered = <double *>calloc(n + 1, sizeof(double))
        self.epoch = <long long *>calloc(n + 1, sizeof(long long))
        self.losses = <long long *>calloc(n + 1, sizeof(long long))
        if not (self.rtt and self.cwnd and self.w_max and self.w_last_max and self.k and self.rate
                and self.delivered and self.epoch and self.losses):
            raise MemoryError()
        self.state = <uint64_t>seed
        self.peak = 0.0
        cdef int i
        for i in range(n):
            self.rtt[i] = <double>(10 + self.draw(190))
            self.cwnd[i] = 10.0
            self.w_max[i] = 10.0

    def __dealloc__(self):
        free(self.rtt); free(self.cwnd); free(self.w_max); free(self.w_last_max); free(self.k)
        free(self.rate); free(self.delivered); free(self.epoch); free(self.losses)

    cdef inline uint64_t draw(self, uint64_t k) noexcept nogil:
        self.state = self.state * 6364136223846793005ULL + 1442695040888963407ULL
        return (self.state >> 33) % k

    @cython.cdivision(True)
    cdef void run(self, long long ticks, double capacity, double buffer) noexcept nogil:
        cdef long long now
        cdef int i, victim
        cdef double t, cubic, friendly, w, total_rate, scale, pick, queue = 0.0
        cdef double slope = 3.0 * (1.0 - BETA) / (1.0 + BETA)
        for now in range(1, ticks + 1):
            total_rate = 0.0
            for i in range(self.n):
                t = <double>(now - self.epoch[i]) / 1000.0
                cubic = C * pow(t - self.k[i], 3.0) + self.w_max[i]
                friendly = self.w_max[i] * BETA + slope * (t * 1000.0 / self.rtt[i])
                w = cubic
                if friendly > w:
                    w = friendly
                if 2.0 > w:
                    w = 2.0
                self.cwnd[i] = w
                self.rate[i] = w / self.rtt[i]
                total_rate += self.rate[i]
            if total_rate > capacity:
                scale = capacity / total_rate
                for i in range(self.n):
                    self.delivered[i] += self.rate[i] * scale
            else:
                for i in range(self.n):
                    self.delivered[i] += self.rate[i]
            queue = queue + total_rate - capacity
            if queue < 0.0:
                queue = 0.0
            if queue > self.peak:
                self.peak = queue
            if queue > buffer:
                queue = buffer
                pick = <double>self.draw(1000000) / 1000000.0 * total_rate
                victim = self.n - 1
                for i in range(self.n):
                    if pick < self.rate[i]:
                        victim = i
                        break
                    pick -= self.rate[i]
                self.losses[victim] += 1
                w = self.cwnd[victim]
                if w < self.w_last_max[victim]:
                    self.w_last_max[victim] = w
                    self.w_max[victim] = w * (1.0 + BETA) / 2.0
                else:
                    self.w_last_max[victim] = w
                    self.w_max[victim] = w
                self.cwnd[victim] = w * BETA
                self.k[victim] = cbrt(self.w_max[victim] * (1.0 - BETA) / C)
                self.epoch[victim] = now


@cython_benchmark(args=(6, 80000, 1.5, 60.0, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def tcp_cubic_window_growth(int flows, long long ticks, double capacity, double buffer, long long seed):
    """Return (delivered per flow, losses per flow, final windows, peak queue, Jain fairness)."""
    cdef CubicFlows sim = CubicFlows(flows, seed)
    cdef double total = 0.0, square_sum = 0.0, fairness = 0.0
    cdef int i
    with nogil:
        sim.run(ticks, capacity, buffer)
        for i in range(flows):
            total += sim.delivered[i]
            square_sum += sim.delivered[i] * sim.delivered[i]
    if square_sum > 0:
        fairness = total * total / (flows * square_sum)
    return ([sim.delivered[i] for i in range(flows)], [sim.losses[i] for i in range(flows)],
            [sim.cwnd[i] for i in range(flows)], sim.peak, fairness)
