"""DPLL with unit propagation on random 3-SAT instances near the phase transition.

Generates independent uniform random 3-CNF instances (three distinct variables per
clause, random signs) at a clause/variable ratio given in tenths, and solves each with
recursive DPLL: exhaustive unit propagation by clause scanning, then branching on the
first unassigned literal of the first unsatisfied clause, trying that literal true
first. Returns the number of satisfiable instances and the total decisions,
propagations and conflicts, plus a checksum of the models found.

Keywords: logic circuits, SAT, DPLL, unit propagation, 3-SAT, phase transition, backtracking
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Solver:
    def __init__(self, nvars: int, clauses: List[Tuple[int, ...]]):
        self.clauses = clauses
        self.value: List[Optional[bool]] = [None] * (nvars + 1)
        self.trail: List[int] = []
        self.decisions = 0
        self.propagations = 0
        self.conflicts = 0

    def assign(self, lit: int) -> None:
        self.value[abs(lit)] = lit > 0
        self.trail.append(abs(lit))

    def undo(self, mark: int) -> None:
        while len(self.trail) > mark:
            self.value[self.trail.pop()] = None

    def propagate(self) -> bool:
        changed = True
        while changed:
            changed = False
            for clause in self.clauses:
                free_lits = []
                satisfied = False
                for lit in clause:
                    val = self.value[abs(lit)]
                    if val is None:
                        free_lits.append(lit)
                    elif val == (lit > 0):
                        satisfied = True
                        break
                if satisfied:
                    continue
                if not free_lits:
                    return False
                if len(free_lits) == 1:
                    self.assign(free_lits[0])
                    self.propagations += 1
                    changed = True
        return True

    def branch_literal(self) -> Optional[int]:
        for clause in self.clauses:
            if any(self.value[abs(l)] == (l > 0) for l in clause):
                continue
            for lit in clause:
                if self.value[abs(lit)] is None:
                    return lit
        return None

    def solve(self) -> bool:
        if not self.propagate():
            self.conflicts += 1
            return False
        lit = self.branch_literal()
        if lit is None:
            return True
        for choice in (lit, -lit):
            mark = len(self.trail)
            self.decisions += 1
            self.assign(choice)
            if self.solve():
                return True
            self.undo(mark)
        return False


@python_benchmark(args=(50, 43, 12, 2024), cases=[(0, 43, 3, 1), (1, 50, 2, 2), (3, 100, 4, 3), (20, 20, 5, 4), (12, 60, 6, 5)])
def dpll_random_3sat_statistics(nvars: int, ratio_tenths: int, instances: int, seed: int) -> Tuple[int, int, int, int, int]:
    """Return (satisfiable, decisions, propagations, conflicts, model checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    nclauses = nvars * ratio_tenths // 10
    width = min(3, nvars)
    sat = decisions = propagations = conflicts = checksum = 0
    for _ in range(instances):
        clauses = []
        for _ in range(nclauses):
            variables: List[int] = []
            while len(variables) < width:
                v = draw(nvars) + 1
                if v not in variables:
                    variables.append(v)
            clauses.append(tuple(v if draw(2) else -v for v in variables))
        solver = Solver(nvars, clauses)
        if solver.solve():
            sat += 1
            model = sum(v * v for v in range(1, nvars + 1) if solver.value[v])
            checksum = (checksum * 31 + model) % 1_000_000_007
        decisions += solver.decisions
        propagations += solver.propagations
        conflicts += solver.conflicts
    return (sat, decisions, propagations, conflicts, checksum)
