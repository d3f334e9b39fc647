"""Peephole-optimise generated stack code to a fixpoint and check it still computes the same.

A generator emits valid straight-line stack code (it tracks the stack depth) over eight
variables with 32-bit wrapping arithmetic, salted with the redundant idioms naive code
generators leave behind. Each pass streams the code through an output list and, after
every append, rewrites the tail while a rule matches: push/pop and dup/pop pairs,
load-then-store of the same variable, double neg or swap, constant folding, additive
and multiplicative identities, push-then-dup, and store-then-load becoming dup-store.
Passes repeat until one changes nothing. Both programs are then run on a stack
machine. Returns the lengths before and after, passes, rule firings, a checksum of the
optimised code, the machine state checksum and whether both programs agree.

Keywords: interpreters, peephole optimisation, constant folding, stack code, compiler pass, fixpoint
"""

from collections import Counter
from typing import Callable, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASK = 0xFFFFFFFF
N_VARS = 8
OPS = ("push", "load", "store", "add", "sub", "mul", "neg", "dup", "swap", "pop", "nop")
FOLD = {
    "add": lambda a, b: (a + b) & MASK,
    "sub": lambda a, b: (a - b) & MASK,
    "mul": lambda a, b: (a * b) & MASK,
}

Ins = Tuple[str, int]


def generate(draw: Callable[[int], int], n: int) -> List[Ins]:
    code: List[Ins] = []
    depth = 0
    while len(code) < n:
        r = draw(20)
        if r < 4 or depth == 0:
            code.append(("push", draw(4) if draw(2) else draw(1 << 16)))
            depth += 1
        elif r < 7:
            code.append(("load", draw(N_VARS)))
            depth += 1
        elif r < 9:
            code.append(("store", draw(N_VARS)))
            depth -= 1
        elif r < 12 and depth >= 2:
            code.append((("add", "sub", "mul")[draw(3)], 0))
            depth -= 1
        elif r == 12:
            code.append(("neg", 0))
        elif r == 13:
            code.append(("dup", 0))
            depth += 1
        elif r == 14 and depth >= 2:
            code.append(("swap", 0))
        elif r == 15:
            code.append(("pop", 0))
            depth -= 1
        elif r == 16:
            code.append(("nop", 0))
        elif r == 17:  # redundant idioms a naive code generator emits
            x = draw(N_VARS)
            code += [("store", x), ("load", x)]
        elif r == 18:
            code += [("push", draw(2)), ("mul" if draw(2) else "add", 0)]
        else:
            code += [("load", draw(N_VARS)), ("pop", 0)]
    return code


def rewrite_tail(out: List[Ins], fired: Counter) -> bool:
    """Apply the first matching rule to the end of ``out``; report whether one fired."""
    if not out:
        return False
    last = out[-1]
    if last[0] == "nop":
        out.pop()
        fired["nop"] += 1
        return True
    if len(out) < 2:
        return False
    prev = out[-2]
    pair = (prev[0], last[0])
    if pair in (("push", "pop"), ("dup", "pop"), ("load", "pop"), ("neg", "neg"), ("swap", "swap")) or (
            pair == ("load", "store") and prev[1] == last[1]):
        del out[-2:]
        fired["cancel"] += 1
        return True
    if pair == ("push", "neg"):
        out[-2:] = [("push", -prev[1] & MASK)]
        fired["fold"] += 1
        return True
    if prev == ("push", 0) and last[0] in ("add", "sub") or prev == ("push", 1) and last[0] == "mul":
        del out[-2:]
        fired["identity"] += 1
        return True
    if pair == ("push", "dup"):
        out[-1] = prev
        fired["dup"] += 1
        return True
    if pair == ("store", "load") and prev[1] == last[1]:
        out[-2:] = [("dup", 0), prev]
        fired["store_load"] += 1
        return True
    if len(out) >= 3 and last[0] in FOLD and out[-3][0] == "push" and prev[0] == "push":
        value = FOLD[last[0]](out[-3][1], prev[1])
        out[-3:] = [("push", value)]
        fired["fold"] += 1
        return True
    return False


def optimise(code: List[Ins], fired: Counter) -> Tuple[List[Ins], int]:
    passes = 0
    while True:
        passes += 1
        out: List[Ins] = []
        changed = False
        for ins in code:
            out.append(ins)
            while rewrite_tail(out, fired):
                changed = True
        code = out
        if not changed:
            return code, passes


def execute(code: List[Ins]) -> int:
    stack: List[int] = []
    env = [0] * N_VARS
    for op, arg in code:
        if op == "push":
            stack.append(arg)
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op in FOLD:
            b = stack.pop()
            stack.append(FOLD[op](stack.pop(), b))
        elif op == "neg":
            stack.append(-stack.pop() & MASK)
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "pop":
            stack.pop()
    digest = len(stack)
    for value in env + stack:
        digest = (digest * 1000003 + value) % 1000000007
    return digest


@python_benchmark(args=(120000, 23), cases=[(0, 1), (1, 2), (2, 3), (300, 4)])
def peephole_optimiser_fixpoint(n: int, seed: int) -> Tuple[int, int, int, dict, int, int, bool]:
    """Return (length before, after, passes, rule firings, code checksum, state checksum, programs agree)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    code = generate(draw, n)
    fired: Counter = Counter()
    optimised, passes = optimise(code, fired)
    digest = 0
    for op, arg in optimised:
        digest = (digest * 31 + OPS.index(op) * 65599 + arg) % 1000000007
    before, after = execute(code), execute(optimised)
    rules = ("nop", "cancel", "fold", "identity", "dup", "store_load")
    return (len(code), len(optimised), passes, {r: fired[r] for r in rules}, digest, after, before == after)
