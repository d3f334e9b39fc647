"""Longest-prefix match on 64-bit (IPv6 routing-prefix) keys with a Patricia trie.

Route announcements of /16 to /64 prefixes are generated in clusters under a few
provider blocks, so many share long leading bit strings; they are inserted into a
path-compressed binary (Patricia) trie whose nodes store a left-aligned key and a bit
length, splitting an edge where a new prefix diverges. Some routes are then withdrawn
and others re-announced with a new route id; the root carries the default route 0. Lookups walk the trie remembering the last node
whose prefix matches the address and that carries a route. Returns node and route
counts, per-category hit counts, nodes visited, a checksum of the matched route ids
and the first answers.

Keywords: networking, longest prefix match, patricia trie, radix tree, ipv6, routing table, path compression
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

WIDTH = 64
ALL_ONES = (1 << WIDTH) - 1


def mask(length: int) -> int:
    return (ALL_ONES << (WIDTH - length)) & ALL_ONES if length else 0


@dataclass
class Node:
    key: int
    length: int
    route: Optional[int] = None
    children: List[Optional["Node"]] = field(default_factory=lambda: [None, None])


def bit_at(key: int, position: int) -> int:
    return (key >> (WIDTH - 1 - position)) & 1


def insert(root: Node, key: int, length: int, route: int) -> int:
    """Insert a route; return how many nodes were created."""
    node = root
    while True:
        if length == node.length:
            node.route = route
            return 0
        bit = bit_at(key, node.length)
        child = node.children[bit]
        if child is None:
            node.children[bit] = Node(key, length, route)
            return 1
        diff = key ^ child.key
        common = min(WIDTH - diff.bit_length(), length, child.length)
        if common == child.length:
            node = child
            continue
        middle = Node(key & mask(common), common)
        middle.children[bit_at(child.key, common)] = child
        node.children[bit] = middle
        if common == length:
            middle.route = route
            return 1
        middle.children[bit_at(key, common)] = Node(key, length, route)
        return 2


def find(root: Node, key: int, length: int) -> Optional[Node]:
    node: Optional[Node] = root
    while node is not None and node.length < length:
        node = node.children[bit_at(key, node.length)]
    if node is not None and node.length == length and node.key == key:
        return node
    return None


def lookup(root: Node, address: int) -> Tuple[int, int]:
    """Return (route id or -1, nodes visited)."""
    best = -1
    visited = 0
    node: Optional[Node] = root
    while node is not None:
        visited += 1
        if (address ^ node.key) & mask(node.length):
            break
        if node.route is not None:
            best = node.route
        if node.length == WIDTH:
            break
        node = node.children[bit_at(address, node.length)]
    return best, visited


@python_benchmark(args=(9000, 32000, 23), cases=[(0, 10, 1), (1, 5, 2), (5, 0, 3), (300, 2000, 4)])
def patricia_trie_prefix64_lookup(routes: int, queries: int, seed: int) -> Tuple[int, int, int, List[int], int, int, List[int]]:
    """Return (nodes, live routes, withdrawn, [hits, misses, default], visited, route checksum, first answers)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw64() -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return state ^ (state >> 29)

    def draw(k: int) -> int:
        return (draw64() >> 33) % k

    providers = [draw64() & mask(16 + 4 * draw(5)) for _ in range(8)]
    root = Node(0, 0)
    nodes = 1
    announced: List[Tuple[int, int]] = []
    for r in range(routes):
        base = providers[draw(len(providers))]
        length = 16 + draw(49)
        key = (base | (draw64() & ~mask(16 + 4 * draw(3)) & ALL_ONES)) & mask(length)
        nodes += insert(root, key, length, r + 1)
        announced.append((key, length))
    withdrawn = 0
    for i in range(routes // 4):
        key, length = announced[draw(len(announced))]
        node = find(root, key, length)
        if node is not None and node.route is not None:
            node.route = None
            withdrawn += 1
        if i % 3 == 0:
            key, length = announced[draw(len(announced))]
            nodes += insert(root, key, length, routes + 1 + i)
    root.route = 0 if routes else None

    hits = misses = defaults = visited_total = checksum = 0
    first: List[int] = []
    for q in range(queries):
        if q % 2 == 0 and announced:
            key, length = announced[draw(len(announced))]
            address = key | (draw64() & ~mask(length) & ALL_ONES)
        else:
            address = draw64()
        route, visited = lookup(root, address)
        visited_total += visited
        if route < 0:
            misses += 1
        elif route == 0:
            defaults += 1
        else:
            hits += 1
        checksum = (checksum * 1_000_003 + route + 1) & 0xFFFFFFFFFFFF
        if len(first) < 8:
            first.append(route)
    live = 0
    stack = [root]
    while stack:
        node = stack.pop()
        if node.route is not None:
            live += 1
        stack.extend(c for c in node.children if c is not None)
    return (nodes, live, withdrawn, [hits, misses, defaults], visited_total, checksum, first)
