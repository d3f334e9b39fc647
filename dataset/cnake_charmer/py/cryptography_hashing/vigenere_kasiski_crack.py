"""Break a Vigenere cipher by index of coincidence and chi-square analysis.

English-like text is encrypted with a random key. The attacker estimates the key length
as the first period whose columns have an average index of coincidence close to the
best one, then recovers each key letter as the shift whose column letter frequencies
best match English (minimum chi-square).

Keywords: vigenere, cryptanalysis, index of coincidence, chi square, frequency analysis
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

# English letter frequencies in tenths of a percent, a..z
FREQ = [82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63, 91, 28, 10, 24, 2, 20, 1]


@python_benchmark(args=(30000, 12, 4), cases=[(30, 4, 1), (1, 3, 2), (200, 6, 3), (2000, 10, 5)])
def vigenere_kasiski_crack(n: int, max_period: int, seed: int) -> Tuple[int, str, str, List[float], str]:
    """Return (found period, recovered key, true key, IC per period, first 30 decrypted chars)."""
    state = seed
    cumulative = []
    total = 0
    for f in FREQ:
        total += f
        cumulative.append(total)
    plain = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = (state >> 8) % total
        plain.append(next(i for i, c in enumerate(cumulative) if r < c))
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    key_len = 3 + state % 6
    key = []
    for _ in range(key_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key.append((state >> 10) % 26)
    cipher = [(p + key[i % key_len]) % 26 for i, p in enumerate(plain)]

    ics = []
    for period in range(1, max_period + 1):
        acc = 0.0
        for col in range(period):
            column = cipher[col::period]
            counts = [0] * 26
            for c in column:
                counts[c] += 1
            m = len(column)
            acc += sum(x * (x - 1) for x in counts) / (m * (m - 1)) if m > 1 else 0.0
        ics.append(acc / period)
    best = max(ics)
    found = next(p for p, ic in enumerate(ics, 1) if ic >= 0.9 * best)
    recovered = []
    for col in range(found):
        column = cipher[col::found]
        counts = [0] * 26
        for c in column:
            counts[c] += 1
        scores = []
        for shift in range(26):
            chi = 0.0
            for letter in range(26):
                expected = FREQ[letter] * len(column) / total
                diff = counts[(letter + shift) % 26] - expected
                chi += diff * diff / expected
            scores.append(chi)
        recovered.append(min(range(26), key=lambda s: scores[s]))
    text = "".join(chr(97 + (c - recovered[i % found]) % 26) for i, c in enumerate(cipher[:30]))
    return (found, "".join(chr(97 + k) for k in recovered), "".join(chr(97 + k) for k in key), ics, text)
