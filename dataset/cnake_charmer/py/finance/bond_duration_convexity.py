"""Price, Macaulay duration and convexity for a book of fixed-coupon bonds.

Coupons, maturities and yields are drawn from a seeded LCG; each bond pays coupons
`freq` times a year and is discounted at its yield to maturity. The pair returns the
total price, the price-weighted average duration and convexity, and the longest
duration in the book.

Keywords: finance, bonds, duration, convexity, fixed income, yield
"""

from typing import Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(5000, 2, 44), cases=[(0, 2, 1), (1, 1, 2), (10, 4, 3), (5, 0, 4)])
def bond_duration_convexity(bonds: int, freq: int, seed: int) -> Tuple[float, float, float, float]:
    """Return (total price, mean duration, mean convexity, max duration)."""
    if freq <= 0:
        raise ValueError("coupon frequency must be positive")
    state = seed & 0x7FFFFFFF

    def draw(mod: int) -> int:
        nonlocal state
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        return (state >> 4) % mod

    total = weighted_dur = weighted_conv = longest = 0.0
    for _ in range(bonds):
        coupon = (1 + draw(80)) / 1000.0 * 100.0 / freq
        periods = freq * (1 + draw(30))
        y = (5 + draw(90)) / 1000.0 / freq
        price = dur = conv = 0.0
        for k in range(1, periods + 1):
            cash = coupon + (100.0 if k == periods else 0.0)
            pv = cash / (1.0 + y) ** k
            price += pv
            dur += k * pv
            conv += k * (k + 1) * pv
        dur /= price * freq
        conv /= price * (1.0 + y) ** 2 * freq * freq
        total += price
        weighted_dur += price * dur
        weighted_conv += price * conv
        longest = max(longest, dur)
    if total == 0.0:
        return 0.0, 0.0, 0.0, 0.0
    return total, weighted_dur / total, weighted_conv / total, longest
