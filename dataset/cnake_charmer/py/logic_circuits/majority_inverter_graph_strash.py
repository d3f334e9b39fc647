"""Majority-inverter graph construction with structural hashing, then bit-parallel simulation.

A majority-inverter graph (MIG) has one node type, the three-input majority, and
complemented edges; literals are 2 * node + complement, node 0 is constant false. A
random stream of majority, AND (M(x, y, 0)) and OR (M(x, y, 1)) requests is built with
normalisation: operands sorted, M(x, x, y) = x, M(x, !x, y) = y, and majority
self-duality (at most one complemented operand, otherwise complement all three and
the output). Structurally identical requests are shared through a hash table. The
last few literals are outputs, simulated on random 64-bit input words. Returns nodes
created, hash hits, rule simplifications and a checksum of output signatures.

Keywords: logic circuits, majority-inverter graph, MIG, structural hashing, logic synthesis, bit-parallel simulation, self-duality
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASK64 = (1 << 64) - 1


class MIG:
    def __init__(self, ninputs: int):
        self.fanins: List[Tuple[int, int, int]] = [(0, 0, 0)] * (ninputs + 1)
        self.table: Dict[Tuple[int, int, int], int] = {}
        self.hits = 0
        self.simplified = 0

    def maj(self, a: int, b: int, c: int) -> int:
        a, b, c = sorted((a, b, c))
        if a == b or b == c:
            self.simplified += 1
            return b
        if a ^ 1 == b:
            self.simplified += 1
            return c
        if b ^ 1 == c:
            self.simplified += 1
            return a
        negate = 0
        if (a & 1) + (b & 1) + (c & 1) >= 2:
            a, b, c = sorted((a ^ 1, b ^ 1, c ^ 1))
            negate = 1
        key = (a, b, c)
        node = self.table.get(key)
        if node is None:
            node = len(self.fanins)
            self.fanins.append(key)
            self.table[key] = node
        else:
            self.hits += 1
        return 2 * node + negate


@python_benchmark(args=(16, 40000, 6, 21), cases=[(0, 10, 2, 1), (1, 20, 3, 2), (2, 50, 3, 3), (5, 300, 4, 4), (3, 0, 2, 5)])
def majority_inverter_graph_strash(ninputs: int, requests: int, words: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (majority nodes, hash hits, simplifications, output signature checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    mig = MIG(ninputs)
    literals = [2 * i for i in range(1, ninputs + 1)] or [0]
    for _ in range(requests):
        pick = [literals[len(literals) - 1 - draw(min(len(literals), 40))] ^ draw(2) for _ in range(3)]
        kind = draw(4)
        if kind == 0:
            lit = mig.maj(pick[0], pick[1], 0)
        elif kind == 1:
            lit = mig.maj(pick[0], pick[1], 1)
        else:
            lit = mig.maj(*pick)
        literals.append(lit)
    outputs = literals[-8:]
    wide = (seed * 0x9E3779B97F4A7C15 + 7) & MASK64
    checksum = 0
    for _ in range(words):
        value = [0] * len(mig.fanins)
        for i in range(1, ninputs + 1):
            wide = (wide * 6364136223846793005 + 1442695040888963407) & MASK64
            value[i] = wide >> 32 | (wide & 0xFFFFFFFF00000000)
        for node in range(ninputs + 1, len(mig.fanins)):
            x, y, z = (value[l >> 1] ^ (MASK64 if l & 1 else 0) for l in mig.fanins[node])
            value[node] = (x & y) | (x & z) | (y & z)
        for lit in outputs:
            sig = value[lit >> 1] ^ (MASK64 if lit & 1 else 0)
            checksum = (checksum * 1_000_003 + sig) % 998_244_353
    return (len(mig.fanins) - ninputs - 1, mig.hits, mig.simplified, checksum)
