"""The attacker's arithmetic for small-number suppression, shared by the model's tests and the
scorecard service's: exact linear algebra over the rationals that says which hidden cells of a
public table a reader can work out from what it prints (tests/model/test_suppression.py has its
positive controls)."""

from __future__ import annotations

from fractions import Fraction

from cpo_desktop.model.suppression import Series, number_or_none


def _rref(rows: list[list[Fraction]], width: int) -> tuple[list[list[Fraction]], list[int]]:
    """Reduced row echelon form (Gauss-Jordan, exact) and its pivot columns."""
    rows = [row[:] for row in rows]
    pivots: list[int] = []
    r = 0
    for col in range(width):
        pick = next((i for i in range(r, len(rows)) if rows[i][col] != 0), None)
        if pick is None:
            continue
        rows[r], rows[pick] = rows[pick], rows[r]
        lead = rows[r][col]
        rows[r] = [x / lead for x in rows[r]]
        for i in range(len(rows)):
            if i != r and rows[i][col] != 0:
                factor = rows[i][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[r], strict=True)]
        pivots.append(col)
        r += 1
        if r == len(rows):
            break
    return rows[:r], pivots


def fixed_unknowns(rows: list[list[Fraction]], width: int) -> set[int]:
    """The unknowns whose value is the same in every solution: a pivot whose row has nothing in
    any free column (unknowns in no equation are free)."""
    reduced, pivots = _rref(rows, width)
    free = set(range(width)) - set(pivots)
    return {col for row, col in zip(reduced, pivots, strict=True) if all(row[j] == 0 for j in free)}


def recoverable(series: list[Series], values: dict, hidden: set) -> set:
    """The hidden cells a reader of the public table can work out exactly. Unknowns: the hidden
    cells. Equations: each period's total = sum of its parts (a part with no figure is taken as
    known, the cautious reading), and for each shown percentage or rate r of numerator n and
    denominator d, n = r/per x d with r exact. Then a hidden percentage whose numerator and
    denominator are both known or worked out is worked out too."""
    by_key = {s.key: s for s in series}
    periods = sorted({p for _, p in values})
    unknowns = sorted(hidden)
    index = {cell: i for i, cell in enumerate(unknowns)}

    def known(cell):
        return cell not in hidden and number_or_none(values.get(cell)) is not None

    def present(cell):
        return cell in hidden or known(cell)

    rows = []

    def equation(terms):
        row = [Fraction(0)] * len(unknowns)
        for cell, coefficient in terms:
            if cell in index:
                row[index[cell]] += coefficient
        if any(row):
            rows.append(row)

    for total in by_key:
        parts = [s.key for s in series if s.part_of_key == total and s.key != total]
        for p in periods:
            members = [(part, p) for part in parts if present((part, p))]
            if present((total, p)) and members:
                equation([((total, p), Fraction(1)), *((m, Fraction(-1)) for m in members)])
    per = {"percentage": 100, "rate": 10_000}
    derived = [s for s in series if s.numerator_key in by_key and s.denominator_key in by_key]
    for s in derived:
        for p in periods:
            n, d = (s.numerator_key, p), (s.denominator_key, p)
            if known((s.key, p)) and present(n) and present(d):
                equation([(n, Fraction(1)), (d, -Fraction(values[(s.key, p)]) / per.get(s.unit, 1))])
    worked_out = {unknowns[i] for i in fixed_unknowns(rows, len(unknowns))}
    for s in derived:
        for p in periods:
            n, d = (s.numerator_key, p), (s.denominator_key, p)
            if (s.key, p) in hidden and all(known(c) or c in worked_out for c in (n, d)):
                worked_out.add((s.key, p))
    return worked_out
