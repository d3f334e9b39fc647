"""Hückel pi-orbital energies of hetero-substituted conjugated chains by Sturm-sequence bisection.

Each chain is a linear conjugated system whose atoms are carbon or heteroatoms with
Coulomb and resonance parameters (h, k) in units of beta. The Hückel matrix is
tridiagonal, so each eigenvalue is isolated by bisection on Gershgorin bounds, using
the Sturm sequence of the LDL^T pivots to count eigenvalues below a trial value. The
pi electrons fill the most bonding levels in pairs. Returns, per chain, its length,
electron count, total pi energy, HOMO-LUMO gap and top eigenvalue, and the sum of
all eigenvalues (equal to the trace) as a check.

Keywords: chemistry, huckel theory, molecular orbitals, conjugated polyene, tridiagonal eigenvalues, sturm sequence, bisection
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

# (symbol, coulomb h, resonance k with its left neighbour, pi electrons)
ATOMS = [("C", 0.0, 1.0, 1), ("C", 0.0, 1.0, 1), ("C", 0.0, 1.0, 1), ("N", 0.5, 1.0, 1),
         ("N:", 1.5, 0.8, 2), ("O", 1.0, 1.0, 1), ("O:", 2.0, 0.8, 2), ("S:", 1.2, 0.7, 2)]


def count_below(diagonal: List[float], off: List[float], x: float) -> int:
    count = 0
    pivot = 1.0
    for i, d in enumerate(diagonal):
        pivot = d - x - (off[i - 1] ** 2 / pivot if i > 0 else 0.0)
        if pivot == 0.0:
            pivot = 1e-300
        if pivot < 0.0:
            count += 1
    return count


def eigenvalues(diagonal: List[float], off: List[float]) -> List[float]:
    n = len(diagonal)
    bound = 0.0
    for i in range(n):
        radius = abs(diagonal[i]) + (abs(off[i - 1]) if i > 0 else 0.0) + (abs(off[i]) if i < n - 1 else 0.0)
        bound = max(bound, radius)
    values = []
    for k in range(n):
        low, high = -bound - 1.0, bound + 1.0
        for _ in range(64):
            mid = 0.5 * (low + high)
            if count_below(diagonal, off, mid) > k:
                high = mid
            else:
                low = mid
        values.append(0.5 * (low + high))
    return values


@python_benchmark(args=(30, 70, 3), cases=[(0, 10, 1), (1, 1, 2), (2, 2, 3), (4, 9, 4)])
def huckel_chain_sturm_bisection(chains: int, max_length: int, seed: int) -> Tuple[float, List[Tuple[int, int, float, float, float]]]:
    """Return (sum of all eigenvalues, [(length, pi electrons, pi energy, gap, top level)])."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    trace = 0.0
    report = []
    for _ in range(chains):
        length = 1 + draw(max_length)
        atoms = [ATOMS[draw(len(ATOMS))] for _ in range(length)]
        diagonal = [h for _, h, _, _ in atoms]
        off = [atoms[i + 1][2] * atoms[i][2] for i in range(length - 1)]
        levels = sorted(eigenvalues(diagonal, off), reverse=True)
        electrons = 0
        for atom in atoms:
            electrons += atom[3]
        energy = 0.0
        remaining = electrons
        homo = -1
        for index, x in enumerate(levels):
            if remaining == 0:
                break
            filled = min(2, remaining)
            energy += filled * x
            remaining -= filled
            homo = index
        gap = levels[homo] - levels[homo + 1] if 0 <= homo < length - 1 else 0.0
        for x in levels:
            trace += x
        report.append((length, electrons, energy, gap, levels[0]))
    return (trace, report)
