# cython: language_level=3
"""Rosenbrock descent written with Cython pure-Python-mode declarations.

The objective and the single-start descent are ``@cython.cfunc`` functions whose
arguments and locals are typed through annotations and ``@cython.locals``; the run
returns a C tuple, so the backtracking loop compiles to C arithmetic while keeping
Python syntax.

Keywords: optimization, gradient descent, rosenbrock, line search, armijo
"""

import cython
from libc.math cimport cos, sin, M_PI

from cnake_charmer.benchmarks import cython_benchmark


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def objective(x: cython.double, y: cython.double, a: cython.double, b: cython.double) -> cython.double:
    return (a - x) * (a - x) + b * (y - x * x) * (y - x * x)


@cython.cfunc
@cython.locals(gx=cython.double, gy=cython.double, fx=cython.double, norm2=cython.double,
               t=cython.double, s=cython.int, halvings=cython.long)
def descend(x: cython.double, y: cython.double, steps: cython.int, a: cython.double,
            b: cython.double) -> tuple[cython.double, cython.double, cython.long]:
    halvings = 0
    for s in range(steps):
        gx = -2.0 * (a - x) - 4.0 * b * x * (y - x * x)
        gy = 2.0 * b * (y - x * x)
        fx = objective(x, y, a, b)
        norm2 = gx * gx + gy * gy
        t = 1.0
        while objective(x - t * gx, y - t * gy, a, b) > fx - 0.5 * t * norm2 and t > 1e-12:
            t *= 0.5
            halvings += 1
        x, y = x - t * gx, y - t * gy
    return x, y, halvings


@cython_benchmark(args=(60, 400, 1.0, 100.0))
def rosenbrock_gradient_descent(starts: cython.int, steps: cython.int, a: cython.double, b: cython.double):
    """Return (mean final x, mean final y, worst final value, total halvings)."""
    sum_x = cython.declare(cython.double, 0.0)
    sum_y = cython.declare(cython.double, 0.0)
    worst = cython.declare(cython.double, 0.0)
    halvings = cython.declare(cython.long, 0)
    h = cython.declare(cython.long)
    x = cython.declare(cython.double)
    y = cython.declare(cython.double)
    angle = cython.declare(cython.double)
    k = cython.declare(cython.int)
    denom = cython.declare(cython.int, starts if starts > 1 else 1)
    for k in range(starts):
        angle = 2.0 * M_PI * k / denom
        x, y, h = descend(2.0 * cos(angle), 2.0 * sin(angle), steps, a, b)
        halvings += h
        sum_x += x
        sum_y += y
        worst = max(worst, objective(x, y, a, b))
    if starts <= 0:
        return 0.0, 0.0, 0.0, 0
    return sum_x / starts, sum_y / starts, worst, halvings
