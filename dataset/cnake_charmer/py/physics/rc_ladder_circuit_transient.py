"""Step response of an RC ladder network (a discretised transmission line).

A chain of identical series resistors and shunt capacitors is driven by a unit voltage
step; node voltages obey C dv_i/dt = (v_{i-1} - v_i)/R - (v_i - v_{i+1})/R and are
integrated with forward Euler. Returns the time at which the far node reaches 50% and
90%, the final node voltages (sampled) and the total charge stored.

Keywords: physics, electronics, rc circuit, transmission line, transient, euler method
"""

from typing import List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(40, 1.0, 1.0, 0.1, 20000), cases=[(1, 1.0, 1.0, 0.1, 100), (2, 1.0, 2.0, 0.2, 50), (5, 2.0, 1.0, 0.05, 0), (10, 1.0, 1.0, 0.1, 3000)])
def rc_ladder_circuit_transient(stages: int, r: float, c: float, dt: float, steps: int) -> Tuple[float, float, List[float], float]:
    """Integrate the step response of a `stages`-stage RC ladder."""
    v = [0.0] * stages
    t50 = t90 = -1.0
    rate = dt / (r * c)
    for s in range(1, steps + 1):
        nxt = v[:]
        for i in range(stages):
            left = 1.0 if i == 0 else v[i - 1]
            right_current = (v[i] - v[i + 1]) if i + 1 < stages else 0.0
            nxt[i] = v[i] + rate * ((left - v[i]) - right_current)
        v = nxt
        if stages:
            if t50 < 0 and v[-1] >= 0.5:
                t50 = s * dt
            if t90 < 0 and v[-1] >= 0.9:
                t90 = s * dt
    charge = sum(c * vi for vi in v)
    return (t50, t90, [v[i] for i in range(0, stages, max(1, stages // 6))], charge)
