# cython: language_level=3
"""Gentle RED versus drop-tail, written in Cython's pure-Python mode with C state.

Sources' on/off parameters and per-flow drop counters are C arrays declared with
``cython.declare``, the two generators are ``@cython.cfunc`` functions on pointers to
their ``uint32`` states, and the RED average, idle decay (libm ``pow``) and drop
probability are plain C doubles, so the per-slot, per-flow loop compiles to straight C
with no Python objects.

Keywords: networking, red, active queue management, random early detection, drop tail, congestion avoidance, router queue
"""

import cython
from cython.cimports.libc.math import pow
from cython.cimports.libc.stdlib import malloc, free

from cnake_charmer.benchmarks import cython_benchmark

W_Q = cython.declare(cython.double, 0.002)
MIN_TH = cython.declare(cython.double, 20.0)
MAX_TH = cython.declare(cython.double, 60.0)
MAX_P = cython.declare(cython.double, 0.1)
LIMIT = cython.declare(cython.int, 150)


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
@cython.nogil
def draw(state: cython.p_uint, k: cython.uint) -> cython.int:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return (state[0] >> 16) % k


@cython.cfunc
@cython.inline
@cython.exceptval(check=False)
@cython.nogil
def uniform(state: cython.p_uint) -> cython.double:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return (state[0] >> 8) / 8388608.0


@cython_benchmark(args=(14, 45000, 3, 59))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def red_aqm_queue_drops(flows: cython.int, slots: cython.int, service: cython.int, seed: cython.longlong):
    """Return ((accepted, early, forced, mean queue, peak, final avg, first flow drops), (accepted, drops, mean, peak))."""
    traffic = cython.declare(cython.uint, seed & 0x7FFFFFFF)
    coin = cython.declare(cython.uint, (seed * 7919 + 17) & 0x7FFFFFFF)
    params = cython.declare(cython.p_int, cython.cast(cython.p_int, malloc((4 * flows + 1) * cython.sizeof(cython.int))))
    drops = cython.declare(cython.p_longlong, cython.cast(cython.p_longlong, malloc((flows + 1) * cython.sizeof(cython.longlong))))
    f = cython.declare(cython.int)
    slot = cython.declare(cython.int)
    queue = cython.declare(cython.int, 0)
    tail = cython.declare(cython.int, 0)
    count = cython.declare(cython.int, 0)
    idle_since = cython.declare(cython.int, 0)
    red_peak = cython.declare(cython.int, 0)
    tail_peak = cython.declare(cython.int, 0)
    accepted = cython.declare(cython.longlong, 0)
    early = cython.declare(cython.longlong, 0)
    forced = cython.declare(cython.longlong, 0)
    queue_sum = cython.declare(cython.longlong, 0)
    tail_accepted = cython.declare(cython.longlong, 0)
    tail_drops = cython.declare(cython.longlong, 0)
    tail_sum = cython.declare(cython.longlong, 0)
    avg = cython.declare(cython.double, 0.0)
    pb = cython.declare(cython.double)
    pa = cython.declare(cython.double)
    mean = cython.declare(cython.double, 0.0)
    tail_mean = cython.declare(cython.double, 0.0)
    drop = cython.declare(cython.bint)
    # params layout: [turn_on, turn_off, send, on] per flow
    try:
        if params == cython.NULL or drops == cython.NULL:
            raise MemoryError()
        with cython.nogil:
            for f in range(flows):
                params[4 * f] = 1 + draw(cython.address(traffic), 20)
            for f in range(flows):
                params[4 * f + 1] = 1 + draw(cython.address(traffic), 10)
            for f in range(flows):
                params[4 * f + 2] = 20 + draw(cython.address(traffic), 60)
                params[4 * f + 3] = 0
                drops[f] = 0
            for slot in range(slots):
                for f in range(flows):
                    if params[4 * f + 3]:
                        params[4 * f + 3] = draw(cython.address(traffic), 100) >= params[4 * f + 1]
                    else:
                        params[4 * f + 3] = draw(cython.address(traffic), 100) < params[4 * f]
                    if not params[4 * f + 3] or draw(cython.address(traffic), 100) >= params[4 * f + 2]:
                        continue
                    if tail < LIMIT:
                        tail += 1
                        tail_accepted += 1
                    else:
                        tail_drops += 1

                    if queue == 0 and idle_since >= 0:
                        avg *= pow(1.0 - W_Q, cython.cast(cython.double, (slot - idle_since) * service))
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
                        if uniform(cython.address(coin)) < pa:
                            early += 1
                            drop = True
                            count = 0
                    if drop:
                        drops[f] += 1
                    else:
                        queue += 1
                        accepted += 1
                if queue > red_peak:
                    red_peak = queue
                if tail > tail_peak:
                    tail_peak = tail
                queue_sum += queue
                tail_sum += tail
                queue = queue - service if queue > service else 0
                tail = tail - service if tail > service else 0
                if queue == 0 and idle_since < 0:
                    idle_since = slot + 1
            if slots:
                mean = cython.cast(cython.double, queue_sum) / slots
                tail_mean = cython.cast(cython.double, tail_sum) / slots
        return ((accepted, early, forced, mean, red_peak, avg, [drops[f] for f in range(min(flows, 6))]),
                (tail_accepted, tail_drops, tail_mean, tail_peak))
    finally:
        free(params)
        free(drops)
