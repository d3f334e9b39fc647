"""Sunrise, sunset and day length for every day of a year across a band of latitudes.

The NOAA general solar position approximation gives, from the fractional year, the
equation of time and the solar declination; the hour angle of sunrise uses the
standard zenith of 90.833° (refraction and the solar disc). Days whose hour angle
has no solution are polar days or polar nights. For each latitude on a grid from
−70° to +80° (longitude 0, times in UTC minutes) the year's total daylight, longest
day and its date, earliest sunrise and the number of polar days and nights are
gathered; returns those per-latitude summaries plus overall totals.

Keywords: sunrise, sunset, NOAA solar calculator, day length, solar declination, equation of time
"""

import calendar
import math
from datetime import date, timedelta
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ZENITH = math.cos(math.radians(90.833))


@python_benchmark(args=(400, 2024), tolerance=1e-7, cases=[(0, 2024), (1, 2023), (2, 2000), (7, 1900)])
def noaa_sunrise_sunset_latitudes(latitudes: int, year: int) -> Tuple[float, int, int, List[Tuple[float, float, str, float, int, int]]]:
    """Return (total daylight minutes, polar days, polar nights, per-latitude (lat, daylight, longest date, earliest sunrise, polar days, nights) samples)."""
    days_in_year = 366 if calendar.isleap(year) else 365
    lats = [-70.0 + 150.0 * i / (latitudes - 1) if latitudes > 1 else 0.0 for i in range(latitudes)]
    stats = [[0.0, 0.0, "", 1e9, 0, 0] for _ in lats]
    day = date(year, 1, 1)
    for n in range(days_in_year):
        gamma = 2.0 * math.pi / days_in_year * n
        eqtime = 229.18 * (0.000075 + 0.001868 * math.cos(gamma) - 0.032077 * math.sin(gamma)
                           - 0.014615 * math.cos(2 * gamma) - 0.040849 * math.sin(2 * gamma))
        decl = (0.006918 - 0.399912 * math.cos(gamma) + 0.070257 * math.sin(gamma)
                - 0.006758 * math.cos(2 * gamma) + 0.000907 * math.sin(2 * gamma)
                - 0.002697 * math.cos(3 * gamma) + 0.00148 * math.sin(3 * gamma))
        for lat, s in zip(lats, stats):
            phi = math.radians(lat)
            cos_ha = ZENITH / (math.cos(phi) * math.cos(decl)) - math.tan(phi) * math.tan(decl)
            if cos_ha > 1.0:
                s[5] += 1
                continue
            if cos_ha < -1.0:
                s[4] += 1
                s[0] += 1440.0
                continue
            ha = math.degrees(math.acos(cos_ha))
            length = 8.0 * ha
            sunrise = 720.0 - 4.0 * ha - eqtime
            s[0] += length
            if length > s[1]:
                s[1] = length
                s[2] = day.isoformat()
            s[3] = min(s[3], sunrise)
        day += timedelta(days=1)
    total = 0.0
    for s in stats:
        total += s[0]
    polar_days = sum(s[4] for s in stats)
    polar_nights = sum(s[5] for s in stats)
    step = max(1, len(lats) // 6)
    samples = [(lats[i], stats[i][0], stats[i][2], stats[i][3], stats[i][4], stats[i][5]) for i in range(0, len(lats), step)]
    return total, polar_days, polar_nights, samples
