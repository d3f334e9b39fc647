"""Ranked pairs (Tideman) across many small elections with cycle-checked locking.

Each election draws full rankings from an impartial culture. Pairwise victories are
sorted by margin (largest first, then by winner and loser number) and locked one by
one unless the new arrow would close a cycle in the locked graph, checked by a
depth-first search from the loser back to the winner. The winner is the lowest
numbered candidate with no locked arrow pointing at it.

Keywords: elections, ranked pairs, Tideman, Condorcet, cycle detection, pairwise margins, locking
"""

from collections import defaultdict

from cnake_charmer.benchmarks import python_benchmark


def _reaches(graph, start, target):
    stack, seen = [start], {start}
    while stack:
        node = stack.pop()
        if node == target:
            return True
        for nxt in graph[node]:
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


@python_benchmark(
    args=(480, 41, 9, 5),
    cases=[(0, 5, 4, 1), (3, 0, 5, 2), (4, 7, 1, 3), (10, 2, 3, 4), (25, 6, 6, 9)],
)
def ranked_pairs_tideman_locking(n_elections: int, n_voters: int, n_cands: int, seed: int):
    """Return (winner histogram, locked total, skipped total, first election's locks)."""
    state = seed & 0x7FFFFFFF

    def nxt(k):
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    wins = [0] * n_cands
    locked_total = skipped_total = 0
    first_locks = []
    for e in range(n_elections):
        prefer = [[0] * n_cands for _ in range(n_cands)]
        for _ in range(n_voters):
            order = list(range(n_cands))
            for i in range(n_cands - 1, 0, -1):
                j = nxt(i + 1)
                order[i], order[j] = order[j], order[i]
            for a_pos, a in enumerate(order):
                for b in order[a_pos + 1:]:
                    prefer[a][b] += 1
        victories = [(prefer[a][b] - prefer[b][a], a, b)
                     for a in range(n_cands) for b in range(n_cands)
                     if prefer[a][b] > prefer[b][a]]
        victories.sort(key=lambda t: (-t[0], t[1], t[2]))
        graph = defaultdict(list)
        has_incoming = set()
        for margin, a, b in victories:
            if _reaches(graph, b, a):
                skipped_total += 1
                continue
            graph[a].append(b)
            has_incoming.add(b)
            locked_total += 1
            if e == 0:
                first_locks.append((a, b, margin))
        sources = [c for c in range(n_cands) if c not in has_incoming]
        if sources:
            wins[sources[0]] += 1
    return (wins, locked_total, skipped_total, first_locks)
