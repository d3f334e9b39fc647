"""Aho-Corasick automaton counting many keywords in one pass over a text.

Keywords are inserted into a trie; breadth-first construction adds failure links and
merges output counts along them, then the text is fed through the automaton once.
Returns the total number of keyword occurrences, per-keyword counts for the first
keywords and the number of trie states.

Keywords: Aho-Corasick, trie, failure links, multi-pattern matching, automaton
"""

from collections import deque
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(400000, 300, 5), cases=[(0, 5, 1), (20, 0, 2), (100, 1, 3), (500, 40, 4)])
def aho_corasick_keyword_counts(text_len: int, n_keywords: int, seed: int) -> Tuple[int, List[int], int]:
    """Return (total matches, counts of first 8 keywords, trie size)."""
    state = seed & 0x7FFFFFFF
    alphabet = "abcd"
    keywords = []
    for _ in range(n_keywords):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 2 + state % 6
        word = ""
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            word += alphabet[(state >> 9) % 4]
        keywords.append(word)
    text = []
    for _ in range(text_len):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text.append(alphabet[(state >> 9) % 4])
    children: List[Dict[str, int]] = [{}]
    ends: List[List[int]] = [[]]
    for idx, word in enumerate(keywords):
        node = 0
        for ch in word:
            if ch not in children[node]:
                children.append({})
                ends.append([])
                children[node][ch] = len(children) - 1
            node = children[node][ch]
        ends[node].append(idx)
    fail = [0] * len(children)
    order = []
    queue = deque(children[0].values())
    while queue:
        node = queue.popleft()
        order.append(node)
        for ch, nxt in children[node].items():
            f = fail[node]
            while f and ch not in children[f]:
                f = fail[f]
            fail[nxt] = children[f].get(ch, 0)
            queue.append(nxt)
    outputs = [list(e) for e in ends]
    for node in order:
        outputs[node] = ends[node] + outputs[fail[node]]
    counts = [0] * n_keywords
    node = 0
    for ch in text:
        while node and ch not in children[node]:
            node = fail[node]
        node = children[node].get(ch, 0)
        for idx in outputs[node]:
            counts[idx] += 1
    return sum(counts), counts[:8], len(children)
