"""Compute support-ticket SLA deadlines counted in business hours.

Tickets arrive at seeded minutes through a year with one of four priorities whose
SLA is 4, 8, 16 or 40 business hours. Business time runs 09:00–17:00 Monday to
Friday, except on public holidays (1 January, 25 and 26 December) and a few seeded
office closures. The deadline is found by walking the clock forward through the
opening hours of each working day; a seeded resolution time then decides whether
the SLA was breached. Returns breaches per priority, deadlines per weekday, the
total and longest wall-clock wait in minutes, a checksum and sample deadlines.

Keywords: SLA, business hours, working time, deadline, holidays, datetime
"""

from datetime import date, datetime, time, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

OPEN, CLOSE = time(9, 0), time(17, 0)
SLA_HOURS = (4, 8, 16, 40)


@python_benchmark(args=(12000, 2023, 17), cases=[(0, 2023, 1), (1, 2024, 2), (50, 2020, 3), (300, 2027, 4)])
def sla_business_hours_deadline(tickets: int, year: int, seed: int) -> Tuple[List[int], List[int], int, int, int, List[str]]:
    """Return (breaches per priority, deadlines per weekday, total wait minutes, longest wait, checksum, samples)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    holidays = set()
    for y in (year, year + 1):
        holidays.update({date(y, 1, 1), date(y, 12, 25), date(y, 12, 26)})
        for _ in range(4):
            holidays.add(date(y, 1, 1) + timedelta(days=draw(365)))

    def deadline(start: datetime, minutes: int) -> datetime:
        moment = start
        while True:
            day = moment.date()
            if day.weekday() < 5 and day not in holidays:
                opening, closing = datetime.combine(day, OPEN), datetime.combine(day, CLOSE)
                moment = max(moment, opening)
                if moment < closing:
                    available = (closing - moment) // timedelta(minutes=1)
                    if minutes <= available:
                        return moment + timedelta(minutes=minutes)
                    minutes -= available
            moment = datetime.combine(day + timedelta(days=1), time(0, 0))

    breaches = [0] * 4
    per_weekday = [0] * 7
    total_wait = longest = checksum = 0
    samples = []
    start_of_year = datetime(year, 1, 1)
    for _ in range(tickets):
        created = start_of_year + timedelta(minutes=draw(365 * 1440))
        priority = draw(4)
        due = deadline(created, SLA_HOURS[priority] * 60)
        resolved = created + timedelta(minutes=draw(6 * 1440))
        breaches[priority] += resolved > due
        per_weekday[due.weekday()] += 1
        wait = (due - created) // timedelta(minutes=1)
        total_wait += wait
        longest = max(longest, wait)
        checksum = (checksum * 1000003 + wait * 4 + priority) % 2147483647
        if len(samples) < 4:
            samples.append(f"P{priority + 1} {created:%Y-%m-%d %H:%M} -> {due:%Y-%m-%d %H:%M}")
    return breaches, per_weekday, total_wait, longest, checksum, samples
