# cython: language_level=3
"""Month grids written byte by byte into one growing C buffer.

The weekday of each month's first day is carried forward arithmetically from the
previous month's length, and every block is written directly into a ``malloc``'d
``char`` buffer (centred title, fixed header, two-character day cells, trailing
blanks trimmed by moving the write position back) with no intermediate strings,
lists or joins; the buffer becomes one ``bytes`` object for the CRC.

Keywords: calendar rendering, month grid, text formatting, monthcalendar, weeks, datetime
"""

import cython
import zlib
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *NAMES[12]
NAMES[:] = [b"January", b"February", b"March", b"April", b"May", b"June", b"July",
            b"August", b"September", b"October", b"November", b"December"]
cdef const char *HEADER = b"Mo Tu We Th Fr Sa Su"
cdef int DIM[12]
DIM[:] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


cdef inline long trim(char *buf, long pos, long line_start) noexcept nogil:
    while pos > line_start and buf[pos - 1] == 32:
        pos -= 1
    return pos


@cython.cdivision(True)
cdef long write_month(char *buf, long pos, int year, int month, int first_wd, int dim) noexcept nogil:
    cdef const char *name = NAMES[month - 1]
    cdef int name_len = <int>strlen(name), digits = 1, y = year, title_len, left, k, day, col
    cdef long line_start = pos
    while y >= 10:
        y //= 10
        digits += 1
    title_len = name_len + 1 + digits
    left = (20 - title_len) // 2 if title_len < 20 else 0
    for k in range(left):
        buf[pos] = 32
        pos += 1
    memcpy(buf + pos, name, name_len)
    pos += name_len
    buf[pos] = 32
    pos += 1
    y = year
    for k in range(digits):
        buf[pos + digits - 1 - k] = 48 + y % 10
        y //= 10
    pos += digits
    buf[pos] = 10
    pos += 1
    memcpy(buf + pos, HEADER, 20)
    pos += 20
    col = 0
    line_start = pos + 1
    buf[pos] = 10
    pos += 1
    for k in range(first_wd):
        buf[pos] = 32
        buf[pos + 1] = 32
        buf[pos + 2] = 32
        pos += 3
        col += 1
    for day in range(1, dim + 1):
        buf[pos] = 32 if day < 10 else 48 + day // 10
        buf[pos + 1] = 48 + day % 10
        pos += 2
        col += 1
        if col == 7 and day < dim:
            pos = trim(buf, pos, line_start)
            buf[pos] = 10
            pos += 1
            line_start = pos
            col = 0
        else:
            buf[pos] = 32
            pos += 1
    return trim(buf, pos, line_start)


@cython_benchmark(args=(1800, 6000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def calendar_month_grid_render(int first_year, long months):
    """Return (characters, CRC-32, lines, six-week months, Monday starts, first block, last block)."""
    cdef long cap = months * 200 + 16, pos = 0, index, lines = 0, six_weeks = 0, monday_starts = 0
    cdef long first_end = 0, last_start = 0, k
    cdef char *buf = <char *>malloc(cap)
    cdef int year, month, dim, wd
    cdef long p = first_year - 1
    try:
        if buf == NULL:
            raise MemoryError()
        wd = <int>((p + p // 4 - p // 100 + p // 400) % 7)  # weekday of 1 January, Monday = 0
        for index in range(months):
            year = first_year + <int>(index // 12)
            month = <int>(index % 12) + 1
            dim = DIM[month - 1] + (1 if month == 2 and ((year % 4 == 0 and year % 100 != 0) or year % 400 == 0) else 0)
            if index:
                buf[pos] = 10
                buf[pos + 1] = 10
                pos += 2
            last_start = pos
            pos = write_month(buf, pos, year, month, wd, dim)
            if index == 0:
                first_end = pos
            if (wd + dim + 6) // 7 == 6:
                six_weeks += 1
            if wd == 0:
                monday_starts += 1
            wd = (wd + dim) % 7
        for k in range(pos):
            if buf[k] == 10:
                lines += 1
        if pos:
            lines += 1
        text = buf[:pos]
        return (pos, zlib.crc32(text), lines, six_weeks, monday_starts,
                buf[:first_end].decode("ascii") if months else "",
                buf[last_start:pos].decode("ascii") if months else "")
    finally:
        free(buf)
