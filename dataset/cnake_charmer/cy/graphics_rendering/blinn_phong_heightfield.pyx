# cython: language_level=3
"""Shading a seeded Gaussian-bump height field with the Blinn–Phong reflection model — 2-D typed memoryviews.

Heights live in a 2-D C-contiguous typed memoryview over a ``cython.view`` array and
the bumps are ``Hill`` structs; the bump sum and the per-cell shading (central-difference
normal, Lambert and Blinn–Phong terms with libc ``exp``/``pow``) run without the GIL on
C doubles, with the statistics gathered in the same pass.

Keywords: graphics, blinn phong, shading, height field, surface normals, specular highlight
"""

import cython
from cython.view cimport array as cvarray
from libc.math cimport sqrt, exp, pow
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Hill:
    double x
    double y
    double amplitude
    double spread


@cython_benchmark(args=(200, 14, 40, 8))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def blinn_phong_heightfield(int size, int bumps, int shininess, long long seed):
    """Shade a size x size height field made of `bumps` seeded Gaussians."""
    if size <= 0:
        return ([0] * 16, 0, (-1, -1), 0, 0.0)
    cdef double[:, ::1] height = cvarray(shape=(size, size), itemsize=sizeof(double), format="d")
    cdef Hill *hills = <Hill *>malloc((bumps + 1) * sizeof(Hill))
    cdef long long state = seed & 0x7FFFFFFF
    cdef double u[4]
    cdef int i, k, x, y, left, right, up, down, v, brightest = -1, bx = -1, by = -1
    cdef double h, ddx, ddy, sx, sy, nx, ny, nz, length, diffuse, spec, albedo, colour, total_height = 0.0
    cdef double lx, ly, lz, hx, hy, hz
    cdef long long checksum = 0, highlights = 0
    cdef long long histogram[16]
    if hills == NULL:
        raise MemoryError()
    try:
        for i in range(bumps):
            for k in range(4):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                u[k] = (state >> 8) / 8388608.0
            hills[i].x = u[0] * size
            hills[i].y = u[1] * size
            hills[i].amplitude = 4.0 + u[2] * 20.0
            hills[i].spread = 2.0 + u[3] * size / 6.0
        length = sqrt(-0.5 * -0.5 + 0.6 * 0.6 + 0.65 * 0.65)
        lx = -0.5 / length
        ly = 0.6 / length
        lz = 0.65 / length
        length = sqrt(lx * lx + ly * ly + (lz + 1.0) * (lz + 1.0))
        hx = lx / length
        hy = ly / length
        hz = (lz + 1.0) / length
        for k in range(16):
            histogram[k] = 0
        with nogil:
            for y in range(size):
                for x in range(size):
                    h = 0.0
                    for i in range(bumps):
                        ddx = x - hills[i].x
                        ddy = y - hills[i].y
                        h = h + hills[i].amplitude * exp(-(ddx * ddx + ddy * ddy) / (2.0 * hills[i].spread * hills[i].spread))
                    height[y, x] = h
            for y in range(size):
                for x in range(size):
                    left = max(x - 1, 0)
                    right = min(x + 1, size - 1)
                    up = max(y - 1, 0)
                    down = min(y + 1, size - 1)
                    sx = (height[y, right] - height[y, left]) / max(right - left, 1)
                    sy = (height[down, x] - height[up, x]) / max(down - up, 1)
                    length = sqrt(sx * sx + sy * sy + 1.0)
                    nx = -sx / length
                    ny = -sy / length
                    nz = 1.0 / length
                    diffuse = nx * lx + ny * ly + nz * lz
                    if diffuse < 0.0:
                        diffuse = 0.0
                    spec = nx * hx + ny * hy + nz * hz
                    if spec < 0.0:
                        spec = 0.0
                    spec = pow(spec, <double>shininess)
                    albedo = 0.45 + 0.5 * min(1.0, height[y, x] / 30.0)
                    colour = albedo * (0.1 + 0.75 * diffuse) + 0.5 * spec
                    v = <int>(min(1.0, colour) * 255.0)
                    histogram[v // 16] += 1
                    checksum = (checksum * 337 + v) % 2147483629
                    if v > brightest:
                        brightest = v
                        bx = x
                        by = y
                    if spec > 0.5:
                        highlights += 1
                    total_height += height[y, x]
        return ([histogram[k] for k in range(16)], checksum, (bx, by), highlights, total_height / (size * size))
    finally:
        free(hills)
