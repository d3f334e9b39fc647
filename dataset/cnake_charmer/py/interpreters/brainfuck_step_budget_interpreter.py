"""Interpret generated Brainfuck programs on a circular byte tape under a step budget.

A seeded grammar writes programs made of runs of ``+ - < >``, output ``.``, input ``,``,
counted loops whose body returns to the counter cell before ``-]``, and scan loops
``[>]`` / ``[<]``. Brackets are matched once with a stack, then each program runs on
a 4096-cell circular tape of wrapping bytes, reading from its own generated input,
until it ends or exhausts its step budget. Returns how many programs halted, the total
steps, the output length, an output checksum, the first output bytes and a checksum of
the final tapes.

Keywords: interpreters, brainfuck, esoteric language, bracket matching, tape machine, step budget
"""

from typing import Callable, Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

TAPE = 4096


def generate(draw: Callable[[int], int], length: int, depth: int, top: bool = True) -> str:
    out: List[str] = []
    offset = 0
    for _ in range(length):
        r = draw(16)
        if r < 4:
            out.append("+" * (1 + draw(5)))
        elif r < 6:
            out.append("-" * (1 + draw(3)))
        elif r < 8:
            step = 1 + draw(3)
            out.append(">" * step)
            offset += step
        elif r < 9:
            out.append("<")
            offset -= 1
        elif r < 11:
            out.append(".")
        elif r < 12:
            out.append(",")
        elif r < 15 and depth > 0:
            body = generate(draw, 1 + draw(length), depth - 1, False)
            out.append("[" + body + "-]")
        elif top:
            out.append("[>]" if draw(2) else "[<]")  # scans only outside loops: they lose the offset
    # return to where the block started so an enclosing loop's "-]" hits its counter
    out.append("<" * offset if offset > 0 else ">" * -offset)
    return "".join(out)


def match_brackets(code: str) -> Dict[int, int]:
    pairs: Dict[int, int] = {}
    open_at: List[int] = []
    for i, ch in enumerate(code):
        if ch == "[":
            open_at.append(i)
        elif ch == "]":
            j = open_at.pop()
            pairs[i] = j
            pairs[j] = i
    return pairs


def run(code: str, data: bytes, budget: int) -> Tuple[bool, int, bytes, bytearray]:
    jumps = match_brackets(code)
    tape = bytearray(TAPE)
    out = bytearray()
    ptr = pc = steps = read = 0
    while pc < len(code) and steps < budget:
        ch = code[pc]
        if ch == "+":
            tape[ptr] = (tape[ptr] + 1) & 255
        elif ch == "-":
            tape[ptr] = (tape[ptr] - 1) & 255
        elif ch == ">":
            ptr = (ptr + 1) % TAPE
        elif ch == "<":
            ptr = (ptr - 1) % TAPE
        elif ch == ".":
            out.append(tape[ptr])
        elif ch == ",":
            tape[ptr] = data[read] if read < len(data) else 0
            read += 1
        elif ch == "[":
            if tape[ptr] == 0:
                pc = jumps[pc]
        elif ch == "]":
            if tape[ptr] != 0:
                pc = jumps[pc]
        pc += 1
        steps += 1
    return pc >= len(code), steps, bytes(out), tape


@python_benchmark(args=(150, 14, 3, 20000, 7), cases=[(0, 10, 2, 100, 1), (1, 0, 0, 10, 2), (4, 1, 1, 50, 3), (12, 6, 2, 3000, 4)])
def brainfuck_step_budget_interpreter(n_programs: int, length: int, depth: int, budget: int, seed: int) -> Tuple[int, int, int, int, List[int], int]:
    """Return (halted programs, steps, output bytes, output checksum, first outputs, tape checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    halted = total_steps = out_len = 0
    out_hash = 0
    tape_hash = 0
    first: List[int] = []
    for _ in range(n_programs):
        code = generate(draw, length, depth)
        data = bytes(draw(256) for _ in range(8))
        done, steps, out, tape = run(code, data, budget)
        halted += done
        total_steps += steps
        out_len += len(out)
        for byte in out:
            out_hash = (out_hash * 257 + byte) % 1000000007
        first.extend(out[: 16 - len(first)])
        for i, cell in enumerate(tape):
            if cell:
                tape_hash = (tape_hash + (i + 1) * cell) % 1000000007
    return (halted, total_steps, out_len, out_hash, first, tape_hash)
