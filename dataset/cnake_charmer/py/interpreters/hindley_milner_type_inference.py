"""Hindley-Milner type inference with let-polymorphism on generated lambda terms.

Random terms over integer and boolean literals, variables, lambdas, applications,
``let`` and ``if`` are generated against a small prelude (add, eq, not, nil, cons,
head, tail). Inference follows algorithm J: type variables are mutable union-find
cells, unification links them (with an occurs check that also lowers levels), and
``let`` generalises the variables created at a deeper level - the level-based method
used by OCaml - so each use instantiates a fresh copy. A failed unification is
recorded and inference carries on, as a compiler reporting several errors would.
Returns well-typed terms, constructor mismatches, occurs-check failures, variable
bindings made, total size of the well-typed terms' types, a checksum of every inferred
type's shape with variables numbered canonically, and the first well-typed types.

Keywords: interpreters, type inference, hindley milner, unification, let polymorphism, union find
"""

from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark

GENERIC = 1 << 30
NAMES = "fghxyzuvw"


@dataclass(eq=False)
class TVar:
    level: int
    link: Optional["Type"] = None


@dataclass(eq=False)
class TCon:
    name: str  # "int", "bool", "->" or "list"
    args: Tuple["Type", ...] = ()


Type = Union[TVar, TCon]


class Mismatch(Exception):
    pass


class Occurs(Exception):
    pass


def fn(a: Type, b: Type) -> TCon:
    return TCon("->", (a, b))


INT, BOOL = TCon("int"), TCon("bool")


def prelude() -> Dict[str, Type]:
    a = TVar(GENERIC)
    return {
        "add": fn(INT, fn(INT, INT)),
        "eq": fn(INT, fn(INT, BOOL)),
        "not": fn(BOOL, BOOL),
        "nil": TCon("list", (a,)),
        "cons": fn(a, fn(TCon("list", (a,)), TCon("list", (a,)))),
        "head": fn(TCon("list", (a,)), a),
        "tail": fn(TCon("list", (a,)), TCon("list", (a,))),
    }


PRELUDE_NAMES = ("add", "eq", "not", "nil", "cons", "head", "tail")


def prune(t: Type) -> Type:
    if isinstance(t, TVar) and t.link is not None:
        t.link = prune(t.link)
        return t.link
    return t


class Inference:
    def __init__(self) -> None:
        self.bindings = self.mismatches = self.occurs_failures = 0

    def expect(self, a: Type, b: Type) -> None:
        """Unify, recording an error and carrying on (as a compiler reports several errors)."""
        try:
            self.unify(a, b)
        except Mismatch:
            self.mismatches += 1
        except Occurs:
            self.occurs_failures += 1

    def instantiate(self, t: Type, level: int, fresh: Dict[int, TVar]) -> Type:
        t = prune(t)
        if isinstance(t, TVar):
            if t.level == GENERIC:
                return fresh.setdefault(id(t), TVar(level))
            return t
        return TCon(t.name, tuple(self.instantiate(a, level, fresh) for a in t.args))

    def generalise(self, t: Type, level: int) -> None:
        t = prune(t)
        if isinstance(t, TVar):
            if t.level > level and t.level != GENERIC:
                t.level = GENERIC
        else:
            for a in t.args:
                self.generalise(a, level)

    def occurs(self, v: TVar, t: Type) -> None:
        t = prune(t)
        if t is v:
            raise Occurs()
        if isinstance(t, TVar):
            t.level = min(t.level, v.level)
        else:
            for a in t.args:
                self.occurs(v, a)

    def unify(self, a: Type, b: Type) -> None:
        a, b = prune(a), prune(b)
        if a is b:
            return
        if isinstance(b, TVar) and not isinstance(a, TVar):
            a, b = b, a
        if isinstance(a, TVar):
            self.occurs(a, b)
            a.link = b
            self.bindings += 1
            return
        if a.name != b.name:
            raise Mismatch()
        for x, y in zip(a.args, b.args):
            self.unify(x, y)

    def infer(self, term: tuple, env: Dict[str, Type], level: int) -> Type:
        kind = term[0]
        if kind == "int":
            return INT
        if kind == "bool":
            return BOOL
        if kind == "var":
            return self.instantiate(env[term[1]], level, {})
        if kind == "lam":
            param = TVar(level)
            return fn(param, self.infer(term[2], {**env, term[1]: param}, level))
        if kind == "app":
            f = self.infer(term[1], env, level)
            arg = self.infer(term[2], env, level)
            result = TVar(level)
            self.expect(f, fn(arg, result))
            return result
        if kind == "let":
            bound = self.infer(term[2], env, level + 1)
            self.generalise(bound, level)
            return self.infer(term[3], {**env, term[1]: bound}, level)
        self.expect(self.infer(term[1], env, level), BOOL)  # "if"
        then = self.infer(term[2], env, level)
        self.expect(then, self.infer(term[3], env, level))
        return then


