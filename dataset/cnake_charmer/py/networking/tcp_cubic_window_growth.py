"""TCP CUBIC flows with different round-trip times sharing a drop-tail bottleneck.

Every millisecond each flow sets its window from the CUBIC function of the time since
its last loss, W(t) = C (t - K)^3 + W_max with K = cbrt(W_max (1 - beta) / C), or from
the TCP-friendly estimate W_max beta + 3 (1 - beta) / (1 + beta) t / RTT when that is
larger, and sends cwnd / RTT packets. The bottleneck serves ``capacity`` packets per
millisecond and queues the excess; when the queue overflows its buffer, one flow,
picked with probability proportional to its rate, takes the loss: fast convergence
lowers its remembered W_max and the window is cut to beta times its size. Returns the
packets delivered and losses per flow, final windows, the peak queue and Jain's
fairness of the delivered totals.

Keywords: networking, tcp cubic, congestion control, cubic function, rtt fairness, bottleneck queue, simulation
"""

import math
from dataclasses import dataclass
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

C = 0.4
BETA = 0.7


@dataclass
class Flow:
    rtt: float
    cwnd: float = 10.0
    w_max: float = 10.0
    w_last_max: float = 0.0
    k: float = 0.0
    epoch: int = 0
    delivered: float = 0.0
    losses: int = 0


@python_benchmark(args=(6, 80000, 1.5, 60.0, 3), cases=[(0, 100, 1.0, 10.0, 1), (1, 500, 0.5, 5.0, 2), (3, 0, 1.0, 10.0, 3), (4, 3000, 2.0, 40.0, 4)], tolerance=1e-7)
def tcp_cubic_window_growth(flows: int, ticks: int, capacity: float, buffer: float, seed: int) -> Tuple[List[float], List[int], List[float], float, float]:
    """Return (delivered per flow, losses per flow, final windows, peak queue, Jain fairness)."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    group = [Flow(rtt=float(10 + draw(190))) for _ in range(flows)]
    queue = peak = 0.0
    for now in range(1, ticks + 1):
        total_rate = 0.0
        rates = []
        for f in group:
            t = (now - f.epoch) / 1000.0
            cubic = C * (t - f.k) ** 3 + f.w_max
            friendly = f.w_max * BETA + 3.0 * (1.0 - BETA) / (1.0 + BETA) * (t * 1000.0 / f.rtt)
            f.cwnd = max(cubic, friendly, 2.0)
            rate = f.cwnd / f.rtt
            rates.append(rate)
            total_rate += rate
        if total_rate > capacity:
            scale = capacity / total_rate
            for f, rate in zip(group, rates):
                f.delivered += rate * scale
        else:
            for f, rate in zip(group, rates):
                f.delivered += rate
        queue = max(0.0, queue + total_rate - capacity)
        peak = max(peak, queue)
        if queue > buffer:
            queue = buffer
            pick = draw(1000000) / 1000000.0 * total_rate
            victim = len(group) - 1
            for i, rate in enumerate(rates):
                if pick < rate:
                    victim = i
                    break
                pick -= rate
            f = group[victim]
            f.losses += 1
            if f.cwnd < f.w_last_max:
                f.w_last_max = f.cwnd
                f.w_max = f.cwnd * (1.0 + BETA) / 2.0
            else:
                f.w_last_max = f.cwnd
                f.w_max = f.cwnd
            f.cwnd *= BETA
            f.k = math.cbrt(f.w_max * (1.0 - BETA) / C)
            f.epoch = now
    delivered = [f.delivered for f in group]
    square_sum = 0.0
    total = 0.0
    for d in delivered:
        total += d
        square_sum += d * d
    fairness = total * total / (len(delivered) * square_sum) if square_sum > 0 else 0.0
    return (delivered, [f.losses for f in group], [f.cwnd for f in group], peak, fairness)
