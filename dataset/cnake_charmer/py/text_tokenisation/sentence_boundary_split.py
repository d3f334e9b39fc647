"""Split text into sentences without breaking at abbreviations or decimals.

A token ending in ``.``, ``!`` or ``?`` closes a sentence when it is not a known
abbreviation (``Dr.``, ``e.g.`` ...) and the next token starts with a capital letter
(or the text ends). Decimal numbers such as ``3.5`` never end a sentence since their
dot is inside the token.

Keywords: sentence segmentation, abbreviations, boundary detection, tokenizer, text
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORDS = ["the", "model", "was", "trained", "on", "data", "and", "It", "We", "This", "results",
         "Paris", "improved", "by"]
ABBREV = {"Dr.", "Mr.", "e.g.", "etc.", "vs.", "Fig."}
ABBREV_LIST = sorted(ABBREV)


@python_benchmark(args=(80000, 4), cases=[(0, 1), (1, 2), (25, 3), (500, 4)])
def sentence_boundary_split(n_tokens: int, seed: int) -> Tuple[int, int, List[int], List[str]]:
    """Return (sentences, longest sentence in tokens, length histogram in 5s, first 2 sentences)."""
    state = seed
    tokens = []
    for _ in range(n_tokens):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state % 20
        if r < 14:
            tok = WORDS[(state >> 8) % len(WORDS)]
        elif r < 16:
            tok = ABBREV_LIST[(state >> 8) % len(ABBREV_LIST)]
        elif r < 17:
            tok = f"{(state >> 8) % 10}.{(state >> 12) % 10}"
        else:
            tok = WORDS[(state >> 8) % len(WORDS)] + ".!?."[(state >> 12) % 4]
        tokens.append(tok)
    text = " ".join(tokens)
    sentences = []
    current: List[str] = []
    parts = text.split()
    for i, tok in enumerate(parts):
        current.append(tok)
        if tok[-1] in ".!?" and tok not in ABBREV and not tok[0].isdigit():
            if i + 1 == len(parts) or parts[i + 1][0].isupper():
                sentences.append(current)
                current = []
    if current:
        sentences.append(current)
    hist = [0] * 8
    for s in sentences:
        hist[min(len(s) // 5, 7)] += 1
    longest = max((len(s) for s in sentences), default=0)
    return (len(sentences), longest, hist, [" ".join(s) for s in sentences[:2]])
