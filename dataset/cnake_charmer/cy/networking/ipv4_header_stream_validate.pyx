# cython: language_level=3
"""Parse and validate a captured IPv4 stream through a packed C header struct.

The capture is generated into one malloc'd ``uint8_t`` buffer; each record's header is
read by casting its address to a ``cdef packed struct`` laid out exactly like the wire
format, with inline byte swaps for the network-order fields. Checksums, the option
walk and all tallies (per protocol, per option kind, per destination /16 in a flat
65536-entry array) run over raw pointers without the GIL.

Keywords: networking, ipv4, packet parsing, header validation, struct, checksum, ip options, pcap
"""

import cython
from libc.stdint cimport uint8_t, uint16_t, uint32_t, int64_t
from libc.stdlib cimport malloc, calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef packed struct Ipv4Header:
    uint8_t ver_ihl
    uint8_t tos
    uint16_t total_length
    uint16_t ident
    uint16_t frag
    uint8_t ttl
    uint8_t proto
    uint16_t checksum
    uint8_t src[4]
    uint8_t dst[4]


cdef enum:
    MAX_RECORD = 200

cdef uint8_t OPTION_KINDS[3]
OPTION_KINDS[:] = [0x07, 0x44, 0x94]
cdef uint8_t PROTOCOLS[4]
PROTOCOLS[:] = [1, 6, 17, 47]


cdef inline uint16_t ntoh16(uint16_t v) noexcept nogil:
    return <uint16_t>((v >> 8) | (v << 8))


