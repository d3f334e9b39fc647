"""Euclidean rhythms by Bjorklund's algorithm and their rotation-invariant distances.

For every step count up to `max_steps` and every pulse count, the Euclidean rhythm
is built with Bjorklund's grouping procedure and compared, up to rotation, with the
Bresenham-style rhythm (i*k mod n < k). Then every pair of rhythms with the same
length is compared by the minimum Hamming distance over all rotations. Returns a
checksum of the patterns, how many agree with Bresenham up to rotation, the distance
histogram and the total distance.

Keywords: music theory, euclidean rhythm, bjorklund algorithm, rhythm similarity, hamming distance, rotation
"""

from cnake_charmer.benchmarks import python_benchmark


def bjorklund(pulses: int, steps: int) -> list:
    if pulses == 0:
        return [0] * steps
    groups = [[1] for _ in range(pulses)]
    remainders = [[0] for _ in range(steps - pulses)]
    while len(remainders) > 1:
        paired = min(len(groups), len(remainders))
        merged = [groups[i] + remainders[i] for i in range(paired)]
        leftover = groups[paired:] if len(groups) > paired else remainders[paired:]
        groups, remainders = merged, leftover
    return [bit for group in groups + remainders for bit in group]


def rotate(pattern: list, shift: int) -> list:
    return pattern[shift:] + pattern[:shift]


def min_rotation_distance(a: list, b: list) -> int:
    best = len(a)
    for shift in range(len(a)):
        rotated = rotate(b, shift)
        distance = sum(1 for x, y in zip(a, rotated) if x != y)
        best = min(best, distance)
    return best


@python_benchmark(args=(30,), cases=[(0,), (1,), (2,), (8,)])
def euclidean_rhythm_rotation_distance(max_steps: int) -> tuple:
    """Build all Euclidean rhythms up to max_steps and compare them pairwise."""
    checksum = 0
    agree = 0
    histogram = [0] * (max_steps + 1)
    total = 0
    for steps in range(2, max_steps + 1):
        rhythms = []
        for pulses in range(1, steps):
            pattern = bjorklund(pulses, steps)
            value = 0
            for bit in pattern:
                value = value * 2 + bit
            checksum = (checksum * 1000003 + value) % 1000000007
            bresenham = [1 if (i * pulses) % steps < pulses else 0 for i in range(steps)]
            if any(rotate(bresenham, s) == pattern for s in range(steps)):
                agree += 1
            rhythms.append(pattern)
        for i in range(len(rhythms)):
            for j in range(i + 1, len(rhythms)):
                d = min_rotation_distance(rhythms[i], rhythms[j])
                histogram[d] += 1
                total += d
    return checksum, agree, histogram, total
