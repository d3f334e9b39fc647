"""Assemble and run small loop programs on a stack-based bytecode virtual machine.

A seeded generator picks one of five program templates (Fibonacci modulo m, a sum of
scaled squares, Euclid's gcd with a step counter, Collatz step counting and modular
exponentiation) with random parameters. An assembler with labels and jump fix-ups turns
each into bytecode, and a classic fetch-decode-execute loop with an operand stack and
local slots runs it to HALT. Returns a checksum of the results, the first results, the
number of times each opcode executed, the total steps and the deepest stack seen.

Keywords: interpreters, bytecode, virtual machine, stack machine, assembler, dispatch loop
"""

from collections import Counter, namedtuple
from enum import IntEnum
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Op(IntEnum):
    PUSH = 0
    LOAD = 1
    STORE = 2
    ADD = 3
    SUB = 4
    MUL = 5
    MOD = 6
    DIV = 7
    LT = 8
    EQ = 9
    JMP = 10
    JZ = 11
    DUP = 12
    HALT = 13


Instr = namedtuple("Instr", "op arg")


class Assembler:
    def __init__(self) -> None:
        self.code: List[List[int]] = []
        self.labels: Dict[str, int] = {}
        self.fixups: List[Tuple[int, str]] = []

    def emit(self, op: Op, arg: int = 0) -> None:
        self.code.append([op, arg])

    def label(self, name: str) -> None:
        self.labels[name] = len(self.code)

    def jump(self, op: Op, name: str) -> None:
        self.fixups.append((len(self.code), name))
        self.emit(op)

    def finish(self) -> List[Instr]:
        for pos, name in self.fixups:
            self.code[pos][1] = self.labels[name]
        return [Instr(op, arg) for op, arg in self.code]


def fib_program(n: int, m: int) -> List[Instr]:
    a = Assembler()
    for slot, value in ((0, 0), (1, 1), (2, n)):
        a.emit(Op.PUSH, value)
        a.emit(Op.STORE, slot)
    a.label("top")
    a.emit(Op.LOAD, 2)
    a.jump(Op.JZ, "end")
    a.emit(Op.LOAD, 0)
    a.emit(Op.LOAD, 1)
    a.emit(Op.ADD)
    a.emit(Op.PUSH, m)
    a.emit(Op.MOD)
    a.emit(Op.LOAD, 1)
    a.emit(Op.STORE, 0)
    a.emit(Op.STORE, 1)
    a.emit(Op.LOAD, 2)
    a.emit(Op.PUSH, 1)
    a.emit(Op.SUB)
    a.emit(Op.STORE, 2)
    a.jump(Op.JMP, "top")
    a.label("end")
    a.emit(Op.LOAD, 0)
    a.emit(Op.HALT)
    return a.finish()


def squares_program(n: int, c: int, m: int) -> List[Instr]:
    a = Assembler()
    a.label("top")
    a.emit(Op.LOAD, 1)
    a.emit(Op.PUSH, n)
    a.emit(Op.LT)
    a.jump(Op.JZ, "end")
    a.emit(Op.LOAD, 0)
    a.emit(Op.LOAD, 1)
    a.emit(Op.DUP)
    a.emit(Op.MUL)
    a.emit(Op.PUSH, c)
    a.emit(Op.MUL)
    a.emit(Op.ADD)
    a.emit(Op.PUSH, m)
    a.emit(Op.MOD)
    a.emit(Op.STORE, 0)
    a.emit(Op.LOAD, 1)
    a.emit(Op.PUSH, 1)
    a.emit(Op.ADD)
    a.emit(Op.STORE, 1)
    a.jump(Op.JMP, "top")
    a.label("end")
    a.emit(Op.LOAD, 0)
    a.emit(Op.HALT)
    return a.finish()


def gcd_program(x: int, y: int) -> List[Instr]:
    a = Assembler()
    a.emit(Op.PUSH, x)
    a.emit(Op.STORE, 0)
    a.emit(Op.PUSH, y)
    a.emit(Op.STORE, 1)
    a.label("top")
    a.emit(Op.LOAD, 1)
    a.jump(Op.JZ, "end")
    a.emit(Op.LOAD, 0)
    a.emit(Op.LOAD, 1)
    a.emit(Op.MOD)
    a.emit(Op.LOAD, 1)
    a.emit(Op.STORE, 0)
    a.emit(Op.STORE, 1)
    a.emit(Op.LOAD, 2)
    a.emit(Op.PUSH, 1)
    a.emit(Op.ADD)
    a.emit(Op.STORE, 2)
    a.jump(Op.JMP, "top")
    a.label("end")
    a.emit(Op.LOAD, 0)
    a.emit(Op.PUSH, 1000)
    a.emit(Op.MUL)
    a.emit(Op.LOAD, 2)
    a.emit(Op.ADD)
    a.emit(Op.HALT)
    return a.finish()


