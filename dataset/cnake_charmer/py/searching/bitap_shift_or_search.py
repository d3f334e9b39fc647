"""Bitap (shift-or) search allowing up to one substitution.

The pattern is compiled into one bit mask per symbol; the state of all partial
matches is a single integer updated with shifts and ORs for every text character. A
second state vector tracks matches with one mismatch. Returns exact and approximate
match counts and the first approximate match end positions.

Keywords: bitap, shift-or, approximate matching, bit parallelism, Hamming distance
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400000, 8, 3), cases=[(0, 5, 1), (20, 1, 2), (300, 6, 3), (1000, 63, 4), (10, 0, 1), (10, 64, 1)])
def bitap_shift_or_search(text_len: int, pattern_len: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (exact matches, matches with <= 1 mismatch, first 10 end positions); 1 <= pattern_len <= 63."""
    if not 1 <= pattern_len <= 63:
        raise ValueError("pattern length must be in 1..63")
    state = seed & 0x7FFFFFFF
    text = []
    for _ in range(text_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text.append((state >> 14) % 4)
    pattern = [(i * 3 + i // 2) % 4 for i in range(pattern_len)]
    full = (1 << pattern_len) - 1
    masks = [full] * 4
    for i, sym in enumerate(pattern):
        masks[sym] &= ~(1 << i)
    exact_state = full
    approx_state = full
    high = 1 << (pattern_len - 1)
    exact = approx = 0
    ends = []
    for pos, sym in enumerate(text):
        old_exact = exact_state
        exact_state = ((exact_state << 1) | masks[sym]) & full
        approx_state = ((((approx_state << 1) | masks[sym]) & (old_exact << 1))) & full
        if not exact_state & high:
            exact += 1
        if not approx_state & high:
            approx += 1
            if len(ends) < 10:
                ends.append(pos)
    return exact, approx, ends
