"""Rewrite an L-system string for several generations.

Applies the rules of a branching-plant Lindenmayer system in parallel to every symbol,
generation after generation, then summarises the final string (length, counts of a few
symbols, maximum bracket nesting, a prefix and a polynomial checksum).

Keywords: l-system, string rewriting, grammar, fractal, strings
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

RULES = {"X": "F+[[X]-X]-F[-FX]+X", "F": "FF"}


@python_benchmark(args=(8,), cases=[(0,), (1,), (2,), (4,)])
def lsystem_string_rewrite(generations: int) -> Tuple[int, int, int, int, str, int]:
    """Return (length, F count, X count, max depth, first 40 chars, checksum)."""
    s = "X"
    for _ in range(generations):
        s = "".join(RULES.get(ch, ch) for ch in s)
    depth = best = 0
    checksum = 0
    for ch in s:
        if ch == "[":
            depth += 1
            best = max(best, depth)
        elif ch == "]":
            depth -= 1
        checksum = (checksum * 131 + ord(ch)) % 1000000007
    return (len(s), s.count("F"), s.count("X"), best, s[:40], checksum)
