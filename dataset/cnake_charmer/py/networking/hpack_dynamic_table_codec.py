"""HTTP/2 HPACK header compression without Huffman coding (RFC 7541), encoded and decoded.

A connection carries generated request header lists (pseudo-headers, user agents,
cookies of a few dozen users, unique request ids, occasional bearer tokens and POST
bodies). The encoder uses the 61-entry static table and a size-bounded dynamic table
(entry size = name + value + 32 octets, oldest entries evicted): an exact match is sent
as an indexed field, otherwise a literal with incremental indexing (by name index or
with a literal name), literals without indexing for request ids and lengths, and never
indexed for authorization. Integers use the N-bit-prefix continuation encoding and
strings are raw octet literals; some blocks start with a dynamic table size update. A
separate decoder rebuilds every header list and its own dynamic table.

Keywords: networking, http/2, hpack, header compression, prefix integer, dynamic table, rfc 7541, eviction
"""

from collections import deque
from typing import Deque, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

STATIC_TABLE = (
    (":authority", ""), (":method", "GET"), (":method", "POST"), (":path", "/"), (":path", "/index.html"),
    (":scheme", "http"), (":scheme", "https"), (":status", "200"), (":status", "204"), (":status", "206"),
    (":status", "304"), (":status", "400"), (":status", "404"), (":status", "500"), ("accept-charset", ""),
    ("accept-encoding", "gzip, deflate"), ("accept-language", ""), ("accept-ranges", ""), ("accept", ""),
    ("access-control-allow-origin", ""), ("age", ""), ("allow", ""), ("authorization", ""),
    ("cache-control", ""), ("content-disposition", ""), ("content-encoding", ""), ("content-language", ""),
    ("content-length", ""), ("content-location", ""), ("content-range", ""), ("content-type", ""),
    ("cookie", ""), ("date", ""), ("etag", ""), ("expect", ""), ("expires", ""), ("from", ""), ("host", ""),
    ("if-match", ""), ("if-modified-since", ""), ("if-none-match", ""), ("if-range", ""),
    ("if-unmodified-since", ""), ("last-modified", ""), ("link", ""), ("location", ""), ("max-forwards", ""),
    ("proxy-authenticate", ""), ("proxy-authorization", ""), ("range", ""), ("referer", ""), ("refresh", ""),
    ("retry-after", ""), ("server", ""), ("set-cookie", ""), ("strict-transport-security", ""),
    ("transfer-encoding", ""), ("user-agent", ""), ("vary", ""), ("via", ""), ("www-authenticate", ""),
)
STATIC_EXACT = {}
STATIC_NAME = {}
for _i, (_name, _value) in enumerate(STATIC_TABLE, start=1):
    STATIC_EXACT.setdefault((_name, _value), _i)
    STATIC_NAME.setdefault(_name, _i)

HOSTS = ("example.com", "api.example.com", "static.example.net", "cdn.example.org")
RESOURCES = ("/", "/index.html", "/api/v1/items", "/api/v1/users", "/static/app.js", "/static/style.css")
ACCEPTS = ("*/*", "text/html,application/xhtml+xml", "application/json")
AGENTS = ("Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/128.0", "curl/8.5.0",
          "Mozilla/5.0 (Macintosh) AppleWebKit/605.1.15 Safari/605.1.15", "okhttp/4.12.0")
NEVER_INDEXED = {"authorization"}
NOT_INDEXED = {"x-request-id", "content-length"}
HEX = "0123456789abcdef"


class DynamicTable:
    def __init__(self, max_size: int = 4096) -> None:
        self.entries: Deque[Tuple[str, str]] = deque()
        self.size = 0
        self.max_size = max_size
        self.evictions = 0

    def resize(self, max_size: int) -> None:
        self.max_size = max_size
        self._evict(0)

    def _evict(self, room: int) -> None:
        while self.entries and self.size + room > self.max_size:
            name, value = self.entries.pop()
            self.size -= len(name) + len(value) + 32
            self.evictions += 1

    def add(self, name: str, value: str) -> None:
        need = len(name) + len(value) + 32
        self._evict(need)
        if need <= self.max_size:
            self.entries.appendleft((name, value))
            self.size += need

    def get(self, index: int) -> Tuple[str, str]:
        if index <= len(STATIC_TABLE):
            return STATIC_TABLE[index - 1]
        return self.entries[index - len(STATIC_TABLE) - 1]


def encode_int(value: int, prefix: int, flags: int, out: bytearray) -> None:
    limit = (1 << prefix) - 1
    if value < limit:
        out.append(flags | value)
        return
    out.append(flags | limit)
    value -= limit
    while value >= 128:
        out.append((value & 0x7F) | 0x80)
        value >>= 7
    out.append(value)


