# cython: language_level=3
"""Cyclopeptide spectrum scoring with a cdef class holding a dense mass-count table.

The experimental spectrum becomes a ``cdef class`` owning a calloc'd array of peak
counts indexed by integer mass. Scoring a candidate needs no Counter: its sub-peptide
masses come from a C prefix-sum array, each mass is matched against the remaining
budget in a scratch count array, and the scratch is reset by replaying the same masses.

Keywords: bioinformatics, mass spectrometry, cyclopeptide, peptide sequencing, spectrum, proteomics
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef int MASSES[20]
MASSES[:] = [57, 71, 87, 97, 99, 101, 103, 113, 113, 114, 115, 128, 128, 129, 131, 137, 147, 156, 163, 186]


cdef class MassSpectrum:
    cdef int *counts
    cdef int *used
    cdef int *prefix
    cdef int top
    cdef int length

    def __cinit__(self, int top, int length):
        self.top = top
        self.length = length
        self.counts = <int *>calloc(top + 1, sizeof(int))
        self.used = <int *>calloc(top + 1, sizeof(int))
        self.prefix = <int *>malloc((2 * length + 1) * sizeof(int))
        if self.counts == NULL or self.used == NULL or self.prefix == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.counts)
        free(self.used)
        free(self.prefix)

    cdef void add(self, int mass) noexcept:
        self.counts[mass] += 1

    cdef inline void _prefix(self, const unsigned char *peptide) noexcept nogil:
        cdef int i, n = self.length
        self.prefix[0] = 0
        for i in range(2 * n):
            self.prefix[i + 1] = self.prefix[i] + MASSES[peptide[i % n]]

    @cython.boundscheck(False)
    @cython.wraparound(False)
    cdef int score(self, const unsigned char *peptide) noexcept nogil:
        """Multiset intersection of the peptide's cyclic spectrum with the counts."""
        cdef int start, span, mass, hits = 0, n = self.length
        if n == 0:
            return 1 if self.counts[0] else 0
        self._prefix(peptide)
        for start in range(n):
            for span in range(1, n):
                mass = self.prefix[start + span] - self.prefix[start]
                if self.used[mass] < self.counts[mass]:
                    hits += 1
                self.used[mass] += 1
        for start in range(2):
            mass = 0 if start == 0 else self.prefix[n]
            if self.used[mass] < self.counts[mass]:
                hits += 1
            self.used[mass] += 1
        for start in range(n):
            for span in range(1, n):
                self.used[self.prefix[start + span] - self.prefix[start]] = 0
        self.used[0] = 0
        self.used[self.prefix[n]] = 0
        return hits

    cdef void spectrum(self, const unsigned char *peptide, int *out) noexcept nogil:
        cdef int start, span, k = 1, n = self.length
        out[0] = 0
        if n == 0:
            return
        self._prefix(peptide)
        for start in range(n):
            for span in range(1, n):
                out[k] = self.prefix[start + span] - self.prefix[start]
                k += 1
        out[k] = self.prefix[n]


cdef inline int _draw(unsigned long long *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return <int>((state[0] >> 16) % k)


@cython_benchmark(args=(24, 1300, 31))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def cyclopeptide_spectrum_scoring(int length, int candidates, long long seed):
    """Return (experimental peaks, first 12 scores, best score, best candidate, best peptide)."""
    cdef const char *residues = b"GASPVTCILNDKQEMHFRYW"
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int nspec = length * (length - 1) + 2 if length > 0 else 1
    cdef int i, k, kind, spot, shift, changes, top_mass = 0, npeaks = 0, s, best = -1, best_score = -1
    cdef unsigned char *hidden = <unsigned char *>malloc(length + 1)
    cdef unsigned char *pool = <unsigned char *>malloc(<size_t>candidates * length + 1)
    cdef int *theo = <int *>malloc((nspec + length + 1) * sizeof(int))
    cdef unsigned char *cand
    cdef MassSpectrum spec
    cdef list scores = []
    try:
        if hidden == NULL or pool == NULL or theo == NULL:
            raise MemoryError()
        for i in range(length):
            hidden[i] = _draw(&state, 20)
        spec = MassSpectrum(186 * length + 50 + 1, length)
        spec.spectrum(hidden, theo)
        for i in range(nspec):
            if _draw(&state, 10):
                theo[npeaks] = theo[i]
                if theo[i] > top_mass:
                    top_mass = theo[i]
                npeaks += 1
        top_mass = (top_mass if npeaks else 0) + 1
        for i in range(length):
            theo[npeaks] = 50 + _draw(&state, top_mass)
            npeaks += 1
        for i in range(npeaks):
            spec.add(theo[i])
        for k in range(candidates):
            cand = pool + <size_t>k * length
            kind = _draw(&state, 3)
            if kind == 0 or length == 0:
                for i in range(length):
                    cand[i] = _draw(&state, 20)
            elif kind == 1:
                for i in range(length):
                    cand[i] = hidden[i]
                changes = 1 + _draw(&state, 3)
                for i in range(changes):
                    spot = _draw(&state, length)
                    cand[spot] = _draw(&state, 20)
            else:
                shift = _draw(&state, length)
                for i in range(length):
                    cand[i] = hidden[(shift + i) % length]
        for k in range(candidates):
            with nogil:
                s = spec.score(pool + <size_t>k * length)
            if k < 12:
                scores.append(s)
            if s > best_score:
                best_score = s
                best = k
        if candidates == 0:
            return (npeaks, [], 0, -1, "")
        cand = pool + <size_t>best * length
        return (npeaks, scores, best_score, best, bytes([residues[cand[i]] for i in range(length)]).decode("ascii"))
    finally:
        free(hidden)
        free(pool)
        free(theo)
