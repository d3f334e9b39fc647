"""Drop balls through a Galton board and histogram where they land.

Each ball passes `rows` pegs and bounces right with probability p (seeded LCG). The
bin counts follow a binomial distribution; the pair returns the full histogram plus the
sample mean bin so that a biased or shifted board is detected.

Keywords: monte carlo, galton board, binomial distribution, histogram, simulation
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(20000, 24, 0.5, 99), cases=[(0, 5, 0.5, 1), (1, 0, 0.5, 2), (200, 6, 0.3, 3), (10, -1, 0.5, 4)])
def galton_board_bins(balls: int, rows: int, p: float, seed: int) -> Tuple[List[int], float]:
    """Return (bin counts for 0..rows, mean bin); negative rows raise ValueError."""
    if rows < 0:
        raise ValueError("rows must be non-negative")
    state = seed & 0x7FFFFFFF
    bins = [0] * (rows + 1)
    for _ in range(balls):
        position = 0
        for _ in range(rows):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state / 2147483648.0 < p:
                position += 1
        bins[position] += 1
    mean = sum(k * c for k, c in enumerate(bins)) / balls if balls > 0 else 0.0
    return bins, mean
