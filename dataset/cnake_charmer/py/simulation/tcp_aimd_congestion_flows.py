"""TCP-like flows sharing a bottleneck link with slow start and AIMD.

Each round trip every flow offers its congestion window. If the total exceeds link
capacity plus buffer, the link delivers capacity in proportion to the windows and a
loss event hits flows round-robin from a seeded starting flow until the overload is
shed (each hit flow halves its window); otherwise every flow is delivered in full and
grows (doubling below ssthresh, +1 above). Returns total throughput, Jain's fairness
index, the number of loss events and the final windows.

Keywords: simulation, tcp, congestion control, aimd, slow start, network, fairness
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(50, 6000, 400.0, 100.0, 8), cases=[(1, 10, 10.0, 0.0, 1), (2, 0, 10.0, 5.0, 2), (3, 50, 20.0, 5.0, 3), (10, 200, 50.0, 10.0, 4)])
def tcp_aimd_congestion_flows(flows: int, rtts: int, capacity: float, buffer: float, seed: int) -> Tuple[float, float, int, List[float]]:
    """Simulate `flows` AIMD flows for `rtts` round trips."""
    state = seed & 0x7FFFFFFF
    cwnd = [1.0 + (i % 3) for i in range(flows)]
    ssthresh = [64.0] * flows
    delivered = [0.0] * flows
    losses = 0
    for _ in range(rtts):
        offered = sum(cwnd)
        if offered > capacity + buffer:
            losses += 1
            for i in range(flows):
                delivered[i] += cwnd[i] * capacity / offered
            excess = offered - capacity - buffer
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            start = (state >> 16) % flows
            k = 0
            while excess > 0 and k < flows:
                i = (start + k) % flows
                excess -= cwnd[i] / 2
                ssthresh[i] = max(cwnd[i] / 2, 1.0)
                cwnd[i] = ssthresh[i]
                k += 1
        else:
            for i in range(flows):
                delivered[i] += cwnd[i]
                if cwnd[i] < ssthresh[i]:
                    cwnd[i] = min(cwnd[i] * 2, ssthresh[i])
                else:
                    cwnd[i] += 1.0
    total = sum(delivered)
    squares = sum(d * d for d in delivered)
    fairness = total * total / (flows * squares) if squares else 0.0
    return (total, fairness, losses, cwnd[:6])
