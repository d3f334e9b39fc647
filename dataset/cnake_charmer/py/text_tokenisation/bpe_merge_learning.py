"""Learn byte-pair-encoding merges from a word-frequency table.

Starting from single characters, repeatedly counts adjacent symbol pairs over all word
types (weighted by frequency), merges the most frequent pair (ties: smallest pair) and
rewrites every word, which is how BPE subword vocabularies are trained.

Keywords: bpe, byte pair encoding, subword, merges, tokenizer, text
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1500, 40, 3), cases=[(0, 5, 1), (1, 3, 2), (20, 0, 3), (60, 10, 4)])
def bpe_merge_learning(n_types: int, n_merges: int, seed: int) -> Tuple[List[str], int, int]:
    """Return (merges as 'a b' strings, symbols left in the corpus, distinct symbols)."""
    state = seed
    words = {}
    for _ in range(n_types):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 3 + state % 6
        chars = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            chars.append("aabcdeen"[(state >> 9) % 8])
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key = tuple(chars)
        words[key] = words.get(key, 0) + 1 + state % 20
    corpus = list(words.items())
    merges = []
    for _ in range(n_merges):
        pairs: Counter = Counter()
        for symbols, freq in corpus:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += freq
        if not pairs:
            break
        best = min(pairs.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        merged = best[0] + best[1]
        new_corpus = []
        for symbols, freq in corpus:
            out = []
            i = 0
            while i < len(symbols):
                if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == best:
                    out.append(merged)
                    i += 2
                else:
                    out.append(symbols[i])
                    i += 1
            new_corpus.append((tuple(out), freq))
        corpus = new_corpus
        merges.append(best[0] + " " + best[1])
    left = sum(len(s) for s, _ in corpus)
    distinct = len({sym for s, _ in corpus for sym in s})
    return (merges, left, distinct)
