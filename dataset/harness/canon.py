"""The one comparison rule for pair results.

Same container kinds and lengths; ints, strings, bytes and bools exact; floats within a
relative tolerance (NaN equals NaN); dicts by key; sets by membership. An exception is a
result too: two outcomes that raised are equal when the exception types match.
"""

from __future__ import annotations

import math
from typing import Any, Optional, Tuple

PREVIEW_CHARS = 400


def kind(value: Any) -> str:
    """The kind a value is compared as (bool before int: bool is an int subclass)."""
    if value is None:
        return "None"
    for t in (bool, int, float, complex, str, bytes, list, tuple, dict, set, frozenset):
        if isinstance(value, t):
            return t.__name__
    return type(value).__name__


def preview(value: Any, limit: int = PREVIEW_CHARS) -> str:
    """A bounded repr for reports; long values keep their head and tail."""
    try:
        text = repr(value)
    except Exception as exc:  # a user's __repr__ may raise
        text = f"<unrepresentable {type(value).__name__}: {exc}>"
    if len(text) > limit:
        half = limit // 2
        text = f"{text[:half]} …({len(text) - limit} chars)… {text[-half:]}"
    return text


def _floats_equal(a: float, b: float, rtol: float) -> bool:
    if a == b:
        return True
    if math.isnan(a) or math.isnan(b):
        return math.isnan(a) and math.isnan(b)
    if math.isinf(a) or math.isinf(b):
        return False
    return abs(a - b) <= rtol * max(abs(a), abs(b))


def compare(a: Any, b: Any, rtol: float, path: str = "") -> Optional[str]:
    """None when ``a`` and ``b`` are equal by the rule, else why not (with the path)."""
    ka, kb = kind(a), kind(b)
    where = path or "result"
    if ka != kb:
        return f"{where}: {ka} vs {kb} ({preview(a, 80)} vs {preview(b, 80)})"
    if ka == "float":
        return None if _floats_equal(a, b, rtol) else f"{where}: {a!r} vs {b!r}"
    if ka == "complex":
        ok = _floats_equal(a.real, b.real, rtol) and _floats_equal(a.imag, b.imag, rtol)
        return None if ok else f"{where}: {a!r} vs {b!r}"
    if ka in ("list", "tuple"):
        if len(a) != len(b):
            return f"{where}: length {len(a)} vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            why = compare(x, y, rtol, f"{path}[{i}]")
            if why:
                return why
        return None
    if ka == "dict":
        if a.keys() != b.keys():
            only_a = [k for k in a if k not in b][:3]
            only_b = [k for k in b if k not in a][:3]
            return f"{where}: keys differ (only left: {preview(only_a, 80)}, only right: {preview(only_b, 80)})"
        for k in a:
            why = compare(a[k], b[k], rtol, f"{path}[{k!r}]")
            if why:
                return why
        return None
    try:
        same = bool(a == b)
    except Exception as exc:
        return f"{where}: values cannot be compared ({type(exc).__name__}: {exc})"
    return None if same else f"{where}: {preview(a, 120)} vs {preview(b, 120)}"


Outcome = Tuple[str, Any]  # ("value", v) or ("raise", "ExceptionType")


def compare_outcomes(a: Outcome, b: Outcome, rtol: float) -> Optional[str]:
    """Compare two call outcomes: values by ``compare``, exceptions by type."""
    if a[0] == "raise" and b[0] == "raise":
        return None if a[1] == b[1] else f"raised {a[1]} vs {b[1]}"
    if a[0] == "raise":
        return f"Python raised {a[1]}, Cython returned {preview(b[1], 120)}"
    if b[0] == "raise":
        return f"Python returned {preview(a[1], 120)}, Cython raised {b[1]}"
    return compare(a[1], b[1], rtol)
