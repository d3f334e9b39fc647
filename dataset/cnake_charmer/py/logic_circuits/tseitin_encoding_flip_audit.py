"""Tseitin transformation of a generated circuit to CNF, audited by simulation and single flips.

A random circuit of AND, OR, XOR and NOT gates over numbered variables is turned into
CNF with the Tseitin encoding (one fresh variable per gate, 2-4 clauses each) plus a
unit clause asserting the last gate. The encoding is then audited: for random input
assignments the circuit is simulated, which fixes every gate variable; no gate clause
may be violated, and flipping any single gate variable must violate at least one of
the clauses it occurs in (counted through per-variable occurrence lists). Returns the
clause and literal counts, how often the output was true, the gate clauses violated
without flips (must be 0), the total and minimum
violations caused by the flips, and a checksum of the clause list.

Keywords: logic circuits, Tseitin transformation, CNF, SAT encoding, circuit to CNF, equisatisfiability, clause statistics
"""

from collections import defaultdict
from enum import Enum
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Kind(Enum):
    AND = "and"
    OR = "or"
    XOR = "xor"
    NOT = "not"


KINDS = list(Kind)


def encode(kind: Kind, z: int, a: int, b: int) -> List[Tuple[int, ...]]:
    if kind is Kind.AND:
        return [(-z, a), (-z, b), (z, -a, -b)]
    if kind is Kind.OR:
        return [(z, -a), (z, -b), (-z, a, b)]
    if kind is Kind.XOR:
        return [(-z, a, b), (-z, -a, -b), (z, -a, b), (z, a, -b)]
    return [(-z, -a), (z, a)]


@python_benchmark(args=(24, 2000, 30, 13), cases=[(1, 0, 3, 1), (1, 1, 4, 2), (2, 5, 0, 3), (3, 20, 8, 4), (6, 80, 10, 5)])
def tseitin_encoding_flip_audit(ninputs: int, ngates: int, trials: int, seed: int) -> Tuple[int, int, int, int, int, int, int]:
    """Return (clauses, literals, output-true trials, unflipped violations, flip violations, min violations per flip, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    gates: List[Tuple[Kind, int, int]] = []
    clauses: List[Tuple[int, ...]] = []
    for g in range(ngates):
        z = ninputs + g + 1
        kind = KINDS[draw(4)]
        a = 1 + draw(z - 1)
        b = 1 + draw(z - 1)
        gates.append((kind, a, b))
        clauses.extend(encode(kind, z, a, b))
    nvars = ninputs + ngates
    if ngates:
        clauses.append((nvars,))
    occurs: Dict[int, List[int]] = defaultdict(list)
    for c, clause in enumerate(clauses):
        for lit in clause:
            occurs[abs(lit)].append(c)
    checksum = 0
    for clause in clauses:
        for lit in clause:
            checksum = (checksum * 31 + lit + nvars) % 1_000_000_007
    output_true = flip_total = base_violations = 0
    flip_min = -1
    for _ in range(trials):
        value = [False] * (nvars + 1)
        for v in range(1, ninputs + 1):
            value[v] = draw(2) == 1
        for g, (kind, a, b) in enumerate(gates):
            x, y = value[a], value[b]
            if kind is Kind.AND:
                out = x and y
            elif kind is Kind.OR:
                out = x or y
            elif kind is Kind.XOR:
                out = x != y
            else:
                out = not x
            value[ninputs + g + 1] = out

        def violated(clause: Tuple[int, ...]) -> bool:
            return not any(value[abs(l)] == (l > 0) for l in clause)

        base_violations += sum(1 for clause in clauses if len(clause) > 1 and violated(clause))
        if ngates and value[nvars]:
            output_true += 1
        for z in range(ninputs + 1, nvars + 1):
            value[z] = not value[z]
            broken = sum(1 for c in occurs[z] if len(clauses[c]) > 1 and violated(clauses[c]))
            value[z] = not value[z]
            flip_total += broken
            if flip_min < 0 or broken < flip_min:
                flip_min = broken
    literals = sum(len(c) for c in clauses)
    return (len(clauses), literals, output_true, base_violations, flip_total, flip_min, checksum)
