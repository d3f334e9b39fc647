# cython: language_level=3
"""Nelder-Mead on Himmelblau with the simplex held in a C struct array.

Vertices are ``Vertex`` structs (x, y, f) in a fixed C array of three; ordering is a
three-element insertion sort of structs, and every reflection, expansion, contraction
and shrink is C arithmetic, calling the objective through a C function pointer so the
search loop is independent of the function being minimised.

Keywords: optimization, nelder mead, simplex search, derivative free, himmelblau
"""

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Vertex:
    double x
    double y
    double f


ctypedef double (*objective2d)(double, double) noexcept nogil


cdef double MIN_X[4]
cdef double MIN_Y[4]
MIN_X[:] = [3.0, -2.805118, -3.779310, 3.584428]
MIN_Y[:] = [2.0, 3.131312, -3.283186, -1.848126]


cdef inline double himmelblau(double x, double y) noexcept nogil:
    cdef double a = x * x + y - 11.0, b = x + y * y - 7.0
    return a * a + b * b


cdef inline void sort3(Vertex *s) noexcept nogil:
    cdef Vertex t
    cdef int i, j
    for i in range(1, 3):
        t = s[i]
        j = i - 1
        while j >= 0 and s[j].f > t.f:
            s[j + 1] = s[j]
            j -= 1
        s[j + 1] = t


@cython_benchmark(args=(18, 120))
def nelder_mead_himmelblau(int grid, int iterations):
    """Return (starts reaching each minimum, evaluations, worst final value)."""
    cdef Vertex s[3]
    cdef long hits[4]
    cdef long evaluations = 0
    cdef double worst = 0.0, x0, y0, cx, cy, rx, ry, fr, ex, ey, fe, kx, ky, fc, d, dbest
    cdef int gi, gj, it, k, m, nearest
    cdef objective2d f = himmelblau
    hits[0] = hits[1] = hits[2] = hits[3] = 0
    for gi in range(grid):
        for gj in range(grid):
            x0 = -5.0 + 10.0 * (gi + 0.5) / grid
            y0 = -5.0 + 10.0 * (gj + 0.5) / grid
            s[0] = Vertex(x0, y0, f(x0, y0))
            s[1] = Vertex(x0 + 0.5, y0, f(x0 + 0.5, y0))
            s[2] = Vertex(x0, y0 + 0.5, f(x0, y0 + 0.5))
            evaluations += 3
            for it in range(iterations):
                sort3(s)
                cx = (s[0].x + s[1].x) / 2.0
                cy = (s[0].y + s[1].y) / 2.0
                rx = cx + (cx - s[2].x)
                ry = cy + (cy - s[2].y)
                fr = f(rx, ry)
                evaluations += 1
                if fr < s[0].f:
                    ex = cx + 2.0 * (cx - s[2].x)
                    ey = cy + 2.0 * (cy - s[2].y)
                    fe = f(ex, ey)
                    evaluations += 1
                    if fe < fr:
                        s[2] = Vertex(ex, ey, fe)
                    else:
                        s[2] = Vertex(rx, ry, fr)
                elif fr < s[1].f:
                    s[2] = Vertex(rx, ry, fr)
                else:
                    kx = cx + 0.5 * (s[2].x - cx)
                    ky = cy + 0.5 * (s[2].y - cy)
                    fc = f(kx, ky)
                    evaluations += 1
                    if fc < s[2].f:
                        s[2] = Vertex(kx, ky, fc)
                    else:
                        for k in range(1, 3):
                            s[k].x = s[0].x + 0.5 * (s[k].x - s[0].x)
                            s[k].y = s[0].y + 0.5 * (s[k].y - s[0].y)
                            s[k].f = f(s[k].x, s[k].y)
                        evaluations += 2
            k = 0
            for m in range(1, 3):
                if s[m].f < s[k].f:
                    k = m
            nearest = 0
            dbest = -1.0
            for m in range(4):
                d = (s[k].x - MIN_X[m]) * (s[k].x - MIN_X[m]) + (s[k].y - MIN_Y[m]) * (s[k].y - MIN_Y[m])
                if dbest < 0 or d < dbest:
                    dbest = d
                    nearest = m
            hits[nearest] += 1
            if s[k].f > worst:
                worst = s[k].f
    return [hits[0], hits[1], hits[2], hits[3]], evaluations, worst
