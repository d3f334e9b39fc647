"""BGP decision process over a stream of UPDATE messages (RFC 4271 section 9.1).

A router (AS 65000) has external and internal peers. Generated UPDATEs announce or
withdraw prefixes with LOCAL_PREF, an AS path, ORIGIN and MED; announcements whose
path contains the router's own AS are dropped as loops, and the announcement replaces
the peer's previous route in the Adj-RIB-In. After every update the prefix's best path
is chosen again by the standard elimination order: highest LOCAL_PREF, shortest
AS_PATH, lowest ORIGIN, lowest MED among routes from the same neighbour AS, eBGP over
iBGP, lowest IGP cost to the next hop, lowest router ID, lowest peer address. Returns
the loop count, how often the best peer changed, how often each step settled a contested decision,
prefixes left unreachable, a checksum of the final best peers and a few sample routes.

Keywords: networking, bgp, best path selection, decision process, routing, as path, med, local preference
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

LOCAL_AS = 65000
STEPS = ("local_pref", "as_path", "origin", "med", "ebgp", "igp_cost", "router_id", "peer")


@dataclass
class Peer:
    index: int
    asn: int
    ebgp: bool
    igp_cost: int
    router_id: int


@dataclass
class Route:
    peer: Peer
    local_pref: int
    as_path: List[int]
    origin: int
    med: int

    @property
    def neighbor_as(self) -> int:
        return self.as_path[0] if self.as_path else LOCAL_AS


def best_path(routes: List[Route], steps: List[int]) -> Optional[Route]:
    """Run the elimination order; count in steps which rule left a single route."""
    if not routes:
        return None
    candidates = list(routes)
    rules = (
        lambda rs: [r for r in rs if r.local_pref == max(x.local_pref for x in rs)],
        lambda rs: [r for r in rs if len(r.as_path) == min(len(x.as_path) for x in rs)],
        lambda rs: [r for r in rs if r.origin == min(x.origin for x in rs)],
        lambda rs: [r for r in rs if not any(x.neighbor_as == r.neighbor_as and x.med < r.med for x in rs)],
        lambda rs: [r for r in rs if r.peer.ebgp] or rs,
        lambda rs: [r for r in rs if r.peer.igp_cost == min(x.peer.igp_cost for x in rs)],
        lambda rs: [r for r in rs if r.peer.router_id == min(x.peer.router_id for x in rs)],
        lambda rs: [min(rs, key=lambda x: x.peer.index)],
    )
    if len(candidates) == 1:
        return candidates[0]
    for step, rule in enumerate(rules):
        candidates = rule(candidates)
        if len(candidates) == 1:
            steps[step] += 1
            return candidates[0]
    return candidates[0]


@python_benchmark(args=(1500, 14, 24000, 7), cases=[(0, 3, 10, 1), (1, 1, 20, 2), (5, 0, 10, 3), (40, 6, 800, 4)])
def bgp_best_path_decision(prefixes: int, peers: int, updates: int, seed: int) -> Tuple[int, int, Dict[str, int], int, int, List[Tuple[int, int, int, int]]]:
    """Return (loops dropped, best-path changes, deciding step counts, unreachable, best checksum, samples)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    neighbours = []
    for i in range(peers):
        ebgp = draw(3) > 0
        asn = 64512 + draw(40) if ebgp else LOCAL_AS
        neighbours.append(Peer(i, asn, ebgp, 0 if ebgp else 1 + draw(30), draw(1 << 30)))
    rib: List[Dict[int, Route]] = [{} for _ in range(prefixes)]
    best: List[Optional[Route]] = [None] * prefixes
    steps = [0] * len(STEPS)
    loops = changes = 0
    for _ in range(updates if prefixes and peers else 0):
        prefix = draw(prefixes)
        peer = neighbours[draw(peers)]
        if draw(5) == 0:
            rib[prefix].pop(peer.index, None)
        else:
            hops = [64512 + draw(60) for _ in range(draw(5))]
            if draw(50) == 0:
                hops.insert(draw(len(hops) + 1), LOCAL_AS)
            path = [peer.asn] + hops if peer.ebgp else hops
            route = Route(peer, (100, 100, 200, 50)[draw(4)] if not peer.ebgp or draw(2) else 100, path, draw(3), draw(4) * 10)
            if LOCAL_AS in path:
                loops += 1
                rib[prefix].pop(peer.index, None)
            else:
                rib[prefix][peer.index] = route
        chosen = best_path(list(rib[prefix].values()), steps)
        previous = best[prefix]
        if (chosen.peer.index if chosen else -1) != (previous.peer.index if previous else -1):
            changes += 1
        best[prefix] = chosen
    unreachable = sum(1 for b in best if b is None)
    checksum = 0
    for b in best:
        checksum = (checksum * 17 + (b.peer.index + 1 if b else 0)) % 1_000_000_007
    samples = [(p, b.peer.index, b.local_pref, len(b.as_path)) for p, b in enumerate(best) if b][:5]
    return (loops, changes, dict(zip(STEPS, steps)), unreachable, checksum, samples)
