"""WalkSAT local search on planted (guaranteed satisfiable) random 3-SAT instances.

A hidden assignment is drawn first and every random 3-clause that it would falsify has
its first literal negated, so each instance is satisfiable. WalkSAT starts from a random
assignment, keeps the number of true literals per clause and the list of unsatisfied
clauses, and repeatedly picks a random unsatisfied clause: it flips a variable with
zero break count if there is one, otherwise a random variable of the clause with the
given noise probability, otherwise the variable with the smallest break count.
Returns solved instances, total flips, unsatisfied clauses left in unsolved instances
and a checksum of the models found.

Keywords: logic circuits, SAT, WalkSAT, local search, stochastic search, break count, planted solution
"""

from collections import defaultdict
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(400, 1640, 6, 60000, 45, 99),
    cases=[(0, 10, 2, 100, 50, 1), (1, 3, 2, 100, 50, 2), (20, 80, 3, 0, 50, 3), (30, 120, 3, 5000, 0, 4), (40, 170, 3, 5000, 100, 5)],
)
def walksat_planted_3sat(nvars: int, nclauses: int, instances: int, max_flips: int, noise_pct: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (solved instances, total flips, unsatisfied clauses left, model checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    solved = total_flips = leftover = checksum = 0
    width = min(3, nvars)
    for _ in range(instances):
        hidden = [False] + [draw(2) == 1 for _ in range(nvars)]
        clauses: List[List[int]] = []
        for _ in range(nclauses if nvars > 0 else 0):
            clause: List[int] = []
            while len(clause) < width:
                v = draw(nvars) + 1
                if v not in clause and -v not in clause:
                    clause.append(v if draw(2) else -v)
            if not any(hidden[abs(l)] == (l > 0) for l in clause):
                clause[0] = -clause[0]
            clauses.append(clause)
        occurs: Dict[int, List[int]] = defaultdict(list)
        for c, clause in enumerate(clauses):
            for lit in clause:
                occurs[lit].append(c)
        assign = [False] + [draw(2) == 1 for _ in range(nvars)]
        true_count = [sum(assign[abs(l)] == (l > 0) for l in clause) for clause in clauses]
        unsat = [c for c, n in enumerate(true_count) if n == 0]
        where = {c: i for i, c in enumerate(unsat)}
        flips = 0
        while unsat and flips < max_flips:
            clause = clauses[unsat[draw(len(unsat))]]
            breaks = []
            for lit in clause:
                v = abs(lit)
                true_lit = v if assign[v] else -v
                breaks.append(sum(1 for d in occurs[true_lit] if true_count[d] == 1))
            best = min(breaks)
            if best == 0:
                pick = breaks.index(0)
            elif draw(100) < noise_pct:
                pick = draw(width)
            else:
                pick = breaks.index(best)
            v = abs(clause[pick])
            true_lit = v if assign[v] else -v
            assign[v] = not assign[v]
            for d in occurs[true_lit]:
                true_count[d] -= 1
                if true_count[d] == 0:
                    where[d] = len(unsat)
                    unsat.append(d)
            for d in occurs[-true_lit]:
                true_count[d] += 1
                if true_count[d] == 1:
                    i = where.pop(d)
                    last = unsat.pop()
                    if last != d:
                        unsat[i] = last
                        where[last] = i
            flips += 1
        total_flips += flips
        if unsat:
            leftover += len(unsat)
        else:
            solved += 1
            model = sum(v for v in range(1, nvars + 1) if assign[v])
            checksum = (checksum * 1_000_003 + model) % 998_244_353
    return (solved, total_flips, leftover, checksum)
