"""Split programming identifiers into lower-case words.

Identifiers such as ``parseHTTPResponse2Json`` or ``get_XMLValue`` are broken at case
changes, acronym boundaries, digit runs and underscores with a regular expression, the
preprocessing step of code-search and identifier-naming tools.

Keywords: camelcase, identifiers, word splitting, regular expression, tokenizer, text
"""

import re
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

LOWER = ["get", "set", "value", "name", "parse", "to", "from", "list", "user", "id"]
ACRONYM = ["HTTP", "XML", "ID", "URL", "JSON", "IO"]
PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


@python_benchmark(args=(25000, 3), cases=[(0, 1), (1, 2), (8, 3), (300, 4)])
def camelcase_identifier_split(m: int, seed: int) -> Tuple[int, int, List[Tuple[str, int]], List[List[str]]]:
    """Return (words, distinct words, top 5 (word, count), splits of the first 3 identifiers)."""
    state = seed
    counts: Counter = Counter()
    total = 0
    first = []
    for k in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        parts = []
        for p in range(2 + state % 4):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            kind = state % 5
            if kind == 0 or p == 0:
                parts.append(LOWER[(state >> 8) % 10])
            elif kind == 1:
                parts.append(LOWER[(state >> 8) % 10].capitalize())
            elif kind == 2:
                parts.append(ACRONYM[(state >> 8) % 6])
            elif kind == 3:
                parts.append(str((state >> 8) % 100))
            else:
                parts.append("_")
        words = [w.lower() for w in PART.findall("".join(parts))]
        counts.update(words)
        total += len(words)
        if k < 3:
            first.append(words)
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    return (total, len(counts), top, first)
