"""Name resolution with an interning, block-scoped symbol table over generated source.

A seeded generator writes a block-structured token stream: ``{`` and ``}`` open and
close scopes, ``let NAME`` declares and ``use NAME`` references identifiers built from
syllables. The front end interns each identifier text to a symbol number and keeps a
stack of per-scope dictionaries. A declaration is a redeclaration error if the name
already exists in the same scope (and is ignored), or shadows an outer declaration;
a use resolves to the innermost visible declaration, at some scope distance, or is
reported unresolved. Returns interned symbols, declarations, redeclarations, shadowing
declarations, resolved and unresolved uses, total and maximum resolution distance,
the deepest nesting and a checksum of what each use resolved to.

Keywords: interpreters, symbol table, name resolution, lexical scope, string interning, compiler front end
"""

from typing import Callable, Dict, List, Optional, Tuple

from cnake_charmer.benchmarks import python_benchmark

SYLLABLES = ("ka", "lo", "mi", "zu", "re", "po", "ti", "an", "el", "so", "qu", "x")
MAX_DEPTH = 40


def generate(draw: Callable[[int], int], n: int) -> str:
    tokens: List[str] = []
    depth = 0
    for _ in range(n):
        r = draw(20)
        if r < 2 and depth < MAX_DEPTH:
            tokens.append("{")
            depth += 1
        elif r < 4 and depth > 0:
            tokens.append("}")
            depth -= 1
        else:
            name = "".join(SYLLABLES[draw(len(SYLLABLES))] for _ in range(1 + draw(2)))
            tokens += ["let" if r < 9 else "use", name]
    tokens += ["}"] * depth
    return " ".join(tokens)


class SymbolTable:
    def __init__(self) -> None:
        self.symbols: Dict[str, int] = {}
        self.scopes: List[Dict[int, int]] = [{}]

    def intern(self, text: str) -> int:
        return self.symbols.setdefault(text, len(self.symbols))

    def enter(self) -> None:
        self.scopes.append({})

    def leave(self) -> None:
        self.scopes.pop()

    def declare(self, symbol: int, decl: int) -> str:
        if symbol in self.scopes[-1]:
            return "redeclared"
        outer = self.resolve(symbol)
        self.scopes[-1][symbol] = decl
        return "fresh" if outer is None else "shadow"

    def resolve(self, symbol: int) -> Optional[Tuple[int, int]]:
        for distance, scope in enumerate(reversed(self.scopes)):
            if symbol in scope:
                return scope[symbol], distance
        return None


@python_benchmark(args=(100000, 8), cases=[(0, 1), (1, 2), (2, 3), (400, 4)])
def scoped_symbol_table_resolution(n_tokens: int, seed: int) -> Tuple[int, int, int, int, int, int, int, int, int, int]:
    """Return (symbols, decls, redeclared, shadows, resolved, unresolved, distance sum, max distance, max depth, checksum)."""
    state = seed & 0x7FFFFFFF

    def draw(m: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 16) % m

    tokens = generate(draw, n_tokens).split()
    table = SymbolTable()
    decls = redeclared = shadows = resolved = unresolved = distance_sum = max_distance = 0
    max_depth = checksum = 0
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok == "{":
            table.enter()
            max_depth = max(max_depth, len(table.scopes) - 1)
        elif tok == "}":
            table.leave()
        else:
            symbol = table.intern(tokens[i + 1])
            i += 1
            if tok == "let":
                outcome = table.declare(symbol, decls)
                if outcome == "redeclared":
                    redeclared += 1
                else:
                    shadows += outcome == "shadow"
                    decls += 1
            else:
                found = table.resolve(symbol)
                if found is None:
                    unresolved += 1
                    checksum = (checksum * 31 + symbol + 1) % 1000000007
                else:
                    decl, distance = found
                    resolved += 1
                    distance_sum += distance
                    max_distance = max(max_distance, distance)
                    checksum = (checksum * 1000003 + decl * 64 + distance) % 1000000007
        i += 1
    return (len(table.symbols), decls, redeclared, shadows, resolved, unresolved, distance_sum, max_distance,
            max_depth, checksum)
