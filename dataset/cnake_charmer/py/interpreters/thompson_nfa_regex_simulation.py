"""Compile generated regular expressions to Thompson NFAs and simulate them on texts.

Patterns over the letters a-d with ``.``, alternation, grouping and the postfix
operators ``* + ?`` are generated, parsed by recursive descent and compiled with
Thompson's construction into character, split and match states. Each pattern is run
over generated texts by breadth-first NFA simulation, tracking the set of live states
with epsilon closures: once anchored (does the whole text match?) and once as a
search that restarts at every position (at how many positions does a match end?).
Returns total match-end positions, full matches, the total longest matching prefix,
total NFA states, a checksum of the per-text results and the first patterns' counts.

Keywords: interpreters, regular expression, thompson construction, nfa simulation, epsilon closure, pattern matching
"""

from dataclasses import dataclass
from typing import Callable, List, Optional, Set, Tuple

from cnake_charmer.benchmarks import python_benchmark

CHAR, ANY, SPLIT, MATCH = range(4)


@dataclass(eq=False)
class State:
    kind: int
    char: str = ""
    out: Optional["State"] = None
    out2: Optional["State"] = None


@dataclass
class Fragment:
    start: State
    dangling: List[Tuple[State, str]]  # (state, "out" or "out2") still to be patched

    def patch(self, target: State) -> None:
        for state, field in self.dangling:
            setattr(state, field, target)


class Compiler:
    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.pos = 0
        self.count = 0

    def new(self, kind: int, char: str = "") -> State:
        self.count += 1
        return State(kind, char)

    def peek(self) -> str:
        return self.pattern[self.pos] if self.pos < len(self.pattern) else ""

    def alternation(self) -> Fragment:
        frag = self.concatenation()
        while self.peek() == "|":
            self.pos += 1
            other = self.concatenation()
            split = self.new(SPLIT)
            split.out, split.out2 = frag.start, other.start
            frag = Fragment(split, frag.dangling + other.dangling)
        return frag

    def concatenation(self) -> Fragment:
        frag = self.repetition()
        while self.peek() not in ("", "|", ")"):
            nxt = self.repetition()
            frag.patch(nxt.start)
            frag = Fragment(frag.start, nxt.dangling)
        return frag

    def repetition(self) -> Fragment:
        frag = self.atom()
        while self.peek() in ("*", "+", "?"):
            op = self.pattern[self.pos]
            self.pos += 1
            split = self.new(SPLIT)
            split.out = frag.start
            if op == "*":
                frag.patch(split)
                frag = Fragment(split, [(split, "out2")])
            elif op == "+":
                frag.patch(split)
                frag = Fragment(frag.start, [(split, "out2")])
            else:
                frag = Fragment(split, frag.dangling + [(split, "out2")])
        return frag

    def atom(self) -> Fragment:
        ch = self.pattern[self.pos]
        self.pos += 1
        if ch == "(":
            frag = self.alternation()
            self.pos += 1  # ")"
            return frag
        state = self.new(ANY) if ch == "." else self.new(CHAR, ch)
        return Fragment(state, [(state, "out")])

    def compile(self) -> State:
        frag = self.alternation()
        frag.patch(self.new(MATCH))
        return frag.start


def add_state(state: State, live: Set[State]) -> None:
    if state in live:
        return
    live.add(state)
    if state.kind == SPLIT:
        add_state(state.out, live)
        add_state(state.out2, live)


def simulate(start: State, text: str, search: bool) -> int:
    """Search: positions where some match ends. Anchored: longest matching prefix, or -1."""
    live: Set[State] = set()
    add_state(start, live)
    ends = 0
    longest = -1
    for i, ch in enumerate(text):
        if any(s.kind == MATCH for s in live):
            ends += 1
            longest = i
        nxt: Set[State] = set()
        for s in live:
            if s.kind == ANY or (s.kind == CHAR and s.char == ch):
                add_state(s.out, nxt)
        if search:
            add_state(start, nxt)
        elif not nxt:
            return longest
        live = nxt
    if any(s.kind == MATCH for s in live):
        ends += 1
        longest = len(text)
    return ends if search else longest


def generate(draw: Callable[[int], int], depth: int) -> str:
    r = draw(7)
    if depth == 0 or r == 0:
        return "abcd."[draw(5)]
    if r == 1:
        return "(" + generate(draw, depth - 1) + "|" + generate(draw, depth - 1) + ")"
    if r == 2:
        inner = generate(draw, depth - 1)
        if len(inner) > 1:
            inner = "(" + inner + ")"
        return inner + "*+?"[draw(3)]
    return "".join(generate(draw, depth - 1) for _ in range(2 + draw(2)))


@python_benchmark(args=(60, 20, 80, 6, 9), cases=[(0, 3, 5, 2, 1), (1, 1, 0, 0, 2), (2, 2, 1, 1, 3), (5, 6, 20, 3, 4)])
def thompson_nfa_regex_simulation(n_patterns: int, n_texts: int, length: int, depth: int, seed: int) -> Tuple[int, int, int, int, int, List[int]]:
    """Return (match-end positions, full matches, prefix total, NFA states, checksum, first pattern counts)."""
    state = seed & 0x7FFFFFFF

    def draw(k: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % k

    ends_total = full = prefix_total = states = checksum = 0
    first: List[int] = []
    for _ in range(n_patterns):
        compiler = Compiler(generate(draw, depth))
        start = compiler.compile()
        states += compiler.count
        pattern_ends = 0
        for _ in range(n_texts):
            text = "".join("abcd"[draw(4)] for _ in range(length))
            ends = simulate(start, text, True)
            prefix = simulate(start, text, False)
            pattern_ends += ends
            full += prefix == length
            prefix_total += prefix
            checksum = (checksum * 1009 + ends * 128 + prefix + 1) % 1000000007
        ends_total += pattern_ends
        if len(first) < 10:
            first.append(pattern_ends)
    return (ends_total, full, prefix_total, states, checksum, first)
