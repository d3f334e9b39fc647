"""Weight enumerator of a random binary linear code by Gray-code enumeration.

A k x n generator matrix is drawn from a seeded LCG (rows stored as integers);
all 2^k codewords are visited in Gray-code order so that each step XORs exactly one
generator row into the running codeword. The Hamming weight of every codeword is
tallied into the weight distribution A_0..A_n, from which the minimum distance follows.

Keywords: coding theory, linear code, weight enumerator, Gray code, minimum distance, generator matrix
"""

from cnake_charmer.benchmarks import python_benchmark


def _generator_rows(k, n, seed):
    state = seed & 0x7FFFFFFF
    rows = []
    for _ in range(k):
        row = 0
        for j in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) & 1:
                row |= 1 << j
        rows.append(row)
    return rows


@python_benchmark(args=(19, 48, 11), cases=[(0, 10, 1), (1, 5, 2), (6, 6, 3), (10, 24, 4), (12, 63, 5)])
def linear_code_weight_enumerator_gray(k: int, n: int, seed: int):
    """Return (weight distribution, minimum nonzero weight, zero codewords besides 0, checksum)."""
    rows = _generator_rows(k, n, seed)
    distribution = [0] * (n + 1)
    distribution[0] = 1
    codeword = 0
    checksum = 0
    for step in range(1, 1 << k):
        # the bit that changes between Gray(step-1) and Gray(step) is the lowest set bit of step
        flip = (step & -step).bit_length() - 1
        codeword ^= rows[flip]
        weight = codeword.bit_count()
        distribution[weight] += 1
        checksum = (checksum * 31 + weight * (step & 1023)) % 1000000007
    nonzero = [w for w in range(1, n + 1) if distribution[w]]
    min_distance = nonzero[0] if nonzero else 0
    return distribution, min_distance, distribution[0] - 1, checksum
