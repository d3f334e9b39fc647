# cython: language_level=3
"""Minesweeper numbering and flood reveal on flat C byte grids.

Mines, numbers, region marks and revealed flags are flat C byte arrays; the
neighbour counts are computed in one pass, and both the region labelling and the
click reveal use a single malloc'ed int work list as stack/queue, so no tuples or
deques are created.

Keywords: games, minesweeper, flood fill, neighbour counting, grid, puzzle
"""

from libc.stdlib cimport calloc, malloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(300, 200, 0.16, 100, 8))
def minesweeper_auto_reveal(int width, int height, double density, int clicks, long seed):
    """Return (revealed cells after each click, sum of all numbers, zero regions)."""
    if width <= 0 or height <= 0:
        return [], 0, 0
    cdef int n = width * height
    cdef unsigned char *mine = <unsigned char *>calloc(n, 1)
    cdef unsigned char *num = <unsigned char *>calloc(n, 1)
    cdef unsigned char *seen = <unsigned char *>calloc(n, 1)
    cdef unsigned char *rev = <unsigned char *>calloc(n, 1)
    cdef int *work = <int *>malloc(n * sizeof(int))
    if not (mine and num and seen and rev and work):
        free(mine); free(num); free(seen); free(rev); free(work)
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int r, c, y, x, yy, xx, cell, top, head, tail, k, cnt
    cdef long total = 0, regions = 0, count = 0
    history = []
    try:
        for k in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            mine[k] = <double>state / 2147483648.0 < density
        for r in range(height):
            for c in range(width):
                cnt = 0
                for yy in range(r - 1 if r > 0 else 0, r + 2 if r + 2 < height else height):
                    for xx in range(c - 1 if c > 0 else 0, c + 2 if c + 2 < width else width):
                        cnt += mine[yy * width + xx]
                num[r * width + c] = cnt - mine[r * width + c]
                if not mine[r * width + c]:
                    total += num[r * width + c]
        for cell in range(n):
            if not mine[cell] and num[cell] == 0 and not seen[cell]:
                regions += 1
                seen[cell] = 1
                work[0] = cell
                top = 1
                while top > 0:
                    top -= 1
                    y = work[top] // width
                    x = work[top] % width
                    for yy in range(y - 1 if y > 0 else 0, y + 2 if y + 2 < height else height):
                        for xx in range(x - 1 if x > 0 else 0, x + 2 if x + 2 < width else width):
                            k = yy * width + xx
                            if not seen[k] and not mine[k] and num[k] == 0:
                                seen[k] = 1
                                work[top] = k
                                top += 1
        for _ in range(clicks):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            r = <int>((state >> 8) % <unsigned long long>height)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            c = <int>((state >> 8) % <unsigned long long>width)
            cell = r * width + c
            if not mine[cell] and not rev[cell]:
                rev[cell] = 1
                count += 1
                work[0] = cell
                head = 0
                tail = 1
                while head < tail:
                    y = work[head] // width
                    x = work[head] % width
                    head += 1
                    if num[y * width + x] != 0:
                        continue
                    for yy in range(y - 1 if y > 0 else 0, y + 2 if y + 2 < height else height):
                        for xx in range(x - 1 if x > 0 else 0, x + 2 if x + 2 < width else width):
                            k = yy * width + xx
                            if not rev[k] and not mine[k]:
                                rev[k] = 1
                                count += 1
                                work[tail] = k
                                tail += 1
            history.append(count)
    finally:
        free(mine); free(num); free(seen); free(rev); free(work)
    return history, total, regions
