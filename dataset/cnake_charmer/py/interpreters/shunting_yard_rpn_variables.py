"""Convert generated formulas to RPN with the shunting-yard algorithm and tabulate them.

Formulas over float literals, the variables x, y and z, ``+ - * /`` (division by zero
gives 0), unary minus and the functions ``min``/``max`` (two or three arguments),
``abs`` and ``sqrt`` (of the absolute value) are generated as text. Dijkstra's
shunting-yard algorithm, extended with unary-minus detection and per-call argument
counting, turns each into reverse Polish notation, which is then evaluated with a
value stack over a grid of variable values, as a spreadsheet fill would. Returns the
RPN length, the deepest evaluation stack, a hash of the RPN code, the total of all
values, the number of negative values and the first grid values.

Keywords: interpreters, shunting-yard, reverse polish notation, infix to postfix, stack evaluation, function calls
"""

import math
import re
from typing import Callable, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

TOKEN = re.compile(r"\s*(?:(\d+\.?\d*)|([a-z]+)|(\S))")
LITERALS = ("0.5", "2", "3", "1.25", "10", "0.1", "7", "4.75")
FUNCTIONS = ("min", "max", "abs", "sqrt")
PRECEDENCE = {"+": 1, "-": 1, "*": 2, "/": 2, "neg": 3}
BINARY = {
    "+": lambda a, b: a + b,
    "-": lambda a, b: a - b,
    "*": lambda a, b: a * b,
    "/": lambda a, b: a / b if b != 0 else 0.0,
}


def to_rpn(text: str) -> List[tuple]:
    """Shunting-yard: infix text to a list of ("num", v) / ("var", n) / ("op", o) / ("call", f, argc)."""
    output: List[tuple] = []
    ops: List[str] = []
    argc: List[int] = []
    prev = "start"
    for number, name, sym in TOKEN.findall(text):
        if number:
            output.append(("num", float(number), LITERALS.index(number)))
            prev = "value"
        elif name in FUNCTIONS:
            ops.append(name)
            prev = "function"
        elif name:
            output.append(("var", name))
            prev = "value"
        elif sym == "(":
            ops.append("(")
            if prev == "function":
                argc.append(1)
            prev = "open"
        elif sym == ",":
            while ops[-1] != "(":
                output.append(("op", ops.pop()))
            argc[-1] += 1
            prev = "open"
        elif sym == ")":
            while ops[-1] != "(":
                output.append(("op", ops.pop()))
            ops.pop()
            if ops and ops[-1] in FUNCTIONS:
                output.append(("call", ops.pop(), argc.pop()))
            prev = "value"
        elif sym == "-" and prev != "value":
            ops.append("neg")  # prefix: never pops anything
            prev = "open"
        else:
            while ops and ops[-1] in PRECEDENCE and PRECEDENCE[ops[-1]] >= PRECEDENCE[sym]:
                output.append(("op", ops.pop()))
            ops.append(sym)
            prev = "open"
    while ops:
        output.append(("op", ops.pop()))
    return output


def evaluate(rpn: List[tuple], env: dict) -> Tuple[float, int]:
    stack: List[float] = []
    deepest = 0
    for item in rpn:
        kind = item[0]
        if kind == "num":
            stack.append(item[1])
        elif kind == "var":
            stack.append(env[item[1]])
        elif kind == "op" and item[1] == "neg":
            stack.append(-stack.pop())
        elif kind == "op":
            b = stack.pop()
            a = stack.pop()
            stack.append(BINARY[item[1]](a, b))
        else:
            name, count = item[1], item[2]
            args = stack[-count:]
            del stack[-count:]
            if name == "min":
                stack.append(min(args))
            elif name == "max":
                stack.append(max(args))
            elif name == "abs":
                stack.append(abs(args[0]))
            else:
                stack.append(math.sqrt(abs(args[0])))
        deepest = max(deepest, len(stack))
    return stack[0], deepest


def code_of(item: tuple) -> int:
    if item[0] == "num":
        return 1000 + item[2]
    if item[0] == "var":
        return ord(item[1])
    if item[0] == "op":
        return ord("~") if item[1] == "neg" else ord(item[1])
    return 2000 + FUNCTIONS.index(item[1]) * 32 + item[2]


def generate(draw: Callable[[int], int], depth: int) -> str:
    r = draw(10)
    if depth == 0 or r == 0:
        return LITERALS[draw(len(LITERALS))] if draw(2) else "xyz"[draw(3)]
    if r == 1:
        return "-" + generate(draw, depth - 1)
    if r == 2:
        name = FUNCTIONS[draw(4)]
        count = 2 + draw(2) if name in ("min", "max") else 1
        return name + "(" + ", ".join(generate(draw, depth - 1) for _ in range(count)) + ")"
    left = generate(draw, depth - 1)
    op = "+-*/"[draw(4)]
    right = generate(draw, depth - 1)
    text = left + " " + op + " " + right
    return "(" + text + ")" if draw(2) else text


@python_benchmark(args=(90, 6, 14, 5), cases=[(0, 3, 4, 1), (1, 0, 1, 2), (3, 2, 0, 3), (8, 4, 3, 4)])
def shunting_yard_rpn_variables(n_formulas: int, depth: int, grid: int, seed: int) -> Tuple[int, int, int, float, int, List[float]]:
    """Return (RPN length, deepest stack, RPN hash, value total, negative values, first values)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    rpn_len = deepest = negatives = 0
    digest = 0
    total = 0.0
    first: List[float] = []
    for _ in range(n_formulas):
        rpn = to_rpn(generate(draw, depth))
        rpn_len += len(rpn)
        for item in rpn:
            digest = (digest * 4099 + code_of(item)) % 1000000007
        for i in range(grid):
            for j in range(grid):
                env = {"x": i * 0.375 - 3.0, "y": j * 0.625 - 2.0, "z": (i + j) * 0.125}
                value, depth_seen = evaluate(rpn, env)
                deepest = max(deepest, depth_seen)
                total += value
                negatives += value < 0
                if len(first) < 6:
                    first.append(value)
    return (rpn_len, deepest, digest, total, negatives, first)
