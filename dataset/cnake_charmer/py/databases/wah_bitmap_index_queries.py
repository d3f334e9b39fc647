"""Word-aligned hybrid (WAH) compressed bitmap index with AND / OR / AND-NOT queries.

A table of five low-cardinality columns (two of them clustered, so their bitmaps are
long runs) gets one bitmap per (column, value). Bitmaps are cut into 31-bit groups and
compressed: a group that is neither all zeros nor all ones is a literal word, and runs
of all-zero or all-one groups collapse into a single fill word holding the run length.
Queries of the form ``(c1 = a OR c1 = b) AND c2 = d AND NOT c3 = e`` are answered by
merging the compressed words of two bitmaps at a time, emitting fills in one step when
both sides are fills. Returns the index size in words and, per query, the matching
row count, the compressed size of the answer and its first row ids.

Keywords: databases, bitmap index, wah compression, run-length, boolean query, and or not, popcount
"""

from typing import Callable, Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

GROUP = 31
LITERAL_MASK = 0x7FFFFFFF
FILL_FLAG = 0x80000000
ONE_FILL = 0x40000000
RUN_MASK = 0x3FFFFFFF
CARDINALITY = (4, 10, 8, 5, 2)


def append_fill(out: List[int], ones: bool, count: int) -> None:
    if out and out[-1] & FILL_FLAG and bool(out[-1] & ONE_FILL) == ones:
        out[-1] += count
    else:
        out.append(FILL_FLAG | (ONE_FILL if ones else 0) | count)


def append_group(out: List[int], group: int) -> None:
    if group == 0 or group == LITERAL_MASK:
        append_fill(out, group != 0, 1)
    else:
        out.append(group)


def combine(a: List[int], b: List[int], op: Callable[[int, int], int]) -> List[int]:
    """Apply a bitwise op group by group to two compressed bitmaps of equal length."""
    out: List[int] = []
    ia = ib = left_a = left_b = 0
    group_a = group_b = 0
    fill_a = fill_b = False
    while True:
        if left_a == 0:
            if ia == len(a):
                break
            word = a[ia]
            ia += 1
            fill_a = bool(word & FILL_FLAG)
            left_a = word & RUN_MASK if fill_a else 1
            group_a = (LITERAL_MASK if word & ONE_FILL else 0) if fill_a else word
        if left_b == 0:
            word = b[ib]
            ib += 1
            fill_b = bool(word & FILL_FLAG)
            left_b = word & RUN_MASK if fill_b else 1
            group_b = (LITERAL_MASK if word & ONE_FILL else 0) if fill_b else word
        if fill_a and fill_b:
            step = min(left_a, left_b)
            append_fill(out, op(group_a, group_b) != 0, step)
        else:
            step = 1
            append_group(out, op(group_a, group_b))
        left_a -= step
        left_b -= step
    return out


def summarize(bitmap: List[int]) -> Tuple[int, List[int]]:
    """(set bits, first three set row ids)."""
    count = 0
    first: List[int] = []
    base = 0
    for word in bitmap:
        if word & FILL_FLAG:
            run = word & RUN_MASK
            if word & ONE_FILL:
                count += run * GROUP
                first.extend(range(base, base + min(3, run * GROUP)))
            base += run * GROUP
        else:
            count += word.bit_count()
            if len(first) < 3:
                first.extend(base + i for i in range(GROUP) if word >> i & 1)
            base += GROUP
        del first[3:]
    return count, first


@python_benchmark(args=(90000, 40, 21), cases=[(0, 3, 1), (1, 3, 2), (31, 4, 3), (700, 10, 4)])
def wah_bitmap_index_queries(rows: int, queries: int, seed: int) -> Tuple[int, List[Tuple[int, int, List[int]]]]:
    """Return (index size in words, per query (matching rows, answer words, first row ids))."""
    state = seed & 0xFFFFFFFFFFFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return (state >> 33) % k

    table = []
    for row in range(rows):
        region = row * 4 // rows
        category = row * 40 // rows % 10
        color = draw(8)
        size = 0 if draw(10) < 7 else 1 + draw(4)
        flag = 1 if draw(50) == 0 else 0
        table.append((region, category, color, size, flag))

    groups_per_bitmap = (rows + GROUP - 1) // GROUP
    uncompressed = {(column, value): [0] * groups_per_bitmap
                    for column, cardinality in enumerate(CARDINALITY) for value in range(cardinality)}
    for row, record in enumerate(table):
        bit = 1 << (row % GROUP)
        for column, value in enumerate(record):
            uncompressed[column, value][row // GROUP] |= bit
    index: Dict[Tuple[int, int], List[int]] = {}
    for key, groups in uncompressed.items():
        compressed: List[int] = []
        for group in groups:
            append_group(compressed, group)
        index[key] = compressed
    size_words = sum(len(words) for words in index.values())

    results = []
    for _ in range(queries):
        c1, c2, c3 = draw(5), draw(5), draw(5)
        a, b = draw(CARDINALITY[c1]), draw(CARDINALITY[c1])
        d, e = draw(CARDINALITY[c2]), draw(CARDINALITY[c3])
        either = combine(index[c1, a], index[c1, b], lambda x, y: x | y)
        both = combine(either, index[c2, d], lambda x, y: x & y)
        answer = combine(both, index[c3, e], lambda x, y: x & ~y & LITERAL_MASK)
        count, first = summarize(answer)
        results.append((count, len(answer), first))
    return size_words, results
