"""Connected components of a random binary image by two-pass union-find labelling.

Foreground pixels are drawn with a seeded generator at the given density; the classic
two-pass algorithm gives provisional labels, merges equivalent labels with a union-find
forest and then counts the 4-connected components. Returns the component count, the
largest sizes and the number of single-pixel specks.

Keywords: image processing, connected components, labelling, union find, binary image
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(420, 360, 55, 2024), cases=[(0, 0, 50, 1), (1, 1, 100, 1), (10, 8, 50, 7), (12, 12, 0, 3), (6, 9, 100, 5)])
def binary_components_union_find(width: int, height: int, density: int, seed: int) -> Tuple[int, List[int], int]:
    """Label 4-connected foreground components of a seeded binary image."""
    state = seed & 0x7FFFFFFF
    grid = []
    for _ in range(height):
        row = []
        for _ in range(width):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            row.append((state >> 4) % 100 < density)
        grid.append(row)
    parent = [0]

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    labels = [[0] * width for _ in range(height)]
    for y in range(height):
        for x in range(width):
            if not grid[y][x]:
                continue
            left = labels[y][x - 1] if x > 0 else 0
            up = labels[y - 1][x] if y > 0 else 0
            if left == 0 and up == 0:
                parent.append(len(parent))
                labels[y][x] = len(parent) - 1
            elif left and up:
                a, b = find(left), find(up)
                if a != b:
                    parent[max(a, b)] = min(a, b)
                labels[y][x] = min(a, b)
            else:
                labels[y][x] = left or up
    sizes = {}
    for row in labels:
        for lab in row:
            if lab:
                root = find(lab)
                sizes[root] = sizes.get(root, 0) + 1
    ordered = sorted(sizes.values(), reverse=True)
    return (len(ordered), ordered[:5], sum(1 for s in ordered if s == 1))