def collatz_program(x: int) -> List[Instr]:
    a = Assembler()
    a.emit(Op.PUSH, x)
    a.emit(Op.STORE, 0)
    a.label("top")
    a.emit(Op.LOAD, 0)
    a.emit(Op.PUSH, 1)
    a.emit(Op.EQ)
    a.jump(Op.JZ, "body")
    a.jump(Op.JMP, "end")
    a.label("body")
    a.emit(Op.LOAD, 0)
    a.emit(Op.PUSH, 2)
    a.emit(Op.MOD)
    a.jump(Op.JZ, "even")
    a.emit(Op.LOAD, 0)
    a.emit(Op.PUSH, 3)
    a.emit(Op.MUL)
    a.emit(Op.PUSH, 1)
    a.emit(Op.ADD)
    a.emit(Op.STORE, 0)
    a.jump(Op.JMP, "count")
    a.label("even")
    a.emit(Op.LOAD, 0)
    a.emit(Op.PUSH, 2)
    a.emit(Op.DIV)
    a.emit(Op.STORE, 0)
    a.label("count")
    a.emit(Op.LOAD, 1)
    a.emit(Op.PUSH, 1)
    a.emit(Op.ADD)
    a.emit(Op.STORE, 1)
    a.jump(Op.JMP, "top")
    a.label("end")
    a.emit(Op.LOAD, 1)
    a.emit(Op.HALT)
    return a.finish()


def powmod_program(b: int, e: int, m: int) -> List[Instr]:
    a = Assembler()
    for slot, value in ((0, b), (1, e), (2, 1)):
        a.emit(Op.PUSH, value)
        a.emit(Op.STORE, slot)
    a.label("top")
    a.emit(Op.LOAD, 1)
    a.jump(Op.JZ, "end")
    a.emit(Op.LOAD, 1)
    a.emit(Op.PUSH, 2)
    a.emit(Op.MOD)
    a.jump(Op.JZ, "skip")
    a.emit(Op.LOAD, 2)
    a.emit(Op.LOAD, 0)
    a.emit(Op.MUL)
    a.emit(Op.PUSH, m)
    a.emit(Op.MOD)
    a.emit(Op.STORE, 2)
    a.label("skip")
    a.emit(Op.LOAD, 0)
    a.emit(Op.DUP)
    a.emit(Op.MUL)
    a.emit(Op.PUSH, m)
    a.emit(Op.MOD)
    a.emit(Op.STORE, 0)
    a.emit(Op.LOAD, 1)
    a.emit(Op.PUSH, 2)
    a.emit(Op.DIV)
    a.emit(Op.STORE, 1)
    a.jump(Op.JMP, "top")
    a.label("end")
    a.emit(Op.LOAD, 2)
    a.emit(Op.HALT)
    return a.finish()


def run(code: List[Instr], counts: Counter) -> Tuple[int, int, int]:
    """Execute to HALT; return (top of stack, steps, deepest stack)."""
    stack: List[int] = []
    slots = [0] * 4
    pc = steps = deepest = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        counts[op] += 1
        if op == Op.PUSH:
            stack.append(arg)
        elif op == Op.LOAD:
            stack.append(slots[arg])
        elif op == Op.STORE:
            slots[arg] = stack.pop()
        elif op == Op.DUP:
            stack.append(stack[-1])
        elif op == Op.JMP:
            pc = arg
        elif op == Op.JZ:
            if stack.pop() == 0:
                pc = arg
        elif op == Op.HALT:
            return stack[-1], steps, deepest
        else:
            rhs = stack.pop()
            lhs = stack.pop()
            if op == Op.ADD:
                stack.append(lhs + rhs)
            elif op == Op.SUB:
                stack.append(lhs - rhs)
            elif op == Op.MUL:
                stack.append(lhs * rhs)
            elif op == Op.MOD:
                stack.append(lhs % rhs)
            elif op == Op.DIV:
                stack.append(lhs // rhs)
            elif op == Op.LT:
                stack.append(int(lhs < rhs))
            else:
                stack.append(int(lhs == rhs))
        deepest = max(deepest, len(stack))


@python_benchmark(args=(500, 50, 17), cases=[(0, 10, 1), (1, 1, 2), (5, 0, 3), (40, 8, 4)])
def stack_vm_bytecode_loops(n_programs: int, size: int, seed: int) -> Tuple[int, List[int], Dict[str, int], int, int]:
    """Return (checksum, first results, executions per opcode, total steps, deepest stack)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    counts: Counter = Counter()
    checksum = 0
    first: List[int] = []
    total_steps = deepest = 0
    for _ in range(n_programs):
        kind = draw(5)
        if kind == 0:
            code = fib_program(draw(size * 4 + 1), 1000 + draw(30000))
        elif kind == 1:
            code = squares_program(draw(size * 3 + 1), 1 + draw(999), 1 + draw(1 << 15))
        elif kind == 2:
            code = gcd_program(1 + draw(1 << 15) * (1 + draw(size + 1)), 1 + draw(1 << 15))
        elif kind == 3:
            code = collatz_program(1 + draw(size * 500 + 1))
        else:
            code = powmod_program(2 + draw(30000), draw(1 << 15) * (size + 1), 3 + draw(1 << 15))
        value, steps, depth = run(code, counts)
        checksum = (checksum * 31 + value) % 1000000007
        if len(first) < 8:
            first.append(value)
        total_steps += steps
        deepest = max(deepest, depth)
    return (checksum, first, {op.name: counts[op] for op in Op}, total_steps, deepest)
