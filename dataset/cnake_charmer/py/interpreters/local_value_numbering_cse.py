"""Local value numbering over generated basic blocks: CSE, constant folding and identities.

Blocks of three-address instructions over sixteen variables and 16-bit wrapping
arithmetic are generated with deliberately repeated expressions. Value numbering walks
each block once: operands get value numbers, constants are folded, algebraic
identities (x+0, x-x, x*0, x*1, x^x, x&x, x|x) resolve to existing values, and an
expression whose (operator, operands) key was seen before - with commutative operands
normalised - reuses the earlier value. A reused value becomes a copy from the variable
that most recently received it, if that variable still holds it, or disappears when
the destination already holds it. Both blocks run on random inputs to check they
agree. Returns counts per rewrite, instructions kept, value numbers created, a
checksum of the rewritten code and of the final variables, and the agreement flag.

Keywords: interpreters, value numbering, common subexpression elimination, constant folding, compiler optimisation, basic block
"""

from collections import Counter
from typing import Callable, Dict, List, Optional, Tuple, Union

from cnake_charmer.benchmarks import python_benchmark

MASK = 0xFFFF
N_VARS = 16
OPS = ("+", "-", "*", "&", "|", "^", "mov")
COMMUTATIVE = {"+", "*", "&", "|", "^"}
APPLY = {
    "+": lambda a, b: (a + b) & MASK,
    "-": lambda a, b: (a - b) & MASK,
    "*": lambda a, b: (a * b) & MASK,
    "&": lambda a, b: a & b,
    "|": lambda a, b: a | b,
    "^": lambda a, b: a ^ b,
}

Operand = Union[str, int]
Instr = Tuple[str, str, Operand, Operand]  # (dst, op, a, b)


def generate(draw: Callable[[int], int], n: int) -> List[Instr]:
    def operand() -> Operand:
        r = draw(10)
        if r < 7:
            return f"v{draw(N_VARS)}"
        return (0, 1, 2, draw(MASK + 1))[draw(4)]

    block: List[Instr] = []
    for _ in range(n):
        dst = f"v{draw(N_VARS)}"
        if block and draw(10) < 3:
            _, op, a, b = block[draw(len(block))]
            if op in COMMUTATIVE and draw(2):
                a, b = b, a
        else:
            op = OPS[draw(len(OPS))]
            a, b = operand(), operand()
        block.append((dst, op, a, b))
    return block


class ValueNumbering:
    def __init__(self) -> None:
        self.exprs: Dict[tuple, int] = {}
        self.var_vn: Dict[str, int] = {}
        self.const_of: Dict[int, int] = {}
        self.holder: Dict[int, str] = {}
        self.count = 0
        self.rewrites: Counter = Counter()

    def number(self, key: tuple) -> int:
        if key not in self.exprs:
            self.exprs[key] = self.count
            if key[0] == "const":
                self.const_of[self.count] = key[1]
            self.count += 1
        return self.exprs[key]

    def operand_vn(self, x: Operand) -> int:
        if isinstance(x, int):
            return self.number(("const", x))
        if x not in self.var_vn:
            self.var_vn[x] = self.number(("init", x))
            self.holder.setdefault(self.var_vn[x], x)
        return self.var_vn[x]

    def source_of(self, vn: int) -> Optional[Operand]:
        if vn in self.const_of:
            return self.const_of[vn]
        var = self.holder.get(vn)
        return var if var is not None and self.var_vn.get(var) == vn else None

    def identity(self, op: str, va: int, vb: int) -> Optional[int]:
        ca, cb = self.const_of.get(va), self.const_of.get(vb)
        if op in ("+", "-", "^", "|") and cb == 0 or op == "*" and cb == 1 or op in ("&", "|") and va == vb:
            return va
        if op in ("+", "^", "|") and ca == 0 or op == "*" and ca == 1:
            return vb
        if op == "*" and (ca == 0 or cb == 0) or op in ("-", "^") and va == vb:
            return self.number(("const", 0))
        return None

    def rewrite(self, ins: Instr) -> Optional[Instr]:
        dst, op, a, b = ins
        va, vb = self.operand_vn(a), self.operand_vn(b)
        ca, cb = self.const_of.get(va), self.const_of.get(vb)
        fresh = False
        if op == "mov":
            vn = va
            self.rewrites["copy"] += 1
        elif ca is not None and cb is not None:
            vn = self.number(("const", APPLY[op](ca, cb)))
            self.rewrites["fold"] += 1
        else:
            vn = self.identity(op, va, vb)
            if vn is not None:
                self.rewrites["identity"] += 1
            else:
                key = (op, min(va, vb), max(va, vb)) if op in COMMUTATIVE else (op, va, vb)
                if key in self.exprs:
                    self.rewrites["cse"] += 1
                fresh = key not in self.exprs
                vn = self.number(key)
        source = None if fresh else self.source_of(vn)
        if source == dst:
            out = None
            self.rewrites["dead"] += 1
        elif source is not None:
            out = (dst, "mov", source, 0)
        else:
            out = (dst, op, a if ca is None else ca, b if cb is None else cb)
        self.var_vn[dst] = vn
        self.holder[vn] = dst
        return out


def execute(block: List[Instr], env: Dict[str, int]) -> None:
    for dst, op, a, b in block:
        x = env[a] if isinstance(a, str) else a
        y = env[b] if isinstance(b, str) else b
        env[dst] = x if op == "mov" else APPLY[op](x, y)


@python_benchmark(args=(360, 120, 61), cases=[(0, 10, 1), (1, 1, 2), (3, 0, 3), (5, 40, 4)])
def local_value_numbering_cse(n_blocks: int, block_len: int, seed: int) -> Tuple[Dict[str, int], int, int, int, int, bool]:
    """Return (rewrites per kind, instructions kept, value numbers, code checksum, state checksum, agree)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    rewrites: Counter = Counter()
    kept = numbers = code_hash = state_hash = 0
    agree = True
    for _ in range(n_blocks):
        block = generate(draw, block_len)
        lvn = ValueNumbering()
        optimised = [out for out in map(lvn.rewrite, block) if out is not None]
        rewrites += lvn.rewrites
        kept += len(optimised)
        numbers += lvn.count
        for dst, op, a, b in optimised:
            for part in (dst, a, b):
                code = int(part[1:]) + 70000 if isinstance(part, str) else part
                code_hash = (code_hash * 131 + code) % 1000000007
            code_hash = (code_hash * 7 + OPS.index(op)) % 1000000007
        inputs = {f"v{i}": draw(MASK + 1) for i in range(N_VARS)}
        before, after = dict(inputs), dict(inputs)
        execute(block, before)
        execute(optimised, after)
        agree = agree and before == after
        for i in range(N_VARS):
            state_hash = (state_hash * 65537 + after[f"v{i}"]) % 1000000007
    kinds = ("copy", "fold", "identity", "cse", "dead")
    return ({k: rewrites[k] for k in kinds}, kept, numbers, code_hash, state_hash, agree)
