"""Dominator trees (Cooper-Harvey-Kennedy), dominance frontiers and SSA phi placement.

A seeded generator builds control-flow graphs with fall-through edges, forward jumps
and loop back edges; some blocks end up unreachable. Reachable blocks are numbered in
reverse postorder by an explicit-stack depth-first search, immediate dominators are
found with the Cooper-Harvey-Kennedy iteration (intersecting predecessors' dominator
chains until nothing changes), and each join block adds itself to the dominance
frontier of every block on its predecessors' chains below its idom. Finally, phi
functions for variables with random definition sites are placed at the iterated
dominance frontier, as SSA construction does. Returns reachable blocks, iteration
rounds, dominator-tree depth sum and maximum, total frontier size, phi count and an
idom checksum.

Keywords: interpreters, dominator tree, dominance frontier, ssa construction, phi placement, control flow graph
"""

from typing import Callable, Dict, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark


def generate(draw: Callable[[int], int], n: int) -> List[List[int]]:
    succs: List[List[int]] = []
    for i in range(n):
        out: List[int] = []
        r = draw(10)
        if i + 1 < n and (r < 8 or i + 2 >= n):
            out.append(i + 1)  # fall through
        if i + 2 < n and (r >= 8 or draw(4) == 0):
            out.append(i + 2 + draw(min(n - i - 2, 20)))  # forward jump
        if i > 0 and draw(5) == 0:
            out.append(i - 1 - draw(min(i, 30)))  # loop back edge
        succs.append(list(dict.fromkeys(out)))
    return succs


def reverse_postorder(succs: List[List[int]]) -> List[int]:
    seen = {0}
    post: List[int] = []
    stack = [(0, iter(succs[0]))]
    while stack:
        node, children = stack[-1]
        for child in children:
            if child not in seen:
                seen.add(child)
                stack.append((child, iter(succs[child])))
                break
        else:
            stack.pop()
            post.append(node)
    return post[::-1]


def dominators(order: List[int], preds: Dict[int, List[int]]) -> Tuple[Dict[int, int], int]:
    rank = {node: i for i, node in enumerate(order)}
    idom = {order[0]: order[0]}

    def intersect(a: int, b: int) -> int:
        while a != b:
            while rank[a] > rank[b]:
                a = idom[a]
            while rank[b] > rank[a]:
                b = idom[b]
        return a

    rounds = 0
    changed = True
    while changed:
        changed = False
        rounds += 1
        for node in order[1:]:
            new = None
            for p in preds[node]:
                if p in idom:
                    new = p if new is None else intersect(p, new)
            if idom.get(node) != new:
                idom[node] = new
                changed = True
    return idom, rounds


def frontiers(order: List[int], preds: Dict[int, List[int]], idom: Dict[int, int]) -> Dict[int, Set[int]]:
    df: Dict[int, Set[int]] = {node: set() for node in order}
    for node in order:
        if len(preds[node]) >= 2:
            for p in preds[node]:
                runner = p
                while runner != idom[node]:
                    df[runner].add(node)
                    runner = idom[runner]
    return df


def place_phis(def_sites: List[int], df: Dict[int, Set[int]]) -> int:
    phis: Set[int] = set()
    work = [b for b in def_sites if b in df]
    queued = set(work)
    while work:
        block = work.pop()
        for join in df[block]:
            if join not in phis:
                phis.add(join)
                if join not in queued:
                    queued.add(join)
                    work.append(join)
    return len(phis)


@python_benchmark(args=(4, 12000, 40, 19), cases=[(0, 10, 2, 1), (1, 1, 1, 2), (2, 6, 3, 3), (4, 80, 5, 4)])
def dominator_tree_dominance_frontiers(n_graphs: int, n_blocks: int, n_vars: int, seed: int) -> Tuple[int, List[int], int, int, int, int, int]:
    """Return (reachable, CHK rounds, depth sum, max depth, frontier total, phis, idom checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    reachable = depth_sum = max_depth = df_total = phi_total = checksum = 0
    rounds_seen: List[int] = []
    for _ in range(n_graphs):
        succs = generate(draw, n_blocks)
        order = reverse_postorder(succs)
        preds: Dict[int, List[int]] = {node: [] for node in order}
        for node in sorted(order):
            for s in succs[node]:
                preds[s].append(node)
        idom, rounds = dominators(order, preds)
        rounds_seen.append(rounds)
        depth = {order[0]: 0}
        for node in order[1:]:
            depth[node] = depth[idom[node]] + 1
        df = frontiers(order, preds, idom)
        for _ in range(n_vars):
            sites = [draw(n_blocks) for _ in range(1 + draw(4))]
            phi_total += place_phis(sites, df)
        reachable += len(order)
        depth_sum += sum(depth.values())
        max_depth = max(max_depth, max(depth.values()))
        df_total += sum(len(s) for s in df.values())
        for node in sorted(order):
            checksum = (checksum * 1000003 + node * 7 + idom[node]) % 1000000007
    return (reachable, rounds_seen, depth_sum, max_depth, df_total, phi_total, checksum)
