# cython: language_level=3
"""OHLCV resampling in one streaming pass with a C struct per open bar.

Trades are generated and folded straight into the current bar (a C struct of open,
high, low, close, volume, count and integer notional); when a trade falls in a new
bucket the bar is closed into running aggregates. Only the first and last three bars
are turned into Python tuples, so no trade list or grouped lists are built.

Keywords: ohlc, resampling, streaming, struct, vwap, time buckets, nogil
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Bar:
    long long start
    long long open
    long long high
    long long low
    long long close
    long long volume
    long long count
    long long notional


cdef tuple as_tuple(Bar *b):
    return (b.start, b.open, b.high, b.low, b.close, b.volume, b.count, b.notional / <double> b.volume)


@cython_benchmark(args=(100000, 5000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ohlc_bar_resample(int n, int bar_ms):
    """Build OHLCV bars from n trades; return (bars, first+last bars, widest bar start, volume)."""
    if n <= 0 or bar_ms <= 0:
        return 0, [], -1, 0
    cdef Bar cur
    cdef Bar first[3]
    cdef Bar ring[3]
    cdef long long state = 4321, clock = 0, price = 10000, size, bucket, total = 0
    cdef long long widest_range = -1, widest_start = -1
    cdef int i, nbars = 0, j
    cur.count = 0
    with nogil:
        for i in range(n + 1):
            if i < n:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                clock += (state >> 6) % 90
                price += (state >> 12) % 7 - 3
                if price < 1:
                    price = 1
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                size = 1 + (state >> 8) % 500
                bucket = clock // bar_ms * bar_ms
                if cur.count > 0 and bucket == cur.start:
                    if price > cur.high:
                        cur.high = price
                    if price < cur.low:
                        cur.low = price
                    cur.close = price
                    cur.volume += size
                    cur.count += 1
                    cur.notional += price * size
                    continue
            if cur.count > 0:
                if nbars < 3:
                    first[nbars] = cur
                ring[nbars % 3] = cur
                nbars += 1
                total += cur.volume
                if cur.high - cur.low > widest_range:
                    widest_range = cur.high - cur.low
                    widest_start = cur.start
            if i < n:
                cur.start = bucket
                cur.open = price
                cur.high = price
                cur.low = price
                cur.close = price
                cur.volume = size
                cur.count = 1
                cur.notional = price * size
    head = [as_tuple(&first[j]) for j in range(nbars if nbars < 3 else 3)]
    tail = [as_tuple(&ring[j % 3]) for j in range(nbars - 3 if nbars > 3 else 0, nbars)]
    if nbars < 3:
        tail = [as_tuple(&first[j]) for j in range(nbars)]
    return nbars, head + tail, widest_start, total
