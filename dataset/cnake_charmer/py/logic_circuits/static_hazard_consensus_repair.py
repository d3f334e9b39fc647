"""Static-1 hazard detection in sum-of-products covers and repair by iterated consensus.

In a two-level AND-OR circuit a static-1 hazard exists when two adjacent on-set
minterms (differing in one input) are not covered by any single product term: when
that input switches, one AND gate may fall before the other rises and the output can
glitch. For each generated cover every adjacent on-set pair is checked, then
consensus terms are added until closure (every pair of cubes with exactly one
opposing variable has its consensus contained in some cube), which yields a
hazard-free cover. Returns the hazards before, the consensus cubes added, the
hazards after, the final literal count and a checksum of the final covers.

Keywords: logic circuits, hazards, static-1 hazard, consensus, sum of products, glitch, two-level logic
"""

from typing import List, NamedTuple, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Cube(NamedTuple):
    value: int  # polarity of each cared-for variable
    care: int  # bit set: the variable appears as a literal

    def contains_minterm(self, m: int) -> bool:
        return m & self.care == self.value

    def contains(self, other: "Cube") -> bool:
        return self.care & other.care == self.care and other.value & self.care == self.value


def consensus(a: Cube, b: Cube) -> Optional[Cube]:
    opposing = a.care & b.care & (a.value ^ b.value)
    if opposing == 0 or opposing & (opposing - 1):
        return None
    care = (a.care | b.care) & ~opposing
    return Cube((a.value | b.value) & care, care)


def count_hazards(cubes: List[Cube], nvars: int) -> int:
    hazards = 0
    for m in range(1 << nvars):
        if not any(c.contains_minterm(m) for c in cubes):
            continue
        for i in range(nvars):
            other = m | (1 << i)
            if other == m or not any(c.contains_minterm(other) for c in cubes):
                continue
            if not any(c.contains_minterm(m) and not c.care >> i & 1 for c in cubes):
                hazards += 1
    return hazards


@python_benchmark(args=(9, 9, 48, 77), cases=[(0, 3, 2, 1), (1, 2, 2, 2), (3, 0, 3, 3), (4, 4, 5, 4), (6, 6, 4, 5)])
def static_hazard_consensus_repair(nvars: int, ncubes: int, nfunctions: int, seed: int) -> Tuple[int, int, int, int, int]:
    """Return (hazards before, consensus cubes added, hazards after, final literals, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    before = added = after = literals = checksum = 0
    full = (1 << nvars) - 1
    for _ in range(nfunctions):
        cubes: List[Cube] = []
        for _ in range(ncubes):
            care = sum(1 << i for i in range(nvars) if draw(5) < 3)
            cubes.append(Cube(draw(1 << nvars) & care & full, care))
        before += count_hazards(cubes, nvars)
        changed = True
        while changed:
            changed = False
            n = len(cubes)
            for i in range(n):
                for j in range(i + 1, n):
                    c = consensus(cubes[i], cubes[j])
                    if c is not None and not any(d.contains(c) for d in cubes):
                        cubes.append(c)
                        added += 1
                        changed = True
        after += count_hazards(cubes, nvars)
        for c in cubes:
            literals += bin(c.care).count("1")
            checksum = (checksum * 8191 + c.value * 1024 + c.care) % 1_000_000_007
    return (before, added, after, literals, checksum)
