# cython: language_level=3
"""Entity extraction by a single byte scan with entity ids from ``strncmp``.

Posts are built in a stack buffer; one pass recognises ``#``/``@`` followed by a word
run and ``https://`` prefixes (``strncmp``), folds tag case with a small helper and
maps each entity to a slot in fixed count arrays, so no regex engine or Counter is
involved.

Keywords: hashtags, mentions, urls, entity extraction, strncmp, text
"""

import cython
from libc.string cimport memcpy, strlen, strncmp
from libc.stdio cimport snprintf

from cnake_charmer.benchmarks import cython_benchmark

cdef const char *WORDS[10]
WORDS[:] = [b"great", b"day", b"at", b"the", b"launch", b"of", b"new", b"release", b"so", b"happy"]
cdef const char *TAGS[6]
TAGS[:] = [b"Python", b"cython", b"SPEED", b"data", b"ML", b"OpenSource"]
cdef const char *USERS[4]
USERS[:] = [b"alice", b"bob_99", b"carol", b"dev_team"]


cdef inline bint _w(char c) noexcept nogil:
    return (b'a' <= c <= b'z') or (b'A' <= c <= b'Z') or (b'0' <= c <= b'9') or c == b'_'


cdef int _match(const char *s, int n, const char **table, int size, bint fold) noexcept nogil:
    cdef int k, i
    cdef char a, b
    for k in range(size):
        if <int> strlen(table[k]) != n:
            continue
        for i in range(n):
            a = s[i]
            b = table[k][i]
            if fold:
                if b'A' <= a <= b'Z':
                    a += 32
                if b'A' <= b <= b'Z':
                    b += 32
            if a != b:
                break
        else:
            return k
    return -1


@cython_benchmark(args=(8000, 2))
@cython.boundscheck(False)
@cython.wraparound(False)
def hashtag_mention_extract(int n_posts, int seed):
    """Return (hashtags, mentions, urls, top 3 tags lower-cased, most mentioned handle)."""
    cdef char post[512]
    cdef int tag_counts[6]
    cdef int user_counts[4]
    cdef unsigned long long state = seed
    cdef const char *COMMA = b","
    cdef const char *EMPTY = b""
    cdef const char *tail
    cdef int p, w, nw, r, n, k, i, j, n_urls = 0, n_tags = 0, n_users = 0
    for k in range(6):
        tag_counts[k] = 0
    for k in range(4):
        user_counts[k] = 0
    for p in range(n_posts):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        nw = 4 + state % 12
        n = 0
        for w in range(nw):
            if w:
                post[n] = b' '
                n += 1
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = state % 10
            if r < 6:
                n += snprintf(post + n, 32, "%s", WORDS[(state >> 8) % 10])
            elif r < 8:
                n += snprintf(post + n, 32, "#%s", TAGS[(state >> 8) % 6])
            elif r < 9:
                tail = COMMA if state & 1 else EMPTY
                n += snprintf(post + n, 32, "@%s%s", USERS[(state >> 8) % 4], tail)
            else:
                n += snprintf(post + n, 32, "https://ex.io/p/%d", <int> ((state >> 8) % 1000))
        i = 0
        while i < n:
            if (post[i] == b'#' or post[i] == b'@') and i + 1 < n and _w(post[i + 1]):
                j = i + 1
                while j < n and _w(post[j]):
                    j += 1
                if post[i] == b'#':
                    k = _match(post + i + 1, j - i - 1, TAGS, 6, True)
                    tag_counts[k] += 1
                    n_tags += 1
                else:
                    k = _match(post + i + 1, j - i - 1, USERS, 4, False)
                    user_counts[k] += 1
                    n_users += 1
                i = j
            elif post[i] == b'h' and strncmp(post + i, b"https://", 8) == 0:
                j = i + 8
                while j < n and post[j] != b' ':
                    j += 1
                n_urls += 1
                i = j
            else:
                i += 1
    items = [(TAGS[k].decode("ascii").lower(), tag_counts[k]) for k in range(6) if tag_counts[k]]
    items.sort(key=lambda kv: (-kv[1], kv[0]))
    users = [(USERS[k].decode("ascii"), user_counts[k]) for k in range(4) if user_counts[k]]
    best_user = min(users, key=lambda kv: (-kv[1], kv[0]))[0] if users else ""
    return (n_tags, n_users, n_urls, items[:3], best_user)
