"""Many-to-many sort-merge join of shipments and stock movements on a part number.

Two tables share a part-number key drawn from a skewed range, so both sides contain
duplicates. Each side is sorted by key; a merge walks both, and for every run of equal
keys emits the cross product of the two runs. Returns the number of joined rows, a
checksum over the joined (left quantity, right quantity) pairs, the key with the largest
fan-out and the number of distinct keys that matched.

Keywords: sort-merge join, merge join, many-to-many, equi-join, duplicate keys, relational
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(30000, 20000, 20000), cases=[(0, 10, 5), (10, 0, 5), (1, 1, 1), (20, 15, 6), (500, 400, 100)])
def sort_merge_join_inventory(n_left: int, n_right: int, key_range: int) -> Tuple[int, int, int, int]:
    """Sort-merge join two generated tables; return (rows, checksum, widest key, matched keys)."""
    if n_left <= 0 or n_right <= 0 or key_range <= 0:
        return 0, 0, -1, 0
    state = 31415

    def table(count: int):
        nonlocal state
        rows = []
        for _ in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            u = state % key_range
            key = u * u // key_range
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            rows.append((key, 1 + state % 500))
        return sorted(rows)

    left = table(n_left)
    right = table(n_right)
    i = j = 0
    rows = checksum = matched = 0
    widest_key, widest = -1, 0
    while i < len(left) and j < len(right):
        if left[i][0] < right[j][0]:
            i += 1
        elif left[i][0] > right[j][0]:
            j += 1
        else:
            key = left[i][0]
            i_end = i
            while i_end < len(left) and left[i_end][0] == key:
                i_end += 1
            j_end = j
            while j_end < len(right) and right[j_end][0] == key:
                j_end += 1
            for _, lq in left[i:i_end]:
                for _, rq in right[j:j_end]:
                    checksum = (checksum * 31 + lq * 1000 + rq) % 1000000007
            fan = (i_end - i) * (j_end - j)
            rows += fan
            matched += 1
            if fan > widest:
                widest, widest_key = fan, key
            i, j = i_end, j_end
    return rows, checksum, widest_key, matched
