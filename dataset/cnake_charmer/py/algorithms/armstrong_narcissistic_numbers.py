"""Find Armstrong (narcissistic) numbers: equal to the sum of their digits' powers.

A k-digit number is narcissistic when the sum of its digits each raised to the k-th
power equals the number (153 = 1**3 + 5**3 + 3**3). Every number below the limit is
tested by splitting it into digits. Also collects "near misses" whose digit power sum
is within 1 of the number. Returns the narcissistic numbers, the near-miss count and
the largest digit-power sum seen.

Keywords: Armstrong numbers, narcissistic numbers, digit powers, brute force, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(120000,), cases=[(0,), (1,), (10,), (1000,), (-5,)])
def armstrong_narcissistic_numbers(limit: int) -> Tuple[List[int], int, int]:
    """Return (narcissistic numbers below limit, near misses, largest digit-power sum)."""
    found = []
    near = 0
    largest = 0
    for n in range(limit):
        digits = str(n)
        k = len(digits)
        total = sum(int(d) ** k for d in digits)
        if total == n:
            found.append(n)
        elif abs(total - n) == 1:
            near += 1
        largest = max(largest, total)
    return found, near, largest
