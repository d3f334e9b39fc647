"""Run both sides of a pair on every case, compare, and optionally time them.

Usage: python -m harness.runner '<spec json>'

Spec: {"python_path", "extension_path", "name", "timing": bool, "budget_s": float}.
Results go out as JSON lines on the stdout the process started with; the user's own
prints are moved to stderr first, so nothing the pair prints can mix with the protocol.
Lines are flushed as they happen: if the compiled code crashes the process, the engine
still knows every finished case and which one was running.
"""

from __future__ import annotations

import copy
import gc
import importlib.util
import json
import math
import os
import statistics
import sys
import time
import traceback
from typing import Any, Callable, Dict, List, Tuple

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))  # the dataset folder: cnake_charmer and harness

from harness.canon import compare_outcomes, preview  # noqa: E402

_OUT = os.dup(1)
os.dup2(2, 1)


def emit(event: Dict[str, Any]) -> None:
    os.write(_OUT, (json.dumps(event, default=repr) + "\n").encode())


def load_module(module_name: str, path: str) -> Any:
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def call(func: Callable[..., Any], args: Tuple[Any, ...]) -> Tuple[Tuple[str, Any], float]:
    """One call on a private copy of the args (pairs may mutate their inputs)."""
    mine = copy.deepcopy(args)
    start = time.perf_counter()
    try:
        value = func(*mine)
        outcome: Tuple[str, Any] = ("value", value)
    except BaseException as exc:  # SystemExit and friends from user code are results too
        if isinstance(exc, MemoryError):
            # The memory limit was hit: that is the verdict. Stop here rather than run the other
            # cases into the same wall, which only burns the CPU budget (and turns it into a timeout).
            emit({"event": "memory"})
            os._exit(3)
        outcome = ("raise", type(exc).__name__, str(exc)[:500])  # type: ignore[assignment]
    return outcome, time.perf_counter() - start


def describe(outcome: Tuple[Any, ...]) -> Dict[str, Any]:
    if outcome[0] == "value":
        return {"ok": True, "value": preview(outcome[1])}
    return {"ok": False, "error": outcome[1], "message": outcome[2]}


def time_side(func: Callable[..., Any], args: Tuple[Any, ...], budget_s: float) -> Dict[str, Any]:
    """Calibrated repeats: enough calls to fill the budget, at least 3, at most 1000."""
    _, first = call(func, args)
    repeats = max(3, min(1000, math.ceil(budget_s / max(first, 1e-9))))
    samples: List[float] = []
    gc_was = gc.isenabled()
    gc.disable()
    try:
        for _ in range(repeats):
            mine = copy.deepcopy(args)
            start = time.perf_counter()
            func(*mine)
            samples.append(time.perf_counter() - start)
    finally:
        if gc_was:
            gc.enable()
    samples.sort()
    median = statistics.median(samples)
    q1 = samples[len(samples) // 4]
    q3 = samples[(3 * len(samples)) // 4]
    return {"median_s": median, "min_s": samples[0], "iqr_s": q3 - q1, "repeats": repeats}


def main() -> int:
    spec = json.loads(sys.argv[1])
    name = spec["name"]
    for path in spec.get("sys_path", []):
        sys.path.insert(0, path)  # the shared utility module the extension imports
    from cnake_charmer.benchmarks import REGISTRY

    for stage, module_name, path in (("import_python", f"{name}__python", spec["python_path"]),
                                     ("import_cython", name, spec["extension_path"])):
        try:
            load_module(module_name, path)
        except BaseException as exc:
            emit({"event": "error", "stage": stage, "error": type(exc).__name__, "message": str(exc)[:2000],
                  "traceback": traceback.format_exc(limit=8)[-4000:]})
            return 0
    py = REGISTRY.get(("python", name))
    cy = REGISTRY.get(("cython", name))
    if py is None or cy is None:
        side = "Python" if py is None else "Cython"
        emit({"event": "error", "stage": "register", "error": "LookupError",
              "message": f"the {side} module did not register a benchmark named {name!r}", "traceback": ""})
        return 0
    emit({"event": "loaded", "tolerance": py.tolerance})

    all_equal = True
    for index, args in enumerate(py.all_cases()):
        emit({"event": "case_start", "index": index})
        p_out, p_s = call(py.func, args)
        c_out, c_s = call(cy.func, args)
        why = compare_outcomes(p_out, c_out, py.tolerance)
        all_equal = all_equal and why is None
        emit({"event": "case", "index": index, "args": preview(args), "benchmark": index == len(py.cases),
              "python": describe(p_out), "cython": describe(c_out), "equal": why is None, "reason": why,
              "python_s": p_s, "cython_s": c_s})

    if spec.get("timing") and all_equal:
        budget = float(spec.get("budget_s", 0.3))
        p = time_side(py.func, py.args, budget)
        c = time_side(cy.func, py.args, budget)
        emit({"event": "timing", "python": p, "cython": c,
              "speedup": p["median_s"] / c["median_s"] if c["median_s"] > 0 else None})
    emit({"event": "done"})
    return 0


if __name__ == "__main__":
    sys.exit(main())
