"""Longest-prefix matching of IPv4 addresses with the ``ipaddress`` module.

Parses a small routing table of CIDR blocks (host bits allowed and masked off) and a
stream of dotted-quad addresses; each address is routed to the most specific block
that contains it (lowest rule index on ties), as a router's forwarding table would.

Keywords: ipv4, cidr, longest prefix match, ipaddress, routing, parsing
"""

import ipaddress
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(24, 6000, 8), cases=[(0, 5, 1), (3, 0, 2), (1, 1, 3), (10, 50, 4)])
def ipv4_cidr_longest_match(n_rules: int, n_addrs: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (unmatched addresses, sum of matched prefix lengths, hits per rule)."""
    state = seed

    def octets() -> List[int]:
        nonlocal state
        out = []
        for k in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            out.append([10, 172, 192][state % 3] if k == 0 else (state >> 8) % (4 if k == 1 else 256))
        return out

    rules = []
    for _ in range(n_rules):
        o = octets()
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        rules.append("%d.%d.%d.%d/%d" % (o[0], o[1], o[2], o[3], 8 + state % 17))
    addrs = ["%d.%d.%d.%d" % tuple(octets()) for _ in range(n_addrs)]
    nets = [ipaddress.ip_network(r, strict=False) for r in rules]
    hits = [0] * n_rules
    unmatched = 0
    total = 0
    for text in addrs:
        addr = ipaddress.ip_address(text)
        best = None
        for i, net in enumerate(nets):
            if addr in net and (best is None or net.prefixlen > nets[best].prefixlen):
                best = i
        if best is None:
            unmatched += 1
        else:
            hits[best] += 1
            total += nets[best].prefixlen
    return (unmatched, total, hits)
