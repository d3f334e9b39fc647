"""Build a frequency-cut vocabulary and encode held-out text to token ids.

Training text is tokenised on whitespace; words seen at least ``min_count`` times get
ids in order of decreasing frequency (ties alphabetical) after the reserved ``<pad>``
and ``<unk>``. Held-out text is then mapped to ids, with unknown words becoming
``<unk>``, the preprocessing step of every word-level neural model.

Keywords: vocabulary, token ids, out of vocabulary, unk, encoding, text
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SYL = ["ka", "lo", "mi", "nu", "pe", "ra", "so", "ti"]


def _corpus(n: int, state: int) -> Tuple[str, int]:
    words = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = (state >> 8) % 8
        b = min((state >> 12) % 8, (state >> 16) % 8)
        c = (state >> 20) % 8
        words.append(SYL[a] + SYL[b] + (SYL[c] if c < 3 else ""))
    return " ".join(words), state


@python_benchmark(args=(60000, 20000, 20, 2), cases=[(0, 0, 1, 1), (5, 3, 1, 2), (50, 50, 3, 3), (2000, 500, 5, 4)])
def vocabulary_oov_encoding(n_train: int, n_test: int, min_count: int, seed: int) -> Tuple[int, int, int, List[int], List[str]]:
    """Return (vocabulary size, unknown test tokens, checksum of ids, first 10 ids, 5 most frequent words)."""
    train, state = _corpus(n_train, seed)
    test, _ = _corpus(n_test, state ^ 0x5555)
    counts = Counter(train.split())
    kept = sorted((w for w, c in counts.items() if c >= min_count), key=lambda w: (-counts[w], w))
    vocab = {"<pad>": 0, "<unk>": 1}
    for w in kept:
        vocab[w] = len(vocab)
    ids = [vocab.get(w, 1) for w in test.split()]
    checksum = 0
    for i in ids:
        checksum = (checksum * 1000003 + i) % 2147483647
    return (len(vocab), ids.count(1), checksum, ids[:10], kept[:5])
