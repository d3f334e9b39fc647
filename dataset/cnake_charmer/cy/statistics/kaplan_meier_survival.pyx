# cython: language_level=3
"""Kaplan-Meier and log-rank with cohorts as final cdef classes over count tables.

Times are small integers (at most 60 after censoring), so each Cohort extension type
keeps per-time event and removal counts in C arrays and a readonly size attribute; the
survival curve and the at-risk counts come from cumulative sums instead of rescanning
the records for every event time. cpdef methods keep the class usable from Python.

Keywords: survival analysis, kaplan meier, cdef class, cpdef, readonly attribute, c array
"""

import cython
from libc.math cimport log, pow

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MAX_TIME = 64


@cython.final
cdef class Cohort:
    cdef readonly long size
    cdef long deaths[MAX_TIME]
    cdef long removed[MAX_TIME]
    cdef long at_risk[MAX_TIME]

    def __init__(self):
        cdef int t
        self.size = 0
        for t in range(MAX_TIME):
            self.deaths[t] = 0
            self.removed[t] = 0

    cpdef void add(self, int time, bint event):
        self.removed[time] += 1
        if event:
            self.deaths[time] += 1
        self.size += 1

    cpdef void finish(self):
        cdef long remaining = self.size
        cdef int t
        for t in range(MAX_TIME):
            self.at_risk[t] = remaining
            remaining -= self.removed[t]

    @cython.cdivision(True)
    cpdef tuple summary(self, int when):
        """(median time or -1, survival at `when`) from the Kaplan-Meier product."""
        cdef double survival = 1.0, at_when = 1.0
        cdef int t, median = -1
        for t in range(MAX_TIME):
            if self.deaths[t]:
                survival *= 1.0 - self.deaths[t] / <double> self.at_risk[t]
                if median < 0 and survival <= 0.5:
                    median = t
                if t <= when:
                    at_when = survival
        return median, at_when


cdef long long draw(Cohort cohort, int n, double hazard, long long state):
    cdef int i, t, censor
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        t = <int> (-log((state + 1) / <double> 0x80000001) / hazard) + 1
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        censor = <int> (state % 60) + 1
        cohort.add(t if t < censor else censor, t <= censor)
    return state


@cython_benchmark(args=(10000,))
@cython.cdivision(True)
def kaplan_meier_survival(int n):
    """Median survival and S(10) for both groups of size n, and the log-rank chi-square."""
    cdef Cohort control = Cohort(), treated = Cohort()
    cdef long long state = draw(control, n, 0.08, 91)
    draw(treated, n, 0.05, state)
    control.finish()
    treated.finish()
    cdef double observed = 0.0, expected = 0.0, variance = 0.0, chi2
    cdef long n1, n2, d1, d2, total, deaths
    cdef int t
    for t in range(MAX_TIME):
        d1 = control.deaths[t]
        d2 = treated.deaths[t]
        if d1 + d2 == 0:
            continue
        n1 = control.at_risk[t]
        n2 = treated.at_risk[t]
        total = n1 + n2
        deaths = d1 + d2
        if total < 2:
            continue
        observed += d1
        expected += deaths * n1 / <double> total
        variance += deaths * (n1 / <double> total) * (n2 / <double> total) * (total - deaths) / <double> (total - 1)
    chi2 = pow(observed - expected, 2.0) / variance if variance > 0 else 0.0
    cm, cs = control.summary(10)
    tm, ts = treated.summary(10)
    return cm, tm, cs, ts, chi2
