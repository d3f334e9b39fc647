"""Penn-Treebank-style tokenisation with character offsets.

Splits text into word tokens, separates punctuation, and splits English clitics the
way treebank tokenizers do (``don't`` -> ``do`` + ``n't``, ``it's`` -> ``it`` + ``'s``),
recording the (start, end) offset of every token for alignment with annotations.

Keywords: tokenizer, penn treebank, clitics, offsets, regular expression, text
"""

import re
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORDS = ["I", "don't", "think", "it's", "true", "we're", "sure", "they'll", "can't", "say",
         "you've", "seen", "I'm", "the", "d'oh"]
TOKEN = re.compile(r"\w+(?=n't)|n't|'(?:s|re|ll|ve|d|m)\b|\w+|[^\w\s]")


@python_benchmark(args=(40000, 6), cases=[(0, 1), (1, 2), (9, 3), (200, 4)])
def ptb_token_offsets(n_words: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, int]], int]:
    """Return (tokens, punctuation tokens, clitic tokens, first 12 spans, span checksum)."""
    state = seed
    parts = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = WORDS[state % len(WORDS)]
        r = (state >> 8) % 10
        if r == 0:
            word = "(" + word + ")"
        elif r < 3:
            word += ",.!?;"[(state >> 12) % 5]
        parts.append(word)
    text = " ".join(parts)
    tokens = punct = clitics = checksum = 0
    spans = []
    for m in TOKEN.finditer(text):
        tok = m.group()
        tokens += 1
        if tok == "n't" or tok[0] == "'" and len(tok) > 1:
            clitics += 1
        elif not tok[0].isalnum() and tok[0] != "_":
            punct += 1
        checksum = (checksum * 31 + m.start() * 7 + m.end()) % 1000000007
        if len(spans) < 12:
            spans.append(m.span())
    return (tokens, punct, clitics, spans, checksum)
