"""Rebuild the tree of an indentation-structured outline.

Each line of the outline is indented by two spaces per level (like YAML or a Python
block); a stack of open ancestors turns the lines into parent links, from which the
depth profile, leaf count and the widest node are derived.

Keywords: indentation, outline, tree, stack, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(60000, 2), cases=[(0, 1), (1, 2), (10, 3), (300, 4)])
def indentation_outline_tree(n_lines: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (max depth, leaves, widest node's child count, its line, depth histogram 0..7)."""
    state = seed
    lines = []
    level = 0
    for i in range(n_lines):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        step = state % 4
        if i and step == 0 and level < 7:
            level += 1
        elif step == 3:
            level = (state >> 9) % (level + 1)
        lines.append("  " * level + "item%d: value" % i)
    parents: List[int] = []
    children = [0] * len(lines)
    stack: List[Tuple[int, int]] = []
    hist = [0] * 8
    for index, line in enumerate(lines):
        depth = (len(line) - len(line.lstrip(" "))) // 2
        while stack and stack[-1][0] >= depth:
            stack.pop()
        parent = stack[-1][1] if stack else -1
        parents.append(parent)
        if parent >= 0:
            children[parent] += 1
        stack.append((depth, index))
        hist[depth] += 1
    leaves = sum(1 for c in children if c == 0)
    widest = max(range(len(children)), key=lambda i: children[i], default=-1)
    width = children[widest] if widest >= 0 else 0
    deepest = max((d for d in range(8) if hist[d]), default=0)
    return (deepest, leaves, width, widest, hist)
