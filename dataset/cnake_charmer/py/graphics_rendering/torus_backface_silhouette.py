"""Back-face culling and silhouette edges of a rotating torus mesh under perspective projection.

A torus (at least three segments each way) is tessellated into quads split into triangles with consistent winding, and
its edge → face adjacency is recorded once. For every seeded frame the mesh is rotated
about two axes, pushed in front of the camera and perspective-projected; a triangle
is front-facing when its projected signed area is positive. Silhouette edges are the
edges shared by one front-facing and one back-facing triangle. Returns per-frame
(front faces, silhouette edges), the summed projected area of front faces, a checksum
of the visibility flags and the last frame's screen bounding box.

Keywords: graphics, back-face culling, silhouette edges, perspective projection, mesh, rotation matrix
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _rotation(ax, ay):
    ca, sa, cb, sb = math.cos(ax), math.sin(ax), math.cos(ay), math.sin(ay)
    # rotate about x by ax, then about y by ay
    return ((cb, sa * sb, ca * sb), (0.0, ca, -sa), (-sb, sa * cb, ca * cb))


def _torus(major, minor, big_r, small_r):
    vertices = []
    for i in range(major):
        theta = 2.0 * math.pi * i / major
        for j in range(minor):
            phi = 2.0 * math.pi * j / minor
            ring = big_r + small_r * math.cos(phi)
            vertices.append((ring * math.cos(theta), ring * math.sin(theta), small_r * math.sin(phi)))
    triangles = []
    for i in range(major):
        for j in range(minor):
            a = i * minor + j
            b = ((i + 1) % major) * minor + j
            c = ((i + 1) % major) * minor + (j + 1) % minor
            d = i * minor + (j + 1) % minor
            triangles.append((a, b, c))
            triangles.append((a, c, d))
    return vertices, triangles


@python_benchmark(args=(60, 30, 64, 5), cases=[(3, 3, 0, 1), (1, 2, 1, 6), (3, 3, 1, 2), (4, 3, 2, 3), (12, 8, 3, 4)])
def torus_backface_silhouette(major: int, minor: int, frames: int, seed: int) -> Tuple[List[Tuple[int, int]], float, int, List[float]]:
    """Cull and outline a major x minor torus over `frames` seeded orientations."""
    major, minor = max(major, 3), max(minor, 3)  # fewer segments would fold the mesh onto itself
    vertices, triangles = _torus(major, minor, 1.0, 0.42)
    edges = {}
    for face, (a, b, c) in enumerate(triangles):
        for u, v in ((a, b), (b, c), (c, a)):
            edges.setdefault((min(u, v), max(u, v)), []).append(face)
    state = seed & 0x7FFFFFFF

    def angle():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) / 8388608.0 * 2.0 * math.pi

    focal, centre = 240.0, 200.0
    per_frame = []
    area_total = 0.0
    checksum = 0
    box = []
    for _ in range(frames):
        m = _rotation(angle(), angle())
        screen = []
        for x, y, z in vertices:
            rx = m[0][0] * x + m[0][1] * y + m[0][2] * z
            ry = m[1][0] * x + m[1][1] * y + m[1][2] * z
            rz = m[2][0] * x + m[2][1] * y + m[2][2] * z + 4.0
            screen.append((centre + focal * rx / rz, centre - focal * ry / rz))
        front = []
        for a, b, c in triangles:
            (ax, ay), (bx, by), (cx, cy) = screen[a], screen[b], screen[c]
            twice_area = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
            front.append(twice_area > 0.0)
            if twice_area > 0.0:
                area_total += twice_area / 2.0
        silhouette = sum(1 for faces in edges.values() if front[faces[0]] != front[faces[1]])
        per_frame.append((sum(front), silhouette))
        for flag in front:
            checksum = (checksum * 2 + flag) % 1000000007
        xs = [p[0] for p in screen]
        ys = [p[1] for p in screen]
        box = [min(xs), min(ys), max(xs), max(ys)]
    return (per_frame, area_total, checksum, box)
