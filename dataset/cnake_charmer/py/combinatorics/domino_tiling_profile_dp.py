"""Counting domino tilings of a rows x cols board with a broken-profile DP.

Cells are filled column by column, top to bottom; a bitmask over the rows records
which cells of the frontier are already covered. Each free cell either starts a
horizontal domino (marking the same row in the next column) or a vertical one with
the cell below. Counts are modulo a prime and recorded after every full column.

Keywords: combinatorics, domino tilings, broken profile dp, bitmask dp, transfer matrix
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MOD = 1_000_000_007


@python_benchmark(args=(10, 60), cases=[(1, 1), (2, 3), (3, 4), (4, 4), (0, 5)])
def domino_tiling_profile_dp(rows: int, cols: int) -> Tuple[int, List[int], int]:
    """Return (tilings of the full board, tilings of rows x c for c = 1..8, checksum over all c)."""
    full = 1 << rows
    dp = [0] * full
    dp[0] = 1
    per_column = []
    for _ in range(cols):
        for r in range(rows):
            bit = 1 << r
            nxt = [0] * full
            for mask, ways in enumerate(dp):
                if not ways:
                    continue
                if mask & bit:
                    nxt[mask ^ bit] += ways
                else:
                    nxt[mask | bit] += ways
                    if r + 1 < rows and not mask & (bit << 1):
                        nxt[mask | (bit << 1)] += ways
            dp = [w % MOD for w in nxt]
        per_column.append(dp[0])
    checksum = sum((c + 1) * v for c, v in enumerate(per_column)) % MOD
    return (dp[0], per_column[:8], checksum)