cdef inline int draw(uint32_t *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return <int>((state[0] >> 16) % <uint32_t>k)


cdef inline uint16_t header_checksum(const uint8_t *h, int n) noexcept nogil:
    cdef uint32_t total = 0
    cdef int i
    for i in range(0, n, 2):
        total += (<uint32_t>h[i] << 8) | h[i + 1]
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return <uint16_t>~total


cdef Py_ssize_t build_capture(uint8_t *out, int n, uint32_t state) noexcept nogil:
    cdef Py_ssize_t pos = 0
    cdef int i, j, option_words, nops, size, kind, payload, ihl, total, flags, proto, ttl, version, fault, hlen
    cdef uint8_t *rec
    cdef Ipv4Header *h
    cdef uint16_t c
    for i in range(n):
        option_words = draw(&state, 5) if draw(&state, 4) == 0 else 0
        nops = size = kind = 0
        if option_words:
            nops = draw(&state, 3)
            kind = OPTION_KINDS[draw(&state, 3)]
            size = option_words * 4 - nops
        payload = 8 + draw(&state, 120)
        ihl = 5 + option_words
        hlen = ihl * 4
        total = hlen + payload
        if draw(&state, 8) == 0:
            flags = 0x2000
        elif draw(&state, 10) == 0:
            flags = draw(&state, 8)
        else:
            flags = 0
        proto = PROTOCOLS[draw(&state, 4)]
        rec = out + pos
        h = <Ipv4Header *>(rec + 2)
        h.src[0] = 10
        h.src[1] = draw(&state, 4)
        h.src[2] = draw(&state, 256)
        h.src[3] = draw(&state, 256)
        h.dst[0] = 172
        h.dst[1] = 16 + draw(&state, 16)
        h.dst[2] = draw(&state, 256)
        h.dst[3] = 1 + draw(&state, 254)
        ttl = 1 + draw(&state, 64)
        version = 4
        fault = draw(&state, 40)
        if fault == 0:
            version = 6
        elif fault == 1:
            ihl = 4
        elif fault == 2:
            total += 4
        elif fault == 3:
            ttl = 0
        h.ver_ihl = (version << 4) | ihl
        h.tos = 0
        h.total_length = ntoh16(total)
        h.ident = ntoh16(draw(&state, 65536))
        h.frag = ntoh16(flags)
        h.ttl = ttl
        h.proto = proto
        h.checksum = 0
        for j in range(nops):
            rec[22 + j] = 1
        if size:
            rec[22 + nops] = kind
            rec[23 + nops] = size
            for j in range(2, size):
                rec[22 + nops + j] = 0
        if fault == 4 and size:
            rec[23 + nops] = size + 4
        c = header_checksum(rec + 2, hlen)
        rec[12] = c >> 8
        rec[13] = c & 0xFF
        if fault == 5:
            rec[12] ^= 0x10
        for j in range(payload):
            rec[2 + hlen + j] = i & 0xFF
        rec[0] = (hlen + payload) >> 8
        rec[1] = (hlen + payload) & 0xFF
        pos += 2 + hlen + payload
    return pos


cdef inline bint options_ok(const uint8_t *opt, int n, int64_t *seen) noexcept nogil:
    cdef int i = 0, kind
    while i < n:
        kind = opt[i]
        if kind == 0:
            break
        if kind == 1:
            i += 1
            continue
        if i + 1 >= n or opt[i + 1] < 2 or i + opt[i + 1] > n:
            return False
        seen[kind] += 1
        i += opt[i + 1]
    return True


@cython_benchmark(args=(30000, 9))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def ipv4_header_stream_validate(int n, long long seed):
    """Return (valid, errors per reason, protocol -> [packets, bytes], fragments, option kinds, top /16s, id xor)."""
    cdef uint8_t *capture = <uint8_t *>malloc(<size_t>n * MAX_RECORD + 1)
    cdef int64_t *per_prefix = <int64_t *>calloc(65536, sizeof(int64_t))
    cdef int64_t proto_packets[256]
    cdef int64_t proto_bytes[256]
    cdef int64_t seen[256]
    cdef int64_t errors[6]
    cdef int64_t valid = 0, fragments = 0
    cdef uint32_t id_xor = 0
    cdef Py_ssize_t length, pos = 0
    cdef int caplen, ihl, total, k, prefix, best_k
    cdef int top[3]
    cdef const Ipv4Header *h
    cdef const uint8_t *packet
    try:
        if capture == NULL or per_prefix == NULL:
            raise MemoryError()
        with nogil:
            for k in range(256):
                proto_packets[k] = proto_bytes[k] = seen[k] = 0
            for k in range(6):
                errors[k] = 0
            length = build_capture(capture, n, <uint32_t>(seed & 0x7FFFFFFF))
            while pos + 2 <= length:
                caplen = (capture[pos] << 8) | capture[pos + 1]
                packet = capture + pos + 2
                pos += 2 + caplen
                h = <const Ipv4Header *>packet
                ihl = h.ver_ihl & 0x0F
                total = ntoh16(h.total_length)
                if h.ver_ihl >> 4 != 4:
                    errors[0] += 1
                elif ihl < 5 or ihl * 4 > caplen:
                    errors[1] += 1
                elif total != caplen:
                    errors[2] += 1
                elif header_checksum(packet, ihl * 4) != 0:
                    errors[3] += 1
                elif h.ttl == 0:
                    errors[4] += 1
                elif not options_ok(packet + 20, ihl * 4 - 20, seen):
                    errors[5] += 1
                else:
                    valid += 1
                    proto_packets[h.proto] += 1
                    proto_bytes[h.proto] += total
                    if ntoh16(h.frag) & 0x3FFF:
                        fragments += 1
                    per_prefix[(h.dst[0] << 8) | h.dst[1]] += total
                    id_xor ^= ntoh16(h.ident)
            for k in range(3):
                best_k = -1
                for prefix in range(65536):
                    if per_prefix[prefix] > 0 and (best_k < 0 or per_prefix[prefix] > per_prefix[best_k]):
                        best_k = prefix
                top[k] = best_k
                if best_k >= 0:
                    per_prefix[best_k] = -per_prefix[best_k]
        return (valid, [errors[k] for k in range(6)],
                {k: [proto_packets[k], proto_bytes[k]] for k in range(256) if proto_packets[k]},
                fragments, [(k, seen[k]) for k in range(256) if seen[k]],
                [(top[k], -per_prefix[top[k]]) for k in range(3) if top[k] >= 0], id_xor)
    finally:
        free(capture)
        free(per_prefix)
