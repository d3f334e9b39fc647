"""Minimum NAND-only formula size (leaf count) of every Boolean function of a few inputs.

Functions are packed truth tables. Formulas with one leaf are the input variables; a
formula with s leaves is NAND(f, g) of formulas with a and s - a leaves. Growing s
one at a time and keeping only truth tables not reached before gives, for every
function reachable within the leaf budget, its minimum NAND-formula size (a tree, so
shared subformulas are counted again). Returns how many functions were reached, the
number of new functions per size, the largest size needed and a checksum of all
(truth table, size) pairs.

Keywords: logic circuits, NAND gate, logic synthesis, formula size, truth table, exhaustive enumeration, Boolean functions
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def variable_table(i: int, nvars: int) -> int:
    return sum(1 << x for x in range(1 << nvars) if x >> i & 1)


@python_benchmark(args=(4, 12), cases=[(0, 5), (1, 6), (2, 9), (3, 0), (3, 12)])
def nand_formula_minimum_leaves(nvars: int, max_leaves: int) -> Tuple[int, List[int], int, int]:
    """Return (functions reached, new functions per size 1..max, largest size, checksum)."""
    if not 0 <= nvars <= 4:
        raise ValueError("nvars must be in 0..4")
    if max_leaves > 250:
        raise ValueError("max_leaves must be at most 250")
    full = (1 << (1 << nvars)) - 1
    best: Dict[int, int] = {}
    levels: Dict[int, List[int]] = {}
    for s in range(1, max_leaves + 1):
        if s == 1:
            fresh = {variable_table(i, nvars) for i in range(nvars)}
        else:
            fresh = set()
            for a in range(1, s // 2 + 1):
                for f in levels[a]:
                    for g in levels[s - a]:
                        h = full ^ (f & g)
                        if h not in best:
                            fresh.add(h)
        levels[s] = sorted(fresh)
        for h in levels[s]:
            best[h] = s
    checksum = 0
    for table in sorted(best):
        checksum = (checksum * 257 + table * 31 + best[table]) % 1_000_000_007
    per_size = [len(levels[s]) for s in range(1, max_leaves + 1)]
    return (len(best), per_size, max(best.values(), default=0), checksum)
