"""Parallel-pattern single stuck-at fault simulation with fault dropping.

A random acyclic netlist of two-input gates is simulated on random patterns packed 64
to a machine word (each signal holds one 64-bit int, one bit per pattern). For every
signal both stuck-at-0 and stuck-at-1 faults are injected in turn; the faulty circuit
is re-simulated from the fault site onward and compared with the good circuit on the
primary outputs (signals without fanout). A detected fault is dropped from later
words. Returns detected faults, total faults, the sum and maximum of the first
detecting pattern indices, and a checksum of the undetected fault list.

Keywords: logic circuits, fault simulation, stuck-at faults, test patterns, fault coverage, bit-parallel, netlist
"""

from dataclasses import dataclass
from typing import Callable, Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORD = (1 << 64) - 1

OPS: Dict[str, Callable[[int, int], int]] = {
    "and": lambda x, y: x & y,
    "or": lambda x, y: x | y,
    "nand": lambda x, y: ~(x & y) & WORD,
    "nor": lambda x, y: ~(x | y) & WORD,
    "xor": lambda x, y: x ^ y,
}
OP_NAMES = list(OPS)


@dataclass(frozen=True)
class Gate:
    op: str
    a: int
    b: int


@python_benchmark(args=(32, 900, 16, 31), cases=[(0, 0, 3, 1), (1, 1, 2, 2), (2, 6, 0, 3), (3, 12, 2, 4), (8, 60, 4, 5)])
def stuck_at_fault_coverage(ninputs: int, ngates: int, nwords: int, seed: int) -> Tuple[int, int, int, int, int]:
    """Return (detected, total faults, sum of first-detect indices, last first-detect, undetected checksum)."""
    state = seed & 0x7FFFFFFF

    def small(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    wide = (seed * 2654435761 + 1) & WORD

    def pattern_word() -> int:
        nonlocal wide
        wide = (wide * 6364136223846793005 + 1442695040888963407) & WORD
        high = wide >> 32
        wide = (wide * 6364136223846793005 + 1442695040888963407) & WORD
        return (high << 32) | (wide >> 32)

    if ninputs == 0:
        ngates = 0
    gates = [Gate(OP_NAMES[small(5)], small(ninputs + g), small(ninputs + g)) for g in range(ngates)]
    nsig = ninputs + ngates
    used = {s for gate in gates for s in (gate.a, gate.b)}
    outputs = [s for s in range(nsig) if s not in used]

    def simulate(values: List[int], first_gate: int) -> None:
        for g in range(first_gate, ngates):
            gate = gates[g]
            values[ninputs + g] = OPS[gate.op](values[gate.a], values[gate.b])

    faults = [(site, stuck) for site in range(nsig) for stuck in (0, 1)]
    first_detect: Dict[Tuple[int, int], int] = {}
    for w in range(nwords):
        good = [pattern_word() for _ in range(ninputs)] + [0] * ngates
        simulate(good, 0)
        for fault in faults:
            if fault in first_detect:
                continue
            site, stuck = fault
            bad = good[:]
            bad[site] = WORD if stuck else 0
            simulate(bad, max(0, site - ninputs + 1))
            diff = 0
            for s in outputs:
                diff |= good[s] ^ bad[s]
            if diff:
                first_detect[fault] = w * 64 + (diff & -diff).bit_length() - 1
    undetected = 0
    for site, stuck in faults:
        if (site, stuck) not in first_detect:
            undetected = (undetected * 1009 + 2 * site + stuck + 1) % 1_000_000_007
    indices = first_detect.values()
    return (len(first_detect), len(faults), sum(indices), max(indices, default=-1), undetected)
