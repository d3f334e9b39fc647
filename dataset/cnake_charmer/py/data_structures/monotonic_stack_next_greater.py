"""Next-greater and previous-smaller elements with monotonic stacks.

One left-to-right pass with a stack of indices whose values decrease finds, for each
element, the next strictly greater element; a second stack gives the previous smaller
element. Combining the two yields the largest rectangle in the histogram. Returns the
largest rectangle area, the number of elements without a greater successor and the
first next-greater indices.

Keywords: monotonic stack, next greater element, histogram, largest rectangle, stack
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(100000, 9), cases=[(0, 1), (1, 2), (2, 3), (50, 4)])
def monotonic_stack_next_greater(n: int, seed: int) -> Tuple[int, int, List[int]]:
    """Return (largest histogram rectangle, elements with no greater successor, first 10 next-greater indices)."""
    state = seed & 0x7FFFFFFF
    heights = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        heights.append((state >> 9) % 1000)
    next_greater = [-1] * n
    stack: List[int] = []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] < h:
            next_greater[stack.pop()] = i
        stack.append(i)
    left = [-1] * n
    right = [n] * n
    stack = []
    for i, h in enumerate(heights):
        while stack and heights[stack[-1]] >= h:
            right[stack.pop()] = i
        left[i] = stack[-1] if stack else -1
        stack.append(i)
    best = max((heights[i] * (right[i] - left[i] - 1) for i in range(n)), default=0)
    return best, next_greater.count(-1), next_greater[:10]
