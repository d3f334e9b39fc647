"""DNS message name compression (RFC 1035 4.1.4): encode with suffix pointers, then decode.

Each generated message holds a 12-byte header and a run of records whose owner names
(one to four labels drawn from host, domain and TLD vocabularies) share suffixes. The
encoder remembers where every suffix it wrote starts and, for each new name, writes
labels only until the rest of the name was already written, ending with a two-byte
pointer (0xC000 | offset) instead of the zero label. The decoder follows pointers,
rejecting any that do not point strictly backwards (so loops cannot hang it), and the
names are compared with the originals. Every fifth message is also decoded with its
last pointer bent onto itself and must be rejected. Returns byte counts with and
without compression, pointers written, round-trip and rejection counts, a checksum of
all encoded bytes and the first decoded names.

Keywords: networking, dns, name compression, rfc 1035, message pointers, wire format, encoding, decoding
"""

from typing import Dict, List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

TLDS = ("com", "net", "org", "io", "arpa", "uk", "dev")
HOSTS = ("www", "mail", "api", "cdn", "ns1", "ns2", "img", "smtp", "_sip", "_tcp", "static", "login")
LETTERS = "abcdefghijklmnopqrstuvwxyz"
MOD = 1_000_000_007


def encode_name(labels: List[str], out: bytearray, known: Dict[Tuple[str, ...], int]) -> int:
    """Append a name to out; return 1 if it ended with a pointer."""
    for i in range(len(labels)):
        suffix = tuple(labels[i:])
        if suffix in known:
            out += (0xC000 | known[suffix]).to_bytes(2, "big")
            return 1
        if len(out) < 0x4000:
            known[suffix] = len(out)
        label = labels[i].encode("ascii")
        out.append(len(label))
        out += label
    out.append(0)
    return 0


def decode_name(message: bytes, pos: int) -> Tuple[Optional[str], int]:
    """Return (dotted name or None if malformed, position after the name)."""
    labels = []
    end = -1
    while True:
        length = message[pos]
        if length & 0xC0 == 0xC0:
            target = ((length & 0x3F) << 8) | message[pos + 1]
            if end < 0:
                end = pos + 2
            if target >= pos:
                return None, end
            pos = target
            continue
        if length == 0:
            return ".".join(labels), (end if end >= 0 else pos + 1)
        labels.append(message[pos + 1:pos + 1 + length].decode("ascii"))
        pos += 1 + length


@python_benchmark(args=(2000, 30, 19), cases=[(0, 5, 1), (1, 0, 2), (1, 1, 3), (6, 9, 4)])
def dns_name_compression_codec(messages: int, names: int, seed: int) -> Tuple[int, int, int, int, int, int, List[str]]:
    """Return (encoded bytes, uncompressed bytes, pointers, names round-tripped, rejected, checksum, first names)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    domains = ["".join(LETTERS[draw(26)] for _ in range(3 + draw(6))) + "-" + str(i) for i in range(24)]
    encoded = plain = pointers = round_trips = rejected = checksum = 0
    first: List[str] = []
    for m in range(messages):
        originals = []
        for _ in range(names):
            labels = [domains[draw(len(domains))], TLDS[draw(len(TLDS))]]
            shape = draw(4)
            if shape >= 1:
                labels.insert(0, HOSTS[draw(len(HOSTS))])
            if shape == 3:
                labels.insert(0, HOSTS[draw(len(HOSTS))])
            originals.append(labels)

        message = bytearray((m & 0xFFFF).to_bytes(2, "big") + b"\x81\x80" + bytes(8))
        known: Dict[Tuple[str, ...], int] = {}
        last_pointer = -1
        plain += len(message)
        for labels in originals:
            if encode_name(labels, message, known):
                pointers += 1
                last_pointer = len(message) - 2
            message += b"\x00\x01\x00\x01"
            plain += sum(len(label) + 1 for label in labels) + 1 + 4
        encoded += len(message)
        checksum = (checksum * 131 + sum(message) * 7 + len(message)) % MOD

        wire = bytes(message)
        pos = 12
        for labels in originals:
            name, pos = decode_name(wire, pos)
            pos += 4
            if name == ".".join(labels):
                round_trips += 1
            if m == 0 and len(first) < 4:
                first.append(name)

        if m % 5 == 0 and last_pointer >= 0:
            bent = wire[:last_pointer] + (0xC000 | last_pointer).to_bytes(2, "big") + wire[last_pointer + 2:]
            pos = 12
            for _ in originals:
                name, pos = decode_name(bent, pos)
                pos += 4
                if name is None:
                    rejected += 1
                    break
    return (encoded, plain, pointers, round_trips, rejected, checksum, first)
