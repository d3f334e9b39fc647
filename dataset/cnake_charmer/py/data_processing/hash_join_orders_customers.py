"""Hash join of an orders table onto a customers table, then a grouped report.

Customers have sparse 31-bit ids, a tier (0-3) and a country (0-9); orders reference a
customer id (a few reference unknown ids) and carry an amount in cents. The customers
are indexed in a dict (the build side), the orders probe it, and the joined rows are
summed per (tier, country). Returns the revenue matrix, the order count per tier, the
number of unmatched orders and the id of the best customer.

Keywords: hash join, inner join, build probe, lookup table, revenue report, relational
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(10000, 80000), cases=[(0, 10), (10, 0), (1, 1), (5, 40), (300, 2000)])
def hash_join_orders_customers(n_customers: int, n_orders: int) -> Tuple[List[List[int]], List[int], int, int]:
    """Join orders to customers by id; return (tier x country revenue, tier counts, unmatched, best id)."""
    state = 13579
    ids = []
    customers = {}
    for _ in range(n_customers):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        cid = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        customers[cid] = ((state >> 8) % 4, (state >> 5) % 10)
        ids.append(cid)
    revenue = [[0] * 10 for _ in range(4)]
    tier_orders = [0] * 4
    per_customer = {}
    unmatched = 0
    for _ in range(n_orders):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if ids and state % 50:
            cid = ids[(state >> 4) % len(ids)]
        else:
            cid = state ^ 0x5A5A5
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        amount = 100 + state % 50000
        match = customers.get(cid)
        if match is None:
            unmatched += 1
            continue
        tier, country = match
        revenue[tier][country] += amount
        tier_orders[tier] += 1
        per_customer[cid] = per_customer.get(cid, 0) + amount
    best = max(per_customer, key=lambda c: (per_customer[c], -c)) if per_customer else -1
    return revenue, tier_orders, unmatched, best
