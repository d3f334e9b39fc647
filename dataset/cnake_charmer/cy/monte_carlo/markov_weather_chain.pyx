# cython: language_level=3
"""Weather Markov chain with an enum of states and a C cumulative table.

The states are a C enum, the cumulative transition rows a fixed 3x3 C array built
once, and the step function is an ``except -1`` cdef that validates the start state;
the simulation loop touches only C values.

Keywords: monte carlo, markov chain, stationary distribution, simulation, weather
"""

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Weather:
    SUNNY = 0
    CLOUDY = 1
    RAINY = 2


cdef double CUM[3][3]


cdef int build_table() except -1:
    cdef double rows[3][3]
    cdef int i, j
    cdef double acc
    rows[0][0] = 0.7; rows[0][1] = 0.2; rows[0][2] = 0.1
    rows[1][0] = 0.3; rows[1][1] = 0.4; rows[1][2] = 0.3
    rows[2][0] = 0.2; rows[2][1] = 0.45; rows[2][2] = 0.35
    for i in range(3):
        acc = 0.0
        for j in range(3):
            acc += rows[i][j]
            CUM[i][j] = acc
    return 0


build_table()


cdef int check_start(int start) except -1:
    if start < SUNNY or start > RAINY:
        raise ValueError("start must be 0, 1 or 2")
    return 0


@cython_benchmark(args=(300000, 0, 17))
def markov_weather_chain(long steps, int start, long seed):
    """Return (visits per state, longest run per state, number of state changes)."""
    check_start(start)
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long visits[3]
    cdef long longest[3]
    cdef long run = 0, changes = 0, i
    cdef int current = start, nxt
    cdef double u
    for nxt in range(3):
        visits[nxt] = 0
        longest[nxt] = 0
    with nogil:
        for i in range(steps):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            u = <double>state / 2147483648.0
            if u < CUM[current][0]:
                nxt = SUNNY
            elif u < CUM[current][1]:
                nxt = CLOUDY
            else:
                nxt = RAINY
            if nxt == current:
                run += 1
            else:
                changes += 1
                run = 1
            current = nxt
            visits[current] += 1
            if run > longest[current]:
                longest[current] = run
    return [visits[0], visits[1], visits[2]], [longest[0], longest[1], longest[2]], changes
