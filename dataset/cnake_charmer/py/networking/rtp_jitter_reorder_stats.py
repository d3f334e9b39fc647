"""RTP receiver statistics per source: sequence tracking and interarrival jitter (RFC 3550).

Several RTP senders (random SSRC, random initial 16-bit sequence number and 32-bit
timestamp, 160 timestamp units per 20 ms packet) cross a network that delays packets by
a random amount with occasional spikes, drops and duplicates some, and once in a while
a sender restarts its numbering far away. Packets are received in arrival order. The
receiver follows RFC 3550 appendix A.1 per source (probation before a source is valid,
16-bit wrap counted in cycles, large jumps accepted only when repeated, late packets
counted as misordered) and keeps the integer interarrival jitter estimator of A.8
(J += |D| - (J + 8) / 16, with transit times in 32-bit modular arithmetic). Returns,
per source, the extended highest sequence, expected and lost counts, jitter, misordered
and rejected packets, plus totals and a checksum.

Keywords: networking, rtp, rfc 3550, interarrival jitter, sequence number wraparound, packet loss, reordering, voip
"""

from dataclasses import dataclass
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

SEQ_MOD = 1 << 16
MAX_DROPOUT = 3000
MAX_MISORDER = 100
MIN_SEQUENTIAL = 2
TS_STEP = 160


def signed32(value: int) -> int:
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value >= 1 << 31 else value


@dataclass
class Source:
    max_seq: int
    base_seq: int = 0
    bad_seq: int = SEQ_MOD + 1
    cycles: int = 0
    received: int = 0
    probation: int = MIN_SEQUENTIAL
    transit: Optional[int] = None
    jitter: int = 0
    misordered: int = 0
    rejected: int = 0

    def restart(self, seq: int) -> None:
        self.base_seq = seq
        self.max_seq = seq
        self.bad_seq = SEQ_MOD + 1
        self.cycles = 0
        self.received = 0

    def update_seq(self, seq: int) -> bool:
        udelta = (seq - self.max_seq) % SEQ_MOD
        if self.probation:
            if seq == self.max_seq + 1:
                self.probation -= 1
                self.max_seq = seq
                if self.probation == 0:
                    self.restart(seq)
                    self.received += 1
                    return True
            else:
                self.probation = MIN_SEQUENTIAL - 1
                self.max_seq = seq
            return False
        if udelta < MAX_DROPOUT:
            if seq < self.max_seq:
                self.cycles += SEQ_MOD
            self.max_seq = seq
        elif udelta <= SEQ_MOD - MAX_MISORDER:
            if seq == self.bad_seq:
                self.restart(seq)
            else:
                self.bad_seq = (seq + 1) % SEQ_MOD
                return False
        else:
            self.misordered += 1
        self.received += 1
        return True


@python_benchmark(args=(6, 14000, 47), cases=[(0, 10, 1), (1, 0, 2), (1, 1, 3), (3, 400, 4)])
def rtp_jitter_reorder_stats(sources: int, packets: int, seed: int) -> Tuple[List[Tuple[int, int, int, int, int, int]], int, int, int]:
    """Return (per source (extended max, expected, lost, jitter, misordered, rejected), arrivals, total lost, checksum)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    arrivals = []
    ssrcs = []
    for s in range(sources):
        ssrcs.append(draw(1 << 31))
        seq = draw(SEQ_MOD)
        ts = draw(1 << 31) * 2 + draw(2)
        start = draw(4000)
        for i in range(packets):
            if draw(3000) == 0:
                seq = (seq + 10000 + draw(30000)) % SEQ_MOD
            if draw(100) >= 3:
                delay = 400 + draw(240) + (draw(4000) if draw(200) == 0 else 0)
                arrivals.append((start + i * TS_STEP + delay, s, seq, ts))
                if draw(250) == 0:
                    arrivals.append((start + i * TS_STEP + delay + draw(900), s, seq, ts))
            seq = (seq + 1) % SEQ_MOD
            ts = (ts + TS_STEP) & 0xFFFFFFFF
    arrivals.sort(key=lambda packet: packet[0])

    table = {}
    checksum = 0
    for arrival, s, seq, ts in arrivals:
        source = table.get(ssrcs[s])
        if source is None:
            source = table[ssrcs[s]] = Source(max_seq=0)
            source.restart(seq)
            source.max_seq = (seq - 1) % SEQ_MOD
        if not source.update_seq(seq):
            source.rejected += 1
            continue
        transit = signed32(arrival - ts)
        if source.transit is not None:
            d = abs(signed32(transit - source.transit))
            source.jitter += d - ((source.jitter + 8) >> 4)
        source.transit = transit
        checksum = (checksum * 31 + source.cycles + source.max_seq + (source.jitter >> 4)) % 1_000_000_007
    stats = []
    total_lost = 0
    for s in range(sources):
        source = table.get(ssrcs[s])
        if source is None:
            stats.append((0, 0, 0, 0, 0, 0))
            continue
        extended = source.cycles + source.max_seq
        expected = extended - source.base_seq + 1
        lost = expected - source.received
        total_lost += lost
        stats.append((extended, expected, lost, source.jitter >> 4, source.misordered, source.rejected))
    return (stats, len(arrivals), total_lost, checksum)
