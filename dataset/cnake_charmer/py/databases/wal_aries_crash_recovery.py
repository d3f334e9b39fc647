"""ARIES-style crash recovery from a write-ahead log: analysis, redo and undo.

A workload of concurrent transactions updates slots of fixed pages under strict
slot-level locking; every update is logged with before and after images and a link to
the transaction's previous record. Aborts write compensating updates, commits a commit
record, pages are flushed to disk at random (stamped with their page LSN) and fuzzy
checkpoints record the active transactions and the dirty page table. After the crash
only the disk pages and the log survive. Recovery runs analysis from the last
checkpoint, redo from the oldest recovery LSN (skipping pages already up to date) and
undo of the loser transactions by following their prevLSN chains, newest first.
Returns log and checkpoint counts, winners and losers, redo applied and skipped, undo
steps, lock conflicts, a checksum of the recovered pages and whether they equal the
committed state.

Keywords: databases, write-ahead log, aries, crash recovery, redo, undo, checkpoint, transactions
"""

import heapq
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@dataclass
class Record:
    lsn: int
    kind: str  # "update", "commit", "end" or "checkpoint"
    txn: int = -1
    page: int = 0
    slot: int = 0
    before: int = 0
    after: int = 0
    prev: Optional[int] = None
    active: Optional[Dict[int, int]] = None
    dirty: Optional[Dict[int, int]] = None


@python_benchmark(args=(110000, 64, 16, 1700, 13), cases=[(0, 4, 4, 10, 1), (1, 1, 1, 1, 2), (40, 1, 2, 5, 3), (3000, 8, 4, 250, 4), (5000, 32, 8, 100000, 5)])
def wal_aries_crash_recovery(steps: int, pages: int, slots: int, checkpoint_every: int, seed: int) -> Tuple[int, int, int, int, int, int, int, int, int, int, bool]:
    """Return (log records, checkpoints, winners, losers, redone, redo skipped, undone, conflicts, checksum, committed checksum, recovered == committed)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    log: List[Record] = []
    buffer = [[0] * slots for _ in range(pages)]
    page_lsn = [-1] * pages
    disk = [(-1, [0] * slots) for _ in range(pages)]
    committed = [[0] * slots for _ in range(pages)]
    dirty: Dict[int, int] = {}
    last_lsn: Dict[int, int] = {}
    writes: Dict[int, List[Record]] = {}
    locks: Dict[Tuple[int, int], int] = {}
    active: List[int] = []
    next_txn = conflicts = checkpoints = 0

    def write_update(txn: int, page: int, slot: int, value: int) -> Record:
        record = Record(len(log), "update", txn, page, slot, buffer[page][slot], value, last_lsn.get(txn))
        log.append(record)
        last_lsn[txn] = record.lsn
        buffer[page][slot] = value
        page_lsn[page] = record.lsn
        dirty.setdefault(page, record.lsn)
        return record

    def finish(txn: int) -> None:
        for record in writes.pop(txn):
            locks.pop((record.page, record.slot), None)
        last_lsn.pop(txn, None)
        active.remove(txn)

    for step in range(steps):
        if step % checkpoint_every == checkpoint_every - 1:
            log.append(Record(len(log), "checkpoint", active=dict(last_lsn), dirty=dict(dirty)))
            checkpoints += 1
        action = draw(100)
        if action < 8 or not active:
            if len(active) < 12:
                active.append(next_txn)
                writes[next_txn] = []
                next_txn += 1
            continue
        txn = active[draw(len(active))]
        if action < 75:
            page, slot = draw(pages), draw(slots)
            owner = locks.get((page, slot), txn)
            if owner != txn:
                conflicts += 1
                continue
            locks[page, slot] = txn
            writes[txn].append(write_update(txn, page, slot, draw(1_000_000)))
        elif action < 87:
            log.append(Record(len(log), "commit", txn, prev=last_lsn.get(txn)))
            for record in writes[txn]:
                committed[record.page][record.slot] = record.after
            finish(txn)
        elif action < 93:
            for record in reversed(writes[txn]):
                write_update(txn, record.page, record.slot, record.before)
            log.append(Record(len(log), "end", txn, prev=last_lsn.get(txn)))
            finish(txn)
        else:
            page = draw(pages)
            if page in dirty:
                disk[page] = (page_lsn[page], buffer[page][:])
                del dirty[page]

    # --- crash: only the log and the disk pages survive ---
    recovered_lsn = [lsn for lsn, _ in disk]
    recovered = [values[:] for _, values in disk]
    start = 0
    att: Dict[int, int] = {}
    dpt: Dict[int, int] = {}
    for record in reversed(log):
        if record.kind == "checkpoint":
            start = record.lsn + 1
            att = dict(record.active)
            dpt = dict(record.dirty)
            break
    winners = 0
    for record in log[start:]:
        if record.kind == "update":
            att[record.txn] = record.lsn
            dpt.setdefault(record.page, record.lsn)
        elif record.kind in ("commit", "end"):
            att.pop(record.txn, None)
            winners += 1

    redone = skipped = 0
    for record in log[min(dpt.values(), default=len(log)):]:
        if record.kind != "update":
            continue
        if record.page not in dpt or record.lsn < dpt[record.page] or recovered_lsn[record.page] >= record.lsn:
            skipped += 1
            continue
        recovered[record.page][record.slot] = record.after
        recovered_lsn[record.page] = record.lsn
        redone += 1

    undone = 0
    to_undo = [-lsn for lsn in att.values()]
    heapq.heapify(to_undo)
    while to_undo:
        record = log[-heapq.heappop(to_undo)]
        recovered[record.page][record.slot] = record.before
        undone += 1
        if record.prev is not None:
            heapq.heappush(to_undo, -record.prev)

    checksum = committed_checksum = 0
    for page in range(pages):
        for slot in range(slots):
            weight = page * slots + slot + 1
            checksum = (checksum + recovered[page][slot] * weight) % MOD
            committed_checksum = (committed_checksum + committed[page][slot] * weight) % MOD
    return (len(log), checkpoints, winners, len(att), redone, skipped, undone, conflicts,
            checksum, committed_checksum, recovered == committed)
