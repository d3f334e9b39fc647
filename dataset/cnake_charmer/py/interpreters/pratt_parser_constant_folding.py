"""Pratt-parse generated expressions into an AST, constant-fold it and evaluate it.

Expression text over integer literals, the variables x, y and z, binary ``+ - *``,
right-associative ``^`` and unary minus is generated with random spacing and
parentheses. A top-down operator-precedence (Pratt) parser driven by a binding-power
table builds dataclass nodes; a folding pass evaluates constant subtrees and applies
algebraic identities (x+0, x*1, x*0, x^0, x^1, --x). Arithmetic is modulo a prime.
Returns node counts before and after folding, how often each rule fired, the sum of
the folded trees' values at three variable bindings and a structural hash.

Keywords: interpreters, pratt parser, operator precedence, abstract syntax tree, constant folding, compiler pass
"""

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark

P = 1000003
H = 1000000007
TOKEN = re.compile(r"\s*(?:(\d+)|([a-z])|(\S))")
LITERALS = (0, 1, 1, 2, 3, 5, 7, 10, 12, 100)
BINDING = {"+": (10, 11), "-": (10, 11), "*": (20, 21), "^": (31, 30)}
PREFIX_MINUS = 25
OPS = "+-*^"


@dataclass
class Num:
    value: int


@dataclass
class Var:
    name: str


@dataclass
class Neg:
    operand: "Node"


@dataclass
class Bin:
    op: str
    left: "Node"
    right: "Node"


Node = Union[Num, Var, Neg, Bin]


def apply(op: str, a: int, b: int) -> int:
    if op == "+":
        return (a + b) % P
    if op == "-":
        return (a - b) % P
    if op == "*":
        return a * b % P
    return pow(a, b, P)


class Parser:
    def __init__(self, text: str) -> None:
        self.tokens = [num or name or sym for num, name, sym in TOKEN.findall(text)]
        self.pos = 0

    def peek(self) -> str:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ""

    def advance(self) -> str:
        self.pos += 1
        return self.tokens[self.pos - 1]

    def expression(self, min_bp: int = 0) -> Node:
        tok = self.advance()
        if tok.isdigit():
            left: Node = Num(int(tok) % P)
        elif tok.isalpha():
            left = Var(tok)
        elif tok == "(":
            left = self.expression()
            self.advance()  # ")"
        else:  # prefix "-"
            left = Neg(self.expression(PREFIX_MINUS))
        while self.peek() in BINDING:
            lbp, rbp = BINDING[self.peek()]
            if lbp < min_bp:
                break
            op = self.advance()
            left = Bin(op, left, self.expression(rbp))
        return left


def fold(node: Node, fired: Counter) -> Node:
    if isinstance(node, Neg):
        inner = fold(node.operand, fired)
        if isinstance(inner, Num):
            fired["const"] += 1
            return Num(-inner.value % P)
        if isinstance(inner, Neg):
            fired["negneg"] += 1
            return inner.operand
        return Neg(inner)
    if not isinstance(node, Bin):
        return node
    left, right = fold(node.left, fired), fold(node.right, fired)
    lv = left.value if isinstance(left, Num) else None
    rv = right.value if isinstance(right, Num) else None
    op = node.op
    if lv is not None and rv is not None:
        fired["const"] += 1
        return Num(apply(op, lv, rv))
    if op in "+-" and rv == 0:
        fired["add0"] += 1
        return left
    if op == "+" and lv == 0:
        fired["add0"] += 1
        return right
    if op == "*" and (lv == 0 or rv == 0):
        fired["mul0"] += 1
        return Num(0)
    if op == "*" and rv == 1:
        fired["mul1"] += 1
        return left
    if op == "*" and lv == 1:
        fired["mul1"] += 1
        return right
    if op == "^" and rv == 0:
        fired["pow0"] += 1
        return Num(1)
    if op == "^" and rv == 1:
        fired["pow1"] += 1
        return left
    return Bin(op, left, right)


def size(node: Node) -> int:
    if isinstance(node, Neg):
        return 1 + size(node.operand)
    if isinstance(node, Bin):
        return 1 + size(node.left) + size(node.right)
    return 1


def evaluate(node: Node, env: Dict[str, int]) -> int:
    if isinstance(node, Num):
        return node.value
    if isinstance(node, Var):
        return env[node.name]
    if isinstance(node, Neg):
        return -evaluate(node.operand, env) % P
    return apply(node.op, evaluate(node.left, env), evaluate(node.right, env))


def shape_hash(node: Node) -> int:
    if isinstance(node, Num):
        return (node.value * 31 + 7) % H
    if isinstance(node, Var):
        return ord(node.name) * 131 + 3
    if isinstance(node, Neg):
        return (shape_hash(node.operand) * 17 + 5) % H
    return ((shape_hash(node.left) * 1000003 + shape_hash(node.right)) % H * 7 + OPS.index(node.op)) % H


def generate(draw: Callable[[int], int], depth: int) -> str:
    r = draw(8)
    if depth == 0 or r == 0:
        if draw(2):
            return str(LITERALS[draw(len(LITERALS))])
        return "xyz"[draw(3)]
    if r == 1:
        return "-" + wrap(draw, generate(draw, depth - 1))
    op = OPS[draw(7) % 4]
    left = wrap(draw, generate(draw, depth - 1))
    if op == "^":
        return left + " ^ " + str(draw(4))
    return left + " " * draw(2) + op + " " + wrap(draw, generate(draw, depth - 1))


def wrap(draw: Callable[[int], int], text: str) -> str:
    return "(" + text + ")" if draw(3) else text


@python_benchmark(args=(1500, 7, 11), cases=[(0, 3, 1), (1, 0, 2), (3, 1, 3), (25, 4, 4)])
def pratt_parser_constant_folding(n_exprs: int, depth: int, seed: int) -> Tuple[int, int, Dict[str, int], int, int]:
    """Return (nodes before, nodes after folding, rule firings, value sum, shape hash)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    bindings: List[Dict[str, int]] = [
        {"x": 3, "y": 5, "z": 7},
        {"x": 0, "y": 1, "z": P - 1},
        {"x": 12345, "y": 999, "z": 424242},
    ]
    fired: Counter = Counter()
    before = after = 0
    total = digest = 0
    for _ in range(n_exprs):
        tree = Parser(generate(draw, depth)).expression()
        folded = fold(tree, fired)
        before += size(tree)
        after += size(folded)
        for env in bindings:
            total = (total + evaluate(folded, env)) % H
        digest = (digest * 131 + shape_hash(folded)) % H
    rules = ("const", "add0", "mul0", "mul1", "pow0", "pow1", "negneg")
    return (before, after, {rule: fired[rule] for rule in rules}, total, digest)
