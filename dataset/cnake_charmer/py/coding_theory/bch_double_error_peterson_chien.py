"""Double-error-correcting binary BCH codes decoded with Peterson's formulas and a Chien search.

For m in 4..6 the primitive BCH code of length n = 2^m - 1 with designed distance 5
(BCH(15,7), BCH(31,21), BCH(63,51)) is built: GF(2^m) log/antilog tables, then the
generator as the product of (x - a^j) over the cyclotomic cosets of 1 and 3. Random
messages are encoded systematically, hit by random bit errors and decoded from the
syndromes S1 = r(a), S3 = r(a^3): the error locator 1 + S1 x + (S3/S1 + S1^2) x^2 is
solved by trying every field element.

Keywords: coding theory, BCH code, Galois field, syndrome, Peterson decoder, Chien search, cyclic code
"""

from cnake_charmer.benchmarks import python_benchmark

PRIMITIVE = {4: 0b10011, 5: 0b100101, 6: 0b1000011}


def _field(m):
    n = (1 << m) - 1
    exp = [0] * (2 * n)
    log = [0] * (n + 1)
    x = 1
    for i in range(n):
        exp[i] = exp[i + n] = x
        log[x] = i
        x <<= 1
        if x >> m:
            x ^= PRIMITIVE[m]
    return exp, log


def _generator(m, exp, log):
    n = (1 << m) - 1
    roots = set()
    for start in (1, 3):
        j = start
        while j not in roots:
            roots.add(j)
            j = 2 * j % n
    poly = [1]  # coefficients, lowest degree first
    for j in sorted(roots):
        root = exp[j]
        shifted = [0] + poly
        for i, c in enumerate(poly):
            if c:
                shifted[i] ^= exp[log[c] + log[root]]
        poly = shifted
    return sum(c << i for i, c in enumerate(poly)), len(poly) - 1


def _mod(value, g, degree):
    while value.bit_length() > degree:
        value ^= g << (value.bit_length() - 1 - degree)
    return value


def _gf_mul(a, b, exp, log):
    if a == 0 or b == 0:
        return 0
    return exp[log[a] + log[b]]


def _decode(word, n, exp, log):
    """Return (corrected word, status) with status 'clean', 'fixed' or 'failed'."""
    s1 = s3 = 0
    for i in range(n):
        if (word >> i) & 1:
            s1 ^= exp[i]
            s3 ^= exp[3 * i % n]
    if s1 == 0:
        return word, ("clean" if s3 == 0 else "failed")
    s1_cubed = _gf_mul(s1, _gf_mul(s1, s1, exp, log), exp, log)
    if s3 == s1_cubed:
        return word ^ (1 << log[s1]), "fixed"
    sigma1 = s1
    sigma2 = exp[(log[s3 ^ s1_cubed] - log[s1]) % n]
    positions = []
    for i in range(n):
        inv = (n - i) % n
        value = 1 ^ _gf_mul(sigma1, exp[inv], exp, log) ^ _gf_mul(sigma2, exp[2 * inv % n], exp, log)
        if value == 0:
            positions.append(i)
    if len(positions) != 2:
        return word, "failed"
    for p in positions:
        word ^= 1 << p
    return word, "fixed"


@python_benchmark(args=(6, 6000, 3, 41), cases=[(4, 0, 2, 1), (4, 300, 0, 2), (5, 400, 2, 3), (4, 400, 6, 4), (6, 200, 4, 5)])
def bch_double_error_peterson_chien(m: int, words: int, max_errors: int, seed: int):
    """Return ((n, k), clean, fixed, failed, miscorrected, checksum of decoded messages)."""
    exp, log = _field(m)
    n = (1 << m) - 1
    g, degree = _generator(m, exp, log)
    k = n - degree
    state = seed & 0x7FFFFFFF
    counts = {"clean": 0, "fixed": 0, "failed": 0}
    miscorrected = 0
    checksum = 0
    for _ in range(words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        message = (state >> 4) & ((1 << k) - 1)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        message ^= ((state >> 4) << 27) & ((1 << k) - 1)
        codeword = (message << degree) | _mod(message << degree, g, degree)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        word = codeword
        for _ in range((state >> 16) % (max_errors + 1)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            word ^= 1 << ((state >> 16) % n)
        decoded, status = _decode(word, n, exp, log)
        counts[status] += 1
        if status != "failed" and decoded != codeword:
            miscorrected += 1
        checksum = (checksum * 1009 + (decoded >> degree) % 1000003) % 1000000007
    return (n, k), counts["clean"], counts["fixed"], counts["failed"], miscorrected, checksum
