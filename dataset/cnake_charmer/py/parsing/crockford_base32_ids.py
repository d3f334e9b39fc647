"""Parse human-typed Crockford base32 identifiers with check symbols.

Identifiers are 64-bit numbers written in Crockford's base32 (digits and letters
without I, L, O, U) followed by a mod-37 check symbol. Typed input is normalised the
forgiving way the scheme allows: case-insensitive, ``I``/``L`` read as 1, ``O`` as 0,
hyphens ignored. Some inputs carry typos that the check symbol must catch.

Keywords: base32, crockford, check digit, normalisation, identifiers, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CHECK = ALPHABET + "*~$=U"
VALUE = {ch: i for i, ch in enumerate(CHECK)}
VALUE.update({"I": 1, "L": 1, "O": 0})


def _encode(n: int) -> str:
    digits = []
    while True:
        digits.append(ALPHABET[n % 32])
        n //= 32
        if n == 0:
            break
    return "".join(reversed(digits))


@python_benchmark(args=(6000, 5), cases=[(0, 1), (1, 2), (12, 3), (400, 4)])
def crockford_base32_ids(n: int, seed: int) -> Tuple[int, int, int, List[str]]:
    """Return (valid ids, rejected ids, xor of decoded values, first 4 typed forms)."""
    state = seed
    valid = rejected = acc = 0
    first = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        hi = state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        value = (hi << 31 | state) >> ((state >> 3) % 40)
        text = _encode(value) + CHECK[value % 37]
        # the user types it: lower case, hyphen groups, look-alike letters, sometimes a typo
        typed = []
        for i, ch in enumerate(text):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if ch == "1" and state % 3 == 0:
                ch = "l"
            elif ch == "0" and state % 3 == 0:
                ch = "o"
            elif state % 2:
                ch = ch.lower()
            if i and i % 4 == 0:
                typed.append("-")
            typed.append(ch)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 10 == 0:
            k = (state >> 8) % len(typed)
            if typed[k] != "-":
                typed[k] = ALPHABET[(ALPHABET.find(typed[k].upper()) + 1) % 32] if typed[k].upper() in ALPHABET else "7"
        typed_text = "".join(typed)
        if len(first) < 4:
            first.append(typed_text)
        cleaned = typed_text.replace("-", "").upper()
        if not cleaned or any(ch not in VALUE for ch in cleaned):
            rejected += 1
            continue
        number = 0
        for ch in cleaned[:-1]:
            number = number * 32 + VALUE[ch]
        if VALUE[cleaned[-1]] == number % 37 and number < 1 << 64:
            valid += 1
            acc ^= number
        else:
            rejected += 1
    return (valid, rejected, acc, first)
