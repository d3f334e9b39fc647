"""Gallager bit-flipping decoding of a regular (3, 6) LDPC code.

A Gallager parity-check matrix is generated: the first band of checks covers
consecutive blocks of six bits and every further band applies a seeded Fisher-Yates
permutation of the columns. Since the code is linear, the all-zero codeword is sent
over a binary symmetric channel; the hard-decision decoder repeatedly computes the
syndrome and flips every bit that sits in the largest number of unsatisfied checks.

Keywords: coding theory, LDPC, Gallager code, bit flipping, parity-check matrix, iterative decoding, Tanner graph
"""

from cnake_charmer.benchmarks import python_benchmark


class Lcg:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % bound


def gallager_checks(n, column_weight, row_weight, rng):
    per_band = n // row_weight
    checks = [list(range(r * row_weight, (r + 1) * row_weight)) for r in range(per_band)]
    for _ in range(column_weight - 1):
        perm = list(range(n))
        for i in range(n - 1, 0, -1):
            j = rng.below(i + 1)
            perm[i], perm[j] = perm[j], perm[i]
        for r in range(per_band):
            checks.append(sorted(perm[r * row_weight:(r + 1) * row_weight]))
    return checks


def bit_flip_decode(word, checks, var_checks, max_iterations):
    """Return (iterations used, syndrome cleared)."""
    for iteration in range(max_iterations):
        syndrome = [sum(word[v] for v in check) & 1 for check in checks]
        if not any(syndrome):
            return iteration, True
        unsatisfied = [sum(syndrome[c] for c in cs) for cs in var_checks]
        worst = max(unsatisfied)
        for v, count in enumerate(unsatisfied):
            if count == worst:
                word[v] ^= 1
    syndrome_clear = all(sum(word[v] for v in check) % 2 == 0 for check in checks)
    return max_iterations, syndrome_clear


@python_benchmark(args=(1800, 12, 40, 30, 3), cases=[(600, 0, 30, 10, 1), (600, 3, 0, 10, 2), (300, 4, 120, 20, 3), (12, 3, 100, 5, 4)])
def ldpc_gallager_bit_flipping(n: int, frames: int, flip_per_thousand: int, max_iterations: int, seed: int):
    """Return (decoded to zero, other codewords, failures, iterations, residual weight, flips, checksum)."""
    rng = Lcg(seed)
    n -= n % 6
    checks = gallager_checks(n, 3, 6, rng)
    var_checks = [[] for _ in range(n)]
    for c, check in enumerate(checks):
        for v in check:
            var_checks[v].append(c)
    success = wrong_codeword = failures = iterations = residual = channel_flips = 0
    checksum = 0
    for _ in range(frames):
        word = [1 if rng.below(1000) < flip_per_thousand else 0 for _ in range(n)]
        channel_flips += sum(word)
        used, clear = bit_flip_decode(word, checks, var_checks, max_iterations)
        iterations += used
        weight = sum(word)
        residual += weight
        if clear and weight == 0:
            success += 1
        elif clear:
            wrong_codeword += 1
        else:
            failures += 1
        for v, bit in enumerate(word):
            if bit:
                checksum = (checksum * 7 + v + 1) % 1000000007
    return success, wrong_codeword, failures, iterations, residual, channel_flips, checksum
