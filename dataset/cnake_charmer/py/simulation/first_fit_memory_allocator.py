"""First-fit dynamic memory allocator with coalescing, driven by a seeded workload.

A heap of fixed size is managed with an address-ordered free list. A seeded stream of
requests either allocates a block of random size (first free block large enough is
split) or frees a random live block (its space is inserted back into the free list
and merged with adjacent free blocks). Returns failed allocations, peak bytes in use,
the final number of free fragments, the largest free fragment and the final live
block count.

Keywords: simulation, memory allocator, first fit, free list, fragmentation, coalescing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(65536, 12000, 3), cases=[(0, 10, 1), (64, 0, 2), (100, 50, 3), (1024, 400, 4)])
def first_fit_memory_allocator(heap: int, requests: int, seed: int) -> Tuple[int, int, int, int, int]:
    """Replay `requests` seeded malloc/free calls on a first-fit heap."""
    state = seed & 0x7FFFFFFF
    free_list: List[List[int]] = [[0, heap]] if heap > 0 else []
    live: List[Tuple[int, int]] = []
    failed = used = peak = 0
    for _ in range(requests):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        r = state >> 8
        if live and r % 100 < 45:
            addr, size = live.pop(r % len(live))
            used -= size
            k = 0
            while k < len(free_list) and free_list[k][0] < addr:
                k += 1
            free_list.insert(k, [addr, size])
            if k + 1 < len(free_list) and free_list[k][0] + free_list[k][1] == free_list[k + 1][0]:
                free_list[k][1] += free_list[k + 1][1]
                del free_list[k + 1]
            if k > 0 and free_list[k - 1][0] + free_list[k - 1][1] == free_list[k][0]:
                free_list[k - 1][1] += free_list[k][1]
                del free_list[k]
        else:
            size = 8 + (r >> 7) % 500
            for k, (start, length) in enumerate(free_list):
                if length >= size:
                    live.append((start, size))
                    if length == size:
                        del free_list[k]
                    else:
                        free_list[k] = [start + size, length - size]
                    used += size
                    peak = max(peak, used)
                    break
            else:
                failed += 1
    largest = max((length for _, length in free_list), default=0)
    return (failed, peak, len(free_list), largest, len(live))
