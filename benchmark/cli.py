"""The ``bench`` command line: a thin typer layer over the Python API."""

from __future__ import annotations

import functools
import gc
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table
from rich.text import Text
from typer.core import TyperGroup

from benchmark.errors import BenchError, OutputError
from benchmark.runner import Progress, TaskOutcome

# The click that typer runs on (typer >= 0.20 vendors its own): its exception classes, whichever it is.
_click_errors: Any = importlib.import_module(typer.BadParameter.__module__)


class _OneLineUsageErrors(TyperGroup):
    """Usage errors (a bad option value, an unknown option) as one line on stderr with exit code 2."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except _click_errors.NoArgsIsHelpError as exc:
            if not standalone_mode:
                raise
            typer.echo(exc.ctx.get_help() if exc.ctx else exc.format_message(), err=True)
            sys.exit(2)
        except _click_errors.ClickException as exc:
            if not standalone_mode:
                raise
            context = getattr(exc, "ctx", None)
            hint = f" (see '{context.command_path} --help')" if context is not None else ""
            _print_error(f"{exc.format_message()}{hint}")
            sys.exit(exc.exit_code)
        except typer.Abort:
            if not standalone_mode:
                raise
            err.print("aborted")
            sys.exit(130)
        if not standalone_mode:
            return code
        sys.exit(code if isinstance(code, int) else 0)


app = typer.Typer(
    cls=_OneLineUsageErrors,
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Bench: MTEB-compatible evaluation of text-embedding models, offline, with a finance focus.",
)
# Messages carry paths, task and model names and patterns: never read them as rich markup, emoji codes or
# highlighting (tables, titles and cells follow these settings); style our own words with rich.text.Text.
err = Console(stderr=True, width=None if sys.stderr.isatty() else 200, markup=False, highlight=False, emoji=False)
out = Console(width=None if sys.stdout.isatty() else 200, markup=False, highlight=False, emoji=False)

F = TypeVar("F", bound=Callable[..., Any])


def _print_error(message: str) -> None:
    """One line on stderr, the message printed literally (even when a path holds a newline)."""
    err.print(Text("error:", style="red") + Text(" " + " ".join(message.splitlines())), soft_wrap=True)


def _one_line_errors(func: F) -> F:
    """Turn a BenchError into one line on stderr and exit code 2 (no traceback)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except BenchError as exc:
            _print_error(str(exc))
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
        str,
        typer.Option(
            "--model",
            "-m",
            help="hub id, local folder, model spec .yaml, wordllama/l2_supercat, bm25, tfidf, random, or pkg.mod:Class",
        ),
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
    cache_dir: Annotated[
        Path | None, typer.Option(help="embedding cache folder (default: $BENCH_CACHE_DIR or ~/.cache/bench)")
    ] = None,
    cache: Annotated[bool, typer.Option(help="cache embeddings on disk (--no-cache: only within this run)")] = True,
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
    columns = (
        TextColumn("{task.description:<34}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
    )
    store = _embedding_store(cache_dir, cache)
    with RichProgress(*columns, console=err, transient=False, disable=not sys.stderr.isatty()) as bar:
        outcomes = run(
            loaded, refs, results_dir=results_dir, overwrite=overwrite, progress=_BarProgress(bar), store=store
        )
    table = Table(title=f"{loaded.info.name} ({loaded.info.revision})")
    for column in ("task", "type", "domain", "metric", "score", "status", "seconds"):
        table.add_column(column, justify="right" if column in ("score", "seconds") else "left")
    for o in outcomes:
        score = f"{o.main_score:.4f}" if o.main_score is not None else "-"
        status = o.status if o.reason is None else f"skipped: {o.reason}"
        if o.note:
            status += f" ({o.note})"
        seconds = f"{o.seconds:.1f}" if o.status == "ok" else ""
        table.add_row(o.task, o.task_type, o.domain, o.main_metric or "", score, status, seconds)
    out.print(table)


def _embedding_store(cache_dir: Path | None, enabled: bool) -> Any:
    """The on-disk embedding cache, or None (the runner then deduplicates in memory only)."""
    from benchmark.cache import SqliteStore
    from benchmark.models.bundled import cache_root

    if not enabled:
        return None
    return SqliteStore((cache_dir or cache_root()) / "embeddings.sqlite3")


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


@app.command("leaderboard")
@_one_line_errors
def leaderboard_command(
    results_dir: Annotated[Path, typer.Option(help="results to aggregate")] = Path("results"),
    suite: Annotated[
        str, typer.Option(help="restrict to a suite's tasks ('' for every task in the results)")
    ] = "default",
    out_dir: Annotated[Path, typer.Option("--out", help="output folder")] = Path("leaderboards"),
    resamples: Annotated[int, typer.Option(min=100, help="bootstrap resamples for CIs and tests")] = 10_000,
    seed: Annotated[int | None, typer.Option(help="global seed (default: the recorded project seed)")] = None,
) -> None:
    """Write leaderboard.json, .md, .csv and index.html (a static page) with CIs and significance marks."""
    from benchmark.leaderboard import format as fmt
    from benchmark.leaderboard.board import Board
    from benchmark.leaderboard.build import leaderboard_data, write_leaderboard
    from benchmark.stats import GLOBAL_SEED

    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir}: exists and is not a folder")

    data = leaderboard_data(results_dir, suite or None, seed=GLOBAL_SEED if seed is None else seed, resamples=resamples)
    for path in write_leaderboard(data, out_dir):
        err.print(f"wrote {path}", highlight=False)
    board = Board.from_data(data)
    table = Table(title=f"Leaderboard: {board.suite.name} (scores x100)")
    for column in ("rank", "rank CI", "model", "mean", *[f"mean {d}" for d in board.domains], "borda"):
        table.add_column(column)
    for row in board.models:
        table.add_row(
            str(row.rank or "incomplete"),
            fmt.rank_range(row.rank_ci, "-"),
            row.name,
            fmt.points(row.mean, empty=""),
            *[fmt.points(row.mean_by_domain.get(d), empty="") for d in board.domains],
            str(row.borda_rank),
        )
    out.print(table)
    for model, task, reason in board.unverified:
        err.print(f"unverified: {model} on {task}: {reason}")


