"""Render plain-text month calendars for a run of months and fingerprint the text.

Each month becomes a block like the ``cal`` command prints: the month name and year
centred over 20 columns, a ``Mo Tu We Th Fr Sa Su`` header and one line per week
with right-aligned day numbers (blank cells before the 1st, trailing blanks
stripped), built from ``calendar.monthcalendar``. Blocks are joined with blank
lines. Returns the text length, its CRC-32, the line count, how many months need
six week rows, how many start on a Monday, and the first and last blocks.

Keywords: calendar rendering, month grid, text formatting, monthcalendar, weeks, datetime
"""

import calendar
import zlib
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


def render_month(year: int, month: int) -> str:
    lines = [f"{calendar.month_name[month]} {year}".center(20).rstrip(), "Mo Tu We Th Fr Sa Su"]
    for week in calendar.monthcalendar(year, month):
        lines.append(" ".join(f"{day:2d}" if day else "  " for day in week).rstrip())
    return "\n".join(lines)


@python_benchmark(args=(1800, 6000), cases=[(2024, 0), (2024, 1), (2000, 2), (1, 14), (9999, 12)])
def calendar_month_grid_render(first_year: int, months: int) -> Tuple[int, int, int, int, int, str, str]:
    """Return (characters, CRC-32, lines, six-week months, Monday starts, first block, last block)."""
    blocks = []
    six_weeks = monday_starts = 0
    for index in range(months):
        year, month = first_year + index // 12, index % 12 + 1
        blocks.append(render_month(year, month))
        six_weeks += len(calendar.monthcalendar(year, month)) == 6
        monday_starts += calendar.weekday(year, month, 1) == 0
    text = "\n\n".join(blocks)
    lines = text.count("\n") + 1 if text else 0
    return (len(text), zlib.crc32(text.encode()), lines, six_weeks, monday_starts,
            blocks[0] if blocks else "", blocks[-1] if blocks else "")
