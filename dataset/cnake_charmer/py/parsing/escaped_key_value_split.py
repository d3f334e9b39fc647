"""Split ``key=value;...`` records that use backslash escapes.

Values may contain the separators ``;`` and ``=`` and the backslash itself, escaped as
``\\;``, ``\\=`` and ``\\\\``. A small character loop with an escape flag splits each
record into pairs and unescapes keys and values.

Keywords: escaping, key value, delimiter, state machine, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

ALPHABET = "ab;=\\xyz"


def _escape(s: str) -> str:
    return "".join("\\" + ch if ch in ";=\\" else ch for ch in s)


def _split(record: str) -> List[Tuple[str, str]]:
    pairs = []
    key = None
    cur: List[str] = []
    escaped = False
    for ch in record:
        if escaped:
            cur.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "=" and key is None:
            key = "".join(cur)
            cur = []
        elif ch == ";":
            pairs.append((key or "", "".join(cur)))
            key = None
            cur = []
        else:
            cur.append(ch)
    if key is not None or cur:
        pairs.append((key or "", "".join(cur)))
    return pairs


@python_benchmark(args=(8000, 4), cases=[(0, 1), (1, 2), (7, 3), (120, 4)])
def escaped_key_value_split(m: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[str, str]]]:
    """Return (pairs, values containing a separator, longest value, checksum, first 4 pairs)."""
    state = seed
    n_pairs = with_sep = longest = checksum = 0
    first: List[Tuple[str, str]] = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        items = []
        for p in range(1 + state % 6):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            value = []
            for _ in range((state >> 4) % 12):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                value.append(ALPHABET[(state >> 9) % 8])
            items.append(f"k{p}=" + _escape("".join(value)))
        for key, value in _split(";".join(items)):
            n_pairs += 1
            with_sep += (";" in value) or ("=" in value)
            longest = max(longest, len(value))
            for ch in key + "|" + value:
                checksum = (checksum * 31 + ord(ch)) & 0xFFFFFFFF
            if len(first) < 4:
                first.append((key, value))
    return (n_pairs, with_sep, longest, checksum, first)