@app.command("compare")
@_one_line_errors
def compare_command(
    model_a: Annotated[str, typer.Argument(help="baseline model (name, org__name or name@revision)")],
    model_b: Annotated[str, typer.Argument(help="candidate model")],
    results_dir: Annotated[Path, typer.Option(help="results to read")] = Path("results"),
    suite: Annotated[str | None, typer.Option(help="restrict to a suite's tasks")] = None,
    resamples: Annotated[int, typer.Option(min=100, help="bootstrap resamples")] = 10_000,
    json_output: Annotated[bool, typer.Option("--json", help="print JSON instead of a table")] = False,
) -> None:
    """Per task: both scores, B - A with its 95% CI, p, Holm-adjusted p and a verdict."""
    from benchmark.io import dumps
    from benchmark.leaderboard import format as fmt
    from benchmark.leaderboard.compare import compare_models

    report = compare_models(results_dir, model_a, model_b, suite=suite, resamples=resamples)
    if json_output:
        typer.echo(dumps(report))
        return
    table = Table(title=f"B = {report['b']['name']}  vs  A = {report['a']['name']}")
    for column in ("task", "metric", "A", "B", "B - A", "95% CI", "p", "p (Holm)", "verdict"):
        table.add_column(column)
    for row in report["tasks"]:
        low, high = fmt.number(row["ci_low"], 4, signed=True), fmt.number(row["ci_high"], 4, signed=True)
        table.add_row(
            row["task"],
            row["metric"],
            fmt.number(row["a"], 4),
            fmt.number(row["b"], 4),
            fmt.number(row["delta"], 4, signed=True),
            fmt.DASH if row["ci_low"] is None else f"[{low}, {high}]",
            fmt.p_value(row["p"], 4),
            fmt.p_value(row["p_holm"], 4),
            row["verdict"],
        )
    out.print(table)
    out.print(report["summary"], highlight=False)


@app.command("gate")
@_one_line_errors
def gate_command(
    baseline: Annotated[str, typer.Option(help="a model to run, or a results folder <results>/<org__model>/<rev>")],
    candidate: Annotated[str, typer.Option(help="a model to run, or a results folder")],
    suite: Annotated[str, typer.Option(help="suite of gated tasks")] = "default",
    config: Annotated[Path | None, typer.Option(help="gate.yaml: alpha, margin, per-task margins, tasks")] = None,
    markdown: Annotated[Path | None, typer.Option(help="write the Markdown report (a PR comment) here")] = None,
    json_path: Annotated[Path | None, typer.Option("--json", help="write the JSON report here")] = None,
    results_dir: Annotated[Path, typer.Option(help="where models that must run write their results")] = Path("results"),
    batch_size: Annotated[int, typer.Option(min=1, help="encoding batch size for models that run")] = 32,
) -> None:
    """Fail (exit 1) when the candidate is significantly and materially worse than the baseline on a task."""
    from benchmark.gate import check_gated_tasks, gate_report, load_gate_config, to_json, to_markdown
    from benchmark.io import check_output_file, write_text_atomic
    from benchmark.registry import resolve
    from benchmark.stats.power import check_resamples

    settings = load_gate_config(config)
    refs = resolve(suite=suite) if settings.tasks is None else resolve(names=settings.tasks)
    check_gated_tasks(settings, [ref.name for ref in refs], str(config))
    check_resamples(settings.resamples, len(refs), settings.alpha, f"{config or 'gate settings'}: resamples")
    for option, path in (("--markdown", markdown), ("--json", json_path)):
        if path is not None:
            check_output_file(path, option)
    sides = [_gate_side(spec, refs, results_dir, batch_size) for spec in (baseline, candidate)]
    report = gate_report(sides[0], sides[1], [ref.name for ref in refs], settings)
    text = to_markdown(report)
    if markdown is not None:
        write_text_atomic(markdown, text)
    if json_path is not None:
        write_text_atomic(json_path, to_json(report))
    typer.echo(text)
    if report["verdict"] == "FAIL":
        raise typer.Exit(1)


