"""A database buffer pool with CLOCK replacement, pin counts and dirty-page write-back.

A fixed number of frames cache disk pages for three kinds of work running together:
sequential scan cursors that keep their current page pinned while they move through a
table, B-tree index lookups that pin the root, an internal page and a skewed leaf
(sometimes updating the leaf), and log appends that dirty the tail page. A miss takes
a free frame or runs the CLOCK hand: pinned frames are skipped, frames with the
reference bit get a second chance, and a dirty victim is written back before reuse.
If the hand finds only pinned frames in two sweeps the request stalls. Returns hits,
misses, evictions, write-backs, frames examined by the hand, stalls, dirty frames at
the end and a checksum of the final frame contents.

Keywords: databases, buffer pool, clock replacement, second chance, pin count, dirty page, page cache
"""

from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007
INTERNAL = 16


@dataclass
class Frame:
    page: int = -1
    pins: int = 0
    referenced: bool = False
    dirty: bool = False


@python_benchmark(args=(100000, 64, 6, 3000, 5), cases=[(0, 4, 1, 10, 1), (1, 1, 1, 1, 2), (500, 2, 3, 5, 3), (3000, 8, 2, 200, 4), (2000, 300, 4, 50, 5)])
def clock_buffer_pool_pinning(steps: int, frames: int, cursors: int, leaves: int, seed: int) -> Tuple[int, int, int, int, int, int, int, int]:
    """Return (hits, misses, evictions, write-backs, frames examined, stalls, dirty frames, frame checksum)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    table_base = 1 + INTERNAL + leaves
    table_pages = 20 * leaves
    log_base = table_base + table_pages
    pool = [Frame() for _ in range(frames)]
    page_table: Dict[int, int] = {}
    free_frames = list(range(frames - 1, -1, -1))
    hand = 0
    hits = misses = evictions = writebacks = examined = stalls = 0

    def fix(page: int) -> Optional[Frame]:
        """Pin a page in the pool, reading it in on a miss; None if every frame is pinned."""
        nonlocal hand, hits, misses, evictions, writebacks, examined, stalls
        if page in page_table:
            frame = pool[page_table[page]]
            frame.pins += 1
            frame.referenced = True
            hits += 1
            return frame
        if free_frames:
            slot = free_frames.pop()
        else:
            slot = None
            for _ in range(2 * frames):
                candidate = pool[hand]
                position = hand
                hand = (hand + 1) % frames
                examined += 1
                if candidate.pins:
                    continue
                if candidate.referenced:
                    candidate.referenced = False
                    continue
                slot = position
                break
            if slot is None:
                stalls += 1
                return None
            victim = pool[slot]
            if victim.dirty:
                writebacks += 1
            del page_table[victim.page]
            evictions += 1
        misses += 1
        frame = pool[slot]
        frame.page, frame.pins, frame.referenced, frame.dirty = page, 1, True, False
        page_table[page] = slot
        return frame

    def unfix(frame: Frame, dirty: bool = False) -> None:
        frame.pins -= 1
        frame.dirty = frame.dirty or dirty

    positions: List[int] = [draw(table_pages) for _ in range(cursors)]
    held: List[Optional[Frame]] = [None] * cursors
    appended = 0
    for _ in range(steps):
        action = draw(100)
        if action < 40:
            c = draw(cursors)
            if held[c] is not None:
                unfix(held[c])
                positions[c] = (positions[c] + 1) % table_pages
            held[c] = fix(table_base + positions[c])
        elif action < 85:
            path = [0, 1 + draw(INTERNAL), 1 + INTERNAL + min(draw(leaves), draw(leaves))]
            update = draw(4) == 0
            pinned = []
            for page in path:
                frame = fix(page)
                if frame is None:
                    break
                pinned.append(frame)
            for depth, frame in enumerate(pinned):
                unfix(frame, update and depth == 2)
        else:
            frame = fix(log_base + appended // 40)
            appended += 1
            if frame is not None:
                unfix(frame, True)

    dirty = sum(1 for frame in pool if frame.dirty)
    checksum = 0
    for index, frame in enumerate(pool):
        checksum = (checksum * 1000003 + (frame.page + 2) * (index + 1) + frame.pins * 7 + frame.dirty) % MOD
    return hits, misses, evictions, writebacks, examined, stalls, dirty, checksum
