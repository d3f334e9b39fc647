"""Powers of a 64 x 64 bit matrix over GF(2), used to jump an LFSR ahead.

Each matrix row is a 64-bit integer; multiplication over GF(2) XORs together the rows
of B selected by the set bits of each row of A. Repeated squaring computes M**e,
which advances a linear generator (here xorshift64's transition matrix) by e steps at
once. Returns the state after e steps computed both by the matrix power and by
stepping directly (a self-check), and the rank of the matrix power.

Keywords: GF(2), bit matrix, matrix exponentiation, xorshift, jump ahead
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

MASK = 0xFFFFFFFFFFFFFFFF


def _mul(a: List[int], b: List[int]) -> List[int]:
    out = []
    for row in a:
        acc = 0
        bit = 0
        while row:
            if row & 1:
                acc ^= b[bit]
            row >>= 1
            bit += 1
        out.append(acc)
    return out


def _apply(m: List[int], v: int) -> int:
    out = 0
    for i, row in enumerate(m):
        out |= (bin(row & v).count("1") & 1) << i
    return out


def _step(x: int) -> int:
    x ^= (x << 13) & MASK
    x ^= x >> 7
    x ^= (x << 17) & MASK
    return x


@python_benchmark(args=(60, 10000, 88172645463325252), cases=[(1, 0, 1), (2, 1, 5), (3, 64, 7), (0, 10, 3)])
def gf2_matrix_power(rounds: int, exponent: int, seed: int) -> Tuple[List[int], bool, int]:
    """Return (states after each round of `exponent` steps, matrix and stepping agree, rank of M**exponent)."""
    # Column j of the transition matrix is _step(1 << j); store rows: row i has bit j if bit i of _step(1<<j).
    cols = [_step(1 << j) for j in range(64)]
    m = [sum(((cols[j] >> i) & 1) << j for j in range(64)) for i in range(64)]
    power = [1 << i for i in range(64)]
    base, e = m, max(0, exponent)
    while e:
        if e & 1:
            power = _mul(power, base)
        base = _mul(base, base)
        e >>= 1
    state = (seed & MASK) or 1
    direct = state
    states = []
    agree = True
    for _ in range(rounds):
        state = _apply(power, state)
        for _ in range(max(0, exponent)):
            direct = _step(direct)
        agree = agree and state == direct
        states.append(state)
    rows = list(power)
    rank = 0
    for bit in range(64):
        pivot = next((r for r in range(rank, 64) if (rows[r] >> bit) & 1), None)
        if pivot is None:
            continue
        rows[rank], rows[pivot] = rows[pivot], rows[rank]
        for r in range(64):
            if r != rank and (rows[r] >> bit) & 1:
                rows[r] ^= rows[rank]
        rank += 1
    return states, agree, rank
