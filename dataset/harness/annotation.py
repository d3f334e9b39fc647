"""Read Cython's annotated HTML into a Python-interaction score per .pyx line.

Cython marks each source line with ``score-N`` (how many Python C-API calls its C code
makes) and follows it with the C it became. Blank, comment and docstring-only lines are
not code and are left out of the pair-level figures.
"""

from __future__ import annotations

import html
import io
import re
import tokenize
from typing import Any, Dict, List, Set

_LINE = re.compile(r'<pre class="cython line score-(\d+)"[^>]*>.*?<span class="">(\d+)</span>:')
_CODE = re.compile(r"\s*<pre class='cython code score-\d+ '>(.*?)</pre>", re.S)
_TAG = re.compile(r"<[^>]+>")
C_CHARS = 4000


def code_lines(source: str) -> Set[int]:
    """Lines holding code: not blank, not only a comment, not only a docstring."""
    lines: Set[int] = set()
    try:
        for tok in tokenize.generate_tokens(io.StringIO(source).readline):
            if tok.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
                            tokenize.DEDENT, tokenize.ENDMARKER, tokenize.STRING):
                continue
            lines.update(range(tok.start[0], tok.end[0] + 1))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        for i, text in enumerate(source.splitlines(), 1):
            if text.strip() and not text.strip().startswith("#"):
                lines.add(i)
    return lines


def read_annotation(html_path: str, source: str) -> Dict[str, Any]:
    with open(html_path, encoding="utf-8") as f:
        page = f.read()
    scores: Dict[int, int] = {}
    c_code: Dict[int, str] = {}
    for m in _LINE.finditer(page):
        line, score = int(m[2]), int(m[1])
        scores[line] = score
        # A line that became C is followed by its C in a block of its own.
        code = _CODE.match(page, page.find("</pre>", m.end()) + 6)
        if code:
            c_code[line] = html.unescape(_TAG.sub("", code[1]))[:C_CHARS]
    counted = code_lines(source)
    rows: List[Dict[str, Any]] = []
    for line in sorted(scores):
        row: Dict[str, Any] = {"line": line, "score": scores[line], "code": line in counted}
        if line in c_code:
            row["c"] = c_code[line]
        rows.append(row)
    code_rows = [r for r in rows if r["code"]]
    python_lines = sum(1 for r in code_rows if r["score"] > 0)
    return {
        "lines": rows,
        "code_lines": len(code_rows),
        "python_lines": python_lines,
        "score_total": sum(r["score"] for r in code_rows),
        # Share of code lines that still call into the Python C-API: 0 is pure C.
        "python_fraction": python_lines / len(code_rows) if code_rows else 0.0,
    }
