# cython: language_level=3
"""M/M/1 queue via Lindley's recursion with the C library's log.

``log`` is declared straight from ``math.h`` with ``cdef extern from``, the generator
state is an unsigned C integer threaded through a noexcept inline sampler, and the whole
customer loop runs on C doubles without the GIL.

Keywords: monte carlo, queueing, m/m/1, exponential distribution, lindley recursion
"""

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from "math.h" nogil:
    double log(double x)


cdef inline double exponential(unsigned long long *state, double rate) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return -log(<double>(state[0] + 1) / 2147483649.0) / rate


@cython_benchmark(args=(150000, 0.9, 1.0, 21))
def mm1_queue_simulation(long customers, double arrival_rate, double service_rate, long seed):
    """Return (mean wait, max wait, fraction delayed, departure time of the last)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double clock = 0.0, wait = 0.0, total_wait = 0.0, max_wait = 0.0
    cdef double departure = 0.0, previous_service = 0.0, gap, service
    cdef long k, delayed = 0
    with nogil:
        for k in range(customers):
            gap = exponential(&state, arrival_rate)
            service = exponential(&state, service_rate)
            if k > 0:
                wait = wait + previous_service - gap
                if wait < 0.0:
                    wait = 0.0
            clock += gap
            total_wait += wait
            if wait > max_wait:
                max_wait = wait
            if wait > 0.0:
                delayed += 1
            departure = clock + wait + service
            previous_service = service
    if customers <= 0:
        return 0.0, 0.0, 0.0, 0.0
    return total_wait / customers, max_wait, <double>delayed / customers, departure
