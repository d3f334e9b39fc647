"""Reed-Solomon codes over GF(256): systematic encoding, Berlekamp-Massey, Chien search and Forney.

Blocks of k = n - nsym random byte symbols are encoded with the generator
(x - 1)(x - a)...(x - a^(nsym-1)) over GF(2^8) (primitive polynomial 0x11D). Random
symbol errors are injected; the decoder computes syndromes, finds the error locator
with Berlekamp-Massey, its roots with a Chien search and the error values with
Forney's formula, then re-checks the syndromes. Polynomials are lists of coefficients,
lowest degree first.

Keywords: coding theory, Reed-Solomon, Galois field, Berlekamp-Massey, Forney algorithm, Chien search, burst errors
"""

from cnake_charmer.benchmarks import python_benchmark


def _tables():
    exp = [0] * 512
    log = [0] * 256
    x = 1
    for i in range(255):
        exp[i] = x
        log[x] = i
        x <<= 1
        if x & 0x100:
            x ^= 0x11D
    for i in range(255, 512):
        exp[i] = exp[i - 255]
    return exp, log


EXP, LOG = _tables()


def gf_mul(a, b):
    if a == 0 or b == 0:
        return 0
    return EXP[LOG[a] + LOG[b]]


def gf_div(a, b):
    if a == 0:
        return 0
    return EXP[(LOG[a] - LOG[b]) % 255]


def poly_eval(poly, x):
    result = 0
    for coef in reversed(poly):
        result = gf_mul(result, x) ^ coef
    return result


def generator_poly(nsym):
    g = [1]
    for i in range(nsym):
        root = EXP[i]
        nxt = [0] + g
        for j, c in enumerate(g):
            nxt[j] ^= gf_mul(c, root)
        g = nxt
    return g


def encode(message, gen, nsym):
    # codeword c(x) = m(x) x^nsym + (m(x) x^nsym mod g(x)); message occupies the top positions
    remainder = [0] * nsym + list(message)
    for i in range(len(remainder) - 1, nsym - 1, -1):
        coef = remainder[i]
        if coef:
            for j in range(len(gen)):
                remainder[i - nsym + j] ^= gf_mul(gen[j], coef)
    return remainder[:nsym] + list(message)


def syndromes(word, nsym):
    return [poly_eval(word, EXP[i]) for i in range(nsym)]


def berlekamp_massey(synd):
    locator, previous = [1], [1]
    length, shift, last_discrepancy = 0, 1, 1
    for step in range(len(synd)):
        delta = synd[step]
        for i in range(1, length + 1):
            if i < len(locator):
                delta ^= gf_mul(locator[i], synd[step - i])
        if delta == 0:
            shift += 1
            continue
        coef = gf_div(delta, last_discrepancy)
        updated = locator + [0] * max(0, len(previous) + shift - len(locator))
        for i, c in enumerate(previous):
            updated[i + shift] ^= gf_mul(coef, c)
        if 2 * length <= step:
            previous = locator
            length = step + 1 - length
            last_discrepancy = delta
            shift = 1
        else:
            shift += 1
        locator = updated
    return locator[:length + 1] + [0] * max(0, length + 1 - len(locator)), length


def decode(word, nsym):
    """Return (corrected word or None, number of symbols corrected)."""
    synd = syndromes(word, nsym)
    if not any(synd):
        return list(word), 0
    locator, length = berlekamp_massey(synd)
    positions = [j for j in range(len(word)) if poly_eval(locator, EXP[(255 - j) % 255]) == 0]
    if len(positions) != length:
        return None, 0
    evaluator = [0] * nsym
    for i, s in enumerate(synd):
        for j, c in enumerate(locator):
            if i + j < nsym:
                evaluator[i + j] ^= gf_mul(s, c)
    derivative = [locator[i] if i % 2 == 1 else 0 for i in range(1, len(locator))]
    fixed = list(word)
    for j in positions:
        x_inv = EXP[(255 - j) % 255]
        value = gf_mul(EXP[j], gf_div(poly_eval(evaluator, x_inv), poly_eval(derivative, x_inv)))
        fixed[j] ^= value
    if any(syndromes(fixed, nsym)):
        return None, 0
    return fixed, len(positions)


@python_benchmark(args=(60, 255, 32, 20, 13), cases=[(0, 255, 16, 4, 1), (5, 60, 10, 0, 2), (20, 40, 8, 4, 3), (20, 40, 8, 9, 4), (10, 30, 6, 20, 5)])
def reed_solomon_gf256_berlekamp_massey(blocks: int, n: int, nsym: int, max_errors: int, seed: int):
    """Return (clean, corrected, failed, miscorrected, symbols fixed, checksum of decoded data)."""
    gen = generator_poly(nsym)
    state = seed & 0x7FFFFFFF
    clean = corrected = failed = miscorrected = symbols_fixed = 0
    checksum = 0
    for _ in range(blocks):
        message = []
        for _ in range(n - nsym):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            message.append((state >> 16) & 0xFF)
        codeword = encode(message, gen, nsym)
        received = list(codeword)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        for _ in range((state >> 16) % (max_errors + 1)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            position = (state >> 16) % n
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            received[position] ^= 1 + (state >> 16) % 255
        decoded, count = decode(received, nsym)
        if decoded is None:
            failed += 1
            decoded = received
        elif count == 0:
            clean += 1
        elif decoded == codeword:
            corrected += 1
        else:
            miscorrected += 1
        symbols_fixed += count
        for symbol in decoded[nsym:]:
            checksum = (checksum * 257 + symbol) % 1000000007
    return clean, corrected, failed, miscorrected, symbols_fixed, checksum
