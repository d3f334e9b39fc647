"""Genetic algorithm on a concatenated deceptive trap function.

Chromosomes are bit strings made of blocks of five bits; each block scores 5 when all
ones and 4 - (number of ones) otherwise, which misleads hill climbers. A population
evolves by binary tournament selection, uniform crossover and bit-flip mutation driven
by a seeded LCG, with elitism. The pair returns the best fitness per generation, the
number of fully solved blocks in the final best and the final best chromosome as an
integer.

Keywords: optimization, genetic algorithm, deceptive trap, evolutionary computation, crossover
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def trap_fitness(bits: List[int], block: int) -> int:
    total = 0
    for start in range(0, len(bits), block):
        ones = sum(bits[start:start + block])
        total += block if ones == block else block - 1 - ones
    return total


@python_benchmark(args=(60, 60, 40, 3), cases=[(10, 4, 3, 1), (1, 2, 2, 2), (20, 6, 5, 3), (5, 0, 3, 4)])
def genetic_trap_function(bits: int, population: int, generations: int, seed: int) -> Tuple[List[int], int, int]:
    """Return (best fitness per generation, solved blocks in the best, best chromosome as int)."""
    block = 5
    length = (bits // block) * block
    if length <= 0 or population <= 0:
        return [], 0, 0
    state = seed & 0x7FFFFFFF

    def draw(mod: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) % mod

    pop = [[draw(2) for _ in range(length)] for _ in range(population)]
    fit = [trap_fitness(ind, block) for ind in pop]
    history = []
    for _ in range(generations):
        elite = max(range(population), key=lambda i: (fit[i], -i))
        children = [pop[elite][:]]
        while len(children) < population:
            parents = []
            for _ in range(2):
                a, b = draw(population), draw(population)
                parents.append(pop[a] if fit[a] >= fit[b] else pop[b])
            child = [parents[0][i] if draw(2) else parents[1][i] for i in range(length)]
            for i in range(length):
                if draw(length) == 0:
                    child[i] ^= 1
            children.append(child)
        pop = children
        fit = [trap_fitness(ind, block) for ind in pop]
        history.append(max(fit))
    best = max(range(population), key=lambda i: (fit[i], -i))
    solved = sum(1 for s in range(0, length, block) if sum(pop[best][s:s + block]) == block)
    value = 0
    for bit in pop[best]:
        value = value * 2 + bit
    return history, solved, value
