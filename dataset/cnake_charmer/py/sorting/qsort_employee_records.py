"""Sort employee records by department, salary descending, then id.

Each record is a (department, salary, id) tuple generated from an LCG. The records are
ordered with a composite key - department ascending, salary descending, id ascending -
and the function reports the first ids, a position-weighted checksum of the id order
and the top earner of every department.

Keywords: multi-key sort, records, composite key, qsort, comparator
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(50000, 31), cases=[(0, 1), (1, 2), (40, 3), (1000, -8)])
def qsort_employee_records(n: int, seed: int) -> Tuple[List[int], int, List[int]]:
    """Return (first 10 ids, order checksum, top earner id per department)."""
    state = seed & 0x7FFFFFFF
    records = []
    for ident in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        records.append((state % 16, (state >> 4) % 50000, ident))
    ordered = sorted(records, key=lambda r: (r[0], -r[1], r[2]))
    checksum = sum((pos + 1) * r[2] for pos, r in enumerate(ordered)) % 1000000007
    top = {}
    for dept, _, ident in ordered:
        top.setdefault(dept, ident)
    return [r[2] for r in ordered[:10]], checksum, [top[d] for d in sorted(top)]
