"""Extract hashtags, mentions and links from generated social-media posts.

Posts mix words, ``#tags``, ``@handles`` and ``https://`` links; regular expressions
pull out each entity type, hashtags are counted case-insensitively and the most used
tags and the most mentioned handle are reported.

Keywords: hashtags, mentions, urls, entity extraction, regular expression, text
"""

import re
from collections import Counter
from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

WORDS = ["great", "day", "at", "the", "launch", "of", "new", "release", "so", "happy"]
TAGS = ["Python", "cython", "SPEED", "data", "ML", "OpenSource"]
USERS = ["alice", "bob_99", "carol", "dev_team"]
HASHTAG = re.compile(r"#(\w+)")
MENTION = re.compile(r"@(\w+)")
URL = re.compile(r"https://\S+")


@python_benchmark(args=(8000, 2), cases=[(0, 1), (1, 2), (5, 3), (100, 4)])
def hashtag_mention_extract(n_posts: int, seed: int) -> Tuple[int, int, int, List[Tuple[str, int]], str]:
    """Return (hashtags, mentions, urls, top 3 tags lower-cased, most mentioned handle)."""
    state = seed
    tags: Counter = Counter()
    users: Counter = Counter()
    n_urls = 0
    for _ in range(n_posts):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        parts = []
        for _ in range(4 + state % 12):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            r = state % 10
            if r < 6:
                parts.append(WORDS[(state >> 8) % 10])
            elif r < 8:
                parts.append("#" + TAGS[(state >> 8) % 6])
            elif r < 9:
                parts.append("@" + USERS[(state >> 8) % 4] + ("," if state & 1 else ""))
            else:
                parts.append(f"https://ex.io/p/{(state >> 8) % 1000}")
        post = " ".join(parts)
        tags.update(t.lower() for t in HASHTAG.findall(post))
        users.update(MENTION.findall(post))
        n_urls += len(URL.findall(post))
    top = sorted(tags.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    best_user = min(users.items(), key=lambda kv: (-kv[1], kv[0]))[0] if users else ""
    return (sum(tags.values()), sum(users.values()), n_urls, top, best_user)
