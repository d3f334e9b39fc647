"""Parse fixed-width mainframe records with zoned-decimal (overpunch) amounts.

Each 40-column record holds an account id, a date and a signed amount in COBOL zoned
decimal: the sign is overpunched on the last digit (``{`` and ``A``-``I`` for +0..+9,
``}`` and ``J``-``R`` for -0..-9). Records are sliced by column, amounts decoded and
totalled per record type.

Keywords: fixed width, cobol, zoned decimal, overpunch, records, parsing
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

POSITIVE = "{ABCDEFGHI"
NEGATIVE = "}JKLMNOPQR"
TYPES = ["DEP", "WDR", "FEE", "INT"]


def _decode(field: str) -> int:
    last = field[-1]
    if last in POSITIVE:
        return int(field[:-1] + str(POSITIVE.index(last)))
    return -int(field[:-1] + str(NEGATIVE.index(last)))


@python_benchmark(args=(30000, 3), cases=[(0, 1), (1, 2), (11, 3), (400, 4)])
def fixed_width_overpunch_records(n: int, seed: int) -> Tuple[Dict[str, int], int, int, List[int]]:
    """Return (total amount per record type, most negative amount, records in 2023, first 5 amounts)."""
    state = seed
    lines = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        amount = (state >> 4) % 2000000 - 1000000
        digits = f"{abs(amount):010d}"
        sign = POSITIVE if amount >= 0 else NEGATIVE
        zoned = digits[:-1] + sign[int(digits[-1])]
        year = 2020 + (state >> 20) % 5
        lines.append(f"{i:08d}{TYPES[(state >> 9) % 4]}{year}{1 + (state >> 12) % 12:02d}"
                     f"{1 + (state >> 16) % 28:02d}{zoned}{'':>11}")
    totals: Dict[str, int] = {}
    lowest = 0
    in_2023 = 0
    first = []
    for line in lines:
        kind = line[8:11]
        year = int(line[11:15])
        amount = _decode(line[19:29])
        totals[kind] = totals.get(kind, 0) + amount
        lowest = min(lowest, amount)
        in_2023 += year == 2023
        if len(first) < 5:
            first.append(amount)
    return (totals, lowest, in_2023, first)
