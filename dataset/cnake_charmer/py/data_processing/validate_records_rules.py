"""Rule-based validation of customer records with per-rule violation counts.

Generated customer records (id, age, country, income, signup day, last login day,
postcode, referrer id) contain deliberate defects. Each record is checked against a
list of named rules: age range, allowed country, non-negative income, login not before
signup, postcode check digit, unique id, and referrer pointing at an existing id. A
record is valid when it breaks no rule. Returns the violations per rule, the number of
valid records and the ids of the first invalid ones.

Keywords: data validation, data quality, business rules, integrity checks, uniqueness
"""

from collections import Counter
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ALLOWED_COUNTRIES = set(range(20)) | {22}


def _check_digit(body: int) -> int:
    return sum(int(d) * (i + 2) for i, d in enumerate(reversed(str(body)))) % 10


@python_benchmark(args=(12000,), cases=[(0,), (1,), (2,), (25,), (500,)])
def validate_records_rules(n: int) -> Tuple[Dict[str, int], int, List[int]]:
    """Validate n generated records; return (violations per rule, valid count, first invalid ids)."""
    state = 4040
    records = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        rid = max(i - 1, 0) * 3 if state % 97 == 0 else i * 3
        age = 10 + state % 100
        country = (state >> 7) % 25
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        income = (state % 200000) - (5000 if state % 53 == 0 else 0)
        signup = (state >> 3) % 3000
        login = signup + (state >> 6) % 400 - (30 if state % 41 == 0 else 0)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        body = 1000 + state % 9000
        postcode = body * 10 + (_check_digit(body) + (1 if state % 29 == 0 else 0)) % 10
        referrer = ((state >> 4) % (3 * n + 5)) if state % 4 == 0 else -1
        records.append({"id": rid, "age": age, "country": country, "income": income,
                        "signup": signup, "login": login, "postcode": postcode, "referrer": referrer})
    id_counts = Counter(r["id"] for r in records)
    known_ids = set(id_counts)
    rules = [
        ("age", lambda r: 18 <= r["age"] <= 99),
        ("country", lambda r: r["country"] in ALLOWED_COUNTRIES),
        ("income", lambda r: r["income"] >= 0),
        ("login", lambda r: r["login"] >= r["signup"]),
        ("postcode", lambda r: _check_digit(r["postcode"] // 10) == r["postcode"] % 10),
        ("unique_id", lambda r: id_counts[r["id"]] == 1),
        ("referrer", lambda r: r["referrer"] == -1 or r["referrer"] in known_ids),
    ]
    violations = {name: 0 for name, _ in rules}
    valid = 0
    first_bad = []
    for r in records:
        broken = [name for name, rule in rules if not rule(r)]
        for name in broken:
            violations[name] += 1
        if broken:
            if len(first_bad) < 15:
                first_bad.append(r["id"])
        else:
            valid += 1
    return violations, valid, first_bad
