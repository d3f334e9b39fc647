"""Random Early Detection (gentle RED) versus drop-tail on a bursty bottleneck queue.

On/off traffic sources (each switching state with its own probabilities and sending
with some probability while on) feed a router queue served a fixed number of packets
per time slot. RED keeps an exponentially weighted average of the queue length, decays
it over idle periods as (1 - w)^m, and between the two thresholds drops arrivals with
the probability max_p (avg - min_th) / (max_th - min_th), spread out by the count since
the last drop; gentle mode ramps the probability to one between max_th and 2 max_th,
and a full buffer forces drops. The same arrivals also go through a plain drop-tail
queue. Returns, for RED, accepted, early and forced drops, mean and peak queue, the
final average and drops of the first flows, and for drop-tail its counters.

Keywords: networking, red, active queue management, random early detection, drop tail, congestion avoidance, router queue
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

W_Q = 0.002
MIN_TH = 20.0
MAX_TH = 60.0
MAX_P = 0.1
LIMIT = 150


@python_benchmark(args=(14, 45000, 3, 59), cases=[(0, 100, 2, 1), (1, 0, 1, 2), (2, 500, 0, 3), (5, 3000, 2, 4)], tolerance=1e-7)
def red_aqm_queue_drops(flows: int, slots: int, service: int, seed: int) -> Tuple[Tuple[int, int, int, float, int, float, List[int]], Tuple[int, int, float, int]]:
    """Return ((accepted, early, forced, mean queue, peak, final avg, first flow drops), (accepted, drops, mean, peak))."""
    traffic = seed & 0x7FFFFFFF
    coin = (seed * 7919 + 17) & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal traffic
        traffic = (traffic * 1103515245 + 12345) & 0x7FFFFFFF
        return (traffic >> 16) % k

    def uniform() -> float:
        nonlocal coin
        coin = (coin * 1103515245 + 12345) & 0x7FFFFFFF
        return (coin >> 8) / 8388608.0

    turn_on = [1 + draw(20) for _ in range(flows)]
    turn_off = [1 + draw(10) for _ in range(flows)]
    send = [20 + draw(60) for _ in range(flows)]
    on = [False] * flows

    queue = red_peak = accepted = early = forced = count = 0
    red_drops = [0] * flows
    avg = 0.0
    idle_since = 0
    queue_sum = 0
    tail = tail_peak = tail_accepted = tail_drops = tail_sum = 0
    for slot in range(slots):
        for f in range(flows):
            if on[f]:
                on[f] = draw(100) >= turn_off[f]
            else:
                on[f] = draw(100) < turn_on[f]
            if not on[f] or draw(100) >= send[f]:
                continue
            if tail < LIMIT:
                tail += 1
                tail_accepted += 1
            else:
                tail_drops += 1

            if queue == 0 and idle_since >= 0:
                avg *= (1.0 - W_Q) ** ((slot - idle_since) * service)
                idle_since = -1
            avg = (1.0 - W_Q) * avg + W_Q * queue
            drop = False
            if queue >= LIMIT:
                forced += 1
                drop = True
                count = 0
            elif avg < MIN_TH:
                count = -1
            else:
                count += 1
                if avg < MAX_TH:
                    pb = MAX_P * (avg - MIN_TH) / (MAX_TH - MIN_TH)
                elif avg < 2 * MAX_TH:
                    pb = MAX_P + (1.0 - MAX_P) * (avg - MAX_TH) / MAX_TH
                else:
                    pb = 1.0
                pa = pb / (1.0 - count * pb) if count * pb < 1.0 else 1.0
                if uniform() < pa:
                    early += 1
                    drop = True
                    count = 0
            if drop:
                red_drops[f] += 1
            else:
                queue += 1
                accepted += 1
        red_peak = max(red_peak, queue)
        tail_peak = max(tail_peak, tail)
        queue_sum += queue
        tail_sum += tail
        queue = max(0, queue - service)
        tail = max(0, tail - service)
        if queue == 0 and idle_since < 0:
            idle_since = slot + 1
    mean = queue_sum / slots if slots else 0.0
    tail_mean = tail_sum / slots if slots else 0.0
    return ((accepted, early, forced, mean, red_peak, avg, red_drops[:6]),
            (tail_accepted, tail_drops, tail_mean, tail_peak))
