"""Open-addressing hash table with linear probing and tombstone deletion.

A fixed-capacity table of slots (empty, tombstone or a key/value) serves a stream of
insert, lookup and delete operations. Probes walk forward from the hashed slot;
deletions leave tombstones that lookups skip and inserts reuse. Returns the number of
successful lookups, total probes, the final live size and a checksum of the stored
values.

Keywords: hash table, open addressing, linear probing, tombstones, hashing
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

EMPTY = None
TOMB = -1


class LinearProbeTable:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.keys: List[Optional[int]] = [EMPTY] * capacity
        self.values = [0] * capacity
        self.size = 0
        self.probes = 0

    def _home(self, key: int) -> int:
        return ((key * 2654435761) & 0xFFFFFFFF) % self.capacity

    def _find(self, key: int) -> int:
        i = self._home(key)
        for _ in range(self.capacity):
            self.probes += 1
            k = self.keys[i]
            if k is EMPTY:
                return -1
            if k == key:
                return i
            i = (i + 1) % self.capacity
        return -1

    def put(self, key: int, value: int) -> None:
        found = self._find(key)
        if found >= 0:
            self.values[found] = value
            return
        i = self._home(key)
        while self.keys[i] is not EMPTY and self.keys[i] != TOMB:
            i = (i + 1) % self.capacity
        self.keys[i] = key
        self.values[i] = value
        self.size += 1

    def get(self, key: int) -> Optional[int]:
        i = self._find(key)
        return self.values[i] if i >= 0 else None

    def delete(self, key: int) -> None:
        i = self._find(key)
        if i >= 0:
            self.keys[i] = TOMB
            self.size -= 1


@python_benchmark(args=(120000, 4096, 3), cases=[(0, 8, 1), (10, 1, 2), (200, 16, 3), (5000, 64, 4)])
def open_addressing_hash_table(ops: int, capacity: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (lookups found, probes, live size, value checksum); the key space keeps the table below 75% full."""
    if capacity < 1:
        raise ValueError("capacity must be positive")
    table = LinearProbeTable(capacity)
    key_space = max(1, capacity * 3 // 4)
    state = seed & 0x7FFFFFFF
    found = 0
    for step in range(ops):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key = (state >> 5) % key_space
        action = (state >> 2) % 8
        if action < 4:
            table.put(key, step)
        elif action < 7:
            found += table.get(key) is not None
        elif table.size > capacity // 2:
            table.delete(key)
        if table.size >= capacity:
            break
    checksum = 0
    for k, v in zip(table.keys, table.values):
        if k is not EMPTY and k != TOMB:
            checksum = (checksum * 31 + k * 7 + v) % 1000000007
    return found, table.probes, table.size, checksum
