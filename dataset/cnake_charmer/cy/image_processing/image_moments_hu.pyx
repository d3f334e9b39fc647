# cython: language_level=3
"""Image moments and the first Hu invariants of a synthetic grey blob.

The ten raw moments are fields of a cdef class with ``cdef public double`` attributes,
updated by a C-level method that multiplies out the powers of x and y once per pixel
instead of looping over a dict with ``**``. Sums are accumulated in the same pixel
order; the pair declares a small tolerance because the powers are formed differently.

Keywords: image processing, image moments, hu invariants, centroid, shape descriptor
"""

import cython
from libc.math cimport cos, sin, atan2, pow

from cnake_charmer.benchmarks import cython_benchmark


cdef class RawMoments:
    cdef public double m00, m10, m01, m20, m11, m02, m30, m21, m12, m03

    cdef inline void add(self, double w, double x, double y):
        cdef double wx = w * x, wy = w * y
        self.m00 += w
        self.m10 += wx
        self.m01 += wy
        self.m20 += wx * x
        self.m11 += wx * y
        self.m02 += wy * y
        self.m30 += wx * x * x
        self.m21 += wx * x * y
        self.m12 += wx * y * y
        self.m03 += wy * y * y


@cython_benchmark(args=(360, 300, 0.6))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def image_moments_hu(int width, int height, double tilt):
    """Return (cx, cy, orientation, hu1, hu2, hu3) of a tilted elliptical blob."""
    cdef double cx0 = width * 0.45, cy0 = height * 0.55
    cdef double a = width * 0.3 + 1.0, b = height * 0.15 + 1.0
    cdef double ct = cos(tilt), st = sin(tilt)
    cdef double u, v, r, ua, vb
    cdef int x, y
    cdef RawMoments m = RawMoments()
    for y in range(height):
        for x in range(width):
            u = (x - cx0) * ct + (y - cy0) * st
            v = -(x - cx0) * st + (y - cy0) * ct
            ua = u / a
            vb = v / b
            r = ua * ua + vb * vb
            if r >= 1.0:
                continue
            m.add(255.0 * (1.0 - r), x, y)
    if m.m00 == 0.0:
        return (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    cdef double xc = m.m10 / m.m00, yc = m.m01 / m.m00
    cdef double mu20 = m.m20 / m.m00 - xc * xc
    cdef double mu02 = m.m02 / m.m00 - yc * yc
    cdef double mu11 = m.m11 / m.m00 - xc * yc
    cdef double mu30 = m.m30 - 3 * xc * m.m20 + 2 * xc * xc * xc * m.m00
    cdef double mu03 = m.m03 - 3 * yc * m.m02 + 2 * yc * yc * yc * m.m00
    cdef double mu21 = m.m21 - 2 * xc * m.m11 - yc * m.m20 + 2 * xc * xc * yc * m.m00
    cdef double mu12 = m.m12 - 2 * yc * m.m11 - xc * m.m02 + 2 * yc * yc * xc * m.m00
    cdef double theta = 0.5 * atan2(2 * mu11, mu20 - mu02)
    cdef double s = m.m00, s25 = pow(m.m00, 2.5)
    cdef double n20 = mu20 / s, n02 = mu02 / s, n11 = mu11 / s
    cdef double n30 = mu30 / s25, n03 = mu03 / s25, n21 = mu21 / s25, n12 = mu12 / s25
    cdef double hu1 = n20 + n02
    cdef double hu2 = (n20 - n02) * (n20 - n02) + 4 * n11 * n11
    cdef double hu3 = (n30 - 3 * n12) * (n30 - 3 * n12) + (3 * n21 - n03) * (3 * n21 - n03)
    return (xc, yc, theta, hu1, hu2, hu3)
