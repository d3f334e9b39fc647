"""Flesch reading-ease score of generated paragraphs.

Paragraphs are split into sentences and words; syllables are estimated per word by
counting vowel groups (``y`` counts as a vowel, a final silent ``e`` is dropped, at
least one syllable per word). The Flesch formula combines words per sentence and
syllables per word.

Keywords: readability, flesch, syllables, sentences, word counting, text
"""

import re
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORDS = ["simple", "readable", "text", "is", "easy", "to", "understand", "complicated",
         "terminology", "makes", "documents", "harder", "the", "reader", "may", "give", "up"]
VOWELS = "aeiouy"


def _syllables(word: str) -> int:
    word = word.lower()
    count = 0
    prev = False
    for ch in word:
        vowel = ch in VOWELS
        if vowel and not prev:
            count += 1
        prev = vowel
    if word.endswith("e") and count > 1 and not word.endswith("le"):
        count -= 1
    return max(count, 1)


@python_benchmark(args=(1200, 9), cases=[(0, 1), (1, 2), (3, 3), (20, 4)])
def flesch_readability_scores(n_paragraphs: int, seed: int) -> Tuple[List[float], int, int, int]:
    """Return (score per paragraph, total words, total sentences, total syllables)."""
    state = seed
    scores = []
    tw = ts = tsyl = 0
    for _ in range(n_paragraphs):
        sentences = []
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        for _ in range(1 + state % 8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            words = []
            for _ in range(3 + state % 20):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                words.append(WORDS[(state >> 9) % len(WORDS)])
            words[0] = words[0].capitalize()
            sentences.append(" ".join(words) + ".")
        paragraph = " ".join(sentences)
        n_sent = len([s for s in re.split(r"[.!?]+", paragraph) if s.strip()])
        tokens = re.findall(r"[A-Za-z]+", paragraph)
        n_syl = sum(_syllables(t) for t in tokens)
        scores.append(206.835 - 1.015 * (len(tokens) / n_sent) - 84.6 * (n_syl / len(tokens)))
        tw += len(tokens)
        ts += n_sent
        tsyl += n_syl
    return (scores, tw, ts, tsyl)
