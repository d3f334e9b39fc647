"""Genome assembly from shuffled k-mers with a de Bruijn graph and an Eulerian path.

A genome containing copied segments (repeats) is broken into its overlapping k-mers,
which are shuffled. Each k-mer becomes an edge from its (k-1)-prefix to its
(k-1)-suffix; Hierholzer's algorithm walks an Eulerian path from the node with one more
outgoing than incoming edge, and the path spells the contig. Repeats make several
Eulerian paths possible, so the contig may differ from the genome.

Keywords: bioinformatics, genome assembly, de bruijn graph, eulerian path, hierholzer, kmer
"""

from collections import Counter, defaultdict
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40000, 21, 3), cases=[(0, 5, 1), (4, 5, 2), (5, 5, 3), (300, 6, 4), (2000, 12, 5)])
def debruijn_read_assembly(g: int, k: int, seed: int) -> Tuple[int, int, int, int, bool, int, str, str]:
    """Return (edges, nodes, max out-degree, contig length, contig == genome, mismatches, head, tail)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    def draw_wide(m: int) -> int:
        return ((draw(1 << 15) << 15) | draw(1 << 15)) % m

    bases = []
    while len(bases) < g:
        if len(bases) > 100 and draw(400) == 0:
            span = 30 + draw(31)
            src = draw_wide(len(bases) - span)
            bases.extend(bases[src:src + span])
        else:
            bases.append("ACGT"[draw(4)])
    genome = "".join(bases[:g])

    kmers = [genome[i:i + k] for i in range(len(genome) - k + 1)]
    for i in range(len(kmers) - 1, 0, -1):
        j = draw_wide(i + 1)
        kmers[i], kmers[j] = kmers[j], kmers[i]
    if not kmers:
        return (0, 0, 0, 0, genome == "", 0, "", "")

    graph = defaultdict(list)
    indegree = Counter()
    for kmer in kmers:
        graph[kmer[:-1]].append(kmer[1:])
        indegree[kmer[1:]] += 1
    nodes = len(set(graph) | set(indegree))
    widest = max(len(out) for out in graph.values())
    start = next((v for v in graph if len(graph[v]) - indegree[v] == 1), kmers[0][:-1])

    stack, path = [start], []
    while stack:
        node = stack[-1]
        if graph[node]:
            stack.append(graph[node].pop())
        else:
            path.append(stack.pop())
    path.reverse()
    contig = path[0] + "".join(node[-1] for node in path[1:])
    mismatches = sum(1 for x, y in zip(contig, genome) if x != y)
    return (len(kmers), nodes, widest, len(contig), contig == genome, mismatches, contig[:30], contig[-30:])
