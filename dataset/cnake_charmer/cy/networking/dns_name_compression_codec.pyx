# distutils: language = c++
# cython: language_level=3
"""DNS name compression encode/decode on C byte buffers with an integer suffix map.

Labels are interned once into a C vocabulary (text and length per id), so a name is
up to four small ids and every suffix packs into one ``uint32_t`` key held in a
``std::unordered_map`` that is cleared per message. Messages are written into a
reusable ``unsigned char`` buffer with ``memcpy``; decoding follows pointers over the
raw buffer into a ``char`` scratch name that is checked with ``memcmp``.

Keywords: networking, dns, name compression, rfc 1035, message pointers, wire format, encoding, decoding
"""

import cython
from libcpp.unordered_map cimport unordered_map
from libc.stdint cimport uint8_t, uint32_t, int64_t
from libc.stdlib cimport malloc, free
from libc.string cimport memcpy, memcmp, strlen

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    N_TLDS = 7
    N_HOSTS = 12
    N_DOMAINS = 24
    VOCAB = N_TLDS + N_HOSTS + N_DOMAINS
    MAX_LABEL = 16
    MAX_NAME = 80

cdef const char *TLDS[N_TLDS]
TLDS[:] = [b"com", b"net", b"org", b"io", b"arpa", b"uk", b"dev"]
cdef const char *HOSTS[N_HOSTS]
HOSTS[:] = [b"www", b"mail", b"api", b"cdn", b"ns1", b"ns2", b"img", b"smtp", b"_sip", b"_tcp", b"static", b"login"]

cdef long long MOD = 1000000007


cdef struct Vocabulary:
    char text[VOCAB][MAX_LABEL]
    int length[VOCAB]


cdef inline int draw(uint32_t *state, int k) noexcept nogil:
    state[0] = (state[0] * 1103515245U + 12345U) & 0x7FFFFFFFU
    return <int>((state[0] >> 16) % <uint32_t>k)


cdef inline int dotted(const Vocabulary *v, const int *ids, int count, char *out) noexcept nogil:
    cdef int j, n = 0
    for j in range(count):
        if j:
            out[n] = 46  # '.'
            n += 1
        memcpy(out + n, v.text[ids[j]], v.length[ids[j]])
        n += v.length[ids[j]]
    return n


cdef inline int decode_name(const uint8_t *msg, int pos, char *out, int *out_len, int *after) noexcept nogil:
    """Write the dotted name at pos into out; return 0 if a pointer does not point backwards."""
    cdef int end = -1, length, target, n = 0
    while True:
        length = msg[pos]
        if length & 0xC0 == 0xC0:
            target = ((length & 0x3F) << 8) | msg[pos + 1]
            if end < 0:
                end = pos + 2
            if target >= pos:
                after[0] = end
                return 0
            pos = target
            continue
        if length == 0:
            after[0] = end if end >= 0 else pos + 1
            out_len[0] = n
            return 1
        if n:
            out[n] = 46
            n += 1
        memcpy(out + n, msg + pos + 1, length)
        n += length
        pos += 1 + length


