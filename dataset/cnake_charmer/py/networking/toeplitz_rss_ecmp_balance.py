"""Toeplitz (RSS) hashing of TCP/IPv4 5-tuples for ECMP next-hop balancing.

Each flow's source and destination address and ports (12 bytes, network order) are
hashed with the Toeplitz function NICs use for receive-side scaling: for every set
input bit, the 32-bit window of the secret key starting at that bit position is XORed
into the result. The standard Microsoft key is checked against its published test
vector. Flows (with heavy-tailed packet counts) are spread over next hops either by
hash modulo the number of hops or through a 128-entry indirection table; when one hop
fails, modulo hashing over the survivors moves many healthy flows while the table only
reassigns the failed hop's buckets. Returns the check result, per-hop packet loads of
both schemes, the flows each scheme moved and an XOR of all hashes.

Keywords: networking, toeplitz hash, rss, ecmp, load balancing, 5-tuple, resilient hashing, flow hashing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

RSS_KEY = bytes.fromhex(
    "6d5a56da255b0ec24167253d43a38fb0d0ca2bcbae7b30b477cb2da38030f20c6a42b73bbeac01fa"
)
TABLE_SIZE = 128


def toeplitz(key: bytes, data: bytes) -> int:
    key_bits = len(key) * 8
    key_value = int.from_bytes(key, "big")
    result = 0
    for i, byte in enumerate(data):
        for bit in range(8):
            if byte & (0x80 >> bit):
                shift = key_bits - 32 - (i * 8 + bit)
                result ^= (key_value >> shift) & 0xFFFFFFFF
    return result


def flow_bytes(src: int, dst: int, sport: int, dport: int) -> bytes:
    return src.to_bytes(4, "big") + dst.to_bytes(4, "big") + sport.to_bytes(2, "big") + dport.to_bytes(2, "big")


@python_benchmark(args=(20000, 6, 31), cases=[(0, 4, 1), (1, 1, 2), (10, 2, 3), (500, 5, 4)])
def toeplitz_rss_ecmp_balance(flows: int, hops: int, seed: int) -> Tuple[bool, List[int], List[int], int, int, int, int]:
    """Return (test vector ok, modulo loads, table loads, failed hop, moved by modulo, moved by table, hash xor)."""
    # 66.9.149.187:2794 -> 161.142.100.80:1766 hashes to 0x51ccc178 with this key
    check = toeplitz(RSS_KEY, flow_bytes(0x420995BB, 0xA18E6450, 2794, 1766)) == 0x51CCC178

    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    failed = draw(hops)
    survivors = [h for h in range(hops) if h != failed]
    table = [entry % hops for entry in range(TABLE_SIZE)]
    repaired = list(table)
    turn = 0
    for entry in range(TABLE_SIZE):
        if repaired[entry] == failed and survivors:
            repaired[entry] = survivors[turn % len(survivors)]
            turn += 1

    modulo_load = [0] * hops
    table_load = [0] * hops
    moved_modulo = moved_table = hash_xor = 0
    for _ in range(flows):
        src = (10 << 24) | (draw(256) << 16) | (draw(256) << 8) | draw(256)
        dst = (192 << 24) | (168 << 16) | (draw(4) << 8) | (1 + draw(254))
        sport = 1024 + draw(60000)
        dport = (80, 443, 53, 8080)[draw(4)]
        packets = 1 + 4096 // (1 + draw(4096))
        h = toeplitz(RSS_KEY, flow_bytes(src, dst, sport, dport))
        hash_xor ^= h
        before = h % hops
        modulo_load[before] += packets
        bucket = h & (TABLE_SIZE - 1)
        table_load[table[bucket]] += packets
        if survivors and survivors[h % len(survivors)] != before:
            moved_modulo += 1
        if repaired[bucket] != table[bucket]:
            moved_table += 1
    return (check, modulo_load, table_load, failed, moved_modulo, moved_table, hash_xor)
