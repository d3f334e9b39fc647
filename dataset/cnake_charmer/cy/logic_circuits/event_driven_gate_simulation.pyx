# cython: language_level=3
"""Event-driven gate-level simulation with transport delays on a generated netlist.

Because every delay is 1..3, the priority queue is replaced by a four-slot timing
wheel of growable FIFO event arrays (same (time, sequence) order as a heap). Gates
are packed structs in one malloc'd array with a ``cdef enum`` kind, fanout is CSR,
and per-step change counters are reset through a touched list instead of a Counter.

Keywords: logic circuits, event-driven simulation, gate delays, transport delay, glitches, netlist, priority queue
"""

import cython
from libc.stdlib cimport malloc, calloc, realloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum GateKind:
    K_AND, K_OR, K_NAND, K_NOR, K_XOR, K_XNOR

cdef struct Gate:
    int kind
    int a
    int b
    int delay

cdef struct Slot:
    int *sig
    unsigned char *val
    int length
    int cap


cdef inline int evaluate(int kind, int x, int y) noexcept nogil:
    if kind == K_AND:
        return x & y
    elif kind == K_OR:
        return x | y
    elif kind == K_NAND:
        return 1 - (x & y)
    elif kind == K_NOR:
        return 1 - (x | y)
    elif kind == K_XOR:
        return x ^ y
    return 1 - (x ^ y)


cdef int push(Slot *s, int sig, int val) except -1:
    if s.length == s.cap:
        s.cap = s.cap * 2 + 16
        s.sig = <int *>realloc(s.sig, s.cap * sizeof(int))
        s.val = <unsigned char *>realloc(s.val, s.cap)
        if s.sig == NULL or s.val == NULL:
            raise MemoryError()
    s.sig[s.length] = sig
    s.val[s.length] = <unsigned char>val
    s.length += 1
    return 0


@cython_benchmark(args=(32, 400, 150, 17))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def event_driven_gate_simulation(int ninputs, int ngates, int steps, long long seed):
    """Return (events applied, most events in one step, glitching gate-steps, final time, output checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    if ninputs == 0:
        ngates = 0
    cdef int nsig = ninputs + ngates
    cdef Gate *gates = <Gate *>malloc((ngates + 1) * sizeof(Gate))
    cdef int *fstart = <int *>calloc(nsig + 2, sizeof(int))
    cdef int *fill = <int *>malloc((nsig + 1) * sizeof(int))
    cdef int *fan = <int *>malloc((2 * ngates + 1) * sizeof(int))
    cdef unsigned char *value = <unsigned char *>calloc(nsig + 1, 1)
    cdef unsigned char *sched = <unsigned char *>calloc(nsig + 1, 1)
    cdef int *changes = <int *>calloc(nsig + 1, sizeof(int))
    cdef int *touched = <int *>malloc((nsig + 1) * sizeof(int))
    cdef Slot wheel[4]
    cdef int g, avail, window, i, k, s, pin, sig, val, newv, out, ntouched, stepev, pending, nflip
    cdef long long now = 0, t, applied = 0, peak = 0, glitchy = 0, checksum = 0, word
    cdef Slot *slot
    for i in range(4):
        wheel[i].sig = NULL
        wheel[i].val = NULL
        wheel[i].length = 0
        wheel[i].cap = 0
    try:
        for g in range(ngates):
            avail = ninputs + g
            window = avail if avail < 48 else 48
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gates[g].a = avail - 1 - <int>((state >> 16) % window)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gates[g].b = avail - 1 - <int>((state >> 16) % window)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gates[g].kind = <int>((state >> 16) % 6)
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            gates[g].delay = 1 + <int>((state >> 16) % 3)
        for g in range(ngates):
            fstart[gates[g].a + 1] += 1
            if gates[g].b != gates[g].a:
                fstart[gates[g].b + 1] += 1
        for s in range(nsig):
            fstart[s + 1] += fstart[s]
            fill[s] = fstart[s]
        for g in range(ngates):
            fan[fill[gates[g].a]] = g
            fill[gates[g].a] += 1
            if gates[g].b != gates[g].a:
                fan[fill[gates[g].b]] = g
                fill[gates[g].b] += 1
        for g in range(ngates):
            value[ninputs + g] = evaluate(gates[g].kind, value[gates[g].a], value[gates[g].b])
            sched[ninputs + g] = value[ninputs + g]
        for _ in range(steps if ninputs > 0 else 0):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            nflip = 1 + <int>((state >> 16) % 3)
            pending = 0
            for k in range(nflip):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                pin = <int>((state >> 16) % ninputs)
                sched[pin] ^= 1
                push(&wheel[now & 3], pin, sched[pin])
                pending += 1
            ntouched = 0
            t = now
            while pending > 0:
                slot = &wheel[t & 3]
                i = 0
                while i < slot.length:
                    sig = slot.sig[i]
                    val = slot.val[i]
                    i += 1
                    pending -= 1
                    now = t
                    if value[sig] == val:
                        continue
                    value[sig] = val
                    applied += 1
                    if changes[sig] == 0:
                        touched[ntouched] = sig
                        ntouched += 1
                    changes[sig] += 1
                    for k in range(fstart[sig], fstart[sig + 1]):
                        g = fan[k]
                        newv = evaluate(gates[g].kind, value[gates[g].a], value[gates[g].b])
                        out = ninputs + g
                        if newv != sched[out]:
                            sched[out] = newv
                            push(&wheel[(t + gates[g].delay) & 3], out, newv)
                            pending += 1
                slot.length = 0
                t += 1
            stepev = 0
            for k in range(ntouched):
                s = touched[k]
                stepev += changes[s]
                if changes[s] >= 2 and s >= ninputs:
                    glitchy += 1
                changes[s] = 0
            if stepev > peak:
                peak = stepev
            word = 0
            for s in range(nsig):
                if fstart[s + 1] == fstart[s]:
                    word = (word * 2 + value[s]) % 1000000007
            checksum = (checksum * 7 + word) % 1000000007
            now += 1
    finally:
        free(gates); free(fstart); free(fill); free(fan); free(value); free(sched); free(changes); free(touched)
        for i in range(4):
            free(wheel[i].sig)
            free(wheel[i].val)
    return (applied, peak, glitchy, now, checksum)