@cython_benchmark(args=(2000, 30, 19))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def dns_name_compression_codec(int messages, int names, long long seed):
    """Return (encoded bytes, uncompressed bytes, pointers, names round-tripped, rejected, checksum, first names)."""
    cdef Vocabulary vocab
    cdef uint32_t state = <uint32_t>(seed & 0x7FFFFFFF)
    cdef int *ids = <int *>malloc((4 * names + 1) * sizeof(int))
    cdef int *counts = <int *>malloc((names + 1) * sizeof(int))
    cdef uint8_t *message = <uint8_t *>malloc(12 + names * 64 + 4)
    cdef unordered_map[uint32_t, int] known
    cdef unordered_map[uint32_t, int].iterator found
    cdef char expected[MAX_NAME]
    cdef char got[MAX_NAME]
    cdef int i, j, t, m, k, count, n, length, shape, pos, got_len, exp_len, last_pointer, wire_sum, ok
    cdef uint32_t key
    cdef int64_t encoded = 0, plain = 0, pointers = 0, round_trips = 0, rejected = 0, checksum = 0
    cdef list first = []
    cdef char digits[12]
    try:
        if ids == NULL or counts == NULL or message == NULL:
            raise MemoryError()
        for i in range(N_TLDS):
            vocab.length[i] = <int>strlen(TLDS[i])
            memcpy(vocab.text[i], TLDS[i], vocab.length[i])
        for i in range(N_HOSTS):
            vocab.length[N_TLDS + i] = <int>strlen(HOSTS[i])
            memcpy(vocab.text[N_TLDS + i], HOSTS[i], vocab.length[N_TLDS + i])
        with nogil:
            for i in range(N_DOMAINS):
                k = N_TLDS + N_HOSTS + i
                length = 3 + draw(&state, 6)
                for j in range(length):
                    vocab.text[k][j] = 97 + draw(&state, 26)
                vocab.text[k][length] = 45  # '-'
                length += 1
                t = i
                n = 0
                while True:
                    digits[n] = 48 + t % 10
                    n += 1
                    t //= 10
                    if t == 0:
                        break
                for j in range(n):
                    vocab.text[k][length + j] = digits[n - 1 - j]
                vocab.length[k] = length + n

        for m in range(messages):
            with nogil:
                for i in range(names):
                    # stored innermost-last: [host2?, host1?, domain, tld]
                    t = N_TLDS + N_HOSTS + draw(&state, N_DOMAINS)
                    k = draw(&state, N_TLDS)
                    shape = draw(&state, 4)
                    count = 2
                    ids[4 * i + 2] = t
                    ids[4 * i + 3] = k
                    if shape >= 1:
                        ids[4 * i + 1] = N_TLDS + draw(&state, N_HOSTS)
                        count = 3
                    if shape == 3:
                        ids[4 * i] = N_TLDS + draw(&state, N_HOSTS)
                        count = 4
                    counts[i] = count

                message[0] = (m >> 8) & 0xFF
                message[1] = m & 0xFF
                message[2] = 0x81
                message[3] = 0x80
                for j in range(4, 12):
                    message[j] = 0
                n = 12
                plain += 12
                known.clear()
                last_pointer = -1
                for i in range(names):
                    count = counts[i]
                    ok = 0
                    for j in range(4 - count, 4):
                        key = 0
                        for t in range(j, 4):
                            key = (key << 7) | <uint32_t>(ids[4 * i + t] + 1)
                        found = known.find(key)
                        if found != known.end():
                            message[n] = 0xC0 | (cython.operator.dereference(found).second >> 8)
                            message[n + 1] = cython.operator.dereference(found).second & 0xFF
                            n += 2
                            pointers += 1
                            last_pointer = n - 2
                            ok = 1
                            break
                        if n < 0x4000:
                            known[key] = n
                        t = ids[4 * i + j]
                        message[n] = vocab.length[t]
                        memcpy(message + n + 1, vocab.text[t], vocab.length[t])
                        n += 1 + vocab.length[t]
                    if not ok:
                        message[n] = 0
                        n += 1
                    message[n] = 0
                    message[n + 1] = 1
                    message[n + 2] = 0
                    message[n + 3] = 1
                    n += 4
                    for j in range(4 - count, 4):
                        plain += vocab.length[ids[4 * i + j]] + 1
                    plain += 5
                encoded += n
                wire_sum = 0
                for j in range(n):
                    wire_sum += message[j]
                checksum = (checksum * 131 + <int64_t>wire_sum * 7 + n) % MOD

                pos = 12
                for i in range(names):
                    ok = decode_name(message, pos, got, &got_len, &pos)
                    pos += 4
                    exp_len = dotted(&vocab, ids + 4 * i + 4 - counts[i], counts[i], expected)
                    if ok and got_len == exp_len and memcmp(got, expected, exp_len) == 0:
                        round_trips += 1
                    if m == 0 and i < 4:
                        with gil:
                            first.append(got[:got_len].decode("ascii") if ok else None)

                if m % 5 == 0 and last_pointer >= 0:
                    message[last_pointer] = 0xC0 | (last_pointer >> 8)
                    message[last_pointer + 1] = last_pointer & 0xFF
                    pos = 12
                    for i in range(names):
                        ok = decode_name(message, pos, got, &got_len, &pos)
                        pos += 4
                        if not ok:
                            rejected += 1
                            break
        return (encoded, plain, pointers, round_trips, rejected, checksum, first)
    finally:
        free(ids); free(counts); free(message)
