# cython: language_level=3
"""ROC/PR curves from per-score histograms instead of a sort.

Scores are bounded integers, so positives and negatives are counted per score value in
two C arrays; walking the score range from the top visits exactly the distinct-score
thresholds of the sorted version in the same order, with no tuples, sort or groupby.

Keywords: roc curve, auc, average precision, counting sort, histogram, calloc
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    SMAX = 1350


@cython_benchmark(args=(80000,))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def roc_pr_curve_areas(int n):
    """Build ROC/PR curves for n scored samples; return (auc, ap, thresholds, youden, samples)."""
    if n <= 0:
        return 0.0, 0.0, 0, 0, []
    cdef long long *pos = <long long *> calloc(SMAX, sizeof(long long))
    cdef long long *neg = <long long *> calloc(SMAX, sizeof(long long))
    cdef long long *ctp = <long long *> calloc(SMAX + 1, sizeof(long long))
    cdef long long *cfp = <long long *> calloc(SMAX + 1, sizeof(long long))
    cdef long long state = 11235, tp = 0, fp = 0, ptp, pfp, P = 0, N = 0
    cdef int i, s, score, m = 1, best_thr = 0
    cdef bint positive
    cdef double auc = 0.0, ap = 0.0, j, best_j = -1.0
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                positive = state % 3 == 0
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                score = <int> (state % 1000) + (350 if positive else 0)
                if positive:
                    pos[score] += 1
                    P += 1
                else:
                    neg[score] += 1
            N = n - P
            for s in range(SMAX - 1, -1, -1):
                if pos[s] == 0 and neg[s] == 0:
                    continue
                ptp = tp
                pfp = fp
                tp += pos[s]
                fp += neg[s]
                if P and N:
                    auc += (fp - pfp) * (tp + ptp) / 2.0
                    j = tp / <double> P - fp / <double> N
                    if j > best_j:
                        best_j = j
                        best_thr = s
                if P:
                    ap += (tp - ptp) / <double> P * (tp / <double> (tp + fp))
                ctp[m] = tp
                cfp[m] = fp
                m += 1
        if P and N:
            auc /= P * N
        step = max(1, m // 8)
        return auc, ap, m - 1, best_thr, [(ctp[i], cfp[i]) for i in range(0, m, step)]
    finally:
        free(pos); free(neg); free(ctp); free(cfp)
