"""Event-driven gate-level simulation with transport delays on a generated netlist.

A random acyclic netlist of two-input gates (AND, OR, NAND, NOR, XOR, XNOR) with delays
of 1..3 time units is driven by a stream of primary-input toggles. A priority queue of
(time, sequence, signal, value) events is processed in order; when a signal changes,
each fanout gate is re-evaluated and, if its new value differs from the value already
scheduled for its output, an event is scheduled after the gate's delay. Unequal path
delays create glitches. Returns events applied, the most events in one step, gate-steps that
glitched (two or more transitions in one stimulus step), final time and a checksum of
output values after every step.

Keywords: logic circuits, event-driven simulation, gate delays, transport delay, glitches, netlist, priority queue
"""

import heapq
from collections import Counter
from enum import IntEnum
from typing import List, NamedTuple, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Kind(IntEnum):
    AND = 0
    OR = 1
    NAND = 2
    NOR = 3
    XOR = 4
    XNOR = 5


class Gate(NamedTuple):
    kind: Kind
    a: int
    b: int
    delay: int


def evaluate(kind: Kind, x: int, y: int) -> int:
    if kind is Kind.AND:
        return x & y
    if kind is Kind.OR:
        return x | y
    if kind is Kind.NAND:
        return 1 - (x & y)
    if kind is Kind.NOR:
        return 1 - (x | y)
    if kind is Kind.XOR:
        return x ^ y
    return 1 - (x ^ y)


@python_benchmark(args=(32, 400, 150, 17), cases=[(0, 0, 5, 1), (1, 0, 4, 2), (1, 1, 6, 3), (4, 30, 20, 4), (8, 200, 50, 5)])
def event_driven_gate_simulation(ninputs: int, ngates: int, steps: int, seed: int) -> Tuple[int, int, int, int, int]:
    """Return (events applied, most events in one step, glitching gate-steps, final time, output checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    if ninputs == 0:
        ngates = 0
    gates: List[Gate] = []
    for g in range(ngates):
        avail = ninputs + g
        window = min(avail, 48)
        a = avail - 1 - draw(window)
        b = avail - 1 - draw(window)
        gates.append(Gate(Kind(draw(6)), a, b, 1 + draw(3)))
    nsig = ninputs + ngates
    fanout: List[List[int]] = [[] for _ in range(nsig)]
    for g, gate in enumerate(gates):
        fanout[gate.a].append(g)
        if gate.b != gate.a:
            fanout[gate.b].append(g)
    value = [0] * nsig
    for g, gate in enumerate(gates):
        value[ninputs + g] = evaluate(gate.kind, value[gate.a], value[gate.b])
    scheduled = value[:]
    outputs = [s for s in range(nsig) if not fanout[s]]
    queue: List[Tuple[int, int, int, int]] = []
    seq = 0
    now = 0
    applied = peak = glitchy = checksum = 0
    for _ in range(steps if ninputs > 0 else 0):
        for _ in range(1 + draw(3)):
            pin = draw(ninputs)
            scheduled[pin] ^= 1
            heapq.heappush(queue, (now, seq, pin, scheduled[pin]))
            seq += 1
        changes: Counter = Counter()
        while queue:
            t, _, sig, val = heapq.heappop(queue)
            now = t
            if value[sig] == val:
                continue
            value[sig] = val
            applied += 1
            changes[sig] += 1
            for g in fanout[sig]:
                gate = gates[g]
                new = evaluate(gate.kind, value[gate.a], value[gate.b])
                out = ninputs + g
                if new != scheduled[out]:
                    scheduled[out] = new
                    heapq.heappush(queue, (t + gate.delay, seq, out, new))
                    seq += 1
        peak = max(peak, sum(changes.values()))
        glitchy += sum(1 for s, n in changes.items() if n >= 2 and s >= ninputs)
        word = 0
        for s in outputs:
            word = (word * 2 + value[s]) % 1_000_000_007
        checksum = (checksum * 7 + word) % 1_000_000_007
        now += 1
    return (applied, peak, glitchy, now, checksum)
