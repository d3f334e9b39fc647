"""Filtered GROUP BY over a column store with dictionary and run-length encoded columns.

The table has three columns: ``city`` stored as dictionary codes into a list of
distinct names, ``status`` stored as run-length encoded (value, length) pairs and a
plain ``amount`` column. Each query is
``SELECT city, SUM(amount), COUNT(*) WHERE status IN (...) AND city LIKE 'Prefix%'
AND amount BETWEEN lo AND hi GROUP BY city ORDER BY city``: the LIKE is evaluated once
per dictionary entry, and whole status runs that fail the IN list are skipped without
touching their rows. Returns, per query, the group count, matched rows, skipped rows
and the first groups, plus a checksum over all groups of all queries.

Keywords: databases, column store, dictionary encoding, run-length encoding, predicate pushdown, group by, scan
"""

from collections import defaultdict
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007
SYLLABLES = ["san", "ta", "ri", "mo", "el", "port", "vil", "ka", "lo", "ber", "ham", "ston", "a", "do"]
STATUSES = ["new", "paid", "shipped", "delivered", "returned"]


@python_benchmark(args=(200000, 400, 8, 17), cases=[(0, 5, 3, 1), (1, 1, 2, 2), (50, 1, 4, 3), (2000, 30, 6, 4), (5000, 3, 12, 6)])
def rle_dictionary_column_scan(rows: int, cities: int, queries: int, seed: int) -> Tuple[List[Tuple[int, int, int, List[Tuple[str, int, int]]]], int]:
    """Return (per query (groups, matched rows, skipped rows, first groups), checksum of all groups)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    dictionary: List[str] = []
    seen = set()
    for _ in range(cities):
        name = "".join(SYLLABLES[draw(len(SYLLABLES))] for _ in range(2 + draw(2))).capitalize()
        if name not in seen:
            seen.add(name)
            dictionary.append(name)

    city = [min(draw(len(dictionary)), draw(len(dictionary))) for _ in range(rows)] if dictionary else []
    amount = [draw(32768) * 4 + draw(4) for _ in range(rows)]
    status_runs: List[Tuple[int, int]] = []
    remaining = rows
    while remaining > 0:
        length = min(remaining, 1 + draw(200))
        status_runs.append((draw(len(STATUSES)), length))
        remaining -= length

    results = []
    checksum = 0
    for _ in range(queries):
        prefix = SYLLABLES[draw(len(SYLLABLES))].capitalize()
        wanted = {draw(len(STATUSES)), draw(len(STATUSES))}
        lo = draw(32768) * 4
        hi = lo + draw(32768) * 4
        matching = {code for code, name in enumerate(dictionary) if name.startswith(prefix)}
        groups = defaultdict(lambda: [0, 0])
        matched = skipped = 0
        position = 0
        for status, length in status_runs:
            if status in wanted:
                for row in range(position, position + length):
                    code = city[row]
                    if code in matching and lo <= amount[row] <= hi:
                        group = groups[code]
                        group[0] += amount[row]
                        group[1] += 1
                        matched += 1
            else:
                skipped += length
            position += length
        report = sorted((dictionary[code], total, count) for code, (total, count) in groups.items())
        for name, total, count in report:
            checksum = (checksum * 131 + len(name) * 7 + total * 3 + count) % MOD
        results.append((len(report), matched, skipped, report[:3]))
    return results, checksum
