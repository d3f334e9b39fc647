# cython: language_level=3
"""Proximity search on the globe with a geohash cell index and its eight neighbours — integer geohashes.

A geohash is kept as its 5*precision-bit integer (a ``uint64``) produced by the very
same double bisections, so no strings are built except for the few returned samples
(through a ``char`` buffer and a base-32 table). The cell index is an array of
(code, point) structs sorted with libc ``qsort``; a cell's members are found by binary
search. Longitude wrap reproduces Python's float ``%`` with ``fmod``, and the haversine
uses ``libc.math`` in the same operation order.

Keywords: spatial indexing, geohash, base32, neighbour cells, haversine, proximity search
"""

import cython
from libc.math cimport sin, cos, asin, sqrt, fmod, INFINITY, M_PI
from libc.stdint cimport uint64_t
from libc.stdlib cimport malloc, free, qsort

from cnake_charmer.benchmarks import cython_benchmark


cdef const char* BASE32 = b"0123456789bcdefghjkmnpqrstuvwxyz"
cdef double EARTH_KM = 6371.0
cdef double DEG = M_PI / 180.0


cdef struct Entry:
    uint64_t code
    int idx


cdef int cmp_entry(const void* a, const void* b) noexcept nogil:
    cdef const Entry* p = <const Entry*>a
    cdef const Entry* q = <const Entry*>b
    if p.code != q.code:
        return -1 if p.code < q.code else 1
    return (p.idx > q.idx) - (p.idx < q.idx)


cdef inline double wrap_lon(double x) noexcept nogil:
    """Python's (x + 180.0) % 360.0 - 180.0."""
    cdef double m = fmod(x + 180.0, 360.0)
    if m != 0.0 and m < 0.0:
        m += 360.0
    return m - 180.0


cdef uint64_t encode(double lat, double lon, int bits) noexcept nogil:
    cdef double lat_lo = -90.0, lat_hi = 90.0, lon_lo = -180.0, lon_hi = 180.0, mid
    cdef uint64_t code = 0
    cdef int b
    for b in range(bits):
        if b % 2 == 0:
            mid = (lon_lo + lon_hi) / 2
            if lon >= mid:
                code = (code << 1) | 1
                lon_lo = mid
            else:
                code <<= 1
                lon_hi = mid
        else:
            mid = (lat_lo + lat_hi) / 2
            if lat >= mid:
                code = (code << 1) | 1
                lat_lo = mid
            else:
                code <<= 1
                lat_hi = mid
    return code


cdef void decode_box(uint64_t code, int bits, double* box) noexcept nogil:
    """box = lat_lo, lat_hi, lon_lo, lon_hi"""
    cdef double mid
    cdef int b
    box[0] = -90.0; box[1] = 90.0; box[2] = -180.0; box[3] = 180.0
    for b in range(bits):
        if b % 2 == 0:
            mid = (box[2] + box[3]) / 2
            if (code >> (bits - 1 - b)) & 1:
                box[2] = mid
            else:
                box[3] = mid
        else:
            mid = (box[0] + box[1]) / 2
            if (code >> (bits - 1 - b)) & 1:
                box[0] = mid
            else:
                box[1] = mid


cdef int neighbourhood(uint64_t code, int bits, uint64_t* out) noexcept nogil:
    cdef double box[4]
    cdef double height, width, clat, clon, lat
    cdef int dy, dx, k = 0
    decode_box(code, bits, box)
    height = box[1] - box[0]
    width = box[3] - box[2]
    clat = (box[0] + box[1]) / 2
    clon = (box[2] + box[3]) / 2
    for dy in range(-1, 2):
        lat = clat + dy * height
        if lat <= -90.0 or lat >= 90.0:
            continue
        for dx in range(-1, 2):
            out[k] = encode(lat, wrap_lon(clon + dx * width), bits)
            k += 1
    return k


