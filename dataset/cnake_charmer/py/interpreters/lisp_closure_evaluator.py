"""A small Lisp with lexical closures: read, define a library, evaluate generated expressions.

The reader turns program text into nested lists. The evaluator handles numbers,
symbols looked up through a chain of environments, ``if``, ``define`` (including the
``(define (f args) body)`` shorthand), ``lambda``, ``let`` and applications of
closures or of the built-in primitives found in the outermost environment. A library of recursive and higher-order functions
(fib, tail-recursive sums, gcd, adders, scalers, compose, apply-n) is defined first,
then a seeded generator writes expressions that combine them, and each is evaluated.
Returns a checksum of the results, the first results, closure applications and
primitive calls.

Keywords: interpreters, lisp, s-expressions, closures, lexical environments, tree-walking evaluator
"""

from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark

LIBRARY = """
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (sum-to n acc) (if (= n 0) acc (sum-to (- n 1) (+ acc n))))
(define (gcd a b) (if (= b 0) a (gcd b (mod a b))))
(define (make-adder k) (lambda (x) (+ x k)))
(define (make-scaler k) (lambda (x) (mod (* x k) 1000003)))
(define (compose f g) (lambda (x) (f (g x))))
(define (apply-n f n x) (if (= n 0) x (apply-n f (- n 1) (f x))))
"""

PRIMITIVES: Dict[str, Callable] = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "mod": lambda a, b: a % b,
    "<": lambda a, b: a < b,
    "=": lambda a, b: a == b,
}

Expr = Union[int, str, list]


def read(text: str) -> List[Expr]:
    tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    pos = 0

    def form() -> Expr:
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok == "(":
            items = []
            while tokens[pos] != ")":
                items.append(form())
            pos += 1
            return items
        return int(tok) if tok.isdigit() else tok

    forms = []
    while pos < len(tokens):
        forms.append(form())
    return forms


class Env(dict):
    def __init__(self, names=(), values=(), outer: Optional["Env"] = None) -> None:
        super().__init__(zip(names, values))
        self.outer = outer

    def find(self, name: str) -> "Env":
        env = self
        while name not in env:
            env = env.outer
        return env


@dataclass
class Closure:
    params: List[str]
    body: Expr
    env: Env


class Interpreter:
    def __init__(self) -> None:
        builtins = Env(PRIMITIVES.keys(), PRIMITIVES.values())
        self.globals = Env(outer=builtins)
        self.applications = 0
        self.primitive_calls = 0

    def evaluate(self, x: Expr, env: Env):
        if isinstance(x, int):
            return x
        if isinstance(x, str):
            return env.find(x)[x]
        head = x[0]
        if head == "if":
            return self.evaluate(x[2] if self.evaluate(x[1], env) else x[3], env)
        if head == "define":
            if isinstance(x[1], list):
                name, params = x[1][0], x[1][1:]
                env[name] = Closure(params, x[2], env)
            else:
                env[x[1]] = self.evaluate(x[2], env)
            return None
        if head == "lambda":
            return Closure(x[1], x[2], env)
        if head == "let":
            names = [binding[0] for binding in x[1]]
            values = [self.evaluate(binding[1], env) for binding in x[1]]
            return self.evaluate(x[2], Env(names, values, env))
        fn = self.evaluate(head, env)
        args = [self.evaluate(arg, env) for arg in x[1:]]
        if isinstance(fn, Closure):
            self.applications += 1
            return self.evaluate(fn.body, Env(fn.params, args, fn.env))
        self.primitive_calls += 1
        return fn(*args)


def generate(draw: Callable[[int], int], depth: int) -> str:
    r = draw(9) if depth > 0 else 0
    if r == 0:
        return str(draw(100))

    def e() -> str:
        return generate(draw, depth - 1)

    if r == 1:
        return f"(+ {e()} {e()})"
    if r == 2:
        return f"(mod (* {e()} {e()}) 1000003)"
    if r == 3:
        return f"(fib {5 + draw(10)})"
    if r == 4:
        return f"(gcd (+ 1 {e()}) (+ 1 {e()}))"
    if r == 5:
        return f"(sum-to {draw(50)} 0)"
    if r == 6:
        return f"(apply-n (make-adder {e()}) {draw(20)} {e()})"
    if r == 7:
        return f"((compose (make-scaler {draw(50)}) (make-adder {e()})) {e()})"
    return f"(let ((x {e()}) (y {e()})) (if (< x y) (+ x 1) (+ y 2)))"


@python_benchmark(args=(150, 4, 37), cases=[(0, 3, 1), (1, 0, 2), (3, 1, 3), (12, 3, 4)])
def lisp_closure_evaluator(n_exprs: int, depth: int, seed: int) -> Tuple[int, List[int], int, int]:
    """Return (result checksum, first results, closure applications, primitive calls)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    lisp = Interpreter()
    for form in read(LIBRARY):
        lisp.evaluate(form, lisp.globals)
    checksum = 0
    first: List[int] = []
    for _ in range(n_exprs):
        (expr,) = read(generate(draw, depth))
        value = lisp.evaluate(expr, lisp.globals)
        checksum = (checksum * 1000003 + value) % 1000000007
        if len(first) < 8:
            first.append(value)
    return (checksum, first, lisp.applications, lisp.primitive_calls)
