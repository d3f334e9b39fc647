# cython: language_level=3
"""Varshamov-Tenengolts codes: systematic encoding and Levenshtein single-deletion correction — uint8_t buffers and memmove.

Codewords, received words and the restored word are malloc'ed uint8_t buffers; a
deletion and the decoder's reinsertion are single memmove calls, the VT checksum and
weight come from one typed pass, and the per-word pipeline is a nogil cdef function
returning a status code.

Keywords: coding theory, Varshamov-Tenengolts code, deletion channel, synchronisation errors, Levenshtein, checksum
"""

import cython
from libc.stdint cimport uint8_t
from libc.stdlib cimport malloc, free
from libc.string cimport memmove, memcmp

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Outcome:
    RESTORED = 0
    UNDECODABLE = 1


@cython.cdivision(True)
cdef Outcome vt_restore(const uint8_t *received, int length, int n, uint8_t *word) noexcept nogil:
    cdef long checksum = 0
    cdef int weight = 0, i, deficiency, count, position, target
    for i in range(length):
        if received[i]:
            checksum += i + 1
            weight += 1
    if length == n:
        if checksum % (n + 1) != 0:
            return UNDECODABLE
        for i in range(n):
            word[i] = received[i]
        return RESTORED
    if length != n - 1:
        return UNDECODABLE
    deficiency = <int>((n + 1 - checksum % (n + 1)) % (n + 1))
    if deficiency <= weight:
        count = 0
        position = length
        while count < deficiency:
            position -= 1
            count += received[position]
        bit = 0
    else:
        count = 0
        position = 0
        target = deficiency - weight - 1
        while count < target or (position < length and received[position] == 1):
            if received[position] == 0:
                count += 1
            position += 1
        bit = 1
    for i in range(position):
        word[i] = received[i]
    word[position] = bit
    for i in range(position, length):
        word[i + 1] = received[i]
    return RESTORED


@cython_benchmark(args=(2500, 120, 1, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def varshamov_tenengolts_deletion_code(long words, int n, int max_deletions, unsigned long long seed):
    """Return (intact, corrected, undecodable, wrongly decoded, checksum of recovered data)."""
    cdef uint8_t *code = <uint8_t *>malloc(n + 1)
    cdef uint8_t *recv = <uint8_t *>malloc(n + 1)
    cdef uint8_t *word = <uint8_t *>malloc(n + 1)
    cdef unsigned long long state = seed
    cdef long intact = 0, corrected = 0, undecodable = 0, wrong = 0, w
    cdef long long checksum = 0
    cdef long total
    cdef int p, i, length, deletions, d, at, deficiency
    try:
        with nogil:
            for w in range(words):
                total = 0
                for p in range(1, n + 1):
                    if p & (p - 1):
                        state = state * 6364136223846793005ULL + 1442695040888963407ULL
                        code[p - 1] = <uint8_t>((state >> 33) & 1)
                        if code[p - 1]:
                            total += p
                    else:
                        code[p - 1] = 0
                deficiency = <int>((n + 1 - total % (n + 1)) % (n + 1))
                p = 1
                while p <= n:
                    if deficiency & p:
                        code[p - 1] = 1
                    p *= 2
                for i in range(n):
                    recv[i] = code[i]
                length = n
                state = state * 6364136223846793005ULL + 1442695040888963407ULL
                deletions = <int>((state >> 33) % <unsigned long long>(max_deletions + 1))
                for d in range(deletions):
                    if length > 0:
                        state = state * 6364136223846793005ULL + 1442695040888963407ULL
                        at = <int>((state >> 33) % <unsigned long long>length)
                        memmove(recv + at, recv + at + 1, length - at - 1)
                        length -= 1
                if vt_restore(recv, length, n, word) == UNDECODABLE:
                    undecodable += 1
                    continue
                if memcmp(word, code, n) != 0:
                    wrong += 1
                elif deletions:
                    corrected += 1
                else:
                    intact += 1
                for p in range(1, n + 1):
                    if p & (p - 1):
                        checksum = (checksum * 2 + word[p - 1]) % 1000000007
    finally:
        free(code)
        free(recv)
        free(word)
    return intact, corrected, undecodable, wrong, checksum