def decode_int(data: bytes, pos: int, prefix: int) -> Tuple[int, int]:
    limit = (1 << prefix) - 1
    value = data[pos] & limit
    pos += 1
    if value < limit:
        return value, pos
    shift = 0
    while True:
        byte = data[pos]
        pos += 1
        value += (byte & 0x7F) << shift
        shift += 7
        if not byte & 0x80:
            return value, pos


def encode_string(text: str, out: bytearray) -> None:
    raw = text.encode("ascii")
    encode_int(len(raw), 7, 0x00, out)
    out += raw


def decode_string(data: bytes, pos: int) -> Tuple[str, int]:
    length, pos = decode_int(data, pos, 7)
    return data[pos:pos + length].decode("ascii"), pos + length


def encode_block(headers: List[Tuple[str, str]], table: DynamicTable, resize: int, counts: List[int]) -> bytes:
    out = bytearray()
    if resize:
        table.resize(resize)
        encode_int(resize, 5, 0x20, out)
        counts[5] += 1
    for name, value in headers:
        exact = STATIC_EXACT.get((name, value), 0)
        name_index = STATIC_NAME.get(name, 0)
        for pos, (n, v) in enumerate(table.entries):
            if n == name:
                if not exact and v == value and name not in NEVER_INDEXED:
                    exact = len(STATIC_TABLE) + 1 + pos
                if not name_index:
                    name_index = len(STATIC_TABLE) + 1 + pos
        if name in NEVER_INDEXED or name in NOT_INDEXED:
            encode_int(name_index, 4, 0x10 if name in NEVER_INDEXED else 0x00, out)
            counts[3 if name in NEVER_INDEXED else 4] += 1
        elif exact:
            encode_int(exact, 7, 0x80, out)
            counts[0] += 1
            continue
        else:
            encode_int(name_index, 6, 0x40, out)
            counts[1 if name_index else 2] += 1
            table.add(name, value)
        if not name_index:
            encode_string(name, out)
        encode_string(value, out)
    return bytes(out)


def decode_block(data: bytes, table: DynamicTable) -> List[Tuple[str, str]]:
    headers = []
    pos = 0
    while pos < len(data):
        first = data[pos]
        if first & 0x80:
            index, pos = decode_int(data, pos, 7)
            headers.append(table.get(index))
            continue
        if first & 0xE0 == 0x20:
            size, pos = decode_int(data, pos, 5)
            table.resize(size)
            continue
        prefix = 6 if first & 0x40 else 4
        index, pos = decode_int(data, pos, prefix)
        if index:
            name = table.get(index)[0]
        else:
            name, pos = decode_string(data, pos)
        value, pos = decode_string(data, pos)
        if first & 0x40:
            table.add(name, value)
        headers.append((name, value))
    return headers


@python_benchmark(args=(7000, 37), cases=[(0, 1), (1, 2), (3, 3), (60, 4)])
def hpack_dynamic_table_codec(requests: int, seed: int) -> Tuple[int, int, List[int], int, int, int, int, int, str]:
    """Return (encoded, plain, representation counts, evictions, table entries, table size, checksum, ok, first block hex)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    tokens = ["".join(HEX[draw(16)] for _ in range(24)) for _ in range(40)]
    encoder, decoder = DynamicTable(), DynamicTable()
    counts = [0] * 6
    encoded = plain = checksum = ok = 0
    first_hex = ""
    for r in range(requests):
        user = draw(40)
        method = "GET" if draw(5) else "POST"
        path = RESOURCES[draw(len(RESOURCES))]
        if path.startswith("/api"):
            path += "/" + str(draw(200))
        headers = [(":method", method), (":scheme", "https"), (":authority", HOSTS[draw(len(HOSTS))]),
                   (":path", path), ("accept", ACCEPTS[draw(len(ACCEPTS))]),
                   ("accept-encoding", "gzip, deflate, br"), ("user-agent", AGENTS[user % len(AGENTS)]),
                   ("cookie", "session=" + tokens[user]), ("x-request-id", f"{draw(1 << 24):06x}")]
        if draw(3) == 0:
            headers.append(("authorization", "Bearer " + tokens[user][:12]))
        if method == "POST":
            headers.append(("content-type", "application/json"))
            headers.append(("content-length", str(draw(5000))))
        resize = (256, 1024, 4096)[draw(3)] if draw(16) == 0 else 0

        block = encode_block(headers, encoder, resize, counts)
        encoded += len(block)
        plain += sum(len(n) + len(v) + 4 for n, v in headers)
        for byte in block:
            checksum = (checksum * 31 + byte) & 0xFFFFFFFF
        if decode_block(block, decoder) == headers:
            ok += 1
        if r == 0:
            first_hex = block[:24].hex()
    return (encoded, plain, counts, encoder.evictions + decoder.evictions, len(decoder.entries), decoder.size,
            checksum, ok, first_hex)
