"""IPv4 fragment reassembly with RFC 815 hole descriptors, overlaps, losses and timeouts.

Datagrams of 100 to 8000 payload bytes are fragmented for an MTU of 576, 1280 or 1500
(offsets in 8-byte units, More-Fragments on all but the last); some are sent twice
with a different MTU, so copies overlap, and a few fragments are lost. Fragments of
neighbouring datagrams are shuffled within a sliding window. The receiver keeps, per
datagram, a buffer and a list of holes that starts as [0, infinity]: each fragment
removes the holes it touches and adds back the uncovered parts on either side (no
trailing hole after the last fragment). A datagram with no holes left is delivered
and compared with the original bytes; ones still incomplete a fixed number of arrivals
later are discarded. Returns delivered, verified, timed-out and redundant counts, the
peak number of open reassemblies and holes, and a checksum of the delivery order.

Keywords: networking, ip fragmentation, reassembly, rfc 815, hole descriptor, mtu, timeout, overlapping fragments
"""

from dataclasses import dataclass, field
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

INFINITY = 1 << 20
MTUS = (576, 1280, 1500)
TIMEOUT = 400
SWEEP_EVERY = 64
WINDOW = 48


@dataclass
class Reassembly:
    started: int
    holes: List[Tuple[int, int]] = field(default_factory=lambda: [(0, INFINITY)])
    buffer: bytearray = field(default_factory=lambda: bytearray(8192))
    total: int = -1


def fragment(length: int, mtu: int) -> List[Tuple[int, int, bool]]:
    step = (mtu - 20) // 8 * 8
    return [(offset, min(step, length - offset), offset + step < length) for offset in range(0, length, step)]


@python_benchmark(args=(15000, 29), cases=[(0, 1), (1, 2), (3, 3), (200, 4)])
def ip_fragment_reassembly_holes(datagrams: int, seed: int) -> Tuple[int, int, int, int, int, int, int]:
    """Return (delivered, verified, timed out, redundant fragments, peak open, peak holes, order checksum)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    pattern = bytes(draw(256) for _ in range(16384))
    lengths, starts, stream = [], [], []
    for d in range(datagrams):
        lengths.append(100 + draw(7901))
        starts.append(draw(8192))
        copies = 2 if draw(8) == 0 else 1
        for _ in range(copies):
            for offset, size, more in fragment(lengths[d], MTUS[draw(len(MTUS))]):
                if draw(100):
                    stream.append((d, offset, size, more))
    for i in range(len(stream)):
        j = i + draw(min(WINDOW, len(stream) - i))
        stream[i], stream[j] = stream[j], stream[i]

    open_ = {}
    done = set()
    delivered = verified = timed_out = redundant = peak_open = peak_holes = checksum = 0
    for arrival, (d, offset, size, more) in enumerate(stream):
        if arrival % SWEEP_EVERY == 0:
            for key in [k for k, r in open_.items() if arrival - r.started > TIMEOUT]:
                del open_[key]
                done.add(key)
                timed_out += 1
        if d in done:
            redundant += 1
            continue
        r = open_.get(d)
        if r is None:
            r = open_[d] = Reassembly(arrival)
            peak_open = max(peak_open, len(open_))
        first, last = offset, offset + size - 1
        touched = False
        new_holes = []
        for hole_first, hole_last in r.holes:
            if first > hole_last or last < hole_first:
                new_holes.append((hole_first, hole_last))
                continue
            touched = True
            if first > hole_first:
                new_holes.append((hole_first, first - 1))
            if last < hole_last and more:
                new_holes.append((last + 1, hole_last))
        r.holes = new_holes
        peak_holes = max(peak_holes, len(new_holes))
        if not touched:
            redundant += 1
        if not more:
            r.total = offset + size
        src = starts[d] + offset
        r.buffer[offset:offset + size] = pattern[src:src + size]
        if not r.holes:
            delivered += 1
            if r.total == lengths[d] and r.buffer[:r.total] == pattern[starts[d]:starts[d] + lengths[d]]:
                verified += 1
            checksum = (checksum * 1_000_003 + d + 1) % 1_000_000_007
            del open_[d]
            done.add(d)
    return (delivered, verified, timed_out, redundant, peak_open, peak_holes, checksum)
