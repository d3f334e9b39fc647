# cython: language_level=3
"""HPACK (RFC 7541, no Huffman) over C buffers, with dynamic tables as fixed rings.

Each dynamic table is a ``cdef class`` holding a fixed ring of entry structs (at most
4096 / 32 entries fit, so the ring never reallocates) with newest-first indexing done
by modular arithmetic. Header fields are structs of ``const char *`` names and small
inline value buffers filled by hand-written hex/decimal formatting; table searches are
length checks plus ``memcmp``; prefix integers and literals are written to and parsed
from one reusable ``unsigned char`` block buffer.

Keywords: networking, http/2, hpack, header compression, prefix integer, dynamic table, rfc 7541, eviction
"""

import cython
from libc.stdint cimport uint8_t, uint32_t, int64_t
from libc.string cimport memcpy, memcmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    N_STATIC = 61
    RING = 128
    MAX_NAME = 32
    MAX_VALUE = 96
    MAX_FIELDS = 12
    BLOCK_BYTES = 4096

cdef const char *STATIC_NAMES[N_STATIC]
STATIC_NAMES[:] = [
    b":authority", b":method", b":method", b":path", b":path", b":scheme", b":scheme", b":status", b":status",
    b":status", b":status", b":status", b":status", b":status", b"accept-charset", b"accept-encoding",
    b"accept-language", b"accept-ranges", b"accept", b"access-control-allow-origin", b"age", b"allow",
    b"authorization", b"cache-control", b"content-disposition", b"content-encoding", b"content-language",
    b"content-length", b"content-location", b"content-range", b"content-type", b"cookie", b"date", b"etag",
    b"expect", b"expires", b"from", b"host", b"if-match", b"if-modified-since", b"if-none-match", b"if-range",
    b"if-unmodified-since", b"last-modified", b"link", b"location", b"max-forwards", b"proxy-authenticate",
    b"proxy-authorization", b"range", b"referer", b"refresh", b"retry-after", b"server", b"set-cookie",
    b"strict-transport-security", b"transfer-encoding", b"user-agent", b"vary", b"via", b"www-authenticate",
]
cdef const char *STATIC_VALUES[N_STATIC]
STATIC_VALUES[:] = [b"", b"GET", b"POST", b"/", b"/index.html", b"http", b"https", b"200", b"204", b"206",
                    b"304", b"400", b"404", b"500", b"", b"gzip, deflate"] + [b""] * 45

cdef int STATIC_NLEN[N_STATIC]
cdef int STATIC_VLEN[N_STATIC]
for _s in range(N_STATIC):
    STATIC_NLEN[_s] = <int>strlen(STATIC_NAMES[_s])
    STATIC_VLEN[_s] = <int>strlen(STATIC_VALUES[_s])

cdef const char *HOSTS[4]
HOSTS[:] = [b"example.com", b"api.example.com", b"static.example.net", b"cdn.example.org"]
cdef const char *RESOURCES[6]
RESOURCES[:] = [b"/", b"/index.html", b"/api/v1/items", b"/api/v1/users", b"/static/app.js", b"/static/style.css"]
cdef const char *ACCEPTS[3]
ACCEPTS[:] = [b"*/*", b"text/html,application/xhtml+xml", b"application/json"]
cdef const char *AGENTS[4]
AGENTS[:] = [b"Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0", b"curl/8.5.0",
             b"Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Safari/605.1.15", b"okhttp/4.12.0"]
cdef const char *HEX = b"0123456789abcdef"
cdef int SIZES[3]
SIZES[:] = [256, 1024, 4096]

cdef enum Policy:
    INDEXED_OK = 0
    NOT_INDEXED = 1
    NEVER_INDEXED = 2


cdef struct Field:
    char name[MAX_NAME]
    int nlen
    char value[MAX_VALUE]
    int vlen
    int policy


cdef inline bint field_eq(const Field *a, const Field *b) noexcept nogil:
    return (a.nlen == b.nlen and a.vlen == b.vlen and memcmp(a.name, b.name, a.nlen) == 0
            and memcmp(a.value, b.value, a.vlen) == 0)


cdef inline void set_field(Field *f, const char *name, const char *value, int vlen, int policy) noexcept nogil:
    f.nlen = <int>strlen(name)
    memcpy(f.name, name, f.nlen)
    f.vlen = vlen if vlen >= 0 else <int>strlen(value)
    memcpy(f.value, value, f.vlen)
    f.policy = policy


