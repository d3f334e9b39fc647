# cython: language_level=3
"""Bounding volume hierarchy built with the binned surface-area heuristic, then ray casting — flat BVH, C stack.

Boxes and nodes are C structs in flat arrays (children by index, leaves as slices of
an id array). SAH binning accumulates per-bin counts and bounds, then evaluates all
splits from prefix and suffix sweeps over the 12 bins with 64-bit integer costs; the
chosen split is a stable partition through a scratch buffer. Rays are traced nogil
with a ``cdef inline`` slab test and an explicit stack of (node, entry distance)
frames, far child pushed first so the near one is finished before the far is tested.

Keywords: spatial indexing, bvh, surface area heuristic, ray casting, slab test, bounding boxes
"""

import cython
from libc.math cimport INFINITY
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    BINS = 12


cdef struct Box:
    int lo[3]
    int hi[3]


cdef struct BvhNode:
    Box box
    int left
    int right
    int start
    int count


cdef struct Builder:
    const Box* boxes
    int* ids
    int* scratch
    BvhNode* nodes
    int n_nodes
    int n_leaves
    int max_depth


cdef struct Frame:
    int node
    double t_in


cdef inline void grow(Box* acc, const Box* b) noexcept nogil:
    cdef int k
    for k in range(3):
        if b.lo[k] < acc.lo[k]:
            acc.lo[k] = b.lo[k]
        if b.hi[k] > acc.hi[k]:
            acc.hi[k] = b.hi[k]


cdef inline long long surface(const Box* b) noexcept nogil:
    cdef long long dx = b.hi[0] - b.lo[0], dy = b.hi[1] - b.lo[1], dz = b.hi[2] - b.lo[2]
    return 2 * (dx * dy + dy * dz + dz * dx)


cdef int build(Builder* bd, int start, int count, int depth) noexcept nogil:
    cdef int me = bd.n_nodes, i, k, axis, split, c, lo, hi, best_axis = -1, best_split = 0
    cdef int best_lo = 0, best_hi = 0, n_left, w
    cdef long long cost, best_cost = 0
    cdef int bin_count[BINS]
    cdef Box bin_box[BINS]
    cdef Box prefix[BINS]
    cdef Box suffix[BINS]
    cdef int have_prefix[BINS]
    cdef int have_suffix[BINS]
    cdef int prefix_count[BINS]
    cdef BvhNode* node = &bd.nodes[me]
    bd.n_nodes += 1
    if depth > bd.max_depth:
        bd.max_depth = depth
    node.box = bd.boxes[bd.ids[start]]
    for i in range(start + 1, start + count):
        grow(&node.box, &bd.boxes[bd.ids[i]])
    if count > 2:
        for axis in range(3):
            lo = bd.boxes[bd.ids[start]].lo[axis] + bd.boxes[bd.ids[start]].hi[axis]
            hi = lo
            for i in range(start, start + count):
                c = bd.boxes[bd.ids[i]].lo[axis] + bd.boxes[bd.ids[i]].hi[axis]
                if c < lo:
                    lo = c
                if c > hi:
                    hi = c
            if lo == hi:
                continue
            for k in range(BINS):
                bin_count[k] = 0
            for i in range(start, start + count):
                c = bd.boxes[bd.ids[i]].lo[axis] + bd.boxes[bd.ids[i]].hi[axis]
                k = (c - lo) * BINS // (hi - lo + 1)
                if bin_count[k] == 0:
                    bin_box[k] = bd.boxes[bd.ids[i]]
                else:
                    grow(&bin_box[k], &bd.boxes[bd.ids[i]])
                bin_count[k] += 1
            # prefix[k]: bounds of bins 0..k, suffix[k]: bounds of bins k..BINS-1
            for k in range(BINS):
                have_prefix[k] = have_prefix[k - 1] if k > 0 else 0
                prefix_count[k] = (prefix_count[k - 1] if k > 0 else 0) + bin_count[k]
                if k > 0:
                    prefix[k] = prefix[k - 1]
                if bin_count[k]:
                    if have_prefix[k]:
                        grow(&prefix[k], &bin_box[k])
                    else:
                        prefix[k] = bin_box[k]
                    have_prefix[k] = 1
            for k in range(BINS - 1, -1, -1):
                have_suffix[k] = have_suffix[k + 1] if k < BINS - 1 else 0
                if k < BINS - 1:
                    suffix[k] = suffix[k + 1]
                if bin_count[k]:
                    if have_suffix[k]:
                        grow(&suffix[k], &bin_box[k])
                    else:
                        suffix[k] = bin_box[k]
                    have_suffix[k] = 1
            for split in range(1, BINS):
                if not have_prefix[split - 1] or not have_suffix[split]:
                    continue
                n_left = prefix_count[split - 1]
                cost = surface(&prefix[split - 1]) * n_left + surface(&suffix[split]) * (count - n_left)
                if best_axis < 0 or cost < best_cost:
                    best_cost = cost
                    best_axis = axis
                    best_split = split
                    best_lo = lo
                    best_hi = hi
    if best_axis < 0 or best_cost + 2 * surface(&node.box) >= surface(&node.box) * count:
        node.start = start
        node.count = count
        node.left = -1
        node.right = -1
        bd.n_leaves += 1
        return me
    # stable partition by bin, through the scratch buffer
    n_left = 0
    w = 0
    for i in range(start, start + count):
        c = bd.boxes[bd.ids[i]].lo[best_axis] + bd.boxes[bd.ids[i]].hi[best_axis]
        if (c - best_lo) * BINS // (best_hi - best_lo + 1) < best_split:
            bd.ids[start + n_left] = bd.ids[i]
            n_left += 1
        else:
            bd.scratch[w] = bd.ids[i]
            w += 1
    for i in range(w):
        bd.ids[start + n_left + i] = bd.scratch[i]
    node.count = 0
    node.start = -1
    k = build(bd, start, n_left, depth + 1)
    bd.nodes[me].left = k
    k = build(bd, start + n_left, count - n_left, depth + 1)
    bd.nodes[me].right = k
    return me


