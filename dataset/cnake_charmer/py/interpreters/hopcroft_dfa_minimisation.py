"""Minimise generated DFAs with Hopcroft's partition refinement and compare canonical forms.

Each automaton is built with hidden redundancy: a small random "core" DFA is blown up
into many states, each a copy of some core state whose transitions lead to random
copies of the core successors, plus states that are never reached. The minimiser
drops unreachable states, then refines the accepting / rejecting partition with
Hopcroft's algorithm (splitting blocks by the predecessors of a splitter block, and
queueing the smaller half). The minimal automaton is renumbered by breadth-first
search from the start block, giving a canonical transition table to hash. Returns
reachable and minimal state totals, accepting blocks, the first minimal sizes and a
checksum of the canonical tables.

Keywords: interpreters, dfa minimisation, hopcroft algorithm, partition refinement, finite automata, lexer generator
"""

from collections import defaultdict, deque
from typing import Callable, Dict, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark


def build_dfa(draw: Callable[[int], int], n: int, core: int, k: int) -> Tuple[List[List[int]], List[bool]]:
    core_delta = [[draw(core) for _ in range(k)] for _ in range(core)]
    core_accept = [draw(3) == 0 for _ in range(core)]
    hidden = [q if q < core else draw(core) for q in range(n)]
    copies: Dict[int, List[int]] = defaultdict(list)
    for q, h in enumerate(hidden):
        copies[h].append(q)
    delta = []
    for q in range(n):
        row = []
        for c in range(k):
            options = copies[core_delta[hidden[q]][c]]
            row.append(options[draw(len(options))])
        delta.append(row)
    return delta, [core_accept[h] for h in hidden]


def reachable_states(delta: List[List[int]]) -> List[int]:
    seen = {0}
    queue = deque([0])
    while queue:
        q = queue.popleft()
        for p in delta[q]:
            if p not in seen:
                seen.add(p)
                queue.append(p)
    return sorted(seen)


def hopcroft(states: List[int], delta: List[List[int]], accept: List[bool], k: int) -> Dict[int, int]:
    """Return the block number of every state in the coarsest stable partition."""
    preds: Dict[Tuple[int, int], List[int]] = defaultdict(list)
    for q in states:
        for c in range(k):
            preds[(c, delta[q][c])].append(q)
    blocks: List[Set[int]] = [b for b in ({q for q in states if accept[q]}, {q for q in states if not accept[q]}) if b]
    block_of = {q: i for i, b in enumerate(blocks) for q in b}
    work = {min(range(len(blocks)), key=lambda i: len(blocks[i]))}
    while work:
        splitter = list(blocks[work.pop()])
        for c in range(k):
            touched: Dict[int, Set[int]] = defaultdict(set)
            for q in splitter:
                for p in preds[(c, q)]:
                    touched[block_of[p]].add(p)
            for b, hit in touched.items():
                if len(hit) == len(blocks[b]):
                    continue
                rest = blocks[b] - hit
                blocks[b] = hit
                blocks.append(rest)
                new = len(blocks) - 1
                for q in rest:
                    block_of[q] = new
                if b in work:
                    work.add(new)
                else:
                    work.add(b if len(hit) <= len(rest) else new)
    return block_of


def canonical(block_of: Dict[int, int], delta: List[List[int]], accept: List[bool], k: int) -> Tuple[int, int, int]:
    """BFS-renumber the minimal DFA from the start block; return (size, accepting blocks, table hash)."""
    rep: Dict[int, int] = {}
    for q, b in block_of.items():
        rep.setdefault(b, q)
    number = {block_of[0]: 0}
    order = [block_of[0]]
    digest = 0
    for b in order:  # grows while iterating: a breadth-first queue
        for c in range(k):
            target = block_of[delta[rep[b]][c]]
            if target not in number:
                number[target] = len(order)
                order.append(target)
            digest = (digest * 10007 + number[target]) % 1000000007
    accepting = sum(accept[rep[b]] for b in order)
    digest = (digest * 3 + accepting) % 1000000007
    return len(order), accepting, digest


@python_benchmark(args=(16, 3000, 60, 3, 13), cases=[(0, 10, 3, 2, 1), (1, 1, 1, 1, 2), (3, 8, 8, 2, 3), (4, 50, 6, 3, 4)])
def hopcroft_dfa_minimisation(n_dfas: int, n_states: int, core: int, k: int, seed: int) -> Tuple[int, int, int, List[int], int]:
    """Return (reachable states, minimal states, accepting blocks, first minimal sizes, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    reachable_total = minimal_total = accepting_total = checksum = 0
    sizes: List[int] = []
    for _ in range(n_dfas):
        delta, accept = build_dfa(draw, n_states, min(core, n_states), k)
        states = reachable_states(delta)
        size, accepting, digest = canonical(hopcroft(states, delta, accept, k), delta, accept, k)
        reachable_total += len(states)
        minimal_total += size
        accepting_total += accepting
        checksum = (checksum * 1000003 + digest) % 1000000007
        if len(sizes) < 10:
            sizes.append(size)
    return (reachable_total, minimal_total, accepting_total, sizes, checksum)
