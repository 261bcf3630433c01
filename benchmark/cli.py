"""The ``bench`` command line: a thin typer layer over the Python API."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from benchmark.errors import BenchError
from benchmark.runner import Progress, TaskOutcome

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Bench: MTEB-compatible evaluation of text-embedding models, offline, with a finance focus.",
)
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200)
out = Console(width=None if sys.stdout.isatty() else 200)

F = TypeVar("F", bound=Callable[..., Any])


def _one_line_errors(func: F) -> F:
    """Turn a BenchError into one line on stderr and exit code 2 (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BenchError as exc:
            err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False, soft_wrap=True)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


class _BarProgress(Progress):
    """Draws one rich progress bar per task."""

    def __init__(self, bar: RichProgress) -> None:
        self.bar = bar
        self.ids: dict[str, Any] = {}

    def start(self, task: str, total: int) -> None:
        self.ids[task] = self.bar.add_task(task, total=max(total, 1))

    def advance(self, task: str, n: int) -> None:
        if task in self.ids:
            self.bar.advance(self.ids[task], n)

    def finish(self, outcome: TaskOutcome) -> None:
        if outcome.task in self.ids:
            task_id = self.ids[outcome.task]
            self.bar.update(task_id, completed=self.bar.tasks[task_id].total)


@app.command("run")
@_one_line_errors
def run_command(
    model: Annotated[
        str, typer.Option("--model", "-m", help="hub id, local folder, bm25, tfidf, random, or pkg.mod:Class")
    ],
    suite: Annotated[str | None, typer.Option(help="suite name (tasks/suites/<name>.yaml)")] = None,
    task: Annotated[list[str] | None, typer.Option("--task", "-t", help="task name, or mteb:<TaskName>")] = None,
    task_file: Annotated[list[Path] | None, typer.Option("--task-file", help="a task.yaml of your own")] = None,
    results_dir: Annotated[Path, typer.Option(help="where result files go")] = Path("results"),
    batch_size: Annotated[int, typer.Option(min=1, help="encoding batch size")] = 32,
    device: Annotated[str, typer.Option(help="torch device")] = "cpu",
    dim: Annotated[
        int | None, typer.Option(min=1, help="keep the first N dimensions (Matryoshka) and renormalise")
    ] = None,
    revision: Annotated[str | None, typer.Option(help="model revision (hub models)")] = None,
    trust_remote_code: Annotated[bool, typer.Option(help="allow a hub model's own code to run")] = False,
    overwrite: Annotated[bool, typer.Option(help="re-run tasks that already have results")] = False,
) -> None:
    """Evaluate a model on a suite or on named tasks and print a summary table."""
    from benchmark.models.loader import load_model
    from benchmark.registry import resolve
    from benchmark.runner import run

    if not suite and not task and not task_file:
        suite = "default"
    refs = resolve(suite=suite, names=task or [], task_files=task_file or [])
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    loaded = load_model(
        model, dim=dim, device=device, batch_size=batch_size, revision=revision, trust_remote_code=trust_remote_code
    )
    columns = (TextColumn("{task.description:<34}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with RichProgress(*columns, console=err, transient=False, disable=not sys.stderr.isatty()) as bar:
        outcomes = run(loaded, refs, results_dir=results_dir, overwrite=overwrite, progress=_BarProgress(bar))
    table = Table(title=f"{loaded.info.name} ({loaded.info.revision})")
    for column in ("task", "type", "domain", "metric", "score", "status", "seconds"):
        table.add_column(column, justify="right" if column in ("score", "seconds") else "left")
    for o in outcomes:
        score = f"{o.main_score:.4f}" if o.main_score is not None else "-"
        status = o.status if o.reason is None else f"skipped: {o.reason}"
        seconds = f"{o.seconds:.1f}" if o.status == "ok" else ""
        table.add_row(o.task, o.task_type, o.domain, o.main_metric or "", score, status, seconds)
    out.print(table)


@app.command("tasks")
@_one_line_errors
def tasks_command(
    suite: Annotated[str | None, typer.Option(help="only tasks of this suite")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="only tasks of this type")] = None,
) -> None:
    """List the bundled tasks: name, type, domain, split sizes, main score, licence."""
    from benchmark.catalog import describe_tasks

    rows = describe_tasks(suite=suite, task_type=type_)
    table = Table()
    for column in ("name", "type", "domain", "splits", "main score", "license"):
        table.add_column(column)
    for row in rows:
        table.add_row(row.name, row.type, row.domain, row.sizes, row.main_score, row.license)
    out.print(table)


@app.command("validate")
@_one_line_errors
def validate_command(
    task_file: Annotated[
        list[Path] | None, typer.Argument(help="task.yaml files (default: every bundled task)")
    ] = None,
) -> None:
    """Check task specs and their data: schema, ids, duplicates, labels, score ranges."""
    from benchmark.validate import validate_tasks

    problems, checked = validate_tasks(task_file or None)
    for problem in problems:
        err.print(problem, highlight=False, soft_wrap=True)
    if problems:
        err.print(f"{len(problems)} problem(s) in {checked} task(s)")
        raise typer.Exit(1)
    out.print(f"{checked} task(s) valid")


def main() -> None:
    """Entry point of the ``bench`` console script."""
    app()
