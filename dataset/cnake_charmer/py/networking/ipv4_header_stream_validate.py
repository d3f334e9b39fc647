"""Parse and validate a captured stream of IPv4 packets, header by header.

A capture is generated as records (2-byte big-endian capture length, then the packet)
holding IPv4 headers with optional options (NOP padding followed by Record Route,
Timestamp or Router Alert), some fragments and a few deliberately broken packets (wrong
version, short IHL, length mismatch, bad header checksum, expired TTL, malformed option).
The validator walks the capture with ``struct.unpack_from``, checks every rule in the
order a router would, walks the option list, and tallies valid packets per protocol,
fragment counts, option kinds and traffic per destination /16.

Keywords: networking, ipv4, packet parsing, header validation, struct, checksum, ip options, pcap
"""

import struct
from collections import Counter
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

HEADER = struct.Struct("!BBHHHBBH4s4s")
OPTION_KINDS = (0x07, 0x44, 0x94)
PROTOCOLS = (1, 6, 17, 47)
REASONS = ("version", "ihl", "length", "checksum", "ttl", "option")


def header_checksum(header: bytes) -> int:
    total = sum(struct.unpack(f"!{len(header) // 2}H", header))
    while total >> 16:
        total = (total & 0xFFFF) + (total >> 16)
    return ~total & 0xFFFF


def build_capture(n: int, seed: int) -> bytes:
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    records = []
    for i in range(n):
        option_words = draw(5) if draw(4) == 0 else 0
        options = b""
        nops = size = 0
        if option_words:
            nops = draw(3)
            kind = OPTION_KINDS[draw(3)]
            size = option_words * 4 - nops
            options = b"\x01" * nops + bytes([kind, size]) + bytes(size - 2)
        payload = bytes([i & 0xFF]) * (8 + draw(120))
        ihl = 5 + option_words
        total = ihl * 4 + len(payload)
        flags = 0x2000 if draw(8) == 0 else (draw(8) if draw(10) == 0 else 0)
        proto = PROTOCOLS[draw(4)]
        src = bytes([10, draw(4), draw(256), draw(256)])
        dst = bytes([172, 16 + draw(16), draw(256), 1 + draw(254)])
        ttl = 1 + draw(64)
        version = 4
        fault = draw(40)
        if fault == 0:
            version = 6
        elif fault == 1:
            ihl = 4
        elif fault == 2:
            total += 4
        elif fault == 3:
            ttl = 0
        elif fault == 4 and options:
            options = options[:nops + 1] + bytes([size + 4]) + options[nops + 2:]
        header = HEADER.pack((version << 4) | ihl, 0, total, draw(65536), flags, ttl, proto, 0, src, dst) + options
        header = header[:10] + header_checksum(header).to_bytes(2, "big") + header[12:]
        if fault == 5:
            header = header[:10] + bytes([header[10] ^ 0x10]) + header[11:]
        packet = header + payload
        records.append(len(packet).to_bytes(2, "big") + packet)
    return b"".join(records)


def options_ok(options: bytes, seen: Counter) -> bool:
    i = 0
    while i < len(options):
        kind = options[i]
        if kind == 0:
            break
        if kind == 1:
            i += 1
            continue
        if i + 1 >= len(options) or options[i + 1] < 2 or i + options[i + 1] > len(options):
            return False
        seen[kind] += 1
        i += options[i + 1]
    return True


@python_benchmark(args=(30000, 9), cases=[(0, 1), (1, 2), (7, 3), (300, 4)])
def ipv4_header_stream_validate(n: int, seed: int) -> Tuple[int, List[int], Dict[int, List[int]], int, List[Tuple[int, int]], List[Tuple[int, int]], int]:
    """Return (valid, errors per reason, protocol -> [packets, bytes], fragments, option kinds, top /16s, id xor)."""
    capture = build_capture(n, seed)
    errors = Counter()
    per_protocol: Dict[int, List[int]] = {}
    per_prefix: Counter = Counter()
    options_seen: Counter = Counter()
    valid = fragments = id_xor = 0
    pos = 0
    while pos + 2 <= len(capture):
        caplen = int.from_bytes(capture[pos:pos + 2], "big")
        packet = capture[pos + 2:pos + 2 + caplen]
        pos += 2 + caplen
        ver_ihl, _, total, ident, frag, ttl, proto, _, src, dst = HEADER.unpack_from(packet)
        ihl = ver_ihl & 0x0F
        if ver_ihl >> 4 != 4:
            errors["version"] += 1
        elif ihl < 5 or ihl * 4 > caplen:
            errors["ihl"] += 1
        elif total != caplen:
            errors["length"] += 1
        elif header_checksum(packet[:ihl * 4]) != 0:
            errors["checksum"] += 1
        elif ttl == 0:
            errors["ttl"] += 1
        elif not options_ok(packet[20:ihl * 4], options_seen):
            errors["option"] += 1
        else:
            valid += 1
            stats = per_protocol.setdefault(proto, [0, 0])
            stats[0] += 1
            stats[1] += total
            if frag & 0x3FFF:
                fragments += 1
            per_prefix[dst[0] << 8 | dst[1]] += total
            id_xor ^= ident
    top = sorted(per_prefix.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    return (valid, [errors[r] for r in REASONS], dict(sorted(per_protocol.items())), fragments,
            sorted(options_seen.items()), top, id_xor)
