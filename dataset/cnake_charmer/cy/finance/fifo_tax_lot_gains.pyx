# cython: language_level=3
"""FIFO lot matching with per-symbol C ring queues of packed lot structs.

Each symbol owns a growable circular buffer of ``Lot`` structs (quantity, price),
implemented as a cdef class with ``__len__``; pushes and pops are O(1) C operations
and a full buffer is unrolled into one twice as large, replacing a deque of Python lists.

Keywords: finance, tax lots, fifo, realised gains, cost basis, portfolio accounting
"""

from libc.stdlib cimport malloc, free

from cnake_charmer.benchmarks import cython_benchmark


cdef struct Lot:
    long qty
    long price


cdef class LotQueue:
    cdef Lot *buf
    cdef long cap
    cdef long head
    cdef long size

    def __cinit__(self):
        self.cap = 16
        self.head = 0
        self.size = 0
        self.buf = <Lot *>malloc(self.cap * sizeof(Lot))
        if self.buf == NULL:
            raise MemoryError()

    def __dealloc__(self):
        free(self.buf)

    def __len__(self):
        return self.size

    cdef int push(self, long qty, long price) except -1:
        cdef Lot *grown
        cdef long i
        if self.size == self.cap:
            grown = <Lot *>malloc(2 * self.cap * sizeof(Lot))
            if grown == NULL:
                raise MemoryError()
            for i in range(self.size):
                grown[i] = self.buf[(self.head + i) % self.cap]
            free(self.buf)
            self.buf = grown
            self.head = 0
            self.cap *= 2
        self.buf[(self.head + self.size) % self.cap] = Lot(qty, price)
        self.size += 1
        return 0

    cdef inline Lot *front(self) noexcept:
        return &self.buf[self.head]

    cdef inline void pop(self) noexcept:
        self.head = (self.head + 1) % self.cap
        self.size -= 1

    cdef long open_qty(self) noexcept:
        cdef long i, total = 0
        for i in range(self.size):
            total += self.buf[(self.head + i) % self.cap].qty
        return total

    cdef long open_cost(self) noexcept:
        cdef long i, total = 0
        cdef Lot *lot
        for i in range(self.size):
            lot = &self.buf[(self.head + i) % self.cap]
            total += lot.qty * lot.price
        return total


@cython_benchmark(args=(40000, 8, 3))
def fifo_tax_lot_gains(long trades, int symbols, long seed):
    """Return (realised gain in cents, lots closed, open quantity per symbol, open cost)."""
    if symbols <= 0:
        return 0, 0, [], 0
    cdef list queues = [LotQueue() for _ in range(symbols)]
    cdef long *prices = <long *>malloc(symbols * sizeof(long))
    if prices == NULL:
        raise MemoryError()
    cdef unsigned long long state = seed & 0x7FFFFFFF
    cdef long t, qty, take, gain = 0, closed = 0, cost = 0
    cdef int s, i
    cdef LotQueue book
    cdef Lot *lot
    for i in range(symbols):
        prices[i] = 10000
    try:
        for t in range(trades):
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            s = <int>((state >> 8) % <unsigned long long>symbols)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            prices[s] = prices[s] + <long>((state >> 8) % 201) - 100
            if prices[s] < 100:
                prices[s] = 100
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            qty = 1 + <long>((state >> 8) % 50)
            state = (state * 1103515245ULL + 12345ULL) & 0x7FFFFFFFULL
            book = <LotQueue>queues[s]
            if (state >> 8) % 5 < 3:
                book.push(qty, prices[s])
                continue
            while qty > 0 and book.size > 0:
                lot = book.front()
                take = qty if qty < lot.qty else lot.qty
                gain += take * (prices[s] - lot.price)
                lot.qty -= take
                qty -= take
                if lot.qty == 0:
                    book.pop()
                    closed += 1
        open_qty = []
        for i in range(symbols):
            book = <LotQueue>queues[i]
            open_qty.append(book.open_qty())
            cost += book.open_cost()
    finally:
        free(prices)
    return gain, closed, open_qty, cost
