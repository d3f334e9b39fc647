"""Counting decodings of a digit string (A=1 ... Z=26), modulo a prime.

A digit string is generated so that every 0 follows a 1 or a 2 (keeping at least one
decoding). The Fibonacci-like recurrence adds the count two back whenever the last two
digits form a code in 10..26. Counts at evenly spaced prefixes are returned too.

Keywords: dynamic programming, decode ways, counting, strings, fibonacci-like recurrence
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(120000, 71), cases=[(0, 1), (1, 2), (2, 3), (25, 4)])
def decode_ways_digit_string(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (decodings mod 1e9+7, usable two-digit codes, counts at 8 evenly spaced prefixes)."""
    state = seed & 0x7FFFFFFF
    digits = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        d = (state >> 12) % 10
        if d == 0 and (not digits or digits[-1] not in "12"):
            d = 1 + (state >> 16) % 9
        digits.append(str(d))
    text = "".join(digits)
    ways = [1] + [0] * n
    pairs = 0
    for i in range(1, n + 1):
        if text[i - 1] != "0":
            ways[i] = ways[i - 1]
        if i >= 2 and 10 <= int(text[i - 2:i]) <= 26:
            ways[i] = (ways[i] + ways[i - 2]) % MOD
            pairs += 1
    step = max(1, n // 8)
    return (ways[n], pairs, ways[::step][:8])
