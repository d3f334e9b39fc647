# cython: language_level=3
"""Final-size distribution of Reed-Frost chain-binomial outbreaks with C counters.

The Counter of final sizes becomes a calloc'd ``long[population + 1]`` histogram, the
escape probability uses ``libc.math.pow``, and the Bernoulli draws per generation run
in a typed inner loop over an ``unsigned int`` generator state without the GIL.

Keywords: epidemiology, reed-frost, chain binomial, final size, stochastic epidemic, outbreak, generations
"""

import cython
from libc.math cimport pow
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(300, 600, 0.006, 2, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def reed_frost_final_size_distribution(int population, int outbreaks, double p, int initial, long long seed):
    """Return (sorted (final size, count) pairs, minor share, mean generations, mean curve of first 8 generations)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef long *hist = <long *>calloc(population + 1, sizeof(long))
    cdef long curve_sum[8]
    cdef int o, k, susceptible, infective, final, generation, new_cases, runs
    cdef long minor = 0, total_generations = 0
    cdef double escape
    if hist == NULL:
        raise MemoryError()
    try:
        if initial > population:
            initial = population
        for k in range(8):
            curve_sum[k] = 0
        with nogil:
            for o in range(outbreaks):
                susceptible = population - initial
                infective = initial
                final = initial
                generation = 0
                while infective > 0:
                    escape = pow(1.0 - p, <double>infective)
                    new_cases = 0
                    for k in range(susceptible):
                        state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
                        if (state >> 7) / 16777216.0 >= escape:
                            new_cases += 1
                    if generation < 8:
                        curve_sum[generation] += infective
                    susceptible -= new_cases
                    final += new_cases
                    infective = new_cases
                    generation += 1
                hist[final] += 1
                total_generations += generation
                if final * 10 < population:
                    minor += 1
        runs = outbreaks if outbreaks > 1 else 1
        pairs = [(k, hist[k]) for k in range(population + 1) if hist[k] > 0]
        curve = [round(curve_sum[k] / <double>runs, 9) for k in range(8)]
        return (pairs, minor / <double>runs, total_generations / <double>runs, curve)
    finally:
        free(hist)
