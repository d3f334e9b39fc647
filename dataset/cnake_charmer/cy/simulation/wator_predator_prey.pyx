# cython: language_level=3
"""Wa-Tor: fish and sharks on a toroidal ocean (Dewdney's predator-prey model).

Each cell is a ctypedef'd Cell struct (kind, age, energy, moved flag) in one malloc'd
array; neighbour candidates go into a 4-slot C array (duplicates kept, exactly like the
Python list on tiny grids), so a chronon is a C sweep with no list comprehensions.

Keywords: simulation, wa-tor, predator prey, agent based model, population dynamics, torus
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

ctypedef struct Cell:
    unsigned char kind
    unsigned char moved
    int age
    int energy

cdef enum:
    EMPTY = 0
    FISH = 1
    SHARK = 2


@cython_benchmark(args=(70, 80, 3, 8, 4, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def wator_predator_prey(int size, int steps, int fish_breed, int shark_breed, int shark_energy, long long seed):
    """Run Wa-Tor on a size x size torus for `steps` chronons."""
    cdef int n = size * size
    cdef Cell* c = <Cell*>calloc(n + 1, sizeof(Cell))
    cdef long long state = seed & 0x7FFFFFFF
    cdef int nb[4]
    cdef int cand[4]
    cdef int x, y, i, j, s, r, k, e, a, target, nc, breed, fish, sharks
    fish_curve = []
    shark_curve = []
    if c == NULL:
        raise MemoryError()
    try:
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = <int>((state >> 16) % 100)
            if r < 30:
                c[i].kind = FISH
                c[i].age = r % fish_breed
            elif r < 34:
                c[i].kind = SHARK
                c[i].age = r % shark_breed
                c[i].energy = shark_energy
        for s in range(steps):
            for i in range(n):
                c[i].moved = 0
            for y in range(size):
                for x in range(size):
                    i = y * size + x
                    k = c[i].kind
                    if k == EMPTY or c[i].moved:
                        continue
                    nb[0] = ((y - 1 + size) % size) * size + x
                    nb[1] = ((y + 1) % size) * size + x
                    nb[2] = y * size + (x - 1 + size) % size
                    nb[3] = y * size + (x + 1) % size
                    e = c[i].energy
                    target = i
                    if k == SHARK:
                        e -= 1
                        nc = 0
                        for j in range(4):
                            if c[nb[j]].kind == FISH:
                                cand[nc] = nb[j]
                                nc += 1
                        if nc:
                            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                            target = cand[(state >> 16) % nc]
                            e += 3
                        if e <= 0:
                            c[i].kind = EMPTY
                            continue
                    if target == i:
                        nc = 0
                        for j in range(4):
                            if c[nb[j]].kind == EMPTY:
                                cand[nc] = nb[j]
                                nc += 1
                        if nc:
                            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                            target = cand[(state >> 16) % nc]
                    a = c[i].age + 1
                    breed = fish_breed if k == FISH else shark_breed
                    if target != i:
                        c[target].kind = k
                        c[target].energy = e
                        c[target].moved = 1
                        if a >= breed:
                            c[target].age = 0
                            c[i].age = 0
                            c[i].energy = shark_energy
                        else:
                            c[target].age = a
                            c[i].kind = EMPTY
                    else:
                        c[i].age = a
                        c[i].energy = e
                        c[i].moved = 1
            fish = 0
            sharks = 0
            for i in range(n):
                if c[i].kind == FISH:
                    fish += 1
                elif c[i].kind == SHARK:
                    sharks += 1
            fish_curve.append(fish)
            shark_curve.append(sharks)
        fish = 0
        sharks = 0
        for i in range(n):
            if c[i].kind == FISH:
                fish += 1
            elif c[i].kind == SHARK:
                sharks += 1
        step = max(1, steps // 8)
        return (fish_curve[::step], shark_curve[::step], fish, sharks)
    finally:
        free(c)
