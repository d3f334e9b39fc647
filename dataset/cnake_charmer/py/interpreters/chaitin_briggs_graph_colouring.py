"""Graph-colouring register allocation (Chaitin-Briggs) after iterative liveness analysis.

Each generated function is a control-flow graph of basic blocks holding three-address
instructions over a pool of variables (operands are recently defined values), with
fall-through edges and short backward branches (loops). Backward dataflow computes live-in and live-out sets until
a fixpoint; walking each block backwards from live-out builds the interference graph.
Chaitin's simplify phase repeatedly removes the lowest-numbered node of degree below
K; when none is left, the node with the lowest spill cost per degree is pushed
optimistically (Briggs). Select pops the stack and gives each node the lowest colour
its coloured neighbours leave free, spilling it if there is none. Returns liveness
sweeps, interference edges, the highest degree, actual spills, nodes per colour and
a checksum of the colouring.

Keywords: interpreters, register allocation, graph colouring, chaitin briggs, liveness analysis, interference graph
"""

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

K = 12
WINDOW = 24
RECENT = 8


@dataclass
class Block:
    code: List[Tuple[int, List[int]]] = field(default_factory=list)  # (dst, srcs)
    succs: List[int] = field(default_factory=list)


def generate(draw: Callable[[int], int], n_blocks: int, n_vars: int) -> List[Block]:
    blocks = []
    recent: List[int] = []  # the last RECENT destinations: operands are mostly fresh values
    for b in range(n_blocks):
        base = b * n_vars // n_blocks
        block = Block()
        for _ in range(2 + draw(5)):
            srcs = [recent[-1 - draw(len(recent))] for _ in range(min(len(recent), 1 + draw(2)))]
            dst = (base + draw(WINDOW)) % n_vars
            block.code.append((dst, srcs))
            recent = (recent + [dst])[-RECENT:]
        if b + 1 < n_blocks:
            block.succs.append(b + 1)
        if draw(3) == 0:
            block.succs.append(max(0, b - draw(9)))  # a loop back edge
        blocks.append(block)
    return blocks


def liveness(blocks: List[Block]) -> Tuple[List[Set[int]], int]:
    uses, defs = [], []
    for block in blocks:
        used: Set[int] = set()
        defined: Set[int] = set()
        for dst, srcs in block.code:
            used.update(s for s in srcs if s not in defined)
            defined.add(dst)
        uses.append(used)
        defs.append(defined)
    live_in: List[Set[int]] = [set() for _ in blocks]
    live_out: List[Set[int]] = [set() for _ in blocks]
    sweeps = 0
    changed = True
    while changed:
        changed = False
        sweeps += 1
        for b in reversed(range(len(blocks))):
            out = set().union(*(live_in[s] for s in blocks[b].succs))
            new_in = uses[b] | (out - defs[b])
            if new_in != live_in[b] or out != live_out[b]:
                changed = True
            live_in[b], live_out[b] = new_in, out
    return live_out, sweeps


def interference(blocks: List[Block], live_out: List[Set[int]], n_vars: int) -> List[Set[int]]:
    adj: List[Set[int]] = [set() for _ in range(n_vars)]
    for block, out in zip(blocks, live_out):
        live = set(out)
        for dst, srcs in reversed(block.code):
            for v in live:
                if v != dst:
                    adj[dst].add(v)
                    adj[v].add(dst)
            live.discard(dst)
            live.update(srcs)
    return adj


def colour(adj: List[Set[int]], cost: List[int]) -> Dict[int, int]:
    degree = {v: len(ns) for v, ns in enumerate(adj)}
    remaining = set(degree)
    stack = []
    while remaining:
        low = [v for v in remaining if degree[v] < K]
        if low:
            node = min(low)
        else:
            node = min(remaining, key=lambda v: (cost[v] / degree[v], v))
        remaining.remove(node)
        stack.append(node)
        for n in adj[node]:
            if n in remaining:
                degree[n] -= 1
    colours: Dict[int, int] = {}
    while stack:
        node = stack.pop()
        taken = {colours[n] for n in adj[node] if n in colours}
        free = [c for c in range(K) if c not in taken]
        colours[node] = free[0] if free else -1
    return colours


@python_benchmark(args=(15, 200, 400, 5), cases=[(0, 5, 10, 1), (1, 1, 1, 2), (2, 3, 4, 3), (3, 20, 30, 4)])
def chaitin_briggs_graph_colouring(n_functions: int, n_blocks: int, n_vars: int, seed: int) -> Tuple[List[int], int, int, int, List[int], int]:
    """Return (liveness sweeps, edges, max degree, spills, nodes per colour, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    sweeps_seen: List[int] = []
    edges = max_degree = spills = checksum = 0
    per_colour = [0] * K
    for _ in range(n_functions):
        blocks = generate(draw, n_blocks, n_vars)
        live_out, sweeps = liveness(blocks)
        sweeps_seen.append(sweeps)
        adj = interference(blocks, live_out, n_vars)
        cost = [0] * n_vars
        for block in blocks:
            for dst, srcs in block.code:
                cost[dst] += 1
                for s in srcs:
                    cost[s] += 1
        colours = colour(adj, cost)
        edges += sum(len(ns) for ns in adj) // 2
        max_degree = max([max_degree] + [len(ns) for ns in adj])
        for v in range(n_vars):
            c = colours[v]
            if c < 0:
                spills += 1
            else:
                per_colour[c] += 1
            checksum = (checksum * 37 + c + 2) % 1000000007
    return (sweeps_seen, edges, max_degree, spills, per_colour, checksum)
