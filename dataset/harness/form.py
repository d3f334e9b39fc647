"""Static form checks of a pair: nothing here runs the submitted code.

The declarations (benchmark args, cases, tolerance) must be literals so that they can be
read from the sources alone, by the CLI, the server and the browser alike.
"""

from __future__ import annotations

import ast
import re
import sys
from typing import Any, Dict, List, Optional, Tuple

from harness.canon import preview

ALLOWED_PACKAGES = {"cnake_charmer.benchmarks"}
STDLIB = set(sys.stdlib_module_names) | {"__future__"}
MAX_TOLERANCE = 1e-6
MIN_CASES = 3


class FormProblems:
    def __init__(self) -> None:
        self.items: List[Dict[str, Any]] = []

    def add(self, side: str, message: str, line: int = 1, column: int = 1) -> None:
        self.items.append({"side": side, "line": line, "column": column, "message": message})


def _literal(node: ast.AST, what: str, side: str, problems: FormProblems) -> Any:
    try:
        return ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError):
        problems.add(side, f"{what} must be a literal (numbers, strings, tuples, lists, dicts)",
                     getattr(node, "lineno", 1), getattr(node, "col_offset", 0) + 1)
        return None


def _decorator_kwargs(call: ast.Call, side: str, problems: FormProblems) -> Dict[str, Any]:
    out: Dict[str, Any] = {}
    names = ("args", "cases", "tolerance")
    for i, arg in enumerate(call.args[:3]):
        out[names[i]] = _literal(arg, names[i], side, problems)
    for kw in call.keywords:
        if kw.arg not in names:
            problems.add(side, f"unknown decorator argument {kw.arg!r} (expected args, cases, tolerance)",
                         kw.value.lineno, kw.value.col_offset + 1)
            continue
        out[kw.arg] = _literal(kw.value, kw.arg, side, problems)
    return out


def _check_imports(tree: ast.Module, problems: FormProblems) -> None:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                problems.add("python", "relative imports are not allowed: a pair is self-contained",
                             node.lineno, node.col_offset + 1)
                continue
            modules = [node.module or ""]
            if node.module == "cnake_charmer":
                modules = [f"cnake_charmer.{alias.name}" for alias in node.names]
        else:
            continue
        for mod in modules:
            if mod in ALLOWED_PACKAGES or mod.split(".")[0] in STDLIB:
                continue
            problems.add("python", f"import of {mod!r}: the Python side may import only the standard "
                         "library and cnake_charmer.benchmarks", node.lineno, node.col_offset + 1)


def _python_side(source: str, problems: FormProblems) -> Optional[Tuple[str, Dict[str, Any], int, str]]:
    """The decorated function's name, declarations and line, and the module docstring."""
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        problems.add("python", f"syntax error: {exc.msg}", exc.lineno or 1, exc.offset or 1)
        return None
    _check_imports(tree, problems)
    found = []
    for node in tree.body:
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for dec in node.decorator_list:
            if isinstance(dec, ast.Call) and getattr(dec.func, "id", getattr(dec.func, "attr", None)) == "python_benchmark":
                found.append((node.name, _decorator_kwargs(dec, "python", problems), node.lineno))
    if not found:
        problems.add("python", "no function decorated with @python_benchmark(args=...)")
        return None
    if len(found) > 1:
        problems.add("python", f"{len(found)} functions decorated with @python_benchmark; a pair has exactly one",
                     found[1][2])
    return (*found[0], ast.get_docstring(tree) or "")


_CY_DECORATOR = re.compile(r"^[ \t]*@cython_benchmark\s*\(", re.M)
_CY_DEF = re.compile(r"^[ \t]*(?:async\s+)?def\s+([A-Za-z_]\w*)\s*\(", re.M)


def _balanced_call(source: str, open_paren: int) -> Optional[str]:
    """The text of a call from its '(' to the matching ')' (strings are respected)."""
    depth, i, quote = 0, open_paren, None
    while i < len(source):
        ch = source[i]
        if quote:
            if ch == "\\":
                i += 1
            elif source.startswith(quote, i):
                i += len(quote) - 1
                quote = None
        elif ch in "\"'":
            quote = source[i:i + 3] if source[i:i + 3] in ('"""', "'''") else ch
            i += len(quote) - 1
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return source[open_paren:i + 1]
        i += 1
    return None


