"""A bucketized cuckoo hash index: four-slot buckets, two choices, kick-out chains, rehash.

Each key may live in one of two buckets chosen by two independent hashes, and each
bucket holds four entries, which lets the table run at high load while lookups touch
at most two buckets. An insert goes to whichever candidate bucket has room; when both
are full it evicts an entry (rotating through the slots), moves the victim to its
alternate bucket and continues the chain. After too many kicks the index doubles its
bucket count, picks new hash seeds and reinserts everything. The workload mixes
upserts, deletes and lookups on a skewed key space. Returns the entries and buckets
at the end, rehashes, total kicks, the longest kick chain, lookup hits and misses,
deletes and a checksum of the contents in key order.

Keywords: databases, cuckoo hashing, hash index, bucketized, kick out, rehash, key value store
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF
MOD = 1_000_000_007
SLOTS = 4
MAX_KICKS = 100


def bucket_of(key: int, seed: int, bits: int) -> int:
    x = ((key ^ seed) * 0x9E3779B97F4A7C15) & M64
    x ^= x >> 29
    x = (x * 0xBF58476D1CE4E5B9) & M64
    return x >> (64 - bits)


@python_benchmark(args=(70000, 40000, 17), cases=[(0, 10, 1), (1, 1, 2), (200, 1, 3), (3000, 2000, 4), (20000, 100000, 5)])
def bucketized_cuckoo_hash_index(ops: int, key_space: int, seed: int) -> Tuple[int, int, int, int, int, int, int, int, int]:
    """Return (entries, buckets, rehashes, kicks, longest chain, hits, misses, deletes, checksum)."""
    state = seed & M64

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        return (state >> 33) % k

    bits = 6
    generation = 0
    seeds = (0x1234567, 0x7654321)
    table: List[List[List[int]]] = [[] for _ in range(1 << bits)]
    size = rehashes = kicks = longest = hits = misses = deletes = 0

    def candidates(key: int) -> Tuple[int, int]:
        return bucket_of(key, seeds[0], bits), bucket_of(key, seeds[1], bits)

    def place(key: int, value: int) -> Optional[List[int]]:
        """Insert a key known to be absent; return the entry left homeless if the kick chain gives up."""
        nonlocal kicks, longest
        first, second = candidates(key)
        for b in (first, second):
            if len(table[b]) < SLOTS:
                table[b].append([key, value])
                return None
        entry = [key, value]
        bucket = first
        for chain in range(1, MAX_KICKS + 1):
            kicks += 1
            victim_slot = chain % SLOTS
            victim = table[bucket][victim_slot]
            table[bucket][victim_slot] = entry
            entry = victim
            a, b = candidates(entry[0])
            bucket = b if bucket == a else a
            if len(table[bucket]) < SLOTS:
                table[bucket].append(entry)
                longest = max(longest, chain)
                return None
        return entry

    def rehash(homeless: List[int]) -> None:
        """Double the buckets with fresh seeds and reinsert everything, growing again on failure."""
        nonlocal bits, generation, seeds, table, rehashes
        entries = [entry for bucket in table for entry in bucket] + [homeless]
        while True:
            rehashes += 1
            bits += 1
            generation += 1
            seeds = (0x1234567 * (2 * generation + 1) & M64, 0x7654321 * (2 * generation + 3) & M64)
            table = [[] for _ in range(1 << bits)]
            unplaced: List[List[int]] = []
            for i, (key, value) in enumerate(entries):
                lost = place(key, value)
                if lost is not None:
                    unplaced = [lost] + entries[i + 1:]
                    break
            if not unplaced:
                return
            entries = [entry for bucket in table for entry in bucket] + unplaced

    for _ in range(ops):
        action = draw(20)
        key = min(draw(key_space), draw(key_space)) if action < 14 else draw(key_space)
        first, second = candidates(key)
        found = None
        for b in (first, second):
            for entry in table[b]:
                if entry[0] == key:
                    found = (b, entry)
                    break
            if found:
                break
        if action < 11:
            value = draw(1_000_000)
            if found:
                found[1][1] = value
            else:
                size += 1
                lost = place(key, value)
                if lost is not None:
                    rehash(lost)
        elif action < 14:
            if found:
                table[found[0]].remove(found[1])
                size -= 1
                deletes += 1
        elif found:
            hits += 1
        else:
            misses += 1

    checksum = 0
    contents = sorted(entry for bucket in table for entry in bucket)
    for key, value in contents:
        checksum = (checksum * 1000003 + key * 7919 + value) % MOD
    return size, len(table), rehashes, kicks, longest, hits, misses, deletes, checksum
