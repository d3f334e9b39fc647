# cython: language_level=3
"""Lisp compiled to a C node pool with lexical addresses, evaluated on tagged-union values.

After reading, every expression is compiled once: variables become (depth, slot)
lexical addresses or global indices, primitives become opcode nodes, ``let`` and
``lambda`` record their arity. Values are a C struct holding a tag and a ``union`` of
an integer and a closure pointer; frames and closures are bump-allocated from a
chunked arena (a ``cdef class`` freeing its chunks in ``__dealloc__``) that is rewound
after each top-level expression, and the evaluator is a recursive ``nogil`` cdef
function.

Keywords: interpreters, lisp, s-expressions, closures, lexical environments, tree-walking evaluator
"""

import cython
from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    K_NUM, K_LOCAL, K_GLOBAL, K_IF, K_LAMBDA, K_LET, K_PRIM, K_CALL

cdef enum:
    P_ADD, P_SUB, P_MUL, P_MOD, P_LT, P_EQ

cdef enum:
    T_INT, T_FN

cdef enum:
    MAX_SLOTS = 4
    CHUNK_BYTES = 1 << 20
    MAX_CHUNKS = 4096

PRIMS = {"+": P_ADD, "-": P_SUB, "*": P_MUL, "mod": P_MOD, "<": P_LT, "=": P_EQ}

LIBRARY = """
(define (fib n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(define (sum-to n acc) (if (= n 0) acc (sum-to (- n 1) (+ acc n))))
(define (gcd a b) (if (= b 0) a (gcd b (mod a b))))
(define (make-adder k) (lambda (x) (+ x k)))
(define (make-scaler k) (lambda (x) (mod (* x k) 1000003)))
(define (compose f g) (lambda (x) (f (g x))))
(define (apply-n f n x) (if (= n 0) x (apply-n f (- n 1) (f x))))
"""


cdef struct Node:
    int kind
    int a          # primitive / depth / global index / arity
    long long v    # literal / slot
    int first      # first child in the kids pool
    int nkids


cdef struct Frame
cdef struct Closure:
    int lam
    Frame *env

cdef union Payload:
    long long i
    Closure *fn

cdef struct Value:
    int tag
    Payload u

cdef struct Frame:
    Frame *parent
    Value slots[MAX_SLOTS]


cdef class Arena:
    """Bump allocator over 1 MiB chunks; ``rewind`` keeps the chunks for reuse."""
    cdef char *chunks[MAX_CHUNKS]
    cdef int nchunks
    cdef int cur
    cdef size_t off

    def __cinit__(self):
        self.nchunks = 0
        self.cur = -1
        self.off = CHUNK_BYTES

    def __dealloc__(self):
        cdef int i
        for i in range(self.nchunks):
            free(self.chunks[i])

    cdef void *alloc(self, size_t size) noexcept nogil:
        if self.off + size > CHUNK_BYTES:
            self.cur += 1
            if self.cur == self.nchunks:
                self.chunks[self.nchunks] = <char *>malloc(CHUNK_BYTES)
                self.nchunks += 1
            self.off = 0
        self.off += size
        return self.chunks[self.cur] + self.off - size

    cdef inline void rewind(self, int cur, size_t off) noexcept nogil:
        self.cur = cur
        self.off = off


cdef struct Machine:
    Node *nodes
    int *kids
    Value *globals
    long long applications
    long long primitive_calls


