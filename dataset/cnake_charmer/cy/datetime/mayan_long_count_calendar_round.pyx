# cython: language_level=3
"""Maya calendar cycles kept as incrementing C counters instead of divisions per day.

The day count since creation is split into its cycles once, at the start of the
span; after that every cycle (kin/uinal/tun/katun digits, the 13- and 20-day
Tzolk'in wheels, the 365-day Haab' position and the nine Lords) is advanced by one
with wrap-around tests in a ``nogil`` loop, so the hot path has no division at all.
Names are ``const char *`` tables and text is built only for the few samples.

Keywords: Maya calendar, Long Count, Tzolkin, Haab, calendar round, calendar conversion
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark

cdef long CREATION = 584283 - 1721425
DAY_NAMES = ("Imix", "Ik", "Akbal", "Kan", "Chicchan", "Cimi", "Manik", "Lamat", "Muluc", "Oc",
             "Chuen", "Eb", "Ben", "Ix", "Men", "Cib", "Caban", "Etznab", "Cauac", "Ahau")
MONTHS = ("Pop", "Uo", "Zip", "Zotz", "Tzec", "Xul", "Yaxkin", "Mol", "Chen", "Yax",
          "Zac", "Ceh", "Mac", "Kankin", "Muan", "Pax", "Kayab", "Cumku", "Uayeb")

ctypedef struct Wheels:
    long n
    long baktun
    int katun, tun, uinal, kin
    int number, name, haab, lord


cdef str describe(Wheels *w):
    return (f"{w.baktun}.{w.katun}.{w.tun}.{w.uinal}.{w.kin} {w.number} {DAY_NAMES[w.name]} "
            f"{w.haab % 20} {MONTHS[w.haab // 20]} G{w.lord + 1}")


cdef str iso(long ordinal):
    cdef long n = ordinal - 1, q400, q100, q4, q1
    cdef int y, m = 1, dim
    cdef int dims[12]
    dims[:] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    q400 = n // 146097
    n %= 146097
    q100 = min(n // 36524, 3)
    n -= q100 * 36524
    q4 = n // 1461
    n %= 1461
    q1 = min(n // 365, 3)
    n -= q1 * 365
    y = <int>(q400 * 400 + q100 * 100 + q4 * 4 + q1 + 1)
    if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0:
        dims[1] = 29
    while n >= dims[m - 1]:
        n -= dims[m - 1]
        m += 1
    return f"{y:04d}-{m:02d}-{n + 1:02d}"


cdef inline void advance(Wheels *w) noexcept nogil:
    w.n += 1
    w.kin += 1
    if w.kin == 20:
        w.kin = 0
        w.uinal += 1
        if w.uinal == 18:
            w.uinal = 0
            w.tun += 1
            if w.tun == 20:
                w.tun = 0
                w.katun += 1
                if w.katun == 20:
                    w.katun = 0
                    w.baktun += 1
    w.number += 1
    if w.number == 14:
        w.number = 1
    w.name += 1
    if w.name == 20:
        w.name = 0
    w.haab += 1
    if w.haab == 365:
        w.haab = 0
    w.lord += 1
    if w.lord == 9:
        w.lord = 0


@cython_benchmark(args=(1, 120000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def mayan_long_count_calendar_round(int first_year, long days):
    """Return (tun endings per day name, Lords of the Night tally, Uayeb days, creation rounds, checksum, katun endings, first days)."""
    cdef long tun_names[20]
    cdef long lords[9]
    cdef long uayeb = 0, rounds = 0, i, rest, kin_count
    cdef unsigned long long checksum = 0
    cdef long p = first_year - 1
    cdef long start = p * 365 + p // 4 - p // 100 + p // 400 + 1
    cdef Wheels w
    cdef int k
    katuns = []
    first = []
    for k in range(20):
        tun_names[k] = 0
    for k in range(9):
        lords[k] = 0
    w.n = start - CREATION  # positive for every Gregorian year >= 1
    w.baktun = w.n // 144000
    rest = w.n % 144000
    w.katun = <int>(rest // 7200)
    rest %= 7200
    w.tun = <int>(rest // 360)
    rest %= 360
    w.uinal = <int>(rest // 20)
    w.kin = <int>(rest % 20)
    w.number = <int>((w.n + 3) % 13) + 1
    w.name = <int>((w.n + 19) % 20)
    w.haab = <int>((w.n + 348) % 365)
    w.lord = <int>((w.n + 8) % 9)
    for i in range(days):
        if w.kin == 0 and w.uinal == 0:
            tun_names[w.name] += 1
            if w.tun == 0 and len(katuns) < 4:
                katuns.append(f"{iso(w.n + CREATION)} {describe(&w)}")
        lords[w.lord] += 1
        if w.haab >= 360:
            uayeb += 1
        if w.number == 4 and w.name == 19 and w.haab == 348:
            rounds += 1
        kin_count = w.tun * 360 + w.uinal * 20 + w.kin
        checksum = (checksum * 613 + <unsigned long long>(w.baktun * 1000003 + kin_count * 7 + w.number * 20 + w.name + w.haab)) % 4294967311ULL
        if i < 3:
            first.append(describe(&w))
        advance(&w)
    return ([tun_names[k] for k in range(20)], [lords[k] for k in range(9)], uayeb, rounds, checksum, katuns, first)
