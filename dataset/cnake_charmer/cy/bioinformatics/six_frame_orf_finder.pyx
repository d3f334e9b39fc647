# cython: language_level=3
"""Six-frame ORF scan over 2-bit codon indexes, without building protein strings.

Bases are stored as codes in TCAG order (so the complement is ``code ^ 2``) and a
codon's index into the 64-letter genetic-code table is ``16a + 4b + c``. Each frame is
walked once in a ``nogil`` loop with a tiny state machine (position of the first Met
since the last stop); only the longest ORF's prefix is ever translated to text.

Keywords: bioinformatics, dna, translation, genetic code, open reading frame, codon, reverse complement
"""

import cython
from libc.stdlib cimport malloc, free
from libc.stdint cimport uint64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *AMINO = b"FFLLSSSSYY**CC*WLLLLPPPPHHQQRRRRIIIMTTTTNNKKSSRRVVVVAAAADDEEGGGG"


cdef struct Orf:
    int frame
    int start
    int length


cdef inline int _codon(const unsigned char *s, Py_ssize_t i) noexcept nogil:
    return 16 * s[i] + 4 * s[i + 1] + s[i + 2]


cdef inline uint64_t _next(uint64_t state) noexcept nogil:
    # 64-bit LCG; unsigned overflow wraps exactly like the Python side's & MASK64
    return state * <uint64_t>6364136223846793005ULL + <uint64_t>1442695040888963407ULL


@cython_benchmark(args=(300000, 30, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def six_frame_orf_finder(int n, int min_len, long long seed):
    """Return (ORFs per frame, residues in all ORFs, longest (frame, start, length), its first 40 residues)."""
    # ACGT draw order mapped to TCAG codes
    cdef unsigned char acgt[4]
    acgt[:] = [2, 1, 3, 0]
    cdef uint64_t state = <uint64_t>seed
    cdef Py_ssize_t cap = n + 800
    cdef unsigned char *dna = <unsigned char *>malloc(cap)
    cdef unsigned char *rev = <unsigned char *>malloc(cap)
    cdef unsigned char *strand
    cdef unsigned char *gene = <unsigned char *>malloc(800)
    cdef Py_ssize_t size = 0, i, k, pos, glen, ncodons
    cdef int frame, found, idx, met, length, residues = 0, f
    cdef int counts[6]
    cdef char prefix[40]
    cdef int shown
    cdef Orf best
    best.frame = -1
    best.start = -1
    best.length = 0
    try:
        if dna == NULL or rev == NULL or gene == NULL:
            raise MemoryError()
        while size < n:
            state = _next(state)
            if (state >> 33) % 300 == 0:
                gene[0] = 2
                gene[1] = 0
                gene[2] = 3
                state = _next(state)
                ncodons = 40 + (state >> 33) % 200
                glen = 3
                for k in range(ncodons):
                    for i in range(3):
                        state = _next(state)
                        gene[glen + i] = (state >> 33) % 4
                    if AMINO[_codon(gene, glen)] == b'*':
                        gene[glen] = 0
                        gene[glen + 1] = 3
                        gene[glen + 2] = 3
                    glen += 3
                gene[glen] = 0
                gene[glen + 1] = 2
                gene[glen + 2] = 2
                glen += 3
                state = _next(state)
                if (state >> 33) % 2:
                    for i in range(glen):
                        dna[size + i] = gene[glen - 1 - i] ^ 2
                else:
                    for i in range(glen):
                        dna[size + i] = gene[i]
                size += glen
            else:
                state = _next(state)
                dna[size] = acgt[(state >> 33) % 4]
                size += 1
        with nogil:
            for i in range(n):
                rev[i] = dna[n - 1 - i] ^ 2
            for frame in range(6):
                strand = dna if frame < 3 else rev
                f = frame % 3
                found = 0
                met = -1
                pos = 0
                i = f
                while i + 3 <= n:
                    idx = _codon(strand, i)
                    if AMINO[idx] == b'*':
                        if met >= 0:
                            length = <int>(pos - met)
                            if length >= min_len:
                                found += 1
                                residues += length
                                if length > best.length:
                                    best.frame = frame
                                    best.start = met
                                    best.length = length
                        met = -1
                    elif AMINO[idx] == b'M' and met < 0:
                        met = <int>pos
                    pos += 1
                    i += 3
                counts[frame] = found
        shown = 0
        if best.frame >= 0:
            strand = dna if best.frame < 3 else rev
            i = best.frame % 3 + 3 * best.start
            shown = best.length if best.length < 40 else 40
            for k in range(shown):
                prefix[k] = AMINO[_codon(strand, i + 3 * k)]
        return ([counts[k] for k in range(6)], residues, (best.frame, best.start, best.length),
                prefix[:shown].decode("ascii"))
    finally:
        free(dna)
        free(rev)
        free(gene)
