# cython: language_level=3
"""Langton's ant with an enum heading and a flat C byte grid.

The heading is a C enum turned by modular arithmetic, the grid is a calloc'ed
unsigned char array flipped with XOR, and the move offsets live in C arrays indexed by
the heading, so every step is a handful of C operations.

Keywords: games, langtons ant, cellular automaton, turmite, emergent behaviour
"""

from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Heading:
    UP = 0
    RIGHT = 1
    DOWN = 2
    LEFT = 3


cdef int DR[4]
cdef int DC[4]
DR[:] = [-1, 0, 1, 0]
DC[:] = [0, 1, 0, -1]


@cython_benchmark(args=(128, 700000))
def langtons_ant_trail(int size, long steps):
    """Return (black cells, row, column, heading 0..3, grid checksum)."""
    if size <= 0:
        return 0, 0, 0, 0, 0
    cdef unsigned char *grid = <unsigned char *>calloc(size * size, 1)
    if grid == NULL:
        raise MemoryError()
    cdef int r = size // 2, c = size // 2, i, j
    cdef Heading heading = UP
    cdef long s, black = 0, rowsum
    cdef long long checksum = 0
    with nogil:
        for s in range(steps):
            if grid[r * size + c]:
                heading = <Heading>((heading + 3) % 4)
            else:
                heading = <Heading>((heading + 1) % 4)
            grid[r * size + c] ^= 1
            r = (r + DR[<int>heading] + size) % size
            c = (c + DC[<int>heading] + size) % size
        for i in range(size):
            rowsum = 0
            for j in range(size):
                if grid[i * size + j]:
                    black += 1
                    rowsum += j + 1
            checksum = (checksum * 31 + rowsum * (i + 1)) % 1000000007
    free(grid)
    return black, r, c, <int>heading, checksum
