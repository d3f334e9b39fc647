# cython: language_level=3
"""Lattice Boltzmann (D2Q9, BGK) simulation of body-force-driven channel flow.

The distributions are a 3-D C-contiguous double memoryview f[y, x, q] (and a second
one for streaming, swapped each step); lattice velocities, weights and opposites are
constant C arrays, and the moment sums are unrolled in the same order as the Python
sums so the flow is bit-identical.

Keywords: physics, lattice boltzmann, d2q9, bgk, fluid dynamics, poiseuille flow
"""

import cython
from cython.view cimport array as cvarray

from cnake_charmer.benchmarks import cython_benchmark

cdef int EX[9]
cdef int EY[9]
cdef int OPP[9]
cdef double W[9]
EX[:] = [0, 1, 0, -1, 0, 1, -1, -1, 1]
EY[:] = [0, 0, 1, 0, -1, 1, 1, -1, -1]
OPP[:] = [0, 3, 4, 1, 2, 7, 8, 5, 6]
W[:] = [4 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 9.0, 1 / 36.0, 1 / 36.0, 1 / 36.0, 1 / 36.0]


cdef inline void moments(double[:, :, ::1] f, int y, int x, double* rho, double* ux, double* uy) noexcept nogil:
    cdef int q
    cdef double r = 0.0, mx = 0.0, my = 0.0
    for q in range(9):
        r += f[y, x, q]
    for q in range(9):
        mx += f[y, x, q] * EX[q]
    for q in range(9):
        my += f[y, x, q] * EY[q]
    rho[0] = r
    ux[0] = mx / r
    uy[0] = my / r


@cython_benchmark(args=(24, 14, 40, 0.8, 1e-5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def lattice_boltzmann_channel(int nx, int ny, int steps, double tau, double force):
    """Run `steps` D2Q9 updates on an nx x ny periodic channel."""
    cdef double[:, :, ::1] f = cvarray(shape=(ny, nx, 9), itemsize=sizeof(double), format="d")
    cdef double[:, :, ::1] g = cvarray(shape=(ny, nx, 9), itemsize=sizeof(double), format="d")
    cdef double[:, :, ::1] t
    cdef int x, y, q, s, tx, ty
    cdef double rho, ux, uy, usq, eu, feq, row_u, total_u = 0.0, mass = 0.0
    for y in range(ny):
        for x in range(nx):
            for q in range(9):
                f[y, x, q] = W[q]
    for s in range(steps):
        for y in range(ny):
            for x in range(nx):
                moments(f, y, x, &rho, &ux, &uy)
                usq = ux * ux + uy * uy
                for q in range(9):
                    eu = EX[q] * ux + EY[q] * uy
                    feq = W[q] * rho * (1 + 3 * eu + 4.5 * eu * eu - 1.5 * usq)
                    f[y, x, q] += -(f[y, x, q] - feq) / tau + 3 * W[q] * EX[q] * force
        g[:, :, :] = 0.0
        for y in range(ny):
            for x in range(nx):
                for q in range(9):
                    tx = (x + EX[q] + nx) % nx
                    ty = y + EY[q]
                    if ty < 0 or ty >= ny:
                        g[y, x, OPP[q]] += f[y, x, q]
                    else:
                        g[ty, tx, q] += f[y, x, q]
        t = f
        f = g
        g = t
    profile = []
    for y in range(ny):
        row_u = 0.0
        for x in range(nx):
            moments(f, y, x, &rho, &ux, &uy)
            mass += rho
            row_u += ux
        profile.append(row_u / nx)
        total_u += row_u
    return (total_u / (nx * ny), profile[ny // 2], profile[::max(1, ny // 5)], mass)
