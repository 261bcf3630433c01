"""Formatting shared by every board and report renderer (Markdown, CSV, HTML, the CLI, the gate).

Scores are fractions (0.6919); tables show them as points, x100 (69.19). Formatters of values that may be missing
take ``empty``, the text for None, since formats differ: a dash in HTML and the gate, nothing in CSV and the
overview tables.
"""

from __future__ import annotations

from collections.abc import Sequence

DASH = "–"


def to_points(value: float) -> float:
    """A score as points (x100), e.g. for chart coordinates."""
    return value * 100


def number(value: float | None, digits: int = 2, *, signed: bool = False, empty: str = DASH) -> str:
    """``value`` with ``digits`` decimals (a ``+`` on positive values when ``signed``)."""
    if value is None:
        return empty
    return f"{value:+.{digits}f}" if signed else f"{value:.{digits}f}"


def points(value: float | None, digits: int = 2, *, signed: bool = False, empty: str = DASH) -> str:
    """A score as points (x100) with ``digits`` decimals."""
    return number(None if value is None else to_points(value), digits, signed=signed, empty=empty)


def interval(ci: Sequence[float] | None, digits: int = 1, *, signed: bool = False, empty: str = "") -> str:
    """A score interval in points: ``[low, high]``."""
    if not ci:
        return empty
    return f"[{points(ci[0], digits, signed=signed)}, {points(ci[1], digits, signed=signed)}]"


def rank_range(ci: Sequence[int] | None, dash: str = DASH, *, empty: str = "") -> str:
    """A rank interval, ``low`` and ``high`` joined by ``dash``."""
    return f"{ci[0]}{dash}{ci[1]}" if ci else empty


def p_value(p: float | None, digits: int = 3, *, empty: str = DASH) -> str:
    """A p-value with ``digits`` significant digits."""
    return empty if p is None else f"{p:.{digits}g}"


def count(value: float | None, *, empty: str = DASH) -> str:
    """A large count, compactly: 22.7M, 384, 1.2k."""
    if value is None:
        return empty
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if value >= limit:
            return f"{value / limit:.3g}{suffix}"
    return f"{value:g}"


def grouped(n: int) -> str:
    """An integer with thousands separators: 10,000."""
    return f"{n:,}"


def percent(fraction: float) -> str:
    """A fraction as a percentage, without a needless decimal: 0.95 -> 95."""
    return f"{fraction * 100:g}"


def sort_key(value: float | None) -> str:
    """The exact value as text, for a table's client-side sort (empty when missing)."""
    return "" if value is None else repr(value)


def short_name(model: str) -> str:
    """The last path part of a model name, for chart labels."""
    return model.rstrip("/").rsplit("/", 1)[-1] or model
