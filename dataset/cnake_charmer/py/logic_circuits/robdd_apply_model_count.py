"""Reduced ordered BDDs of random 3-CNF formulas, built with apply and model-counted.

Each clause becomes a BDD over a fixed variable order, and the clauses are conjoined one
by one through the classic recursive apply with a unique table (hash-consing) and a
computed table. The finished formula is then XOR-ed with the parity of all variables.
Satisfying assignments are counted bottom-up with level skips. Returns the model count
of the formula and of formula-xor-parity, the node count of both BDDs and the total
number of distinct nodes ever created.

Keywords: logic circuits, BDD, ROBDD, unique table, apply, model counting, hash consing, 3-SAT
"""

from enum import Enum
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Op(Enum):
    AND = 0
    OR = 1
    XOR = 2


class BDD:
    """Shared node store: node 0 is FALSE, node 1 is TRUE; terminals sit at level nvars."""

    def __init__(self, nvars: int):
        self.nvars = nvars
        self.var: List[int] = [nvars, nvars]
        self.lo: List[int] = [0, 1]
        self.hi: List[int] = [0, 1]
        self.unique: Dict[Tuple[int, int, int], int] = {}
        self.computed: Dict[Tuple[Op, int, int], int] = {}

    def mk(self, v: int, lo: int, hi: int) -> int:
        if lo == hi:
            return lo
        key = (v, lo, hi)
        node = self.unique.get(key)
        if node is None:
            node = len(self.var)
            self.var.append(v)
            self.lo.append(lo)
            self.hi.append(hi)
            self.unique[key] = node
        return node

    def literal(self, v: int, positive: bool) -> int:
        return self.mk(v, 0, 1) if positive else self.mk(v, 1, 0)

    def apply(self, op: Op, a: int, b: int) -> int:
        if op is Op.AND:
            if a == 0 or b == 0:
                return 0
            if a == 1 or a == b:
                return b
            if b == 1:
                return a
        elif op is Op.OR:
            if a == 1 or b == 1:
                return 1
            if a == 0 or a == b:
                return b
            if b == 0:
                return a
        else:
            if a == b:
                return 0
            if a == 0:
                return b
            if b == 0:
                return a
        if a > b:
            a, b = b, a
        key = (op, a, b)
        if key in self.computed:
            return self.computed[key]
        v = min(self.var[a], self.var[b])
        a0, a1 = (self.lo[a], self.hi[a]) if self.var[a] == v else (a, a)
        b0, b1 = (self.lo[b], self.hi[b]) if self.var[b] == v else (b, b)
        result = self.mk(v, self.apply(op, a0, b0), self.apply(op, a1, b1))
        self.computed[key] = result
        return result

    def size(self, root: int) -> int:
        seen = set()
        stack = [root]
        while stack:
            u = stack.pop()
            if u in seen:
                continue
            seen.add(u)
            if u > 1:
                stack.append(self.lo[u])
                stack.append(self.hi[u])
        return len(seen)

    def count(self, root: int) -> int:
        memo = {0: 0, 1: 1}

        def go(u: int) -> int:
            if u not in memo:
                v = self.var[u]
                lo, hi = self.lo[u], self.hi[u]
                memo[u] = (go(lo) << (self.var[lo] - v - 1)) + (go(hi) << (self.var[hi] - v - 1))
            return memo[u]

        return go(root) << self.var[root]


@python_benchmark(args=(26, 95, 5), cases=[(0, 0, 1), (1, 3, 2), (3, 30, 3), (8, 20, 4), (12, 40, 9)])
def robdd_apply_model_count(nvars: int, nclauses: int, seed: int) -> Tuple[int, int, int, int, int]:
    """Return (models of F, models of F xor parity, |F|, |F xor parity|, nodes created)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    bdd = BDD(nvars)
    formula = 1
    width = min(3, nvars)
    for _ in range(nclauses if nvars > 0 else 0):
        chosen: List[int] = []
        while len(chosen) < width:
            v = draw(nvars)
            if v not in chosen:
                chosen.append(v)
        clause = 0
        for v in chosen:
            clause = bdd.apply(Op.OR, clause, bdd.literal(v, draw(2) == 1))
        bdd.computed.clear()
        formula = bdd.apply(Op.AND, formula, clause)
        bdd.computed.clear()
    parity = 0
    for v in range(nvars):
        parity = bdd.apply(Op.XOR, parity, bdd.literal(v, True))
    bdd.computed.clear()
    mixed = bdd.apply(Op.XOR, formula, parity)
    return (bdd.count(formula), bdd.count(mixed), bdd.size(formula), bdd.size(mixed), len(bdd.var))
