"""SECDED extended Hamming (72, 64) code protecting 64-bit memory words.

Each 64-bit data word is spread over positions 1..71 of a 72-bit codeword, skipping
the power-of-two positions, which hold seven Hamming parity bits; position 0 holds an
overall parity bit. A channel injects 0..max_errors random bit flips per word; the
decoder's syndrome (XOR of set positions) and overall parity decide between clean,
single-error corrected, double-error detected and uncorrectable.

Keywords: coding theory, SECDED, extended Hamming code, ECC memory, syndrome, single error correction
"""

from cnake_charmer.benchmarks import python_benchmark

DATA_POSITIONS = [p for p in range(1, 72) if p & (p - 1)]


def _encode(data):
    bits = [0] * 72
    for i, pos in enumerate(DATA_POSITIONS):
        bits[pos] = (data >> i) & 1
    for j in range(7):
        parity = 0
        for pos in range(1, 72):
            if pos >> j & 1:
                parity ^= bits[pos]
        bits[1 << j] = parity
    bits[0] = sum(bits) & 1
    return bits


def _decode(bits):
    syndrome = 0
    for pos in range(1, 72):
        if bits[pos]:
            syndrome ^= pos
    overall = sum(bits) & 1
    status = "clean"
    if overall:
        if syndrome < 72:
            bits = list(bits)
            bits[syndrome] ^= 1
            status = "corrected"
        else:
            status = "detected"
    elif syndrome:
        status = "detected"
    data = 0
    for i, pos in enumerate(DATA_POSITIONS):
        data |= bits[pos] << i
    return data, status


@python_benchmark(args=(3000, 3, 21), cases=[(0, 2, 1), (50, 0, 2), (200, 1, 3), (200, 6, 4)])
def secded_72_64_extended_hamming(words: int, max_errors: int, seed: int):
    """Return ([clean, corrected, detected], wrong words not flagged as detected, checksum of data)."""
    state = seed & 0xFFFFFFFFFFFFFFFF
    counts = {"clean": 0, "corrected": 0, "detected": 0}
    miscorrected = 0
    checksum = 0
    for _ in range(words):
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        high = state >> 32
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        data = (high << 32) | (state >> 32)
        bits = _encode(data)
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        n_errors = (state >> 33) % (max_errors + 1)
        for _ in range(n_errors):
            state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            bits[(state >> 33) % 72] ^= 1
        decoded, status = _decode(bits)
        counts[status] += 1
        if status != "detected" and decoded != data:
            miscorrected += 1
        checksum = (checksum * 1000003 + (decoded % 1000000007)) % 1000000007
    return [counts["clean"], counts["corrected"], counts["detected"]], miscorrected, checksum