def _gate_side(spec: str, refs: Any, results_dir: Path, batch_size: int) -> Any:
    """Results of one side of the gate: read a results folder, or run the model on what is missing."""
    from benchmark.gate import load_model_results
    from benchmark.models.loader import load_model
    from benchmark.results import is_results_folder, model_dir
    from benchmark.runner import run

    if is_results_folder(Path(spec)):
        return load_model_results(Path(spec))
    model = load_model(spec, batch_size=batch_size)
    run(model, refs, results_dir=results_dir, store=_embedding_store(None, True))
    return load_model_results(model_dir(results_dir, model.info))


def main() -> None:
    """Entry point of the ``bench`` console script."""
    try:
        app()
    finally:
        # Interpreter shutdown collects every object of torch/transformers (~1.4 s on 2 cores); frozen
        # objects are skipped. Exit handlers and stream flushing still run as usual.
        gc.freeze()


@app.command("reproduce")
@_one_line_errors
def reproduce_command(
    reference: Annotated[Path, typer.Option(help="reference results (the committed results/)")] = Path("results"),
    fresh: Annotated[Path, typer.Option(help="freshly computed results")] = Path(".bench-run/results"),
    tolerance: Annotated[float, typer.Option(min=0.0, help="largest allowed |fresh - reference| main score")] = 1e-5,
    suite: Annotated[str | None, typer.Option(help="compare only this suite's tasks")] = None,
) -> None:
    """Check that fresh results reproduce the reference main scores (exit 1 when a score differs or is missing)."""
    from benchmark.registry import get_suite
    from benchmark.reproduce import compare_results

    tasks = get_suite(suite).tasks if suite else None
    report = compare_results(reference, fresh, tolerance, tasks=tasks)
    table = Table(title=f"Does {fresh} reproduce {reference}? (main scores, tolerance {tolerance:g})")
    numeric = ("tasks checked", "max |delta|", "byte-identical")
    for column in ("model", "revision", *numeric, "verdict"):
        table.add_column(column, justify="right" if column in numeric else "left")
    for m in report.models:
        revision = m.reference_revision or "-"
        if m.fresh_revision != m.reference_revision:
            revision += f" -> {m.fresh_revision or '-'}"
        delta = "-" if m.max_abs_delta is None else f"{m.max_abs_delta:.2g}"
        verdict = "reproduced" if m.ok else f"FAILED ({sum(not t.ok for t in m.tasks)})"
        table.add_row(m.name, revision, str(len(m.tasks)), delta, f"{m.identical}/{len(m.tasks)}", verdict)
    out.print(table)
    for model, t in report.failures:
        scores = ", ".join(
            f"{split} {_score(t.reference.get(split))} -> {_score(t.fresh.get(split))}"
            for split in sorted(set(t.reference) | set(t.fresh))
        )
        out.print(f"  {model} {t.task}: {t.status} ({scores})", markup=False, highlight=False)
    same = [m.name for m in report.models if m.tasks and m.identical == len(m.tasks)]
    out.print(f"byte-identical score and per-item files: {', '.join(same) or 'none'}", markup=False, highlight=False)
    if not report.checked:
        out.print("NOT reproduced: no results to compare", markup=False, highlight=False)
    elif report.failures:
        out.print(
            f"NOT reproduced: {len(report.failures)} of {report.checked} task results differ by more than "
            f"{tolerance:g} or are missing on one side",
            markup=False,
            highlight=False,
        )
    else:
        out.print(f"reproduced: {report.checked} task results of {len(report.models)} model(s) within {tolerance:g}")
    if not report.ok:
        raise typer.Exit(1)


def _score(value: float | None) -> str:
    return "-" if value is None else f"{value:.6f}"
