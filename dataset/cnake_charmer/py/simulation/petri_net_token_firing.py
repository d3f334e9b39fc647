"""Token game of a random place/transition Petri net.

A seeded net has places with initial tokens and transitions with weighted input and
output arcs. At each step the enabled transitions (enough tokens on every input) are
listed in index order and one is chosen with a seeded LCG and fired, until the net
deadlocks or the step budget runs out. Returns the number of firings, the firing
counts of the first transitions, the final marking (trimmed) and the peak token total.

Keywords: simulation, petri net, concurrency, token game, discrete event, reachability
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 60, 8000, 4), cases=[(1, 1, 10, 1), (3, 2, 0, 2), (5, 8, 50, 3), (10, 12, 300, 4)])
def petri_net_token_firing(places: int, transitions: int, steps: int, seed: int) -> Tuple[int, List[int], List[int], int]:
    """Play the token game on a seeded Petri net."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    marking = [draw(4) for _ in range(places)]
    inputs: List[Dict[int, int]] = []
    outputs: List[Dict[int, int]] = []
    for _ in range(transitions):
        ins: Dict[int, int] = {}
        outs: Dict[int, int] = {}
        for _ in range(1 + draw(3)):
            p = draw(places)
            ins[p] = ins.get(p, 0) + 1
        for _ in range(1 + draw(3)):
            p = draw(places)
            outs[p] = outs.get(p, 0) + 1 + draw(2)
        inputs.append(ins)
        outputs.append(outs)
    fired = [0] * transitions
    total_fired = 0
    peak = sum(marking)
    for _ in range(steps):
        enabled = [t for t in range(transitions) if all(marking[p] >= w for p, w in inputs[t].items())]
        if not enabled:
            break
        t = enabled[draw(len(enabled))]
        for p, w in inputs[t].items():
            marking[p] -= w
        for p, w in outputs[t].items():
            marking[p] += w
        fired[t] += 1
        total_fired += 1
        peak = max(peak, sum(marking))
    return (total_fired, fired[:8], marking[:8], peak)
