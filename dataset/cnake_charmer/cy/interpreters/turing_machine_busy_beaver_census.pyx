# cython: language_level=3
"""Turing machine census on a fixed C byte tape with packed transition entries.

Each machine's table is a small array of packed ``Rule`` structs indexed by
``2 * state + symbol``; the tape is one ``unsigned char`` array of ``2 * limit + 3``
cells centred on the start (the head can never leave it within the limit), cleared
and counted only over the span actually visited. The whole census runs ``nogil``,
with ``__builtin_clzll`` giving the halting-time bucket.

Keywords: interpreters, turing machine, busy beaver, simulation, transition table, halting
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int __builtin_clzll(unsigned long long) nogil

cdef enum:
    HALT = -1
    MAX_RULES = 64


cdef struct Rule:
    signed char write
    signed char move
    int next


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef long long run(const Rule *table, unsigned char *tape, int limit, long long *ones_out) noexcept nogil:
    """Return the steps taken, or -(steps + 1) if the limit was hit; ones go to ones_out."""
    cdef int head = limit + 1, lo = head, hi = head, state = 0, i
    cdef long long steps = 0, ones = 0
    cdef const Rule *r
    while state != HALT and steps < limit:
        r = &table[2 * state + tape[head]]
        tape[head] = r.write
        head += r.move
        state = r.next
        steps += 1
        if head < lo:
            lo = head
        if head > hi:
            hi = head
    for i in range(lo, hi + 1):
        ones += tape[i]
        tape[i] = 0
    ones_out[0] = ones
    return steps if state == HALT else -(steps + 1)


@cython_benchmark(args=(3000, 4, 400, 43))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def turing_machine_busy_beaver_census(int n_machines, int n_states, int limit, long long seed):
    """Return (halted, halting steps, champion steps, champion ones, most ones, step histogram, checksum)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Rule table[MAX_RULES]
    cdef unsigned char *tape = <unsigned char *>calloc(2 * limit + 3, 1)
    cdef long long histogram[16]
    cdef long long halted = 0, halting_steps = 0, champion_steps = 0, champion_ones = 0, most_ones = 0
    cdef long long checksum = 0, steps, ones
    cdef int k, s, bucket
    cdef bint stopped
    if tape == NULL:
        raise MemoryError()
    try:
        with nogil:
            for k in range(16):
                histogram[k] = 0
            for k in range(n_machines):
                for s in range(2 * n_states):
                    table[s].write = draw(&state, 2)
                    table[s].move = 1 if draw(&state, 2) else -1
                    table[s].next = HALT if draw(&state, 2 * n_states + 2) == 0 else draw(&state, n_states)
                steps = run(table, tape, limit, &ones)
                stopped = steps >= 0
                if not stopped:
                    steps = -steps - 1
                if ones > most_ones:
                    most_ones = ones
                checksum = (checksum * 7919 + steps * 3 + ones * 2 + stopped) % 1000000007
                if stopped:
                    halted += 1
                    halting_steps += steps
                    bucket = 0 if steps == 0 else 64 - __builtin_clzll(<unsigned long long>steps)
                    histogram[bucket if bucket < 15 else 15] += 1
                    if steps > champion_steps:
                        champion_steps = steps
                        champion_ones = ones
        return (halted, halting_steps, champion_steps, champion_ones, most_ones, [histogram[k] for k in range(16)], checksum)
    finally:
        free(tape)
