"""Hill cipher (2x2 over Z/26) with a known-plaintext key recovery.

A random invertible 2x2 key matrix encrypts letter pairs as ``C = K P (mod 26)``. The
ciphertext is decrypted with the modular inverse matrix, and an attacker who knows the
plaintext recovers the key as ``K = C P^-1`` from the first invertible block pair.

Keywords: hill cipher, matrix inverse, modular arithmetic, known plaintext attack, cryptography
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _inverse(m: List[int]) -> Optional[List[int]]:
    det = (m[0] * m[3] - m[1] * m[2]) % 26
    inv = next((x for x in range(26) if det * x % 26 == 1), None)
    if inv is None:
        return None
    return [m[3] * inv % 26, -m[1] * inv % 26, -m[2] * inv % 26, m[0] * inv % 26]


def _apply(m: List[int], text: List[int]) -> List[int]:
    out = []
    for i in range(0, len(text), 2):
        x, y = text[i], text[i + 1]
        out += [(m[0] * x + m[1] * y) % 26, (m[2] * x + m[3] * y) % 26]
    return out


@python_benchmark(args=(120000, 8), cases=[(0, 1), (1, 2), (4, 3), (300, 4)])
def hill_cipher_known_plaintext(n: int, seed: int) -> Tuple[List[int], str, bool, Optional[List[int]], int]:
    """Return (key, first 20 cipher letters, decryption ok, recovered key, cipher checksum)."""
    state = seed
    while True:
        key = []
        for _ in range(4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            key.append((state >> 9) % 26)
        if _inverse(key) is not None:
            break
    plain = []
    for _ in range(n + n % 2):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        plain.append((state >> 7) % 26 if (state >> 20) % 5 else 4)
    cipher = _apply(key, plain)
    ok = _apply(_inverse(key), cipher) == plain
    recovered = None
    for i in range(0, len(plain) - 3, 2):
        p = [plain[i], plain[i + 2], plain[i + 1], plain[i + 3]]
        p_inv = _inverse(p)
        if p_inv is not None:
            c = [cipher[i], cipher[i + 2], cipher[i + 1], cipher[i + 3]]
            recovered = [(c[0] * p_inv[0] + c[1] * p_inv[2]) % 26, (c[0] * p_inv[1] + c[1] * p_inv[3]) % 26,
                         (c[2] * p_inv[0] + c[3] * p_inv[2]) % 26, (c[2] * p_inv[1] + c[3] * p_inv[3]) % 26]
            break
    checksum = 0
    for c in cipher:
        checksum = (checksum * 29 + c) % 1000000007
    return (key, "".join(chr(65 + c) for c in cipher[:20]), ok, recovered, checksum)
