"""Per-client token-bucket admission followed by a leaky-bucket traffic shaper.

Requests from many clients (a few heavy hitters, most light) arrive over time, each
costing one to three tokens. Every client has a token bucket sized by its tier (free,
pro, enterprise) that refills at a tier rate; a request is admitted if its bucket has
enough tokens. Admitted requests then pass a shared leaky bucket that releases one
request every few milliseconds from a finite queue, dropping arrivals that find it
full. Token amounts are kept in milli-tokens so all arithmetic is exact. Returns
admitted, rate-limited and dropped counts per tier, the total and worst queueing
delay, the client rate-limited most often and the final tokens of the first clients.

Keywords: scheduling, rate limiting, token bucket, leaky bucket, traffic shaping, admission control
"""

from collections import deque
from dataclasses import dataclass
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

# tier: (bucket capacity in milli-tokens, refill in milli-tokens per millisecond)
TIERS = ((5000, 2), (20000, 8), (60000, 30))
QUEUE_LIMIT = 64
DRAIN_EVERY = 2


@dataclass
class Bucket:
    capacity: int
    rate: int
    tokens: int
    last: int = 0


@python_benchmark(args=(200000, 400, 71), cases=[(0, 10, 1), (1, 1, 2), (50, 1, 3), (200, 5, 4), (3000, 40, 5)])
def token_bucket_rate_limiter(requests: int, clients: int, seed: int) -> Tuple[List[List[int]], int, int, int, List[int]]:
    """Return (per-tier [admitted, limited, dropped], total delay, worst delay, most limited client, first tokens)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    tier_of = [0 if draw(10) < 7 else 1 if draw(10) < 8 else 2 for _ in range(clients)]
    buckets = [Bucket(TIERS[t][0], TIERS[t][1], TIERS[t][0]) for t in tier_of]
    stats = [[0, 0, 0] for _ in TIERS]
    limited = [0] * clients
    departures: deque = deque()
    last_departure = 0
    total_delay = worst_delay = 0
    now = 0
    for _ in range(requests):
        now += draw(3)
        client = min(draw(clients), draw(clients), draw(clients))
        cost = 1000 * (1 + draw(3))
        bucket = buckets[client]
        bucket.tokens = min(bucket.capacity, bucket.tokens + (now - bucket.last) * bucket.rate)
        bucket.last = now
        tier = tier_of[client]
        if bucket.tokens < cost:
            stats[tier][1] += 1
            limited[client] += 1
            continue
        bucket.tokens -= cost
        while departures and departures[0] <= now:
            departures.popleft()
        if len(departures) >= QUEUE_LIMIT:
            stats[tier][2] += 1
            continue
        stats[tier][0] += 1
        last_departure = max(now, last_departure + DRAIN_EVERY)
        departures.append(last_departure)
        total_delay += last_departure - now
        worst_delay = max(worst_delay, last_departure - now)
    most_limited = max(range(clients), key=lambda c: (limited[c], -c)) if clients else -1
    return (stats, total_delay, worst_delay, most_limited, [b.tokens for b in buckets[:6]])
