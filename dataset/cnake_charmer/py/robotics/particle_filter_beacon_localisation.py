"""Monte Carlo localisation of a robot among range beacons with systematic resampling.

A robot drives an arc through a 100 x 100 room containing seeded range beacons. A
particle filter starts from a uniform global prior, propagates each (x, y, heading)
particle through a noisy unicycle motion model, weighs it by the Gaussian likelihood
of the noisy range readings, and resamples systematically whenever the effective
sample size drops below half the particle count.

Keywords: robotics, particle filter, monte carlo localisation, systematic resampling, beacons, bayes filter
"""

import math

from cnake_charmer.benchmarks import python_benchmark

SPEED = 1.0
TURN = 0.05
RANGE_SIGMA = 2.0


class Lcg:
    def __init__(self, seed: int):
        self.state = seed & 0x7FFFFFFF

    def uniform(self) -> float:
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 7) / 16777216.0

    def noise(self) -> float:
        """Roughly bell-shaped noise in [-2, 2) from four uniforms."""
        total = self.uniform()
        total += self.uniform()
        total += self.uniform()
        total += self.uniform()
        return total - 2.0


def _ranges(x: float, y: float, beacons: list) -> list:
    return [math.sqrt((bx - x) * (bx - x) + (by - y) * (by - y)) for bx, by in beacons]


@python_benchmark(args=(700, 60, 5, 21), cases=[(100, 0, 3, 1), (50, 10, 0, 2), (0, 5, 3, 3), (200, 25, 4, 4), (1, 5, 2, 5)])
def particle_filter_beacon_localisation(particles: int, steps: int, beacons: int, seed: int) -> tuple:
    """Return (resamples, final position error, mean error, estimate (x, y), weight checksum)."""
    rng = Lcg(seed)
    marks = [(rng.uniform() * 100.0, rng.uniform() * 100.0) for _ in range(beacons)]
    if particles == 0:
        return (0, -1.0, -1.0, (0.0, 0.0), 0.0)
    cloud = [(rng.uniform() * 100.0, rng.uniform() * 100.0, rng.uniform() * 2.0 * math.pi)
             for _ in range(particles)]
    weights = [1.0 / particles] * particles
    truth = (20.0, 50.0, 0.0)
    resamples = 0
    error_total = 0.0
    error = 0.0
    ex = ey = 0.0
    for _ in range(steps):
        x, y, h = truth
        truth = (x + SPEED * math.cos(h), y + SPEED * math.sin(h), h + TURN)
        readings = [d + 0.5 * rng.noise() for d in _ranges(truth[0], truth[1], marks)]

        moved = []
        for x, y, h in cloud:
            v = SPEED + 0.1 * rng.noise()
            moved.append((x + v * math.cos(h), y + v * math.sin(h), h + TURN + 0.02 * rng.noise()))
        cloud = moved

        total = 0.0
        for i, (x, y, _) in enumerate(cloud):
            squared = 0.0
            for z, d in zip(readings, _ranges(x, y, marks)):
                squared += (z - d) * (z - d)
            weights[i] *= math.exp(-0.5 * squared / (RANGE_SIGMA * RANGE_SIGMA))
            total += weights[i]
        if total > 0.0:
            weights = [w / total for w in weights]
        else:
            weights = [1.0 / particles] * particles

        ex = ey = 0.0
        for (x, y, _), w in zip(cloud, weights):
            ex += w * x
            ey += w * y
        error = math.sqrt((ex - truth[0]) * (ex - truth[0]) + (ey - truth[1]) * (ey - truth[1]))
        error_total += error

        squares = 0.0
        for w in weights:
            squares += w * w
        if 1.0 / squares < particles / 2:
            resamples += 1
            offset = rng.uniform() / particles
            chosen = []
            i = 0
            cumulative = weights[0]
            for m in range(particles):
                u = offset + m / particles
                while u > cumulative and i < particles - 1:
                    i += 1
                    cumulative += weights[i]
                chosen.append(cloud[i])
            cloud = chosen
            weights = [1.0 / particles] * particles

    checksum = 0.0
    for i, w in enumerate(weights):
        checksum += (i % 7 + 1) * w
    mean_error = error_total / steps if steps else 0.0
    return (resamples, error, mean_error, (ex, ey), checksum)
