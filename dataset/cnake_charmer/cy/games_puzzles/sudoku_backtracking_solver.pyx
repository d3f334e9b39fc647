# cython: language_level=3
"""Sudoku backtracking with 9-bit candidate masks in a cdef solver class.

Row, column and box occupancy are 16-bit masks in C arrays, candidates are the
complement of their OR, and the candidate count is a popcount; the recursive solver
is a method of an extension type holding the grid, so the search is pure C.

Keywords: games, puzzles, sudoku, backtracking, constraint propagation, search
"""

from cnake_charmer.benchmarks import cython_benchmark

cdef extern from *:
    int popcount32 "__builtin_popcount"(unsigned int x) nogil


cdef class Solver:
    cdef int grid[81]
    cdef unsigned int rows[9]
    cdef unsigned int cols[9]
    cdef unsigned int boxes[9]
    cdef long guesses

    cdef void load(self, int *cells) noexcept:
        cdef int i, r, c, d
        for i in range(9):
            self.rows[i] = 0
            self.cols[i] = 0
            self.boxes[i] = 0
        self.guesses = 0
        for i in range(81):
            self.grid[i] = cells[i]
            d = cells[i]
            if d:
                r = i // 9
                c = i % 9
                self.rows[r] |= 1u << d
                self.cols[c] |= 1u << d
                self.boxes[r // 3 * 3 + c // 3] |= 1u << d

    cdef bint solve(self) noexcept:
        cdef int i, r, c, b, d, best = -1, best_count = 10, count
        cdef unsigned int free_mask, best_mask = 0
        for i in range(81):
            if self.grid[i] == 0:
                r = i // 9
                c = i % 9
                free_mask = ~(self.rows[r] | self.cols[c] | self.boxes[r // 3 * 3 + c // 3]) & 0x3FE
                count = popcount32(free_mask)
                if count < best_count:
                    best = i
                    best_count = count
                    best_mask = free_mask
        if best < 0:
            return True
        r = best // 9
        c = best % 9
        b = r // 3 * 3 + c // 3
        for d in range(1, 10):
            if not (best_mask >> d) & 1:
                continue
            self.guesses += 1
            self.grid[best] = d
            self.rows[r] |= 1u << d
            self.cols[c] |= 1u << d
            self.boxes[b] |= 1u << d
            if self.solve():
                return True
            self.rows[r] &= ~(1u << d)
            self.cols[c] &= ~(1u << d)
            self.boxes[b] &= ~(1u << d)
            self.grid[best] = 0
        return False


cdef inline int draw(unsigned long long *s, int mod) noexcept nogil:
    s[0] = (s[0] * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
    return <int>((s[0] >> 8) % <unsigned long long>mod)


@cython_benchmark(args=(100, 58, 5))
def sudoku_backtracking_solver(int puzzles, int blanks, long seed):
    """Return [(guesses, solution checksum)] for each generated puzzle."""
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef int digits[9]
    cdef int order[9]
    cdef int inner[3]
    cdef int cells[81]
    cdef int p, i, j, t, band, k, r, c, nrow, rr, cc
    cdef long long checksum
    cdef Solver solver = Solver()
    cdef bint solved
    results = []
    for p in range(puzzles):
        for i in range(9):
            digits[i] = i + 1
        for i in range(8, 0, -1):
            j = draw(&state, i + 1)
            t = digits[i]; digits[i] = digits[j]; digits[j] = t
        nrow = 0
        for band in range(3):
            inner[0] = 0; inner[1] = 1; inner[2] = 2
            for i in range(2, 0, -1):
                j = draw(&state, i + 1)
                t = inner[i]; inner[i] = inner[j]; inner[j] = t
            for k in range(3):
                order[nrow] = 3 * band + inner[k]
                nrow += 1
        for r in range(9):
            for c in range(9):
                cells[r * 9 + c] = digits[(3 * (order[r] % 3) + order[r] // 3 + c) % 9]
        for i in range(blanks):
            rr = draw(&state, 9)
            cc = draw(&state, 9)
            cells[rr * 9 + cc] = 0
        solver.load(cells)
        solved = solver.solve()
        checksum = 0
        for r in range(9):
            for c in range(9):
                checksum = (checksum * 7 + solver.grid[r * 9 + c] * (r + 1)) % 1000000007
        results.append((solver.guesses, checksum if solved else -1))
    return results
