"""Fast Walsh-Hadamard transform of integer sequences and sequency analysis.

Integer signals of length 2^p (a square wave plus LCG +/-1 noise) are transformed with
the in-place fast Walsh-Hadamard butterfly (sums and differences only, exact in
integers). Applying it twice recovers N times the input, which is checked. Returns the
strongest coefficient indices, their values, the transform's energy (Parseval) and
the round-trip check.

Keywords: walsh hadamard transform, fast transform, butterfly, integer transform, sequency
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _fwht(values: List[int]) -> List[int]:
    a = values[:]
    h = 1
    n = len(a)
    while h < n:
        for start in range(0, n, 2 * h):
            for i in range(start, start + h):
                x, y = a[i], a[i + h]
                a[i], a[i + h] = x + y, x - y
        h *= 2
    return a


@python_benchmark(args=(14, 2), cases=[(0, 1), (1, 2), (3, 0), (6, 3)])
def walsh_hadamard_transform(p: int, rounds: int) -> Tuple[List[int], List[int], int, bool]:
    """Transform `rounds` integer signals of length 2^p; summarise the last one."""
    n = 1 << p
    state = 1357
    top: List[int] = []
    values: List[int] = []
    energy = 0
    round_trip = True
    for r in range(rounds):
        signal = []
        for i in range(n):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            square = 3 if (i >> (r % max(p, 1))) & 1 else -3
            signal.append(square + (1 if state & 0x10000 else -1))
        coeffs = _fwht(signal)
        back = _fwht(coeffs)
        round_trip = round_trip and all(b == n * s for b, s in zip(back, signal))
        energy = sum(c * c for c in coeffs)
        top = sorted(range(n), key=lambda k: (-abs(coeffs[k]), k))[:5]
        values = [coeffs[k] for k in top]
    return top, values, energy, round_trip
