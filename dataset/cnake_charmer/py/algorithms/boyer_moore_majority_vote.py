"""Boyer-Moore majority vote, plus the k > n/3 generalisation (Misra-Gries).

Over many generated streams, one pass with a single candidate and counter finds the
only possible majority element, which a second pass verifies; a variant with two
candidates finds every value occurring more than n/3 times. Returns, per stream
family, how many streams had a majority and the verified answers for the first
streams.

Keywords: majority vote, Boyer-Moore, Misra-Gries, streaming, heavy hitters
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200, 2000, 4), cases=[(0, 10, 1), (3, 0, 2), (5, 1, 3), (20, 9, 4)])
def boyer_moore_majority_vote(streams: int, length: int, seed: int) -> Tuple[int, int, List[int], List[List[int]]]:
    """Return (streams with a majority, streams with a third-heavy value, first 5 majorities or -1, first 3 heavy lists)."""
    state = seed & 0x7FFFFFFF
    with_majority = with_heavy = 0
    majorities = []
    heavies = []
    for s in range(streams):
        bias = s % 3
        values = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = (state >> 8) % 100
            values.append(7 if r < 30 + 15 * bias else 11 if r < 60 else r % 13)
        candidate, count = -1, 0
        for v in values:
            if count == 0:
                candidate, count = v, 1
            elif v == candidate:
                count += 1
            else:
                count -= 1
        majority = candidate if values.count(candidate) * 2 > len(values) else -1
        c1 = c2 = None
        n1 = n2 = 0
        for v in values:
            if v == c1:
                n1 += 1
            elif v == c2:
                n2 += 1
            elif n1 == 0:
                c1, n1 = v, 1
            elif n2 == 0:
                c2, n2 = v, 1
            else:
                n1 -= 1
                n2 -= 1
        heavy = sorted(c for c in {c1, c2} if c is not None and values.count(c) * 3 > len(values))
        with_majority += majority >= 0
        with_heavy += bool(heavy)
        if len(majorities) < 5:
            majorities.append(majority)
        if len(heavies) < 3:
            heavies.append(heavy)
    return with_majority, with_heavy, majorities, heavies
