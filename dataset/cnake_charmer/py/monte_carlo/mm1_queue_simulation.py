"""Event simulation of an M/M/1 queue with exponential arrivals and services.

Inter-arrival and service times are drawn by inversion (-log(u) / rate) from a seeded
LCG. Lindley's recursion gives each customer's waiting time; the pair reports the mean
wait, the longest wait, the fraction who waited at all and the time the last customer
left.

Keywords: monte carlo, queueing, m/m/1, exponential distribution, lindley recursion
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(150000, 0.9, 1.0, 21), cases=[(0, 0.5, 1.0, 1), (1, 0.5, 1.0, 2), (500, 0.7, 1.0, 3), (300, 1.2, 1.0, 9)])
def mm1_queue_simulation(customers: int, arrival_rate: float, service_rate: float, seed: int) -> Tuple[float, float, float, float]:
    """Return (mean wait, max wait, fraction delayed, departure time of the last)."""
    state = seed & 0x7FFFFFFF

    def exponential(rate: float) -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return -math.log((state + 1) / 2147483649.0) / rate

    clock = wait = total_wait = max_wait = departure = 0.0
    delayed = 0
    previous_service = 0.0
    for k in range(customers):
        gap = exponential(arrival_rate)
        service = exponential(service_rate)
        if k > 0:
            wait = max(0.0, wait + previous_service - gap)
        clock += gap
        total_wait += wait
        max_wait = max(max_wait, wait)
        delayed += wait > 0.0
        departure = clock + wait + service
        previous_service = service
    if customers <= 0:
        return 0.0, 0.0, 0.0, 0.0
    return total_wait / customers, max_wait, delayed / customers, departure
