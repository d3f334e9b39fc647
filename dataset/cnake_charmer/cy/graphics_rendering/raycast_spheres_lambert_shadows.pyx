# cython: language_level=3
"""Ray casting a sphere-and-floor scene with Lambert shading and hard shadows — structs and prange.

Vectors are a ``Vec3`` struct returned by value from inline nogil helpers, the scene is
a malloc'd array of ``Sphere`` structs, and image rows are rendered in parallel with
``prange`` (each row writes only its own slice of a pixel buffer and a flag buffer), so
the counts and the checksum are reduced serially afterwards and stay deterministic.

Keywords: graphics, ray casting, lambert shading, shadow rays, ray sphere intersection, point light
"""

import cython
from cython.parallel cimport prange
from libc.math cimport sqrt, floor, INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    SKY = 30


ctypedef struct Vec3:
    double x
    double y
    double z


ctypedef struct Sphere:
    Vec3 centre
    double radius
    double albedo


cdef inline Vec3 vec(double x, double y, double z) noexcept nogil:
    cdef Vec3 r
    r.x = x
    r.y = y
    r.z = z
    return r


cdef inline Vec3 sub(Vec3 a, Vec3 b) noexcept nogil:
    return vec(a.x - b.x, a.y - b.y, a.z - b.z)


cdef inline double dot(Vec3 a, Vec3 b) noexcept nogil:
    return a.x * b.x + a.y * b.y + a.z * b.z


cdef inline Vec3 unit(Vec3 a) noexcept nogil:
    cdef double length = sqrt(dot(a, a))
    return vec(a.x / length, a.y / length, a.z / length)


cdef inline Vec3 along(Vec3 o, Vec3 d, double t) noexcept nogil:
    return vec(o.x + d.x * t, o.y + d.y * t, o.z + d.z * t)


cdef inline double hit(Vec3 o, Vec3 d, const Sphere *s) noexcept nogil:
    cdef Vec3 oc = sub(o, s.centre)
    cdef double b = dot(oc, d)
    cdef double disc = b * b - (dot(oc, oc) - s.radius * s.radius)
    cdef double root, t
    if disc < 0:
        return -1.0
    root = sqrt(disc)
    t = -b - root
    if t > 1e-7:
        return t
    t = -b + root
    if t > 1e-7:
        return t
    return -1.0


cdef inline int nearest(Vec3 o, Vec3 d, const Sphere *scene, int n, double *best_t) noexcept nogil:
    cdef int k, best = -1
    cdef double t
    best_t[0] = INFINITY
    for k in range(n):
        t = hit(o, d, &scene[k])
        if t > 0 and t < best_t[0]:
            best_t[0] = t
            best = k
    return best


cdef void render_row(const Sphere *scene, int n, int py, int width, int height, double aspect,
                     int *pixels, unsigned char *flags) noexcept nogil:
    cdef Vec3 eye = vec(0.0, 2.0, -6.0)
    cdef Vec3 light = vec(5.0, 9.0, -4.0)
    cdef Vec3 ray, point, normal, to_light, towards
    cdef double u, v, t, albedo, light_distance, blocker_t, shade, lam
    cdef int px, index, blocker
    for px in range(width):
        pixels[px] = SKY
        flags[px] = 0
        u = (2.0 * (px + 0.5) / width - 1.0) * aspect
        v = 1.0 - 2.0 * (py + 0.5) / height
        ray = unit(vec(u, v - 0.4, 1.3))
        index = nearest(eye, ray, scene, n, &t)
        if index >= 0:
            point = along(eye, ray, t)
            normal = unit(sub(point, scene[index].centre))
            albedo = scene[index].albedo
            flags[px] = 1
        elif ray.y < 0:
            t = -eye.y / ray.y
            point = along(eye, ray, t)
            normal = vec(0.0, 1.0, 0.0)
            if ((<long long>floor(point.x) + <long long>floor(point.z)) & 1) == 0:
                albedo = 0.8
            else:
                albedo = 0.35
            flags[px] = 2
        else:
            continue
        to_light = sub(light, point)
        light_distance = sqrt(dot(to_light, to_light))
        towards = unit(to_light)
        blocker = nearest(along(point, normal, 1e-6), towards, scene, n, &blocker_t)
        shade = 0.12
        if blocker >= 0 and blocker_t < light_distance:
            flags[px] |= 4
        else:
            lam = dot(normal, towards)
            shade += 0.88 * (lam if lam > 0.0 else 0.0)
        pixels[px] = <int>(255 * shade * albedo)


@cython_benchmark(args=(128, 96, 14, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def raycast_spheres_lambert_shadows(int width, int height, int spheres, long long seed):
    """Render the seeded scene at width x height and summarise the grey image."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Sphere *scene = <Sphere *>malloc((spheres + 1) * sizeof(Sphere))
    cdef int *pixels = <int *>malloc((<size_t>width * height + 1) * sizeof(int))
    cdef unsigned char *flags = <unsigned char *>malloc(<size_t>width * height + 1)
    cdef double vals[5]
    cdef double aspect = <double>width / height if height else 1.0
    cdef int i, k, py, value
    cdef long long sphere_pixels = 0, floor_pixels = 0, shadowed = 0, checksum = 0
    cdef long long hist[8]
    cdef Py_ssize_t q
    if scene == NULL or pixels == NULL or flags == NULL:
        free(scene); free(pixels); free(flags)
        raise MemoryError()
    try:
        for i in range(spheres):
            for k in range(5):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                vals[k] = (state >> 8) / 8388608.0
            scene[i].radius = 0.6 + 1.4 * vals[0]
            scene[i].centre = vec(-5.0 + 10.0 * vals[1], scene[i].radius + 0.8 * vals[2], 8.0 * vals[3])
            scene[i].albedo = 0.35 + 0.65 * vals[4]
        for py in prange(height, nogil=True, schedule='dynamic'):
            render_row(scene, spheres, py, width, height, aspect, pixels + <size_t>py * width, flags + <size_t>py * width)
        for k in range(8):
            hist[k] = 0
        for q in range(<Py_ssize_t>width * height):
            if flags[q] & 1:
                sphere_pixels += 1
            if flags[q] & 2:
                floor_pixels += 1
            if flags[q] & 4:
                shadowed += 1
            value = pixels[q]
            hist[value // 32] += 1
            checksum = (checksum * 257 + value) % 4294967291
        samples = [pixels[((k * 13) % height) * width + (k * 41) % width] for k in range(8)] if width and height else []
        return (sphere_pixels, floor_pixels, shadowed, [hist[k] for k in range(8)], checksum, samples)
    finally:
        free(scene); free(pixels); free(flags)
