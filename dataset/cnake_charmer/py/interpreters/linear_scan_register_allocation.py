"""Linear-scan register allocation (Poletto and Sarkar) of generated straight-line code.

Each block is a sequence of three-address instructions, every one defining a fresh
virtual register from up to two earlier ones — mostly recent values, sometimes
long-lived ones, which creates register pressure. Live intervals run from a value's
definition to its last use. Intervals are visited in order of start; expired ones
return their physical register to the pool; when all K registers are busy, the
interval that ends last (the current one or an active one) is spilled. Blocks cycle
through K = 3, 6 and 10 registers. Returns spilled intervals, spilled uses, the
highest register pressure, how many intervals each register received and a
checksum of the assignment.

Keywords: interpreters, register allocation, linear scan, live intervals, spilling, compiler backend
"""

import heapq
from bisect import insort
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

REGISTER_COUNTS = (3, 6, 10)


@dataclass
class Interval:
    vreg: int
    start: int
    end: int
    uses: int = 0
    reg: Optional[int] = None
    spilled: bool = False


@dataclass
class Instruction:
    dst: int
    srcs: List[int] = field(default_factory=list)


def generate(draw: Callable[[int], int], n: int) -> List[Instruction]:
    code = []
    for i in range(n):
        srcs = []
        for _ in range(min(i, draw(3))):
            if draw(10) < 7:
                srcs.append(i - 1 - draw(min(i, 8)))
            else:
                srcs.append(draw(i))
        code.append(Instruction(i, srcs))
    return code


def live_intervals(code: List[Instruction]) -> List[Interval]:
    intervals = [Interval(ins.dst, pos, pos) for pos, ins in enumerate(code)]
    for pos, ins in enumerate(code):
        for src in ins.srcs:
            intervals[src].end = pos
            intervals[src].uses += 1
    return sorted(intervals, key=lambda iv: (iv.start, iv.vreg))


def linear_scan(intervals: List[Interval], k: int) -> int:
    """Assign registers in place; return the largest number of simultaneously live values."""
    free = list(range(k))
    active: List[Tuple[int, int, Interval]] = []  # sorted by (end, vreg)
    pressure = live = 0
    ends: List[int] = []
    for cur in intervals:
        while ends and ends[0] <= cur.start:
            heapq.heappop(ends)
            live -= 1
        heapq.heappush(ends, cur.end)
        live += 1
        pressure = max(pressure, live)
        while active and active[0][0] <= cur.start:
            _, _, done = active.pop(0)
            heapq.heappush(free, done.reg)
        if len(active) == k:
            end, vreg, victim = active[-1]
            if end > cur.end:
                active.pop()
                cur.reg, victim.reg = victim.reg, None
                victim.spilled = True
                insort(active, (cur.end, cur.vreg, cur))
            else:
                cur.spilled = True
            continue
        cur.reg = heapq.heappop(free)
        insort(active, (cur.end, cur.vreg, cur))
    return pressure


@python_benchmark(args=(30, 2500, 21), cases=[(0, 10, 1), (1, 1, 2), (3, 2, 3), (4, 40, 4)])
def linear_scan_register_allocation(n_blocks: int, block_len: int, seed: int) -> Tuple[int, int, int, List[int], int]:
    """Return (spilled intervals, spilled uses, max pressure, intervals per register, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    spilled = spilled_uses = pressure = checksum = 0
    per_register = [0] * max(REGISTER_COUNTS)
    for b in range(n_blocks):
        intervals = live_intervals(generate(draw, block_len))
        pressure = max(pressure, linear_scan(intervals, REGISTER_COUNTS[b % len(REGISTER_COUNTS)]))
        for iv in intervals:
            if iv.spilled:
                spilled += 1
                spilled_uses += iv.uses
            else:
                per_register[iv.reg] += 1
                checksum = (checksum * 31 + iv.vreg * 17 + iv.reg + 1) % 1000000007
    return (spilled, spilled_uses, pressure, per_register, checksum)
