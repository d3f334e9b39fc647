"""Equivalence checking of Mealy machines by breadth-first search of the product machine.

For each trial a random Mealy machine is generated, then a second machine is derived
from it by renumbering the states, adding duplicate copies of random states (with
some transitions redirected into the copies, which keeps behaviour), and in half of
the trials corrupting the output of one transition. The two machines are compared by
BFS over reachable state pairs from the initial pair: a pair whose outputs differ on
some input is a counterexample, and its BFS depth plus one is the length of a
shortest distinguishing input word. Returns equivalent trials, product pairs
explored, the total counterexample length and a checksum of the counterexamples.

Keywords: logic circuits, finite state machine, Mealy machine, equivalence checking, product machine, BFS, counterexample
"""

from collections import deque
from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

Machine = List[List[Tuple[int, int]]]  # machine[state][symbol] = (next state, output)


@python_benchmark(args=(400, 4, 3, 120, 11), cases=[(1, 1, 2, 3, 1), (2, 2, 2, 4, 2), (5, 0, 2, 2, 3), (12, 3, 2, 10, 4), (0, 2, 2, 3, 5)])
def mealy_machine_equivalence_bfs(nstates: int, nsymbols: int, noutputs: int, trials: int, seed: int) -> Tuple[int, int, int, int]:
    """Return (equivalent trials, product pairs explored, total counterexample length, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    equivalent = explored = total_length = checksum = 0
    if nstates == 0:
        return (trials, 0, 0, 0)
    for _ in range(trials):
        first: Machine = [[(draw(nstates), draw(noutputs)) for _ in range(nsymbols)] for _ in range(nstates)]
        order = list(range(nstates))
        for i in range(nstates - 1, 0, -1):
            j = draw(i + 1)
            order[i], order[j] = order[j], order[i]
        rename = {old: new for new, old in enumerate(order)}
        second: Machine = [[] for _ in range(nstates)]
        for old in range(nstates):
            second[rename[old]] = [(rename[t], o) for t, o in first[old]]
        copies_of: Dict[int, List[int]] = {}
        for _ in range(nstates // 4):
            original = draw(nstates)
            copies_of.setdefault(original, []).append(len(second))
            second.append(list(second[original]))
        for row in second:
            for a in range(nsymbols):
                target, out = row[a]
                if target in copies_of and draw(2) == 0:
                    options = copies_of[target]
                    row[a] = (options[draw(len(options))], out)
        if nsymbols and draw(2):
            s = draw(len(second))
            a = draw(nsymbols)
            target, out = second[s][a]
            second[s][a] = (target, (out + 1 + draw(max(1, noutputs - 1))) % noutputs)
        start = (0, rename[0])
        depth = {start: 0}
        queue = deque([start])
        counterexample = -1
        while queue and counterexample < 0:
            p, q = queue.popleft()
            explored += 1
            for a in range(nsymbols):
                (p2, o1), (q2, o2) = first[p][a], second[q][a]
                if o1 != o2:
                    counterexample = depth[(p, q)] + 1
                    checksum = (checksum * 131 + p * 7919 + q * 31 + a) % 1_000_000_007
                    break
                if (p2, q2) not in depth:
                    depth[(p2, q2)] = depth[(p, q)] + 1
                    queue.append((p2, q2))
        if counterexample < 0:
            equivalent += 1
        else:
            total_length += counterexample
    return (equivalent, explored, total_length, checksum)