def _cython_side(source: str, problems: FormProblems) -> Optional[Tuple[str, Dict[str, Any], int]]:
    matches = list(_CY_DECORATOR.finditer(source))
    if not matches:
        problems.add("cython", "no function decorated with @cython_benchmark(args=...)")
        return None
    if len(matches) > 1:
        problems.add("cython", f"{len(matches)} functions decorated with @cython_benchmark; a pair has exactly one",
                     source.count("\n", 0, matches[1].start()) + 1)
    m = matches[0]
    line = source.count("\n", 0, m.start()) + 1
    call_text = _balanced_call(source, m.end() - 1)
    if call_text is None:
        problems.add("cython", "unclosed parenthesis in @cython_benchmark(...)", line)
        return None
    try:
        call = ast.parse("f" + call_text, mode="eval").body
    except SyntaxError as exc:
        problems.add("cython", f"cannot read @cython_benchmark arguments: {exc.msg}", line)
        return None
    sub = FormProblems()
    kwargs = _decorator_kwargs(call, "cython", sub)  # type: ignore[arg-type]
    for p in sub.items:
        problems.add("cython", p["message"], line)
    # The decorated function follows, perhaps after more decorators (cython directives).
    rest = source[m.start() + len(call_text):]
    d = _CY_DEF.search(rest)
    between = rest[:d.start()] if d else rest
    if not d or any(l.strip() and not l.strip().startswith(("@", "#")) for l in between.splitlines()[1:]):
        problems.add("cython", "@cython_benchmark must decorate a `def` function (cpdef/cdef cannot be decorated)", line)
        return None
    return d.group(1), kwargs, line


def _check_dataset_rules(doc: str, cases: Any, problems: FormProblems) -> None:
    """Rules for pairs in the dataset (drafts in the browser may skip them while in progress)."""
    if len(cases) < MIN_CASES:
        problems.add("python", f"declare at least {MIN_CASES} extra cases (edge inputs such as 0, 1, empty), "
                     f"found {len(cases)}")
    if not doc:
        problems.add("python", "add a module docstring: a summary and a `Keywords:` line")
    elif not re.search(r"^Keywords:\s*\S", doc, re.M):
        problems.add("python", "the module docstring needs a `Keywords: a, b, c` line")


def check_form(python: str, cython: str, expected_name: Optional[str] = None,
               strict: bool = False) -> Dict[str, Any]:
    """Check a pair's form. Returns name, args, cases, tolerance and the problems found.

    ``strict`` adds the dataset's rules (docstring with keywords, at least three cases).
    """
    problems = FormProblems()
    py = _python_side(python, problems)
    cy = _cython_side(cython, problems)
    result: Dict[str, Any] = {"ok": False, "name": None, "args": None, "cases": [], "tolerance": None}
    if py:
        name, kw, line, doc = py
        result["name"] = name
        args = kw.get("args", ())
        cases = kw.get("cases", ()) or ()
        tol = kw.get("tolerance")
        if not isinstance(args, tuple):
            problems.add("python", "args must be a tuple of positional arguments, e.g. args=(10000,)", line)
        if not isinstance(cases, (list, tuple)) or not all(isinstance(c, tuple) for c in cases):
            problems.add("python", "cases must be a list of argument tuples, e.g. cases=[(0,), (1,)]", line)
            cases = []
        if tol is not None and (not isinstance(tol, (int, float)) or not 0 <= tol <= MAX_TOLERANCE):
            problems.add("python", f"tolerance must be a number between 0 and {MAX_TOLERANCE}", line)
        if expected_name is not None and name != expected_name:
            problems.add("python", f"the function is named {name!r} but the file is {expected_name!r}.py: "
                         "name them the same", line)
        if strict:
            _check_dataset_rules(doc, cases, problems)
        result.update(args=preview(args), cases=[preview(c) for c in cases], tolerance=tol)
        if cy:
            cy_name, cy_kw, cy_line = cy
            if cy_name != name:
                problems.add("cython", f"the Cython function is named {cy_name!r}, the Python one {name!r}", cy_line)
            if cy_kw.get("args", ()) != args:
                problems.add("cython", f"benchmark args differ: Python {args!r}, Cython {cy_kw.get('args', ())!r}",
                             cy_line)
    result["problems"] = problems.items
    result["ok"] = not problems.items
    return result
