# cython: language_level=3
"""Genetic algorithm on trap functions with chromosomes in a byte matrix.

Two populations (current and next) live in one malloc'ed unsigned char block and are
swapped by pointer each generation; fitness is computed by a ``noexcept`` cdef over a
row pointer, and tournament selection, uniform crossover and mutation are C loops
over bytes driven by an inline LCG.

Keywords: optimization, genetic algorithm, deceptive trap, evolutionary computation, crossover
"""

from libc.stdlib cimport malloc, free
from libc.string cimport memcpy

from cnake_charmer.benchmarks import cython_benchmark


cdef inline int draw(unsigned long long *s, int mod) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((s[0] >> 8) % <unsigned long long>mod)


cdef int trap_fitness(const unsigned char *bits, int length, int block) noexcept nogil:
    cdef int total = 0, start = 0, i, ones
    while start < length:
        ones = 0
        for i in range(start, start + block):
            ones += bits[i]
        total += block if ones == block else block - 1 - ones
        start += block
    return total


@cython_benchmark(args=(60, 60, 40, 3))
def genetic_trap_function(int bits, int population, int generations, long seed):
    """Return (best fitness per generation, solved blocks in the best, best chromosome as int)."""
    cdef int block = 5
    cdef int length = (bits // block) * block
    if length <= 0 or population <= 0:
        return [], 0, 0
    cdef unsigned char *mem = <unsigned char *>malloc(2 * population * length)
    cdef int *fit = <int *>malloc(population * sizeof(int))
    if mem == NULL or fit == NULL:
        free(mem); free(fit)
        raise MemoryError()
    cdef unsigned char *cur = mem
    cdef unsigned char *nxt = mem + population * length
    cdef unsigned char *tmp
    cdef unsigned char *pa
    cdef unsigned char *pb
    cdef unsigned char *child
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int i, g, c, a, b, elite, top, s, ones, solved = 0
    history = []
    try:
        for i in range(population * length):
            cur[i] = <unsigned char>draw(&state, 2)
        for i in range(population):
            fit[i] = trap_fitness(cur + i * length, length, block)
        for g in range(generations):
            elite = 0
            for i in range(1, population):
                if fit[i] > fit[elite]:
                    elite = i
            memcpy(nxt, cur + elite * length, length)
            for c in range(1, population):
                a = draw(&state, population)
                b = draw(&state, population)
                pa = cur + (a if fit[a] >= fit[b] else b) * length
                a = draw(&state, population)
                b = draw(&state, population)
                pb = cur + (a if fit[a] >= fit[b] else b) * length
                child = nxt + c * length
                for i in range(length):
                    child[i] = pa[i] if draw(&state, 2) else pb[i]
                for i in range(length):
                    if draw(&state, length) == 0:
                        child[i] ^= 1
            tmp = cur; cur = nxt; nxt = tmp
            top = 0
            for i in range(population):
                fit[i] = trap_fitness(cur + i * length, length, block)
                if i == 0 or fit[i] > top:
                    top = fit[i]
            history.append(top)
        elite = 0
        for i in range(1, population):
            if fit[i] > fit[elite]:
                elite = i
        s = 0
        while s < length:
            ones = 0
            for i in range(s, s + block):
                ones += cur[elite * length + i]
            if ones == block:
                solved += 1
            s += block
        value = 0
        for i in range(length):
            value = value * 2 + cur[elite * length + i]
    finally:
        free(mem); free(fit)
    return history, solved, value
