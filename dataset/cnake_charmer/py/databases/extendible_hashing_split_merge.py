"""Extendible hashing: directory doubling, bucket splits, buddy merges and halving.

A dynamic hash index keeps a directory of 2^global_depth pointers into fixed-capacity
buckets, each with a local depth saying how many low hash bits its keys share. An
insert into a full bucket splits it on the next hash bit, doubling the directory first
when the bucket already uses every directory bit. Deletes merge a bucket with its
buddy (the bucket differing only in the highest local bit) when both have the same
depth and together are at most half full, and the directory halves whenever no bucket
needs its top bit. A growth phase is followed by a shrink phase. Returns the final
global depth and bucket count, splits, doublings, merges, halvings, lookup hits and
misses, a histogram of local depths and a checksum of the stored pairs.

Keywords: databases, extendible hashing, dynamic hashing, directory doubling, bucket split, merge, hash index
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

M64 = 0xFFFFFFFFFFFFFFFF
MOD = 1_000_000_007
MAX_DEPTH = 24


def hash_key(key: int) -> int:
    x = (key * 0x9E3779B97F4A7C15) & M64
    x ^= x >> 32
    x = (x * 0xD6E8FEB86659FD93) & M64
    return x ^ (x >> 32)


class Bucket:
    __slots__ = ("depth", "items")

    def __init__(self, depth: int) -> None:
        self.depth = depth
        self.items: Dict[int, int] = {}


@python_benchmark(args=(70000, 8, 24000, 23), cases=[(0, 4, 10, 1), (1, 2, 1, 2), (300, 2, 1, 3), (3000, 4, 500, 4), (2000, 16, 100000, 5)])
def extendible_hashing_split_merge(ops: int, capacity: int, key_space: int, seed: int) -> Tuple[int, int, int, int, int, int, int, int, List[int], int]:
    """Return (global depth, buckets, splits, doublings, merges, halvings, hits, misses, depth histogram, checksum)."""
    state = seed & M64

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        return (state >> 33) % k

    global_depth = 0
    directory: List[Bucket] = [Bucket(0)]
    splits = doublings = merges = halvings = hits = misses = 0

    def split(bucket: Bucket, h: int) -> None:
        nonlocal splits
        depth = bucket.depth + 1
        halves = (Bucket(depth), Bucket(depth))
        for item, value in bucket.items.items():
            halves[hash_key(item) >> (depth - 1) & 1].items[item] = value
        # the directory slots of a bucket are those agreeing with it on its low (depth - 1) bits
        for i in range(h & ((1 << (depth - 1)) - 1), len(directory), 1 << (depth - 1)):
            directory[i] = halves[i >> (depth - 1) & 1]
        splits += 1

    for step in range(ops):
        growing = 3 * step < 2 * ops
        action = draw(100)
        key = draw(key_space)
        h = hash_key(key)
        bucket = directory[h & ((1 << global_depth) - 1)]
        if action < (60 if growing else 15):
            if key in bucket.items:
                bucket.items[key] = step
                continue
            while len(bucket.items) >= capacity and bucket.depth < MAX_DEPTH:
                if bucket.depth == global_depth:
                    directory = directory + directory
                    global_depth += 1
                    doublings += 1
                split(bucket, h)
                bucket = directory[h & ((1 << global_depth) - 1)]
            bucket.items[key] = step
        elif action < 80:
            if key not in bucket.items:
                continue
            del bucket.items[key]
            merged = False
            while bucket.depth > 0:
                index = h & ((1 << bucket.depth) - 1)
                buddy = directory[index ^ (1 << (bucket.depth - 1))]
                if buddy.depth != bucket.depth or len(bucket.items) + len(buddy.items) > capacity // 2:
                    break
                combined = Bucket(bucket.depth - 1)
                combined.items.update(bucket.items)
                combined.items.update(buddy.items)
                for i in range(index & ((1 << combined.depth) - 1), len(directory), 1 << combined.depth):
                    directory[i] = combined
                bucket = combined
                merges += 1
                merged = True
            while merged and global_depth > 0 and all(b.depth < global_depth for b in directory):
                directory = directory[: len(directory) // 2]
                global_depth -= 1
                halvings += 1
        elif key in bucket.items:
            hits += 1
        else:
            misses += 1

    distinct = {id(b): b for b in directory}.values()
    histogram = [0] * (global_depth + 1)
    for b in distinct:
        histogram[b.depth] += 1
    checksum = 0
    for key, value in sorted(kv for b in distinct for kv in b.items.items()):
        checksum = (checksum * 1000003 + key * 31 + value) % MOD
    return global_depth, len(distinct), splits, doublings, merges, halvings, hits, misses, histogram, checksum
