"""Jaro-Winkler similarity of many pseudo-random name pairs.

Each pair of short names is compared with the Jaro similarity (matching characters in a
sliding window, minus half the transpositions) boosted by the Winkler common-prefix
bonus; record-linkage tools use it to match misspelt names.

Keywords: jaro winkler, string similarity, record linkage, fuzzy matching, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _jaro_winkler(s: str, t: str) -> float:
    if not s and not t:
        return 1.0
    if not s or not t:
        return 0.0
    window = max(max(len(s), len(t)) // 2 - 1, 0)
    s_hit = [False] * len(s)
    t_hit = [False] * len(t)
    matches = 0
    for i, ch in enumerate(s):
        for j in range(max(0, i - window), min(len(t), i + window + 1)):
            if not t_hit[j] and t[j] == ch:
                s_hit[i] = t_hit[j] = True
                matches += 1
                break
    if matches == 0:
        return 0.0
    s_m = [c for c, h in zip(s, s_hit) if h]
    t_m = [c for c, h in zip(t, t_hit) if h]
    trans = sum(a != b for a, b in zip(s_m, t_m))
    jaro = (matches / len(s) + matches / len(t) + (matches - trans / 2.0) / matches) / 3.0
    prefix = 0
    for a, b in zip(s[:4], t[:4]):
        if a != b:
            break
        prefix += 1
    return jaro + prefix * 0.1 * (1.0 - jaro)


@python_benchmark(args=(15000, 13), cases=[(0, 1), (1, 2), (6, 3), (50, 4)])
def jaro_winkler_scores(m: int, seed: int) -> Tuple[float, float, float, List[float]]:
    """Return (sum, max, min, first 5) of the similarities of m name pairs."""
    letters = "aeimnorst"
    state = seed
    scores = []
    for _ in range(m):
        names = []
        for _ in range(2):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            length = state % 9
            chars = []
            for _ in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                chars.append(letters[(state >> 7) % 9])
            names.append("".join(chars))
        scores.append(_jaro_winkler(names[0], names[1]))
    if not scores:
        return (0.0, 0.0, 0.0, [])
    return (sum(scores), max(scores), min(scores), scores[:5])