def generate(draw: Callable[[int], int], depth: int, scope: List[str]) -> tuple:
    r = draw(16) if depth > 0 else draw(3)
    if r == 0:
        return ("int", draw(100))
    if r == 1:
        return ("bool", draw(2))
    candidates = scope + list(PRELUDE_NAMES)
    if r == 2:
        return ("var", candidates[draw(len(candidates))])
    if r < 6:
        name = NAMES[draw(len(NAMES))]
        return ("lam", name, generate(draw, depth - 1, scope + [name]))
    if r < 11:
        # applying a named function (often from the prelude) keeps many terms well typed
        if draw(2):
            head = ("var", candidates[draw(len(candidates))])
        else:
            head = generate(draw, depth - 1, scope)
        return ("app", head, generate(draw, depth - 1, scope))
    if r < 13:
        name = NAMES[draw(len(NAMES))]
        return ("let", name, generate(draw, depth - 1, scope), generate(draw, depth - 1, scope + [name]))
    return ("if", generate(draw, depth - 1, scope), generate(draw, depth - 1, scope), generate(draw, depth - 1, scope))


def describe(t: Type, names: Dict[int, int]) -> Tuple[str, int, int]:
    """Printed form, node count and a shape hash, numbering variables by first appearance."""
    t = prune(t)
    if isinstance(t, TVar):
        k = names.setdefault(id(t), len(names))
        text = chr(97 + k) if k < 26 else f"t{k}"
        return text, 1, (k + 1) * 7919 % 1000000007
    if t.name == "->":
        left, n1, h1 = describe(t.args[0], names)
        right, n2, h2 = describe(t.args[1], names)
        return f"({left} -> {right})", 1 + n1 + n2, (h1 * 1000003 + h2 * 31 + 3) % 1000000007
    if t.name == "list":
        inner, n1, h1 = describe(t.args[0], names)
        return f"[{inner}]", 1 + n1, (h1 * 131 + 5) % 1000000007
    return t.name, 1, 11 if t.name == "int" else 13


@python_benchmark(args=(2000, 7, 41), cases=[(0, 3, 1), (1, 0, 2), (4, 1, 3), (40, 4, 4)])
def hindley_milner_type_inference(n_terms: int, depth: int, seed: int) -> Tuple[int, int, int, int, int, int, List[str]]:
    """Return (well typed, mismatches, occurs failures, bindings, type size total, shape checksum, first types)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    typed = mismatches = occurs_failures = bindings = size_total = checksum = 0
    shown: List[str] = []
    for _ in range(n_terms):
        term = generate(draw, depth, [])
        engine = Inference()
        t = engine.infer(term, prelude(), 1)
        text, size, shape = describe(t, {})
        checksum = (checksum * 1009 + shape) % 1000000007
        mismatches += engine.mismatches
        occurs_failures += engine.occurs_failures
        bindings += engine.bindings
        if engine.mismatches + engine.occurs_failures == 0:
            typed += 1
            size_total += size
            if len(shown) < 6:
                shown.append(text)
    return (typed, mismatches, occurs_failures, bindings, size_total, checksum, shown)
