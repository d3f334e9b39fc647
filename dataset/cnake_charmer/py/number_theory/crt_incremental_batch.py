"""Solving many systems of congruences with the generalised Chinese remainder theorem.

Each system has four congruences x = r_i (mod m_i) with arbitrary (not necessarily
coprime) moduli. They are merged one at a time: two congruences are compatible iff
their residues agree modulo gcd(m1, m2), and then combine into one modulo lcm(m1, m2).
Some systems are made inconsistent on purpose.

Keywords: number theory, chinese remainder theorem, congruences, gcd, lcm, modular inverse
"""

from math import gcd
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(15000, 19), cases=[(0, 1), (1, 2), (5, 3), (50, 4)])
def crt_incremental_batch(systems: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (consistent systems, solution checksum, modulus checksum, first 5 solutions or -1)."""
    state = seed & 0x7FFFFFFF
    consistent = sol_sum = mod_sum = 0
    first: List[int] = []
    for _ in range(systems):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        hidden = state
        x, m = 0, 1
        ok = True
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            modulus = 2 + (state >> 8) % 999
            residue = hidden % modulus
            if (state >> 4) % 16 == 0:
                residue = (residue + 1) % modulus
            g = gcd(m, modulus)
            if (residue - x) % g:
                ok = False
                break
            step = m // g
            t = (residue - x) // g * pow(step, -1, modulus // g) % (modulus // g) if modulus // g > 1 else 0
            x = x + m * t
            m = m * modulus // g
            x %= m
        if ok:
            consistent += 1
            sol_sum = (sol_sum * 31 + x) % 1000000007
            mod_sum = (mod_sum + m) % 1000000007
        if len(first) < 5:
            first.append(x if ok else -1)
    return (consistent, sol_sum, mod_sum, first)
