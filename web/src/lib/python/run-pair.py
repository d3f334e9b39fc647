# Runs a pair's Python side inside Pyodide: execute the source as its dataset module,
# find the function registered with @python_benchmark and call it on every case.
import json
import reprlib
import sys
import time
import traceback
import types

import cnake_charmer.benchmarks as benchmarks

_repr = reprlib.Repr()
_repr.maxstring = 120
_repr.maxother = 120
_repr.maxlist = _repr.maxtuple = _repr.maxdict = _repr.maxset = 12


def _error_line(exc, filename):
    for frame in reversed(traceback.extract_tb(exc.__traceback__)):
        if frame.filename == filename:
            return frame.lineno
    return getattr(exc, "lineno", None) if isinstance(exc, SyntaxError) else None


def run_pair(source, module_name):
    filename = module_name.rsplit(".", 1)[-1] + ".py"
    benchmarks.REGISTRY.clear()
    module = types.ModuleType(module_name)
    module.__file__ = filename
    sys.modules[module_name] = module
    try:
        exec(compile(source, filename, "exec"), module.__dict__)
        found = [b for (variant, _), b in benchmarks.REGISTRY.items() if variant == "python"]
        if not found:
            return json.dumps({"ok": False, "kind": "no-benchmark", "line": None,
                               "message": "No function is decorated with @python_benchmark(...)."})
        bench = found[0]
        cases = []
        started = time.perf_counter()
        for args in bench.all_cases():
            t0 = time.perf_counter()
            value = bench.func(*args)
            ms = (time.perf_counter() - t0) * 1000
            cases.append({"args": repr(args), "value": _repr.repr(value), "ms": ms, "benchmark": False})
        cases[-1]["benchmark"] = True
        total = (time.perf_counter() - started) * 1000
        return json.dumps({"ok": True, "name": bench.name, "cases": cases,
                           "benchmarkMs": cases[-1]["ms"], "totalMs": total})
    except KeyboardInterrupt:
        return json.dumps({"ok": False, "kind": "interrupted", "line": None, "message": "Stopped."})
    except BaseException as exc:  # the user's code may raise anything, SystemExit included
        text = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        tb = "".join(traceback.format_exception(exc)).strip()
        print(tb, file=sys.stderr)
        return json.dumps({"ok": False, "kind": "error", "line": _error_line(exc, filename), "message": text})
    finally:
        sys.modules.pop(module_name, None)
