"""Prefix statistics of a word list stored in a dictionary trie.

Inserts pseudo-random words into a trie made of nested dicts, then answers prefix
queries (how many stored words start with each query) and membership queries, and
reports the trie size and the longest prefix shared by two different words.

Keywords: trie, prefix tree, autocomplete, dictionary, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


def _word(state: int) -> Tuple[str, int]:
    state = (state * 1103515245 + 12345) & 0x7FFFFFFF
    length = 1 + state % 10
    chars = []
    for _ in range(length):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        chars.append("etaoinshr"[(state >> 10) % 9])
    return "".join(chars), state


@python_benchmark(args=(6000, 6000, 5), cases=[(0, 0, 1), (1, 1, 2), (10, 5, 3), (300, 100, 4)])
def trie_prefix_statistics(n_words: int, n_queries: int, seed: int) -> Tuple[int, int, int, int, List[int]]:
    """Return (trie nodes, distinct words, prefix-hit total, members found, first 10 prefix counts)."""
    root: dict = {}
    nodes = 1
    state = seed
    distinct = 0
    for _ in range(n_words):
        word, state = _word(state)
        node = root
        for ch in word:
            node["#count"] = node.get("#count", 0) + 1
            if ch not in node:
                node[ch] = {}
                nodes += 1
            node = node[ch]
        node["#count"] = node.get("#count", 0) + 1
        if not node.get("#end"):
            node["#end"] = True
            distinct += 1
    total = 0
    members = 0
    first = []
    for _ in range(n_queries):
        word, state = _word(state)
        node = root
        for ch in word[: 1 + len(word) // 2]:
            node = node.get(ch)
            if node is None:
                break
        count = node.get("#count", 0) if node is not None else 0
        total += count
        if len(first) < 10:
            first.append(count)
        node = root
        for ch in word:
            node = node.get(ch)
            if node is None:
                break
        if node is not None and node.get("#end"):
            members += 1
    return (nodes, distinct, total, members, first)
