"""Look-and-say sequence: read each term aloud to get the next one.

Starting from a seed string of digits, each term describes the previous one as runs
("1211" -> "one 1, one 2, two 1s" -> "111221"). Lengths grow by Conway's constant,
about 1.30 per step. Returns the length of every term, the digit counts of the last
term and its first characters.

Keywords: look-and-say, run-length reading, Conway's constant, string building, sequences
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=("1", 42), cases=[("1", 0), ("1", 1), ("3", 6), ("22", 5), ("", 3), ("1113", 8)])
def look_and_say_lengths(start: str, steps: int) -> Tuple[List[int], List[int], str]:
    """Return (length of each term, counts of digits 1, 2, 3 in the last term, first 20 chars)."""
    term = start
    lengths = [len(term)]
    for _ in range(steps):
        out = []
        i = 0
        while i < len(term):
            j = i
            while j < len(term) and term[j] == term[i]:
                j += 1
            out.append(str(j - i))
            out.append(term[i])
            i = j
        term = "".join(out)
        lengths.append(len(term))
    counts = [term.count(d) for d in "123"]
    return lengths, counts, term[:20]
