"""Rate-1/2, constraint-length 7 convolutional code with hard-decision Viterbi decoding.

Random frames are encoded with the classic (171, 133) octal generator pair and
terminated with six zero tail bits, sent through a binary symmetric channel, and
decoded by the 64-state Viterbi algorithm with Hamming branch metrics, survivor
decisions per step and a traceback from the all-zero terminal state. Ties between the
two predecessors keep the one whose dropped bit is 0.

Keywords: coding theory, convolutional code, Viterbi algorithm, trellis, hard decision, BSC
"""

from cnake_charmer.benchmarks import python_benchmark

GENERATORS = (0o171, 0o133)
MEMORY = 6


def _outputs(register):
    return tuple((register & g).bit_count() & 1 for g in GENERATORS)


OUTPUT_TABLE = [_outputs(reg) for reg in range(1 << (MEMORY + 1))]


def _encode(bits):
    state = 0
    symbols = []
    for b in bits + [0] * MEMORY:
        register = (b << MEMORY) | state
        symbols.extend(OUTPUT_TABLE[register])
        state = register >> 1
    return symbols


def _viterbi(symbols, n_bits):
    n_states = 1 << MEMORY
    infinity = 10 ** 9
    metrics = [0] + [infinity] * (n_states - 1)
    decisions = []
    for t in range(len(symbols) // 2):
        r0, r1 = symbols[2 * t], symbols[2 * t + 1]
        new_metrics = [0] * n_states
        choice = [0] * n_states
        for ns in range(n_states):
            b = ns >> (MEMORY - 1)
            base = (ns & (n_states // 2 - 1)) << 1
            best = None
            for x in (0, 1):
                ps = base | x
                o0, o1 = OUTPUT_TABLE[(b << MEMORY) | ps]
                m = metrics[ps] + (o0 != r0) + (o1 != r1)
                if best is None or m < best:
                    best = m
                    choice[ns] = x
            new_metrics[ns] = best
        metrics = new_metrics
        decisions.append(choice)
    state = 0
    decoded = []
    for t in range(len(decisions) - 1, -1, -1):
        decoded.append(state >> (MEMORY - 1))
        state = ((state & (n_states // 2 - 1)) << 1) | decisions[t][state]
    decoded.reverse()
    return decoded[:n_bits], metrics[0]


@python_benchmark(args=(12, 400, 45, 17), cases=[(0, 100, 10, 1), (2, 50, 0, 2), (3, 1, 30, 3), (2, 120, 200, 4)])
def convolutional_k7_hard_viterbi(frames: int, n_bits: int, flip_per_thousand: int, seed: int):
    """Return (channel flips, residual bit errors, frames with errors, final metric sum, checksum)."""
    state = seed & 0x7FFFFFFF
    channel_flips = bit_errors = bad_frames = metric_sum = 0
    checksum = 0
    for _ in range(frames):
        bits = []
        for _ in range(n_bits):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            bits.append((state >> 16) & 1)
        symbols = _encode(bits)
        for i in range(len(symbols)):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            if (state >> 16) % 1000 < flip_per_thousand:
                symbols[i] ^= 1
                channel_flips += 1
        decoded, metric = _viterbi(symbols, n_bits)
        errors = sum(1 for a, b in zip(bits, decoded) if a != b)
        bit_errors += errors
        bad_frames += errors > 0
        metric_sum += metric
        for b in decoded:
            checksum = (checksum * 2 + b) % 1000000007
    return channel_flips, bit_errors, bad_frames, metric_sum, checksum
