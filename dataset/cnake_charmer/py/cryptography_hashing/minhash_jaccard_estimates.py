"""MinHash signatures to estimate Jaccard similarity between documents.

Each document becomes the set of 32-bit FNV-1a fingerprints of its word 3-shingles;
``k`` universal hash functions ``(a x + b) mod p`` give a signature of minima, and the
fraction of agreeing signature slots estimates the Jaccard similarity, compared here
with the exact value.

Keywords: minhash, jaccard similarity, locality sensitive hashing, shingles, fingerprints
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark

PRIME = 4294967311


def _fnv32(text: str) -> int:
    h = 2166136261
    for byte in text.encode("ascii"):
        h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
    return h


@python_benchmark(args=(16, 64, 5), cases=[(0, 8, 1), (1, 4, 2), (3, 1, 3), (6, 16, 4)])
def minhash_jaccard_estimates(n_docs: int, k: int, seed: int) -> Tuple[List[float], float, List[int]]:
    """Return (estimates for neighbouring docs, mean absolute error over all pairs, doc 0's first 4 minima)."""
    state = seed
    coeffs = []
    for _ in range(k):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        a = 1 + state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        coeffs.append((a, state))
    sets = []
    for d in range(n_docs):
        words = []
        for _ in range(300):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            words.append(f"w{d * 15 + (state >> 8) % 120}")
        sets.append({_fnv32(" ".join(words[i:i + 3])) for i in range(len(words) - 2)})
    sigs = [[min((a * x + b) % PRIME for x in s) for a, b in coeffs] for s in sets]
    neighbours = []
    err = 0.0
    pairs = 0
    for i in range(n_docs):
        for j in range(i + 1, n_docs):
            est = sum(1 for u, v in zip(sigs[i], sigs[j]) if u == v) / k
            exact = len(sets[i] & sets[j]) / len(sets[i] | sets[j])
            err += abs(est - exact)
            pairs += 1
            if j == i + 1:
                neighbours.append(est)
    return (neighbours, err / pairs if pairs else 0.0, sigs[0][:4] if sigs else [])
