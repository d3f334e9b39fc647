# cython: language_level=3
"""FizzBuzz with a typed counter and C modulo tests.

The loop counter and both remainders are C ints, so the tests compile to plain C; the
words are shared constants and only the numbers still go through ``str``.

Keywords: fizzbuzz, modulo, string building, loops, seed
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython_benchmark(args=(300000,))
@cython.boundscheck(False)
def fizzbuzz(int n):
    """Return the FizzBuzz words for 1..n (empty for n < 1)."""
    cdef list words = []
    cdef int i, r3, r5
    for i in range(1, n + 1):
        r3 = i % 3
        r5 = i % 5
        if r3 == 0 and r5 == 0:
            words.append("FizzBuzz")
        elif r3 == 0:
            words.append("Fizz")
        elif r5 == 0:
            words.append("Buzz")
        else:
            words.append(str(i))
    return words
