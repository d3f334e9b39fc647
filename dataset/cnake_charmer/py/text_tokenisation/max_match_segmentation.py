"""Segment unspaced text into dictionary words by forward maximum matching.

Text for languages written without spaces is often segmented greedily: at each
position take the longest dictionary word that starts there (up to a maximum length),
or a single character if none does. The dictionary is built from syllables.

Keywords: word segmentation, maximum matching, dictionary, greedy, tokenizer, text
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

SYLLABLES = ["ka", "to", "ri", "na", "mo", "shi", "ta", "ne", "yu", "ko"]


@python_benchmark(args=(150000, 300, 7), cases=[(0, 10, 1), (1, 5, 2), (30, 0, 3), (300, 40, 4)])
def max_match_segmentation(n_chars: int, dict_size: int, seed: int) -> Tuple[int, int, int, List[str]]:
    """Return (tokens, single-character fallbacks, checksum of token lengths, first 12 tokens)."""
    state = seed
    dictionary = set()
    for _ in range(dict_size):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        dictionary.add("".join(SYLLABLES[(state >> (3 * k + 4)) % 10] for k in range(1 + state % 4)))
    max_len = max((len(w) for w in dictionary), default=1)
    chars = []
    while len(chars) < n_chars:
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chars.extend(SYLLABLES[(state >> 7) % 10])
    text = "".join(chars[:n_chars])
    tokens = []
    i = 0
    singles = 0
    while i < len(text):
        for length in range(min(max_len, len(text) - i), 0, -1):
            if text[i:i + length] in dictionary:
                break
        else:
            length = 1
            singles += 1
        tokens.append(text[i:i + length])
        i += length
    checksum = 0
    for tok in tokens:
        checksum = (checksum * 7 + len(tok)) % 1000000007
    return (len(tokens), singles, checksum, tokens[:12])
