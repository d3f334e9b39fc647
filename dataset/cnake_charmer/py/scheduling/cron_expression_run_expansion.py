"""Expand random cron expressions over a calendar year and find the busiest hour.

Seeded five-field cron expressions (minute, hour, day of month, month, day of week)
use every common form: `*`, `*/step`, ranges, stepped ranges, lists and single values.
Each is parsed into sets of allowed values and walked day by day through the year,
with cron's rule that when both the day-of-month and day-of-week fields are restricted
(do not start with `*`) a day matches if either does. Returns the total number of
runs, how many expressions never fire (such as the 30th of February), the busiest
hour of the year and its run count, a checksum of per-expression counts and first and
last runs, and the first expressions with their run counts and first run.

Keywords: scheduling, cron, calendar, job scheduler, parsing, recurrence expansion
"""

from datetime import date, timedelta
from typing import List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

FIELDS = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 6))


def parse_field(text: str, lo: int, hi: int) -> Set[int]:
    values: Set[int] = set()
    for part in text.split(","):
        span, _, step = part.partition("/")
        if span == "*":
            first, last = lo, hi
        elif "-" in span:
            first, last = map(int, span.split("-"))
        else:
            first = last = int(span)
        values.update(range(first, last + 1, int(step) if step else 1))
    return values


@python_benchmark(args=(2000, 2025, 5), cases=[(0, 2025, 1), (1, 2024, 2), (3, 2100, 3), (20, 2000, 4), (60, 2023, 5)])
def cron_expression_run_expansion(count: int, year: int, seed: int) -> Tuple[int, int, int, int, int, List[Tuple[str, int, str]]]:
    """Return (total runs, silent expressions, busiest hour index, its runs, checksum, first expressions)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    def random_field(lo: int, hi: int) -> str:
        kind = draw(6)
        if kind == 0:
            return "*"
        if kind == 1:
            return f"*/{2 + draw((hi - lo) // 2)}"
        a = lo + draw(hi - lo + 1)
        if kind == 2:
            return f"{a}-{a + draw(hi - a + 1)}"
        if kind == 3:
            return f"{a}-{a + draw(hi - a + 1)}/{2 + draw(5)}"
        if kind == 4:
            return ",".join(str(lo + draw(hi - lo + 1)) for _ in range(2 + draw(3)))
        return str(a)

    start = date(year, 1, 1)
    days = (date(year + 1, 1, 1) - start).days
    calendar = [start + timedelta(days=d) for d in range(days)]
    hourly = [0] * (days * 24)
    total = silent = checksum = 0
    shown = []
    for _ in range(count):
        parts = [random_field(lo, hi) for lo, hi in FIELDS]
        if draw(2) == 0:
            parts[4] = "*"
        expression = " ".join(parts)
        texts = expression.split()
        minutes, hours, mdays, months, wdays = (parse_field(t, lo, hi) for t, (lo, hi) in zip(texts, FIELDS))
        either = not texts[2].startswith("*") and not texts[4].startswith("*")
        per_day = len(hours) * len(minutes)
        runs = 0
        first = last = -1
        for d, day in enumerate(calendar):
            if day.month not in months:
                continue
            dom_ok = day.day in mdays
            dow_ok = day.isoweekday() % 7 in wdays
            if not (dom_ok or dow_ok if either else dom_ok and dow_ok):
                continue
            runs += per_day
            if per_day:
                if first < 0:
                    first = d * 1440 + min(hours) * 60 + min(minutes)
                last = d * 1440 + max(hours) * 60 + max(minutes)
                for h in hours:
                    hourly[d * 24 + h] += len(minutes)
        total += runs
        silent += runs == 0
        checksum = (checksum * 1000003 + runs * 31 + first * 7 + last) % 2147483647
        if len(shown) < 3:
            when = "never"
            if first >= 0:
                moment = calendar[first // 1440]
                when = f"{moment.isoformat()} {first % 1440 // 60:02d}:{first % 60:02d}"
            shown.append((expression, runs, when))
    busiest = max(range(len(hourly)), key=lambda i: (hourly[i], -i))
    return (total, silent, busiest, hourly[busiest], checksum, shown)
