"""LZ78 parsing of a text into (phrase index, next character) pairs.

The encoder keeps a dictionary of previously seen phrases; it extends the current
phrase while it is known and, at the first unknown extension, emits the index of the
known prefix plus the new character and adds the extension as a new phrase.

Keywords: lz78, dictionary coder, phrases, trie, compression
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(200000, 5), cases=[(0, 1), (1, 2), (25, 3), (3000, 4)])
def lz78_phrase_trie(n: int, seed: int) -> Tuple[int, int, int, List[Tuple[int, str]]]:
    """Return (pairs emitted, longest phrase, checksum, first 8 pairs)."""
    state = seed
    chars = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = (state >> 9) % 100
        # a skewed 16-letter alphabet
        chars.append("abcdefghijklmnop"[r % 4 if r < 60 else r % 16])
    text = "".join(chars)
    phrases = {"": 0}
    lengths = [0]
    out = []
    w = ""
    for ch in text:
        if w + ch in phrases:
            w += ch
        else:
            out.append((phrases[w], ch))
            phrases[w + ch] = len(phrases)
            lengths.append(len(w) + 1)
            w = ""
    if w:
        out.append((phrases[w], ""))
    checksum = 0
    for index, ch in out:
        checksum = (checksum * 65599 + index * 17 + (ord(ch) if ch else 0)) % 2147483647
    return (len(out), max(lengths), checksum, out[:8])
