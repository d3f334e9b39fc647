"""Compile and run generated Forth programs: colon definitions, IF/ELSE/THEN, DO/LOOP, BEGIN/UNTIL.

A seeded generator writes a program of colon definitions whose bodies transform the
top of stack (arithmetic, stack shuffles, conditionals, counted loops using ``i``,
BEGIN/UNTIL loops and calls to earlier words), followed by a main line that applies
words to literals and prints the results with ``.``. The outer interpreter compiles
each definition into threaded code with resolved branch targets; the inner interpreter
runs it with a data stack and a return stack for loop indices. Returns the printed
values' checksum and first values, primitive executions per word, word calls, and the
deepest data and return stacks.

Keywords: interpreters, forth, threaded code, stack machine, colon definitions, outer interpreter
"""

from collections import Counter
from typing import Callable, Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

PRIMITIVES: Dict[str, Callable[[List[int]], None]] = {}


def primitive(name: str):
    def register(fn):
        PRIMITIVES[name] = fn
        return fn
    return register


@primitive("+")
def _add(s): b = s.pop(); s[-1] += b


@primitive("-")
def _sub(s): b = s.pop(); s[-1] -= b


@primitive("*")
def _mul(s): b = s.pop(); s[-1] *= b


@primitive("mod")
def _mod(s): b = s.pop(); s[-1] %= b


@primitive("xor")
def _xor(s): b = s.pop(); s[-1] ^= b


@primitive("<")
def _less(s): b = s.pop(); s[-1] = -1 if s[-1] < b else 0


@primitive("0=")
def _zero(s): s[-1] = -1 if s[-1] == 0 else 0


@primitive("dup")
def _dup(s): s.append(s[-1])


@primitive("drop")
def _drop(s): s.pop()


@primitive("swap")
def _swap(s): s[-1], s[-2] = s[-2], s[-1]


@primitive("over")
def _over(s): s.append(s[-2])


@primitive("rot")
def _rot(s): s.append(s.pop(-3))


class Forth:
    def __init__(self) -> None:
        self.stack: List[int] = []
        self.rstack: List[int] = []
        self.words: Dict[str, List[tuple]] = {}
        self.output: List[int] = []
        self.prims: Counter = Counter()
        self.calls = 0
        self.deepest = self.rdeepest = 0

    def compile(self, tokens: List[str]) -> List[tuple]:
        code: List[tuple] = []
        pending: List[int] = []
        for tok in tokens:
            if tok in PRIMITIVES:
                code.append(("prim", tok))
            elif tok in self.words:
                code.append(("call", tok))
            elif tok == ".":
                code.append(("emit",))
            elif tok == "i":
                code.append(("index",))
            elif tok == "if":
                pending.append(len(code))
                code.append(["jz", None])
            elif tok == "else":
                at = pending.pop()
                pending.append(len(code))
                code.append(["jmp", None])
                code[at][1] = len(code)
            elif tok == "then":
                code[pending.pop()][1] = len(code)
            elif tok == "do":
                code.append(("do",))
                pending.append(len(code))
            elif tok == "loop":
                code.append(("loop", pending.pop()))
            elif tok == "begin":
                pending.append(len(code))
            elif tok == "until":
                code.append(["jz", pending.pop()])
            else:
                code.append(("lit", int(tok)))
        return [tuple(ins) for ins in code]

    def interpret(self, text: str) -> None:
        tokens = text.split()
        main: List[str] = []
        i = 0
        while i < len(tokens):
            if tokens[i] == ":":
                end = tokens.index(";", i)
                self.words[tokens[i + 1]] = self.compile(tokens[i + 2:end])
                i = end + 1
            else:
                main.append(tokens[i])
                i += 1
        self.execute(self.compile(main))

    def execute(self, code: List[tuple]) -> None:
        stack, rstack = self.stack, self.rstack
        pc = 0
        while pc < len(code):
            ins = code[pc]
            pc += 1
            kind = ins[0]
            if kind == "lit":
                stack.append(ins[1])
            elif kind == "prim":
                self.prims[ins[1]] += 1
                PRIMITIVES[ins[1]](stack)
            elif kind == "call":
                self.calls += 1
                self.execute(self.words[ins[1]])
            elif kind == "jz":
                if stack.pop() == 0:
                    pc = ins[1]
            elif kind == "jmp":
                pc = ins[1]
            elif kind == "do":
                start = stack.pop()
                limit = stack.pop()
                rstack.extend((limit, start))
                self.rdeepest = max(self.rdeepest, len(rstack))
            elif kind == "loop":
                rstack[-1] += 1
                if rstack[-1] < rstack[-2]:
                    pc = ins[1]
                else:
                    del rstack[-2:]
            elif kind == "index":
                stack.append(rstack[-1])
            else:
                self.output.append(stack.pop())
            self.deepest = max(self.deepest, len(stack))


def element(draw: Callable[[int], int], w: int) -> str:
    r = draw(10)
    if r == 0:
        core = f"{draw(100)} +"
    elif r == 1:
        core = f"{1 + draw(50)} *"
    elif r == 2:
        core = "dup dup * swap drop"
    elif r == 3:
        core = f"{draw(1 << 12)} xor"
    elif r == 4:
        core = f"dup {draw(40000)} < if {draw(90)} + else {2 + draw(5)} * then"
    elif r == 5:
        core = f"{1 + draw(12)} 0 do i + loop"
    elif r == 6:
        core = f"begin 1 - dup {2 + draw(15)} mod 0= until"
    elif r == 7 and w > 0:
        core = f"{1 + draw(2)} 0 do w{draw(w)} loop"
    elif r == 8 and w > 0:
        core = f"w{draw(w)}"
    else:
        core = f"dup {draw(30)} over - rot + + dup drop"
    return core + " 65521 mod"


def generate(draw: Callable[[int], int], n_words: int, n_calls: int) -> str:
    lines = []
    for w in range(n_words):
        body = " ".join(element(draw, w) for _ in range(2 + draw(4)))
        lines.append(f": w{w} {body} ;")
    if n_words:
        lines.append(" ".join(f"{draw(1000)} w{draw(n_words)} ." for _ in range(n_calls)))
    return "\n".join(lines)


@python_benchmark(args=(14, 4000, 29), cases=[(0, 5, 1), (1, 1, 2), (3, 0, 3), (6, 20, 4)])
def forth_word_interpreter(n_words: int, n_calls: int, seed: int) -> Tuple[int, List[int], Dict[str, int], int, int, int]:
    """Return (output checksum, first outputs, primitive counts, calls, deepest stack, deepest return stack)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    forth = Forth()
    forth.interpret(generate(draw, n_words, n_calls))
    checksum = 0
    for value in forth.output:
        checksum = (checksum * 65599 + value) % 1000000007
    prims = {name: forth.prims[name] for name in PRIMITIVES}
    return (checksum, forth.output[:8], prims, forth.calls, forth.deepest, forth.rdeepest)
