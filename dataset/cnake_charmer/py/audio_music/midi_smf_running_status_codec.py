"""Standard MIDI File track encoding and decoding with running status and VLQ delta times.

A seeded performance of note-on, note-off, controller and program-change events on
four channels is serialised as a format-0 SMF: an MThd header, then an MTrk chunk
whose events carry variable-length-quantity delta times and omit repeated status
bytes (running status), terminated by an end-of-track meta event. The bytes are then
parsed back. Returns the file size, running-status savings, a checksum of the file,
its first bytes, and statistics of the decoded events (count, total ticks, notes still
sounding, mismatches against the original).

Keywords: midi, standard midi file, running status, variable length quantity, event stream, codec
"""

import struct
from dataclasses import dataclass

from cnake_charmer.benchmarks import python_benchmark


@dataclass
class MidiEvent:
    delta: int
    status: int
    data1: int
    data2: int


def data_length(status: int) -> int:
    return 1 if status & 0xF0 in (0xC0, 0xD0) else 2


def write_vlq(out: bytearray, value: int) -> None:
    groups = [value & 0x7F]
    value >>= 7
    while value:
        groups.append((value & 0x7F) | 0x80)
        value >>= 7
    out.extend(reversed(groups))


def read_vlq(data: bytes, pos: int) -> tuple:
    value = 0
    while True:
        byte = data[pos]
        pos += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, pos


def generate_events(count: int, seed: int) -> list:
    state = seed
    events = []
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        kind = (state >> 16) % 100
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        channel = (state >> 16) % 4 if kind < 90 else 9
        raw = (state >> 8) & 0x7FFF
        delta = raw % 96 if raw % 7 else raw * 64
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a, b = (state >> 16) & 0x7F, (state >> 9) & 0x7F
        if kind < 55:
            events.append(MidiEvent(delta, 0x90 | channel, a, b))
        elif kind < 85:
            events.append(MidiEvent(delta, 0x80 | channel, a, b))
        elif kind < 95:
            events.append(MidiEvent(delta, 0xB0 | channel, a, b))
        else:
            events.append(MidiEvent(delta, 0xC0 | channel, a, 0))
    return events


def encode_smf(events: list) -> tuple:
    track = bytearray()
    running = None
    saved = 0
    for ev in events:
        write_vlq(track, ev.delta)
        if ev.status == running:
            saved += 1
        else:
            track.append(ev.status)
            running = ev.status
        track.append(ev.data1)
        if data_length(ev.status) == 2:
            track.append(ev.data2)
    track += b"\x00\xff\x2f\x00"
    header = b"MThd" + struct.pack(">IHHH", 6, 0, 1, 480)
    return header + b"MTrk" + struct.pack(">I", len(track)) + bytes(track), saved


def decode_smf(data: bytes) -> list:
    _, _, _, _ = struct.unpack_from(">IHHH", data, 4)
    (length,) = struct.unpack_from(">I", data, 18)
    pos, end = 22, 22 + length
    events = []
    running = 0
    while pos < end:
        delta, pos = read_vlq(data, pos)
        if data[pos] == 0xFF:
            break
        if data[pos] & 0x80:
            running = data[pos]
            pos += 1
        data1 = data[pos]
        pos += 1
        data2 = 0
        if data_length(running) == 2:
            data2 = data[pos]
            pos += 1
        events.append(MidiEvent(delta, running, data1, data2))
    return events


@python_benchmark(args=(40000, 21), cases=[(0, 21), (1, 2), (25, 3), (700, 8)])
def midi_smf_running_status_codec(count: int, seed: int) -> tuple:
    """Encode `count` events as an SMF, decode it and return file and event statistics."""
    events = generate_events(count, seed)
    data, saved = encode_smf(events)
    decoded = decode_smf(data)
    checksum = 1
    for byte in data:
        checksum = (checksum * 31 + byte) % 2147483629
    mismatches = sum(1 for a, b in zip(events, decoded) if a != b) + abs(len(events) - len(decoded))
    ticks = 0
    sounding = set()
    for ev in decoded:
        ticks += ev.delta
        key = (ev.status & 0x0F, ev.data1)
        if ev.status & 0xF0 == 0x90 and ev.data2 > 0:
            sounding.add(key)
        elif ev.status & 0xF0 in (0x80, 0x90):
            sounding.discard(key)
    return len(data), saved, checksum, data[:40], len(decoded), ticks, len(sounding), mismatches
