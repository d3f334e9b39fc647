"""Read a generated INI configuration with ``configparser``.

The document has numbered sections, keys in mixed case with ``=``, ``:`` or spaced
separators, comment lines and blank lines. ``configparser`` lower-cases the keys and
strips the values; the result is summarised per file and for the first section.

Keywords: ini, configparser, configuration, key value, parsing
"""

import configparser
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(1500, 4), cases=[(0, 1), (1, 2), (3, 3), (40, 4)])
def ini_config_sections(n_sections: int, seed: int) -> Tuple[int, int, int, int, List[Tuple[str, str]]]:
    """Return (sections, keys, sum of integer values, longest value, items of the first section)."""
    state = seed
    lines = ["; generated configuration", ""]
    for s in range(n_sections):
        lines.append(f"[section{s}]")
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        for j in range(1 + state % 8):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            kind = state % 4
            key = f"Key{j}" if (state >> 5) & 1 else f"key{j}"
            sep = [" = ", "=", ": "][(state >> 6) % 3]
            value = str((state >> 8) % 10000) if kind < 2 else "v" * (1 + (state >> 8) % 5) + "x"
            lines.append(key + sep + value)
            if kind == 3:
                lines.append(f"# note {j}")
        lines.append("")
    parser = configparser.ConfigParser()
    parser.read_string("\n".join(lines))
    keys = 0
    total = 0
    longest = 0
    for name in parser.sections():
        for key, value in parser.items(name):
            keys += 1
            longest = max(longest, len(value))
            if value.isdigit():
                total += int(value)
    first = parser.items(parser.sections()[0]) if parser.sections() else []
    return (len(parser.sections()), keys, total, longest, first)
