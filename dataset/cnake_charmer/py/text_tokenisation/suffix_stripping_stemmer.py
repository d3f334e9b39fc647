"""Normalise inflected words with a small suffix-stripping stemmer.

A simplified Porter step 1: plural endings (``sses``, ``ies``, ``s``), then ``eed``,
``ed`` and ``ing`` when the remaining stem contains a vowel, undoubling a final double
consonant, and ``y`` to ``i`` after a consonant. Stems are counted over a generated
corpus of inflected words.

Keywords: stemming, porter, suffixes, morphology, normalisation, text
"""

from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

STEMS = ["walk", "hop", "cry", "agree", "plan", "fish", "pass", "stop", "try", "jump", "feed", "box"]
SUFFIXES = ["", "s", "es", "ed", "ing", "ies", "ses"]
VOWELS = set("aeiou")


def _has_vowel(s: str) -> bool:
    return any(ch in VOWELS for ch in s)


def _stem(w: str) -> str:
    if w.endswith("sses"):
        w = w[:-2]
    elif w.endswith("ies"):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    if w.endswith("eed"):
        if len(w) > 4:
            w = w[:-1]
    elif w.endswith("ed") and _has_vowel(w[:-2]):
        w = w[:-2]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz" and w[-1] not in VOWELS:
            w = w[:-1]
    elif w.endswith("ing") and _has_vowel(w[:-3]):
        w = w[:-3]
        if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz" and w[-1] not in VOWELS:
            w = w[:-1]
    if w.endswith("y") and len(w) > 2 and w[-2] not in VOWELS:
        w = w[:-1] + "i"
    return w


@python_benchmark(args=(50000, 2), cases=[(0, 1), (1, 2), (14, 3), (300, 4)])
def suffix_stripping_stemmer(n_words: int, seed: int) -> Tuple[int, int, List[Tuple[str, int]], List[str]]:
    """Return (distinct stems, characters removed, top 5 stems, first 8 stems)."""
    state = seed
    counts: Counter = Counter()
    removed = 0
    first = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        stem = STEMS[state % len(STEMS)]
        suffix = SUFFIXES[(state >> 8) % len(SUFFIXES)]
        if suffix in ("ed", "ing") and (state >> 12) % 2 and stem[-1] not in "aeiouy":
            stem += stem[-1]
        word = stem + suffix
        out = _stem(word)
        counts[out] += 1
        removed += len(word) - len(out)
        if len(first) < 8:
            first.append(out)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return (len(counts), removed, top, first)
