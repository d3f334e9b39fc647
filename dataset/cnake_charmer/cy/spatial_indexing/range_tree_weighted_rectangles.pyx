# cython: language_level=3
"""Two-level range tree answering weighted rectangle counts — layered arrays with fractional cascading.

The tree is stored level by level: at each depth, one ``int`` array holds every node's
y-sorted slice, one ``long long`` array running weight totals across the level, and
one array the number of left-child elements before each position (built during the
stable bottom-up merges). A query binary-searches the y-range only once, at the root;
below, both positions are carried down through those counts in O(1) per node
(fractional cascading), so a query costs O(log n) instead of O(log^2 n).

Keywords: spatial indexing, range tree, orthogonal range counting, canonical nodes, binary search, prefix sums
"""

import cython
from libc.stdlib cimport malloc, calloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Pt:
    int x
    int y
    int w


cdef struct Layers:
    int** ys         # ys[d][i]
    long long** wsum # wsum[d][i]: weights of positions < i on level d
    int** lefts      # lefts[d][i]: left-child elements before position i within its node
    int n
    long long canonical
    long long count
    long long weight


cdef int cmp_pt(const void* a, const void* b) noexcept nogil:
    cdef const Pt* p = <const Pt*>a
    cdef const Pt* q = <const Pt*>b
    if p.x != q.x:
        return -1 if p.x < q.x else 1
    if p.y != q.y:
        return -1 if p.y < q.y else 1
    return (p.w > q.w) - (p.w < q.w)


cdef long long build(Layers* t, const Pt* pts, int d, int lo, int hi) noexcept nogil:
    """Merge the children's level-(d+1) slices into level d; weights ride along in wsum.
    Returns the number of entries stored in this subtree."""
    cdef int mid, i, j, k
    cdef long long stored
    cdef int* out = t.ys[d]
    cdef long long* w_out = t.wsum[d]
    cdef int* below
    cdef long long* w_below
    if hi - lo == 1:
        out[lo] = pts[lo].y
        w_out[lo] = pts[lo].w
        t.lefts[d][lo] = 0
        return 1
    mid = (lo + hi) // 2
    stored = build(t, pts, d + 1, lo, mid) + build(t, pts, d + 1, mid, hi) + (hi - lo)
    below = t.ys[d + 1]
    w_below = t.wsum[d + 1]
    i = lo
    j = mid
    for k in range(lo, hi):
        t.lefts[d][k] = i - lo
        if j >= hi or (i < mid and below[i] <= below[j]):
            out[k] = below[i]
            w_out[k] = w_below[i]
            i += 1
        else:
            out[k] = below[j]
            w_out[k] = w_below[j]
            j += 1
    return stored


cdef void descend(Layers* t, int d, int lo, int hi, int a, int b, int p1, int p2) noexcept nogil:
    cdef int mid, l1, l2
    if b <= lo or hi <= a:
        return
    if a <= lo and hi <= b:
        t.canonical += 1
        t.count += p2 - p1
        t.weight += t.wsum[d][lo + p2] - t.wsum[d][lo + p1]
        return
    mid = (lo + hi) // 2
    l1 = t.lefts[d][lo + p1] if p1 < hi - lo else mid - lo
    l2 = t.lefts[d][lo + p2] if p2 < hi - lo else mid - lo
    descend(t, d + 1, lo, mid, a, b, l1, l2)
    descend(t, d + 1, mid, hi, a, b, p1 - l1, p2 - l2)


@cython_benchmark(args=(16000, 3000, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def range_tree_weighted_rectangles(int n, int queries, long long seed):
    """Return (checksum, canonical nodes, stored entries, first 6 (count, weight))."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int depth = 1, d, i, t_i, x, lo, hi, mid, a, b, p1, p2, x1, y1, x2, y2
    cdef long long checksum = 0, stored = 0, acc, here
    cdef Layers t
    cdef Pt* pts = <Pt*>malloc((n + 1) * sizeof(Pt))
    first = []
    while (1 << (depth - 1)) < n:
        depth += 1
    depth += 1
    t.n = n
    t.canonical = 0
    t.ys = <int**>calloc(depth, sizeof(int*))
    t.wsum = <long long**>calloc(depth, sizeof(long long*))
    t.lefts = <int**>calloc(depth, sizeof(int*))
    try:
        if not (pts and t.ys and t.wsum and t.lefts):
            raise MemoryError()
        for d in range(depth):
            t.ys[d] = <int*>calloc(n + 1, sizeof(int))
            t.wsum[d] = <long long*>calloc(n + 1, sizeof(long long))
            t.lefts[d] = <int*>calloc(n + 1, sizeof(int))
            if not (t.ys[d] and t.wsum[d] and t.lefts[d]):
                raise MemoryError()
        for i in range(n):
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            x = <int>((state >> 9) % 100000)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            if i % 2:
                pts[i].y = <int>((state >> 9) % 100000)
            else:
                pts[i].y = (x * 7 + <int>((state >> 9) % 9000)) % 100000
            if i % 17 == 16:
                x = pts[i - 1].x
            pts[i].x = x
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            pts[i].w = 1 + <int>((state >> 9) % 1000)
        with nogil:
            qsort(pts, n, sizeof(Pt), cmp_pt)
            if n > 0:
                stored = build(&t, pts, 0, 0, n)
                # per-position weights become running totals along each level (positions a
                # level does not use hold 0, so totals stay right inside every node)
                for d in range(depth):
                    acc = 0
                    for i in range(n + 1):
                        here = t.wsum[d][i]
                        t.wsum[d][i] = acc
                        acc += here
        for t_i in range(queries):
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            x1 = <int>((state >> 9) % 100000)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            y1 = <int>((state >> 9) % 100000)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            x2 = x1 + <int>((state >> 9) % 30000)
            state = (state * 1103515245u + 12345u) & 0x7FFFFFFFu
            y2 = y1 + <int>((state >> 9) % 30000)
            t.count = 0
            t.weight = 0
            with nogil:
                lo = 0; hi = n
                while lo < hi:
                    mid = (lo + hi) >> 1
                    if pts[mid].x < x1: lo = mid + 1
                    else: hi = mid
                a = lo
                hi = n
                while lo < hi:
                    mid = (lo + hi) >> 1
                    if pts[mid].x <= x2: lo = mid + 1
                    else: hi = mid
                b = lo
                if a < b:
                    lo = 0; hi = n
                    while lo < hi:
                        mid = (lo + hi) >> 1
                        if t.ys[0][mid] < y1: lo = mid + 1
                        else: hi = mid
                    p1 = lo
                    hi = n
                    while lo < hi:
                        mid = (lo + hi) >> 1
                        if t.ys[0][mid] <= y2: lo = mid + 1
                        else: hi = mid
                    p2 = lo
                    descend(&t, 0, 0, n, a, b, p1, p2)
            checksum = (checksum * 1000003 + t.count * 1009 + t.weight) % 1000000007
            if t_i < 6:
                first.append((t.count, t.weight))
        return (checksum, t.canonical, stored, first)
    finally:
        if t.ys != NULL:
            for d in range(depth):
                free(t.ys[d])
        if t.wsum != NULL:
            for d in range(depth):
                free(t.wsum[d])
        if t.lefts != NULL:
            for d in range(depth):
                free(t.lefts[d])
        free(t.ys); free(t.wsum); free(t.lefts); free(pts)
