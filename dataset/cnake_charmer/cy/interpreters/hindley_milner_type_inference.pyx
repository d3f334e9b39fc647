# distutils: language = c++
# cython: language_level=3
"""Algorithm J over an index-based type store: union-find links and levels in C++ vectors.

Type nodes are indices into parallel ``std::vector[int]`` columns (kind, constructor,
two arguments, union-find link, level) owned by a ``cdef class`` and rewound for every
term, so unification, the occurs check with level lowering, generalisation and
instantiation (fresh copies memoised with a stamp array) are integer operations with
path compression; errors travel back as return codes instead of exceptions. Terms are
generated straight into a vector of C structs and the environment is a stack of
(name, type) pairs searched from the top.

Keywords: interpreters, type inference, hindley milner, unification, let polymorphism, union find
"""

import cython
from libcpp.vector cimport vector

from cnake_charmer.benchmarks import cython_benchmark

cdef enum:
    GENERIC = 1 << 30
    V_VAR = 0
    C_INT = 1
    C_BOOL = 2
    C_FN = 3
    C_LIST = 4

cdef enum:
    T_INT, T_BOOL, T_VAR, T_LAM, T_APP, T_LET, T_IF

cdef enum:
    OK = 0
    E_MISMATCH = 1
    E_OCCURS = 2
    N_NAMES = 9
    N_PRELUDE = 7


cdef struct Term:
    int kind
    int name
    int a
    int b
    int c


