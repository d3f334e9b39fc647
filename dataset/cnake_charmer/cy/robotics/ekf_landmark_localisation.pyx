# cython: language_level=3
"""EKF localisation from range-bearing landmarks — fixed-size C matrices on the stack.

The 3 x 3 covariance, motion Jacobian, 2 x 3 measurement Jacobian, innovation
covariance and 3 x 2 gain are plain C ``double[9]`` / ``double[6]`` arrays on the
stack, multiplied by one nogil ``matmul`` helper (row-major, same summation order as
the Python lists-of-lists version), so a filter step allocates nothing.

Keywords: robotics, extended kalman filter, ekf, localisation, landmarks, range bearing, state estimation
"""

import cython
from libc.math cimport sqrt, cos, sin, atan2, M_PI
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef inline double uniform(unsigned int *s) noexcept nogil:
    s[0] = (s[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (s[0] >> 7) / 16777216.0


cdef inline double noise(unsigned int *s) noexcept nogil:
    cdef double a = uniform(s)
    return a + uniform(s) - 1.0


cdef inline double wrap(double a) noexcept nogil:
    while a > M_PI:
        a -= 2.0 * M_PI
    while a < -M_PI:
        a += 2.0 * M_PI
    return a


@cython.boundscheck(False)
@cython.wraparound(False)
cdef void matmul(const double *a, const double *b, double *out, int rows, int inner, int cols) noexcept nogil:
    cdef int i, j, k
    cdef double acc
    for i in range(rows):
        for j in range(cols):
            acc = 0.0
            for k in range(inner):
                acc += a[i * inner + k] * b[k * cols + j]
            out[i * cols + j] = acc


cdef inline void transpose(const double *a, double *out, int rows, int cols) noexcept nogil:
    cdef int i, j
    for i in range(rows):
        for j in range(cols):
            out[j * rows + i] = a[i * cols + j]


@cython_benchmark(args=(2500, 12, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ekf_landmark_localisation(int steps, int landmarks, long long seed):
    """Return (updates fused, final error, mean error, covariance trace, final estimate)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef double *lmx = <double *>malloc((landmarks + 1) * sizeof(double))
    cdef double *lmy = <double *>malloc((landmarks + 1) * sizeof(double))
    cdef double mean[3]
    cdef double cov[9]
    cdef double g[9]
    cdef double gt[9]
    cdef double tmp[9]
    cdef double hm[6]
    cdef double ht[6]
    cdef double hp[6]
    cdef double pht[6]
    cdef double gain[6]
    cdef double s[4]
    cdef double s_inv[4]
    cdef double kh[9]
    cdef double red[9]
    cdef double tx = 50.0, ty = 20.0, th = 0.0, x, y, h, v, w, cx, cy, nv, nw
    cdef double tdx, tdy, trange, z_range, z_bearing, dx, dy, q, r, det, i0, i1
    cdef double error = 0.0, error_total = 0.0
    cdef int t, k, i, j, updates = 0
    if lmx == NULL or lmy == NULL:
        free(lmx); free(lmy)
        raise MemoryError()
    try:
        with nogil:
            for k in range(landmarks):
                lmx[k] = uniform(&state) * 100.0
                lmy[k] = uniform(&state) * 100.0
            mean[0] = 50.0
            mean[1] = 20.0
            mean[2] = 0.0
            for i in range(9):
                cov[i] = 0.0
            cov[0] = 1.0
            cov[4] = 1.0
            cov[8] = 0.1
            for t in range(steps):
                v = 0.8
                cx = mean[0] - 50.0
                cy = mean[1] - 50.0
                w = 0.03 + 0.01 * sin(t * 0.01) + 0.003 * (sqrt(cx * cx + cy * cy) - 27.0)
                nv = v + 0.05 * noise(&state)
                nw = w + 0.01 * noise(&state)
                x = tx + nv * cos(th)
                y = ty + nv * sin(th)
                th = wrap(th + nw)
                tx = x
                ty = y

                x = mean[0]
                y = mean[1]
                h = mean[2]
                g[0] = 1.0; g[1] = 0.0; g[2] = -v * sin(h)
                g[3] = 0.0; g[4] = 1.0; g[5] = v * cos(h)
                g[6] = 0.0; g[7] = 0.0; g[8] = 1.0
                mean[0] = x + v * cos(h)
                mean[1] = y + v * sin(h)
                mean[2] = wrap(h + w)
                transpose(g, gt, 3, 3)
                matmul(g, cov, tmp, 3, 3, 3)
                matmul(tmp, gt, cov, 3, 3, 3)
                cov[0] += 0.02
                cov[4] += 0.02
                cov[8] += 0.001

                for k in range(landmarks):
                    tdx = lmx[k] - tx
                    tdy = lmy[k] - ty
                    trange = sqrt(tdx * tdx + tdy * tdy)
                    if trange > 30.0 or trange < 1e-9:
                        continue
                    z_range = trange + 0.5 * noise(&state)
                    z_bearing = wrap(atan2(tdy, tdx) - th + 0.05 * noise(&state))
                    dx = lmx[k] - mean[0]
                    dy = lmy[k] - mean[1]
                    q = dx * dx + dy * dy
                    r = sqrt(q)
                    if r < 1e-9:
                        continue
                    hm[0] = -dx / r; hm[1] = -dy / r; hm[2] = 0.0
                    hm[3] = dy / q; hm[4] = -dx / q; hm[5] = -1.0
                    transpose(hm, ht, 2, 3)
                    matmul(hm, cov, hp, 2, 3, 3)
                    matmul(hp, ht, s, 2, 3, 2)
                    s[0] += 0.25
                    s[3] += 0.0025
                    det = s[0] * s[3] - s[1] * s[2]
                    s_inv[0] = s[3] / det
                    s_inv[1] = -s[1] / det
                    s_inv[2] = -s[2] / det
                    s_inv[3] = s[0] / det
                    matmul(cov, ht, pht, 3, 3, 2)
                    matmul(pht, s_inv, gain, 3, 2, 2)
                    i0 = z_range - r
                    i1 = wrap(z_bearing - wrap(atan2(dy, dx) - mean[2]))
                    for i in range(3):
                        mean[i] += gain[i * 2] * i0 + gain[i * 2 + 1] * i1
                    mean[2] = wrap(mean[2])
                    matmul(gain, hm, kh, 3, 2, 3)
                    for i in range(3):
                        for j in range(3):
                            red[i * 3 + j] = (1.0 if i == j else 0.0) - kh[i * 3 + j]
                    matmul(red, cov, tmp, 3, 3, 3)
                    for i in range(9):
                        cov[i] = tmp[i]
                    updates += 1

                error = sqrt((mean[0] - tx) * (mean[0] - tx) + (mean[1] - ty) * (mean[1] - ty))
                error_total += error
    finally:
        free(lmx)
        free(lmy)
    return (updates, error, error_total / steps if steps else 0.0, cov[0] + cov[4] + cov[8],
            (mean[0], mean[1], mean[2]))
