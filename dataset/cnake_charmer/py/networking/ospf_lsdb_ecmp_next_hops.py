"""OSPF-style link-state database and equal-cost multipath forwarding tables.

Every router originates a few versions of its router LSA (sequence numbers 1, 2, ...),
each listing most of its neighbours with a fresh cost; the LSAs arrive shuffled, and
the link-state database keeps only the newest one per router, counting stale arrivals.
A link is used only if it passes the two-way check (both ends list each other). Each
router then runs its own shortest-path-first computation and keeps, for every
destination, the set of first hops on all equal-cost shortest paths (ECMP). Returns the
database counters, the number of two-way links, how many routes have several next
hops, unreachable pairs, a checksum of all tables and router 0's first entries.

Keywords: networking, ospf, link state, lsdb, shortest path first, dijkstra, ecmp, routing table
"""

import heapq
from typing import Dict, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


def originate_lsas(n: int, seed: int) -> List[Tuple[int, int, Dict[int, int]]]:
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    adjacent: List[Set[int]] = [set() for _ in range(n)]
    for u in range(n):
        for _ in range(3):
            v = draw(n)
            if v != u:
                adjacent[u].add(v)
                adjacent[v].add(u)
    lsas = []
    for u in range(n):
        for seq in range(1, 2 + draw(3)):
            links = {v: 1 + draw(10) for v in sorted(adjacent[u]) if draw(10) < 9}
            lsas.append((u, seq, links))
    for i in range(len(lsas) - 1, 0, -1):
        j = draw(i + 1)
        lsas[i], lsas[j] = lsas[j], lsas[i]
    return lsas


def shortest_path_first(root: int, graph: List[Dict[int, int]]) -> Tuple[Dict[int, int], Dict[int, Set[int]]]:
    dist = {root: 0}
    hops: Dict[int, Set[int]] = {root: set()}
    settled = set()
    heap = [(0, root)]
    while heap:
        d, u = heapq.heappop(heap)
        if u in settled:
            continue
        settled.add(u)
        for v, cost in graph[u].items():
            candidate = {v} if u == root else hops[u]
            nd = d + cost
            if v not in dist or nd < dist[v]:
                dist[v] = nd
                hops[v] = set(candidate)
                heapq.heappush(heap, (nd, v))
            elif nd == dist[v] and v not in settled:
                hops[v] |= candidate
    return dist, hops


@python_benchmark(args=(380, 17), cases=[(0, 1), (1, 2), (2, 3), (12, 4)])
def ospf_lsdb_ecmp_next_hops(n: int, seed: int) -> Tuple[int, int, int, int, int, int, List[Tuple[int, int, List[int]]]]:
    """Return (accepted, stale, two-way links, ECMP routes, unreachable pairs, table checksum, router 0 sample)."""
    lsdb: Dict[int, Tuple[int, Dict[int, int]]] = {}
    accepted = stale = 0
    for router, seq, links in originate_lsas(n, seed):
        if router not in lsdb or seq > lsdb[router][0]:
            lsdb[router] = (seq, links)
            accepted += 1
        else:
            stale += 1
    graph: List[Dict[int, int]] = [{} for _ in range(n)]
    for u, (_, links) in lsdb.items():
        for v, cost in links.items():
            if v in lsdb and u in lsdb[v][1]:
                graph[u][v] = cost
    two_way = sum(len(g) for g in graph)
    ecmp = unreachable = checksum = 0
    sample: List[Tuple[int, int, List[int]]] = []
    for root in range(n):
        dist, hops = shortest_path_first(root, graph)
        unreachable += n - len(dist)
        for dest in range(n):
            if dest == root or dest not in dist:
                continue
            first_hops = sorted(hops[dest])
            if len(first_hops) > 1:
                ecmp += 1
            checksum = (checksum * 131 + dist[dest] * 7 + dest) % MOD
            for h in first_hops:
                checksum = (checksum * 257 + h + 1) % MOD
            if root == 0 and len(sample) < 6:
                sample.append((dest, dist[dest], first_hops))
    return (accepted, stale, two_way, ecmp, unreachable, checksum, sample)
