"""Moore-Hodgson algorithm: minimise the number of late jobs on one machine.

Jobs with random processing times and due dates are taken in earliest-due-date order
and appended to the on-time sequence; whenever the newest job would finish late, the
longest job scheduled so far (the latest-numbered on ties) is moved to the late set,
which restores feasibility with the least lost processing. The optimal schedule runs
the on-time jobs in EDD order followed by the late ones. Returns the late-job count
and maximum lateness of plain EDD, the optimal late count, the processing time kept
on time, the maximum lateness of the final schedule, a checksum of the late set and
the first jobs removed.

Keywords: scheduling, moore hodgson, late jobs, single machine, due dates, edd, heap
"""

import heapq
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000, 3), cases=[(0, 1), (1, 2), (2, 3), (10, 4), (500, 5)])
def moore_hodgson_late_jobs(n: int, seed: int) -> Tuple[int, int, int, int, int, int, List[int]]:
    """Return (EDD late, EDD Lmax, optimal late, on-time work, final Lmax, late-set checksum, first removed)."""
    state = seed & 0x7FFFFFFF
    length, due = [], []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length.append(1 + (state >> 16) % 100)
    horizon = sum(length)
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        due.append((state >> 4) % (horizon * 9 // 10 + 1))

    edd = sorted(range(n), key=lambda j: (due[j], j))
    clock = 0
    edd_late = 0
    edd_lmax = None
    for j in edd:
        clock += length[j]
        edd_late += clock > due[j]
        edd_lmax = clock - due[j] if edd_lmax is None else max(edd_lmax, clock - due[j])

    on_time: List[Tuple[int, int]] = []
    late = set()
    removed: List[int] = []
    clock = 0
    for j in edd:
        heapq.heappush(on_time, (-length[j], -j))
        clock += length[j]
        if clock > due[j]:
            neg_len, neg_job = heapq.heappop(on_time)
            clock += neg_len
            late.add(-neg_job)
            if len(removed) < 8:
                removed.append(-neg_job)

    sequence = [j for j in edd if j not in late] + sorted(late)
    clock = 0
    final_lmax = None
    for j in sequence:
        clock += length[j]
        final_lmax = clock - due[j] if final_lmax is None else max(final_lmax, clock - due[j])
    checksum = 0
    for j in sorted(late):
        checksum = (checksum * 1000003 + j + 1) % 2147483647
    kept = sum(length[j] for j in range(n) if j not in late)
    return (edd_late, edd_lmax or 0, len(late), kept, final_lmax or 0, checksum, removed)
