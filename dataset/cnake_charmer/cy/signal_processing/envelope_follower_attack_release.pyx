# cython: language_level=3
"""Attack/release envelope follower as a C struct state machine in a nogil loop.

The follower's coefficients and running state form a C struct updated by an inline
nogil step function; the signal is synthesised on the fly with libm and the sparse
trace is stored in a malloc'd buffer, so the whole sample loop runs without the GIL.

Keywords: envelope follower, attack release, struct, inline, nogil, libc math
"""

import cython
from libc.math cimport sin, exp, fabs, log10, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Follower:
    double attack, release, env, peak
    long attacks


cdef inline double follow(Follower *f, double level) noexcept nogil:
    if level > f.env:
        f.env = f.attack * f.env + (1.0 - f.attack) * level
        f.attacks += 1
    else:
        f.env = f.release * f.env + (1.0 - f.release) * level
    if f.env > f.peak:
        f.peak = f.env
    return f.env


@cython_benchmark(args=(150000,))
@cython.cdivision(True)
def envelope_follower_attack_release(int n):
    """Track the envelope of an n-sample burst signal; return peak, mean gain dB, attacks, samples."""
    cdef double rate = 16000.0, threshold_db = -12.0, ratio = 4.0
    cdef Follower f
    f.attack = exp(-1.0 / (0.002 * rate))
    f.release = exp(-1.0 / (0.08 * rate))
    f.env = 0.0
    f.peak = 0.0
    f.attacks = 0
    cdef double burst, x, env, level_db, over, gain_db_sum = 0.0
    cdef int i, slots = (n // 5000 + 1) if n > 0 else 1
    cdef double *trace = <double *> malloc(slots * sizeof(double))
    if trace == NULL:
        raise MemoryError()
    try:
        with nogil:
            for i in range(n):
                burst = 1.0 if (i // 4000) % 2 == 0 else 0.15
                x = burst * (0.5 + 0.5 * sin(2 * M_PI * 3.0 * i / rate)) * sin(2 * M_PI * 440.0 * i / rate)
                env = follow(&f, fabs(x))
                level_db = 20.0 * log10(env + 1e-9)
                over = level_db - threshold_db
                gain_db_sum += -over * (1.0 - 1.0 / ratio) if over > 0 else 0.0
                if i % 5000 == 0:
                    trace[i // 5000] = env
        return f.peak, (gain_db_sum / n if n else 0.0), f.attacks, [trace[i] for i in range((n + 4999) // 5000)]
    finally:
        free(trace)