cdef class DynamicTable:
    cdef Field ring[RING]
    cdef int head, count
    cdef int64_t size, max_size, evictions

    def __cinit__(self):
        self.head = self.count = 0
        self.size = self.evictions = 0
        self.max_size = 4096

    cdef inline Field *at(self, int pos) noexcept nogil:
        return &self.ring[(self.head + pos) % RING]

    cdef void evict(self, int64_t room) noexcept nogil:
        cdef Field *old
        while self.count and self.size + room > self.max_size:
            old = self.at(self.count - 1)
            self.size -= old.nlen + old.vlen + 32
            self.count -= 1
            self.evictions += 1

    cdef void resize(self, int64_t max_size) noexcept nogil:
        self.max_size = max_size
        self.evict(0)

    cdef void add(self, const Field *f) noexcept nogil:
        cdef int64_t need = f.nlen + f.vlen + 32
        self.evict(need)
        if need <= self.max_size:
            self.head = (self.head + RING - 1) % RING
            self.ring[self.head] = f[0]
            self.count += 1
            self.size += need

    cdef void get(self, int index, Field *out) noexcept nogil:
        if index <= N_STATIC:
            set_field(out, STATIC_NAMES[index - 1], STATIC_VALUES[index - 1], -1, 0)
        else:
            out[0] = self.at(index - N_STATIC - 1)[0]


cdef inline int encode_int(uint8_t *out, int n, int64_t value, int prefix, int flags) noexcept nogil:
    cdef int64_t limit = (1 << prefix) - 1
    if value < limit:
        out[n] = flags | value
        return n + 1
    out[n] = flags | limit
    n += 1
    value -= limit
    while value >= 128:
        out[n] = (value & 0x7F) | 0x80
        n += 1
        value >>= 7
    out[n] = value
    return n + 1


