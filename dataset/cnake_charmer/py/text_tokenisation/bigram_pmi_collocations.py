"""Find collocations by pointwise mutual information of adjacent word pairs.

After lower-casing, tokenising and dropping stop words, adjacent token pairs are
counted; bigrams seen at least ``min_count`` times are ranked by PMI
``log2(p(a,b) / (p(a) p(b)))``. Planted phrases ("new york", "machine learning") should
come out on top.

Keywords: collocations, pmi, bigrams, stop words, tokens, text
"""

import math
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORDS = ["the", "a", "of", "new", "york", "machine", "learning", "city", "data", "model", "and",
         "big", "science", "river", "bank", "in"]
STOP = {"the", "a", "of", "and", "in"}
PHRASES = [("new", "york"), ("machine", "learning"), ("data", "science")]


@python_benchmark(args=(80000, 5, 4), cases=[(0, 2, 1), (3, 1, 2), (40, 2, 3), (2000, 3, 4)])
def bigram_pmi_collocations(n: int, min_count: int, seed: int) -> Tuple[int, int, List[Tuple[str, float]]]:
    """Return (content tokens, distinct bigrams, top 5 (bigram, PMI))."""
    state = seed
    words = []
    while len(words) < n:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 6 == 0:
            words.extend(PHRASES[(state >> 8) % 3])
        else:
            w = WORDS[(state >> 12) % len(WORDS)]
            words.append(w.upper() if (state >> 20) % 9 == 0 else w)
    text = " ".join(words[:n])
    tokens = [t for t in text.lower().split() if t not in STOP]
    unigrams = Counter(tokens)
    bigrams = Counter(zip(tokens, tokens[1:]))
    total = len(tokens)
    scored = []
    for (a, b), c in bigrams.items():
        if c >= min_count:
            pmi = math.log2(c * total / (unigrams[a] * unigrams[b]))
            scored.append((a + " " + b, pmi))
    scored.sort(key=lambda kv: (-kv[1], kv[0]))
    return (total, len(bigrams), scored[:5])
