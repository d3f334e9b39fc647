"""Happy numbers up to n using a memo for small digit-square sums.

Repeatedly replacing k by the sum of the squares of its digits ends either at 1
(happy) or in the cycle through 4 (unhappy). Every value after one step is below
81 * digits, so the fate and step count of all small values are computed once and
reused. Counts, a checksum of happy numbers and the slowest start are returned.

Keywords: number theory, happy numbers, digit sums, memoization, iteration
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000,), cases=[(0,), (1,), (7,), (1000,)])
def happy_numbers_memo(n: int) -> Tuple[int, int, int, int]:
    """Return (happy numbers <= n, checksum of them, most steps to reach 1 or 4, first k needing that)."""
    def step(x: int) -> int:
        return sum(int(c) ** 2 for c in str(x))

    small = 1000
    fate = {}
    for start in range(1, small):
        seen = []
        x = start
        while x not in (1, 4) and x not in fate:
            seen.append(x)
            x = step(x)
        happy, steps = fate.get(x, (x == 1, 0))
        for value in reversed(seen):
            steps += 1
            fate[value] = (happy, steps)
    fate[1] = (True, 0)
    fate[4] = (False, 0)
    count = checksum = most = most_at = 0
    for k in range(1, n + 1):
        if k < small:
            happy, steps = fate[k]
        else:
            happy, steps = fate[step(k)]
            steps += 1
        if happy:
            count += 1
            checksum = (checksum + k * k) % 1000000007
        if steps > most:
            most, most_at = steps, k
    return (count, checksum, most, most_at)
