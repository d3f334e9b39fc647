"""Parse day-first timestamps with ``datetime.strptime``.

Generates ``DD/MM/YYYY HH:MM:SS`` strings, parses each with ``strptime`` and converts it
to seconds since the Unix epoch; reports the earliest and latest instants, a sum and a
histogram of weekdays.

Keywords: datetime, strptime, timestamps, epoch seconds, parsing
"""

from datetime import datetime, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EPOCH = datetime(1970, 1, 1)


@python_benchmark(args=(16000, 31), cases=[(0, 1), (1, 2), (9, 3), (200, 4)])
def strptime_timestamp_parse(m: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (earliest, latest, sum of epoch seconds, weekday histogram Mon..Sun)."""
    state = seed
    stamps = []
    for _ in range(m):
        fields = []
        for span in (28, 12, 130, 24, 60, 60):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            fields.append((state >> 7) % span)
        d, mo, y, h, mi, s = fields
        stamps.append(f"{d + 1:02d}/{mo + 1:02d}/{1970 + y} {h:02d}:{mi:02d}:{s:02d}")
    seconds = []
    weekdays = [0] * 7
    for text in stamps:
        dt = datetime.strptime(text, "%d/%m/%Y %H:%M:%S")
        seconds.append((dt - EPOCH) // timedelta(seconds=1))
        weekdays[dt.weekday()] += 1
    if not seconds:
        return (0, 0, 0, weekdays)
    return (min(seconds), max(seconds), sum(seconds), weekdays)
