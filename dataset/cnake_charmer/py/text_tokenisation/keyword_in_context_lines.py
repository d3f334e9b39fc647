"""Keyword-in-context (KWIC) concordance lines.

For every occurrence of a few keywords in a tokenised text, builds a concordance line
with up to three tokens of left and right context (``left [KEYWORD] right``), the
classic view of corpus linguistics tools.

Keywords: concordance, kwic, context window, tokens, corpus, text
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORDS = ["data", "model", "the", "of", "river", "bank", "money", "a", "loan", "water", "near",
         "interest", "rate", "high", "low", "account"]
KEYWORDS = ["bank", "rate", "interest"]


@python_benchmark(args=(120000, 3, 5), cases=[(0, 3, 1), (1, 3, 2), (30, 0, 3), (400, 2, 4)])
def keyword_in_context_lines(n_tokens: int, width: int, seed: int) -> Tuple[Dict[str, int], int, List[str]]:
    """Return (hits per keyword, checksum of all line lengths, first 5 lines)."""
    state = seed
    words = []
    for _ in range(n_tokens):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        words.append(WORDS[(state >> 7) % len(WORDS)])
    tokens = " ".join(words).split()
    hits = {k: 0 for k in KEYWORDS}
    checksum = 0
    first = []
    for i, tok in enumerate(tokens):
        if tok in hits:
            hits[tok] += 1
            left = " ".join(tokens[max(0, i - width):i])
            right = " ".join(tokens[i + 1:i + 1 + width])
            line = f"{left} [{tok.upper()}] {right}"
            checksum = (checksum * 131 + len(line)) % 1000000007
            if len(first) < 5:
                first.append(line)
    return (hits, checksum, first)
