"""Sliding-window ARQ over a lossy, delayed link: Go-Back-N versus Selective Repeat.

A sender must deliver a number of frames over a link that carries one frame per tick
each way, with a fixed one-way delay and independent losses of data frames and ACKs.
Go-Back-N keeps one timer for the oldest unacknowledged frame, the receiver accepts
only the next in-order frame and returns cumulative ACKs, and a timeout resends the
whole window. Selective Repeat keeps a deadline per frame (a FIFO of deadlines, since
the timeout is constant), the receiver buffers out-of-order frames within its window
and acknowledges each one, and only expired frames are resent. Both protocols see the
same loss sequence seed. Returns per protocol the ticks to finish, transmissions,
retransmissions, timeouts, duplicate arrivals, lost ACKs and a delivery-time checksum.

Keywords: networking, arq, go-back-n, selective repeat, sliding window, retransmission, reliable transport, simulation
"""

from collections import deque
from typing import Deque, Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MAX_TICKS = 10_000_000


def make_loss(seed: int, permille: int):
    state = seed & 0x7FFFFFFF

    def lost() -> bool:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % 1000 < permille

    return lost


def go_back_n(frames: int, window: int, delay: int, permille: int, seed: int) -> Tuple[int, ...]:
    lost = make_loss(seed, permille)
    timeout = 2 * delay + 4
    data: Deque[Tuple[int, int]] = deque()
    acks: Deque[Tuple[int, int]] = deque()
    base = next_seq = expected = 0
    timer = 0
    sent = resent = timeouts = duplicates = acks_lost = checksum = 0
    highest = -1
    now = 0
    while base < frames and now < MAX_TICKS:
        while data and data[0][0] == now:
            _, seq = data.popleft()
            if seq == expected:
                expected += 1
                checksum = (checksum * 31 + now) % 1_000_000_007
            else:
                duplicates += 1
            if lost():
                acks_lost += 1
            else:
                acks.append((now + delay, expected))
        while acks and acks[0][0] == now:
            _, ack = acks.popleft()
            if ack > base:
                base = ack
                timer = now
        if base < next_seq and now - timer >= timeout:
            next_seq = base
            timeouts += 1
        if next_seq < base + window and next_seq < frames:
            sent += 1
            if next_seq <= highest:
                resent += 1
            highest = max(highest, next_seq)
            if next_seq == base:
                timer = now
            if not lost():
                data.append((now + delay, next_seq))
            next_seq += 1
        now += 1
    return (now, sent, resent, timeouts, duplicates, acks_lost, checksum)


def selective_repeat(frames: int, window: int, delay: int, permille: int, seed: int) -> Tuple[int, ...]:
    lost = make_loss(seed, permille)
    timeout = 2 * delay + 4
    data: Deque[Tuple[int, int]] = deque()
    acks: Deque[Tuple[int, int]] = deque()
    deadlines: Deque[Tuple[int, int]] = deque()
    acked = [False] * frames
    buffered: Dict[int, bool] = {}
    base = next_seq = rcv_base = 0
    sent = resent = timeouts = duplicates = acks_lost = checksum = 0
    now = 0
    while base < frames and now < MAX_TICKS:
        while data and data[0][0] == now:
            _, seq = data.popleft()
            if seq < rcv_base or seq in buffered:
                duplicates += 1
            elif seq < rcv_base + window:
                buffered[seq] = True
                while rcv_base in buffered:
                    del buffered[rcv_base]
                    rcv_base += 1
                    checksum = (checksum * 31 + now) % 1_000_000_007
            if lost():
                acks_lost += 1
            else:
                acks.append((now + delay, seq))
        while acks and acks[0][0] == now:
            _, seq = acks.popleft()
            acked[seq] = True
            while base < frames and acked[base]:
                base += 1
        while deadlines and acked[deadlines[0][1]]:
            deadlines.popleft()
        if deadlines and deadlines[0][0] <= now:
            _, seq = deadlines.popleft()
            timeouts += 1
            resent += 1
            sent += 1
            deadlines.append((now + timeout, seq))
            if not lost():
                data.append((now + delay, seq))
        elif next_seq < base + window and next_seq < frames:
            sent += 1
            deadlines.append((now + timeout, next_seq))
            if not lost():
                data.append((now + delay, next_seq))
            next_seq += 1
        now += 1
    return (now, sent, resent, timeouts, duplicates, acks_lost, checksum)


@python_benchmark(args=(40000, 24, 20, 40, 3), cases=[(0, 4, 2, 10, 1), (1, 1, 1, 0, 2), (50, 8, 3, 300, 3), (2000, 16, 10, 20, 4)])
def arq_go_back_n_selective_repeat(frames: int, window: int, delay: int, loss_permille: int, seed: int) -> List[Tuple[int, ...]]:
    """Return [Go-Back-N, Selective Repeat] as (ticks, sent, resent, timeouts, duplicates, acks lost, checksum)."""
    return [go_back_n(frames, window, delay, loss_permille, seed),
            selective_repeat(frames, window, delay, loss_permille, seed)]
