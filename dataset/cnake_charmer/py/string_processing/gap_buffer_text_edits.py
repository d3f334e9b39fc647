"""Replay an editing session on a gap buffer, the text structure of many editors.

The buffer keeps the text in one array with a movable gap at the cursor, so typing and
backspacing are cheap and moving the cursor shifts only the characters between the old
and the new position. A pseudo-random session of cursor moves, insertions, deletions
and character reads is replayed.

Keywords: gap buffer, text editor, cursor, insertion, deletion, strings
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


class GapBuffer:
    def __init__(self, capacity: int = 16) -> None:
        self.buf: List[str] = [""] * capacity
        self.start = 0
        self.end = capacity

    def __len__(self) -> int:
        return len(self.buf) - (self.end - self.start)

    def __getitem__(self, i: int) -> str:
        return self.buf[i] if i < self.start else self.buf[i + self.end - self.start]

    def move(self, pos: int) -> None:
        if pos < self.start:
            k = self.start - pos
            self.buf[self.end - k:self.end] = self.buf[pos:self.start]
            self.start, self.end = pos, self.end - k
        elif pos > self.start:
            k = pos - self.start
            self.buf[self.start:self.start + k] = self.buf[self.end:self.end + k]
            self.start, self.end = pos, self.end + k

    def insert(self, text: str) -> None:
        if self.end - self.start < len(text):
            grow = max(len(self.buf), len(text))
            self.buf[self.end:self.end] = [""] * grow
            self.end += grow
        for ch in text:
            self.buf[self.start] = ch
            self.start += 1

    def backspace(self, k: int) -> None:
        self.start = max(0, self.start - k)

    def text(self) -> str:
        return "".join(self.buf[:self.start] + self.buf[self.end:])


@python_benchmark(args=(20000, 3), cases=[(0, 1), (1, 2), (20, 3), (600, 4)])
def gap_buffer_text_edits(n_ops: int, seed: int) -> Tuple[int, int, str, int]:
    """Return (final length, checksum of the text, its first 40 characters, sum of sampled char codes)."""
    state = seed
    gb = GapBuffer()
    sampled = 0
    for _ in range(n_ops):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        op = state % 10
        size = len(gb)
        if op < 3 and size:
            gb.move((state >> 8) % (size + 1))
        elif op < 7:
            gb.insert("".join(chr(97 + (state >> (8 + k)) % 26) for k in range(1 + (state >> 4) % 6)))
        elif op < 9:
            gb.backspace(1 + (state >> 8) % 4)
        elif size:
            sampled += ord(gb[(state >> 8) % size])
    text = gb.text()
    checksum = 0
    for ch in text:
        checksum = (checksum * 31 + ord(ch)) % 1000000007
    return (len(text), checksum, text[:40], sampled)
