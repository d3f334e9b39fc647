"""Split a stream of HTTP/1.1 requests and parse their headers.

Requests with mixed-case header names and irregular spacing after the colon are
concatenated into one stream separated by blank lines; each is split into the request
line and a header dictionary keyed by lower-cased name (the last value wins).

Keywords: http, headers, request line, case insensitive, parsing
"""

from typing import Dict, Tuple

from cnake_charmer.benchmarks import python_benchmark

METHODS = ["GET", "POST", "PUT", "DELETE"]
NAMES = ["Host", "Content-Length", "Accept", "User-Agent", "X-Request-Id", "Cookie"]


@python_benchmark(args=(12000, 3), cases=[(0, 1), (1, 2), (6, 3), (150, 4)])
def http_request_header_parse(n: int, seed: int) -> Tuple[int, Dict[str, int], int, int, int, str]:
    """Return (requests, per-method counts, content-length total, distinct hosts, header lines, busiest path)."""
    state = seed
    parts = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        lines = [f"{METHODS[state % 4]} /api/v{(state >> 3) % 3}/item{i} HTTP/1.1"]
        for _ in range(2 + (state >> 6) % 5):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            name = NAMES[state % 6]
            style = (state >> 4) % 3
            name = name.lower() if style == 0 else (name.upper() if style == 1 else name)
            if name.lower() == "host":
                value = f"host{(state >> 9) % 7}.example"
            elif name.lower() == "content-length":
                value = str((state >> 9) % 5000)
            else:
                value = f"v{state >> 9}"
            lines.append(name + ":" + " " * ((state >> 7) % 3) + value)
        parts.append("\r\n".join(lines) + "\r\n\r\n")
    stream = "".join(parts)
    methods: Dict[str, int] = {}
    content = 0
    hosts = set()
    header_lines = 0
    busiest = ("", -1)
    for block in stream.split("\r\n\r\n")[:-1]:
        lines = block.split("\r\n")
        method, path, _version = lines[0].split(" ")
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        header_lines += len(lines) - 1
        methods[method] = methods.get(method, 0) + 1
        content += int(headers.get("content-length", "0"))
        if "host" in headers:
            hosts.add(headers["host"])
        if len(lines) - 1 > busiest[1]:
            busiest = (path, len(lines) - 1)
    return (stream.count("\r\n\r\n"), methods, content, len(hosts), header_lines, busiest[0])
