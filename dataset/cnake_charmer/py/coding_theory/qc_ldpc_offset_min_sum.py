"""Quasi-cyclic LDPC code decoded with integer offset min-sum belief propagation.

The parity-check matrix is lifted from a 3 x 6 base matrix of seeded circulant shifts
of size z (a (3, 6)-regular QC-LDPC code of length 6z). The all-zero codeword is sent
as BPSK with an integer amplitude plus approximately Gaussian integer noise, so the
channel LLRs are integers. Flooding offset min-sum exchanges per-edge messages:
each check returns the sign product and the smallest other magnitude minus an offset,
each bit sums its inputs, until the hard decisions satisfy every check.

Keywords: coding theory, LDPC, quasi-cyclic, min-sum, belief propagation, message passing, soft decision
"""

from cnake_charmer.benchmarks import python_benchmark


def lcg_stream(seed):
    state = seed & 0xFFFFFFFFFFFFFFFF
    while True:
        state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        yield state >> 33


def build_edges(z, draws):
    shifts = [[next(draws) % z for _ in range(6)] for _ in range(3)]
    edges = []
    for block_row in range(3):
        for r in range(z):
            for block_col in range(6):
                edges.append((block_row * z + r, block_col * z + (r + shifts[block_row][block_col]) % z))
    return edges


def check_messages(incoming, offset):
    """Offset min-sum: for each edge, sign product and the smallest other magnitude."""
    sign = 1
    smallest = second = None
    for position, value in enumerate(incoming):
        if value < 0:
            sign = -sign
        magnitude = abs(value)
        if smallest is None or magnitude < smallest[0]:
            second = smallest[0] if smallest is not None else None
            smallest = (magnitude, position)
        elif second is None or magnitude < second:
            second = magnitude
    out = []
    for position, value in enumerate(incoming):
        magnitude = second if position == smallest[1] else smallest[0]
        magnitude = max(0, magnitude - offset)
        own_sign = -1 if value < 0 else 1
        out.append(sign * own_sign * magnitude)
    return out


@python_benchmark(args=(96, 12, 12, 20, 1, 3), cases=[(16, 0, 8, 10, 1, 1), (16, 3, 30, 10, 1, 2), (8, 4, 3, 15, 0, 3), (32, 3, 4, 1, 2, 4)])
def qc_ldpc_offset_min_sum(z: int, frames: int, amplitude: int, max_iterations: int, offset: int, seed: int):
    """Return (frames decoded, failures, iterations, residual bit errors, raw bit errors, checksum)."""
    draws = lcg_stream(seed)
    edges = build_edges(z, draws)
    n, m = 6 * z, 3 * z
    check_edges = [[] for _ in range(m)]
    var_edges = [[] for _ in range(n)]
    for e, (c, v) in enumerate(edges):
        check_edges[c].append(e)
        var_edges[v].append(e)
    decoded_ok = failures = iterations = residual = raw_errors = 0
    checksum = 0
    for _ in range(frames):
        channel = []
        for _ in range(n):
            noise = sum(next(draws) % 17 - 8 for _ in range(4))
            channel.append(amplitude + noise)
        raw_errors += sum(1 for llr in channel if llr < 0)
        to_check = [channel[v] for _, v in edges]
        to_var = [0] * len(edges)
        decisions = [1 if llr < 0 else 0 for llr in channel]
        for it in range(max_iterations):
            if all(sum(decisions[edges[e][1]] for e in es) % 2 == 0 for es in check_edges):
                break
            iterations += 1
            for es in check_edges:
                for e, msg in zip(es, check_messages([to_check[e] for e in es], offset)):
                    to_var[e] = msg
            for v, es in enumerate(var_edges):
                total = channel[v] + sum(to_var[e] for e in es)
                decisions[v] = 1 if total < 0 else 0
                for e in es:
                    to_check[e] = total - to_var[e]
        errors = sum(decisions)
        if errors == 0:
            decoded_ok += 1
        elif any(sum(decisions[edges[e][1]] for e in es) % 2 for es in check_edges):
            failures += 1
        residual += errors
        for v, bit in enumerate(decisions):
            if bit:
                checksum = (checksum * 131 + v + 1) % 1000000007
    return decoded_ok, failures, iterations, residual, raw_errors, checksum
