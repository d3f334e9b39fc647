# cython: language_level=3
"""Snakes and Ladders distribution with two swapped C double arrays.

The jump table is a fixed C int array and the two probability vectors are fixed C
double arrays exchanged by pointer each turn; the transition loop is a
``nogil`` block of plain C arithmetic performing additions in the same order as the
Python side.

Keywords: games, snakes and ladders, markov chain, probability distribution, dice
"""

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(8, 1000, 21))
def snakes_ladders_distribution(int jumps, int turns, long seed):
    """Return (P(finished) at turns 10, 20, ..., expected turns, likeliest unfinished square)."""
    cdef int target[101]
    cdef double a_buf[101]
    cdef double b_buf[101]
    cdef double *dist = a_buf
    cdef double *nxt = b_buf
    cdef double *tmp
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, a, b, placed = 0, t, sq, roll, dest, best = 0
    cdef double p, expected = 0.0
    for i in range(101):
        target[i] = i
        a_buf[i] = 0.0
    while placed < jumps:
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        a = 2 + <int>((state >> 8) % 98)
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        b = 2 + <int>((state >> 8) % 98)
        if a != b and target[a] == a and target[b] == b:
            target[a] = b
            placed += 1
    dist[0] = 1.0
    checkpoints = []
    for t in range(1, turns + 1):
        with nogil:
            for i in range(101):
                nxt[i] = 0.0
            for sq in range(100):
                p = dist[sq]
                if p == 0.0:
                    continue
                for roll in range(1, 7):
                    dest = sq + roll if sq + roll <= 100 else sq
                    nxt[target[dest]] += p / 6.0
            nxt[100] += dist[100]
            expected += t * (nxt[100] - dist[100])
            tmp = dist; dist = nxt; nxt = tmp
        if t % 10 == 0:
            checkpoints.append(dist[100])
    for i in range(1, 100):
        if dist[i] > dist[best]:
            best = i
    return checkpoints, expected, best
