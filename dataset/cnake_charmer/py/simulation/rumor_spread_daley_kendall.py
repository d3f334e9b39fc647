"""Rumour spreading on a random contact network (Maki-Thompson / Daley-Kendall).

Each person has a fixed list of random contacts. People are ignorant, spreaders or
stiflers. In every round each person who was spreading at the start of the round
calls one random contact: an ignorant contact starts spreading, while reaching someone
who already knows the rumour (possibly themself, through a self-loop in the random
contact list) makes the caller lose interest and become a stifler. The
process runs until nobody spreads. Returns the rounds taken, the number never
reached, the peak number of spreaders and the total calls made.

Keywords: simulation, rumour spreading, epidemic model, daley kendall, network, agents
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

IGNORANT, SPREADER, STIFLER = 0, 1, 2


@python_benchmark(args=(20000, 6, 8), cases=[(1, 1, 1), (2, 1, 2), (10, 0, 3), (50, 3, 4)])
def rumor_spread_daley_kendall(people: int, contacts: int, seed: int) -> Tuple[int, int, int, int]:
    """Spread a rumour from person 0 through a random contact network."""
    state = seed & 0x7FFFFFFF
    network = []
    for _ in range(people):
        row = []
        for _ in range(contacts):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 16) % people)
        network.append(row)
    status = [IGNORANT] * people
    if people == 0:
        return (0, 0, 0, 0)
    status[0] = SPREADER
    rounds = calls = 0
    peak = 1
    while True:
        spreaders = [p for p in range(people) if status[p] == SPREADER]
        if not spreaders or contacts == 0:
            break
        rounds += 1
        for p in spreaders:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            other = network[p][(state >> 16) % contacts]
            calls += 1
            if status[other] == IGNORANT:
                status[other] = SPREADER
            else:
                status[p] = STIFLER
        peak = max(peak, status.count(SPREADER))
    return (rounds, status.count(IGNORANT), peak, calls)
