"""Hamilton (largest remainder) apportionment for every house size, hunting the Alabama paradox.

For each house size h, every state gets floor(pop * h / total) seats and the leftover
seats go to the largest remainders (exact integer remainders; lower state number on
ties). Scanning h upward, a state that loses a seat when the house grows by one is an
instance of the Alabama paradox. Populations are drawn from a skewed distribution.

Keywords: elections, apportionment, Hamilton method, largest remainder, Alabama paradox, Hare quota, house size
"""

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(
    args=(60, 5000, 3),
    cases=[(0, 10, 1), (1, 6, 2), (3, 0, 3), (4, 40, 4), (12, 300, 5)],
)
def hamilton_alabama_paradox_scan(n_states: int, max_house: int, seed: int):
    """Return (paradox count, first events (h, state, seats), states hit, last apportionment, checksum)."""
    state = seed & 0x7FFFFFFF

    def gen(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    pops = [1000 + gen(900) * gen(900) + gen(5000) for _ in range(n_states)]
    total = sum(pops)
    previous = [0] * n_states
    events = []
    count = 0
    hit = set()
    checksum = 0
    for house in range(1, max_house + 1):
        if total == 0:
            break
        floors = [p * house // total for p in pops]
        remainders = [p * house % total for p in pops]
        leftover = house - sum(floors)
        by_remainder = sorted(range(n_states), key=lambda s: (-remainders[s], s))
        seats = floors[:]
        for s in by_remainder[:leftover]:
            seats[s] += 1
        for s, (old, new) in enumerate(zip(previous, seats)):
            if new < old:
                count += 1
                hit.add(s)
                if len(events) < 12:
                    events.append((house, s, new))
        checksum = (checksum * 131 + sum((s + 1) * x for s, x in enumerate(seats))) % 1000000007
        previous = seats
    return (count, events, sorted(hit), previous, checksum)
