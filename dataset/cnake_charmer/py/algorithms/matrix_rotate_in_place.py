"""Rotate a square matrix by 90 degrees in place, ring by ring.

Each ring is rotated with four-way swaps of corresponding cells (top -> right ->
bottom -> left), using O(1) extra space. The rotation is applied `turns` times
(a negative turn counts as three clockwise turns) and compared with the
transpose-and-reverse construction applied turns mod 4 times. Returns a checksum of the final matrix, whether
both constructions agree and the first row.

Keywords: matrix rotation, in-place, four-way swap, rings, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _rotate_cw(m: List[List[int]]) -> None:
    n = len(m)
    for layer in range(n // 2):
        last = n - 1 - layer
        for i in range(layer, last):
            offset = i - layer
            top = m[layer][i]
            m[layer][i] = m[last - offset][layer]
            m[last - offset][layer] = m[last][last - offset]
            m[last][last - offset] = m[i][last]
            m[i][last] = top


@python_benchmark(args=(300, 9, 4), cases=[(0, 3, 1), (1, 5, 2), (2, 1, 3), (5, -3, 4), (4, 0, 5)])
def matrix_rotate_in_place(n: int, turns: int, seed: int) -> Tuple[int, bool, List[int]]:
    """Return (checksum of the rotated matrix, agrees with transpose+reverse, first row)."""
    state = seed & 0x7FFFFFFF
    m = []
    for _ in range(max(0, n)):
        row = []
        for _ in range(max(0, n)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 8) % 10000)
        m.append(row)
    reference = [list(row) for row in m]
    quarter_turns = turns if turns >= 0 else -3 * turns
    for _ in range(quarter_turns):
        _rotate_cw(m)
    for _ in range(quarter_turns % 4):
        reference = [list(row)[::-1] for row in zip(*reference)]
    checksum = 0
    for r, row in enumerate(m):
        for c, v in enumerate(row):
            checksum = (checksum * 31 + v * (r + 1) + c) % 1000000007
    return checksum, m == reference, (m[0] if m else [])
