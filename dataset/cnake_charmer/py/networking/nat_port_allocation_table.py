"""Carrier-grade NAT (NAPT) port allocation with preservation, idle timeouts and filtering.

Internal hosts (each with a few local ports) open TCP and UDP flows to remote servers.
The NAT keeps one endpoint-independent mapping per (host, local port, protocol): a
host's flows leave through its paired public address, keeping the local port when that
public port is free (port preservation) and otherwise taking the next free port after a
rotating cursor; a full pool is an allocation failure. Mappings are refreshed by
traffic, expire after a protocol-specific idle time (checked on use and by a periodic
sweep) and admit inbound packets only from remotes the mapping has contacted
(address-restricted filtering). Returns the allocation counters, inbound verdicts,
peak and final table sizes and a checksum of the public ports handed out.

Keywords: networking, nat, napt, port allocation, port preservation, timeouts, filtering, connection tracking
"""

from dataclasses import dataclass, field
from typing import Dict, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

PORT_LOW = 40000
TIMEOUTS = (4000, 1500)  # TCP, UDP idle time
SWEEP_EVERY = 2000
LOCAL_PORTS = 8
REMOTES = 12


@dataclass
class Mapping:
    public_ip: int
    public_port: int
    last_used: int
    peers: Set[int] = field(default_factory=set)


@python_benchmark(args=(85000, 400, 2, 1500, 43), cases=[(0, 5, 1, 10, 1), (50, 1, 1, 4, 2), (400, 20, 2, 6, 3), (5000, 200, 2, 300, 4)])
def nat_port_allocation_table(events: int, hosts: int, publics: int, pool: int, seed: int) -> Tuple[Dict[str, int], List[int], int, int, int]:
    """Return (allocation counters, [accepted, no mapping, filtered], peak active, final active, port checksum)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    local_ports = [[PORT_LOW + draw(2 * pool) for _ in range(LOCAL_PORTS)] for _ in range(hosts)]
    table: Dict[Tuple[int, int, int], Mapping] = {}
    owner: Dict[Tuple[int, int, int], Tuple[int, int, int]] = {}
    cursor = [[0, 0] for _ in range(publics)]
    stats = dict.fromkeys(("allocated", "preserved", "reused", "failed", "expired"), 0)
    inbound = [0, 0, 0]
    peak = checksum = 0

    def release(key: Tuple[int, int, int]) -> None:
        m = table.pop(key)
        del owner[(m.public_ip, key[2], m.public_port)]
        stats["expired"] += 1

    now = 0
    next_sweep = SWEEP_EVERY
    for _ in range(events):
        now += draw(3)
        if now >= next_sweep:
            for key in [k for k, m in table.items() if now - m.last_used > TIMEOUTS[k[2]]]:
                release(key)
            next_sweep += SWEEP_EVERY
        if draw(10) < 7:
            host = draw(hosts)
            port = local_ports[host][draw(LOCAL_PORTS)]
            proto = draw(2)
            remote = draw(REMOTES)
            key = (host, port, proto)
            m = table.get(key)
            if m is not None and now - m.last_used > TIMEOUTS[proto]:
                release(key)
                m = None
            if m is not None:
                stats["reused"] += 1
                m.last_used = now
                m.peers.add(remote)
                continue
            ip = host % publics
            if port < PORT_LOW + pool and (ip, proto, port) not in owner:
                public_port = port
                stats["preserved"] += 1
            else:
                public_port = -1
                for step in range(pool):
                    offset = (cursor[ip][proto] + step) % pool
                    if (ip, proto, PORT_LOW + offset) not in owner:
                        public_port = PORT_LOW + offset
                        cursor[ip][proto] = (offset + 1) % pool
                        break
                if public_port < 0:
                    stats["failed"] += 1
                    continue
            table[key] = Mapping(ip, public_port, now, {remote})
            owner[(ip, proto, public_port)] = key
            stats["allocated"] += 1
            peak = max(peak, len(table))
            checksum = (checksum * 31 + public_port * 4 + ip * 2 + proto) % 1_000_000_007
        else:
            ip = draw(publics)
            proto = draw(2)
            public_port = PORT_LOW + draw(pool)
            remote = draw(REMOTES)
            key = owner.get((ip, proto, public_port))
            if key is None or now - table[key].last_used > TIMEOUTS[proto]:
                inbound[1] += 1
            elif remote not in table[key].peers:
                inbound[2] += 1
            else:
                inbound[0] += 1
                table[key].last_used = now
    return (stats, inbound, peak, len(table), checksum)
