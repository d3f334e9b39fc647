"""Encode messages in Morse code and decode them again.

Pseudo-random messages of letters and digits are written in International Morse code
(letters separated by spaces, words by `` / ``) and decoded with a reverse lookup
dictionary, the way a simple telegraph decoder parses its input.

Keywords: morse code, decoding, lookup table, tokens, parsing
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

CODE = {
    "A": ".-", "B": "-...", "C": "-.-.", "D": "-..", "E": ".", "F": "..-.", "G": "--.",
    "H": "....", "I": "..", "J": ".---", "K": "-.-", "L": ".-..", "M": "--", "N": "-.",
    "O": "---", "P": ".--.", "Q": "--.-", "R": ".-.", "S": "...", "T": "-", "U": "..-",
    "V": "...-", "W": ".--", "X": "-..-", "Y": "-.--", "Z": "--..", "0": "-----",
    "1": ".----", "2": "..---", "3": "...--", "4": "....-", "5": ".....", "6": "-....",
    "7": "--...", "8": "---..", "9": "----.",
}
DECODE = {v: k for k, v in CODE.items()}
SYMBOLS = "ETAOINSHRDLUCMFWYPGBVKJXQZ0123456789"


@python_benchmark(args=(4000, 5), cases=[(0, 1), (1, 2), (4, 3), (60, 4)])
def morse_code_decode(m: int, seed: int) -> Tuple[int, int, int, int, str]:
    """Return (decoded characters, Morse length, count of 'E', checksum, first message)."""
    state = seed
    decoded_chars = 0
    morse_len = 0
    e_count = 0
    checksum = 0
    first = ""
    for k in range(m):
        words = []
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        for _ in range(1 + state % 8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            letters = []
            for _ in range(1 + state % 7):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                letters.append(CODE[SYMBOLS[(state >> 8) % 36 if state & 1 else (state >> 8) % 12]])
            words.append(" ".join(letters))
        morse = " / ".join(words)
        text = " ".join("".join(DECODE[c] for c in w.split()) for w in morse.split(" / "))
        morse_len += len(morse)
        decoded_chars += len(text)
        e_count += text.count("E")
        for ch in text:
            checksum = (checksum * 37 + ord(ch)) % 1000003
        if k == 0:
            first = text
    return (decoded_chars, morse_len, e_count, checksum, first)
