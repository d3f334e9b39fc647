"""QUIC variable-length integers (RFC 9000 section 16) in a stream of packed frames.

Integers take 1, 2, 4 or 8 bytes, the length in the top two bits of the first byte.
The RFC's own examples are checked first. A sender then packs STREAM frames (stream id,
offset, length, optional FIN, payload), ACK frames (largest acknowledged, delay and
alternating gap/range lengths), MAX_DATA / MAX_STREAM_DATA updates and PINGs into
1200-byte packets (short header plus packet number), padding each packet to size.
The receiver walks every packet frame by frame, decoding each varint, skipping padding,
summing acknowledged packet ranges and reassembling per-stream byte counts. Returns
the packet count, frames per type, how many varints of each width were decoded,
acknowledged packets, stream totals, a payload checksum and the padding bytes.

Keywords: networking, quic, variable-length integer, varint, rfc 9000, frame parsing, stream frames, ack ranges
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

PACKET_SIZE = 1200
HEADER_SIZE = 5
RFC_EXAMPLES = ((bytes.fromhex("c2197c5eff14e88c"), 151288809941952652), (bytes.fromhex("9d7f3e7d"), 494878333),
                (bytes.fromhex("7bbd"), 15293), (bytes.fromhex("25"), 37), (bytes.fromhex("4025"), 37))


def encode_varint(value: int) -> bytes:
    if value < 1 << 6:
        return value.to_bytes(1, "big")
    if value < 1 << 14:
        return (value | 0x4000).to_bytes(2, "big")
    if value < 1 << 30:
        return (value | 0x80000000).to_bytes(4, "big")
    return (value | 0xC000000000000000).to_bytes(8, "big")


def decode_varint(data: bytes, pos: int) -> Tuple[int, int]:
    width = 1 << (data[pos] >> 6)
    value = int.from_bytes(data[pos:pos + width], "big") & ((1 << (8 * width - 2)) - 1)
    return value, pos + width


@python_benchmark(args=(45000, 12, 41), cases=[(0, 4, 1), (1, 1, 2), (5, 0, 3), (400, 3, 4)])
def quic_varint_frame_codec(frames: int, streams: int, seed: int) -> Tuple[bool, int, Dict[str, int], List[int], int, List[Tuple[int, int, bool]], int, int]:
    """Return (examples ok, packets, frames per type, varint widths, acked packets, stream totals, checksum, padding)."""
    examples_ok = all(decode_varint(raw, 0) == (value, len(raw)) for raw, value in RFC_EXAMPLES)
    examples_ok = examples_ok and all(encode_varint(v) == raw for raw, v in RFC_EXAMPLES[:4])

    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    pattern = bytes(draw(256) for _ in range(1280))
    offsets = [0] * streams
    packets: List[bytes] = []
    current = bytearray()
    packet_number = 0

    def flush() -> None:
        nonlocal current, packet_number
        header = bytes([0x40]) + packet_number.to_bytes(4, "big")
        packets.append(header + bytes(current) + bytes(PACKET_SIZE - HEADER_SIZE - len(current)))
        packet_number += 1
        current = bytearray()

    for _ in range(frames):
        kind = draw(10) if streams else 9
        if kind < 6:
            stream = draw(streams)
            length = 1 + draw(880 if draw(4) == 0 else 180)
            fin = draw(25) == 0
            frame = bytearray([0x08 | 0x04 * (offsets[stream] > 0) | 0x02 | int(fin)])
            frame += encode_varint(4 * stream)
            if offsets[stream]:
                frame += encode_varint(offsets[stream])
            frame += encode_varint(length)
            start = (offsets[stream] + 31 * stream) % 256
            frame += pattern[start:start + length]
            offsets[stream] = 0 if fin else offsets[stream] + length
        elif kind < 8:
            largest = max(packet_number - 1, 0) + draw(3)
            ranges = draw(4)
            first_range = min(draw(20), largest)
            frame = bytearray([0x02]) + encode_varint(largest) + encode_varint(draw(50000))
            frame += encode_varint(ranges) + encode_varint(first_range)
            for _ in range(ranges):
                frame += encode_varint(draw(8)) + encode_varint(draw(12))
        elif kind == 8:
            frame = bytearray([0x10]) + encode_varint(draw(1 << 40))
            if draw(2):
                frame = bytearray([0x11]) + encode_varint(4 * draw(max(streams, 1))) + encode_varint(draw(1 << 20))
        else:
            frame = bytearray([0x01])
        if len(current) + len(frame) > PACKET_SIZE - HEADER_SIZE:
            flush()
        current += frame
    if current:
        flush()

    names = {0x01: "ping", 0x02: "ack", 0x10: "max_data", 0x11: "max_stream_data"}
    counts = {"stream": 0, "ack": 0, "max_data": 0, "max_stream_data": 0, "ping": 0}
    widths = [0, 0, 0, 0]
    received: Dict[int, List] = {}
    acked = checksum = padding = 0

    def varint(data: bytes, pos: int) -> Tuple[int, int]:
        value, end = decode_varint(data, pos)
        widths[(end - pos).bit_length() - 1] += 1
        return value, end

    for packet in packets:
        pos = HEADER_SIZE
        while pos < len(packet):
            kind = packet[pos]
            if kind == 0x00:
                rest = len(packet[pos:].lstrip(b"\x00"))
                padding += len(packet) - pos - rest
                pos = len(packet) - rest
                continue
            pos += 1
            if 0x08 <= kind <= 0x0F:
                counts["stream"] += 1
                stream_id, pos = varint(packet, pos)
                offset = 0
                if kind & 0x04:
                    offset, pos = varint(packet, pos)
                length, pos = varint(packet, pos)
                data = packet[pos:pos + length]
                pos += length
                entry = received.setdefault(stream_id, [0, 0])
                entry[0] += length
                entry[1] += kind & 0x01
                checksum = (checksum * 131 + sum(data) * 7 + offset) % 1_000_000_007
            elif kind == 0x02:
                counts["ack"] += 1
                _, pos = varint(packet, pos)
                _, pos = varint(packet, pos)
                ranges, pos = varint(packet, pos)
                first, pos = varint(packet, pos)
                acked += first + 1
                for _ in range(ranges):
                    _, pos = varint(packet, pos)
                    extra, pos = varint(packet, pos)
                    acked += extra + 1
            elif kind in (0x10, 0x11):
                counts[names[kind]] += 1
                _, pos = varint(packet, pos)
                if kind == 0x11:
                    _, pos = varint(packet, pos)
            else:
                counts[names[kind]] += 1
    totals = [(sid, total, fins > 0) for sid, (total, fins) in sorted(received.items())[:4]]
    return (examples_ok, len(packets), counts, widths, acked, totals, checksum, padding)
