"""Luhn (mod 10) check digits over a block of account numbers.

The Luhn algorithm doubles every second digit from the right, subtracts 9 from
doubled values above 9 and requires the total to be divisible by 10; it guards card
and IMEI numbers against single-digit typos. For a contiguous block of 15-digit
account numbers the function counts the valid ones, computes the check digit each
would need, and tallies how many single-digit typos of a valid number are caught.

Keywords: Luhn algorithm, check digit, mod 10, validation, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _luhn_sum(number: int, double_first: bool) -> int:
    total = 0
    double = double_first
    while number:
        d = number % 10
        number //= 10
        if double:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        double = not double
    return total


@python_benchmark(args=(400000000000000, 30000), cases=[(0, 10), (79927398710, 1), (79927398713, 0), (1, 25), (-10, 5)])
def luhn_checksum_range_count(start: int, count: int) -> Tuple[int, List[int], int]:
    """Return (valid numbers, check-digit histogram 0..9, typos caught among valid numbers); start >= 0."""
    if start < 0:
        raise ValueError("start must be non-negative")
    valid = 0
    check_hist = [0] * 10
    caught = 0
    for number in range(start, start + count):
        if _luhn_sum(number, False) % 10 == 0:
            valid += 1
            s = str(number)
            for pos in range(len(s)):
                wrong = s[:pos] + str((int(s[pos]) + 1) % 10) + s[pos + 1:]
                caught += _luhn_sum(int(wrong), False) % 10 != 0
        check = (10 - _luhn_sum(number, True) % 10) % 10
        check_hist[check] += 1
    return valid, check_hist, caught
