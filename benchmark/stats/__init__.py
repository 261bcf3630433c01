"""Statistics over per-item records: bootstrap CIs, paired tests, multiple-comparison corrections.

Public API:

- :func:`item_metric` builds a resampleable metric for a task from its stored per-item records.
- :func:`confidence_interval` gives a bootstrap percentile CI of one model's task score.
- :func:`paired_test` compares two models on one task, paired by item id.
- :func:`holm` and :func:`benjamini_hochberg` adjust p-values.
- :func:`rng_for` derives a generator from the global seed and names (numpy ``SeedSequence``).
"""

from benchmark.stats.corrections import benjamini_hochberg, holm
from benchmark.stats.item_metrics import ItemMetric, align, item_metric
from benchmark.stats.seeds import GLOBAL_SEED, rng_for
from benchmark.stats.tests import PairedTest, confidence_interval, paired_test

__all__ = [
    "GLOBAL_SEED",
    "ItemMetric",
    "PairedTest",
    "align",
    "benjamini_hochberg",
    "confidence_interval",
    "holm",
    "item_metric",
    "paired_test",
    "rng_for",
]
