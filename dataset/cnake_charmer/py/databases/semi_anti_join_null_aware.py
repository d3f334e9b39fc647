"""Semi-join, anti-join and NULL-aware NOT IN filters over a customers table.

For a batch of parameterised queries the customers table is filtered by
``EXISTS (SELECT 1 FROM orders o WHERE o.cust = c.id AND o.amount > :min)``, by
``NOT EXISTS (... returns r WHERE r.cust = c.id AND r.day >= :since)`` and by the
``NOT IN`` form of the latter, which returns nothing as soon as the subquery yields a
NULL customer (SQL three-valued logic). Each query reports the semi-join, anti-join
and NOT IN row counts, the rows passing both filters and a checksum of their ids;
the passing rows are also counted per region over all queries.

Keywords: databases, semi-join, anti-join, exists, not in, null semantics, set membership, filter
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007
REGIONS = 5


@python_benchmark(args=(20000, 60000, 20000, 16, 9), cases=[(0, 10, 10, 3, 1), (10, 0, 0, 2, 2), (1, 1, 1, 4, 3), (200, 500, 300, 6, 4)])
def semi_anti_join_null_aware(n_customers: int, n_orders: int, n_returns: int, queries: int, seed: int) -> Tuple[List[Tuple[int, int, int, int, int]], List[int]]:
    """Return (per query (semi, anti, not in, both, checksum of both), rows passing both per region)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    key_space = 4 * n_customers + 4
    customers = [(4 * i + draw(4), draw(REGIONS)) for i in range(n_customers)]
    orders = [(draw(key_space), draw(10000)) for _ in range(n_orders)]
    returns = [(None if draw(400) == 0 else draw(key_space), draw(365)) for _ in range(n_returns)]

    results = []
    per_region = [0] * REGIONS
    for _ in range(queries):
        min_amount = draw(10000)
        since = 300 + draw(66)
        big_spenders = {cust for cust, amount in orders if amount > min_amount}
        recent = {cust for cust, day in returns if day >= since}
        has_null = None in recent
        recent.discard(None)
        semi = [c for c in customers if c[0] in big_spenders]
        anti = [c for c in customers if c[0] not in recent]
        not_in = 0 if has_null else len(anti)
        both = [(cid, region) for cid, region in semi if cid not in recent]
        checksum = 0
        for cid, region in both:
            checksum = (checksum + cid * (cid % 1000 + 1)) % MOD
            per_region[region] += 1
        results.append((len(semi), len(anti), not_in, len(both), checksum))
    return results, per_region
