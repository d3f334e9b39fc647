"""Proximity search on the globe with a geohash cell index and its eight neighbours.

Seeded positions around a handful of towns are encoded as base-32 geohashes (alternate
longitude/latitude bisections, five bits per character) and bucketed by cell. A query
looks in its own cell and the eight cells around it (found by decoding the cell box,
stepping one cell width/height, wrapping longitude and re-encoding), then keeps the
candidates within `radius_km` by the haversine distance and its nearest one. Returns a
checksum of (count, nearest) per query, candidates examined, occupied cells, the first
geohashes and the first query results.

Keywords: spatial indexing, geohash, base32, neighbour cells, haversine, proximity search
"""

import math
from collections import defaultdict
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

BASE32 = "0123456789bcdefghjkmnpqrstuvwxyz"
DIGIT = {ch: i for i, ch in enumerate(BASE32)}
EARTH_KM = 6371.0


def encode(lat: float, lon: float, precision: int) -> str:
    lat_range = [-90.0, 90.0]
    lon_range = [-180.0, 180.0]
    chars = []
    value = bits = 0
    use_lon = True
    while len(chars) < precision:
        rng, v = (lon_range, lon) if use_lon else (lat_range, lat)
        mid = (rng[0] + rng[1]) / 2
        if v >= mid:
            value = value * 2 + 1
            rng[0] = mid
        else:
            value = value * 2
            rng[1] = mid
        use_lon = not use_lon
        bits += 1
        if bits == 5:
            chars.append(BASE32[value])
            value = bits = 0
    return "".join(chars)


def decode_box(code: str) -> Tuple[float, float, float, float]:
    lat_range = [-90.0, 90.0]
    lon_range = [-180.0, 180.0]
    use_lon = True
    for ch in code:
        v = DIGIT[ch]
        for shift in range(4, -1, -1):
            rng = lon_range if use_lon else lat_range
            mid = (rng[0] + rng[1]) / 2
            if (v >> shift) & 1:
                rng[0] = mid
            else:
                rng[1] = mid
            use_lon = not use_lon
    return lat_range[0], lat_range[1], lon_range[0], lon_range[1]


def neighbourhood(code: str) -> List[str]:
    lat_lo, lat_hi, lon_lo, lon_hi = decode_box(code)
    height, width = lat_hi - lat_lo, lon_hi - lon_lo
    clat, clon = (lat_lo + lat_hi) / 2, (lon_lo + lon_hi) / 2
    cells = []
    for dy in (-1, 0, 1):
        lat = clat + dy * height
        if lat <= -90.0 or lat >= 90.0:
            continue
        for dx in (-1, 0, 1):
            lon = (clon + dx * width + 180.0) % 360.0 - 180.0
            cells.append(encode(lat, lon, len(code)))
    return cells


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    s_lat = math.sin((p2 - p1) / 2)
    s_lon = math.sin(math.radians(lon2 - lon1) / 2)
    a = s_lat * s_lat + math.cos(p1) * math.cos(p2) * s_lon * s_lon
    return 2 * EARTH_KM * math.asin(math.sqrt(min(1.0, a)))


@python_benchmark(args=(14000, 1000, 5, 2.5, 17), cases=[(0, 3, 5, 2.0, 1), (1, 2, 4, 50.0, 2), (50, 0, 6, 1.0, 3), (400, 30, 3, 80.0, 4), (300, 20, 5, 6.0, 5), (60, 10, 8, 9.0, 6), (10, 2, 13, 1.0, 7)])
def geohash_proximity_neighbors(n: int, queries: int, precision: int, radius_km: float, seed: int) -> Tuple[int, int, int, List[str], List[Tuple[int, int]]]:
    """Return (checksum, candidates, occupied cells, first 4 geohashes, first 5 (count, nearest))."""
    if not 1 <= precision <= 12:
        raise ValueError("precision must be between 1 and 12 characters")
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 7) % k

    towns = [(draw(1600000) / 10000.0 - 80.0, draw(3600000) / 10000.0 - 180.0) for _ in range(8)]
    towns.append((0.0, 179.99))  # straddles the antimeridian
    points = []
    for _ in range(n):
        lat0, lon0 = towns[draw(len(towns))]
        lat = lat0 + (draw(20001) - 10000) / 50000.0
        lon = (lon0 + (draw(20001) - 10000) / 50000.0 + 180.0) % 360.0 - 180.0
        points.append((lat, lon))
    cells: Dict[str, List[int]] = defaultdict(list)
    codes = [encode(lat, lon, precision) for lat, lon in points]
    for i, code in enumerate(codes):
        cells[code].append(i)

    checksum = 0
    examined = 0
    first: List[Tuple[int, int]] = []
    for q in range(queries):
        lat0, lon0 = towns[draw(len(towns))]
        qlat = lat0 + (draw(20001) - 10000) / 50000.0
        qlon = (lon0 + (draw(20001) - 10000) / 50000.0 + 180.0) % 360.0 - 180.0
        count, nearest = 0, (math.inf, -1)
        for cell in neighbourhood(encode(qlat, qlon, precision)):
            for i in cells.get(cell, ()):
                examined += 1
                d = haversine_km(qlat, qlon, points[i][0], points[i][1])
                if d <= radius_km:
                    count += 1
                    nearest = min(nearest, (d, i))
        checksum = (checksum * 1000003 + count * 40009 + nearest[1] + 1) % 1000000007
        if q < 5:
            first.append((count, nearest[1]))
    return checksum, examined, len(cells), codes[:4], first
