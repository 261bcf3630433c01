"""Error types: every user-facing failure is a BenchError with a one-line message."""

from __future__ import annotations


class BenchError(Exception):
    """Base class: the CLI prints the message on one line and exits with code 2."""


class TaskSpecError(BenchError):
    """A task spec or suite file is malformed."""


class DataError(BenchError):
    """A task's data files are missing or malformed."""


class ModelLoadError(BenchError):
    """A model could not be resolved or loaded."""


class ResultsError(BenchError):
    """A results file is malformed or of an unknown schema."""


class UnsupportedStatisticError(ResultsError):
    """A main score has no per-item statistic (its result can be shown, but not verified or tested)."""


class UnsupportedTaskError(BenchError):
    """A model cannot do a task type (recorded as skipped, not a crash)."""


class OutputError(BenchError):
    """An output (results, leaderboard, report, cache) cannot be written."""


class ModelOutputError(BenchError):
    """A model returned something that is not one finite vector per text."""


class SettingsError(BenchError):
    """A setting (an option or a config value) that cannot work, e.g. too few resamples to ever reject."""
