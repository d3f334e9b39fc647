# cython: language_level=3
"""EWMA VaR backtest with an enum regime and noexcept inline samplers.

The volatility regime is a C enum flipped by a Markov switch, the uniform and normal
samplers are ``noexcept`` inline functions on an unsigned C state, and the EWMA
recursion, VaR comparison and maximum tracking are all done on C doubles.

Keywords: finance, value at risk, ewma, riskmetrics, backtesting, volatility
"""

from libc.math cimport sqrt, log, cos, M_PI

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Regime:
    CALM
    STRESSED


cdef inline double uniform(unsigned long long *s) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <double>(s[0] + 1) / 2147483649.0


@cython_benchmark(args=(30000, 0.94, 29))
def ewma_var_backtest(long days, double lam, long seed):
    """Return (exceedances, first exceedance days, final sigma, max sigma)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef double variance = 0.01 * 0.01, vol, z, ret, sigma, u1
    cdef double max_sigma = sqrt(variance)
    cdef Regime regime = CALM
    cdef long day, exceed = 0
    cdef long first[10]
    cdef int nfirst = 0, k
    for day in range(days):
        if uniform(&state) < 0.01:
            regime = STRESSED if regime == CALM else CALM
        vol = 0.03 if regime == STRESSED else 0.01
        u1 = uniform(&state)
        z = sqrt(-2.0 * log(u1)) * cos(2.0 * M_PI * uniform(&state))
        ret = vol * z
        sigma = sqrt(variance)
        if -ret > 2.326 * sigma:
            exceed += 1
            if nfirst < 10:
                first[nfirst] = day
                nfirst += 1
        variance = lam * variance + (1.0 - lam) * ret * ret
        sigma = sqrt(variance)
        if sigma > max_sigma:
            max_sigma = sigma
    return exceed, [first[k] for k in range(nfirst)], sqrt(variance), max_sigma
