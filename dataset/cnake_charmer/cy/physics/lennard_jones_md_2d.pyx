# cython: language_level=3
"""Molecular dynamics of a 2-D Lennard-Jones fluid in a periodic box.

The particle system is a @cython.final cdef class owning malloc'd coordinate, velocity
and force arrays (with ``cdef readonly`` size and box attributes for inspection); the
O(n^2) pair-force kernel is a nogil C method using floor from libc.math for the
minimum-image wrap, keeping the Python accumulation order.

Keywords: physics, molecular dynamics, lennard jones, velocity verlet, periodic boundary
"""

import cython
from libc.stdlib cimport malloc, free
from libc.math cimport floor

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class LJSystem:
    cdef readonly int n
    cdef readonly double box
    cdef double* x
    cdef double* y
    cdef double* vx
    cdef double* vy
    cdef double* fx
    cdef double* fy
    cdef double* ux
    cdef double* uy

    def __cinit__(self, int n, double box):
        self.n = n
        self.box = box
        self.x = <double*>malloc(8 * (n + 1) * sizeof(double))
        if self.x == NULL:
            raise MemoryError()
        self.y = self.x + (n + 1)
        self.vx = self.y + (n + 1)
        self.vy = self.vx + (n + 1)
        self.fx = self.vy + (n + 1)
        self.fy = self.fx + (n + 1)
        self.ux = self.fy + (n + 1)
        self.uy = self.ux + (n + 1)

    def __dealloc__(self):
        free(self.x)

    @cython.cdivision(True)
    cdef double forces(self) noexcept nogil:
        cdef int i, j, n = self.n
        cdef double dx, dy, r2, inv2, inv6, f, potential = 0.0, box = self.box, rc2 = 2.5 * 2.5
        for i in range(n):
            self.fx[i] = 0.0
            self.fy[i] = 0.0
        for i in range(n):
            for j in range(i + 1, n):
                dx = self.x[i] - self.x[j]
                dy = self.y[i] - self.y[j]
                dx -= box * floor(dx / box + 0.5)
                dy -= box * floor(dy / box + 0.5)
                r2 = dx * dx + dy * dy
                if r2 >= rc2:
                    continue
                inv2 = 1.0 / r2
                inv6 = inv2 * inv2 * inv2
                potential += 4.0 * (inv6 * inv6 - inv6)
                f = 24.0 * inv2 * (2.0 * inv6 * inv6 - inv6)
                self.fx[i] += f * dx
                self.fy[i] += f * dy
                self.fx[j] -= f * dx
                self.fy[j] -= f * dy
        return potential


@cython_benchmark(args=(10, 30, 0.004, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def lennard_jones_md_2d(int side, int steps, double dt, long long seed):
    """Run `steps` velocity-Verlet steps for a side x side lattice of particles."""
    cdef double spacing = 1.12
    cdef int n = side * side, i, s
    cdef LJSystem sys = LJSystem(n, side * spacing)
    cdef long long state = seed & 0x7FFFFFFF
    cdef double potential, kinetic = 0.0, msd = 0.0, box = sys.box, ex, ey
    for i in range(n):
        sys.x[i] = (i % side + 0.5) * spacing
        sys.y[i] = (i // side + 0.5) * spacing
        sys.ux[i] = sys.x[i]
        sys.uy[i] = sys.y[i]
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        sys.vx[i] = state / 2147483648.0 - 0.5
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        sys.vy[i] = state / 2147483648.0 - 0.5
    potential = sys.forces()
    for s in range(steps):
        for i in range(n):
            sys.vx[i] += 0.5 * dt * sys.fx[i]
            sys.vy[i] += 0.5 * dt * sys.fy[i]
            sys.x[i] += dt * sys.vx[i]
            sys.y[i] += dt * sys.vy[i]
            sys.ux[i] += dt * sys.vx[i]
            sys.uy[i] += dt * sys.vy[i]
            sys.x[i] -= box * floor(sys.x[i] / box)
            sys.y[i] -= box * floor(sys.y[i] / box)
        potential = sys.forces()
        for i in range(n):
            sys.vx[i] += 0.5 * dt * sys.fx[i]
            sys.vy[i] += 0.5 * dt * sys.fy[i]
    for i in range(n):
        kinetic += 0.5 * (sys.vx[i] * sys.vx[i] + sys.vy[i] * sys.vy[i])
    for i in range(n):
        ex = sys.ux[i] - (i % side + 0.5) * spacing
        ey = sys.uy[i] - (i // side + 0.5) * spacing
        msd += ex * ex + ey * ey
    return (kinetic, potential, msd / n, (sys.x[0], sys.y[0]))
