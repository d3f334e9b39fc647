"""Skip list ordered set with deterministic coin flips.

Each node gets a random height (coin flips from an LCG); level i links skip over
roughly 2**i nodes, so search, insert and delete take O(log n) expected steps.
Returns the final size, the number of link hops taken, the levels in use and the
smallest and largest members.

Keywords: skip list, ordered set, probabilistic balancing, linked lists, levels
"""

from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

MAX_LEVEL = 16


class SkipNode:
    __slots__ = ("key", "forward")

    def __init__(self, key: int, level: int) -> None:
        self.key = key
        self.forward: List[Optional["SkipNode"]] = [None] * level


@python_benchmark(args=(30000, 7), cases=[(0, 1), (1, 2), (10, 3), (500, 4)])
def skip_list_ordered_set(ops: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (size, link hops, highest level used, [min, max] or [])."""
    head = SkipNode(-1, MAX_LEVEL)
    level = 1
    size = 0
    hops = 0
    state = seed & 0x7FFFFFFF
    for _ in range(ops):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        key = (state >> 4) % 50000
        insert = (state >> 1) % 3 != 0
        update: List[SkipNode] = [head] * MAX_LEVEL
        node = head
        for lvl in range(level - 1, -1, -1):
            nxt = node.forward[lvl]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.forward[lvl]
                hops += 1
            update[lvl] = node
        target = node.forward[0]
        exists = target is not None and target.key == key
        if insert and not exists:
            height = 1
            while height < MAX_LEVEL:
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                if (state >> 16) & 1:
                    break
                height += 1
            if height > level:
                level = height
            new = SkipNode(key, height)
            for lvl in range(height):
                new.forward[lvl] = update[lvl].forward[lvl]
                update[lvl].forward[lvl] = new
            size += 1
        elif not insert and exists:
            for lvl in range(level):
                if update[lvl].forward[lvl] is target:
                    update[lvl].forward[lvl] = target.forward[lvl]
            while level > 1 and head.forward[level - 1] is None:
                level -= 1
            size -= 1
    ends: List[int] = []
    if head.forward[0] is not None:
        node = head.forward[0]
        ends.append(node.key)
        while node.forward[0] is not None:
            node = node.forward[0]
        ends.append(node.key)
    return size, hops, level, ends
