# cython: language_level=3
"""Bond analytics in pure-Python-mode Cython with a cpdef pricing kernel.

The per-bond kernel is a ``cpdef`` function returning a C tuple of price, duration and
convexity computed with C doubles and libc ``pow`` (mirroring the Python power), the
generator is a ``@cython.cfunc`` and the driver types its accumulators with
``cython.declare``.

Keywords: finance, bonds, duration, convexity, fixed income, yield
"""

import cython
from libc.math cimport pow

from cnake_charmer.benchmarks import cython_benchmark


cpdef (double, double, double) bond_metrics(double coupon, int periods, double y, int freq):
    """Return (price, Macaulay duration in years, convexity) for one bond."""
    cdef double price = 0.0, dur = 0.0, conv = 0.0, cash, pv
    cdef int k
    for k in range(1, periods + 1):
        cash = coupon + (100.0 if k == periods else 0.0)
        pv = cash / pow(1.0 + y, k)
        price += pv
        dur += k * pv
        conv += <double>(k * (k + 1)) * pv
    dur /= price * freq
    conv /= price * pow(1.0 + y, 2) * freq * freq
    return price, dur, conv


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
def draw(state: cython.p_ulonglong, mod: cython.int) -> cython.int:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return cython.cast(cython.int, (state[0] >> 4) % mod)


@cython_benchmark(args=(5000, 2, 44))
def bond_duration_convexity(bonds: cython.int, freq: cython.int, seed: cython.long):
    """Return (total price, mean duration, mean convexity, max duration)."""
    if freq <= 0:
        raise ValueError("coupon frequency must be positive")
    state = cython.declare(cython.ulonglong, seed & 0x7FFFFFFF)
    total = cython.declare(cython.double, 0.0)
    wdur = cython.declare(cython.double, 0.0)
    wconv = cython.declare(cython.double, 0.0)
    longest = cython.declare(cython.double, 0.0)
    coupon = cython.declare(cython.double)
    y = cython.declare(cython.double)
    price = cython.declare(cython.double)
    dur = cython.declare(cython.double)
    conv = cython.declare(cython.double)
    periods = cython.declare(cython.int)
    b = cython.declare(cython.int)
    for b in range(bonds):
        coupon = (1 + draw(cython.address(state), 80)) / 1000.0 * 100.0 / freq
        periods = freq * (1 + draw(cython.address(state), 30))
        y = (5 + draw(cython.address(state), 90)) / 1000.0 / freq
        price, dur, conv = bond_metrics(coupon, periods, y, freq)
        total += price
        wdur += price * dur
        wconv += price * conv
        if dur > longest:
            longest = dur
    if total == 0.0:
        return 0.0, 0.0, 0.0, 0.0
    return total, wdur / total, wconv / total, longest
