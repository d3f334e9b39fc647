"""Wallace-tree multiplier netlist: column compression with full/half adders, then simulation.

The n x n partial products a_i AND b_j are dropped into weight columns. Each Wallace
stage compresses every column in groups of three with full adders (sum stays, carry
moves one column up), a leftover pair with a half adder, until every column holds at
most two bits; a ripple-carry adder then merges the two rows. The netlist records the
logic depth of every gate. It is simulated on random operand pairs and checked
against integer multiplication. Returns the stage count, full and half adders, total
gates, output depth, mismatches and a checksum of the products.

Keywords: logic circuits, multiplier, Wallace tree, carry-save, full adder, half adder, partial products, arithmetic circuits
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class Circuit:
    def __init__(self, ninputs: int):
        self.ninputs = ninputs
        self.gates: List[Tuple[str, int, int]] = []
        self.level: List[int] = [0] * ninputs

    def gate(self, op: str, x: int, y: int) -> int:
        self.gates.append((op, x, y))
        self.level.append(max(self.level[x], self.level[y]) + 1)
        return self.ninputs + len(self.gates) - 1

    def full_adder(self, a: int, b: int, c: int) -> Tuple[int, int]:
        t = self.gate("xor", a, b)
        return self.gate("xor", t, c), self.gate("or", self.gate("and", a, b), self.gate("and", t, c))

    def half_adder(self, a: int, b: int) -> Tuple[int, int]:
        return self.gate("xor", a, b), self.gate("and", a, b)


@python_benchmark(args=(10, 6000, 3), cases=[(1, 4, 1), (2, 16, 2), (3, 10, 3), (4, 0, 4), (5, 20, 5)])
def wallace_tree_multiplier_netlist(width: int, samples: int, seed: int) -> Tuple[int, int, int, int, int, int, int]:
    """Return (stages, full adders, half adders, gates, depth, mismatches, product checksum)."""
    if not 1 <= width <= 15:
        raise ValueError("width must be in 1..15")
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    circuit = Circuit(2 * width)
    columns: List[List[int]] = [[] for _ in range(2 * width)]
    for i in range(width):
        for j in range(width):
            columns[i + j].append(circuit.gate("and", i, width + j))
    stages = fulls = halves = 0
    while any(len(col) > 2 for col in columns):
        stages += 1
        nxt: List[List[int]] = [[] for _ in range(2 * width + 1)]
        for w, col in enumerate(columns):
            k = 0
            while len(col) - k >= 3:
                s, c = circuit.full_adder(col[k], col[k + 1], col[k + 2])
                nxt[w].append(s)
                nxt[w + 1].append(c)
                fulls += 1
                k += 3
            if len(col) - k == 2:
                s, c = circuit.half_adder(col[k], col[k + 1])
                nxt[w].append(s)
                nxt[w + 1].append(c)
                halves += 1
            elif len(col) - k == 1:
                nxt[w].append(col[k])
        columns = nxt[: 2 * width]
    outputs: List[int] = []
    carry = None
    for col in columns:
        bits = col + ([carry] if carry is not None else [])
        if not bits:
            outputs.append(-1)
            carry = None
        elif len(bits) == 1:
            outputs.append(bits[0])
            carry = None
        elif len(bits) == 2:
            s, carry = circuit.half_adder(bits[0], bits[1])
            outputs.append(s)
        else:
            s, carry = circuit.full_adder(bits[0], bits[1], bits[2])
            outputs.append(s)
    depth = max((circuit.level[o] for o in outputs if o >= 0), default=0)
    mismatches = checksum = 0
    for _ in range(samples):
        a = draw(1 << width)
        b = draw(1 << width)
        value = [(a >> i) & 1 for i in range(width)] + [(b >> j) & 1 for j in range(width)]
        for op, x, y in circuit.gates:
            if op == "and":
                value.append(value[x] & value[y])
            elif op == "or":
                value.append(value[x] | value[y])
            else:
                value.append(value[x] ^ value[y])
        product = sum(value[o] << k for k, o in enumerate(outputs) if o >= 0)
        if product != a * b:
            mismatches += 1
        checksum = (checksum * 1_000_003 + product) % 998_244_353
    return (stages, fulls, halves, len(circuit.gates), depth, mismatches, checksum)
