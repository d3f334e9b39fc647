"""Ethernet learning switch with VLANs, a bounded MAC table and entry aging.

Hosts with random 48-bit MAC addresses sit on access ports of a 48-port switch (a port
belongs to VLAN ``port % vlans``) and sometimes move to another port of their VLAN.
For every frame the switch learns (or refreshes, or moves) the source address in its
(VLAN, MAC) table unless the table is full, then forwards: broadcasts and unknown or
aged-out destinations are flooded to every other port of the VLAN, known destinations
on the ingress port are filtered, the rest are sent out of one port. A periodic sweep
deletes entries idle longer than the aging time. Returns the forwarding counters,
frames sent per port, the final table size and an order-independent table checksum.

Keywords: networking, ethernet, learning switch, mac table, vlan, aging, flooding, layer 2
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

PORTS = 48
TABLE_CAPACITY = 1500
AGING = 3000
SWEEP_EVERY = 500
BROADCAST = 0xFFFFFFFFFFFF


@python_benchmark(args=(150000, 2000, 6, 29), cases=[(0, 10, 2, 1), (100, 1, 1, 2), (500, 4, 3, 3), (20000, 3000, 4, 4)])
def learning_switch_mac_aging(frames: int, hosts: int, vlans: int, seed: int) -> Tuple[Dict[str, int], List[int], int, int]:
    """Return (counters, frames transmitted per port, final table size, table checksum)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    per_vlan = PORTS // vlans
    macs = [(draw(1 << 24) << 24 | draw(1 << 24)) & 0xFEFFFFFFFFFF for _ in range(hosts)]
    vlan_of = [draw(vlans) for _ in range(hosts)]
    port_of = [vlan_of[h] + vlans * draw(per_vlan) for h in range(hosts)]
    ports_in_vlan = [[p for p in range(PORTS) if p % vlans == v] for v in range(vlans)]
    hosts_in_vlan = [[h for h in range(hosts) if vlan_of[h] == v] for v in range(vlans)]

    table: Dict[Tuple[int, int], List[int]] = {}
    counters = dict.fromkeys(("learned", "moved", "table_full", "aged_out", "flooded", "filtered", "forwarded"), 0)
    transmitted = [0] * PORTS
    now = 0
    next_sweep = SWEEP_EVERY
    for _ in range(frames):
        now += draw(3)
        if now >= next_sweep:
            expired = [key for key, (_, seen) in table.items() if now - seen > AGING]
            for key in expired:
                del table[key]
            counters["aged_out"] += len(expired)
            next_sweep = now + SWEEP_EVERY
        src = draw(hosts)
        if draw(200) == 0:
            port_of[src] = vlan_of[src] + vlans * draw(per_vlan)
        in_port = port_of[src]
        vlan = in_port % vlans
        peers = hosts_in_vlan[vlan]
        dst_mac = BROADCAST if draw(20) == 0 else macs[peers[draw(len(peers))]]

        entry = table.get((vlan, macs[src]))
        if entry is not None:
            if entry[0] != in_port:
                counters["moved"] += 1
                entry[0] = in_port
            entry[1] = now
        elif len(table) < TABLE_CAPACITY:
            table[(vlan, macs[src])] = [in_port, now]
            counters["learned"] += 1
        else:
            counters["table_full"] += 1

        target = table.get((vlan, dst_mac)) if dst_mac != BROADCAST else None
        if target is None or now - target[1] > AGING:
            counters["flooded"] += 1
            for port in ports_in_vlan[vlan]:
                if port != in_port:
                    transmitted[port] += 1
        elif target[0] == in_port:
            counters["filtered"] += 1
        else:
            counters["forwarded"] += 1
            transmitted[target[0]] += 1
    checksum = 0
    for (vlan, mac), (port, seen) in table.items():
        checksum ^= (mac * 0x9E3779B1 + vlan * 0x85EBCA77 + port * 0xC2B2AE3D + seen) & 0xFFFFFFFFFFFF
    return (counters, transmitted, len(table), checksum)
