"""Parse and verify Intel HEX records.

Firmware images are often shipped as Intel HEX: lines ``:LLAAAATT<data>CC`` whose
byte sum must be zero modulo 256. Records are generated with a few corrupted bytes;
each line is decoded with ``bytes.fromhex`` and validated.

Keywords: intel hex, firmware, checksum, hexadecimal, records, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(12000, 6), cases=[(0, 1), (1, 2), (9, 3), (200, 4)])
def intel_hex_record_parse(n_records: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (valid, invalid, sum of valid data bytes, end address, first 5 bad lines)."""
    state = seed
    lines = []
    address = 0
    for _ in range(n_records):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        count = 1 + state % 16
        data = []
        for _ in range(count):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            data.append((state >> 8) & 0xFF)
        record = [count, (address >> 8) & 0xFF, address & 0xFF, 0] + data
        record.append(-sum(record) & 0xFF)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if state % 10 == 0:
            record[4] ^= 1 << ((state >> 5) % 8)
        lines.append(":" + "".join("%02X" % b for b in record))
        address = (address + count) & 0xFFFF
    valid = invalid = 0
    total = 0
    end = 0
    bad = []
    for number, line in enumerate(lines):
        raw = bytes.fromhex(line[1:])
        count = raw[0]
        addr = (raw[1] << 8) | raw[2]
        if sum(raw) & 0xFF == 0 and len(raw) == count + 5:
            valid += 1
            total += sum(raw[4:4 + count])
            end = max(end, addr + count)
        else:
            invalid += 1
            if len(bad) < 5:
                bad.append(number)
    return (valid, invalid, total, end, bad)