cdef inline double entry_distance(const Box* b, const int* origin, const double* inv) noexcept nogil:
    cdef double t_near = 0.0, t_far = INFINITY, t1, t2, t
    cdef int k
    for k in range(3):
        t1 = (b.lo[k] - origin[k]) * inv[k]
        t2 = (b.hi[k] - origin[k]) * inv[k]
        if t1 > t2:
            t = t1; t1 = t2; t2 = t
        if t1 > t_near:
            t_near = t1
        if t2 < t_far:
            t_far = t2
    return t_near if t_near <= t_far else -1.0


cdef inline int draw(unsigned int* state, unsigned int k) noexcept nogil:
    state[0] = (state[0] * 1103515245u + 12345u) & 0x7FFFFFFFu
    return <int>((state[0] >> 10) % k)


@cython_benchmark(args=(1200, 2000, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def bvh_sah_ray_box_hits(int n, int rays, long long seed):
    """Return (nodes, leaves, depth, rays hitting, nearest checksum, summed t, visits, box tests)."""
    cdef unsigned int state = <unsigned int>(seed & 0x7FFFFFFF)
    cdef int i, k, r, x, y, z, top, at, best_i
    cdef int origin[3]
    cdef int aim[3]
    cdef int direction[3]
    cdef double inv[3]
    cdef double best_t, t, ta, tb, t_total = 0.0
    cdef long long visits = 0, tests = 0, hit_rays = 0, checksum = 0
    cdef Builder bd
    cdef BvhNode* node
    cdef const Box* target
    cdef Box* boxes = <Box*>malloc((n + 1) * sizeof(Box))
    cdef Frame* stack = <Frame*>malloc((2 * n + 8) * sizeof(Frame))
    bd.ids = <int*>malloc((n + 1) * sizeof(int))
    bd.scratch = <int*>malloc((n + 1) * sizeof(int))
    bd.nodes = <BvhNode*>malloc((2 * n + 1) * sizeof(BvhNode))
    bd.n_nodes = 0
    bd.n_leaves = 0
    bd.max_depth = 0
    try:
        if not (boxes and stack and bd.ids and bd.scratch and bd.nodes):
            raise MemoryError()
        for i in range(n):
            x = draw(&state, 1000); y = draw(&state, 1000); z = draw(&state, 1000)
            if i % 2:
                y = (x + z) // 2
            boxes[i].lo[0] = x; boxes[i].lo[1] = y; boxes[i].lo[2] = z
            boxes[i].hi[0] = x + 1 + draw(&state, 40)
            boxes[i].hi[1] = y + 1 + draw(&state, 40)
            boxes[i].hi[2] = z + 1 + draw(&state, 40)
            bd.ids[i] = i
        bd.boxes = boxes
        if n > 0:
            with nogil:
                build(&bd, 0, n, 0)
        for r in range(rays):
            origin[0] = draw(&state, 1100) - 50
            origin[1] = draw(&state, 1100) - 50
            origin[2] = -50 - draw(&state, 100)
            if n > 0:
                target = &boxes[draw(&state, n)]
                for k in range(3):
                    aim[k] = (target.lo[k] + target.hi[k]) // 2
            else:
                for k in range(3):
                    aim[k] = draw(&state, 1000)
            for k in range(3):
                direction[k] = aim[k] - origin[k] + draw(&state, 21) - 10
                if direction[k] == 0:
                    direction[k] = 1
                inv[k] = 1.0 / direction[k]
            best_t = INFINITY
            best_i = -1
            with nogil:
                top = 0
                if n > 0:
                    t = entry_distance(&bd.nodes[0].box, origin, inv)
                    if t >= 0.0:
                        stack[0].node = 0
                        stack[0].t_in = t
                        top = 1
                while top > 0:
                    top -= 1
                    if stack[top].t_in > best_t:
                        continue
                    at = stack[top].node
                    node = &bd.nodes[at]
                    visits += 1
                    if node.left < 0:
                        for i in range(node.start, node.start + node.count):
                            tests += 1
                            t = entry_distance(&boxes[bd.ids[i]], origin, inv)
                            if t >= 0.0 and (t < best_t or (t == best_t and bd.ids[i] < best_i)):
                                best_t = t
                                best_i = bd.ids[i]
                        continue
                    ta = entry_distance(&bd.nodes[node.left].box, origin, inv)
                    tb = entry_distance(&bd.nodes[node.right].box, origin, inv)
                    if tb < ta:   # right is nearer: push left (far) first
                        if ta >= 0.0:
                            stack[top].node = node.left; stack[top].t_in = ta; top += 1
                        if tb >= 0.0:
                            stack[top].node = node.right; stack[top].t_in = tb; top += 1
                    else:
                        if tb >= 0.0:
                            stack[top].node = node.right; stack[top].t_in = tb; top += 1
                        if ta >= 0.0:
                            stack[top].node = node.left; stack[top].t_in = ta; top += 1
            if best_i >= 0:
                hit_rays += 1
                t_total += best_t
            checksum = (checksum * 10007 + best_i + 1) % 1000000007
        return (bd.n_nodes, bd.n_leaves, bd.max_depth, hit_rays, checksum, t_total, visits, tests)
    finally:
        free(boxes); free(stack); free(bd.ids); free(bd.scratch); free(bd.nodes)
