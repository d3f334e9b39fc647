# cython: language_level=3
"""Paint-bucket flood fill with a colour tolerance, repeated over a seeded grid.

The fill stack is a @cython.final cdef class wrapping a growable malloc'd int array
(push/pop are inline C methods), labels and pixels are flat C arrays, and pixel
positions are packed into one int, so no tuples are created during the fill.

Keywords: image processing, flood fill, region growing, segmentation, stack, bucket fill
"""

import cython
from libc.stdlib cimport malloc, realloc, free

from cnake_charmer.benchmarks import cython_benchmark


@cython.final
cdef class IntStack:
    cdef int* data
    cdef int size
    cdef int cap

    def __cinit__(self, int cap):
        self.cap = cap if cap > 16 else 16
        self.size = 0
        self.data = <int*>malloc(self.cap * sizeof(int))
        if self.data == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.data)

    cdef inline void push(self, int v) except *:
        cdef int* grown
        if self.size == self.cap:
            grown = <int*>realloc(self.data, 2 * self.cap * sizeof(int))
            if grown == NULL:
                raise MemoryError()
            self.data = grown
            self.cap *= 2
        self.data[self.size] = v
        self.size += 1

    cdef inline int pop(self) noexcept:
        self.size -= 1
        return self.data[self.size]


@cython_benchmark(args=(260, 220, 12, 77))
@cython.boundscheck(False)
@cython.wraparound(False)
def flood_fill_tolerance(int width, int height, int tol, long long seed):
    """Segment a synthetic image into tolerance-bounded flood-fill regions."""
    if width <= 0 or height <= 0:
        return (0, [], [])
    cdef int n = width * height
    cdef int* img = <int*>malloc(n * sizeof(int))
    cdef int* label = <int*>malloc(n * sizeof(int))
    cdef IntStack stack = IntStack(1024)
    cdef long long state = seed & 0x7FFFFFFF
    cdef int x, y, i, p, ref, lab = 0, count, q, d, k
    sizes = []
    if img == NULL or label == NULL:
        free(img); free(label)
        raise MemoryError()
    try:
        for y in range(height):
            for x in range(width):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                img[y * width + x] = ((x + y // 2) // 16) * 37 % 256 + <int>(state >> 28)
                label[y * width + x] = -1
        for i in range(n):
            if label[i] != -1:
                continue
            ref = img[i]
            label[i] = lab
            stack.push(i)
            count = 0
            while stack.size:
                p = stack.pop()
                count += 1
                x = p % width
                y = p // width
                for k in range(4):
                    if k == 0:
                        if x + 1 >= width:
                            continue
                        q = p + 1
                    elif k == 1:
                        if x == 0:
                            continue
                        q = p - 1
                    elif k == 2:
                        if y + 1 >= height:
                            continue
                        q = p + width
                    else:
                        if y == 0:
                            continue
                        q = p - width
                    if label[q] == -1:
                        d = img[q] - ref
                        if -tol <= d <= tol:
                            label[q] = lab
                            stack.push(q)
            sizes.append(count)
            lab += 1
        probes = [label[((k * 7) % height) * width + (k * 13) % width] for k in range(8)]
        sizes.sort(reverse=True)
        return (lab, sizes[:5], probes)
    finally:
        free(img); free(label)
