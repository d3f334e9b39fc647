"""Ripple-carry, Kogge-Stone and Sklansky adder netlists verified exhaustively.

Each architecture is built as a gate netlist (AND/OR/XOR over input bits a, b and a
carry-in) by a small builder that records each gate's logic depth. Ripple-carry
chains the carries; the two parallel-prefix adders combine (generate, propagate)
pairs in log2(width) levels with different wiring (Kogge-Stone: every position at
distance d; Sklansky: divide and conquer fan-out). Every netlist is then simulated on
all 2^(2w+1) input combinations and compared with integer addition. Returns, per
architecture, (gates, depth, mismatches, checksum of all sums).

Keywords: logic circuits, adder, ripple carry, carry lookahead, Kogge-Stone, Sklansky, parallel prefix, exhaustive verification
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Netlist:
    """Signals 0..2w are inputs a0..a(w-1), b0..b(w-1), cin; gates append new signals."""

    def __init__(self, width: int):
        self.ninputs = 2 * width + 1
        self.gates: List[Tuple[str, int, int]] = []
        self.depth: List[int] = [0] * self.ninputs
        self.outputs: List[int] = []

    def add(self, op: str, x: int, y: int) -> int:
        self.gates.append((op, x, y))
        self.depth.append(1 + max(self.depth[x], self.depth[y]))
        return self.ninputs + len(self.gates) - 1


def build(kind: str, width: int) -> Netlist:
    net = Netlist(width)
    cin = 2 * width
    p = [net.add("xor", i, width + i) for i in range(width)]
    g = [net.add("and", i, width + i) for i in range(width)]
    if kind == "ripple":
        carry = [cin]
        for i in range(width):
            carry.append(net.add("or", g[i], net.add("and", p[i], carry[i])))
    else:
        # fold the carry-in into position 0, then run a prefix network over (G, P)
        G = g[:]
        P = p[:]
        if width:
            G[0] = net.add("or", g[0], net.add("and", p[0], cin))
        if kind == "kogge_stone":
            d = 1
            while d < width:
                newG, newP = G[:], P[:]
                for i in range(d, width):
                    newG[i] = net.add("or", G[i], net.add("and", P[i], G[i - d]))
                    newP[i] = net.add("and", P[i], P[i - d])
                G, P = newG, newP
                d *= 2
        else:
            block = 1
            while block < width:
                for i in range(width):
                    if i // block % 2 == 1:
                        j = (i // block) * block - 1
                        G[i] = net.add("or", G[i], net.add("and", P[i], G[j]))
                        P[i] = net.add("and", P[i], P[j])
                block *= 2
        carry = [cin] + G
    net.outputs = [net.add("xor", p[i], carry[i]) for i in range(width)] + [carry[width]]
    return net


def evaluate(net: Netlist, inputs: List[int]) -> int:
    values = inputs + [0] * len(net.gates)
    for k, (op, x, y) in enumerate(net.gates):
        if op == "and":
            values[net.ninputs + k] = values[x] & values[y]
        elif op == "or":
            values[net.ninputs + k] = values[x] | values[y]
        else:
            values[net.ninputs + k] = values[x] ^ values[y]
    return sum(values[s] << i for i, s in enumerate(net.outputs))


@python_benchmark(args=(6,), cases=[(0,), (1,), (2,), (3,), (4,)])
def prefix_adder_exhaustive_check(width: int) -> Dict[str, Tuple[int, int, int, int]]:
    """Return {architecture: (gates, depth, mismatches, sum checksum)}."""
    report = {}
    for kind in ("ripple", "kogge_stone", "sklansky"):
        net = build(kind, width)
        mismatches = 0
        checksum = 0
        for code in range(1 << (2 * width + 1)):
            bits = [(code >> i) & 1 for i in range(2 * width + 1)]
            a = code & ((1 << width) - 1)
            b = (code >> width) & ((1 << width) - 1)
            total = evaluate(net, bits)
            if total != a + b + (code >> (2 * width)):
                mismatches += 1
            checksum = (checksum + total * (code + 1)) % 1_000_000_007
        depth = max((net.depth[s] for s in net.outputs), default=0)
        report[kind] = (len(net.gates), depth, mismatches, checksum)
    return report
