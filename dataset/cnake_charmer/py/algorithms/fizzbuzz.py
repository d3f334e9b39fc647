"""FizzBuzz: the words a player says for 1..n.

Multiples of 3 become "Fizz", of 5 "Buzz", of both "FizzBuzz"; other numbers are said
as themselves. The seed pair of the dataset: the Cython side shows how typing the loop
counter and the modulo tests removes Python arithmetic from the hot loop.

Keywords: fizzbuzz, modulo, string building, loops, seed
"""

from typing import List

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(300000,), cases=[(0,), (1,), (15,), (-3,)])
def fizzbuzz(n: int) -> List[str]:
    """Return the FizzBuzz words for 1..n (empty for n < 1)."""
    words = []
    for i in range(1, n + 1):
        if i % 15 == 0:
            words.append("FizzBuzz")
        elif i % 3 == 0:
            words.append("Fizz")
        elif i % 5 == 0:
            words.append("Buzz")
        else:
            words.append(str(i))
    return words
