# cython: language_level=3
"""Balance generated reactions with exact int64 rationals held in a C struct matrix.

The composition matrix lives in a fixed ``Rat[8][9]`` array of numerator/denominator
structs; every add, multiply and divide is reduced with a ``cdef inline`` Euclidean gcd,
so the reduced row echelon form and the scaled integer null vector are exactly those of
``fractions.Fraction`` (the inputs are small enough that int64 never overflows), with
no Python objects in the elimination.

Keywords: chemistry, equation balancing, stoichiometry, null space, gaussian elimination, fractions, exact arithmetic
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct Rat:
    long long num
    long long den


cdef inline long long _gcd(long long a, long long b) noexcept nogil:
    if a < 0:
        a = -a
    if b < 0:
        b = -b
    while b:
        a, b = b, a % b
    return a


cdef inline Rat _make(long long num, long long den) noexcept nogil:
    cdef Rat r
    cdef long long g
    if den < 0:
        num = -num
        den = -den
    g = _gcd(num, den)
    if g > 1:
        num //= g
        den //= g
    r.num = num
    r.den = den
    return r


cdef inline Rat _sub_mul(Rat a, Rat f, Rat b) noexcept nogil:
    # a - f * b
    cdef Rat p = _make(f.num * b.num, f.den * b.den)
    return _make(a.num * p.den - p.num * a.den, a.den * p.den)


cdef int _balance(int n_rows, int n_cols, Rat (*rows)[9], long long *out) noexcept nogil:
    """Fill out with the null vector; return 0 if the null space is not 1-D."""
    cdef int pivots[9]
    cdef int n_piv = 0, r = 0, col, i, j, p, free_col = -1, count_free = 0
    cdef Rat tmp, lead, factor
    cdef long long scale = 1, g, first
    for col in range(n_cols):
        p = -1
        for i in range(r, n_rows):
            if rows[i][col].num != 0:
                p = i
                break
        if p < 0:
            continue
        for j in range(n_cols):
            tmp = rows[r][j]
            rows[r][j] = rows[p][j]
            rows[p][j] = tmp
        lead = rows[r][col]
        for j in range(n_cols):
            rows[r][j] = _make(rows[r][j].num * lead.den, rows[r][j].den * lead.num)
        for i in range(n_rows):
            if i != r and rows[i][col].num != 0:
                factor = rows[i][col]
                for j in range(n_cols):
                    rows[i][j] = _sub_mul(rows[i][j], factor, rows[r][j])
        pivots[n_piv] = col
        n_piv += 1
        r += 1
        if r == n_rows:
            break
    for col in range(n_cols):
        p = 0
        for i in range(n_piv):
            if pivots[i] == col:
                p = 1
        if not p:
            free_col = col
            count_free += 1
    if count_free != 1:
        return 0
    for i in range(n_piv):
        scale = scale // _gcd(scale, rows[i][free_col].den) * rows[i][free_col].den
    for col in range(n_cols):
        out[col] = 0
    out[free_col] = scale
    for i in range(n_piv):
        out[pivots[i]] = -rows[i][free_col].num * (scale // rows[i][free_col].den)
    g = 0
    for col in range(n_cols):
        g = _gcd(g, out[col])
    first = 0
    for col in range(n_cols):
        out[col] //= g
        if first == 0:
            first = out[col]
    if first < 0:
        for col in range(n_cols):
            out[col] = -out[col]
    return 1


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>k)


@cython_benchmark(args=(2500, 4, 29))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def reaction_balance_fraction_nullspace(int n, int elements, long long seed):
    """Return (balanced, rank deficient, with zero coefficient, max |coef|, checksum, first vectors)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int comp[9][8]
    cdef Rat rows[8][9]
    cdef long long vec[9]
    cdef int t, s, e, any_nonzero, has_zero, ok
    cdef long long balanced = 0, deficient = 0, with_zero = 0, largest = 0, checksum = 0, v
    cdef list samples = []
    for t in range(n):
        with nogil:
            for s in range(elements + 1):
                any_nonzero = 0
                for e in range(elements):
                    if _draw(&state, 3):
                        comp[s][e] = _draw(&state, 4)
                    else:
                        comp[s][e] = 0
                    if comp[s][e]:
                        any_nonzero = 1
                if not any_nonzero:
                    v = 1 + _draw(&state, 3)
                    comp[s][_draw(&state, elements)] = <int>v
            for e in range(elements):
                for s in range(elements + 1):
                    rows[e][s].num = comp[s][e]
                    rows[e][s].den = 1
            ok = _balance(elements, elements + 1, rows, vec)
            if ok:
                has_zero = 0
                for s in range(elements + 1):
                    v = vec[s]
                    if v == 0:
                        has_zero = 1
                    if v < 0:
                        v = -v
                    if v > largest:
                        largest = v
                    checksum = (checksum * 31 + vec[s] * (s + 1)) % 1000000007
                    if checksum < 0:
                        checksum += 1000000007
                if has_zero:
                    with_zero += 1
                else:
                    balanced += 1
            else:
                deficient += 1
        if ok and len(samples) < 6:
            samples.append([vec[s] for s in range(elements + 1)])
    return (balanced, deficient, with_zero, largest, checksum, samples)
