"""Parse and evaluate many generated arithmetic expressions.

Random expression trees over ``+``, ``-`` and ``*`` are printed with parentheses only
some of the time, so operator precedence matters; each string is tokenised with a
regular expression and evaluated by a recursive-descent parser modulo a prime.

Keywords: recursive descent, expression parser, precedence, tokenizer, parsing
"""

import re
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1000000007
TOKEN = re.compile(r"\d+|[-+*()]")


def _parse(tokens: List[str]) -> int:
    pos = 0

    def expr() -> int:
        nonlocal pos
        value = term()
        while pos < len(tokens) and tokens[pos] in "+-":
            op = tokens[pos]
            pos += 1
            rhs = term()
            value = (value + rhs) % MOD if op == "+" else (value - rhs) % MOD
        return value

    def term() -> int:
        nonlocal pos
        value = factor()
        while pos < len(tokens) and tokens[pos] == "*":
            pos += 1
            value = value * factor() % MOD
        return value

    def factor() -> int:
        nonlocal pos
        tok = tokens[pos]
        pos += 1
        if tok == "(":
            value = expr()
            pos += 1  # ')'
            return value
        return int(tok)

    return expr()


@python_benchmark(args=(2500, 6, 1), cases=[(0, 3, 1), (1, 0, 2), (5, 2, 3), (40, 4, 4)])
def arithmetic_expression_eval(m: int, depth: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (sum of values mod p, longest expression length, first 5 values)."""
    state = seed

    def gen(d: int, out: List[str]) -> None:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state
        if d == 0 or r % 4 == 0:
            out.append(str((r >> 4) % 1000))
            return
        paren = (r >> 12) & 1
        if paren:
            out.append("(")
        gen(d - 1, out)
        out.append("+-*"[(r >> 8) % 3])
        gen(d - 1, out)
        if paren:
            out.append(")")

    total = 0
    longest = 0
    first = []
    for _ in range(m):
        parts: List[str] = []
        gen(depth, parts)
        text = "".join(parts)
        value = _parse(TOKEN.findall(text))
        total = (total + value) % MOD
        longest = max(longest, len(text))
        if len(first) < 5:
            first.append(value)
    return (total, longest, first)
