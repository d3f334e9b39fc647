"""Build the canonical LR(0) collection of generated grammars and count parsing conflicts.

Each generated grammar is augmented with S' -> N0. An LR(0) item is a production with
a dot position; the closure of a set of items adds the initial items of every
nonterminal found just after a dot, repeatedly. Starting from the closure of the
augmented start item, states are explored breadth-first: for each symbol (in order)
that some item can move over, the advanced items form the kernel of the successor
state, and kernels are de-duplicated as frozen sets. A state with a complete item and
a terminal after some dot has a shift/reduce conflict; one with two complete items has
a reduce/reduce conflict. Returns states per grammar, transitions, closed items, the
largest state, conflict counts and a checksum of the transition graph.

Keywords: interpreters, lr(0) automaton, parser generator, item sets, closure, shift reduce conflicts
"""

from collections import deque
from typing import Callable, Dict, FrozenSet, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

Item = Tuple[int, int]  # (production, dot)


def generate(draw: Callable[[int], int], n_nonterminals: int, n_terminals: int) -> List[Tuple[int, Tuple[int, ...]]]:
    """Productions as (head, body); symbols below n_nonterminals are nonterminals."""
    productions = [(-1, (0,))]  # the augmented start S' -> N0
    for head in range(n_nonterminals):
        previous: Tuple[int, ...] = ()
        for _ in range(1 + draw(3)):
            # alternatives often share a prefix, as in A -> x B c | x B d, so kernels merge items
            body = list(previous[:draw(len(previous) + 1)]) if previous and draw(2) else []
            for _ in range(1 + draw(3)):
                if draw(3) == 0:
                    body.append(draw(n_nonterminals))
                else:
                    body.append(n_nonterminals + draw(n_terminals))
            if not previous and head + 1 < n_nonterminals:
                body.insert(draw(len(body) + 1), head + 1)  # a chain keeps every nonterminal reachable
            previous = tuple(body)
            productions.append((head, previous))
    return productions


class Automaton:
    def __init__(self, productions: List[Tuple[int, Tuple[int, ...]]], n_nonterminals: int) -> None:
        self.productions = productions
        self.n_nonterminals = n_nonterminals
        self.by_head: Dict[int, List[int]] = {}
        for index, (head, _) in enumerate(productions):
            self.by_head.setdefault(head, []).append(index)

    def next_symbol(self, item: Item):
        body = self.productions[item[0]][1]
        return body[item[1]] if item[1] < len(body) else None

    def closure(self, kernel: FrozenSet[Item]) -> Set[Item]:
        items = set(kernel)
        work = list(kernel)
        while work:
            symbol = self.next_symbol(work.pop())
            if symbol is not None and symbol < self.n_nonterminals:
                for p in self.by_head.get(symbol, []):
                    if (p, 0) not in items:
                        items.add((p, 0))
                        work.append((p, 0))
        return items

    def build(self):
        start = frozenset({(0, 0)})
        ids = {start: 0}
        queue = deque([start])
        edges: List[Tuple[int, int, int]] = []
        sizes: List[int] = []
        sr = rr = 0
        while queue:
            kernel = queue.popleft()
            items = self.closure(kernel)
            sizes.append(len(items))
            moves: Dict[int, Set[Item]] = {}
            complete = 0
            for item in items:
                symbol = self.next_symbol(item)
                if symbol is None:
                    complete += 1
                else:
                    moves.setdefault(symbol, set()).add((item[0], item[1] + 1))
            shifts = any(symbol >= self.n_nonterminals for symbol in moves)
            sr += complete >= 1 and shifts
            rr += complete >= 2
            for symbol in sorted(moves):
                target = frozenset(moves[symbol])
                if target not in ids:
                    ids[target] = len(ids)
                    queue.append(target)
                edges.append((ids[kernel], symbol, ids[target]))
        return sizes, edges, sr, rr


@python_benchmark(args=(16, 400, 20, 31), cases=[(0, 3, 3, 1), (1, 1, 1, 2), (2, 2, 2, 3), (3, 6, 4, 4)])
def lr0_canonical_item_sets(n_grammars: int, n_nonterminals: int, n_terminals: int, seed: int) -> Tuple[List[int], int, int, int, int, int, int]:
    """Return (states per grammar, transitions, closed items, largest state, s/r states, r/r states, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    counts: List[int] = []
    transitions = items_total = largest = sr_total = rr_total = checksum = 0
    for _ in range(n_grammars):
        automaton = Automaton(generate(draw, n_nonterminals, n_terminals), n_nonterminals)
        sizes, edges, sr, rr = automaton.build()
        counts.append(len(sizes))
        transitions += len(edges)
        items_total += sum(sizes)
        largest = max(largest, max(sizes))
        sr_total += sr
        rr_total += rr
        for source, symbol, target in edges:
            checksum = (checksum * 1000003 + source * 4099 + symbol * 67 + target) % 1000000007
    return (counts, transitions, items_total, largest, sr_total, rr_total, checksum)
