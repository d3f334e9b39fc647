# cython: language_level=3
"""Equivalence checking of Mealy machines by breadth-first search of the product machine.

Both machines are flat next-state/output int tables; the copies of each state are
kept in CSR arrays built in creation order, and visited product pairs are marked in
an ``int`` stamp array indexed p * n2 + q with the trial number as the stamp, so it is
never cleared. The BFS queue stores pair indices and depths in parallel C arrays.

Keywords: logic circuits, finite state machine, Mealy machine, equivalence checking, product machine, BFS, counterexample
"""

import cython
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef class Tables:
    cdef int *next1
    cdef int *out1
    cdef int *next2
    cdef int *out2
    cdef int *order
    cdef int *rename
    cdef int *copy_src
    cdef int *cstart
    cdef int *cfill
    cdef int *clist
    cdef int *stamp
    cdef int *qpair
    cdef int *qdepth

    def __cinit__(self, int n, int k):
        cdef int n2 = n + n // 4
        self.next1 = <int *>malloc((n * k + 1) * sizeof(int))
        self.out1 = <int *>malloc((n * k + 1) * sizeof(int))
        self.next2 = <int *>malloc((n2 * k + 1) * sizeof(int))
        self.out2 = <int *>malloc((n2 * k + 1) * sizeof(int))
        self.order = <int *>malloc((n + 1) * sizeof(int))
        self.rename = <int *>malloc((n + 1) * sizeof(int))
        self.copy_src = <int *>malloc((n2 + 1) * sizeof(int))
        self.cstart = <int *>malloc((n + 2) * sizeof(int))
        self.cfill = <int *>malloc((n + 1) * sizeof(int))
        self.clist = <int *>malloc((n2 + 1) * sizeof(int))
        self.stamp = <int *>calloc(<size_t>n * n2 + 1, sizeof(int))
        self.qpair = <int *>malloc((<size_t>n * n2 + 1) * sizeof(int))
        self.qdepth = <int *>malloc((<size_t>n * n2 + 1) * sizeof(int))
        if (not self.next1 or not self.out1 or not self.next2 or not self.out2 or not self.order
                or not self.rename or not self.copy_src or not self.cstart or not self.cfill
                or not self.clist or not self.stamp or not self.qpair or not self.qdepth):
            raise MemoryError()

    def __dealloc__(self):
        free(self.next1); free(self.out1); free(self.next2); free(self.out2)
        free(self.order); free(self.rename); free(self.copy_src); free(self.cstart)
        free(self.cfill); free(self.clist); free(self.stamp); free(self.qpair); free(self.qdepth)


@cython_benchmark(args=(400, 4, 3, 120, 11))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def mealy_machine_equivalence_bfs(int nstates, int nsymbols, int noutputs, int trials, long long seed):
    """Return (equivalent trials, product pairs explored, total counterexample length, checksum)."""
    if nstates == 0:
        return (trials, 0, 0, 0)
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int n = nstates, k = nsymbols, n2 = nstates + nstates // 4
    cdef Tables T = Tables(n, k)
    cdef int trial, s, a, i, j, tmp, old, orig, c, cnt, target, out, head, tail, p, q, pair, p2, q2, cex, nxt, m
    cdef long long equivalent = 0, explored = 0, total_length = 0, checksum = 0
    for trial in range(1, trials + 1):
        for s in range(n):
            for a in range(k):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                T.next1[s * k + a] = <int>((state >> 16) % n)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                T.out1[s * k + a] = <int>((state >> 16) % noutputs)
        for i in range(n):
            T.order[i] = i
        for i in range(n - 1, 0, -1):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            j = <int>((state >> 16) % (i + 1))
            tmp = T.order[i]; T.order[i] = T.order[j]; T.order[j] = tmp
        for i in range(n):
            T.rename[T.order[i]] = i
        for old in range(n):
            for a in range(k):
                T.next2[T.rename[old] * k + a] = T.rename[T.next1[old * k + a]]
                T.out2[T.rename[old] * k + a] = T.out1[old * k + a]
        for i in range(n + 1):
            T.cstart[i] = 0
        m = n
        for c in range(n // 4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            orig = <int>((state >> 16) % n)
            T.copy_src[c] = orig
            T.cstart[orig + 1] += 1
            for a in range(k):
                T.next2[m * k + a] = T.next2[orig * k + a]
                T.out2[m * k + a] = T.out2[orig * k + a]
            m += 1
        for i in range(n):
            T.cstart[i + 1] += T.cstart[i]
            T.cfill[i] = T.cstart[i]
        for c in range(n // 4):
            orig = T.copy_src[c]
            T.clist[T.cfill[orig]] = n + c
            T.cfill[orig] += 1
        for s in range(n2):
            for a in range(k):
                target = T.next2[s * k + a]
                cnt = T.cstart[target + 1] - T.cstart[target] if target < n else 0
                if cnt > 0:
                    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                    if (state >> 16) % 2 == 0:
                        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                        T.next2[s * k + a] = T.clist[T.cstart[target] + <int>((state >> 16) % cnt)]
        if k:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 2:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                s = <int>((state >> 16) % n2)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                a = <int>((state >> 16) % k)
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                out = T.out2[s * k + a]
                T.out2[s * k + a] = (out + 1 + <int>((state >> 16) % (noutputs - 1 if noutputs > 1 else 1))) % noutputs
        pair = 0 * n2 + T.rename[0]
        T.stamp[pair] = trial
        T.qpair[0] = pair
        T.qdepth[0] = 0
        head = 0
        tail = 1
        cex = -1
        with nogil:
            while head < tail and cex < 0:
                pair = T.qpair[head]
                p = pair // n2
                q = pair % n2
                explored += 1
                for a in range(k):
                    if T.out1[p * k + a] != T.out2[q * k + a]:
                        cex = T.qdepth[head] + 1
                        checksum = (checksum * 131 + p * 7919 + q * 31 + a) % 1000000007
                        break
                    nxt = T.next1[p * k + a] * n2 + T.next2[q * k + a]
                    if T.stamp[nxt] != trial:
                        T.stamp[nxt] = trial
                        T.qpair[tail] = nxt
                        T.qdepth[tail] = T.qdepth[head] + 1
                        tail += 1
                head += 1
        if cex < 0:
            equivalent += 1
        else:
            total_length += cex
    return (equivalent, explored, total_length, checksum)
