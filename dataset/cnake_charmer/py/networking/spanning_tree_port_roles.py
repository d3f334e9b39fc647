"""802.1D spanning tree: root election, root ports and port roles, before and after failures.

Bridges with IDs (priority in the top 16 bits, a MAC address below) are joined by
links (parallel links allowed) whose path costs follow the 802.1D speed table. In
synchronous rounds every bridge hears its neighbours' last announcement on each port
and keeps the best priority vector (root ID, root path cost + link cost, sender bridge
ID, sender port ID, receiving port ID), or itself as root; the message age grows per
hop and information older than MAX_AGE is discarded. Once quiet, each link end is a
root port, the designated port (the smaller announced vector) or blocked. Then a tenth
of the bridges lose the link to their root port and the protocol converges again,
partitions electing their own roots. Returns for both phases the rounds, number of
roots, role counts, total root path cost and a checksum of the port roles.

Keywords: networking, spanning tree protocol, stp, 802.1d, root bridge election, bpdu, port roles, layer 2
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MAX_AGE = 20
COSTS = (2, 4, 19, 100)
ROLE_CODES = {"root": 1, "designated": 2, "blocked": 3}


def converge(bridge_id: List[int], ports: List[List[Tuple[int, int, int]]], alive: List[List[bool]],
             best: List[Tuple[int, int, int, int, int]]) -> int:
    """Run announcement rounds until nothing changes; best[b] = (root, cost, sender, sender port, age, port)."""
    rounds = 0
    while True:
        rounds += 1
        heard = list(best)
        changed = False
        for b, links in enumerate(ports):
            choice = (bridge_id[b], 0, bridge_id[b], 0, 0, 0)
            for p, (nb, nb_port, cost) in enumerate(links):
                if not alive[b][p]:
                    continue
                root, root_cost, _, _, age, _ = heard[nb]
                if age + 1 > MAX_AGE:
                    continue
                candidate = (root, root_cost + cost, bridge_id[nb], nb_port + 1, age + 1, p + 1)
                if candidate[:4] + candidate[5:] < choice[:4] + choice[5:]:
                    choice = candidate
            if choice != best[b]:
                best[b] = choice
                changed = True
        if not changed:
            return rounds


def port_roles(bridge_id: List[int], ports: List[List[Tuple[int, int, int]]], alive: List[List[bool]],
               best: List[Tuple[int, int, int, int, int, int]]) -> Tuple[List[int], int]:
    counts = {"root": 0, "designated": 0, "blocked": 0}
    checksum = 0
    for b, links in enumerate(ports):
        mine = (best[b][0], best[b][1], bridge_id[b])
        for p, (nb, nb_port, _) in enumerate(links):
            if not alive[b][p]:
                continue
            if best[b][5] == p + 1:
                role = "root"
            elif mine + (p + 1,) < (best[nb][0], best[nb][1], bridge_id[nb], nb_port + 1):
                role = "designated"
            else:
                role = "blocked"
            counts[role] += 1
            checksum = (checksum * 7 + ROLE_CODES[role] * (b + 1) + p) % 1_000_000_007
    return [counts["root"], counts["designated"], counts["blocked"]], checksum


@python_benchmark(args=(2400, 4200, 13), cases=[(0, 0, 1), (1, 0, 2), (2, 3, 3), (30, 50, 4)])
def spanning_tree_port_roles(bridges: int, links: int, seed: int) -> List[Tuple[int, int, List[int], int, int]]:
    """Per phase: (rounds, number of roots, [root, designated, blocked ports], root cost sum, role checksum)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    bridge_id = [((4096 * (4 + draw(5))) << 48) | (draw(1 << 24) << 24) | draw(1 << 24) for _ in range(bridges)]
    ports: List[List[Tuple[int, int, int]]] = [[] for _ in range(bridges)]
    for i in range(links if bridges > 1 else 0):
        a = i % bridges if i < bridges else draw(bridges)
        b = draw(bridges) if i >= bridges or a == 0 else draw(a)
        if a == b:
            continue
        cost = COSTS[draw(len(COSTS))]
        ports[a].append((b, len(ports[b]), cost))
        ports[b].append((a, len(ports[a]) - 1, cost))
    alive = [[True] * len(links_) for links_ in ports]
    best = [(bridge_id[b], 0, bridge_id[b], 0, 0, 0) for b in range(bridges)]

    results = []
    for phase in range(2):
        if phase == 1:
            for b in range(bridges):
                p = best[b][5] - 1
                if p >= 0 and draw(10) == 0:
                    nb, nb_port, _ = ports[b][p]
                    alive[b][p] = False
                    alive[nb][nb_port] = False
        rounds = converge(bridge_id, ports, alive, best)
        roots = sum(1 for b in range(bridges) if best[b][0] == bridge_id[b])
        roles, checksum = port_roles(bridge_id, ports, alive, best)
        cost_sum = sum(best[b][1] for b in range(bridges))
        results.append((rounds, roots, roles, cost_sum, checksum))
    return results
