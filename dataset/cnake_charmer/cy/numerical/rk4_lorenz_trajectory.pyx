# cython: language_level=3
"""RK4 Lorenz integration with a C struct state and an inline derivative.

The state and the four stage derivatives are C structs passed by value to an inline
nogil derivative function, so each step is a handful of floating-point operations with
no tuple allocation. The arithmetic order matches the Python side exactly.

Keywords: ode, runge kutta, rk4, lorenz attractor, struct, inline
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef struct Vec3:
    double x
    double y
    double z

cdef double SIGMA = 10.0
cdef double RHO = 28.0
cdef double BETA = 8.0 / 3.0


cdef inline Vec3 lorenz(double x, double y, double z) noexcept nogil:
    cdef Vec3 d
    d.x = SIGMA * (y - x)
    d.y = x * (RHO - z) - y
    d.z = x * y - BETA * z
    return d


@cython_benchmark(args=(40000,))
@cython.cdivision(True)
def rk4_lorenz_trajectory(int steps):
    """Take steps RK4 steps of size 0.002; return sampled states and max z."""
    cdef double dt = 0.002
    cdef double x = 1.0, y = 1.0, z = 1.0
    cdef double max_z = z
    cdef Vec3 k1, k2, k3, k4
    cdef int step
    cdef int stride = steps // 8 if steps // 8 > 1 else 1
    cdef list samples = []
    for step in range(steps):
        k1 = lorenz(x, y, z)
        k2 = lorenz(x + dt / 2 * k1.x, y + dt / 2 * k1.y, z + dt / 2 * k1.z)
        k3 = lorenz(x + dt / 2 * k2.x, y + dt / 2 * k2.y, z + dt / 2 * k2.z)
        k4 = lorenz(x + dt * k3.x, y + dt * k3.y, z + dt * k3.z)
        x += dt / 6 * (k1.x + 2 * k2.x + 2 * k3.x + k4.x)
        y += dt / 6 * (k1.y + 2 * k2.y + 2 * k3.y + k4.y)
        z += dt / 6 * (k1.z + 2 * k2.z + 2 * k3.z + k4.z)
        if z > max_z:
            max_z = z
        if step % stride == 0:
            samples.append((x, y, z))
    samples.append((x, y, z))
    return samples, max_z
