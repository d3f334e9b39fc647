"""Prefix tree (trie) with per-node counts for autocomplete-style queries.

Words over a small alphabet are inserted into a trie of dict nodes; every node stores
how many inserted words pass through it, so "how many words start with p" is a walk
down the trie. Returns the node count, the answers for generated prefixes (checksum,
number of zero answers) and the first answers.

Keywords: trie, prefix tree, autocomplete, prefix counting, strings
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class TrieNode:
    __slots__ = ("children", "count")

    def __init__(self) -> None:
        self.children: Dict[str, "TrieNode"] = {}
        self.count = 0


@python_benchmark(args=(30000, 30000, 4), cases=[(0, 5, 1), (5, 0, 2), (1, 1, 3), (300, 200, 4)])
def trie_prefix_counts(n_words: int, n_queries: int, seed: int) -> Tuple[int, int, int, List[int]]:
    """Return (trie nodes, answer checksum, zero answers, first 10 answers)."""
    alphabet = "etaoinsh"
    state = seed & 0x7FFFFFFF
    root = TrieNode()
    nodes = 1
    for _ in range(n_words):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 3 + state % 8
        node = root
        node.count += 1
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            ch = alphabet[(state >> 10) % 8]
            nxt = node.children.get(ch)
            if nxt is None:
                nxt = TrieNode()
                node.children[ch] = nxt
                nodes += 1
            nxt.count += 1
            node = nxt
    checksum = zeros = 0
    first = []
    for _ in range(n_queries):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 5
        node = root
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            node = node.children.get(alphabet[(state >> 10) % 8]) if node else None
        answer = node.count if node else 0
        checksum = (checksum * 7 + answer) % 1000000007
        zeros += answer == 0
        if len(first) < 10:
            first.append(answer)
    return nodes, checksum, zeros, first
