"""Parse generated chemical formulas with nested parentheses into element counts and molar masses.

Formulas such as ``Fe2(SO4)3`` or ``Ca(C2H3(OH)2)2Cl`` are generated at random (groups
nested up to three deep, multi-digit multipliers), tokenised with a regular expression
and folded with a stack of element counters. Each formula's molar mass is summed in a
fixed element order. Returns the total number of atoms, the total of all molar masses,
the per-element atom totals, the heaviest formula and the masses of the first formulas.

Keywords: chemistry, chemical formula, molar mass, parser, parentheses, stoichiometry, element counts
"""

import re
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ATOMIC_MASS = {
    "H": 1.008, "C": 12.011, "N": 14.007, "O": 15.999, "S": 32.06, "P": 30.974,
    "Cl": 35.45, "Na": 22.99, "Fe": 55.845, "Cu": 63.546, "Br": 79.904, "Si": 28.085,
}
SYMBOLS = list(ATOMIC_MASS)
TOKEN = re.compile(r"[A-Z][a-z]?|\d+|\(|\)")


def parse_formula(formula: str) -> Counter:
    stack = [Counter()]
    tokens = TOKEN.findall(formula)
    i = 0
    while i < len(tokens):
        token = tokens[i]
        i += 1
        multiplier = 1
        if i < len(tokens) and tokens[i].isdigit():
            multiplier = int(tokens[i])
            i += 1
        if token == "(":
            stack.append(Counter())
            if multiplier != 1:
                raise ValueError("a count cannot follow '('")
        elif token == ")":
            group = stack.pop()
            for element, count in group.items():
                stack[-1][element] += count * multiplier
        else:
            stack[-1][token] += multiplier
    return stack[0]


def molar_mass(counts: Counter) -> float:
    mass = 0.0
    for element in SYMBOLS:
        mass += counts[element] * ATOMIC_MASS[element]
    return mass


@python_benchmark(args=(12000, 11), cases=[(0, 1), (1, 2), (5, 3), (40, 4)])
def chemical_formula_molar_mass(n: int, seed: int) -> Tuple[int, float, List[int], Tuple[str, float], List[float]]:
    """Return (atoms, sum of masses, atoms per element, (heaviest formula, mass), first masses)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    def generate(depth: int) -> str:
        parts = []
        for _ in range(1 + draw(4)):
            if depth < 3 and draw(4) == 0:
                inner = generate(depth + 1)
                parts.append("(" + inner + ")" + str(2 + draw(4)))
            else:
                symbol = SYMBOLS[draw(len(SYMBOLS))]
                count = draw(13)
                parts.append(symbol + (str(count) if count > 1 else ""))
        return "".join(parts)

    totals = Counter()
    total_mass = 0.0
    heaviest = ("", 0.0)
    first = []
    for index in range(n):
        formula = generate(0)
        counts = parse_formula(formula)
        totals.update(counts)
        mass = molar_mass(counts)
        total_mass += mass
        if mass > heaviest[1]:
            heaviest = (formula, mass)
        if index < 8:
            first.append(mass)
    atoms = 0
    for count in totals.values():
        atoms += count
    return (atoms, total_mass, [totals[s] for s in SYMBOLS], heaviest, first)
