# cython: language_level=3
"""Order matching on a cdef-class book of C arrays indexed by price tick.

The book is an extension type holding one C array of resting quantity per tick for
each side, plus cached best bid/ask that are rescanned only when a level empties. It
implements ``__len__`` (resting quantity) and ``__getitem__`` (depth at a tick), and
order sides are a C enum.

Keywords: finance, order book, matching engine, limit orders, market microstructure
"""

cimport cython
from libc.stdlib cimport calloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef enum Side:
    BUY = 0
    SELL = 1


cdef class PriceBook:
    cdef long *bid_qty
    cdef long *ask_qty
    cdef int ticks
    cdef int best_bid
    cdef int best_ask

    def __cinit__(self, int ticks):
        self.ticks = ticks
        self.bid_qty = <long *>calloc(ticks + 1, sizeof(long))
        self.ask_qty = <long *>calloc(ticks + 1, sizeof(long))
        if self.bid_qty == NULL or self.ask_qty == NULL:
            raise MemoryError()
        self.best_bid = -1
        self.best_ask = -1

    def __dealloc__(self):
        free(self.bid_qty)
        free(self.ask_qty)

    def __len__(self):
        cdef long total = 0
        cdef int p
        for p in range(self.ticks):
            total += self.bid_qty[p] + self.ask_qty[p]
        return total

    def __getitem__(self, int price):
        return self.bid_qty[price] - self.ask_qty[price]

    @cython.boundscheck(False)
    cdef void rescan(self) noexcept:
        cdef int p
        self.best_bid = -1
        for p in range(self.ticks - 1, -1, -1):
            if self.bid_qty[p] > 0:
                self.best_bid = p
                break
        self.best_ask = -1
        for p in range(self.ticks):
            if self.ask_qty[p] > 0:
                self.best_ask = p
                break

    cdef void rest(self, Side side, int price, long qty) noexcept:
        if side == BUY:
            self.bid_qty[price] += qty
            if price > self.best_bid:
                self.best_bid = price
        else:
            self.ask_qty[price] += qty
            if self.best_ask < 0 or price < self.best_ask:
                self.best_ask = price


@cython_benchmark(args=(40000, 200, 4))
def limit_order_book_matching(long orders, int ticks, long seed):
    """Return (trades, volume, notional, best bid, best ask, resting quantity)."""
    if ticks <= 0:
        raise ValueError("the book needs at least one price tick")
    cdef PriceBook book = PriceBook(ticks)
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long trades = 0, volume = 0, notional = 0, qty, fill
    cdef long o
    cdef int mid = ticks // 2, offset, price, best
    cdef Side side
    for o in range(orders):
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        side = BUY if (state >> 8) % 2 == 0 else SELL
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        offset = <int>((state >> 8) % 11) - 5
        state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
        qty = 1 + <long>((state >> 8) % 20)
        price = mid + (offset if side == BUY else -offset)
        if price < 0:
            price = 0
        if price > ticks - 1:
            price = ticks - 1
        while qty > 0:
            best = book.best_ask if side == BUY else book.best_bid
            if best < 0 or (side == BUY and best > price) or (side == SELL and best < price):
                break
            if side == BUY:
                fill = qty if qty < book.ask_qty[best] else book.ask_qty[best]
                book.ask_qty[best] -= fill
                if book.ask_qty[best] == 0:
                    book.rescan()
            else:
                fill = qty if qty < book.bid_qty[best] else book.bid_qty[best]
                book.bid_qty[best] -= fill
                if book.bid_qty[best] == 0:
                    book.rescan()
            qty -= fill
            trades += 1
            volume += fill
            notional += fill * best
        if qty > 0:
            book.rest(side, price, qty)
        if trades % 97 == 0 and book.best_bid >= 0 and book.best_ask >= 0:
            mid = (book.best_bid + book.best_ask) // 2
    return trades, volume, notional, book.best_bid, book.best_ask, len(book)
