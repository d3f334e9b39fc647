"""Run generated three-address programs on a 32-bit, eight-register virtual machine.

Each program is a pair of nested counted loops around a random straight-line body of
ALU instructions (add, sub, mul, xor, and, or, shifts, add-immediate) on registers
r2..r7, sprinkled with forward "skip if below" branches. Every ALU result wraps to 32
bits as on real hardware. The interpreter dispatches ALU opcodes through a table of
small functions. Returns the final registers of the last program, a checksum of all
final register files, executions per opcode, taken branches and total steps.

Keywords: interpreters, register machine, virtual machine, three-address code, dispatch table, 32-bit arithmetic
"""

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASK = 0xFFFFFFFF
N_REGS = 8

ALU: Dict[str, Callable[[int, int], int]] = {
    "add": lambda a, b: (a + b) & MASK,
    "sub": lambda a, b: (a - b) & MASK,
    "mul": lambda a, b: (a * b) & MASK,
    "xor": lambda a, b: a ^ b,
    "and": lambda a, b: a & b,
    "or": lambda a, b: a | b,
    "shl": lambda a, b: (a << (b & 31)) & MASK,
    "shr": lambda a, b: a >> (b & 31),
}
ALU_NAMES = list(ALU)


@dataclass(frozen=True)
class Ins:
    op: str
    dst: int = 0
    a: int = 0
    b: int = 0  # register, immediate or branch target depending on op


def generate(draw: Callable[[int], int], body_len: int, outer: int, inner: int) -> List[Ins]:
    code = [Ins("li", r, draw(1 << 16) * 65536 + draw(1 << 16)) for r in range(2, N_REGS)]
    code.append(Ins("li", 0, outer))
    outer_top = len(code)
    code.append(Ins("li", 1, inner))
    body_start = len(code)
    for i in range(body_len):
        kind = draw(10)
        if kind < 8:
            code.append(Ins(ALU_NAMES[draw(8)], 2 + draw(6), draw(N_REGS), draw(N_REGS)))
        elif kind == 8:
            code.append(Ins("addi", 2 + draw(6), draw(N_REGS), draw(1 << 12)))
        else:
            target = body_start + min(body_len, i + 2 + draw(3))
            code.append(Ins("bltu", target, draw(N_REGS), draw(N_REGS)))
    code.append(Ins("addi", 1, 1, MASK))  # r1 -= 1 (wrapping add of 2**32 - 1)
    code.append(Ins("bnez", body_start, 1))
    code.append(Ins("addi", 0, 0, MASK))
    code.append(Ins("bnez", outer_top, 0))
    code.append(Ins("halt"))
    return code


def execute(code: List[Ins], counts: Counter) -> Tuple[List[int], int, int]:
    regs = [0] * N_REGS
    pc = steps = taken = 0
    while True:
        ins = code[pc]
        pc += 1
        steps += 1
        counts[ins.op] += 1
        op = ins.op
        if op in ALU:
            regs[ins.dst] = ALU[op](regs[ins.a], regs[ins.b])
        elif op == "addi":
            regs[ins.dst] = (regs[ins.a] + ins.b) & MASK
        elif op == "li":
            regs[ins.dst] = ins.a
        elif op == "bltu":
            if regs[ins.a] < regs[ins.b]:
                pc = ins.dst
                taken += 1
        elif op == "bnez":
            if regs[ins.a] != 0:
                pc = ins.dst
                taken += 1
        else:
            return regs, steps, taken


@python_benchmark(args=(120, 24, 30, 17), cases=[(0, 5, 3, 1), (1, 0, 1, 2), (3, 1, 2, 3), (6, 12, 5, 4)])
def register_vm_three_address(n_programs: int, body_len: int, loop_scale: int, seed: int) -> Tuple[List[int], int, Dict[str, int], int, int]:
    """Return (last registers, register checksum, executions per opcode, taken branches, steps)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    counts: Counter = Counter()
    checksum = 0
    last: List[int] = []
    taken_total = steps_total = 0
    for _ in range(n_programs):
        outer = 1 + draw(loop_scale)
        inner = 1 + draw(loop_scale)
        code = generate(draw, body_len, outer, inner)
        last, steps, taken = execute(code, counts)
        for value in last:
            checksum = (checksum * 1000003 + value) % (1 << 61)
        steps_total += steps
        taken_total += taken
    ops = ALU_NAMES + ["addi", "li", "bltu", "bnez", "halt"]
    return (last, checksum, {op: counts[op] for op in ops}, taken_total, steps_total)
