"""A warm compiler service: Cython imported once, then one request per JSON line.

Importing Cython and loading its utility code costs ~0.5 s; after that a transpile takes
~15-30 ms (../shared/FACTS.md). The engine keeps a few of these processes alive and
hands each one job at a time.

Requests (stdin) and responses (stdout) are JSON lines with an ``id``:
  {"id", "op": "form", "python", "cython", "expected_name"?, "strict"?}
  {"id", "op": "transpile", "dir", "module", "cplus", "shared"?} — reads <dir>/<module>.pyx and
     writes <module>.c or .cpp beside it, with per-line annotation scores.
  {"id", "op": "generate_shared", "path"} — the C of the shared utility module.
  {"id", "op": "ping"}
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import sys
import traceback
from typing import Any, Dict, List

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))

from harness.annotation import read_annotation  # noqa: E402
from harness.form import check_form  # noqa: E402

_OUT = os.dup(1)
os.dup2(2, 1)

_DIAG = re.compile(r"^(?P<warn>warning: )?(?P<file>[^:\n]+\.pyx):(?P<line>\d+):(?P<col>\d+): (?P<msg>.*)$", re.M)


def generate_shared(path: str) -> Dict[str, Any]:
    """Write the C of Cython's shared utility module (built once, imported by every module)."""
    from Cython.Build.SharedModule import generate_shared_module
    from Cython.Compiler import Main

    captured = io.StringIO()
    with contextlib.redirect_stderr(captured), contextlib.redirect_stdout(captured):
        generate_shared_module(Main.CompilationOptions(Main.default_options, shared_c_file_path=path, language_level=3))
    return {"ok": os.path.exists(path), "message": captured.getvalue()[-2000:]}


def transpile(job_dir: str, module: str, cplus: bool, shared: Any = None) -> Dict[str, Any]:
    from Cython.Compiler import Errors, Main

    source = os.path.join(job_dir, module + ".pyx")
    options = Main.CompilationOptions(Main.default_options, annotate=True, language_level=3, cplus=cplus,
                                      shared_utility_qualified_name=shared or None)
    captured = io.StringIO()
    Errors.init_thread()
    with contextlib.redirect_stderr(captured), contextlib.redirect_stdout(captured):
        try:
            result = Main.compile_single(source, options, module)
            errors = result.num_errors
        except Exception as exc:  # Cython raises on some fatal errors (e.g. an unreadable include)
            errors = 1
            captured.write(f"{module}.pyx:1:0: {type(exc).__name__}: {exc}\n")
    text = captured.getvalue()
    diagnostics: List[Dict[str, Any]] = []
    for m in _DIAG.finditer(text):
        diagnostics.append({"line": int(m["line"]), "column": int(m["col"]) + 1,
                            "severity": "warning" if m["warn"] else "error", "message": m["msg"].strip()})
    ok = errors == 0
    if not ok and not any(d["severity"] == "error" for d in diagnostics):
        diagnostics.append({"line": 1, "column": 1, "severity": "error",
                            "message": text.strip()[-2000:] or "Cython failed without a message"})
    out: Dict[str, Any] = {"ok": ok, "diagnostics": diagnostics}
    if ok:
        c_name = module + (".cpp" if cplus else ".c")
        out["c_file"] = os.path.join(job_dir, c_name)
        html = os.path.join(job_dir, module + ".html")
        with open(source, encoding="utf-8") as f:
            pyx = f.read()
        out["annotation"] = read_annotation(html, pyx)
    return out


def handle(request: Dict[str, Any]) -> Dict[str, Any]:
    op = request.get("op")
    if op == "ping":
        import sysconfig

        import Cython
        return {"ok": True, "cython": Cython.__version__, "python": sys.version.split()[0],
                "include": sysconfig.get_paths()["include"], "ext_suffix": sysconfig.get_config_var("EXT_SUFFIX")}
    if op == "form":
        return check_form(request["python"], request["cython"], request.get("expected_name"),
                          bool(request.get("strict")))
    if op == "transpile":
        return transpile(request["dir"], request["module"], bool(request.get("cplus")), request.get("shared"))
    if op == "generate_shared":
        return generate_shared(request["path"])
    return {"ok": False, "fault": f"unknown op {op!r}"}


def main() -> None:
    try:
        from Cython.Compiler import Main  # noqa: F401  (warm the import before the first job)
    except ImportError:
        sys.stderr.write(f"Cython is not installed in {sys.prefix}: run `npm install` (it installs dataset/requirements.txt)\n")
        sys.exit(3)

    for line in sys.stdin:
        if not line.strip():
            continue
        request: Dict[str, Any] = {}
        try:
            request = json.loads(line)
            response = handle(request)
        except Exception as exc:
            response = {"ok": False, "fault": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
        response["id"] = request.get("id")
        os.write(_OUT, (json.dumps(response, default=repr) + "\n").encode())


if __name__ == "__main__":
    main()
