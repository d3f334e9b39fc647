# cython: language_level=3
"""Schroeder reverb with extension-type delay lines sharing a C base class.

DelayLine is a cdef class owning a PyMem-allocated circular buffer (allocated in
__cinit__, released in __dealloc__); Comb and AllPass inherit from it and add a
cdef process method, so each sample costs a few C-level method calls with inline
buffer access instead of Python attribute lookups and list indexing.

Keywords: reverb, cdef class, inheritance, cinit dealloc, pymem, delay line
"""

import cython
from cpython.mem cimport PyMem_Malloc, PyMem_Free
from libc.math cimport fabs

from cnake_charmer.benchmarks import cython_benchmark


cdef class DelayLine:
    cdef double *buffer
    cdef Py_ssize_t length, index

    def __cinit__(self, Py_ssize_t length, double coefficient):
        cdef Py_ssize_t i
        self.length = length if length > 1 else 1
        self.index = 0
        self.buffer = <double *> PyMem_Malloc(self.length * sizeof(double))
        if self.buffer == NULL:
            raise MemoryError()
        for i in range(self.length):
            self.buffer[i] = 0.0

    def __dealloc__(self):
        PyMem_Free(self.buffer)

    cdef inline double read(self) noexcept nogil:
        return self.buffer[self.index]

    cdef inline void write_advance(self, double value) noexcept nogil:
        self.buffer[self.index] = value
        self.index += 1
        if self.index == self.length:
            self.index = 0


@cython.final
cdef class Comb(DelayLine):
    cdef double feedback

    def __init__(self, Py_ssize_t length, double coefficient):
        self.feedback = coefficient

    cdef inline double process(self, double x) noexcept:
        cdef double y = self.read()
        self.write_advance(x + self.feedback * y)
        return y


@cython.final
cdef class AllPass(DelayLine):
    cdef double gain

    def __init__(self, Py_ssize_t length, double coefficient):
        self.gain = coefficient

    cdef inline double process(self, double x) noexcept:
        cdef double delayed = self.read()
        cdef double v = x + self.gain * delayed
        self.write_advance(v)
        return delayed - self.gain * v


@cython_benchmark(args=(40000, 1))
@cython.cdivision(True)
def schroeder_reverb_delay_lines(int n, int scale):
    """Reverberate n samples (delays multiplied by scale); return energies, peak and samples."""
    cdef Comb c0 = Comb(1116 * scale, 0.84), c1 = Comb(1188 * scale, 0.83)
    cdef Comb c2 = Comb(1277 * scale, 0.82), c3 = Comb(1356 * scale, 0.81)
    cdef AllPass a0 = AllPass(556 * scale, 0.5), a1 = AllPass(441 * scale, 0.5)
    cdef unsigned long long state = 2468
    cdef double x, y, energy = 0.0, tail = 0.0, peak = 0.0
    cdef int i, half = n // 2
    cdef list samples = []
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        if i < half:
            x = (1.0 if i % 4000 == 0 else 0.0) + 0.01 * (state / <double> 0x7FFFFFFF - 0.5)
        else:
            x = 0.0
        y = (c0.process(x) + c1.process(x) + c2.process(x) + c3.process(x)) * 0.25
        y = a0.process(y)
        y = a1.process(y)
        energy += y * y
        if i >= half:
            tail += y * y
        if fabs(y) > peak:
            peak = fabs(y)
        if i % 5000 == 0:
            samples.append(y)
    return energy, tail, peak, samples
