"""Ray casting a sphere-and-floor scene with Lambert shading and hard shadows.

A pinhole camera shoots one ray per pixel into a scene of seeded spheres resting on a
checkerboard ground plane. The nearest hit is shaded with an ambient term plus a
Lambert (cosine) term from a point light, unless a shadow ray towards the light is
blocked by a sphere. Pixel values are 8-bit greys. Returns sphere/floor/shadow counts,
an 8-bin brightness histogram, an image checksum and a few sampled pixels.

Keywords: graphics, ray casting, lambert shading, shadow rays, ray sphere intersection, point light
"""

import math
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

EPSILON = 1e-7
SKY = 30


def _sub(a, b):
    return (a[0] - b[0], a[1] - b[1], a[2] - b[2])


def _dot(a, b):
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def _normalise(a):
    length = math.sqrt(_dot(a, a))
    return (a[0] / length, a[1] / length, a[2] / length)


def _along(origin, direction, t):
    return (origin[0] + direction[0] * t, origin[1] + direction[1] * t, origin[2] + direction[2] * t)


def _hit_sphere(origin, direction, sphere):
    """Distance to the first hit of a unit-direction ray with a sphere, or None."""
    centre, radius = sphere[0], sphere[1]
    oc = _sub(origin, centre)
    b = _dot(oc, direction)
    disc = b * b - (_dot(oc, oc) - radius * radius)
    if disc < 0:
        return None
    root = math.sqrt(disc)
    for t in (-b - root, -b + root):
        if t > EPSILON:
            return t
    return None


def _nearest_sphere(origin, direction, spheres):
    best_t, best = math.inf, -1
    for index, sphere in enumerate(spheres):
        t = _hit_sphere(origin, direction, sphere)
        if t is not None and t < best_t:
            best_t, best = t, index
    return best_t, best


@python_benchmark(args=(128, 96, 14, 5), cases=[(0, 0, 3, 1), (1, 1, 2, 2), (9, 7, 0, 3), (24, 18, 5, 4)])
def raycast_spheres_lambert_shadows(width: int, height: int, spheres: int, seed: int) -> Tuple[int, int, int, List[int], int, List[int]]:
    """Render the seeded scene at width x height and summarise the grey image."""
    state = seed & 0x7FFFFFFF

    def uniform():
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 8) / 8388608.0

    scene = []
    for _ in range(spheres):
        radius = 0.6 + 1.4 * uniform()
        centre = (-5.0 + 10.0 * uniform(), radius + 0.8 * uniform(), 8.0 * uniform())
        scene.append((centre, radius, 0.35 + 0.65 * uniform()))
    eye = (0.0, 2.0, -6.0)
    light = (5.0, 9.0, -4.0)
    aspect = width / height if height else 1.0
    image = [[SKY] * width for _ in range(height)]
    sphere_pixels = floor_pixels = shadowed = 0
    for py in range(height):
        for px in range(width):
            u = (2.0 * (px + 0.5) / width - 1.0) * aspect
            v = 1.0 - 2.0 * (py + 0.5) / height
            ray = _normalise((u, v - 0.4, 1.3))
            t, index = _nearest_sphere(eye, ray, scene)
            if index >= 0:
                point = _along(eye, ray, t)
                normal = _normalise(_sub(point, scene[index][0]))
                albedo = scene[index][2]
                sphere_pixels += 1
            elif ray[1] < 0:
                t = -eye[1] / ray[1]
                point = _along(eye, ray, t)
                normal = (0.0, 1.0, 0.0)
                albedo = 0.8 if (math.floor(point[0]) + math.floor(point[2])) % 2 == 0 else 0.35
                floor_pixels += 1
            else:
                continue
            to_light = _sub(light, point)
            light_distance = math.sqrt(_dot(to_light, to_light))
            towards = _normalise(to_light)
            origin = _along(point, normal, 1e-6)
            blocker_t, blocker = _nearest_sphere(origin, towards, scene)
            shade = 0.12
            if blocker >= 0 and blocker_t < light_distance:
                shadowed += 1
            else:
                shade += 0.88 * max(0.0, _dot(normal, towards))
            image[py][px] = int(255 * shade * albedo)
    histogram = [0] * 8
    checksum = 0
    for row in image:
        for value in row:
            histogram[value // 32] += 1
            checksum = (checksum * 257 + value) % 4294967291
    samples = [image[(k * 13) % height][(k * 41) % width] for k in range(8)] if width and height else []
    return (sphere_pixels, floor_pixels, shadowed, histogram, checksum, samples)
