"""Lex generated Python-like source code with a master regular expression.

Lines are assembled from statement templates (assignments, conditions, calls with
string and float literals, comments). A single alternation of named groups tokenises
the whole program; token kinds, keywords, integer literals and names are tallied.

Keywords: lexer, tokenizer, regular expression, source code, keywords, text
"""

import keyword
import re
from typing import Dict, Tuple

from cnake_charmer.benchmarks import python_benchmark

TOKEN = re.compile(
    r"(?P<COMMENT>#[^\n]*)|(?P<STRING>\"[^\"\n]*\")|(?P<NUMBER>\d+(?:\.\d+)?)"
    r"|(?P<NAME>[A-Za-z_]\w*)|(?P<OP>>=|<=|==|!=|[-+*/=<>():,.])|(?P<NEWLINE>\n)|(?P<SKIP>[ \t]+)"
)
NAMES = ["alpha", "beta", "count", "total", "x1", "item_2", "result", "for", "in", "not"]


@python_benchmark(args=(16000, 5), cases=[(0, 1), (1, 2), (6, 3), (120, 4)])
def source_code_lexer(n_lines: int, seed: int) -> Tuple[Dict[str, int], int, int, int, int]:
    """Return (tokens per kind, keywords, sum of integer literals, float literals, longest name)."""
    state = seed
    lines = []
    for _ in range(n_lines):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a, b = NAMES[state % 10], NAMES[(state >> 4) % 10]
        num = (state >> 8) % 1000
        kind = (state >> 18) % 5
        if kind == 0:
            lines.append(f"{a} = {b} + {num}")
        elif kind == 1:
            lines.append(f"if {a} >= {num}:")
        elif kind == 2:
            lines.append(f"    return {a} * ({b} - {num})  # note {num}")
        elif kind == 3:
            lines.append(f"def {a}({b}, {a}_{num}):")
        else:
            lines.append(f'    print("{b} {num}", {num}.5, {a} != {b})')
    source = "\n".join(lines) + "\n"
    counts: Dict[str, int] = {}
    keywords = int_sum = floats = longest = 0
    for match in TOKEN.finditer(source):
        kind = match.lastgroup
        text = match.group()
        if kind == "SKIP":
            continue
        counts[kind] = counts.get(kind, 0) + 1
        if kind == "NAME":
            keywords += keyword.iskeyword(text)
            longest = max(longest, len(text))
        elif kind == "NUMBER":
            if "." in text:
                floats += 1
            else:
                int_sum += int(text)
    return (counts, keywords, int_sum, floats, longest)
