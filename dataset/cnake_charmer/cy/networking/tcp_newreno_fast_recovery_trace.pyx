# distutils: language = c++
# cython: language_level=3
"""Segment-level TCP Reno versus NewReno recovery with C++ vectors, no GIL.

The sender state is a C struct passed by pointer; the per-round batch, the pending
retransmissions and the ACK stream are reused ``std::vector[int]`` buffers (swapped,
not reallocated), and the receiver's out-of-order buffer is a byte flag per segment
in a ``std::vector[char]`` instead of a Python set. Each variant runs entirely
without the GIL.

Keywords: networking, tcp, newreno, reno, fast retransmit, fast recovery, congestion control, simulation
"""

import cython
from libcpp.vector cimport vector
from libc.stdint cimport uint32_t, int64_t

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    MSS = 1460
    RWND = 256
    STALL_ROUNDS = 3


cdef struct Sender:
    int64_t cwnd
    int64_t ssthresh
    int snd_una
    int snd_nxt
    int dupacks
    int recover
    bint in_recovery


cdef struct Stats:
    int64_t rounds, sent, fast, partial, timeouts, max_window, cwnd_total


cdef Stats simulate(int segments, int loss_permille, uint32_t state, bint newreno) noexcept nogil:
    cdef Sender s
    cdef Stats st
    cdef vector[int] batch, retransmit, acks
    cdef vector[char] received = vector[char](segments + 1, 0)
    cdef int rcv_nxt = 0, stall = 0, window, seg, ack, newly
    cdef size_t i
    cdef bint progress
    s.cwnd = MSS
    s.ssthresh = 64 * MSS
    s.snd_una = s.snd_nxt = s.dupacks = s.recover = 0
    s.in_recovery = False
    st.rounds = st.sent = st.fast = st.partial = st.timeouts = st.max_window = st.cwnd_total = 0
    while s.snd_una < segments:
        st.rounds += 1
        batch.swap(retransmit)
        retransmit.clear()
        window = <int>(s.cwnd // MSS)
        if window > RWND:
            window = RWND
        while s.snd_nxt - s.snd_una < window and s.snd_nxt < segments:
            batch.push_back(s.snd_nxt)
            s.snd_nxt += 1
        acks.clear()
        for i in range(batch.size()):
            seg = batch[i]
            st.sent += 1
            state = (state * 1103515245U + 12345U) & 0x7FFFFFFFU
            if (state >> 16) % 1000 < <uint32_t>loss_permille:
                continue
            if seg >= rcv_nxt:
                received[seg] = 1
                while received[rcv_nxt]:
                    received[rcv_nxt] = 0
                    rcv_nxt += 1
            acks.push_back(rcv_nxt)
        batch.clear()

        progress = False
        for i in range(acks.size()):
            ack = acks[i]
            if ack > s.snd_una:
                newly = ack - s.snd_una
                s.snd_una = ack
                if s.snd_nxt < ack:
                    s.snd_nxt = ack
                progress = True
                if s.in_recovery:
                    if ack >= s.recover or not newreno:
                        s.in_recovery = False
                        s.cwnd = s.ssthresh
                        s.dupacks = 0
                    else:
                        st.partial += 1
                        retransmit.push_back(s.snd_una)
                        s.cwnd = s.cwnd - <int64_t>newly * MSS + MSS
                        if s.cwnd < MSS:
                            s.cwnd = MSS
                else:
                    s.dupacks = 0
                    if s.cwnd < s.ssthresh:
                        s.cwnd += MSS
                    else:
                        s.cwnd += max(<int64_t>1, <int64_t>MSS * MSS // s.cwnd)
            elif s.snd_nxt > s.snd_una:
                s.dupacks += 1
                if s.in_recovery:
                    s.cwnd += MSS
                elif s.dupacks == 3:
                    st.fast += 1
                    s.ssthresh = max(<int64_t>(s.snd_nxt - s.snd_una) * MSS // 2, <int64_t>2 * MSS)
                    s.cwnd = s.ssthresh + 3 * MSS
                    s.recover = s.snd_nxt
                    s.in_recovery = True
                    retransmit.push_back(s.snd_una)

        if progress or s.snd_una >= segments:
            stall = 0
        else:
            stall += 1
            if stall >= STALL_ROUNDS:
                st.timeouts += 1
                s.ssthresh = max(<int64_t>(s.snd_nxt - s.snd_una) * MSS // 2, <int64_t>2 * MSS)
                s.cwnd = MSS
                s.snd_nxt = s.snd_una
                s.in_recovery = False
                s.dupacks = 0
                retransmit.clear()
                stall = 0
        if s.cwnd // MSS > st.max_window:
            st.max_window = s.cwnd // MSS
        st.cwnd_total += s.cwnd
    return st


@cython_benchmark(args=(150000, 12, 5))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def tcp_newreno_fast_recovery_trace(int segments, int loss_permille, long long seed):
    """Return [Reno, NewReno] as (rounds, sent, fast retransmits, partial acks, timeouts, max window, cwnd sum)."""
    cdef Stats results[2]
    cdef uint32_t start = <uint32_t>(seed & 0x7FFFFFFF)
    cdef int v
    with nogil:
        for v in range(2):
            results[v] = simulate(segments, loss_permille, start, v == 1)
    return [(r.rounds, r.sent, r.fast, r.partial, r.timeouts, r.max_window, r.cwnd_total)
            for r in (results[0], results[1])]
