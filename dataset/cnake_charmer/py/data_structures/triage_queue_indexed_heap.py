"""Emergency-room triage queue: an indexed max-heap with priority changes.

Patients arrive with a severity score; while waiting, a patient's condition may
worsen or improve, which changes the priority of an entry already inside the heap.
An indexed binary heap stores each patient once and remembers its position, so
change-priority is a sift up or down in place. Doctors repeatedly treat the most
severe patient (earliest arrival on ties). Returns treated count, patients still
waiting, priority changes applied, a checksum of the treatment order and the first
patients treated.

Keywords: indexed heap, priority queue, change key, triage, binary heap
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class IndexedMaxHeap:
    def __init__(self) -> None:
        self.heap: List[int] = []
        self.pos = {}
        self.key = {}

    def _better(self, a: int, b: int) -> bool:
        return (self.key[a], -a) > (self.key[b], -b)

    def _swap(self, i: int, j: int) -> None:
        h = self.heap
        h[i], h[j] = h[j], h[i]
        self.pos[h[i]] = i
        self.pos[h[j]] = j

    def _up(self, i: int) -> None:
        while i > 0 and self._better(self.heap[i], self.heap[(i - 1) // 2]):
            self._swap(i, (i - 1) // 2)
            i = (i - 1) // 2

    def _down(self, i: int) -> None:
        n = len(self.heap)
        while True:
            best = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and self._better(self.heap[c], self.heap[best]):
                    best = c
            if best == i:
                return
            self._swap(i, best)
            i = best

    def push(self, item: int, key: int) -> None:
        self.key[item] = key
        self.heap.append(item)
        self.pos[item] = len(self.heap) - 1
        self._up(len(self.heap) - 1)

    def change(self, item: int, key: int) -> None:
        old = self.key[item]
        self.key[item] = key
        if key > old:
            self._up(self.pos[item])
        else:
            self._down(self.pos[item])

    def pop(self) -> int:
        top = self.heap[0]
        self._swap(0, len(self.heap) - 1)
        self.heap.pop()
        del self.pos[top]
        if self.heap:
            self._down(0)
        return top


@python_benchmark(args=(60000, 3), cases=[(0, 1), (1, 2), (10, 3), (300, 4)])
def triage_queue_indexed_heap(events: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (treated, still waiting, priority changes, treatment-order checksum, first 8 treated ids)."""
    heap = IndexedMaxHeap()
    admitted: List[int] = []
    state = seed & 0x7FFFFFFF
    next_id = 0
    treated = changes = 0
    checksum = 0
    first = []
    for _ in range(events):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        action = (state >> 8) % 10
        if action < 4 or not heap.heap:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            heap.push(next_id, (state >> 8) % 1000)
            admitted.append(next_id)
            next_id += 1
        elif action < 7:
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            patient = admitted[(state >> 4) % len(admitted)]
            if patient in heap.pos:
                delta = (state >> 16) % 201 - 100
                heap.change(patient, max(0, min(999, heap.key[patient] + delta)))
                changes += 1
        else:
            patient = heap.pop()
            treated += 1
            checksum = (checksum * 1000003 + patient) % 998244353
            if len(first) < 8:
                first.append(patient)
    return treated, len(heap.heap), changes, checksum, first
