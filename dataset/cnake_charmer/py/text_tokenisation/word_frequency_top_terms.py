"""Most frequent words of a generated text after lower-casing and punctuation removal.

The text mixes capitalised words and trailing punctuation; it is tokenised with a
regular expression on the lower-cased text and counted with ``Counter``. Ties in the
top-10 list are broken alphabetically.

Keywords: word frequency, tokenizer, counter, top k, text
"""

import re
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

VOCAB = ("the of and to in is that it was for on are with as his they be at one have this "
         "from or had by hot word but what some we can out other were all there when up use "
         "your how said an each she").split()


@python_benchmark(args=(120000, 5), cases=[(0, 1), (1, 2), (15, 3), (400, 4)])
def word_frequency_top_terms(n_words: int, seed: int) -> Tuple[int, int, List[Tuple[str, int]]]:
    """Return (tokens, distinct tokens, top 10 (word, count))."""
    state = seed
    out = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = state % 44
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = VOCAB[min(a, state % 44)]
        if (state >> 10) % 7 == 0:
            word = word.capitalize()
        if (state >> 13) % 9 == 0:
            word += ",.!?"[(state >> 16) % 4]
        out.append(word)
    text = " ".join(out)
    counts = Counter(re.findall(r"[a-z]+", text.lower()))
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:10]
    return (sum(counts.values()), len(counts), top)
