# cython: language_level=3
"""Ledger replay with per-account state in an array of C structs.

Account ids are bounded, so each account's balance, minimum, peak, overdraft count and
drawdown live in one struct of a calloc'd array, indexed directly; the replay loop is a
few integer operations per row without dictionaries or boxed integers, run nogil.

Keywords: running total, ledger, struct array, direct addressing, calloc, nogil
"""

import cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Book:
    bint seen
    long long balance
    long long low
    long long peak
    long long overdrafts
    long long drawdown


@cython_benchmark(args=(80000, 3000))
@cython.boundscheck(False)
@cython.wraparound(False)
@cython.cdivision(True)
def account_running_balances(int n, int accounts):
    """Replay a ledger; return (first accounts' stats, total overdrafts, balance checksum)."""
    if n <= 0 or accounts <= 0:
        return [], 0, 0
    cdef Book *books = <Book *> calloc(accounts, sizeof(Book))
    cdef long long state = 8888, amount, before, after, opening, total = 0, checksum = 0
    cdef int i, a
    cdef Book *b
    first = []
    try:
        with nogil:
            for i in range(n):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                a = (state >> 4) % accounts
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                amount = (state >> 3) % 20000 - 10400
                b = &books[a]
                if not b.seen:
                    opening = 5000 + a % 7 * 1000
                    b.seen = True
                    b.balance = opening
                    b.low = opening
                    b.peak = opening
                before = b.balance
                after = before + amount
                b.balance = after
                if before >= 0 and after < 0:
                    b.overdrafts += 1
                if after < b.low:
                    b.low = after
                if after > b.peak:
                    b.peak = after
                if b.peak - after > b.drawdown:
                    b.drawdown = b.peak - after
            for a in range(accounts):
                if books[a].seen:
                    total += books[a].overdrafts
                    checksum = (checksum * 1000003 + books[a].balance + 1000000000) % 998244353
        for a in range(accounts):
            if len(first) == 12:
                break
            if books[a].seen:
                first.append((books[a].balance, books[a].low, books[a].overdrafts, books[a].drawdown))
        return first, total, checksum
    finally:
        free(books)
