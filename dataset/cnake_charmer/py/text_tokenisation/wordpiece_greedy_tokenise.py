"""WordPiece tokenisation by greedy longest-match-first.

A subword vocabulary holds word-initial pieces and ``##``-prefixed continuation
pieces (all single letters are present, so every word can be split). Each word is cut
from the left, always taking the longest vocabulary piece, as BERT's tokenizer does.

Keywords: wordpiece, subword, greedy longest match, vocabulary, tokenizer, text
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

LETTERS = "abcdefgh"


@python_benchmark(args=(10000, 400, 6), cases=[(0, 10, 1), (1, 0, 2), (12, 30, 3), (200, 100, 4)])
def wordpiece_greedy_tokenise(n_words: int, vocab_size: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (tokens, continuation tokens, sum of token ids, first 12 token ids)."""
    state = seed
    vocab = set(LETTERS) | {"##" + c for c in LETTERS}
    for _ in range(vocab_size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + state % 4
        piece = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            piece.append(LETTERS[(state >> 10) % 8])
        vocab.add(("##" if state & 1 else "") + "".join(piece))
    ids = {tok: i for i, tok in enumerate(sorted(vocab))}
    tokens = []
    continuation = 0
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 3 + state % 10
        chars = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            chars.append(LETTERS[(state >> 10) % 8])
        word = "".join(chars)
        start = 0
        while start < len(word):
            end = len(word)
            while end > start:
                sub = word[start:end] if start == 0 else "##" + word[start:end]
                if sub in ids:
                    break
                end -= 1
            tokens.append(ids[sub])
            continuation += start > 0
            start = end
    return (len(tokens), continuation, sum(tokens), tokens[:12])
