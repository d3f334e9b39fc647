"""Compute NULLABLE, FIRST and FOLLOW sets of generated grammars and fill LL(1) tables.

A seeded generator writes context-free grammars: every nonterminal gets a few
alternatives, each a short sequence of terminals and nonterminals or the empty string.
As a parser generator would, NULLABLE and FIRST are computed by sweeping the
productions until nothing changes, then FOLLOW (seeded with the end marker on the
start symbol) by scanning each right-hand side backwards with a trailer set. Each
production is entered in the LL(1) table under its predict set, and cells holding
more than one production are conflicts. Returns nullable nonterminals, total FIRST and
FOLLOW sizes, the sweeps each fixpoint took, table entries, conflicting cells and a
checksum of all sets.

Keywords: interpreters, parser generator, ll(1), first sets, follow sets, context-free grammar, fixpoint iteration
"""

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Dict, List, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

END = "$"


@dataclass(frozen=True)
class Production:
    head: str
    body: Tuple[str, ...]


def generate(draw: Callable[[int], int], n_nonterminals: int, n_terminals: int) -> List[Production]:
    productions = []
    for a in range(n_nonterminals):
        for _ in range(1 + draw(3)):
            length = draw(5)
            body = []
            for _ in range(length):
                if draw(5) < 2:
                    body.append(f"N{draw(n_nonterminals)}")
                else:
                    body.append(f"t{draw(n_terminals)}")
            productions.append(Production(f"N{a}", tuple(body)))
    return productions


def is_terminal(symbol: str) -> bool:
    return symbol[0] == "t"


def first_of(body: Tuple[str, ...], first: Dict[str, Set[str]], nullable: Set[str]) -> Tuple[Set[str], bool]:
    out: Set[str] = set()
    for symbol in body:
        if is_terminal(symbol):
            out.add(symbol)
            return out, False
        out |= first[symbol]
        if symbol not in nullable:
            return out, False
    return out, True


def analyse(productions: List[Production], heads: List[str]):
    nullable: Set[str] = set()
    first: Dict[str, Set[str]] = {a: set() for a in heads}
    first_rounds = 0
    changed = True
    while changed:
        changed = False
        first_rounds += 1
        for prod in productions:
            before = len(first[prod.head])
            found, all_nullable = first_of(prod.body, first, nullable)
            first[prod.head] |= found
            if len(first[prod.head]) != before:
                changed = True
            if all_nullable and prod.head not in nullable:
                nullable.add(prod.head)
                changed = True
    follow: Dict[str, Set[str]] = {a: set() for a in heads}
    follow[heads[0]].add(END)
    follow_rounds = 0
    changed = True
    while changed:
        changed = False
        follow_rounds += 1
        for prod in productions:
            trailer = set(follow[prod.head])
            for symbol in reversed(prod.body):
                if is_terminal(symbol):
                    trailer = {symbol}
                    continue
                before = len(follow[symbol])
                follow[symbol] |= trailer
                if len(follow[symbol]) != before:
                    changed = True
                if symbol in nullable:
                    trailer |= first[symbol]
                else:
                    trailer = set(first[symbol])
    return nullable, first, follow, first_rounds, follow_rounds


@python_benchmark(args=(16, 400, 100, 3), cases=[(0, 5, 5, 1), (1, 1, 1, 2), (2, 3, 2, 3), (3, 30, 12, 4)])
def ll1_first_follow_sets(n_grammars: int, n_nonterminals: int, n_terminals: int, seed: int) -> Tuple[int, int, int, List[int], int, int, int]:
    """Return (nullable, FIRST total, FOLLOW total, fixpoint sweeps, table entries, conflict cells, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    n_nullable = first_total = follow_total = entries = conflicts = checksum = 0
    sweeps: List[int] = []
    for _ in range(n_grammars):
        productions = generate(draw, n_nonterminals, n_terminals)
        heads = [f"N{a}" for a in range(n_nonterminals)]
        nullable, first, follow, first_rounds, follow_rounds = analyse(productions, heads)
        sweeps += [first_rounds, follow_rounds]
        n_nullable += len(nullable)
        table: Counter = Counter()
        for prod in productions:
            predict, body_nullable = first_of(prod.body, first, nullable)
            if body_nullable:
                predict |= follow[prod.head]
            for terminal in predict:
                table[(prod.head, terminal)] += 1
        entries += sum(table.values())
        conflicts += sum(1 for count in table.values() if count > 1)
        for a, head in enumerate(heads):
            first_total += len(first[head])
            follow_total += len(follow[head])
            for terminal in first[head]:
                checksum = (checksum + (a + 1) * (int(terminal[1:]) + 7)) % 1000000007
            for terminal in follow[head]:
                index = n_terminals if terminal == END else int(terminal[1:])
                checksum = (checksum + (a + 3) * (index + 11) * 31) % 1000000007
    return (n_nullable, first_total, follow_total, sweeps, entries, conflicts, checksum)
