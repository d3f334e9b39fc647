"""Parse nested S-expressions and evaluate them as arithmetic.

Generated Lisp-style expressions such as ``(add 3 (mul 2 x) (neg 7))`` are tokenised
on parentheses and whitespace and parsed recursively into nested lists; the trees are
evaluated (with ``x`` bound to a value) and measured for depth and size.

Keywords: s expression, lisp, recursive parser, tree, evaluation, parsing
"""

from typing import List, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark

Node = Union[str, List["Node"]]
OPS = ["add", "mul", "neg", "max"]


def _parse(tokens: List[str], pos: int) -> Tuple[Node, int]:
    if tokens[pos] == "(":
        items = []
        pos += 1
        while tokens[pos] != ")":
            item, pos = _parse(tokens, pos)
            items.append(item)
        return items, pos + 1
    return tokens[pos], pos + 1


def _eval(node: Node, x: int) -> int:
    if isinstance(node, str):
        return x if node == "x" else int(node)
    op, args = node[0], [_eval(a, x) for a in node[1:]]
    if op == "add":
        return sum(args) % 1000003
    if op == "mul":
        out = 1
        for a in args:
            out = out * a % 1000003
        return out
    if op == "neg":
        return -args[0] % 1000003
    return max(args)


def _depth(node: Node) -> int:
    return 0 if isinstance(node, str) else 1 + max(_depth(a) for a in node[1:])


@python_benchmark(args=(800, 5, 6), cases=[(0, 3, 1), (1, 0, 2), (4, 2, 3), (60, 4, 4)])
def s_expression_tree_stats(n_exprs: int, max_depth: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (sum of values mod p, deepest tree, total atoms, first 5 values)."""
    state = seed

    def gen(d: int) -> str:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state
        if d == 0 or r % 3 == 0:
            return "x" if r % 7 == 0 else str((r >> 5) % 100)
        op = OPS[(r >> 8) % 4]
        arity = 1 if op == "neg" else 2 + (r >> 11) % 3
        return "(" + op + " " + " ".join(gen(d - 1) for _ in range(arity)) + ")"

    total = deepest = atoms = 0
    first = []
    for i in range(n_exprs):
        text = gen(max_depth)
        tokens = text.replace("(", " ( ").replace(")", " ) ").split()
        tree, _ = _parse(tokens, 0)
        value = _eval(tree, i % 50)
        total = (total + value) % 1000003
        deepest = max(deepest, _depth(tree))
        atoms += sum(1 for t in tokens if t not in ("(", ")") and t not in OPS)
        if len(first) < 5:
            first.append(value)
    return (total, deepest, atoms, first)
