"""Hospital ward and ICU bed occupancy during an epidemic wave, with capacity and queueing.

Daily admissions follow two seeded epidemic waves. Each arriving patient needs a ward
or an ICU bed and has an exponential length of stay (capped at 60 days). Discharges are
kept in a min-heap by day; when all beds of a type are full, patients queue in arrival
order and are turned away after waiting more than two days. Alongside, the expected
ward occupancy is computed as the convolution of expected admissions with the length
of stay survival function. Reports peaks, overflow days, turned-away patients, bed-days
and occupancy samples.

Keywords: epidemiology, hospital capacity, bed occupancy, length of stay, queueing, convolution, surge planning, icu
"""

import heapq
import math
from collections import deque
from dataclasses import dataclass
from typing import List

from cnake_charmer.benchmarks import python_benchmark

MAX_STAY = 60


@dataclass
class Patient:
    arrived: int
    stay: int
    icu: bool


def expected_admissions(day: int, days: int) -> float:
    early = (day - 0.3 * days) / (0.08 * days + 1.0)
    late = (day - 0.7 * days) / (0.1 * days + 1.0)
    return 2.0 + 90.0 * math.exp(-(early * early)) + 140.0 * math.exp(-(late * late))


@python_benchmark(args=(1400, 560, 150, 43), cases=[(0, 10, 2, 1), (1, 1, 1, 2), (60, 0, 0, 3), (90, 200, 20, 4)])
def hospital_bed_occupancy_queue(days: int, ward_beds: int, icu_beds: int, seed: int):
    """Return (peak ward, peak icu, overflow days, turned away, bed-days, expected peak, expected peak day, samples)."""
    state = seed & 0x7FFFFFFF

    def uniform() -> float:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return ((state >> 7) + 0.5) / 16777216.0

    discharges = {False: [], True: []}
    occupied = {False: 0, True: 0}
    capacity = {False: ward_beds, True: icu_beds}
    waiting = {False: deque(), True: deque()}
    peak_ward = peak_icu = overflow_days = turned_away = 0
    bed_days = 0
    samples = []
    for day in range(days):
        for icu in (False, True):
            heap = discharges[icu]
            while heap and heap[0] <= day:
                heapq.heappop(heap)
                occupied[icu] -= 1
        expected = expected_admissions(day, days)
        arrivals = int(expected * (0.7 + 0.6 * uniform()))
        for _ in range(arrivals):
            icu = uniform() < 0.18
            mean_stay = 9.0 if icu else 5.0
            stay = min(1 + int(-mean_stay * math.log(uniform())), MAX_STAY)
            waiting[icu].append(Patient(day, stay, icu))
        overflow = False
        for icu in (False, True):
            queue = waiting[icu]
            while queue and occupied[icu] < capacity[icu]:
                patient = queue.popleft()
                occupied[icu] += 1
                heapq.heappush(discharges[icu], day + patient.stay)
            while queue and day - queue[0].arrived >= 2:
                queue.popleft()
                turned_away += 1
            if queue:
                overflow = True
        overflow_days += overflow
        peak_ward = max(peak_ward, occupied[False])
        peak_icu = max(peak_icu, occupied[True])
        bed_days += occupied[False] + occupied[True]
        if day % 10 == 0:
            samples.append(occupied[False] + occupied[True])
    survival = []
    for d in range(MAX_STAY):
        survival.append(math.exp(-d / 5.0) * 0.82 + math.exp(-d / 9.0) * 0.18)
    expected_peak, expected_day = 0.0, -1
    for day in range(days):
        occupancy = 0.0
        for d in range(min(day, MAX_STAY - 1) + 1):
            occupancy += expected_admissions(day - d, days) * survival[d]
        if occupancy > expected_peak:
            expected_peak, expected_day = occupancy, day
    return (peak_ward, peak_icu, overflow_days, turned_away, bed_days, round(expected_peak, 9), expected_day, samples)
