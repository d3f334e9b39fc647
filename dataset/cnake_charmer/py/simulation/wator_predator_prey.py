"""Wa-Tor: fish and sharks on a toroidal ocean (Dewdney's predator-prey model).

Every cell is empty or holds one fish or one shark. Creatures are processed in
row-major order (each moves at most once per step). Fish move to a random empty
neighbour and breed after enough steps; sharks eat a random neighbouring fish if
there is one (gaining energy), otherwise move, lose energy each step, starve at zero
and breed like fish. All choices use a seeded LCG. Returns the fish and shark
population curves (sampled) and the final populations.

Keywords: simulation, wa-tor, predator prey, agent based model, population dynamics, torus
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EMPTY, FISH, SHARK = 0, 1, 2


@python_benchmark(args=(70, 80, 3, 8, 4, 5), cases=[(1, 3, 2, 3, 2, 1), (2, 5, 2, 3, 2, 2), (5, 0, 3, 5, 3, 3), (12, 20, 3, 10, 3, 4)])
def wator_predator_prey(size: int, steps: int, fish_breed: int, shark_breed: int, shark_energy: int, seed: int) -> Tuple[List[int], List[int], int, int]:
    """Run Wa-Tor on a size x size torus for `steps` chronons."""
    state = seed & 0x7FFFFFFF
    kind = [[EMPTY] * size for _ in range(size)]
    age = [[0] * size for _ in range(size)]
    energy = [[0] * size for _ in range(size)]
    for y in range(size):
        for x in range(size):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = (state >> 16) % 100
            if r < 30:
                kind[y][x], age[y][x] = FISH, r % fish_breed
            elif r < 34:
                kind[y][x], age[y][x], energy[y][x] = SHARK, r % shark_breed, shark_energy
    fish_curve, shark_curve = [], []
    for _ in range(steps):
        moved = [[False] * size for _ in range(size)]
        for y in range(size):
            for x in range(size):
                k = kind[y][x]
                if k == EMPTY or moved[y][x]:
                    continue
                nbrs = [((y - 1) % size, x), ((y + 1) % size, x), (y, (x - 1) % size), (y, (x + 1) % size)]
                e = energy[y][x]
                target = (y, x)
                if k == SHARK:
                    e -= 1
                    prey = [c for c in nbrs if kind[c[0]][c[1]] == FISH]
                    if prey:
                        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                        target = prey[(state >> 16) % len(prey)]
                        e += 3
                    if e <= 0:
                        kind[y][x] = EMPTY
                        continue
                if target == (y, x):
                    free = [c for c in nbrs if kind[c[0]][c[1]] == EMPTY]
                    if free:
                        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                        target = free[(state >> 16) % len(free)]
                a = age[y][x] + 1
                ty, tx = target
                breed = fish_breed if k == FISH else shark_breed
                if target != (y, x):
                    kind[ty][tx], energy[ty][tx], moved[ty][tx] = k, e, True
                    if a >= breed:
                        age[ty][tx] = 0
                        age[y][x] = 0
                        energy[y][x] = shark_energy
                    else:
                        age[ty][tx] = a
                        kind[y][x] = EMPTY
                else:
                    age[y][x], energy[y][x], moved[y][x] = a, e, True
        fish_curve.append(sum(row.count(FISH) for row in kind))
        shark_curve.append(sum(row.count(SHARK) for row in kind))
    step = max(1, steps // 8)
    fish = sum(row.count(FISH) for row in kind)
    sharks = sum(row.count(SHARK) for row in kind)
    return (fish_curve[::step], shark_curve[::step], fish, sharks)
