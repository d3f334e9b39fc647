# cython: language_level=3
"""Patricia-trie longest-prefix match on ``uint64_t`` keys in a flat node pool.

Nodes are C structs (``uint64_t`` key, bit length, route, two child indices) in one
array owned by a ``cdef class`` and sized up front (an insert adds at most two nodes),
so the trie has no per-node Python objects. The divergence point of two keys is one
``__builtin_clzll`` of their XOR, and masks and bit tests are 64-bit shifts; inserts,
withdrawals and lookups run without the GIL.

Keywords: networking, longest prefix match, patricia trie, radix tree, ipv6, routing table, path compression
"""

import cython
from libc.stdint cimport uint64_t, int64_t
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_clzll(unsigned long long) nogil


cdef struct Node:
    uint64_t key
    int length
    int route          # -1 = no route
    int child[2]       # -1 = none


cdef inline uint64_t mask(int length) noexcept nogil:
    return (~<uint64_t>0) << (64 - length) if length else 0


cdef inline int bit_at(uint64_t key, int position) noexcept nogil:
    return <int>((key >> (63 - position)) & 1)


cdef class PatriciaTrie:
    cdef Node *pool
    cdef int size
    cdef int capacity

    def __cinit__(self, int capacity):
        self.pool = <Node *>malloc(capacity * sizeof(Node))
        if self.pool == NULL:
            raise MemoryError()
        self.capacity = capacity
        self.size = 0
        self.new_node(0, 0, -1)

    def __dealloc__(self):
        free(self.pool)

    cdef inline int new_node(self, uint64_t key, int length, int route) noexcept nogil:
        cdef Node *nd = &self.pool[self.size]
        nd.key = key
        nd.length = length
        nd.route = route
        nd.child[0] = nd.child[1] = -1
        self.size += 1
        return self.size - 1

    cdef void insert(self, uint64_t key, int length, int route) noexcept nogil:
        cdef int node = 0, child, bit, common, middle
        cdef uint64_t diff
        while True:
            if length == self.pool[node].length:
                self.pool[node].route = route
                return
            bit = bit_at(key, self.pool[node].length)
            child = self.pool[node].child[bit]
            if child < 0:
                self.pool[node].child[bit] = self.new_node(key, length, route)
                return
            diff = key ^ self.pool[child].key
            common = __builtin_clzll(diff) if diff else 64
            if length < common:
                common = length
            if self.pool[child].length < common:
                common = self.pool[child].length
            if common == self.pool[child].length:
                node = child
                continue
            middle = self.new_node(key & mask(common), common, -1)
            self.pool[middle].child[bit_at(self.pool[child].key, common)] = child
            self.pool[node].child[bit] = middle
            if common == length:
                self.pool[middle].route = route
                return
            self.pool[middle].child[bit_at(key, common)] = self.new_node(key, length, route)
            return

    cdef int find(self, uint64_t key, int length) noexcept nogil:
        cdef int node = 0
        while node >= 0 and self.pool[node].length < length:
            node = self.pool[node].child[bit_at(key, self.pool[node].length)]
        if node >= 0 and self.pool[node].length == length and self.pool[node].key == key:
            return node
        return -1

    cdef int lookup(self, uint64_t address, int64_t *visited) noexcept nogil:
        cdef int best = -1, node = 0
        cdef const Node *nd
        while node >= 0:
            nd = &self.pool[node]
            visited[0] += 1
            if (address ^ nd.key) & mask(nd.length):
                break
            if nd.route >= 0:
                best = nd.route
            if nd.length == 64:
                break
            node = nd.child[bit_at(address, nd.length)]
        return best


cdef inline uint64_t draw64(uint64_t *state) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return state[0] ^ (state[0] >> 29)


cdef inline int draw(uint64_t *state, int k) noexcept nogil:
    return <int>((draw64(state) >> 33) % <uint64_t>k)


@cython_benchmark(args=(9000, 32000, 23))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def patricia_trie_prefix64_lookup(int routes, int queries, long long seed):
    """Return (nodes, live routes, withdrawn, [hits, misses, default], visited, route checksum, first answers)."""
    cdef PatriciaTrie trie = PatriciaTrie(2 * (routes + routes // 4) + 4)
    cdef uint64_t state = <uint64_t>seed
    cdef uint64_t providers[8]
    cdef uint64_t *keys = <uint64_t *>malloc((routes + 1) * sizeof(uint64_t))
    cdef int *lengths = <int *>malloc((routes + 1) * sizeof(int))
    cdef uint64_t key, address, checksum = 0
    cdef uint64_t raw
    cdef int r, i, q, length, node, route
    cdef int64_t withdrawn = 0, hits = 0, misses = 0, defaults = 0, visited = 0, live = 0
    cdef int first[8]
    cdef int nfirst = 0
    try:
        if keys == NULL or lengths == NULL:
            raise MemoryError()
        with nogil:
            for i in range(8):
                raw = draw64(&state)
                providers[i] = raw & mask(16 + 4 * draw(&state, 5))
            for r in range(routes):
                key = providers[draw(&state, 8)]
                length = 16 + draw(&state, 49)
                raw = draw64(&state)
                key = (key | (raw & ~mask(16 + 4 * draw(&state, 3)))) & mask(length)
                trie.insert(key, length, r + 1)
                keys[r] = key
                lengths[r] = length
            for i in range(routes // 4):
                r = draw(&state, routes)
                node = trie.find(keys[r], lengths[r])
                if node >= 0 and trie.pool[node].route >= 0:
                    trie.pool[node].route = -1
                    withdrawn += 1
                if i % 3 == 0:
                    r = draw(&state, routes)
                    trie.insert(keys[r], lengths[r], routes + 1 + i)
            trie.pool[0].route = 0 if routes else -1
            for q in range(queries):
                if q % 2 == 0 and routes:
                    r = draw(&state, routes)
                    address = keys[r] | (draw64(&state) & ~mask(lengths[r]))
                else:
                    address = draw64(&state)
                route = trie.lookup(address, &visited)
                if route < 0:
                    misses += 1
                elif route == 0:
                    defaults += 1
                else:
                    hits += 1
                checksum = (checksum * 1000003ULL + <uint64_t>(route + 1)) & 0xFFFFFFFFFFFFULL
                if nfirst < 8:
                    first[nfirst] = route
                    nfirst += 1
            for i in range(trie.size):
                if trie.pool[i].route >= 0:
                    live += 1
        return (trie.size, live, withdrawn, [hits, misses, defaults], visited, checksum,
                [first[i] for i in range(nfirst)])
    finally:
        free(keys)
        free(lengths)
