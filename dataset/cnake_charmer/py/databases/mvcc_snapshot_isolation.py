"""Multi-version concurrency control: snapshot reads, write conflicts and vacuum.

Every row keeps a chain of versions stamped with the transaction that created it
(xmin) and the one that superseded it (xmax). Transactions take a snapshot when they
begin — the next transaction id and the set of transactions still running — and see a
version only if its creator committed before the snapshot and its superseder did not.
Writers follow snapshot isolation: updating a row whose newest version is uncommitted
or committed after the writer's snapshot aborts the writer, whose versions are then
rolled back. Readers scan the whole table at some later step, and a periodic vacuum
drops versions no running snapshot can see. Returns commits, aborts, scans, a
checksum of the scans, the first scan sums, versions alive, versions vacuumed and the
longest chain seen.

Keywords: databases, mvcc, snapshot isolation, version chain, visibility, write conflict, vacuum, transactions
"""

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007
RUNNING, COMMITTED, ABORTED = 0, 1, 2


@dataclass
class Version:
    xmin: int
    value: int
    xmax: Optional[int] = None


@dataclass
class Txn:
    txid: int
    reader: bool
    xmin: int
    xmax: int
    running: Set[int]
    work: int
    touched: List[int] = field(default_factory=list)


@python_benchmark(args=(250, 30000, 40, 3), cases=[(0, 50, 5, 1), (1, 200, 3, 2), (5, 1000, 1000, 3), (40, 3000, 25, 4)])
def mvcc_snapshot_isolation(rows: int, steps: int, vacuum_every: int, seed: int) -> Tuple[int, int, int, int, List[int], int, int, int]:
    """Return (commits, aborts, scans, scan checksum, first scan sums, live versions, vacuumed, longest chain)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    status: List[int] = [COMMITTED]  # transaction 0 loaded the table
    chains: List[List[Version]] = [[Version(0, draw(1000))] for _ in range(rows)]
    active: Dict[int, Txn] = {}
    commits = aborts = scans = checksum = vacuumed = 0
    longest = 1 if rows else 0
    first_sums: List[int] = []

    def sees(txn: Txn, xid: int) -> bool:
        if xid == txn.txid:
            return True
        return status[xid] == COMMITTED and xid < txn.xmax and xid not in txn.running

    def abort(txn: Txn) -> None:
        nonlocal aborts
        for row in reversed(txn.touched):
            chains[row].pop()
            chains[row][-1].xmax = None
        status[txn.txid] = ABORTED
        del active[txn.txid]
        aborts += 1

    for step in range(steps):
        if step % vacuum_every == vacuum_every - 1:
            horizon = min((t.xmin for t in active.values()), default=len(status))
            for chain in chains:
                kept = [v for v in chain if not (v.xmax is not None and status[v.xmax] == COMMITTED and v.xmax < horizon)]
                vacuumed += len(chain) - len(kept)
                chain[:] = kept
        action = draw(100)
        if action < 20:
            if len(active) < 8:
                txid = len(status)
                status.append(RUNNING)
                running = set(active)
                reader = action >= 10
                active[txid] = Txn(txid, reader, min(running | {txid}), txid, running,
                                   draw(6) if reader else 1 + draw(4))
            continue
        if not active:
            continue
        txn = list(active.values())[draw(len(active))]
        if txn.work > 0 and not txn.reader:
            txn.work -= 1
            if not rows:
                continue
            row = draw(rows)
            value = draw(1000)
            newest = chains[row][-1]
            if newest.xmin == txn.txid:
                newest.value = value
            elif status[newest.xmin] == RUNNING or not sees(txn, newest.xmin):
                abort(txn)
            else:
                newest.xmax = txn.txid
                chains[row].append(Version(txn.txid, value))
                txn.touched.append(row)
                longest = max(longest, len(chains[row]))
        elif txn.work > 0:
            txn.work -= 1
        else:
            if txn.reader:
                total = 0
                for row, chain in enumerate(chains):
                    for version in reversed(chain):
                        if sees(txn, version.xmin) and not (version.xmax is not None and sees(txn, version.xmax)):
                            total += version.value * (row % 10 + 1)
                            break
                scans += 1
                checksum = (checksum * 1000003 + total) % MOD
                if len(first_sums) < 4:
                    first_sums.append(total)
            status[txn.txid] = COMMITTED
            del active[txn.txid]
            commits += 1
    live = sum(len(chain) for chain in chains)
    return commits, aborts, scans, checksum, first_sums, live, vacuumed, longest
