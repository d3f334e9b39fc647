"""Parse a CSV document with quoted fields by a character state machine.

Rows mix integers, bare words and double-quoted fields that may contain commas and
doubled quotes; a small hand-written state machine splits the text into records and
fields (the RFC 4180 rules) and the integer columns are totalled.

Keywords: csv, state machine, quoting, rfc 4180, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _make_csv(rows: int, seed: int) -> str:
    state = seed
    lines = []
    for _ in range(rows):
        fields = []
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        for _ in range(3 + state % 5):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            kind = state % 3
            if kind == 0:
                fields.append(str((state >> 5) % 100000 - 50000))
            elif kind == 1:
                fields.append("w" * (1 + (state >> 7) % 6))
            else:
                inner = ["x", ",", '""', "y z"][(state >> 9) % 4] * (1 + (state >> 11) % 3)
                fields.append('"' + inner + '"')
        lines.append(",".join(fields))
    return "\n".join(lines)


@python_benchmark(args=(8000, 5), cases=[(0, 1), (1, 2), (6, 3), (100, 4)])
def csv_quoted_fields_parse(rows: int, seed: int) -> Tuple[int, int, int, int, List[str]]:
    """Return (records, fields, sum of integer fields, longest field, fields of record 0)."""
    text = _make_csv(rows, seed)
    records: List[List[str]] = []
    field: List[str] = []
    record: List[str] = []
    in_quotes = False
    i = 0
    while i < len(text):
        ch = text[i]
        if in_quotes:
            if ch == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    in_quotes = False
            else:
                field.append(ch)
        elif ch == '"':
            in_quotes = True
        elif ch == ",":
            record.append("".join(field))
            field = []
        elif ch == "\n":
            record.append("".join(field))
            records.append(record)
            field, record = [], []
        else:
            field.append(ch)
        i += 1
    if text:
        record.append("".join(field))
        records.append(record)
    total = 0
    longest = 0
    n_fields = 0
    for rec in records:
        n_fields += len(rec)
        for f in rec:
            longest = max(longest, len(f))
            if f and (f[0] == "-" or f[0].isdigit()) and f.lstrip("-").isdigit():
                total += int(f)
    return (len(records), n_fields, total, longest, records[0] if records else [])
