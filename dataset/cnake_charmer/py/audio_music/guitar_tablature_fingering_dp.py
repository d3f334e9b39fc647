"""Guitar tablature fingering by dynamic programming over (string, fret) positions.

A seeded melody (a bounded random walk of MIDI pitches with occasional leaps) must be
played on a six-string guitar in standard tuning with 20 frets. Every note can be
fingered on several strings; the dynamic program minimises a cost made of hand
movement along the neck, string changes and a penalty for high positions (open
strings are free to reach), then backtracks the optimal tablature. Returns the total
cost, string and fret-zone usage, a path checksum and the first positions.

Keywords: music, guitar tablature, fingering, dynamic programming, viterbi, optimisation
"""

from dataclasses import dataclass

from cnake_charmer.benchmarks import python_benchmark

TUNING = (40, 45, 50, 55, 59, 64)
FRETS = 20


@dataclass(frozen=True)
class Position:
    string: int
    fret: int


def position_cost(p: Position) -> int:
    high = 2 * (p.fret - 12) if p.fret > 12 else 0
    return high + (0 if p.fret == 0 else 1)


def move_cost(a: Position, b: Position) -> int:
    if a.fret == 0 or b.fret == 0:
        shift = 0
    else:
        shift = 3 * abs(a.fret - b.fret)
    return shift + abs(a.string - b.string)


def generate_melody(n: int, seed: int) -> list:
    state = seed
    pitch = 57
    melody = []
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        step = (state >> 16) % 9 - 4
        if (state >> 12) % 16 == 0:
            step *= 3
        pitch = min(83, max(40, pitch + step))
        melody.append(pitch)
    return melody


@python_benchmark(args=(30000, 13), cases=[(0, 13), (1, 2), (2, 40), (300, 7)])
def guitar_tablature_fingering_dp(n: int, seed: int) -> tuple:
    """Finger an n-note melody optimally; return cost, usage statistics and the path."""
    melody = generate_melody(n, seed)
    options = [[Position(s, pitch - open_pitch) for s, open_pitch in enumerate(TUNING) if 0 <= pitch - open_pitch < FRETS]
               for pitch in melody]
    if not options:
        return 0, [0] * 6, [0] * 4, 0, []
    costs = [position_cost(p) for p in options[0]]
    back = [[-1] * len(options[0])]
    for i in range(1, n):
        new_costs = []
        pointers = []
        for p in options[i]:
            best, arg = None, -1
            for j, q in enumerate(options[i - 1]):
                c = costs[j] + move_cost(q, p)
                if best is None or c < best:
                    best, arg = c, j
            new_costs.append(best + position_cost(p))
            pointers.append(arg)
        costs = new_costs
        back.append(pointers)
    k = min(range(len(costs)), key=lambda j: costs[j])
    total = costs[k]
    path = []
    for i in range(n - 1, -1, -1):
        path.append(options[i][k])
        k = back[i][k]
    path.reverse()
    strings = [0] * 6
    zones = [0] * 4
    checksum = 0
    for p in path:
        strings[p.string] += 1
        zones[min(3, p.fret // 5)] += 1
        checksum = (checksum * 131 + p.string * 32 + p.fret) % 1000000007
    return total, strings, zones, checksum, [(p.string, p.fret) for p in path[:20]]
