# cython: language_level=3
"""Work-stealing simulation with an extension-type C deque per worker.

Each worker owns a ``cdef class`` double-ended queue: a growable circular buffer of
``(first, size)`` task structs allocated in ``__cinit__`` and released in
``__dealloc__``, with ``cdef inline`` push/pop at the bottom (owner, LIFO) and pop at
the top (thief, FIFO). Worker state is a C struct array, leaf costs come from a C
prefix-sum array, and the tick loop makes no Python calls except on the rare steal
that is logged.

Keywords: scheduling, work stealing, deque, fork join, load balancing, parallel runtime, simulation
"""

import cython
from libc.stdlib cimport malloc, realloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Task:
    int first
    int size


cdef struct WorkerState:
    Task current
    long long left
    long long busy


@cython.final
cdef class TaskDeque:
    cdef Task *buf
    cdef int head
    cdef int count
    cdef int cap

    def __cinit__(self):
        self.cap = 64
        self.buf = <Task *>malloc(self.cap * sizeof(Task))
        if self.buf == NULL:
            raise MemoryError()
        self.head = 0
        self.count = 0

    def __dealloc__(self):
        free(self.buf)

    cdef int push_bottom(self, Task t) except -1:
        cdef Task *bigger
        cdef int i
        if self.count == self.cap:
            bigger = <Task *>malloc(2 * self.cap * sizeof(Task))
            if bigger == NULL:
                raise MemoryError()
            for i in range(self.count):
                bigger[i] = self.buf[(self.head + i) % self.cap]
            free(self.buf)
            self.buf = bigger
            self.head = 0
            self.cap *= 2
        self.buf[(self.head + self.count) % self.cap] = t
        self.count += 1
        return 0

    cdef inline Task pop_bottom(self) noexcept:
        self.count -= 1
        return self.buf[(self.head + self.count) % self.cap]

    cdef inline Task pop_top(self) noexcept:
        cdef Task t = self.buf[self.head]
        self.head = (self.head + 1) % self.cap
        self.count -= 1
        return t


cdef inline long long task_cost(Task t, int grain, const long long *prefix) noexcept nogil:
    if t.size > grain:
        return 1
    return prefix[t.first + t.size] - prefix[t.first]


@cython_benchmark(args=(250000, 8, 12, 7))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def work_stealing_deque_simulation(int n, int workers, int grain, long long seed):
    """Return (makespan, steals, failed steals, busy ticks per worker, leaf checksum, first steals)."""
    cdef long long *prefix = <long long *>malloc((n + 1) * sizeof(long long))
    cdef WorkerState *ws = <WorkerState *>malloc((workers + 1) * sizeof(WorkerState))
    cdef list deques = [TaskDeque() for _ in range(workers)]
    cdef TaskDeque mine, theirs
    cdef WorkerState *me
    cdef Task t
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long long tick = 0, steals = 0, failed = 0, checksum = 0, outstanding = 0
    cdef int i, w, victim, half
    log = []
    try:
        if prefix == NULL or ws == NULL:
            raise MemoryError()
        prefix[0] = 0
        for i in range(n):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            prefix[i + 1] = prefix[i] + 1 + <long long>((state >> 16) % 5)
        for w in range(workers):
            ws[w].left = 0
            ws[w].busy = 0
            ws[w].current.first = 0
            ws[w].current.size = 0
        if n > 0:
            t.first = 0
            t.size = n
            (<TaskDeque>deques[0]).push_bottom(t)
            outstanding = 1
        while outstanding:
            for w in range(workers):
                me = &ws[w]
                mine = <TaskDeque>deques[w]
                if me.left == 0 and mine.count > 0:
                    me.current = mine.pop_bottom()
                    me.left = task_cost(me.current, grain, prefix)
                if me.left == 0:
                    if workers > 1:
                        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
                        victim = <int>((state >> 16) % <unsigned long long>(workers - 1))
                        if victim >= w:
                            victim += 1
                        theirs = <TaskDeque>deques[victim]
                        if theirs.count > 0:
                            me.current = theirs.pop_top()
                            me.left = task_cost(me.current, grain, prefix)
                            steals += 1
                            if len(log) < 6:
                                log.append((tick, w, victim, me.current.first))
                        else:
                            failed += 1
                    continue
                me.left -= 1
                me.busy += 1
                if me.left == 0:
                    if me.current.size > grain:
                        half = me.current.size // 2
                        t.first = me.current.first + half
                        t.size = me.current.size - half
                        mine.push_bottom(t)
                        t.first = me.current.first
                        t.size = half
                        mine.push_bottom(t)
                        outstanding += 1
                    else:
                        outstanding -= 1
                        checksum = (checksum * 31 + me.current.first * 17 + w * 7 + tick) % 1000000007
            tick += 1
        return (tick, steals, failed, [ws[w].busy for w in range(workers)], checksum, log)
    finally:
        free(prefix); free(ws)
