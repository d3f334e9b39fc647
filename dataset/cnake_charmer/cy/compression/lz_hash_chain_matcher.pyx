# distutils: language = c++
# cython: language_level=3
"""LZ4-like greedy parsing with 4-byte words as keys of ``std::unordered_map``.

The four bytes at a position are loaded into one ``uint32_t`` with ``memcpy`` and used
directly as the key of a ``std::unordered_map[uint32_t, int]`` of last positions (an
exact dictionary, like the Python version); match extension compares bytes through
pointers and sequences are stored as C structs in a ``std::vector``.

Keywords: lz4, unordered_map, greedy parsing, memcpy, vector, compression
"""

import cython
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp, strlen
from libc.stdint cimport uint32_t, uint8_t
from libcpp.unordered_map cimport unordered_map
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *PHRASES[5]
PHRASES[:] = [b"GET /index.html ", b"HTTP/1.1 200 OK ", b"Host: example ", b"Accept: */* ", b"\r\n"]


cdef struct Seq:
    int lit
    int off
    int length


@cython_benchmark(args=(400000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
def lz_hash_chain_matcher(int n, int seed):
    """Return (sequences, literal bytes, matched bytes, first 6 sequences, round trip ok)."""
    cdef uint8_t *data = <uint8_t *> malloc(n + 32)
    cdef uint8_t *out = <uint8_t *> malloc(n + 32)
    cdef unordered_map[uint32_t, int] table
    cdef unordered_map[uint32_t, int].iterator it
    cdef vector[Seq] seqs
    cdef Seq s
    cdef unsigned long long state = seed
    cdef int pos = 0, k, cnt, i, cand, length, anchor = 0, m, j
    cdef long long literals = 0, matched = 0
    cdef uint32_t key
    try:
        while pos < n:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if state % 4:
                cnt = strlen(PHRASES[(state >> 8) % 5])
                memcpy(data + pos, PHRASES[(state >> 8) % 5], cnt)
                pos += cnt
            else:
                cnt = (state >> 20) % 6
                for k in range(cnt):
                    data[pos + k] = 48 + (state >> (4 + k)) % 10
                pos += cnt
        i = 0
        while i + 4 <= n:
            memcpy(&key, data + i, 4)
            it = table.find(key)
            if it != table.end():
                cand = cython.operator.dereference(it).second
                cython.operator.dereference(it).second = i
            else:
                cand = -1
                table[key] = i
            if cand >= 0 and i - cand <= 65535:
                length = 4
                while i + length < n and data[cand + length] == data[i + length]:
                    length += 1
                s.lit = i - anchor
                s.off = i - cand
                s.length = length
                seqs.push_back(s)
                literals += i - anchor
                matched += length
                i += length
                anchor = i
            else:
                i += 1
        s.lit = n - anchor
        s.off = 0
        s.length = 0
        seqs.push_back(s)
        literals += n - anchor
        m = 0
        pos = 0
        for k in range(<int> seqs.size()):
            memcpy(out + m, data + pos, seqs[k].lit)
            m += seqs[k].lit
            pos += seqs[k].lit
            for j in range(seqs[k].length):
                out[m] = out[m - seqs[k].off]
                m += 1
            pos += seqs[k].length
        first = [(seqs[k].lit, seqs[k].off, seqs[k].length) for k in range(min(6, <int> seqs.size()))]
        return (<int> seqs.size(), literals, matched, first, m == n and memcmp(out, data, n) == 0)
    finally:
        free(data)
        free(out)
