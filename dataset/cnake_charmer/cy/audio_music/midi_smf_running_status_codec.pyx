# distutils: language = c++
# cython: language_level=3
"""SMF running-status codec writing into a C++ vector<uint8_t> and parsing a raw pointer.

Events are C structs in a std::vector, the track grows in a std::vector<uint8_t> via
push_back (VLQs written by a cdef inline function into a small stack buffer), the
big-endian header fields are laid down byte by byte, and decoding walks the vector's
data pointer. Sounding notes are tracked in a 16x128 C flag array instead of a set.

Keywords: midi, standard midi file, running status, variable length quantity, event stream, codec
"""

import cython
from libcpp.vector cimport vector
from libc.stdint cimport uint8_t, uint32_t
from libc.string cimport memset

from cnake_charmer.benchmarks import cython_benchmark


cdef struct MidiEvent:
    uint32_t delta
    int status
    int data1
    int data2


cdef inline int data_length(int status) noexcept nogil:
    return 1 if (status & 0xF0) == 0xC0 or (status & 0xF0) == 0xD0 else 2


cdef inline void write_vlq(vector[uint8_t] &out, uint32_t value) noexcept nogil:
    cdef uint8_t groups[5]
    cdef int n = 1
    groups[0] = value & 0x7F
    value >>= 7
    while value:
        groups[n] = (value & 0x7F) | 0x80
        n += 1
        value >>= 7
    while n > 0:
        n -= 1
        out.push_back(groups[n])


cdef inline void write_u32_be(vector[uint8_t] &out, uint32_t value) noexcept nogil:
    out.push_back((value >> 24) & 0xFF)
    out.push_back((value >> 16) & 0xFF)
    out.push_back((value >> 8) & 0xFF)
    out.push_back(value & 0xFF)


@cython_benchmark(args=(40000, 21))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def midi_smf_running_status_codec(int count, long long seed):
    """Encode `count` events as an SMF, decode it and return file and event statistics."""
    cdef vector[MidiEvent] events, decoded
    cdef vector[uint8_t] track, out
    cdef MidiEvent ev
    cdef long long state = seed, checksum = 1, ticks = 0
    cdef int i, kind, channel, a, b, running = -1, saved = 0, mismatches = 0, sounding = 0
    cdef uint32_t raw, delta, length
    cdef size_t pos, end, k
    cdef const uint8_t *data
    cdef uint8_t byte
    cdef char flags[16][128]
    cdef bytes header = b"MThd\x00\x00\x00\x06\x00\x00\x00\x01\x01\xe0MTrk"
    events.reserve(count)
    with nogil:
        for i in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            kind = (state >> 16) % 100
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            channel = (state >> 16) % 4 if kind < 90 else 9
            raw = (state >> 8) & 0x7FFF
            ev.delta = raw % 96 if raw % 7 else raw * 64
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ev.data1 = (state >> 16) & 0x7F
            ev.data2 = (state >> 9) & 0x7F
            if kind < 55:
                ev.status = 0x90 | channel
            elif kind < 85:
                ev.status = 0x80 | channel
            elif kind < 95:
                ev.status = 0xB0 | channel
            else:
                ev.status = 0xC0 | channel
                ev.data2 = 0
            events.push_back(ev)
        for k in range(events.size()):
            write_vlq(track, events[k].delta)
            if events[k].status == running:
                saved += 1
            else:
                track.push_back(events[k].status)
                running = events[k].status
            track.push_back(events[k].data1)
            if data_length(events[k].status) == 2:
                track.push_back(events[k].data2)
        track.push_back(0x00)
        track.push_back(0xFF)
        track.push_back(0x2F)
        track.push_back(0x00)
        out.reserve(track.size() + 22)
    for byte in header:
        out.push_back(byte)
    with nogil:
        write_u32_be(out, <uint32_t>track.size())
        out.insert(out.end(), track.begin(), track.end())
        data = out.data()
        length = (<uint32_t>data[18] << 24) | (<uint32_t>data[19] << 16) | (<uint32_t>data[20] << 8) | data[21]
        pos = 22
        end = 22 + length
        running = 0
        while pos < end:
            delta = 0
            while True:
                byte = data[pos]
                pos += 1
                delta = (delta << 7) | (byte & 0x7F)
                if not (byte & 0x80):
                    break
            if data[pos] == 0xFF:
                break
            if data[pos] & 0x80:
                running = data[pos]
                pos += 1
            ev.delta = delta
            ev.status = running
            ev.data1 = data[pos]
            pos += 1
            ev.data2 = 0
            if data_length(running) == 2:
                ev.data2 = data[pos]
                pos += 1
            decoded.push_back(ev)
        for k in range(out.size()):
            checksum = (checksum * 31 + data[k]) % 2147483629
        for k in range(min(events.size(), decoded.size())):
            if (events[k].delta != decoded[k].delta or events[k].status != decoded[k].status
                    or events[k].data1 != decoded[k].data1 or events[k].data2 != decoded[k].data2):
                mismatches += 1
        mismatches += <int>(events.size() - decoded.size() if events.size() > decoded.size() else decoded.size() - events.size())
        memset(flags, 0, sizeof(flags))
        for k in range(decoded.size()):
            ticks += decoded[k].delta
            channel = decoded[k].status & 0x0F
            a = decoded[k].data1
            b = decoded[k].status & 0xF0
            if b == 0x90 and decoded[k].data2 > 0:
                if not flags[channel][a]:
                    flags[channel][a] = 1
                    sounding += 1
            elif b == 0x80 or b == 0x90:
                if flags[channel][a]:
                    flags[channel][a] = 0
                    sounding -= 1
    return (<Py_ssize_t>out.size(), saved, checksum, bytes(out.data()[:(40 if out.size() > 40 else out.size())]),
            <Py_ssize_t>decoded.size(), ticks, sounding, mismatches)
