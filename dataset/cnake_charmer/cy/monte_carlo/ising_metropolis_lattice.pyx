# cython: language_level=3
"""Metropolis Ising sweeps over a cython.view array of C ints.

The lattice is a ``cython.view.array`` of C ints accessed through a typed 2D
memoryview; neighbour indices wrap with precomputed tables, the two acceptance
probabilities sit in C doubles and the LCG is an unsigned C integer, so a sweep is a
pure C double loop.

Keywords: monte carlo, ising model, metropolis, statistical physics, lattice
"""

cimport cython
from cython.view cimport array as cvarray
from libc.math cimport exp

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(48, 120, 0.44, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
def ising_metropolis_lattice(int size, int sweeps, double beta, long seed):
    """Return (magnetisation, energy, accepted flips) after the given sweeps."""
    if size <= 0:
        return 0, 0, 0
    lattice = cvarray(shape=(size, size), itemsize=sizeof(int), format="i")
    wrap = cvarray(shape=(size + 2,), itemsize=sizeof(int), format="i")
    cdef int[:, ::1] s = lattice
    cdef int[::1] w = wrap
    cdef int i, j, sp, nb, de, sw
    cdef long accepted = 0, magnet = 0, energy = 0
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double p4 = exp(-beta * 4), p8 = exp(-beta * 8), p
    for i in range(size):
        for j in range(size):
            s[i, j] = 1
    w[0] = size - 1
    for i in range(size):
        w[i + 1] = i
    w[size + 1] = 0
    for sw in range(sweeps):
        for i in range(size):
            for j in range(size):
                sp = s[i, j]
                nb = s[i, w[j]] + s[i, w[j + 2]] + s[w[i], j] + s[w[i + 2], j]
                de = 2 * sp * nb
                state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                if de <= 0:
                    s[i, j] = -sp
                    accepted += 1
                else:
                    p = p4 if de == 4 else p8
                    if <double>state / 2147483648.0 < p:
                        s[i, j] = -sp
                        accepted += 1
    for i in range(size):
        for j in range(size):
            magnet += s[i, j]
            energy -= s[i, j] * (s[i, w[j + 2]] + s[w[i + 2], j])
    return magnet, energy, accepted
