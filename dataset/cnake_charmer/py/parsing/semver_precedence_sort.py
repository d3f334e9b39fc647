"""Parse semantic version strings and sort them by precedence.

Versions look like ``2.11.4`` or ``1.0.3-rc.2``. A release sorts after its own
pre-releases, and pre-releases order by label (alpha < beta < rc) then number; the
sorted list is summarised by its ends and a checksum.

Keywords: semver, version parsing, sort key, precedence, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

LABELS = ["alpha", "beta", "rc"]


def _key(version: str) -> Tuple[int, int, int, int, int, int]:
    core, _, pre = version.partition("-")
    major, minor, patch = (int(x) for x in core.split("."))
    if not pre:
        return (major, minor, patch, 1, 0, 0)
    label, num = pre.split(".")
    return (major, minor, patch, 0, LABELS.index(label), int(num))


@python_benchmark(args=(25000, 6), cases=[(0, 1), (1, 2), (12, 3), (300, 4)])
def semver_precedence_sort(m: int, seed: int) -> Tuple[int, List[str], List[str], int]:
    """Return (distinct versions, first 8 sorted, last 4 sorted, checksum of sorted text)."""
    state = seed
    versions = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text = f"{state % 4}.{(state >> 3) % 16}.{(state >> 8) % 31}"
        if (state >> 14) % 3 == 0:
            text += f"-{LABELS[(state >> 17) % 3]}.{(state >> 20) % 6}"
        versions.append(text)
    ordered = sorted(versions, key=_key)
    checksum = 0
    for v in ordered:
        for ch in v:
            checksum = (checksum * 131 + ord(ch)) & 0xFFFFFFFF
    return (len(set(versions)), ordered[:8], ordered[-4:], checksum)