cdef inline int draw(unsigned long long *state, int m) noexcept nogil:
    state[0] = (state[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((state[0] >> 16) % <unsigned long long>m)


cdef int generate(vector[Term] &terms, vector[int] &scope, unsigned long long *state, int depth) noexcept nogil:
    cdef int r = draw(state, 16) if depth > 0 else draw(state, 3)
    cdef int n_cand = <int>scope.size() + N_PRELUDE, k, name
    cdef Term t
    t.name = -1
    t.a = -1
    t.b = -1
    t.c = -1
    if r == 0:
        t.kind = T_INT
        draw(state, 100)
    elif r == 1:
        t.kind = T_BOOL
        draw(state, 2)
    elif r == 2:
        k = draw(state, n_cand)
        t.kind = T_VAR
        t.name = scope[k] if k < <int>scope.size() else N_NAMES + k - <int>scope.size()
    elif r < 6:
        name = draw(state, N_NAMES)
        scope.push_back(name)
        t.kind = T_LAM
        t.name = name
        t.a = generate(terms, scope, state, depth - 1)
        scope.pop_back()
    elif r < 11:
        t.kind = T_APP
        if draw(state, 2):
            k = draw(state, n_cand)
            t.a = terms.size()
            terms.push_back(t)
            terms.back().kind = T_VAR
            terms.back().name = scope[k] if k < <int>scope.size() else N_NAMES + k - <int>scope.size()
            terms.back().a = -1
        else:
            t.a = generate(terms, scope, state, depth - 1)
        t.b = generate(terms, scope, state, depth - 1)
    elif r < 13:
        name = draw(state, N_NAMES)
        t.kind = T_LET
        t.name = name
        t.a = generate(terms, scope, state, depth - 1)
        scope.push_back(name)
        t.b = generate(terms, scope, state, depth - 1)
        scope.pop_back()
    else:
        t.kind = T_IF
        t.a = generate(terms, scope, state, depth - 1)
        t.b = generate(terms, scope, state, depth - 1)
        t.c = generate(terms, scope, state, depth - 1)
    terms.push_back(t)
    return <int>terms.size() - 1


cdef class Engine:
    cdef vector[int] kind, a0, a1, link, level, stamp, fresh
    cdef vector[int] env_name, env_type
    cdef vector[Term] terms
    cdef long long bindings, mismatches, occurs_failures
    cdef int epoch

    cdef void reset(self) noexcept:
        self.kind.clear(); self.a0.clear(); self.a1.clear(); self.link.clear(); self.level.clear()
        self.stamp.clear(); self.fresh.clear()
        self.env_name.clear(); self.env_type.clear()
        self.bindings = 0
        self.mismatches = 0
        self.occurs_failures = 0

    cdef int node(self, int kind, int x, int y, int lev) noexcept:
        self.kind.push_back(kind)
        self.a0.push_back(x)
        self.a1.push_back(y)
        self.link.push_back(-1)
        self.level.push_back(lev)
        self.stamp.push_back(-1)
        self.fresh.push_back(-1)
        return <int>self.kind.size() - 1

    cdef inline int var(self, int lev) noexcept:
        return self.node(V_VAR, -1, -1, lev)

    cdef inline int fn(self, int x, int y) noexcept:
        return self.node(C_FN, x, y, 0)

    cdef inline int lst(self, int x) noexcept:
        return self.node(C_LIST, x, -1, 0)

    cdef int prune(self, int t) noexcept:
        cdef int root = t, nxt
        while self.kind[root] == V_VAR and self.link[root] >= 0:
            root = self.link[root]
        while self.kind[t] == V_VAR and self.link[t] >= 0 and self.link[t] != root:
            nxt = self.link[t]
            self.link[t] = root
            t = nxt
        return root

    cdef int instantiate(self, int t, int lev) noexcept:
        cdef int k, x, y
        t = self.prune(t)
        k = self.kind[t]
        if k == V_VAR:
            if self.level[t] == GENERIC:
                if self.stamp[t] != self.epoch:
                    self.stamp[t] = self.epoch
                    self.fresh[t] = self.var(lev)
                return self.fresh[t]
            return t
        x = self.a0[t]
        y = self.a1[t]
        if x >= 0:
            x = self.instantiate(x, lev)
        if y >= 0:
            y = self.instantiate(y, lev)
        return self.node(k, x, y, 0)

    cdef void generalise(self, int t, int lev) noexcept:
        t = self.prune(t)
        if self.kind[t] == V_VAR:
            if self.level[t] > lev and self.level[t] != GENERIC:
                self.level[t] = GENERIC
            return
        if self.a0[t] >= 0:
            self.generalise(self.a0[t], lev)
        if self.a1[t] >= 0:
            self.generalise(self.a1[t], lev)

    cdef int occurs(self, int v, int t) noexcept:
        t = self.prune(t)
        if t == v:
            return E_OCCURS
        if self.kind[t] == V_VAR:
            if self.level[v] < self.level[t]:
                self.level[t] = self.level[v]
            return OK
        if self.a0[t] >= 0 and self.occurs(v, self.a0[t]) != OK:
            return E_OCCURS
        if self.a1[t] >= 0 and self.occurs(v, self.a1[t]) != OK:
            return E_OCCURS
        return OK

    cdef int unify(self, int a, int b) noexcept:
        cdef int tmp, err
        a = self.prune(a)
        b = self.prune(b)
        if a == b:
            return OK
        if self.kind[b] == V_VAR and self.kind[a] != V_VAR:
            tmp = a
            a = b
            b = tmp
        if self.kind[a] == V_VAR:
            err = self.occurs(a, b)
            if err != OK:
                return err
            self.link[a] = b
            self.bindings += 1
            return OK
        if self.kind[a] != self.kind[b]:
            return E_MISMATCH
        if self.a0[a] >= 0:
            err = self.unify(self.a0[a], self.a0[b])
            if err != OK:
                return err
        if self.a1[a] >= 0:
            err = self.unify(self.a1[a], self.a1[b])
            if err != OK:
                return err
        return OK

    cdef inline void expect(self, int a, int b) noexcept:
        cdef int err = self.unify(a, b)
        if err == E_MISMATCH:
            self.mismatches += 1
        elif err == E_OCCURS:
            self.occurs_failures += 1

    cdef int infer(self, int i, int lev) noexcept:
        cdef Term t = self.terms[i]
        cdef int k, f, arg, result, param, bound, then
        if t.kind == T_INT:
            return 0
        if t.kind == T_BOOL:
            return 1
        if t.kind == T_VAR:
            k = <int>self.env_name.size() - 1
            while self.env_name[k] != t.name:
                k -= 1
            self.epoch += 1
            return self.instantiate(self.env_type[k], lev)
        if t.kind == T_LAM:
            param = self.var(lev)
            self.env_name.push_back(t.name)
            self.env_type.push_back(param)
            result = self.infer(t.a, lev)
            self.env_name.pop_back()
            self.env_type.pop_back()
            return self.fn(param, result)
        if t.kind == T_APP:
            f = self.infer(t.a, lev)
            arg = self.infer(t.b, lev)
            result = self.var(lev)
            self.expect(f, self.fn(arg, result))
            return result
        if t.kind == T_LET:
            bound = self.infer(t.a, lev + 1)
            self.generalise(bound, lev)
            self.env_name.push_back(t.name)
            self.env_type.push_back(bound)
            result = self.infer(t.b, lev)
            self.env_name.pop_back()
            self.env_type.pop_back()
            return result
        self.expect(self.infer(t.a, lev), 1)
        then = self.infer(t.b, lev)
        self.expect(then, self.infer(t.c, lev))
        return then

    cdef void prelude(self) noexcept:
        cdef int a, INT = 0, BOOL = 1
        a = self.var(GENERIC)
        self.bind(N_NAMES + 0, self.fn(INT, self.fn(INT, INT)))
        self.bind(N_NAMES + 1, self.fn(INT, self.fn(INT, BOOL)))
        self.bind(N_NAMES + 2, self.fn(BOOL, BOOL))
        self.bind(N_NAMES + 3, self.lst(a))
        self.bind(N_NAMES + 4, self.fn(a, self.fn(self.lst(a), self.lst(a))))
        self.bind(N_NAMES + 5, self.fn(self.lst(a), a))
        self.bind(N_NAMES + 6, self.fn(self.lst(a), self.lst(a)))

    cdef inline void bind(self, int name, int t) noexcept:
        self.env_name.push_back(name)
        self.env_type.push_back(t)

    cdef void describe(self, int t, int *count, long long *size, long long *shape) noexcept:
        cdef long long s1, s2, h1, h2
        t = self.prune(t)
        if self.kind[t] == V_VAR:
            if self.stamp[t] != self.epoch:
                self.stamp[t] = self.epoch
                self.fresh[t] = count[0]
                count[0] += 1
            size[0] = 1
            shape[0] = (self.fresh[t] + 1) * 7919 % 1000000007
        elif self.kind[t] == C_FN:
            self.describe(self.a0[t], count, &s1, &h1)
            self.describe(self.a1[t], count, &s2, &h2)
            size[0] = 1 + s1 + s2
            shape[0] = (h1 * 1000003 + h2 * 31 + 3) % 1000000007
        elif self.kind[t] == C_LIST:
            self.describe(self.a0[t], count, &s1, &h1)
            size[0] = 1 + s1
            shape[0] = (h1 * 131 + 5) % 1000000007
        else:
            size[0] = 1
            shape[0] = 11 if self.kind[t] == C_INT else 13

    cdef str show(self, int t, dict names):
        cdef int k
        t = self.prune(t)
        if self.kind[t] == V_VAR:
            k = names.setdefault(t, len(names))
            return chr(97 + k) if k < 26 else f"t{k}"
        if self.kind[t] == C_FN:
            left = self.show(self.a0[t], names)
            return f"({left} -> {self.show(self.a1[t], names)})"
        if self.kind[t] == C_LIST:
            return f"[{self.show(self.a0[t], names)}]"
        return "int" if self.kind[t] == C_INT else "bool"


@cython_benchmark(args=(2000, 7, 41))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def hindley_milner_type_inference(int n_terms, int depth, long long seed):
    """Return (well typed, mismatches, occurs failures, bindings, type size total, shape checksum, first types)."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef Engine e = Engine()
    cdef vector[int] scope
    cdef long long typed = 0, mismatches = 0, occurs_failures = 0, bindings = 0, size_total = 0, checksum = 0
    cdef long long size, shape
    cdef int n, root, t, count
    cdef list shown = []
    e.epoch = 0
    for n in range(n_terms):
        e.terms.clear()
        scope.clear()
        root = generate(e.terms, scope, &state, depth)
        e.reset()
        e.node(C_INT, -1, -1, 0)
        e.node(C_BOOL, -1, -1, 0)
        e.prelude()
        t = e.infer(root, 1)
        e.epoch += 1
        count = 0
        e.describe(t, &count, &size, &shape)
        checksum = (checksum * 1009 + shape) % 1000000007
        mismatches += e.mismatches
        occurs_failures += e.occurs_failures
        bindings += e.bindings
        if e.mismatches + e.occurs_failures == 0:
            typed += 1
            size_total += size
            if len(shown) < 6:
                shown.append(e.show(t, {}))
    return (typed, mismatches, occurs_failures, bindings, size_total, checksum, shown)
