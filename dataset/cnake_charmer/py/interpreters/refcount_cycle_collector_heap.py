"""Simulate a managed heap with reference counting plus a backup mark-and-sweep cycle collector.

A seeded mutator allocates objects with a few pointer fields into root slots, stores
pointers to other objects into fields reached along random paths, copies and clears
roots. Every store adjusts reference counts, and an object whose count drops to zero
is freed at once, cascading through its fields with an explicit worklist; freed ids
are recycled last-in first-out. Cycles keep their counts above zero and leak, so every
``period`` operations a tracing collector marks from the roots and sweeps unmarked
objects, first releasing their references to survivors - as CPython's cycle
collector backs up its reference counting. Returns allocations, frees by counting and
by tracing, collections, objects marked, the peak and final live counts and a checksum
of the surviving heap.

Keywords: interpreters, garbage collection, reference counting, mark and sweep, cycle collector, memory management
"""

from dataclasses import dataclass, field
from typing import List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

FIELDS = 3
ROOTS = 12


@dataclass
class Obj:
    fields: List[Optional[int]] = field(default_factory=lambda: [None] * FIELDS)
    refcount: int = 0
    marked: bool = False


class Heap:
    def __init__(self) -> None:
        self.objects: List[Optional[Obj]] = []
        self.free_ids: List[int] = []
        self.roots: List[Optional[int]] = [None] * ROOTS
        self.allocations = self.rc_frees = self.traced_frees = 0
        self.collections = self.marked_total = self.live = self.peak = 0

    def allocate(self) -> int:
        self.allocations += 1
        self.live += 1
        self.peak = max(self.peak, self.live)
        if self.free_ids:
            oid = self.free_ids.pop()
            self.objects[oid] = Obj()
        else:
            oid = len(self.objects)
            self.objects.append(Obj())
        return oid

    def incref(self, oid: Optional[int]) -> None:
        if oid is not None:
            self.objects[oid].refcount += 1

    def decref(self, oid: Optional[int]) -> None:
        if oid is None:
            return
        pending = [oid]
        while pending:
            current = pending.pop()
            obj = self.objects[current]
            obj.refcount -= 1
            if obj.refcount == 0:
                pending.extend(t for t in obj.fields if t is not None)
                self.release(current)
                self.rc_frees += 1

    def release(self, oid: int) -> None:
        self.objects[oid] = None
        self.free_ids.append(oid)
        self.live -= 1

    def set_root(self, slot: int, oid: Optional[int]) -> None:
        self.incref(oid)
        self.decref(self.roots[slot])
        self.roots[slot] = oid

    def set_field(self, holder: int, index: int, oid: Optional[int]) -> None:
        self.incref(oid)
        obj = self.objects[holder]
        old, obj.fields[index] = obj.fields[index], oid
        self.decref(old)

    def collect(self) -> None:
        self.collections += 1
        stack = [r for r in self.roots if r is not None]
        while stack:
            obj = self.objects[stack.pop()]
            if obj.marked:
                continue
            obj.marked = True
            self.marked_total += 1
            stack.extend(t for t in obj.fields if t is not None)
        garbage = [i for i, obj in enumerate(self.objects) if obj is not None and not obj.marked]
        for oid in garbage:
            for target in self.objects[oid].fields:
                if target is not None and self.objects[target].marked:
                    self.objects[target].refcount -= 1
        for oid in garbage:
            self.release(oid)
            self.traced_frees += 1
        for obj in self.objects:
            if obj is not None:
                obj.marked = False


@python_benchmark(args=(150000, 2000, 47), cases=[(0, 10, 1), (1, 1, 2), (50, 0, 3), (500, 60, 4)])
def refcount_cycle_collector_heap(n_ops: int, period: int, seed: int) -> Tuple[int, int, int, int, int, int, int, int]:
    """Return (allocations, rc frees, traced frees, collections, marked, peak live, final live, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    heap = Heap()

    def walk(oid: int) -> int:
        for _ in range(draw(3)):
            nxt = heap.objects[oid].fields[draw(FIELDS)]
            if nxt is None:
                break
            oid = nxt
        return oid

    for step in range(1, n_ops + 1):
        op = draw(10)
        slot = draw(ROOTS)
        if op < 4:
            oid = heap.allocate()
            heap.set_root(slot, oid)
        elif op < 8:
            source = heap.roots[slot]
            if source is not None:
                holder = walk(source)
                index = draw(FIELDS)
                other = heap.roots[draw(ROOTS)]
                target = walk(other) if other is not None and draw(4) else other
                heap.set_field(holder, index, target)
        elif op == 8:
            heap.set_root(slot, heap.roots[draw(ROOTS)])
        else:
            heap.set_root(slot, None)
        if period and step % period == 0:
            heap.collect()
    checksum = 0
    for oid, obj in enumerate(heap.objects):
        if obj is not None:
            checksum = (checksum * 1009 + oid * 31 + obj.refcount) % 1000000007
    return (heap.allocations, heap.rc_frees, heap.traced_frees, heap.collections, heap.marked_total,
            heap.peak, heap.live, checksum)
