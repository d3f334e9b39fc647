"""Count Friday the 13ths (and other weekday/day combinations) with Zeller's congruence.

For every month in a range of Gregorian years the weekday of the 13th is computed
with Zeller's congruence, treating January and February as months 13 and 14 of the
previous year. Returns how often the 13th falls on each weekday (Saturday first, as
Zeller numbers them), the longest gap in months between Friday the 13ths and the
first few such dates.

Keywords: Zeller's congruence, calendar, weekday, Gregorian, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _zeller(year: int, month: int, day: int) -> int:
    if month < 3:
        month += 12
        year -= 1
    k, j = year % 100, year // 100
    return (day + (13 * (month + 1)) // 5 + k + k // 4 + j // 4 + 5 * j) % 7


@python_benchmark(args=(1600, 20000), cases=[(2000, 2000), (2000, 2001), (1900, 2100), (2024, 2020), (0, 5), (1, 3)])
def friday_13th_zeller(first_year: int, last_year: int) -> Tuple[List[int], int, List[Tuple[int, int]]]:
    """Return (13ths per weekday Sat..Fri, longest month gap between Friday 13ths, first 4 (year, month))."""
    if first_year < 1:
        raise ValueError("years must be positive")
    per_day = [0] * 7
    longest = 0
    last_index = None
    first = []
    index = 0
    for year in range(first_year, last_year + 1):
        for month in range(1, 13):
            w = _zeller(year, month, 13)
            per_day[w] += 1
            if w == 6:
                if last_index is not None:
                    longest = max(longest, index - last_index)
                last_index = index
                if len(first) < 4:
                    first.append((year, month))
            index += 1
    return per_day, longest, first
