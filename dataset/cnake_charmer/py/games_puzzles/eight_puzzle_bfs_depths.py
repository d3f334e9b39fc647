"""Breadth-first search over the 8-puzzle state space from a scrambled start.

States are tuples of the 3x3 tiles (0 is the blank); the search explores up to
`limit` states from the start position. The pair returns the number of states found
at each depth, the depth of the solved position (or -1) and the total reached.

Keywords: games, puzzles, 8 puzzle, sliding tiles, breadth first search, state space
"""

from collections import deque
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

NEIGHBOURS = [[1, 3], [0, 2, 4], [1, 5], [0, 4, 6], [1, 3, 5, 7], [2, 4, 8], [3, 7], [4, 6, 8], [5, 7]]


@python_benchmark(args=(50000, 3), cases=[(0, 1), (1, 2), (500, 5), (-3, 4)])
def eight_puzzle_bfs_depths(limit: int, scramble_seed: int) -> Tuple[List[int], int, int]:
    """Return (states per depth, depth of the goal or -1, states reached)."""
    tiles = list(range(9))
    state = scramble_seed & 0x7FFFFFFF
    blank = 0
    for _ in range(40):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        options = NEIGHBOURS[blank]
        target = options[(state >> 8) % len(options)]
        tiles[blank], tiles[target] = tiles[target], tiles[blank]
        blank = target
    start = tuple(tiles)
    goal = tuple(range(9))
    depth_of = {start: 0}
    queue = deque([start])
    per_depth = [1] if limit > 0 else []
    goal_depth = -1
    while queue and len(depth_of) < limit:
        current = queue.popleft()
        d = depth_of[current]
        if current == goal and goal_depth < 0:
            goal_depth = d
        b = current.index(0)
        for t in NEIGHBOURS[b]:
            nxt = list(current)
            nxt[b], nxt[t] = nxt[t], nxt[b]
            key = tuple(nxt)
            if key not in depth_of and len(depth_of) < limit:
                depth_of[key] = d + 1
                if d + 1 == len(per_depth):
                    per_depth.append(0)
                per_depth[d + 1] += 1
                queue.append(key)
    return per_depth, goal_depth, min(len(depth_of), max(limit, 0))
