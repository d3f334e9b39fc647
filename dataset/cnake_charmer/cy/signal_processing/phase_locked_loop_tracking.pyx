# cython: language_level=3
"""Digital PLL as a final cdef class with public state and a cdef inline step.

The loop state (phase, frequency, integrator) and gains are C double fields of an
extension type, exposed read/write with cdef public; the per-sample step is a cdef
inline method using libm, so the tracking loop runs as direct C calls.

Keywords: phase locked loop, cdef class, public attributes, inline method, libc math
"""

import cython
from libc.math cimport sin, cos, sqrt, pow, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class PhaseLockedLoop:
    cdef public double phase, freq, centre, integrator, kp, ki

    def __init__(self, double centre, double kp, double ki):
        self.phase = 0.0
        self.freq = centre
        self.centre = centre
        self.integrator = 0.0
        self.kp = kp
        self.ki = ki

    cdef inline double step(self, double sample) noexcept:
        cdef double error = sample * -sin(self.phase)
        self.integrator += self.ki * error
        self.freq = self.centre + self.kp * error + self.integrator
        self.phase += self.freq
        if self.phase > M_PI:
            self.phase -= 2.0 * M_PI
        return self.freq


@cython_benchmark(args=(120000,))
@cython.cdivision(True)
def phase_locked_loop_tracking(int n):
    """Track an FM carrier for n samples; return RMS error, final frequency, phase, samples."""
    cdef PhaseLockedLoop pll = PhaseLockedLoop(0.2, 0.08, 0.002)
    cdef unsigned long long state = 5678
    cdef double phase = 0.3, err2 = 0.0, true_freq, sample, estimate
    cdef long counted = 0
    cdef int i
    cdef list samples = []
    for i in range(n):
        true_freq = 0.2 + 0.01 * sin(2 * M_PI * i / 20000.0)
        phase += true_freq
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        sample = cos(phase) + 0.2 * (state / <double> 0x7FFFFFFF - 0.5)
        estimate = pll.step(sample)
        if i >= 2000:
            err2 += pow(estimate - true_freq, 2.0)
            counted += 1
        if i % 10000 == 0:
            samples.append(estimate)
    rms = sqrt(err2 / counted) if counted else 0.0
    return rms, pll.freq, pll.phase, samples
