"""Quine-McCluskey prime implicants with essential-prime selection and a greedy cover.

A random incompletely specified function is drawn (on-set and don't-care set from a
shuffled minterm list). Prime implicants are found the textbook way: implicants are
(value, dash-mask) pairs grouped by dash mask and number of ones, neighbouring groups
are merged when they differ in exactly one bit, and anything never merged is prime.
The cover takes every essential prime, then repeatedly the prime covering the most
still-uncovered on-set minterms (first in (value, mask) order on ties). Returns the
number of primes, of essential primes, the cover size, its literal count, a checksum
of the cover and its first cubes written as strings such as "1-0-".

Keywords: logic circuits, Quine-McCluskey, prime implicants, two-level minimisation, set cover, essential primes, Boolean function
"""

from collections import defaultdict
from typing import Dict, FrozenSet, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

Cube = Tuple[int, int]  # (value bits, dash mask)


def cube_text(cube: Cube, nvars: int) -> str:
    value, mask = cube
    return "".join("-" if mask >> i & 1 else str(value >> i & 1) for i in reversed(range(nvars)))


def covered_minterms(cube: Cube) -> Set[int]:
    value, mask = cube
    result = set()
    sub = mask
    while True:
        result.add(value | sub)
        if sub == 0:
            break
        sub = (sub - 1) & mask
    return result


def prime_implicants(minterms: Set[int]) -> Set[Cube]:
    current: Set[Cube] = {(m, 0) for m in minterms}
    primes: Set[Cube] = set()
    while current:
        groups: Dict[Tuple[int, int], List[int]] = defaultdict(list)
        for value, mask in current:
            groups[(mask, bin(value).count("1"))].append(value)
        merged: Set[Cube] = set()
        used: Set[Cube] = set()
        for (mask, ones), values in groups.items():
            partners = groups.get((mask, ones + 1), [])
            for v in values:
                for w in partners:
                    diff = v ^ w
                    if diff & (diff - 1) == 0:
                        merged.add((v, mask | diff))
                        used.add((v, mask))
                        used.add((w, mask))
        primes |= current - used
        current = merged
    return primes


@python_benchmark(args=(11, 700, 250, 8), cases=[(0, 1, 0, 1), (1, 1, 0, 2), (3, 0, 2, 3), (4, 9, 3, 4), (6, 30, 10, 5)])
def quine_mccluskey_greedy_cover(nvars: int, n_on: int, n_dc: int, seed: int) -> Tuple[int, int, int, int, int, List[str]]:
    """Return (primes, essential primes, cover size, literals, cover checksum, first cubes)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    universe = list(range(1 << nvars))
    for i in range(len(universe) - 1, 0, -1):
        j = draw(i + 1)
        universe[i], universe[j] = universe[j], universe[i]
    n_on = min(n_on, len(universe))
    n_dc = min(n_dc, len(universe) - n_on)
    on_set = set(universe[:n_on])
    care = on_set | set(universe[n_on:n_on + n_dc])
    primes = sorted(prime_implicants(care))
    covers: List[FrozenSet[int]] = [frozenset(covered_minterms(p) & on_set) for p in primes]
    cover: List[Cube] = []
    uncovered = set(on_set)
    for m in sorted(on_set):
        holders = [i for i, c in enumerate(covers) if m in c]
        if len(holders) == 1 and primes[holders[0]] not in cover:
            cover.append(primes[holders[0]])
    essential = len(cover)
    for p in cover:
        uncovered -= covered_minterms(p)
    while uncovered:
        best = max(range(len(primes)), key=lambda i: (len(covers[i] & uncovered), -i))
        cover.append(primes[best])
        uncovered -= covers[best]
    literals = sum(nvars - bin(mask).count("1") for _, mask in cover)
    checksum = 0
    for value, mask in cover:
        checksum = (checksum * 4099 + (value << nvars | mask)) % 1_000_000_007
    return (len(primes), essential, len(cover), literals, checksum, [cube_text(c, nvars) for c in cover[:4]])