cdef Value eval_node(Machine *m, Arena arena, int i, Frame *env) noexcept nogil:
    cdef Node *nd = &m.nodes[i]
    cdef Value r, f, x, y
    cdef Frame *fr
    cdef Closure *c
    cdef int k, d
    cdef long long t
    if nd.kind == K_NUM:
        r.tag = T_INT
        r.u.i = nd.v
        return r
    if nd.kind == K_LOCAL:
        fr = env
        for d in range(nd.a):
            fr = fr.parent
        return fr.slots[nd.v]
    if nd.kind == K_GLOBAL:
        return m.globals[nd.a]
    if nd.kind == K_PRIM:
        m.primitive_calls += 1
        x = eval_node(m, arena, m.kids[nd.first], env)
        y = eval_node(m, arena, m.kids[nd.first + 1], env)
        r.tag = T_INT
        if nd.a == P_ADD:
            r.u.i = x.u.i + y.u.i
        elif nd.a == P_SUB:
            r.u.i = x.u.i - y.u.i
        elif nd.a == P_MUL:
            r.u.i = x.u.i * y.u.i
        elif nd.a == P_MOD:
            t = x.u.i % y.u.i
            if t != 0 and ((t < 0) != (y.u.i < 0)):
                t += y.u.i
            r.u.i = t
        elif nd.a == P_LT:
            r.u.i = x.u.i < y.u.i
        else:
            r.u.i = x.u.i == y.u.i
        return r
    if nd.kind == K_IF:
        x = eval_node(m, arena, m.kids[nd.first], env)
        if x.tag == T_FN or x.u.i != 0:
            return eval_node(m, arena, m.kids[nd.first + 1], env)
        return eval_node(m, arena, m.kids[nd.first + 2], env)
    if nd.kind == K_LAMBDA:
        c = <Closure *>arena.alloc(sizeof(Closure))
        c.lam = i
        c.env = env
        r.tag = T_FN
        r.u.fn = c
        return r
    if nd.kind == K_LET:
        fr = <Frame *>arena.alloc(sizeof(Frame))
        fr.parent = env
        for k in range(nd.a):
            fr.slots[k] = eval_node(m, arena, m.kids[nd.first + k], env)
        return eval_node(m, arena, m.kids[nd.first + nd.a], fr)
    # closure application
    f = eval_node(m, arena, m.kids[nd.first], env)
    fr = <Frame *>arena.alloc(sizeof(Frame))
    fr.parent = f.u.fn.env
    for k in range(1, nd.nkids):
        fr.slots[k - 1] = eval_node(m, arena, m.kids[nd.first + k], env)
    m.applications += 1
    return eval_node(m, arena, m.kids[m.nodes[f.u.fn.lam].first], fr)


cdef class Compiler:
    cdef Node *nodes
    cdef int *kids
    cdef int nnodes
    cdef int nkids
    cdef int cap
    cdef dict global_index

    def __cinit__(self, int cap):
        self.cap = cap
        self.nodes = <Node *>malloc(cap * sizeof(Node))
        self.kids = <int *>malloc(cap * sizeof(int))
        if self.nodes == NULL or self.kids == NULL:
            raise MemoryError()
        self.nnodes = 0
        self.nkids = 0
        self.global_index = {}

    def __dealloc__(self):
        free(self.nodes)
        free(self.kids)

    cdef int node(self, int kind, int a, long long v, list children):
        cdef int i = self.nnodes, k
        if i >= self.cap or self.nkids + len(children) > self.cap:
            raise MemoryError("program too large")
        self.nodes[i].kind = kind
        self.nodes[i].a = a
        self.nodes[i].v = v
        self.nodes[i].first = self.nkids
        self.nodes[i].nkids = len(children)
        for k in children:
            self.kids[self.nkids] = k
            self.nkids += 1
        self.nnodes += 1
        return i

    cdef int compile(self, x, list scopes):
        cdef int depth, slot
        if isinstance(x, int):
            return self.node(K_NUM, 0, x, [])
        if isinstance(x, str):
            for depth in range(len(scopes)):
                names = scopes[len(scopes) - 1 - depth]
                if x in names:
                    return self.node(K_LOCAL, depth, names.index(x), [])
            return self.node(K_GLOBAL, self.global_index[x], 0, [])
        head = x[0]
        if head == "if":
            return self.node(K_IF, 0, 0, [self.compile(x[1], scopes), self.compile(x[2], scopes),
                                          self.compile(x[3], scopes)])
        if head == "lambda":
            # the body is compiled first so that it is the node's only child
            return self.node(K_LAMBDA, len(x[1]), 0, [self.compile(x[2], scopes + [list(x[1])])])
        if head == "let":
            names = [b[0] for b in x[1]]
            kids = [self.compile(b[1], scopes) for b in x[1]]
            kids.append(self.compile(x[2], scopes + [names]))
            return self.node(K_LET, len(names), 0, kids)
        if isinstance(head, str) and head in PRIMS and not any(head in s for s in scopes):
            return self.node(K_PRIM, PRIMS[head], 0, [self.compile(a, scopes) for a in x[1:]])
        return self.node(K_CALL, 0, 0, [self.compile(a, scopes) for a in x])


