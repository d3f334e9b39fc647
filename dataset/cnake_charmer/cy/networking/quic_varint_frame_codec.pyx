# cython: language_level=3
"""QUIC varint frame packing and parsing on raw ``uint8_t`` buffers.

Varints are written by width with shifts and read back by switching on the top two
bits, the 8-byte form with one unaligned ``memcpy`` and ``__builtin_bswap64``. Frames
are assembled in a stack scratch buffer and ``memcpy``'d into a single malloc'd array
of fixed 1200-byte packets (padding is a ``memset``), which the receiver then walks
with an index, tallying into C arrays; the whole pipeline runs without the GIL.

Keywords: networking, quic, variable-length integer, varint, rfc 9000, frame parsing, stream frames, ack ranges
"""

import cython
from libc.stdint cimport uint8_t, uint64_t, int64_t
from libc.stdlib cimport malloc, calloc, free
from libc.string cimport memcpy, memset

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    uint64_t __builtin_bswap64(uint64_t) nogil

cdef enum:
    PACKET_SIZE = 1200
    HEADER_SIZE = 5
    PATTERN = 1280


cdef inline int put_varint(uint8_t *out, uint64_t v) noexcept nogil:
    if v < (1ULL << 6):
        out[0] = <uint8_t>v
        return 1
    if v < (1ULL << 14):
        out[0] = 0x40 | <uint8_t>(v >> 8)
        out[1] = <uint8_t>v
        return 2
    if v < (1ULL << 30):
        out[0] = 0x80 | <uint8_t>(v >> 24)
        out[1] = <uint8_t>(v >> 16)
        out[2] = <uint8_t>(v >> 8)
        out[3] = <uint8_t>v
        return 4
    v = __builtin_bswap64(v | 0xC000000000000000ULL)
    memcpy(out, &v, 8)
    return 8


cdef inline uint64_t get_varint(const uint8_t *data, int *pos, int64_t *widths) noexcept nogil:
    cdef const uint8_t *p = data + pos[0]
    cdef uint64_t v
    cdef int tag = p[0] >> 6
    widths[tag] += 1
    if tag == 0:
        pos[0] += 1
        return p[0]
    if tag == 1:
        pos[0] += 2
        return (<uint64_t>(p[0] & 0x3F) << 8) | p[1]
    if tag == 2:
        pos[0] += 4
        return ((<uint64_t>(p[0] & 0x3F) << 24) | (<uint64_t>p[1] << 16) | (<uint64_t>p[2] << 8) | p[3])
    memcpy(&v, p, 8)
    pos[0] += 8
    return __builtin_bswap64(v) & 0x3FFFFFFFFFFFFFFFULL


cdef inline uint64_t draw(uint64_t *state, uint64_t k) noexcept nogil:
    state[0] = state[0] * 6364136223846793005ULL + 1442695040888963407ULL
    return (state[0] >> 33) % k


cdef bint check_examples() noexcept nogil:
    cdef uint8_t a[8]
    cdef uint8_t out[8]
    cdef int64_t w[4]
    cdef int pos
    cdef bint ok = True
    w[0] = w[1] = w[2] = w[3] = 0
    a[:] = [0xc2, 0x19, 0x7c, 0x5e, 0xff, 0x14, 0xe8, 0x8c]
    pos = 0
    ok = ok and get_varint(a, &pos, w) == 151288809941952652ULL and pos == 8
    ok = ok and put_varint(out, 151288809941952652ULL) == 8 and out[0] == 0xc2 and out[7] == 0x8c
    a[0] = 0x9d; a[1] = 0x7f; a[2] = 0x3e; a[3] = 0x7d
    pos = 0
    ok = ok and get_varint(a, &pos, w) == 494878333 and pos == 4
    ok = ok and put_varint(out, 494878333) == 4 and out[0] == 0x9d and out[3] == 0x7d
    a[0] = 0x7b; a[1] = 0xbd
    pos = 0
    ok = ok and get_varint(a, &pos, w) == 15293 and pos == 2
    ok = ok and put_varint(out, 15293) == 2 and out[0] == 0x7b and out[1] == 0xbd
    a[0] = 0x25
    pos = 0
    ok = ok and get_varint(a, &pos, w) == 37 and pos == 1
    ok = ok and put_varint(out, 37) == 1 and out[0] == 0x25
    a[0] = 0x40; a[1] = 0x25
    pos = 0
    ok = ok and get_varint(a, &pos, w) == 37 and pos == 2
    return ok


