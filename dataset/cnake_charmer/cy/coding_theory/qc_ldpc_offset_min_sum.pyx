# cython: language_level=3
"""Quasi-cyclic LDPC code decoded with integer offset min-sum belief propagation — a cdef class decoder with edge arrays.

A cdef class owns every buffer (edge endpoints, check-ordered and variable-ordered edge
lists, per-edge messages, channel LLRs, decisions), allocated in __cinit__ and released
in __dealloc__. Check updates keep the two smallest magnitudes and the sign parity in
registers; bit updates sum into a local and write extrinsic messages; both run nogil.

Keywords: coding theory, LDPC, quasi-cyclic, min-sum, belief propagation, message passing, soft decision
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class MinSumDecoder:
    cdef int z, n, m, n_edges
    cdef int *edge_var
    cdef int *var_edges      # 3 edge ids per variable
    cdef int *to_check
    cdef int *to_var
    cdef int *channel
    cdef unsigned char *decision

    def __cinit__(self, int z, list shifts):
        cdef int br, r, bc, e = 0, v
        cdef int *fill
        self.z = z
        self.n = 6 * z
        self.m = 3 * z
        self.n_edges = 18 * z
        self.edge_var = <int *>malloc(self.n_edges * sizeof(int))
        self.var_edges = <int *>malloc(3 * self.n * sizeof(int))
        self.to_check = <int *>malloc(self.n_edges * sizeof(int))
        self.to_var = <int *>malloc(self.n_edges * sizeof(int))
        self.channel = <int *>malloc(self.n * sizeof(int))
        self.decision = <unsigned char *>malloc(self.n)
        fill = <int *>malloc(self.n * sizeof(int))
        for v in range(self.n):
            fill[v] = 0
        # edges are numbered check by check: check c owns edges 6c .. 6c+5
        for br in range(3):
            for r in range(z):
                for bc in range(6):
                    v = bc * z + (r + <int>shifts[br][bc]) % z
                    self.edge_var[e] = v
                    self.var_edges[3 * v + fill[v]] = e
                    fill[v] += 1
                    e += 1
        free(fill)

    def __dealloc__(self):
        free(self.edge_var)
        free(self.var_edges)
        free(self.to_check)
        free(self.to_var)
        free(self.channel)
        free(self.decision)

    @cython.boundscheck(False)
    cdef bint syndrome_clear(self) noexcept nogil:
        cdef int c, j, s
        for c in range(self.m):
            s = 0
            for j in range(6 * c, 6 * c + 6):
                s ^= self.decision[self.edge_var[j]]
            if s:
                return False
        return True

    @cython.boundscheck(False)
    cdef int decode(self, int max_iterations, int offset) noexcept nogil:
        cdef int it, c, j, v, val, mag, min1, min2, pos1, sign, total, used = 0, e
        for e in range(self.n_edges):
            self.to_check[e] = self.channel[self.edge_var[e]]
        for v in range(self.n):
            self.decision[v] = 1 if self.channel[v] < 0 else 0
        for it in range(max_iterations):
            if self.syndrome_clear():
                break
            used += 1
            for c in range(self.m):
                sign = 1
                min1 = -1
                min2 = -1
                pos1 = -1
                for j in range(6 * c, 6 * c + 6):
                    val = self.to_check[j]
                    if val < 0:
                        sign = -sign
                        mag = -val
                    else:
                        mag = val
                    if min1 < 0 or mag < min1:
                        min2 = min1
                        min1 = mag
                        pos1 = j
                    elif min2 < 0 or mag < min2:
                        min2 = mag
                for j in range(6 * c, 6 * c + 6):
                    mag = (min2 if j == pos1 else min1) - offset
                    if mag < 0:
                        mag = 0
                    self.to_var[j] = -sign * mag if self.to_check[j] < 0 else sign * mag
            for v in range(self.n):
                total = self.channel[v] + self.to_var[self.var_edges[3 * v]] + \
                    self.to_var[self.var_edges[3 * v + 1]] + self.to_var[self.var_edges[3 * v + 2]]
                self.decision[v] = 1 if total < 0 else 0
                for j in range(3 * v, 3 * v + 3):
                    e = self.var_edges[j]
                    self.to_check[e] = total - self.to_var[e]
        return used


@cython_benchmark(args=(96, 12, 12, 20, 1, 3))
@cython.boundscheck(False)
@cython.wraparound(False)
def qc_ldpc_offset_min_sum(int z, int frames, int amplitude, int max_iterations, int offset, unsigned long long seed):
    """Return (frames decoded, failures, iterations, residual bit errors, raw bit errors, checksum)."""
    cdef unsigned long long state = seed
    cdef list shifts = []
    cdef int br, bc, t, v, k, noise, errors
    for br in range(3):
        row = []
        for bc in range(6):
            state = state * 6364136223846793005ULL + 1442695040888963407ULL
            row.append(<int>((state >> 33) % <unsigned long long>z))
        shifts.append(row)
    cdef MinSumDecoder dec = MinSumDecoder(z, shifts)
    cdef long decoded_ok = 0, failures = 0, iterations = 0, residual = 0, raw_errors = 0
    cdef long long checksum = 0
    with nogil:
        for t in range(frames):
            for v in range(dec.n):
                noise = 0
                for k in range(4):
                    state = state * 6364136223846793005ULL + 1442695040888963407ULL
                    noise += <int>((state >> 33) % 17) - 8
                dec.channel[v] = amplitude + noise
                if dec.channel[v] < 0:
                    raw_errors += 1
            iterations += dec.decode(max_iterations, offset)
            errors = 0
            for v in range(dec.n):
                if dec.decision[v]:
                    errors += 1
                    checksum = (checksum * 131 + v + 1) % 1000000007
            if errors == 0:
                decoded_ok += 1
            elif not dec.syndrome_clear():
                failures += 1
            residual += errors
    return decoded_ok, failures, iterations, residual, raw_errors, checksum
