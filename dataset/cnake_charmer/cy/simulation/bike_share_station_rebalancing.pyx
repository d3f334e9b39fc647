# cython: language_level=3
"""Bike-sharing system: hourly trips between docking stations and truck rebalancing.

Stations are a Station struct array (bikes, capacity); the outward search for a free
dock and the truck's fullest/emptiest scan are typed loops. Fill ratios are compared
by cross-multiplication of integers, which orders exactly like Python's float ratios
here because capacities are small, so no floats or key tuples are needed.

Keywords: simulation, bike sharing, docking stations, rebalancing, logistics, urban mobility
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Station:
    int bikes
    int capacity


cdef inline int draw(long long* state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245 + 12345) & 0x7FFFFFFF
    return <int>((state[0] >> 16) % m)


cdef inline int cmp_fill(Station* st, int a, int b) noexcept nogil:
    cdef long lhs = <long>st[a].bikes * st[b].capacity, rhs = <long>st[b].bikes * st[a].capacity
    return (lhs > rhs) - (lhs < rhs)


@cython_benchmark(args=(60, 3000, 6, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def bike_share_station_rebalancing(int stations, int hours, int truck_every, long long seed):
    """Simulate `hours` hours of trips among `stations` stations."""
    cdef long long state = seed & 0x7FFFFFFF
    cdef Station* st = <Station*>malloc((stations + 1) * sizeof(Station))
    cdef int s, hour, trips, k, origin, dest, popular, off, target, fullest, emptiest, move, cand
    cdef long completed = 0, lost = 0, rerouted = 0, trucked = 0
    cdef bint placed
    if st == NULL:
        raise MemoryError()
    try:
        for s in range(stations):
            st[s].capacity = 10 + (s * 7) % 11
            st[s].bikes = st[s].capacity // 2
        for hour in range(hours):
            trips = 5 + draw(&state, 20) if stations else 0
            for k in range(trips):
                origin = draw(&state, stations)
                popular = (hour // 6) % stations
                if draw(&state, 3) == 0:
                    dest = popular
                else:
                    dest = draw(&state, stations)
                if st[origin].bikes == 0:
                    lost += 1
                    continue
                st[origin].bikes -= 1
                if st[dest].bikes < st[dest].capacity:
                    st[dest].bikes += 1
                else:
                    rerouted += 1
                    placed = False
                    for off in range(1, stations):
                        cand = dest - off
                        if cand >= 0 and st[cand].bikes < st[cand].capacity:
                            st[cand].bikes += 1
                            placed = True
                            break
                        cand = dest + off
                        if cand < stations and st[cand].bikes < st[cand].capacity:
                            st[cand].bikes += 1
                            placed = True
                            break
                    if not placed:
                        st[origin].bikes += 1
                        lost += 1
                        continue
                completed += 1
            if truck_every > 0 and hour % truck_every == truck_every - 1 and stations > 1:
                fullest = 0
                emptiest = 0
                for s in range(1, stations):
                    if cmp_fill(st, s, fullest) > 0:
                        fullest = s
                    if cmp_fill(st, s, emptiest) < 0:
                        emptiest = s
                move = st[fullest].bikes // 2
                if st[emptiest].capacity - st[emptiest].bikes < move:
                    move = st[emptiest].capacity - st[emptiest].bikes
                if fullest != emptiest and move > 0:
                    st[fullest].bikes -= move
                    st[emptiest].bikes += move
                    trucked += move
        return (completed, lost, rerouted, trucked, [st[s].bikes for s in range(stations if stations < 8 else 8)])
    finally:
        free(st)