cdef inline int64_t decode_int(const uint8_t *data, int *pos, int prefix) noexcept nogil:
    cdef int64_t limit = (1 << prefix) - 1
    cdef int64_t value = data[pos[0]] & limit
    cdef int shift = 0
    cdef uint8_t byte
    pos[0] += 1
    if value < limit:
        return value
    while True:
        byte = data[pos[0]]
        pos[0] += 1
        value += <int64_t>(byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value


cdef inline int encode_string(uint8_t *out, int n, const char *text, int length) noexcept nogil:
    n = encode_int(out, n, length, 7, 0x00)
    memcpy(out + n, text, length)
    return n + length


cdef inline int decode_string(const uint8_t *data, int *pos, char *out) noexcept nogil:
    cdef int length = <int>decode_int(data, pos, 7)
    memcpy(out, data + pos[0], length)
    pos[0] += length
    return length


cdef int encode_block(const Field *fields, int nfields, DynamicTable table, int resize, int64_t *counts,
                      uint8_t *out) noexcept nogil:
    cdef int n = 0, i, s, p, exact, name_index
    cdef const Field *f
    cdef Field *e
    if resize:
        table.resize(resize)
        n = encode_int(out, n, resize, 5, 0x20)
        counts[5] += 1
    for i in range(nfields):
        f = &fields[i]
        exact = name_index = 0
        for s in range(N_STATIC):
            if STATIC_NLEN[s] == f.nlen and memcmp(STATIC_NAMES[s], f.name, f.nlen) == 0:
                if not name_index:
                    name_index = s + 1
                if (not exact and STATIC_VLEN[s] == f.vlen
                        and memcmp(STATIC_VALUES[s], f.value, f.vlen) == 0):
                    exact = s + 1
        for p in range(table.count):
            e = table.at(p)
            if e.nlen == f.nlen and memcmp(e.name, f.name, f.nlen) == 0:
                if (not exact and e.vlen == f.vlen and memcmp(e.value, f.value, f.vlen) == 0
                        and f.policy != NEVER_INDEXED):
                    exact = N_STATIC + 1 + p
                if not name_index:
                    name_index = N_STATIC + 1 + p
        if f.policy != INDEXED_OK:
            n = encode_int(out, n, name_index, 4, 0x10 if f.policy == NEVER_INDEXED else 0x00)
            counts[3 if f.policy == NEVER_INDEXED else 4] += 1
        elif exact:
            n = encode_int(out, n, exact, 7, 0x80)
            counts[0] += 1
            continue
        else:
            n = encode_int(out, n, name_index, 6, 0x40)
            counts[1 if name_index else 2] += 1
            table.add(f)
        if not name_index:
            n = encode_string(out, n, f.name, f.nlen)
        n = encode_string(out, n, f.value, f.vlen)
    return n


cdef int decode_block(const uint8_t *data, int length, DynamicTable table, Field *out) noexcept nogil:
    cdef int pos = 0, count = 0, prefix, index
    cdef uint8_t first
    cdef Field *f
    while pos < length:
        first = data[pos]
        f = &out[count]
        if first & 0x80:
            table.get(<int>decode_int(data, &pos, 7), f)
            count += 1
            continue
        if first & 0xE0 == 0x20:
            table.resize(decode_int(data, &pos, 5))
            continue
        prefix = 6 if first & 0x40 else 4
        index = <int>decode_int(data, &pos, prefix)
        if index:
            table.get(index, f)
        else:
            f.nlen = decode_string(data, &pos, f.name)
        f.vlen = decode_string(data, &pos, f.value)
        if first & 0x40:
            table.add(f)
        count += 1
    return count


cdef inline int draw(uint32_t *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return <int>((state[0] >> 16) % <uint32_t>k)


cdef inline int write_decimal(char *out, int value) noexcept nogil:
    cdef char digits[12]
    cdef int n = 0, j
    while True:
        digits[n] = 48 + value % 10
        n += 1
        value //= 10
        if value == 0:
            break
    for j in range(n):
        out[j] = digits[n - 1 - j]
    return n


@cython_benchmark(args=(7000, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hpack_dynamic_table_codec(int requests, long long seed):
    """Return (encoded, plain, representation counts, evictions, table entries, table size, checksum, ok, first block hex)."""
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF)
    cdef char tokens[40][24]
    cdef Field fields[MAX_FIELDS]
    cdef Field decoded[MAX_FIELDS + 2]
    cdef uint8_t block[BLOCK_BYTES]
    cdef char value[MAX_VALUE]
    cdef DynamicTable encoder = DynamicTable()
    cdef DynamicTable decoder = DynamicTable()
    cdef int64_t counts[6]
    cdef int64_t encoded = 0, plain = 0, ok = 0
    cdef uint32_t checksum = 0
    cdef int r, i, j, user, post, nf, vlen, resize, blen, ndec, rid, same
    cdef const char *path
    cdef bytes first_block = b""
    for i in range(6):
        counts[i] = 0
    with nogil:
        for i in range(40):
            for j in range(24):
                tokens[i][j] = HEX[draw(&state, 16)]
        for r in range(requests):
            user = draw(&state, 40)
            post = draw(&state, 5) == 0
            set_field(&fields[0], b":method", b"POST" if post else b"GET", -1, INDEXED_OK)
            set_field(&fields[1], b":scheme", b"https", -1, INDEXED_OK)
            path = RESOURCES[draw(&state, 6)]
            vlen = <int>strlen(path)
            memcpy(value, path, vlen)
            if memcmp(path, b"/api", 4) == 0:
                value[vlen] = 47  # '/'
                vlen += 1
                vlen += write_decimal(value + vlen, draw(&state, 200))
            set_field(&fields[2], b":authority", HOSTS[draw(&state, 4)], -1, INDEXED_OK)
            set_field(&fields[3], b":path", value, vlen, INDEXED_OK)
            set_field(&fields[4], b"accept", ACCEPTS[draw(&state, 3)], -1, INDEXED_OK)
            set_field(&fields[5], b"accept-encoding", b"gzip, deflate, br", -1, INDEXED_OK)
            set_field(&fields[6], b"user-agent", AGENTS[user % 4], -1, INDEXED_OK)
            memcpy(value, b"session=", 8)
            memcpy(value + 8, tokens[user], 24)
            set_field(&fields[7], b"cookie", value, 32, INDEXED_OK)
            rid = draw(&state, 1 << 24)
            for j in range(6):
                value[j] = HEX[(rid >> (20 - 4 * j)) & 0xF]
            set_field(&fields[8], b"x-request-id", value, 6, NOT_INDEXED)
            nf = 9
            if draw(&state, 3) == 0:
                memcpy(value, b"Bearer ", 7)
                memcpy(value + 7, tokens[user], 12)
                set_field(&fields[nf], b"authorization", value, 19, NEVER_INDEXED)
                nf += 1
            if post:
                set_field(&fields[nf], b"content-type", b"application/json", -1, INDEXED_OK)
                nf += 1
                vlen = write_decimal(value, draw(&state, 5000))
                set_field(&fields[nf], b"content-length", value, vlen, NOT_INDEXED)
                nf += 1
            resize = 0
            if draw(&state, 16) == 0:
                resize = SIZES[draw(&state, 3)]

            blen = encode_block(fields, nf, encoder, resize, counts, block)
            encoded += blen
            for i in range(nf):
                plain += fields[i].nlen + fields[i].vlen + 4
            for i in range(blen):
                checksum = checksum * 31 + block[i]
            ndec = decode_block(block, blen, decoder, decoded)
            same = ndec == nf
            i = 0
            while same and i < nf:
                same = field_eq(&fields[i], &decoded[i])
                i += 1
            ok += same
            if r == 0:
                with gil:
                    first_block = block[:blen if blen < 24 else 24]
    return (encoded, plain, [counts[i] for i in range(6)], encoder.evictions + decoder.evictions, decoder.count,
            decoder.size, checksum, ok, first_block.hex())
