"""Playfair digraph cipher with a keyword square, encryption and decryption.

A 5x5 square is filled with the keyword's letters and then the rest of the alphabet
(J merged into I). The message is split into digraphs (an X separates doubled letters
and pads an odd tail) and each pair is substituted by the row, column or rectangle rule.

Keywords: playfair, digraph, substitution cipher, key square, classical cryptography
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

ALPHABET = "ABCDEFGHIKLMNOPQRSTUVWXYZ"


def _square(keyword: str) -> str:
    seen = []
    for ch in keyword + ALPHABET:
        ch = "I" if ch == "J" else ch
        if ch not in seen:
            seen.append(ch)
    return "".join(seen)


def _prepare(text: str) -> str:
    text = text.replace("J", "I")
    out = []
    i = 0
    while i < len(text):
        a = text[i]
        b = text[i + 1] if i + 1 < len(text) else None
        if b is None or a == b:
            out += [a, "X"]
            i += 1
        else:
            out += [a, b]
            i += 2
    return "".join(out)


def _transform(pairs: str, square: str, step: int) -> str:
    pos = {ch: divmod(i, 5) for i, ch in enumerate(square)}
    out = []
    for i in range(0, len(pairs), 2):
        (ra, ca), (rb, cb) = pos[pairs[i]], pos[pairs[i + 1]]
        if ra == rb:
            out += [square[ra * 5 + (ca + step) % 5], square[rb * 5 + (cb + step) % 5]]
        elif ca == cb:
            out += [square[((ra + step) % 5) * 5 + ca], square[((rb + step) % 5) * 5 + cb]]
        else:
            out += [square[ra * 5 + cb], square[rb * 5 + ca]]
    return "".join(out)


@python_benchmark(args=(120000, 12), cases=[(0, 1), (1, 2), (7, 3), (300, 4)])
def playfair_digraph_cipher(n: int, seed: int) -> Tuple[str, str, int, int, bool]:
    """Return (key square, first 30 cipher letters, cipher length, checksum, decryption ok)."""
    state = seed
    keyword = []
    for _ in range(8):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        keyword.append(chr(65 + (state >> 9) % 26))
    letters = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        letters.append(chr(65 + (state >> 11) % 26) if state % 7 else (letters[-1] if letters else "A"))
    square = _square("".join(keyword))
    prepared = _prepare("".join(letters))
    cipher = _transform(prepared, square, 1)
    checksum = 0
    for ch in cipher:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    return (square, cipher[:30], len(cipher), checksum, _transform(cipher, square, 4) == prepared)
