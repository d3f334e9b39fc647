"""Count distinct substrings with a suffix automaton.

Builds the suffix automaton of a pseudo-random text over a four-letter alphabet online,
one character at a time (cloning states when needed); the number of distinct non-empty
substrings is the sum over states of ``len(v) - len(link(v))``.

Keywords: suffix automaton, distinct substrings, automata, strings
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 6), cases=[(0, 1), (1, 2), (8, 3), (300, 4)])
def suffix_automaton_distinct_substrings(n: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (distinct substrings, states, clones, suffix-link depth of the last state)."""
    state = seed
    text = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        text.append("abcd"[(state >> 12) & 3])
    length = [0]
    link = [-1]
    trans = [{}]
    last = 0
    clones = 0
    for ch in text:
        cur = len(length)
        length.append(length[last] + 1)
        link.append(-1)
        trans.append({})
        p = last
        while p != -1 and ch not in trans[p]:
            trans[p][ch] = cur
            p = link[p]
        if p == -1:
            link[cur] = 0
        else:
            q = trans[p][ch]
            if length[p] + 1 == length[q]:
                link[cur] = q
            else:
                clone = len(length)
                length.append(length[p] + 1)
                link.append(link[q])
                trans.append(dict(trans[q]))
                clones += 1
                while p != -1 and trans[p].get(ch) == q:
                    trans[p][ch] = clone
                    p = link[p]
                link[q] = clone
                link[cur] = clone
        last = cur
    distinct = sum(length[v] - length[link[v]] for v in range(1, len(length)))
    depth = 0
    v = last
    while v > 0:
        depth += 1
        v = link[v]
    return (distinct, len(length), clones, depth)
