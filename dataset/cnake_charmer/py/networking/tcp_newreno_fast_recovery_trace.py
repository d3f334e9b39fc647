"""Segment-level TCP Reno versus NewReno loss recovery over a lossy path.

One bulk transfer is simulated round trip by round trip: the sender transmits
retransmissions first, then new segments while the flight fits the congestion window
(bytes, capped by a 256-segment receive window); each segment is lost with a seeded
probability; the receiver buffers out-of-order segments and returns cumulative ACKs,
which the sender clocks through slow start, congestion avoidance (MSS*MSS/cwnd per
ACK), three-duplicate-ACK fast retransmit and fast recovery with window inflation.
Reno leaves recovery on the first new ACK; NewReno stays until ``recover`` is acked and
retransmits on every partial ACK. A recovery that stalls for three rounds times out
and goes back N. Both variants see the same loss sequence seed.

Keywords: networking, tcp, newreno, reno, fast retransmit, fast recovery, congestion control, simulation
"""

from dataclasses import dataclass, field
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MSS = 1460
RWND = 256
STALL_ROUNDS = 3


@dataclass
class Sender:
    cwnd: int = MSS
    ssthresh: int = 64 * MSS
    snd_una: int = 0
    snd_nxt: int = 0
    dupacks: int = 0
    recover: int = 0
    in_recovery: bool = False
    retransmit: List[int] = field(default_factory=list)


def simulate(segments: int, loss_permille: int, seed: int, newreno: bool) -> Tuple[int, ...]:
    state = seed & 0x7FFFFFFF

    def lost() -> bool:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % 1000 < loss_permille

    s = Sender()
    received = set()
    rcv_nxt = 0
    rounds = sent = fast = partial = timeouts = stall = max_window = cwnd_total = 0
    while s.snd_una < segments:
        rounds += 1
        batch = s.retransmit
        s.retransmit = []
        window = min(s.cwnd // MSS, RWND)
        while s.snd_nxt - s.snd_una < window and s.snd_nxt < segments:
            batch.append(s.snd_nxt)
            s.snd_nxt += 1
        acks = []
        for seg in batch:
            sent += 1
            if lost():
                continue
            if seg >= rcv_nxt:
                received.add(seg)
                while rcv_nxt in received:
                    received.discard(rcv_nxt)
                    rcv_nxt += 1
            acks.append(rcv_nxt)

        progress = False
        for ack in acks:
            if ack > s.snd_una:
                newly = ack - s.snd_una
                s.snd_una = ack
                s.snd_nxt = max(s.snd_nxt, ack)
                progress = True
                if s.in_recovery:
                    if ack >= s.recover or not newreno:
                        s.in_recovery = False
                        s.cwnd = s.ssthresh
                        s.dupacks = 0
                    else:
                        partial += 1
                        s.retransmit.append(s.snd_una)
                        s.cwnd = max(s.cwnd - newly * MSS + MSS, MSS)
                else:
                    s.dupacks = 0
                    if s.cwnd < s.ssthresh:
                        s.cwnd += MSS
                    else:
                        s.cwnd += max(1, MSS * MSS // s.cwnd)
            elif s.snd_nxt > s.snd_una:
                s.dupacks += 1
                if s.in_recovery:
                    s.cwnd += MSS
                elif s.dupacks == 3:
                    fast += 1
                    s.ssthresh = max((s.snd_nxt - s.snd_una) * MSS // 2, 2 * MSS)
                    s.cwnd = s.ssthresh + 3 * MSS
                    s.recover = s.snd_nxt
                    s.in_recovery = True
                    s.retransmit.append(s.snd_una)

        if progress or s.snd_una >= segments:
            stall = 0
        else:
            stall += 1
            if stall >= STALL_ROUNDS:
                timeouts += 1
                s.ssthresh = max((s.snd_nxt - s.snd_una) * MSS // 2, 2 * MSS)
                s.cwnd = MSS
                s.snd_nxt = s.snd_una
                s.in_recovery = False
                s.dupacks = 0
                s.retransmit = []
                stall = 0
        max_window = max(max_window, s.cwnd // MSS)
        cwnd_total += s.cwnd
    return (rounds, sent, fast, partial, timeouts, max_window, cwnd_total)


@python_benchmark(args=(150000, 12, 5), cases=[(0, 10, 1), (1, 0, 2), (50, 300, 3), (2000, 40, 4)])
def tcp_newreno_fast_recovery_trace(segments: int, loss_permille: int, seed: int) -> List[Tuple[int, ...]]:
    """Return [Reno, NewReno] as (rounds, sent, fast retransmits, partial acks, timeouts, max window, cwnd sum)."""
    return [simulate(segments, loss_permille, seed, newreno) for newreno in (False, True)]
