"""Bounding volume hierarchy built with the binned surface-area heuristic, then ray casting.

Seeded axis-aligned boxes (as a renderer's triangle bounds would be) are organised in
a BVH: at each node the box centroids are binned into 12 buckets per axis and the
split minimising the surface-area cost (areas times item counts, compared with the
cost of a leaf, all in integers) is taken. Rays are traced front to back: the nearer
child by slab-test entry distance first, skipping subtrees that start beyond the
closest hit so far. Returns tree statistics, a checksum of the nearest box per ray, the
summed hit distances, node visits and box tests.

Keywords: spatial indexing, bvh, surface area heuristic, ray casting, slab test, bounding boxes
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

BINS = 12
Box = Tuple[int, int, int, int, int, int]  # min x, y, z, max x, y, z


def enclose(boxes: List[Box]) -> Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), min(b[2] for b in boxes),
            max(b[3] for b in boxes), max(b[4] for b in boxes), max(b[5] for b in boxes))


def surface(b: Box) -> int:
    dx, dy, dz = b[3] - b[0], b[4] - b[1], b[5] - b[2]
    return 2 * (dx * dy + dy * dz + dz * dx)


@dataclass
class BvhNode:
    box: Box
    items: List[int] = field(default_factory=list)
    left: Optional["BvhNode"] = None
    right: Optional["BvhNode"] = None


def build(ids: List[int], boxes: List[Box], depth: int, stats: List[int]) -> BvhNode:
    node = BvhNode(enclose([boxes[i] for i in ids]))
    stats[0] += 1
    stats[2] = max(stats[2], depth)
    best = None  # (cost, axis, bin)
    if len(ids) > 2:
        for axis in range(3):
            centres = [boxes[i][axis] + boxes[i][axis + 3] for i in ids]
            lo, hi = min(centres), max(centres)
            if lo == hi:
                continue
            slots = [(c - lo) * BINS // (hi - lo + 1) for c in centres]
            bin_boxes: List[List[Box]] = [[] for _ in range(BINS)]
            for i, s in zip(ids, slots):
                bin_boxes[s].append(boxes[i])
            bounds = [enclose(b) if b else None for b in bin_boxes]
            for split in range(1, BINS):
                left = [b for b in bounds[:split] if b is not None]
                right = [b for b in bounds[split:] if b is not None]
                if not left or not right:
                    continue
                n_left = sum(len(b) for b in bin_boxes[:split])
                cost = surface(enclose(left)) * n_left + surface(enclose(right)) * (len(ids) - n_left)
                if best is None or cost < best[0]:
                    best = (cost, axis, split, slots)
    if best is None or best[0] + 2 * surface(node.box) >= surface(node.box) * len(ids):
        node.items = ids
        stats[1] += 1
        return node
    _, axis, split, slots = best
    node.left = build([i for i, s in zip(ids, slots) if s < split], boxes, depth + 1, stats)
    node.right = build([i for i, s in zip(ids, slots) if s >= split], boxes, depth + 1, stats)
    return node


def entry_distance(b: Box, origin: Tuple[int, int, int], inv: Tuple[float, float, float]) -> float:
    """Slab test: distance where the ray enters b (clamped at 0), or -1.0 on a miss."""
    t_near, t_far = 0.0, float("inf")
    for k in range(3):
        t1 = (b[k] - origin[k]) * inv[k]
        t2 = (b[k + 3] - origin[k]) * inv[k]
        if t1 > t2:
            t1, t2 = t2, t1
        if t1 > t_near:
            t_near = t1
        if t2 < t_far:
            t_far = t2
    return t_near if t_near <= t_far else -1.0


@python_benchmark(args=(1200, 2000, 5), cases=[(0, 3, 1), (1, 2, 2), (2, 5, 3), (60, 40, 4), (500, 0, 5)])
def bvh_sah_ray_box_hits(n: int, rays: int, seed: int) -> Tuple[int, int, int, int, int, float, int, int]:
    """Return (nodes, leaves, depth, rays hitting, nearest checksum, summed t, visits, box tests)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 10) % k

    boxes: List[Box] = []
    for i in range(n):
        x, y, z = draw(1000), draw(1000), draw(1000)
        if i % 2:
            y = (x + z) // 2  # half the boxes lie near a tilted plane
        boxes.append((x, y, z, x + 1 + draw(40), y + 1 + draw(40), z + 1 + draw(40)))
    stats = [0, 0, 0]
    root = build(list(range(n)), boxes, 0, stats) if boxes else None

    visits = tests = hit_rays = checksum = 0
    t_total = 0.0
    for _ in range(rays):
        origin = (draw(1100) - 50, draw(1100) - 50, -50 - draw(100))
        if boxes:  # aim at a point of a random box, so that most rays hit something
            target = boxes[draw(len(boxes))]
            aim = [(target[k] + target[k + 3]) // 2 for k in range(3)]
        else:
            aim = [draw(1000) for _ in range(3)]
        direction = [a - o + draw(21) - 10 for a, o in zip(aim, origin)]
        direction = [d if d != 0 else 1 for d in direction]
        inv = tuple(1.0 / d for d in direction)
        best = (float("inf"), -1)

        def trace(node: BvhNode, t_in: float) -> None:
            nonlocal visits, tests, best
            if t_in > best[0]:
                return
            visits += 1
            if node.left is None:
                for i in node.items:
                    tests += 1
                    t = entry_distance(boxes[i], origin, inv)
                    if t >= 0.0 and (t, i) < best:
                        best = (t, i)
                return
            ta = entry_distance(node.left.box, origin, inv)
            tb = entry_distance(node.right.box, origin, inv)
            order = [(ta, node.left), (tb, node.right)]
            if tb < ta:
                order.reverse()
            for t, child in order:
                if t >= 0.0:
                    trace(child, t)

        if root is not None:
            t_root = entry_distance(root.box, origin, inv)
            if t_root >= 0.0:
                trace(root, t_root)
        if best[1] >= 0:
            hit_rays += 1
            t_total += best[0]
        checksum = (checksum * 10007 + best[1] + 1) % 1000000007
    return stats[0], stats[1], stats[2], hit_rays, checksum, t_total, visits, tests
