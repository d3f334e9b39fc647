"""Product of two Hamming (15, 11) codes with iterative row/column decoding.

An 11 x 11 block of data bits is placed into a 15 x 15 array; every row and then every
column is made a Hamming (15, 11) codeword (parity at positions 1, 2, 4, 8, so the
syndrome of a word is the XOR of its set positions). After a binary symmetric channel,
the decoder alternates passes over rows and over columns, flipping the bit each
nonzero syndrome points at, until all syndromes vanish or the pass budget runs out.
Patterns a single pass cannot fix (two errors in a row) are often cleared by the
other direction.

Keywords: coding theory, product code, Hamming code, iterative decoding, turbo product code, syndrome, block code
"""

from cnake_charmer.benchmarks import python_benchmark

N = 15
DATA_POSITIONS = [p for p in range(1, N + 1) if p & (p - 1)]


def syndrome(word):
    s = 0
    for position, bit in enumerate(word, start=1):
        if bit:
            s ^= position
    return s


def encode_word(data_bits):
    word = [0] * N
    for position, bit in zip(DATA_POSITIONS, data_bits):
        word[position - 1] = bit
    s = syndrome(word)
    for j in range(4):
        word[(1 << j) - 1] = (s >> j) & 1
    return word


def encode_block(data):
    rows = [[0] * N for _ in range(N)]
    for position, chunk in zip(DATA_POSITIONS, data):
        rows[position - 1] = encode_word(chunk)
    for col in range(N):
        column = encode_word([rows[p - 1][col] for p in DATA_POSITIONS])
        for r in range(N):
            rows[r][col] = column[r]
    return rows


def decode_block(rows, max_passes):
    """Return number of bits flipped by the decoder."""
    flipped = 0
    for half in range(max_passes):
        changed = False
        if half % 2 == 0:
            for row in rows:
                s = syndrome(row)
                if s:
                    row[s - 1] ^= 1
                    flipped += 1
                    changed = True
        else:
            for col in range(N):
                s = syndrome([rows[r][col] for r in range(N)])
                if s:
                    rows[s - 1][col] ^= 1
                    flipped += 1
                    changed = True
        if not changed and half > 0:
            break
    return flipped


@python_benchmark(args=(900, 20, 8, 19), cases=[(0, 10, 4, 1), (20, 0, 4, 2), (40, 30, 6, 3), (30, 80, 1, 4), (30, 12, 0, 5)])
def hamming_product_code_iterative(blocks: int, flip_per_thousand: int, max_passes: int, seed: int):
    """Return (clean blocks, residual-error blocks, channel flips, decoder flips, data errors, checksum)."""
    state = seed & 0x7FFFFFFF
    clean = dirty = channel_flips = decoder_flips = data_errors = 0
    checksum = 0
    for _ in range(blocks):
        data = []
        for _ in range(len(DATA_POSITIONS)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            chunk = (state >> 16) & 0x7FF
            data.append([(chunk >> i) & 1 for i in range(len(DATA_POSITIONS))])
        rows = encode_block(data)
        for row in rows:
            for c in range(N):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if (state >> 16) % 1000 < flip_per_thousand:
                    row[c] ^= 1
                    channel_flips += 1
        decoder_flips += decode_block(rows, max_passes)
        errors = 0
        for r, p in enumerate(DATA_POSITIONS):
            for c, q in enumerate(DATA_POSITIONS):
                bit = rows[p - 1][q - 1]
                errors += bit != data[r][c]
                checksum = (checksum * 2 + bit) % 1000000007
        data_errors += errors
        if errors:
            dirty += 1
        else:
            clean += 1
    return clean, dirty, channel_flips, decoder_flips, data_errors, checksum