cdef inline double haversine_km(double lat1, double lon1, double lat2, double lon2) noexcept nogil:
    cdef double p1 = lat1 * DEG, p2 = lat2 * DEG
    cdef double s_lat = sin((p2 - p1) / 2)
    cdef double s_lon = sin(((lon2 - lon1) * DEG) / 2)
    cdef double a = s_lat * s_lat + cos(p1) * cos(p2) * s_lon * s_lon
    if a > 1.0:
        a = 1.0
    return 2 * EARTH_KM * asin(sqrt(a))


cdef int lower_bound(const Entry* index, int n, uint64_t code) noexcept nogil:
    cdef int lo = 0, hi = n, mid
    while lo < hi:
        mid = (lo + hi) >> 1
        if index[mid].code < code:
            lo = mid + 1
        else:
            hi = mid
    return lo


cdef inline unsigned int step(unsigned int* state, unsigned int k) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return (state[0] >> 7) % k


@cython_benchmark(args=(14000, 1000, 5, 2.5, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def geohash_proximity_neighbors(int n, int queries, int precision, double radius_km, long long seed):
    """Return (checksum, candidates, occupied cells, first 4 geohashes, first 5 (count, nearest))."""
    if not 1 <= precision <= 12:
        raise ValueError("precision must be between 1 and 12 characters")
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int bits = 5 * precision, i, q, t, c, k, n_cells, pos, count, nearest
    cdef double towns[9][2]
    cdef double lat0, lon0, qlat, qlon, d, best
    cdef uint64_t cells[9]
    cdef char text[13]
    cdef long long checksum = 0, examined = 0
    cdef double* lat = <double*>malloc((n + 1) * sizeof(double))
    cdef double* lon = <double*>malloc((n + 1) * sizeof(double))
    cdef Entry* index = <Entry*>malloc((n + 1) * sizeof(Entry))
    samples = []
    first = []
    if lat == NULL or lon == NULL or index == NULL:
        free(lat); free(lon); free(index)
        raise MemoryError()
    try:
        for t in range(8):
            towns[t][0] = step(&state, 1600000) / 10000.0 - 80.0
            towns[t][1] = step(&state, 3600000) / 10000.0 - 180.0
        towns[8][0] = 0.0
        towns[8][1] = 179.99
        for i in range(n):
            t = step(&state, 9)
            lat[i] = towns[t][0] + (<double>(<int>step(&state, 20001) - 10000)) / 50000.0
            lon[i] = wrap_lon(towns[t][1] + (<double>(<int>step(&state, 20001) - 10000)) / 50000.0)
            index[i].code = encode(lat[i], lon[i], bits)
            index[i].idx = i
        for i in range(min(n, 4)):
            for c in range(precision):
                text[c] = BASE32[(index[i].code >> (5 * (precision - 1 - c))) & 31]
            samples.append(text[:precision].decode("ascii"))
        qsort(index, n, sizeof(Entry), cmp_entry)
        n_cells = 0
        for i in range(n):
            if i == 0 or index[i].code != index[i - 1].code:
                n_cells += 1
        for q in range(queries):
            t = step(&state, 9)
            qlat = towns[t][0] + (<double>(<int>step(&state, 20001) - 10000)) / 50000.0
            qlon = wrap_lon(towns[t][1] + (<double>(<int>step(&state, 20001) - 10000)) / 50000.0)
            count = 0
            nearest = -1
            best = INFINITY
            with nogil:
                k = neighbourhood(encode(qlat, qlon, bits), bits, cells)
                for c in range(k):
                    pos = lower_bound(index, n, cells[c])
                    while pos < n and index[pos].code == cells[c]:
                        i = index[pos].idx
                        pos += 1
                        examined += 1
                        d = haversine_km(qlat, qlon, lat[i], lon[i])
                        if d <= radius_km:
                            count += 1
                            if d < best or (d == best and i < nearest):
                                best = d
                                nearest = i
            checksum = (checksum * 1000003 + count * 40009 + nearest + 1) % 1000000007
            if q < 5:
                first.append((count, nearest))
        return (checksum, examined, n_cells, samples, first)
    finally:
        free(lat); free(lon); free(index)
