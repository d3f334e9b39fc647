"""IMA ADPCM block encoder and decoder (4 bits per sample) with round-trip statistics.

A generated melody (two partials with vibrato, noise and silent gaps) is split into
WAV-style blocks: each block starts with a header holding the first sample and the
step index, then packs 4-bit codes two per byte. The encoder quantises the
prediction error against an adaptive step size (89-entry step table, index
adaptation per code) tracking the decoder exactly; the decoder rebuilds the PCM from
the bytes alone. Returns the stream size, an FNV-1a hash, the first bytes, the maximum
and squared error and decoded samples.

Keywords: audio codec, adpcm, ima adpcm, step table, nibble packing, compression, wav
"""

import math
import struct

from cnake_charmer.benchmarks import python_benchmark

STEPS = [
    7, 8, 9, 10, 11, 12, 13, 14, 16, 17, 19, 21, 23, 25, 28, 31, 34, 37, 41, 45,
    50, 55, 60, 66, 73, 80, 88, 97, 107, 118, 130, 143, 157, 173, 190, 209, 230,
    253, 279, 307, 337, 371, 408, 449, 494, 544, 598, 658, 724, 796, 876, 963,
    1060, 1166, 1282, 1411, 1552, 1707, 1878, 2066, 2272, 2499, 2749, 3024, 3327,
    3660, 4026, 4428, 4871, 5358, 5894, 6484, 7132, 7845, 8630, 9493, 10442, 11487,
    12635, 13899, 15289, 16818, 18500, 20350, 22385, 24623, 27086, 29794, 32767,
]
INDEX_SHIFT = [-1, -1, -1, -1, 2, 4, 6, 8]
BLOCK = 505


class AdpcmChannel:
    def __init__(self, predictor: int, index: int) -> None:
        self.predictor = predictor
        self.index = index

    def apply(self, code: int) -> int:
        step = STEPS[self.index]
        delta = step >> 3
        if code & 4:
            delta += step
        if code & 2:
            delta += step >> 1
        if code & 1:
            delta += step >> 2
        self.predictor += -delta if code & 8 else delta
        self.predictor = max(-32768, min(32767, self.predictor))
        self.index = max(0, min(88, self.index + INDEX_SHIFT[code & 7]))
        return self.predictor

    def encode(self, sample: int) -> int:
        diff = sample - self.predictor
        code = 0
        if diff < 0:
            code = 8
            diff = -diff
        step = STEPS[self.index]
        for bit in (4, 2, 1):
            if diff >= step:
                code |= bit
                diff -= step
            step >>= 1
        self.apply(code)
        return code


def encode_stream(samples: list) -> bytes:
    out = bytearray()
    index = 0
    for start in range(0, len(samples), BLOCK):
        block = samples[start:start + BLOCK]
        channel = AdpcmChannel(block[0], index)
        out += struct.pack("<hBB", block[0], index, 0)
        codes = [channel.encode(s) for s in block[1:]]
        if len(codes) % 2:
            codes.append(0)
        for i in range(0, len(codes), 2):
            out.append(codes[i] | (codes[i + 1] << 4))
        index = channel.index
    return bytes(out)


def decode_stream(data: bytes, count: int) -> list:
    samples = []
    pos = 0
    while len(samples) < count:
        first, index, _ = struct.unpack_from("<hBB", data, pos)
        pos += 4
        channel = AdpcmChannel(first, index)
        samples.append(first)
        remaining = min(BLOCK, count - len(samples) + 1) - 1
        for i in range(remaining):
            byte = data[pos + i // 2]
            samples.append(channel.apply(byte & 0x0F if i % 2 == 0 else byte >> 4))
        pos += (remaining + 1) // 2
    return samples


@python_benchmark(args=(60000, 4), cases=[(0, 4), (1, 8), (506, 2), (3000, 6)])
def ima_adpcm_block_codec(n: int, seed: int) -> tuple:
    """Encode and decode n generated samples; return stream and error statistics."""
    state = seed
    pcm = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        gate = 0.0 if (i // 4000) % 5 == 4 else 1.0
        vibrato = 1.0 + 0.004 * math.sin(2.0 * math.pi * 6.0 * i / 22050.0)
        tone = math.sin(2.0 * math.pi * 330.0 * vibrato * i / 22050.0) + 0.4 * math.sin(2.0 * math.pi * 1320.0 * i / 22050.0)
        value = int(gate * 14000.0 * tone + 600.0 * ((state >> 16) / 32768.0 - 0.5))
        pcm.append(max(-32768, min(32767, value)))
    data = encode_stream(pcm)
    decoded = decode_stream(data, n)
    digest = 0x811C9DC5
    for byte in data:
        digest = ((digest ^ byte) * 0x01000193) & 0xFFFFFFFF
    max_error = 0
    squared = 0
    for a, b in zip(pcm, decoded):
        max_error = max(max_error, abs(a - b))
        squared += (a - b) * (a - b)
    return len(data), digest, data[:24], max_error, squared, decoded[::4999]
