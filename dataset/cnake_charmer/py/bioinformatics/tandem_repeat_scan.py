"""Exact tandem repeats (microsatellites) with periods 1 to 6 in a DNA sequence.

For each period p the sequence is compared with itself shifted by p; a maximal run of
agreeing positions of length r marks a region of r + p bases made of copies of one
p-base unit. Regions with at least three copies whose unit is primitive (not itself a
repeat of a shorter unit) are reported: counts per period, bases covered and the five
longest repeats with their units.

Keywords: bioinformatics, tandem repeat, microsatellite, str, dna, periodicity, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 8), cases=[(0, 1), (1, 2), (9, 3), (300, 4), (5000, 5)])
def tandem_repeat_scan(n: int, seed: int) -> Tuple[List[int], int, int, List[Tuple[int, int, str]]]:
    """Return (repeats per period 1..6, repeats, bases covered, five longest (length, start, unit))."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    chunks = []
    size = 0
    while size < n:
        if draw(150) == 0:
            unit = "".join("ACGT"[draw(4)] for _ in range(1 + draw(6)))
            block = unit * (3 + draw(10))
        else:
            block = "ACGT"[draw(4)]
        chunks.append(block)
        size += len(block)
    dna = "".join(chunks)[:n]

    repeats = []

    def record(start: int, run: int, period: int) -> None:
        span = run + period
        unit = dna[start:start + period]
        if span // period >= 3 and (unit + unit).find(unit, 1) == period:
            repeats.append((span, start, unit))

    for period in range(1, 7):
        run = 0
        for i, (x, y) in enumerate(zip(dna, dna[period:])):
            if x == y:
                run += 1
            else:
                record(i - run, run, period)
                run = 0
        if len(dna) > period:
            record(len(dna) - period - run, run, period)

    per_period = [0] * 6
    for _, _, unit in repeats:
        per_period[len(unit) - 1] += 1
    covered = sum(span for span, _, _ in repeats)
    longest = sorted(repeats, key=lambda r: (-r[0], r[1], len(r[2])))[:5]
    return (per_period, len(repeats), covered, longest)
