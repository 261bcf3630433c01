"""What a family of tests can detect: the resample floor of a p-value under Holm, and minimum detectable effects."""

from __future__ import annotations

import math

from scipy.stats import norm

from benchmark.errors import SettingsError

POWER = 0.8


def min_resamples(family: int, alpha: float) -> int:
    """The fewest bootstrap/randomization resamples B with which Holm over ``family`` tests can reject at all.

    A resampling p-value is at least 1/(B+1), and Holm's first step needs p < alpha/m: so B+1 > m/alpha.
    """
    return math.floor(max(family, 1) / alpha)


def check_resamples(resamples: int, family: int, alpha: float, where: str) -> None:
    """Refuse a resample count with which no test of the family could ever be significant."""
    needed = min_resamples(family, alpha)
    if resamples < needed:
        raise SettingsError(
            f"{where}: {resamples} resamples cannot give a significant result over {family} tests at alpha "
            f"{alpha:g} (a resampling p-value is at least 1/(B+1), Holm needs p < {alpha / max(family, 1):.3g}); "
            f"use at least {needed}"
        )


def z_holm(family: int, alpha: float, *, one_sided: bool = True) -> float:
    """The z a test must reach at Holm's first step (alpha/m), where the FAIL rule's hardest case lies."""
    level = alpha / max(family, 1)
    return float(norm.ppf(1 - (level if one_sided else level / 2)))


def minimum_detectable_effect(se: float, family: int, alpha: float, power: float = POWER) -> float:
    """The drop detectable with ``power`` by a one-sided test at Holm's first-step level alpha/m."""
    return (z_holm(family, alpha) + float(norm.ppf(power))) * se
