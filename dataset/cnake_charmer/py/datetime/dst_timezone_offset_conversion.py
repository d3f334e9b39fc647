"""Convert seeded UTC timestamps to local time in zones with fixed DST rules.

Ten zones carry a standard offset and one of four daylight-saving rules: EU (last
Sunday of March to last Sunday of October at 01:00 UTC), US (second Sunday of March
02:00 standard time to first Sunday of November 02:00 daylight time), Australian
southern-hemisphere (first Sunday of October to first Sunday of April) or none.
Transition instants are found with ``calendar.monthrange`` per zone rule and year
(cached) and compared with each timestamp. Returns the local hour histogram over
all zones, how many conversions were in DST, how many changed the calendar date,
a checksum of local times and sample ISO 8601 strings with offsets.

Keywords: time zones, daylight saving time, UTC offset, Unix time, calendar, datetime
"""

import calendar
from datetime import datetime, timedelta
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EPOCH = datetime(1970, 1, 1)
# (standard offset in minutes, rule)
ZONES = ((0, "EU"), (60, "EU"), (120, "EU"), (-300, "US"), (-360, "US"),
         (-420, "US"), (-480, "US"), (-420, ""), (600, "AU"), (540, ""))


def sunday(year: int, month: int, n: int) -> datetime:
    """The nth Sunday of a month (n = -1 for the last) at midnight."""
    first_weekday, days = calendar.monthrange(year, month)
    if n > 0:
        day = 1 + (6 - first_weekday) % 7 + 7 * (n - 1)
    else:
        day = days - (first_weekday + days - 1 - 6) % 7
    return datetime(year, month, day)


def transitions(rule: str, std: int, year: int) -> Tuple[datetime, datetime]:
    """UTC instants when daylight time starts and ends in a year."""
    hour = timedelta(hours=1)
    if rule == "EU":
        return sunday(year, 3, -1) + hour, sunday(year, 10, -1) + hour
    if rule == "US":
        return (sunday(year, 3, 2) + 2 * hour - timedelta(minutes=std),
                sunday(year, 11, 1) + 2 * hour - timedelta(minutes=std + 60))
    return (sunday(year, 10, 1) + 2 * hour - timedelta(minutes=std),
            sunday(year, 4, 1) + 3 * hour - timedelta(minutes=std + 60))


@python_benchmark(args=(9000, 3), cases=[(0, 1), (1, 2), (40, 5), (500, 9)])
def dst_timezone_offset_conversion(count: int, seed: int) -> Tuple[List[int], int, int, int, List[str]]:
    """Return (local hours histogram, conversions in DST, date changes, checksum, samples)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    cache: Dict[Tuple[str, int, int], Tuple[datetime, datetime]] = {}
    hours = [0] * 24
    in_dst = date_changes = checksum = 0
    samples = []
    for i in range(count):
        seconds = 86400 * draw(130 * 365) + draw(86400) if i % 50 else 86400 * (365 * draw(130) + draw(366)) + 3600 * draw(24) // 2
        utc = EPOCH + timedelta(seconds=seconds)
        for std, rule in ZONES:
            offset = std
            if rule:
                key = (rule, std, utc.year)
                if key not in cache:
                    cache[key] = transitions(rule, std, utc.year)
                start, end = cache[key]
                if (start <= utc < end) if rule != "AU" else not (end <= utc < start):
                    offset += 60
                    in_dst += 1
            local = utc + timedelta(minutes=offset)
            hours[local.hour] += 1
            date_changes += local.date() != utc.date()
            checksum = (checksum * 1000003 + local.year * 535680 + local.month * 44640
                        + local.day * 1440 + local.hour * 60 + local.minute) % 1000000007
            if len(samples) < 6:
                sign = "+" if offset >= 0 else "-"
                samples.append(f"{local:%Y-%m-%dT%H:%M:%S}{sign}{abs(offset) // 60:02d}:{abs(offset) % 60:02d}")
    return hours, in_dst, date_changes, checksum, samples
