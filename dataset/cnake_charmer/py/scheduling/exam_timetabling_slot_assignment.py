"""Greedy exam timetabling: conflict-free slots with seat limits, then student load.

Students register for a handful of courses, popular low-numbered courses more often.
Two exams conflict when a student takes both. Exams are ordered Welsh-Powell style
(most conflicts first, then largest enrolment, then number) and each takes the
earliest time slot that holds no conflicting exam and still has enough seats for its
candidates. Slots are grouped three to a day. Returns the number of slots used, the
fullest slot's seats, conflict-graph edges, the number of back-to-back exam pairs and
same-day exam pairs over all students, and the slots of the first exams.

Keywords: scheduling, exam timetabling, graph colouring, welsh powell, conflicts, greedy
"""

from collections import Counter
from itertools import combinations
from typing import List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

SEATS_PER_SLOT = 1500
SLOTS_PER_DAY = 3


@python_benchmark(args=(700, 24000, 6, 41), cases=[(0, 10, 3, 1), (5, 0, 3, 2), (1, 5, 1, 3), (6, 20, 3, 4), (40, 300, 4, 5)])
def exam_timetabling_slot_assignment(courses: int, students: int, per_student: int, seed: int) -> Tuple[int, int, int, int, int, List[int]]:
    """Return (slots, fullest slot seats, conflict edges, back-to-back pairs, same-day pairs, slots of first exams)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    take = min(per_student, courses)
    timetables: List[List[int]] = []
    enrolment = Counter()
    conflicts: List[Set[int]] = [set() for _ in range(courses)]
    for _ in range(students):
        chosen: Set[int] = set()
        while len(chosen) < take:
            chosen.add(min(draw(courses), draw(courses)))
        exams = sorted(chosen)
        timetables.append(exams)
        enrolment.update(exams)
        for a, b in combinations(exams, 2):
            conflicts[a].add(b)
            conflicts[b].add(a)

    order = sorted(range(courses), key=lambda e: (-len(conflicts[e]), -enrolment[e], e))
    slot_of = [-1] * courses
    seats: List[int] = []
    for exam in order:
        blocked = {slot_of[other] for other in conflicts[exam] if slot_of[other] >= 0}
        slot = 0
        while slot in blocked or (slot < len(seats) and seats[slot] + enrolment[exam] > SEATS_PER_SLOT):
            slot += 1
        if slot == len(seats):
            seats.append(0)
        seats[slot] += enrolment[exam]
        slot_of[exam] = slot

    back_to_back = same_day = 0
    for exams in timetables:
        slots = sorted(slot_of[e] for e in exams)
        back_to_back += sum(1 for a, b in zip(slots, slots[1:]) if b == a + 1)
        same_day += sum(1 for a, b in combinations(slots, 2) if a // SLOTS_PER_DAY == b // SLOTS_PER_DAY)
    edges = sum(len(c) for c in conflicts) // 2
    return (len(seats), max(seats, default=0), edges, back_to_back, same_day, slot_of[:10])