@cython_benchmark(args=(45000, 12, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def quic_varint_frame_codec(int frames, int streams, long long seed):
    """Return (examples ok, packets, frames per type, varint widths, acked packets, stream totals, checksum, padding)."""
    cdef uint64_t state = <uint64_t>seed
    cdef uint8_t pattern[PATTERN]
    cdef uint8_t frame[1024]
    cdef size_t capacity = <size_t>(frames + 1) * PACKET_SIZE
    cdef uint8_t *packets = <uint8_t *>malloc(capacity)
    cdef uint64_t *offsets = <uint64_t *>calloc(streams + 1, sizeof(uint64_t))
    cdef int64_t *got_bytes = <int64_t *>calloc(streams + 1, sizeof(int64_t))
    cdef int64_t *got_fins = <int64_t *>calloc(streams + 1, sizeof(int64_t))
    cdef char *seen = <char *>calloc(streams + 1, 1)
    cdef int64_t widths[4]
    cdef int64_t n_stream = 0, n_ack = 0, n_max_data = 0, n_max_stream = 0, n_ping = 0
    cdef int64_t acked = 0, checksum = 0, padding = 0, data_sum
    cdef int64_t packet_number = 0
    cdef int used = 0, flen, f, kind, stream, length, fin, start, ranges, r, pos, sid, i
    cdef uint64_t largest, first_range, value, offset, max_data
    cdef uint8_t *pkt
    cdef bint examples_ok
    cdef list totals = []
    try:
        if not (packets and offsets and got_bytes and got_fins and seen):
            raise MemoryError()
        with nogil:
            examples_ok = check_examples()
            for i in range(4):
                widths[i] = 0
            for i in range(PATTERN):
                pattern[i] = <uint8_t>draw(&state, 256)
            for f in range(frames):
                kind = <int>draw(&state, 10) if streams else 9
                if kind < 6:
                    stream = <int>draw(&state, streams)
                    length = 1 + <int>draw(&state, 880 if draw(&state, 4) == 0 else 180)
                    fin = draw(&state, 25) == 0
                    frame[0] = 0x08 | (0x04 if offsets[stream] > 0 else 0) | 0x02 | fin
                    flen = 1 + put_varint(frame + 1, 4 * stream)
                    if offsets[stream]:
                        flen += put_varint(frame + flen, offsets[stream])
                    flen += put_varint(frame + flen, length)
                    start = <int>((offsets[stream] + 31 * stream) % 256)
                    memcpy(frame + flen, pattern + start, length)
                    flen += length
                    offsets[stream] = 0 if fin else offsets[stream] + length
                elif kind < 8:
                    largest = <uint64_t>(packet_number - 1 if packet_number > 0 else 0) + draw(&state, 3)
                    ranges = <int>draw(&state, 4)
                    first_range = draw(&state, 20)
                    if first_range > largest:
                        first_range = largest
                    frame[0] = 0x02
                    flen = 1 + put_varint(frame + 1, largest)
                    flen += put_varint(frame + flen, draw(&state, 50000))
                    flen += put_varint(frame + flen, ranges)
                    flen += put_varint(frame + flen, first_range)
                    for r in range(ranges):
                        flen += put_varint(frame + flen, draw(&state, 8))
                        flen += put_varint(frame + flen, draw(&state, 12))
                elif kind == 8:
                    max_data = draw(&state, 1ULL << 40)
                    if draw(&state, 2):
                        frame[0] = 0x11
                        flen = 1 + put_varint(frame + 1, 4 * draw(&state, streams if streams > 1 else 1))
                        flen += put_varint(frame + flen, draw(&state, 1 << 20))
                    else:
                        frame[0] = 0x10
                        flen = 1 + put_varint(frame + 1, max_data)
                else:
                    frame[0] = 0x01
                    flen = 1
                if used + flen > PACKET_SIZE - HEADER_SIZE:
                    pkt = packets + packet_number * PACKET_SIZE
                    memset(pkt + HEADER_SIZE + used, 0, PACKET_SIZE - HEADER_SIZE - used)
                    packet_number += 1
                    used = 0
                pkt = packets + packet_number * PACKET_SIZE
                if used == 0:
                    pkt[0] = 0x40
                    pkt[1] = (packet_number >> 24) & 0xFF
                    pkt[2] = (packet_number >> 16) & 0xFF
                    pkt[3] = (packet_number >> 8) & 0xFF
                    pkt[4] = packet_number & 0xFF
                memcpy(pkt + HEADER_SIZE + used, frame, flen)
                used += flen
            if used:
                pkt = packets + packet_number * PACKET_SIZE
                memset(pkt + HEADER_SIZE + used, 0, PACKET_SIZE - HEADER_SIZE - used)
                packet_number += 1

            for f in range(packet_number):
                pkt = packets + <int64_t>f * PACKET_SIZE
                pos = HEADER_SIZE
                while pos < PACKET_SIZE:
                    kind = pkt[pos]
                    if kind == 0x00:
                        padding += 1
                        pos += 1
                        continue
                    pos += 1
                    if 0x08 <= kind <= 0x0F:
                        n_stream += 1
                        sid = <int>get_varint(pkt, &pos, widths)
                        offset = 0
                        if kind & 0x04:
                            offset = get_varint(pkt, &pos, widths)
                        length = <int>get_varint(pkt, &pos, widths)
                        data_sum = 0
                        for i in range(pos, pos + length):
                            data_sum += pkt[i]
                        pos += length
                        seen[sid // 4] = 1
                        got_bytes[sid // 4] += length
                        got_fins[sid // 4] += kind & 0x01
                        checksum = (checksum * 131 + data_sum * 7 + <int64_t>offset) % 1000000007
                    elif kind == 0x02:
                        n_ack += 1
                        get_varint(pkt, &pos, widths)
                        get_varint(pkt, &pos, widths)
                        ranges = <int>get_varint(pkt, &pos, widths)
                        acked += <int64_t>get_varint(pkt, &pos, widths) + 1
                        for r in range(ranges):
                            get_varint(pkt, &pos, widths)
                            acked += <int64_t>get_varint(pkt, &pos, widths) + 1
                    elif kind == 0x10:
                        n_max_data += 1
                        get_varint(pkt, &pos, widths)
                    elif kind == 0x11:
                        n_max_stream += 1
                        get_varint(pkt, &pos, widths)
                        get_varint(pkt, &pos, widths)
                    else:
                        n_ping += 1
        for i in range(streams):
            if seen[i] and len(totals) < 4:
                totals.append((4 * i, got_bytes[i], got_fins[i] > 0))
        counts = {"stream": n_stream, "ack": n_ack, "max_data": n_max_data, "max_stream_data": n_max_stream,
                  "ping": n_ping}
        return (examples_ok, packet_number, counts, [widths[i] for i in range(4)], acked, totals, checksum, padding)
    finally:
        free(packets); free(offsets); free(got_bytes); free(got_fins); free(seen)
