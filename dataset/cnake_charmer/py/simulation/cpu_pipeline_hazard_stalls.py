"""In-order CPU pipeline timing with a register scoreboard and a branch predictor.

A seeded instruction stream (ALU, multiply, load, store, branch) is issued in order:
an instruction issues no earlier than one cycle after the previous one and not before
its source registers are ready (ALU 1, load 2, multiply 3 cycles of latency). Branches
are predicted by a table of 2-bit saturating counters indexed by PC bits; a
misprediction blocks issue for 3 cycles. Returns total cycles, CPI, stall cycles,
mispredictions and a checksum of the predictor table.

Keywords: simulation, cpu pipeline, scoreboard, data hazard, branch prediction, computer architecture
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

LATENCY = {"alu": 1, "mul": 3, "load": 2}


@python_benchmark(args=(60000, 6, 2), cases=[(0, 4, 1), (1, 4, 2), (10, 0, 3), (200, 2, 4)])
def cpu_pipeline_hazard_stalls(n: int, index_bits: int, seed: int) -> Tuple[int, float, int, int, int]:
    """Time `n` seeded instructions on a simple in-order pipeline."""
    state = seed & 0x7FFFFFFF
    table = [1] * (1 << index_bits)
    ready = [0] * 16
    issue = -1
    stalls = mispredicts = 0
    block_until = 0
    for pc in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state >> 8
        kind = ("alu", "alu", "alu", "alu", "mul", "load", "load", "store", "branch", "branch")[r % 10]
        dest, src1, src2 = (r >> 4) % 16, (r >> 8) % 16, (r >> 12) % 16
        earliest = max(issue + 1, block_until)
        at = max(earliest, ready[src1], ready[src2])
        stalls += at - (issue + 1)
        issue = at
        if kind in LATENCY:
            ready[dest] = at + LATENCY[kind]
        elif kind == "branch":
            slot = (pc * 4 + (pc >> 3)) & ((1 << index_bits) - 1)
            taken = (pc % 7 != 0) if (r >> 16) % 4 else (r >> 18) % 2 == 1
            if (table[slot] >= 2) != taken:
                mispredicts += 1
                block_until = at + 4
            table[slot] = min(3, table[slot] + 1) if taken else max(0, table[slot] - 1)
    cycles = issue + 5 if n else 0
    checksum = sum((i + 1) * v for i, v in enumerate(table))
    return (cycles, cycles / n if n else 0.0, stalls, mispredicts, checksum)
