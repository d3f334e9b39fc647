"""Most probable segmentation of unspaced text under a unigram language model.

Each vocabulary piece has a log-probability derived from pseudo-random counts; a
Viterbi dynamic programme over character positions picks the segmentation with the
highest total log-probability (the decoding step of unigram/SentencePiece tokenizers).

Keywords: viterbi, unigram language model, segmentation, log probability, tokenizer, text
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

LETTERS = "abcdef"


@python_benchmark(args=(50000, 250, 5), cases=[(0, 10, 1), (1, 0, 2), (15, 20, 3), (300, 60, 4)])
def unigram_viterbi_segmentation(n_chars: int, vocab_size: int, seed: int) -> Tuple[float, int, List[str]]:
    """Return (best total log-probability, number of pieces, first 10 pieces)."""
    state = seed
    counts = {c: 50 for c in LETTERS}
    for _ in range(vocab_size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        piece = "".join(LETTERS[(state >> (3 * k + 5)) % 6] for k in range(2 + state % 4))
        counts[piece] = counts.get(piece, 0) + 1 + (state >> 20) % 30
    total = sum(counts.values())
    logp = {p: math.log(c / total) for p, c in counts.items()}
    max_len = max(len(p) for p in logp)
    chars = []
    for _ in range(n_chars):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append(LETTERS[(state >> 11) % 6])
    text = "".join(chars)
    best = [0.0] + [-math.inf] * len(text)
    back = [0] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - max_len), end):
            piece = text[start:end]
            if piece in logp:
                score = best[start] + logp[piece]
                if score > best[end]:
                    best[end] = score
                    back[end] = start
    pieces = []
    end = len(text)
    while end > 0:
        pieces.append(text[back[end]:end])
        end = back[end]
    pieces.reverse()
    return (best[-1], len(pieces), pieces[:10])
