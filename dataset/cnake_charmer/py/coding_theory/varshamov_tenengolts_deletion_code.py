"""Varshamov-Tenengolts codes: systematic encoding and Levenshtein single-deletion correction.

A word x_1..x_n belongs to VT_0(n) when sum(i * x_i) is divisible by n + 1. Data bits
fill the positions that are not powers of two; the power-of-two positions then spell
the deficiency in binary, which makes the checksum vanish. The channel deletes
0..max_deletions random bits; from a word one bit short, Levenshtein's rule (compare
the checksum deficiency with the received weight) tells whether a 0 or a 1 was lost
and where to reinsert it.

Keywords: coding theory, Varshamov-Tenengolts code, deletion channel, synchronisation errors, Levenshtein, checksum
"""

from cnake_charmer.benchmarks import python_benchmark


def is_power_of_two(position):
    return position & (position - 1) == 0


def vt_encode(data, n):
    word = [0] * (n + 1)  # 1-based, word[0] unused
    data_iter = iter(data)
    for position in range(1, n + 1):
        if not is_power_of_two(position):
            word[position] = next(data_iter)
    checksum = sum(i * bit for i, bit in enumerate(word))
    deficiency = -checksum % (n + 1)
    p = 1
    while p <= n:
        if deficiency & p:
            word[p] = 1
        p *= 2
    return word[1:]


def vt_restore(received, n):
    """Return the codeword of length n, or None if the word cannot be decoded."""
    if len(received) == n:
        checksum = sum((i + 1) * bit for i, bit in enumerate(received))
        return list(received) if checksum % (n + 1) == 0 else None
    if len(received) != n - 1:
        return None
    weight = sum(received)
    checksum = sum((i + 1) * bit for i, bit in enumerate(received))
    deficiency = -checksum % (n + 1)
    word = list(received)
    if deficiency <= weight:
        # a 0 was deleted: reinsert it with exactly `deficiency` ones to its right
        ones_right = 0
        position = len(word)
        while ones_right < deficiency:
            position -= 1
            ones_right += word[position]
        word.insert(position, 0)
    else:
        # a 1 was deleted: reinsert it with deficiency - weight - 1 zeros to its left
        zeros_left = 0
        position = 0
        target = deficiency - weight - 1
        while zeros_left < target or (position < len(word) and word[position] == 1):
            if word[position] == 0:
                zeros_left += 1
            position += 1
        word.insert(position, 1)
    return word


@python_benchmark(args=(2500, 120, 1, 23), cases=[(0, 20, 1, 1), (100, 30, 0, 2), (200, 16, 2, 3), (50, 3, 1, 4)])
def varshamov_tenengolts_deletion_code(words: int, n: int, max_deletions: int, seed: int):
    """Return (intact, corrected, undecodable, wrongly decoded, checksum of recovered data)."""
    data_positions = [p for p in range(1, n + 1) if not is_power_of_two(p)]
    state = seed & 0xFFFFFFFFFFFFFFFF
    intact = corrected = undecodable = wrong = 0
    checksum = 0
    for _ in range(words):
        data = []
        for _ in data_positions:
            state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
            data.append((state >> 33) & 1)
        codeword = vt_encode(data, n)
        received = list(codeword)
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        deletions = (state >> 33) % (max_deletions + 1)
        for _ in range(deletions):
            if received:
                state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
                del received[(state >> 33) % len(received)]
        restored = vt_restore(received, n)
        if restored is None:
            undecodable += 1
            continue
        if restored != codeword:
            wrong += 1
        elif deletions:
            corrected += 1
        else:
            intact += 1
        for p in data_positions:
            checksum = (checksum * 2 + restored[p - 1]) % 1000000007
    return intact, corrected, undecodable, wrong, checksum
