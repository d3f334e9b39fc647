"""Running balances per account from a transaction ledger, with overdraft detection.

Ledger rows (account, signed amount in cents) are replayed in order. Each account keeps
a running balance starting from an opening deposit; an overdraft event is counted each
time the balance crosses from non-negative to negative, and the largest peak-to-trough
drawdown of the balance is tracked. Returns per account (final balance, minimum,
overdrafts, max drawdown) for the first accounts, the totals of all overdrafts and a
balance checksum.

Keywords: running total, cumulative sum, ledger, overdraft, drawdown, per-account state
"""

from typing import Dict, List, Tuple

from cnake_charmer.benchmarks import python_benchmark


@python_benchmark(args=(80000, 3000), cases=[(0, 4), (1, 1), (6, 2), (80, 5), (3000, 50)])
def account_running_balances(n: int, accounts: int) -> Tuple[List[Tuple[int, int, int, int]], int, int]:
    """Replay a ledger; return (first accounts' stats, total overdrafts, balance checksum)."""
    if n <= 0 or accounts <= 0:
        return [], 0, 0
    state = 8888
    books: Dict[int, Dict[str, int]] = {}
    for _ in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        account = (state >> 4) % accounts
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        amount = (state >> 3) % 20000 - 10400
        book = books.get(account)
        if book is None:
            opening = 5000 + account % 7 * 1000
            book = books[account] = {"balance": opening, "low": opening, "peak": opening,
                                     "overdrafts": 0, "drawdown": 0}
        before = book["balance"]
        after = before + amount
        book["balance"] = after
        if before >= 0 > after:
            book["overdrafts"] += 1
        book["low"] = min(book["low"], after)
        book["peak"] = max(book["peak"], after)
        book["drawdown"] = max(book["drawdown"], book["peak"] - after)
    first = [(b["balance"], b["low"], b["overdrafts"], b["drawdown"])
             for _, b in sorted(books.items())[:12]]
    total_overdrafts = sum(b["overdrafts"] for b in books.values())
    checksum = 0
    for account in sorted(books):
        checksum = (checksum * 1000003 + books[account]["balance"] + 10 ** 9) % 998244353
    return first, total_overdrafts, checksum
