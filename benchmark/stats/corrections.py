"""Multiple-comparison corrections (same results as statsmodels' ``multipletests``)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def _adjust(p_values: Sequence[float], *, step_down: bool) -> list[float]:
    """Sort, scale by the step's multiplier, enforce monotonicity, cap at 1, unsort."""
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    if m == 0:
        return []
    order = np.argsort(p, kind="stable")
    if step_down:  # Holm: (m - i) * p_(i), running maximum from the smallest p
        stepped = np.maximum.accumulate((m - np.arange(m)) * p[order])
    else:  # Benjamini-Hochberg: p_(i) * m / i, running minimum from the largest p
        stepped = np.minimum.accumulate((p[order] * m / np.arange(1, m + 1))[::-1])[::-1]
    adjusted = np.empty(m)
    adjusted[order] = np.minimum(stepped, 1.0)
    return [float(x) for x in adjusted]


def holm(p_values: Sequence[float]) -> list[float]:
    """Holm step-down adjusted p-values (family-wise error control)."""
    return _adjust(p_values, step_down=True)


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (false-discovery-rate control)."""
    return _adjust(p_values, step_down=False)
