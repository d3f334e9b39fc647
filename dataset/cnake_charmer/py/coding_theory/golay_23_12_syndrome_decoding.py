"""Binary Golay (23, 12) code: cyclic encoding and complete syndrome-table decoding.

Messages of 12 bits are encoded systematically with the generator polynomial
x^11 + x^10 + x^6 + x^5 + x^4 + x^2 + 1. Because the Golay code is perfect, the 2048
error patterns of weight at most 3 have distinct syndromes and fill the whole
syndrome space, so a dictionary from syndrome to coset leader corrects every pattern
of up to three errors and maps heavier ones to some (wrong) codeword.

Keywords: coding theory, Golay code, perfect code, cyclic code, syndrome decoding, coset leader
"""

from itertools import combinations

from cnake_charmer.benchmarks import python_benchmark

GOLAY_POLY = 0xC75
N, R = 23, 11


def _remainder(value):
    for i in range(N - 1, R - 1, -1):
        if (value >> i) & 1:
            value ^= GOLAY_POLY << (i - R)
    return value


def _leader_table():
    table = {}
    for weight in range(4):
        for positions in combinations(range(N), weight):
            pattern = sum(1 << p for p in positions)
            table.setdefault(_remainder(pattern), pattern)
    return table


@python_benchmark(args=(30000, 5, 29), cases=[(0, 3, 1), (300, 0, 2), (500, 3, 3), (500, 8, 4)])
def golay_23_12_syndrome_decoding(words: int, max_errors: int, seed: int):
    """Return (syndromes in table, exactly corrected, miscorrected, corrected bit total, checksum)."""
    table = _leader_table()
    state = seed & 0x7FFFFFFF
    corrected = miscorrected = flipped_total = 0
    checksum = 0
    for _ in range(words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        message = (state >> 16) & 0xFFF
        codeword = (message << R) | _remainder(message << R)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        received = codeword
        for _ in range((state >> 16) % (max_errors + 1)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            received ^= 1 << ((state >> 16) % N)
        leader = table[_remainder(received)]
        decoded = (received ^ leader) >> R
        flipped_total += bin(leader).count("1")
        if decoded == message:
            corrected += 1
        else:
            miscorrected += 1
        checksum = (checksum * 4099 + decoded) % 1000000007
    return len(table), corrected, miscorrected, flipped_total, checksum
