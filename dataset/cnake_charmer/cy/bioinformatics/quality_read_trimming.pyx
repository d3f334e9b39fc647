# cython: language_level=3
"""Read quality trimming over a Phred+33 byte block with inline C trimmers.

All quality strings are generated into one malloc'd ``char`` block; the sliding-window
trimmer and Mott's maximum-segment scan are ``cdef inline`` functions on a pointer into
it (Mott returns a small C struct), and the per-read loop, statistics and histogram
(a calloc'd ``int`` array) run without the GIL.

Keywords: bioinformatics, sequencing, read trimming, phred quality, fastq, maximum subarray
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    WINDOW = 4
    THRESHOLD = 20
    MIN_LENGTH = 30
    PHRED = 33


cdef struct Span:
    int start
    int end


cdef inline int _sliding_cut(const char *q, int n) noexcept nogil:
    cdef int running = 0, start, i
    for i in range(WINDOW if WINDOW < n else n):
        running += q[i] - PHRED
    for start in range(n - WINDOW + 1):
        if start:
            running += q[start + WINDOW - 1] - q[start - 1]
        if running < THRESHOLD * WINDOW:
            return start
    return n


cdef inline Span _mott(const char *q, int n) noexcept nogil:
    cdef Span span
    cdef int best = 0, total = 0, start = 0, i
    span.start = 0
    span.end = 0
    for i in range(n):
        total += q[i] - PHRED - THRESHOLD
        if total <= 0:
            total = 0
            start = i + 1
        elif total > best:
            best = total
            span.start = start
            span.end = i + 1
    return span


@cython_benchmark(args=(2000, 150, 27))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def quality_read_trimming(int reads, int read_len, long long seed):
    """Return (kept/bases by window, kept/bases by Mott, mean kept quality, length histogram, first 5 cuts)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef char *block = <char *>malloc(<size_t>reads * read_len + 1)
    cdef int bins = read_len // 10 + 1
    cdef int *histogram = <int *>calloc(bins, sizeof(int))
    cdef int r, pos, q, decay, cut, i
    cdef int kept_window = 0, kept_mott = 0
    cdef long long bases_window = 0, bases_mott = 0, quality_sum = 0
    cdef const char *read
    cdef Span span
    cdef int samples[5][3]
    try:
        if block == NULL or histogram == NULL:
            raise MemoryError()
        with nogil:
            for r in range(reads):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                decay = 10 + (state >> 16) % 30
                for pos in range(read_len):
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    q = 40 - pos * decay // read_len - <int>((state >> 16) % 12)
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if (state >> 16) % 60 == 0:
                        q = 2
                    block[<size_t>r * read_len + pos] = (q if q > 2 else 2) + PHRED
            for r in range(reads):
                read = block + <size_t>r * read_len
                cut = _sliding_cut(read, read_len)
                span = _mott(read, read_len)
                if cut >= MIN_LENGTH:
                    kept_window += 1
                    bases_window += cut
                    for i in range(cut):
                        quality_sum += read[i] - PHRED
                    histogram[cut // 10] += 1
                if span.end - span.start >= MIN_LENGTH:
                    kept_mott += 1
                    bases_mott += span.end - span.start
                if r < 5:
                    samples[r][0] = cut
                    samples[r][1] = span.start
                    samples[r][2] = span.end
        mean_quality = <double>quality_sum / bases_window if bases_window else 0.0
        return (kept_window, bases_window, kept_mott, bases_mott, mean_quality,
                [histogram[i] for i in range(bins)],
                [(samples[i][0], samples[i][1], samples[i][2]) for i in range(reads if reads < 5 else 5)])
    finally:
        free(block)
        free(histogram)
