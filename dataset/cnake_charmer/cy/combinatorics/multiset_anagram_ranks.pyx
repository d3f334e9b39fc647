# cython: language_level=3
"""Anagram ranking with an incrementally maintained multinomial in ``long long``.

Letter counts live in a small C array; the number of arrangements of the remaining
letters is kept as one exact ``long long`` and updated by multiply-then-divide as
letters are consumed, so each smaller letter's contribution is total * count / rest
with no factorials recomputed.

Keywords: combinatorics, multiset permutations, anagrams, ranking, multinomial coefficients
"""

import cython

from cnake_charmer.benchmarks import cython_benchmark


@cython.boundscheck(False)
@cython.cdivision(True)
cdef long long anagram_rank(const int *word, int length, int alphabet, int *counts) noexcept nogil:
    cdef long long arrangements = 1, rank = 0
    cdef int i, c, placed = 0, rest
    for c in range(alphabet):
        counts[c] = 0
    for i in range(length):
        placed += 1
        counts[word[i]] += 1
        arrangements = arrangements * placed // counts[word[i]]
    for i in range(length):
        rest = length - i
        for c in range(word[i]):
            if counts[c] > 0:
                rank += arrangements * counts[c] // rest
        arrangements = arrangements * counts[word[i]] // rest
        counts[word[i]] -= 1
    return rank


@cython_benchmark(args=(1000, 18, 5, 13))
@cython.boundscheck(False)
@cython.wraparound(False)
def multiset_anagram_ranks(int words, int length, int alphabet, long long seed):
    """Return (rank checksum, largest rank, first 5 ranks)."""
    if length > 40 or alphabet > 26:
        raise ValueError("word too long for 64-bit ranks")
    cdef int word[40]
    cdef int counts[26]
    cdef long long state = seed & 0x7FFFFFFF, rank, checksum = 0, largest = 0
    cdef int w, i
    first = []
    for w in range(words):
        for i in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            word[i] = <int>((state >> 11) % alphabet)
        rank = anagram_rank(word, length, alphabet, counts)
        checksum = (checksum * 31 + rank) % 1000000007
        if rank > largest:
            largest = rank
        if w < 5:
            first.append(rank)
    return (checksum, largest, first)
