"""Digit DP: how many integers in [0, N] have a digit sum divisible by k?

For each of many random bounds N the digits are scanned from the most significant:
prefixes that are already below N's prefix are counted per digit-sum residue and may
take any next digit, while the tight prefix follows N exactly. Per-query answers are
summarised by a checksum and the first few values.

Keywords: dynamic programming, digit dp, counting, digit sum, modular residues
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400, 11, 83), cases=[(0, 3, 1), (1, 1, 2), (3, 10, 3), (20, 7, 4)])
def digit_sum_divisible_count(queries: int, k: int, seed: int) -> Tuple[int, List[int]]:
    """Return (checksum of all answers, first 5 answers)."""
    state = seed & 0x7FFFFFFF
    answers = []
    for _ in range(queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        high = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        bound = (high * 2147483648 + state) % 10 ** 15
        free = [0] * k
        tight = 0
        for ch in str(bound):
            d = int(ch)
            nxt = [0] * k
            for r, count in enumerate(free):
                if count:
                    for digit in range(10):
                        nxt[(r + digit) % k] += count
            for digit in range(d):
                nxt[(tight + digit) % k] += 1
            tight = (tight + d) % k
            free = nxt
        answers.append(free[0] + (1 if tight == 0 else 0))
    checksum = sum((i + 1) * a for i, a in enumerate(answers)) % (2 ** 61 - 1)
    return (checksum, answers[:5])
