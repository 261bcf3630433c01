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


class UnsupportedTaskError(BenchError):
    """A model cannot do a task type (recorded as skipped, not a crash)."""
