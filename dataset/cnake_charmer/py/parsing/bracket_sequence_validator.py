"""Validate sequences of four kinds of brackets with a stack.

Sequences over ``()[]{}<>`` are produced by a random push/pop process that
occasionally closes with the wrong bracket or stops early. Each one is classified as
balanced, mismatched (with the error position) or unclosed.

Keywords: brackets, balanced parentheses, stack, validation, parsing
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}
OPEN = "([{<"
CLOSE = ")]}>"


@python_benchmark(args=(7000, 10), cases=[(0, 1), (1, 2), (20, 3), (300, 4)])
def bracket_sequence_validator(m: int, seed: int) -> Tuple[int, int, int, int, int, List[int]]:
    """Return (balanced, mismatched, unclosed, deepest balanced nesting, error-position sum, first 15 codes)."""
    state = seed
    balanced = mismatched = unclosed = 0
    deepest = 0
    err_sum = 0
    codes = []
    for _ in range(m):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        length = 1 + state % 40
        chars = []
        opened = []
        for _ in range(length):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if opened and state % 5 < 2:
                kind = OPEN.index(opened.pop())
                if (state >> 9) % 23 == 0:
                    kind = (kind + 1) % 4
                chars.append(CLOSE[kind])
            else:
                b = OPEN[(state >> 7) % 4]
                opened.append(b)
                chars.append(b)
        while opened and state % 3:
            chars.append(CLOSE[OPEN.index(opened.pop())])
        stack = []
        depth = 0
        code = 0
        for pos, ch in enumerate(chars):
            if ch in OPEN:
                stack.append(ch)
                depth = max(depth, len(stack))
            elif not stack or stack.pop() != PAIRS[ch]:
                code = 1
                err_sum += pos
                break
        if code == 0 and stack:
            code = 2
        if code == 0:
            balanced += 1
            deepest = max(deepest, depth)
        elif code == 1:
            mismatched += 1
        else:
            unclosed += 1
        if len(codes) < 15:
            codes.append(code)
    return (balanced, mismatched, unclosed, deepest, err_sum, codes)
