"""Chaotic double pendulum integrated with classical Runge-Kutta (RK4).

Two equal point masses on rigid massless rods obey the standard coupled equations of
motion; the state (theta1, theta2, omega1, omega2) is advanced with fixed-step RK4.
Returns the final state, the relative energy drift and how many times the lower arm
flipped over the top.

Keywords: physics, double pendulum, chaos, runge kutta, rk4, ode, lagrangian mechanics
"""

import math
from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark

G = 9.81


def _deriv(s: Tuple[float, float, float, float]) -> Tuple[float, float, float, float]:
    t1, t2, w1, w2 = s
    d = t1 - t2
    den = 3.0 - math.cos(2 * d)
    a1 = (-3 * G * math.sin(t1) - G * math.sin(t1 - 2 * t2)
          - 2 * math.sin(d) * (w2 * w2 + w1 * w1 * math.cos(d))) / den
    a2 = (2 * math.sin(d) * (2 * w1 * w1 + 2 * G * math.cos(t1) + w2 * w2 * math.cos(d))) / den
    return (w1, w2, a1, a2)


def _energy(s: Tuple[float, float, float, float]) -> float:
    t1, t2, w1, w2 = s
    kinetic = w1 * w1 + 0.5 * w2 * w2 + w1 * w2 * math.cos(t1 - t2)
    return kinetic - 2 * G * math.cos(t1) - G * math.cos(t2)


@python_benchmark(args=(2.0, 1.5, 15000, 0.001), cases=[(0.0, 0.0, 100, 0.01), (0.1, 0.0, 0, 0.01), (3.0, 3.1, 500, 0.002), (1.0, -1.0, 2000, 0.005)])
def double_pendulum_rk4(theta1: float, theta2: float, steps: int, dt: float) -> Tuple[Tuple[float, float, float, float], float, int]:
    """Integrate a double pendulum released from rest at the given angles."""
    s = (theta1, theta2, 0.0, 0.0)
    e0 = _energy(s)
    flips = 0
    last = math.floor((s[1] + math.pi) / (2 * math.pi))
    for _ in range(steps):
        k1 = _deriv(s)
        k2 = _deriv(tuple(s[i] + 0.5 * dt * k1[i] for i in range(4)))
        k3 = _deriv(tuple(s[i] + 0.5 * dt * k2[i] for i in range(4)))
        k4 = _deriv(tuple(s[i] + dt * k3[i] for i in range(4)))
        s = tuple(s[i] + dt / 6.0 * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]) for i in range(4))
        turn = math.floor((s[1] + math.pi) / (2 * math.pi))
        if turn != last:
            flips += 1
            last = turn
    drift = abs(_energy(s) - e0) / max(abs(e0), 1e-12)
    return (s, drift, flips)
