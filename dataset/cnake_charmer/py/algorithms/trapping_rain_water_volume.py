"""Trapping rain water: how much water an elevation profile holds.

Water above bar i rises to min(highest bar on the left, highest bar on the right).
Two pointers move inward from both ends, always advancing the side with the lower
running maximum, so one pass suffices. Many random profiles are evaluated. Returns
the total volume, the largest single volume, the index of that profile and the
volumes of the first profiles.

Keywords: trapping rain water, two pointers, running maximum, elevation map, classic exercise
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60, 3000, 6), cases=[(0, 10, 1), (1, 0, 2), (3, 1, 3), (4, 2, 4), (10, 30, 5)])
def trapping_rain_water_volume(profiles: int, width: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (total water, largest volume, index of that profile, first 6 volumes)."""
    state = seed & 0x7FFFFFFF
    total = 0
    best, best_index = -1, -1
    first = []
    for p in range(profiles):
        heights = []
        level = 50
        for _ in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            level = max(0, level + (state >> 10) % 21 - 10)
            heights.append(level if (state >> 4) % 9 else level + 30)
        left, right = 0, len(heights) - 1
        left_max = right_max = 0
        water = 0
        while left < right:
            if heights[left] < heights[right]:
                left_max = max(left_max, heights[left])
                water += left_max - heights[left]
                left += 1
            else:
                right_max = max(right_max, heights[right])
                water += right_max - heights[right]
                right -= 1
        total += water
        if water > best:
            best, best_index = water, p
        if len(first) < 6:
            first.append(water)
    return total, best, best_index, first
