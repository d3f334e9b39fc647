"""Strict two-phase locking with FIFO lock queues and wait-for-graph deadlock detection.

Transactions run scripts of shared (S) and exclusive (X) lock requests on a skewed set
of items, holding every lock until they commit. A request is granted when no other
transaction holds a conflicting lock and nobody is queued ahead; otherwise the
transaction joins the item's FIFO queue (an S holder asking for X waits as an
upgrade). Every few steps, or whenever nobody can run, the lock manager builds the
wait-for graph (a waiter waits for conflicting holders and for everyone queued ahead
of it), finds a cycle by depth-first search and aborts its youngest member, repeating
until the graph is acyclic. Releasing locks grants queued requests in FIFO order.
Returns commits, aborts, detection runs, waits, the longest queue, a checksum of the
commit order and how many transactions were still running.

Keywords: databases, two-phase locking, lock manager, deadlock detection, wait-for graph, cycle detection, transactions
"""

from collections import deque
from dataclasses import dataclass, field
from typing import Deque, Dict, List, Optional, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@dataclass
class Lock:
    holders: Dict[int, str] = field(default_factory=dict)
    queue: Deque[Tuple[int, str]] = field(default_factory=deque)


@dataclass
class Txn:
    tid: int
    script: List[Tuple[int, str]]
    pc: int = 0
    waiting: Optional[int] = None
    held: Dict[int, None] = field(default_factory=dict)  # items in acquisition order


def conflicts(a: str, b: str) -> bool:
    return a == "X" or b == "X"


def compatible(lock: Lock, tid: int, mode: str) -> bool:
    return all(not conflicts(mode, m) for t, m in lock.holders.items() if t != tid)


@python_benchmark(args=(50000, 16, 120, 40, 7), cases=[(0, 4, 10, 5, 1), (50, 1, 3, 5, 2), (300, 6, 1, 4, 3), (2000, 8, 30, 10, 4)])
def two_phase_locking_deadlocks(steps: int, concurrency: int, items: int, detect_every: int, seed: int) -> Tuple[int, int, int, int, int, int, int]:
    """Return (commits, aborts, detection runs, waits, longest queue, commit-order checksum, still running)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    table: Dict[int, Lock] = {}
    active: Dict[int, Txn] = {}
    next_tid = commits = aborts = detections = waits = longest = checksum = 0

    def spawn() -> None:
        nonlocal next_tid
        script = [(min(draw(items), draw(items)), "X" if draw(3) == 0 else "S") for _ in range(2 + draw(5))]
        active[next_tid] = Txn(next_tid, script)
        next_tid += 1

    def grant_waiters(item: int) -> None:
        lock = table[item]
        while lock.queue:
            tid, mode = lock.queue[0]
            if not compatible(lock, tid, mode):
                break
            lock.queue.popleft()
            lock.holders[tid] = mode
            txn = active[tid]
            txn.waiting = None
            txn.held[item] = None
            txn.pc += 1

    def finish(txn: Txn) -> None:
        touched = list(txn.held)
        for item in touched:
            del table[item].holders[txn.tid]
        if txn.waiting is not None:
            lock = table[txn.waiting]
            lock.queue = deque(entry for entry in lock.queue if entry[0] != txn.tid)
            touched.append(txn.waiting)
        del active[txn.tid]
        for item in touched:
            grant_waiters(item)

    def find_cycle() -> Optional[List[int]]:
        graph: Dict[int, Set[int]] = {tid: set() for tid, txn in active.items() if txn.waiting is not None}
        for lock in table.values():
            for position, (tid, mode) in enumerate(lock.queue):
                for other, held_mode in lock.holders.items():
                    if other != tid and conflicts(mode, held_mode):
                        graph[tid].add(other)
                for other, _ in list(lock.queue)[:position]:
                    graph[tid].add(other)
        color: Dict[int, int] = {}
        path: List[int] = []

        def visit(u: int) -> Optional[List[int]]:
            color[u] = 1
            path.append(u)
            for v in sorted(graph.get(u, ())):
                if color.get(v) == 1:
                    return path[path.index(v):]
                if v not in color:
                    found = visit(v)
                    if found:
                        return found
            path.pop()
            color[u] = 2
            return None

        for u in sorted(graph):
            if u not in color:
                found = visit(u)
                if found:
                    return found
        return None

    def detect() -> None:
        nonlocal detections, aborts
        detections += 1
        while True:
            cycle = find_cycle()
            if cycle is None:
                return
            aborts += 1
            finish(active[max(cycle)])
            if next_tid < steps:
                spawn()

    for _ in range(min(concurrency, steps)):
        spawn()
    for step in range(steps):
        runnable = [txn for txn in active.values() if txn.waiting is None]
        if not runnable:
            if active:
                detect()
            continue
        txn = runnable[draw(len(runnable))]
        if txn.pc == len(txn.script):
            commits += 1
            checksum = (checksum * 131 + txn.tid + 1) % MOD
            finish(txn)
            if next_tid < steps:
                spawn()
        else:
            item, mode = txn.script[txn.pc]
            lock = table.setdefault(item, Lock())
            held = lock.holders.get(txn.tid)
            if held == "X" or held == mode:
                txn.pc += 1
            elif not lock.queue and compatible(lock, txn.tid, mode):
                lock.holders[txn.tid] = mode
                txn.held[item] = None
                txn.pc += 1
            else:
                lock.queue.append((txn.tid, mode))
                txn.waiting = item
                waits += 1
                longest = max(longest, len(lock.queue))
        if step % detect_every == detect_every - 1:
            detect()
    return commits, aborts, detections, waits, longest, checksum, len(active)
