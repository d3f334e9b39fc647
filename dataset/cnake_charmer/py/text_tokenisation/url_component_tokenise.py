"""Tokenise URLs into scheme, host labels, path segments and query keys.

URLs from a web log are split with ``urllib.parse.urlsplit`` and then into finer tokens
(host labels on dots, path segments on slashes, query keys), the feature extraction
used by URL classifiers; token kinds and the most common host label are reported.

Keywords: url, tokenizer, urlsplit, host labels, path segments, text
"""

from collections import Counter
from typing import List, Tuple
from urllib.parse import urlsplit

from cnake_charmer.benchmarks import python_benchmark

HOSTS = ["www.example.com", "api.shop.example.org", "cdn.net", "mail.google.co.uk", "localhost"]
SEGMENTS = ["v1", "users", "items", "search", "static", "img", "docs", "index.html"]
KEYS = ["q", "page", "id", "sort", "lang"]


@python_benchmark(args=(8000, 4), cases=[(0, 1), (1, 2), (9, 3), (200, 4)])
def url_component_tokenise(n: int, seed: int) -> Tuple[int, int, int, int, str, List[str]]:
    """Return (tokens, host labels, path segments, query keys, most common label, tokens of URL 0)."""
    state = seed
    labels: Counter = Counter()
    n_tokens = n_labels = n_segments = n_keys = 0
    first: List[str] = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        url = ("https" if state & 1 else "http") + "://" + HOSTS[(state >> 3) % 5]
        if (state >> 6) % 4 == 0:
            url += f":{8000 + (state >> 8) % 100}"
        for k in range((state >> 10) % 5):
            url += "/" + SEGMENTS[(state >> (12 + k)) % 8]
        if (state >> 20) % 2:
            url += "?" + "&".join(f"{KEYS[(state >> (21 + k)) % 5]}={k}" for k in range(1 + (state >> 24) % 3))
        parts = urlsplit(url)
        tokens = [parts.scheme]
        host_labels = parts.hostname.split(".")
        tokens += host_labels
        segments = [s for s in parts.path.split("/") if s]
        tokens += segments
        keys = [kv.split("=")[0] for kv in parts.query.split("&") if kv]
        tokens += keys
        if parts.port:
            tokens.append(str(parts.port))
        labels.update(host_labels)
        n_tokens += len(tokens)
        n_labels += len(host_labels)
        n_segments += len(segments)
        n_keys += len(keys)
        if i == 0:
            first = tokens
    top = min(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0] if labels else ""
    return (n_tokens, n_labels, n_segments, n_keys, top, first)
