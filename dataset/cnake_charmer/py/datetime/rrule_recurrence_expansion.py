"""Expand seeded RFC 5545 style recurrence rules into occurrence dates.

Each rule has a frequency (DAILY, WEEKLY, MONTHLY or YEARLY), an INTERVAL, an
optional BYDAY weekday set (daily and weekly rules), BYMONTHDAY values including
negative ones counted from the month end (monthly rules) and either a COUNT or an
UNTIL date, all relative to a DTSTART. Invalid dates such as 31 February or 29
February in common years are skipped, as RFC 5545 requires, and a horizon of twenty
years stops rules that could never reach their COUNT. Returns the number of
occurrences, occurrences per weekday and per frequency, a checksum, and the first
rules written as RRULE text with their last occurrence.

Keywords: RFC 5545, RRULE, recurrence expansion, iCalendar, calendar, datetime
"""

import calendar
from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

FREQS = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def expand(freq, interval, byday, bymonthday, count, until, start):
    horizon = min(until, start.replace(year=start.year + 20, day=min(start.day, 28)))
    out = []

    def emit(day):
        if day < start or day > horizon or len(out) >= count:
            return False
        out.append(day)
        return True

    if freq == "DAILY":
        day = start
        while day <= horizon and len(out) < count:
            if not byday or day.weekday() in byday:
                emit(day)
            day += timedelta(days=interval)
    elif freq == "WEEKLY":
        week = start - timedelta(days=start.weekday())
        weekdays = sorted(byday) if byday else [start.weekday()]
        while week <= horizon and len(out) < count:
            for wd in weekdays:
                emit(week + timedelta(days=wd))
            week += timedelta(weeks=interval)
    elif freq == "MONTHLY":
        year, month = start.year, start.month
        while date(year, month, 1) <= horizon and len(out) < count:
            length = calendar.monthrange(year, month)[1]
            wanted = sorted({d if d > 0 else length + d + 1 for d in bymonthday or [start.day] if abs(d) <= length})
            for d in wanted:
                emit(date(year, month, d))
            month += interval
            year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    else:
        year = start.year
        while year <= horizon.year and len(out) < count:
            if start.month != 2 or start.day != 29 or calendar.isleap(year):
                emit(date(year, start.month, start.day))
            year += interval
    return out


@python_benchmark(args=(1200, 11), cases=[(0, 1), (1, 2), (8, 3), (60, 4)])
def rrule_recurrence_expansion(rules: int, seed: int) -> Tuple[int, List[int], List[int], int, List[Tuple[str, int, str]]]:
    """Return (occurrences, per weekday, per frequency, checksum, first rules with count and last date)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    total = checksum = 0
    per_weekday = [0] * 7
    per_freq = [0] * 4
    shown = []
    for _ in range(rules):
        freq = FREQS[draw(4)]
        interval = 1 + draw(3)
        start = date(1990 + draw(40), 1, 1) + timedelta(days=draw(366))
        if draw(5) == 0:
            start = date(start.year - start.year % 4, 2, 29)
        byday = {wd for wd in range(7) if draw(3) == 0} if freq in ("DAILY", "WEEKLY") else set()
        bymonthday = [draw(31) + 1 if draw(3) else -1 - draw(3) for _ in range(draw(4))] if freq == "MONTHLY" else []
        if draw(2):
            count, until = 5 + draw(400), date(9999, 12, 31)
        else:
            count, until = 10 ** 9, start + timedelta(days=draw(3000))
        dates = expand(freq, interval, byday, bymonthday, count, until, start)
        total += len(dates)
        per_freq[FREQS.index(freq)] += len(dates)
        for day in dates:
            per_weekday[day.weekday()] += 1
            checksum = (checksum * 31 + day.toordinal()) % 4294967291
        if len(shown) < 4:
            text = f"FREQ={freq};INTERVAL={interval}"
            if byday:
                text += ";BYDAY=" + ",".join(DAYS[wd] for wd in sorted(byday))
            if bymonthday:
                text += ";BYMONTHDAY=" + ",".join(map(str, bymonthday))
            text += f";COUNT={count}" if count < 10 ** 9 else f";UNTIL={until.strftime('%Y%m%d')}"
            shown.append((f"{start.isoformat()} {text}", len(dates), dates[-1].isoformat() if dates else "none"))
    return total, per_weekday, per_freq, checksum, shown
