"""Random sequential adsorption of dimers on a square lattice surface toward the jamming limit.

Diatomic molecules land at random sites with a random orientation on a periodic
L x L lattice of adsorption sites and stick irreversibly only if both sites they need
are free (no desorption, no diffusion). Coverage is recorded after every sweep of
L^2 attempts as the surface approaches its jammed state (about 0.9068 for dimers).
Returns the coverage after each sweep, the number of adsorbed horizontal and vertical
dimers, the free neighbouring pairs still able to accept a dimer, and the isolated
empty sites that never can.

Keywords: chemistry, surface chemistry, adsorption, random sequential adsorption, dimers, jamming, lattice model
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

DIRECTIONS = [(0, 1), (1, 0), (0, -1), (-1, 0)]


@python_benchmark(args=(160, 15, 3), cases=[(2, 1, 1), (1, 3, 2), (5, 0, 3), (8, 4, 4)])
def dimer_random_sequential_adsorption(size: int, sweeps: int, seed: int) -> Tuple[List[float], int, int, int, int]:
    """Return (coverage per sweep, horizontal dimers, vertical dimers, open pairs, isolated holes)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    surface = [[False] * size for _ in range(size)]
    occupied = 0
    horizontal = vertical = 0
    coverage = []
    for _ in range(sweeps):
        for _ in range(size * size):
            site = draw(size * size)
            dx, dy = DIRECTIONS[draw(4)]
            x, y = divmod(site, size)
            nx, ny = (x + dx) % size, (y + dy) % size
            if not surface[x][y] and not surface[nx][ny] and (x, y) != (nx, ny):
                surface[x][y] = surface[nx][ny] = True
                occupied += 2
                if dx == 0:
                    horizontal += 1
                else:
                    vertical += 1
        coverage.append(occupied / (size * size))
    open_pairs = 0
    isolated = 0
    for x in range(size):
        for y in range(size):
            if surface[x][y]:
                continue
            free_neighbours = 0
            for dx, dy in DIRECTIONS:
                nx, ny = (x + dx) % size, (y + dy) % size
                if not surface[nx][ny] and (nx, ny) != (x, y):
                    free_neighbours += 1
            if free_neighbours == 0:
                isolated += 1
            if not surface[(x + 1) % size][y] and (x + 1) % size != x:
                open_pairs += 1
            if not surface[x][(y + 1) % size] and (y + 1) % size != y:
                open_pairs += 1
    return (coverage, horizontal, vertical, open_pairs, isolated)
