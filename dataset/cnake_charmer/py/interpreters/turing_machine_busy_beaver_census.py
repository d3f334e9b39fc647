"""Busy-beaver style census of random two-symbol Turing machines under a step limit.

A seeded generator writes transition tables for n-state, two-symbol machines (each
entry writes a bit, moves left or right and goes to a state or halts). Every machine
runs from a blank tape until it halts or reaches the step limit, and the census
records, as busy-beaver searches do, which halted, after how many steps and with how
many ones left on the tape. Returns the halting count, total and champion halting
steps with the champion's ones, the most ones seen, a histogram of halting times in
powers of two and a checksum over all machines.

Keywords: interpreters, turing machine, busy beaver, simulation, transition table, halting
"""

from collections import defaultdict
from typing import Callable, Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark

HALT = -1

Table = Dict[Tuple[int, int], Tuple[int, int, int]]  # (state, read) -> (write, move, next)


def random_machine(draw: Callable[[int], int], n_states: int) -> Table:
    table: Table = {}
    for state in range(n_states):
        for symbol in (0, 1):
            write = draw(2)
            move = 1 if draw(2) else -1
            nxt = HALT if draw(2 * n_states + 2) == 0 else draw(n_states)
            table[(state, symbol)] = (write, move, nxt)
    return table


def run(table: Table, limit: int) -> Tuple[bool, int, int]:
    """Return (halted, steps taken, ones on the tape)."""
    tape: Dict[int, int] = defaultdict(int)
    head = state = steps = 0
    while state != HALT and steps < limit:
        write, move, state = table[(state, tape[head])]
        tape[head] = write
        head += move
        steps += 1
    return state == HALT, steps, sum(tape.values())


@python_benchmark(args=(3000, 4, 400, 43), cases=[(0, 2, 10, 1), (1, 1, 5, 2), (5, 2, 0, 3), (40, 3, 100, 4)])
def turing_machine_busy_beaver_census(n_machines: int, n_states: int, limit: int, seed: int) -> Tuple[int, int, int, int, int, List[int], int]:
    """Return (halted, halting steps, champion steps, champion ones, most ones, step histogram, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    halted = halting_steps = champion_steps = champion_ones = most_ones = checksum = 0
    histogram = [0] * 16
    for _ in range(n_machines):
        stopped, steps, ones = run(random_machine(draw, n_states), limit)
        most_ones = max(most_ones, ones)
        checksum = (checksum * 7919 + steps * 3 + ones * 2 + stopped) % 1000000007
        if stopped:
            halted += 1
            halting_steps += steps
            histogram[min(15, steps.bit_length())] += 1
            if steps > champion_steps:
                champion_steps, champion_ones = steps, ones
    return (halted, halting_steps, champion_steps, champion_ones, most_ones, histogram, checksum)
