"""Build an inverted index over documents and answer two-term AND queries.

Documents are sequences of pseudo-words; the index maps each term to the sorted list
of documents containing it. Conjunctive queries intersect two posting lists, the core
operation of a search engine.

Keywords: inverted index, posting lists, search, intersection, tokens, text
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SYL = ["an", "be", "co", "du", "el", "fo", "gi", "ha"]


def _term(r: int) -> str:
    return SYL[r % 8] + SYL[(r >> 3) % 8] + SYL[min((r >> 6) % 8, (r >> 9) % 8)]


@python_benchmark(args=(2000, 3000, 6), cases=[(0, 3, 1), (1, 1, 2), (10, 0, 3), (80, 40, 4)])
def inverted_index_intersections(n_docs: int, n_queries: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (terms, longest posting list, total intersection size, first 8 query results)."""
    state = seed
    index = {}
    for doc in range(n_docs):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        words = []
        for _ in range(20 + state % 40):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            words.append(_term(state >> 4))
        for term in set(" ".join(words).split()):
            index.setdefault(term, []).append(doc)
    total = 0
    first = []
    for _ in range(n_queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = _term(state >> 4)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        b = _term(state >> 4)
        size = len(set(index.get(a, [])) & set(index.get(b, [])))
        total += size
        if len(first) < 8:
            first.append(size)
    longest = max((len(p) for p in index.values()), default=0)
    return (len(index), longest, total, first)
