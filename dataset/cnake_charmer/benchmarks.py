"""Registration decorators for dataset pairs.

Each pair registers one function per side::

    from cnake_charmer.benchmarks import python_benchmark

    @python_benchmark(args=(10000,), cases=[(0,), (1,), (15,)])
    def fizzbuzz(n: int) -> list[str]: ...

and, in the mirrored ``.pyx``::

    from cnake_charmer.benchmarks import cython_benchmark

    @cython_benchmark(args=(10000,))
    @cython.boundscheck(False)
    def fizzbuzz(int n): ...

The decorators only record what the engine needs (name, variant, category, benchmark
args, equivalence cases, float tolerance) and hand the function back unchanged, so a
decorated call costs nothing and the module behaves the same in CPython, compiled
Cython and Pyodide. The engine reads the declarations statically from the sources
(``dataset/harness/form.py``); this registry is what code running a module sees.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Dict, Optional, Sequence, Tuple, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

#: Floats compare within this relative tolerance unless a pair declares a looser one.
DEFAULT_TOLERANCE = 1e-9
#: The loosest tolerance a pair may declare.
MAX_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Benchmark:
    """One registered side of a pair."""

    name: str
    variant: str  # "python" or "cython"
    category: Optional[str]
    module: str
    args: Tuple[Any, ...]
    cases: Tuple[Tuple[Any, ...], ...]
    tolerance: float
    func: Callable[..., Any]

    def all_cases(self) -> Tuple[Tuple[Any, ...], ...]:
        """Equivalence inputs: the declared cases, then the benchmark args (always a case)."""
        return self.cases + (self.args,)


#: Registered benchmarks keyed by (variant, name).
REGISTRY: Dict[Tuple[str, str], Benchmark] = {}


def _category_of(module: str) -> Optional[str]:
    # cnake_charmer.<py|cy>.<category>.<name>; a module compiled on its own has none.
    parts = module.split(".")
    if len(parts) >= 4 and parts[0] == "cnake_charmer" and parts[1] in ("py", "cy"):
        return parts[2]
    return None


def _as_case(value: Any) -> Tuple[Any, ...]:
    if not isinstance(value, tuple):
        raise TypeError(f"a case is a tuple of positional arguments, got {type(value).__name__}: {value!r}")
    return value


def _register(variant: str, args: Tuple[Any, ...], cases: Sequence[Tuple[Any, ...]],
              tolerance: Optional[float]) -> Callable[[F], F]:
    args = _as_case(args)
    case_list = tuple(_as_case(c) for c in cases)
    tol = DEFAULT_TOLERANCE if tolerance is None else float(tolerance)
    if not 0 <= tol <= MAX_TOLERANCE:
        raise ValueError(f"tolerance must be between 0 and {MAX_TOLERANCE}, got {tolerance!r}")

    def register(func: F) -> F:
        module = getattr(func, "__module__", None) or "__main__"
        name = func.__name__
        REGISTRY[(variant, name)] = Benchmark(
            name=name, variant=variant, category=_category_of(module), module=module,
            args=args, cases=case_list, tolerance=tol, func=func,
        )
        return func

    return register


def python_benchmark(args: Tuple[Any, ...] = (), cases: Sequence[Tuple[Any, ...]] = (),
                     tolerance: Optional[float] = None) -> Callable[[F], F]:
    """Register the Python side of a pair.

    ``args`` are the benchmark arguments (also checked for equivalence), ``cases`` extra
    equivalence inputs, ``tolerance`` a looser relative float tolerance (at most 1e-6).
    """
    return _register("python", args, cases, tolerance)


def cython_benchmark(args: Tuple[Any, ...] = (), cases: Sequence[Tuple[Any, ...]] = (),
                     tolerance: Optional[float] = None) -> Callable[[F], F]:
    """Register the Cython side of a pair; ``args`` must equal the Python side's."""
    return _register("cython", args, cases, tolerance)
