"""Compare documents by the cosine similarity of their letter-bigram profiles.

Each document is generated from its own skewed letter distribution; letter bigrams
inside words (not across spaces) are counted and every pair of documents is compared
by cosine similarity, the way simple language identifiers compare text profiles.

Keywords: character ngrams, bigram profile, cosine similarity, language identification, text
"""

import math
from collections import Counter
from typing import List

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12, 16000, 3), cases=[(0, 10, 1), (1, 50, 2), (3, 0, 3), (4, 300, 4)])
def char_bigram_cosine_profiles(n_docs: int, n_chars: int, seed: int) -> List[List[float]]:
    """Return the n_docs x n_docs cosine similarity matrix of bigram profiles."""
    state = seed
    profiles = []
    for d in range(n_docs):
        chars = []
        for _ in range(n_chars):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = (state >> 8) % 32
            if r < 5:
                chars.append(" ")
            else:
                # documents favour different regions of the alphabet
                chars.append(chr(97 + (r * (d + 3) + (state >> 16) % 7) % 26))
        words = "".join(chars).split()
        profiles.append(Counter(a + b for w in words for a, b in zip(w, w[1:])))
    norms = [math.sqrt(sum(v * v for v in p.values())) for p in profiles]
    matrix = []
    for i in range(n_docs):
        row = []
        for j in range(n_docs):
            dot = sum(c * profiles[j].get(g, 0) for g, c in profiles[i].items())
            row.append(dot / (norms[i] * norms[j]) if norms[i] and norms[j] else 0.0)
        matrix.append(row)
    return matrix
