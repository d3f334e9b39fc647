# distutils: language = c++
# cython: language_level=3
"""Negative-binomial superspreading outbreaks with a cdef-class generator and a C++ offspring log.

The random generator is a ``cdef class`` with ``cdef inline`` uniform, Box-Muller
normal, Marsaglia-Tsang gamma and Poisson methods working on an ``unsigned long
long`` state; the offspring log is a ``libcpp.vector[int]`` sorted with
``std::sort`` (scanned from the back for the 80 percent share), and the generation
loop is fully typed.

Keywords: epidemiology, superspreading, negative binomial, dispersion, branching process, gamma distribution, extinction probability, heterogeneity
"""

import cython
from libc.math cimport sqrt, log, cos, exp, pow, M_PI
from libcpp.vector cimport vector
from libcpp.algorithm cimport sort

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class Generator:
    cdef unsigned long long state

    def __cinit__(self, unsigned long long seed):
        self.state = seed

    cdef inline double uniform(self) noexcept:
        self.state = self.state * 6364136223846793005ULL + 1442695040888963407ULL
        return (<double>(self.state >> 11) + 0.5) / 9007199254740992.0

    cdef inline double normal(self) noexcept:
        cdef double u1 = self.uniform()
        cdef double u2 = self.uniform()
        return sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * u2)

    @cython.cdivision(True)
    cdef double gamma(self, double shape) noexcept:
        cdef double d, c, x, v, g
        if shape < 1.0:
            g = self.gamma(shape + 1.0)
            return g * pow(self.uniform(), 1.0 / shape)
        d = shape - 1.0 / 3.0
        c = 1.0 / sqrt(9.0 * d)
        while True:
            x = self.normal()
            v = 1.0 + c * x
            if v <= 0.0:
                continue
            v = v * v * v
            if log(self.uniform()) < 0.5 * x * x + d - d * v + d * log(v):
                return d * v

    @cython.cdivision(True)
    cdef int poisson(self, double mean) noexcept:
        cdef double u, p, cumulative
        cdef int count = 0
        if mean > 500.0:
            mean = 500.0
        u = self.uniform()
        p = exp(-mean)
        cumulative = p
        while u > cumulative and count < 5000:
            count += 1
            p *= mean / count
            cumulative += p
        return count


@cython_benchmark(args=(400, 2.5, 200, 77))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def superspreading_negative_binomial_outbreaks(int outbreaks, double r, int cap, unsigned long long seed):
    """Return [(k, extinction share, mean extinct size, 80% transmission share, max offspring)]."""
    cdef Generator rng = Generator(seed)
    cdef double ks[5]
    cdef vector[int] log_
    cdef int ki, o, j, current, children, biggest, used, runs
    cdef long total, produced, extinct, extinct_size, all_off, running
    cdef double k, mean_size, share
    ks[:] = [0.1, 0.25, 0.5, 1.0, 4.0]
    rows = []
    for ki in range(5):
        k = ks[ki]
        extinct = 0
        extinct_size = 0
        biggest = 0
        log_.clear()
        for o in range(outbreaks):
            current = 1
            total = 1
            while current > 0 and total <= cap:
                produced = 0
                for j in range(current):
                    children = rng.poisson(r * rng.gamma(k) / k)
                    produced += children
                    if log_.size() < 20000:
                        log_.push_back(children)
                    if children > biggest:
                        biggest = children
                current = <int>produced
                total += produced
            if current == 0:
                extinct += 1
                extinct_size += total
        all_off = 0
        for j in range(<int>log_.size()):
            all_off += log_[j]
        share = 0.0
        if all_off > 0:
            sort(log_.begin(), log_.end())
            running = 0
            used = 0
            for j in range(<int>log_.size() - 1, -1, -1):
                running += log_[j]
                used += 1
                if running * 5 >= all_off * 4:
                    break
            share = used / <double>log_.size()
        runs = outbreaks if outbreaks > 1 else 1
        mean_size = extinct_size / <double>extinct if extinct else 0.0
        rows.append((k, extinct / <double>runs, round(mean_size, 9), round(share, 9), biggest))
    return rows
