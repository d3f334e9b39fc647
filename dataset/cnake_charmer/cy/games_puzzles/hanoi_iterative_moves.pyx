# cython: language_level=3
"""Iterative Tower of Hanoi with pegs as C stacks inside a cdef class.

The three pegs are rows of a fixed C int array with a height per peg, wrapped in an
extension type whose ``move`` method is declared ``except -1`` so an illegal move
would raise; the driver loop is C arithmetic over 2^n - 1 moves.

Keywords: games, puzzles, tower of hanoi, iterative algorithm, stacks, recursion free
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class Pegs:
    cdef int *stack
    cdef int height[3]
    cdef int cap

    def __cinit__(self, int discs):
        self.cap = discs
        self.stack = <int *>malloc(3 * discs * sizeof(int))
        if self.stack == NULL:
            raise MemoryError()
        cdef int i
        for i in range(discs):
            self.stack[i] = discs - i
        self.height[0] = discs
        self.height[1] = 0
        self.height[2] = 0

    def __dealloc__(self):
        free(self.stack)

    cdef inline int top(self, int p) noexcept:
        return self.stack[p * self.cap + self.height[p] - 1]

    cdef int move(self, int src, int dst) except -1:
        cdef int disc = self.stack[src * self.cap + self.height[src] - 1]
        self.height[src] -= 1
        if self.height[dst] > 0 and self.top(dst) < disc:
            raise ValueError("illegal move")
        self.stack[dst * self.cap + self.height[dst]] = disc
        self.height[dst] += 1
        return disc


@cython_benchmark(args=(17,))
def hanoi_iterative_moves(int discs):
    """Return (moves, move checksum, first move emptying each peg (-1 never), peg sizes)."""
    if discs <= 0:
        return 0, 0, [-1, -1, -1], [0, 0, 0]
    cdef Pegs pegs = Pegs(discs)
    cdef int direction = 1 if discs % 2 == 0 else 2
    cdef int small = 0, src, dst, a, b, disc
    cdef long move, total = (1L << discs) - 1
    cdef long long checksum = 0
    cdef long emptied[3]
    emptied[0] = emptied[1] = emptied[2] = -1
    for move in range(1, total + 1):
        if move % 2 == 1:
            src = small
            dst = (small + direction) % 3
            small = dst
        else:
            a = (small + 1) % 3
            b = (small + 2) % 3
            if a > b:
                a, b = b, a
            if pegs.height[a] == 0:
                src = b; dst = a
            elif pegs.height[b] == 0:
                src = a; dst = b
            elif pegs.top(a) < pegs.top(b):
                src = a; dst = b
            else:
                src = b; dst = a
        disc = pegs.move(src, dst)
        checksum = (checksum * 31 + disc * 9 + src * 3 + dst) % 1000000007
        if pegs.height[src] == 0 and emptied[src] < 0:
            emptied[src] = move
    return total, checksum, [emptied[0], emptied[1], emptied[2]], [pegs.height[0], pegs.height[1], pegs.height[2]]
