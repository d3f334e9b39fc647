# cython: language_level=3
"""Dimer random sequential adsorption on a flat unsigned-char lattice inside nogil loops.

The surface is one malloc'd ``unsigned char`` block indexed ``x * L + y``; the 64-bit
generator, the periodic neighbour arithmetic and the occupancy tests run without the
GIL, the direction table is a static C array, and the final jamming census reads the
same block.

Keywords: chemistry, surface chemistry, adsorption, random sequential adsorption, dimers, jamming, lattice model
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef int DX[4]
cdef int DY[4]
DX[:] = [0, 1, 0, -1]
DY[:] = [1, 0, -1, 0]


cdef inline long long _draw(unsigned long long *state, long long k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return <long long>((state[0] >> 33) % <unsigned long long>k)


@cython_benchmark(args=(160, 15, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dimer_random_sequential_adsorption(int size, int sweeps, unsigned long long seed):
    """Return (coverage per sweep, horizontal dimers, vertical dimers, open pairs, isolated holes)."""
    cdef unsigned long long state = seed
    cdef long long area = <long long>size * size
    cdef unsigned char *surface = <unsigned char *>calloc(area + 1, 1)
    cdef long long occupied = 0, horizontal = 0, vertical = 0, open_pairs = 0, isolated = 0
    cdef long long attempt, site
    cdef int sweep, d, x, y, nx, ny, free_nb
    cdef list coverage = []
    try:
        for sweep in range(sweeps):
            with nogil:
                for attempt in range(area):
                    site = _draw(&state, area)
                    d = <int>_draw(&state, 4)
                    x = <int>(site // size)
                    y = <int>(site % size)
                    nx = (x + DX[d] + size) % size
                    ny = (y + DY[d] + size) % size
                    if not surface[x * size + y] and not surface[nx * size + ny] and (x != nx or y != ny):
                        surface[x * size + y] = 1
                        surface[nx * size + ny] = 1
                        occupied += 2
                        if DX[d] == 0:
                            horizontal += 1
                        else:
                            vertical += 1
            coverage.append(occupied / <double>area)
        with nogil:
            for x in range(size):
                for y in range(size):
                    if surface[x * size + y]:
                        continue
                    free_nb = 0
                    for d in range(4):
                        nx = (x + DX[d] + size) % size
                        ny = (y + DY[d] + size) % size
                        if not surface[nx * size + ny] and (nx != x or ny != y):
                            free_nb += 1
                    if free_nb == 0:
                        isolated += 1
                    nx = (x + 1) % size
                    if not surface[nx * size + y] and nx != x:
                        open_pairs += 1
                    ny = (y + 1) % size
                    if not surface[x * size + ny] and ny != y:
                        open_pairs += 1
    finally:
        free(surface)
    return (coverage, horizontal, vertical, open_pairs, isolated)
