"""Fully justify a stream of pseudo-random words to a fixed line width.

Words are packed greedily into lines of ``width`` characters; the gaps of every line
but the last are widened with extra spaces, leftmost gaps first, as a typesetter or
``fmt``-style tool would do.

Keywords: justification, line breaking, text layout, padding, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 40, 2), cases=[(0, 20, 1), (1, 10, 2), (9, 12, 3), (200, 30, 4)])
def text_full_justify(n_words: int, width: int, seed: int) -> Tuple[int, int, List[str], int]:
    """Return (line count, most spaces in a line, first 3 lines, checksum of all lines)."""
    state = seed
    words = []
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 9
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        words.append(chr(97 + state % 26) * length)
    lines = []
    i = 0
    while i < len(words):
        j = i
        used = 0
        while j < len(words) and used + len(words[j]) + (j - i) <= width:
            used += len(words[j])
            j += 1
        if j == i:
            j = i + 1
            used = len(words[i])
        line_words = words[i:j]
        gaps = len(line_words) - 1
        if j == len(words) or gaps == 0:
            line = " ".join(line_words).ljust(width)
        else:
            spaces = width - used
            base, extra = divmod(spaces, gaps)
            parts = []
            for k, w in enumerate(line_words[:-1]):
                parts.append(w + " " * (base + (1 if k < extra else 0)))
            parts.append(line_words[-1])
            line = "".join(parts)
        lines.append(line)
        i = j
    most = max((line.rstrip().count(" ") for line in lines), default=0)
    checksum = 0
    for line in lines:
        for ch in line:
            checksum = (checksum * 31 + ord(ch)) & 0xFFFFFFFF
    return (len(lines), most, lines[:3], checksum)