def read(str text):
    cdef list tokens = text.replace("(", " ( ").replace(")", " ) ").split()
    cdef list stack = [[]]
    for tok in tokens:
        if tok == "(":
            stack.append([])
        elif tok == ")":
            done = stack.pop()
            stack[-1].append(done)
        else:
            stack[-1].append(int(tok) if tok.isdigit() else tok)
    return stack[0]


cdef class Draw:
    cdef unsigned long long state

    cdef int next(self, int m):
        self.state = (self.state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        return <int>((self.state >> 16) % <unsigned long long>m)


cdef str generate(Draw d, int depth):
    cdef int r = d.next(9) if depth > 0 else 0
    if r == 0:
        return str(d.next(100))
    if r == 1:
        a = generate(d, depth - 1)
        return f"(+ {a} {generate(d, depth - 1)})"
    if r == 2:
        a = generate(d, depth - 1)
        return f"(mod (* {a} {generate(d, depth - 1)}) 1000003)"
    if r == 3:
        return f"(fib {5 + d.next(10)})"
    if r == 4:
        a = generate(d, depth - 1)
        return f"(gcd (+ 1 {a}) (+ 1 {generate(d, depth - 1)}))"
    if r == 5:
        return f"(sum-to {d.next(50)} 0)"
    if r == 6:
        a = generate(d, depth - 1)
        n = d.next(20)
        return f"(apply-n (make-adder {a}) {n} {generate(d, depth - 1)})"
    if r == 7:
        k = d.next(50)
        a = generate(d, depth - 1)
        return f"((compose (make-scaler {k}) (make-adder {a})) {generate(d, depth - 1)})"
    a = generate(d, depth - 1)
    return f"(let ((x {a}) (y {generate(d, depth - 1)})) (if (< x y) (+ x 1) (+ y 2)))"


@cython_benchmark(args=(150, 4, 37))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def lisp_closure_evaluator(int n_exprs, int depth, long long seed):
    """Return (result checksum, first results, closure applications, primitive calls)."""
    cdef Draw d = Draw()
    cdef list texts = []
    cdef int e, root, mark_chunk, g
    cdef size_t mark_off
    cdef long long checksum = 0
    cdef list first = []
    cdef Value v
    cdef Machine m
    cdef Arena arena = Arena()
    d.state = seed & 0x7FFFFFFF
    for e in range(n_exprs):
        texts.append(generate(d, depth))
    library = read(LIBRARY)
    exprs = [read(t)[0] for t in texts]
    cdef Compiler comp = Compiler(4096 + 16 * sum(len(t) for t in texts))
    cdef Value *globals_ = <Value *>malloc((len(library) + 1) * sizeof(Value))
    cdef Closure *defined = <Closure *>malloc((len(library) + 1) * sizeof(Closure))
    try:
        if globals_ == NULL or defined == NULL:
            raise MemoryError()
        for g, form in enumerate(library):
            comp.global_index[form[1][0]] = g
        for g, form in enumerate(library):
            # (define (f params) body) is a global closure over an empty environment
            defined[g].lam = comp.compile(["lambda", form[1][1:], form[2]], [])
            defined[g].env = NULL
            globals_[g].tag = T_FN
            globals_[g].u.fn = &defined[g]
        roots = [comp.compile(x, []) for x in exprs]
        m.nodes = comp.nodes
        m.kids = comp.kids
        m.globals = globals_
        m.applications = 0
        m.primitive_calls = 0
        mark_chunk = arena.cur
        mark_off = arena.off
        for e in range(n_exprs):
            root = roots[e]
            with nogil:
                v = eval_node(&m, arena, root, NULL)
                arena.rewind(mark_chunk, mark_off)
            checksum = (checksum * 1000003 + v.u.i) % 1000000007
            if e < 8:
                first.append(v.u.i)
        return (checksum, first, m.applications, m.primitive_calls)
    finally:
        free(globals_)
        free(defined)
