"""Strings from files are escaped in every output format, and the CLI prints user text literally."""

from __future__ import annotations

import copy
import csv
import io
import json
from collections.abc import Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from benchmark.cli import app
from benchmark.escape import csv_text, md, md_code, script_json
from benchmark.gate import to_markdown as gate_markdown
from benchmark.leaderboard.html import _environment, to_html
from benchmark.leaderboard.render import to_csv, to_markdown
from benchmark.models.base import FloatMatrix, ModelInfo, Role
from benchmark.spec import TaskSpec
from tests.test_gate import _base, _gate

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures" / "tasks"
MARKUP = "<svg onload=alert(1)>"
PIPE = "a|b"
TICKS = "`x`"
LINK = "[link](javascript:x)"
FORMULA = "=cmd|' /C calc'!A0"
NEWLINE = "first\nsecond"
EMPHASIS = "_x_ *y* ~~z~~ $m$ \\*"
HEADING = "# not a heading"
HOSTILE = (MARKUP, PIPE, TICKS, LINK, FORMULA, NEWLINE, EMPHASIS, HEADING)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
BRACKET_NAME = "acme/[bold]x[/bold][a-z]"
BRACKET_REV = "rev[red][a-z]"
runner = CliRunner()


def _line(text: str) -> str:
    """What a one-line Markdown rendering of ``text`` shows."""
    return " ".join(text.splitlines()).strip()


def _guarded(text: str) -> str:
    """A CSV text cell as read back: formula starts get a leading quote."""
    return "'" + text if text.startswith(FORMULA_START) else text


class _Page(HTMLParser):
    """Start tags with attributes, table rows as cell texts, and the texts of chosen elements."""

    def __init__(self, collect: Sequence[str] = ("code", "title", "h1", "p", "script")) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.tables: list[list[list[str]]] = []
        self.texts: dict[str, list[str]] = {name: [] for name in collect}
        self._open: list[str] = []
        self._in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "table":
            self.tables.append([])
        elif tag == "tr":
            self.tables[-1].append([])
        elif tag in ("td", "th"):
            self.tables[-1][-1].append("")
            self._in_cell = True
        if tag in self.texts:
            self.texts[tag].append("")
            self._open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._in_cell = False
        if self._open and self._open[-1] == tag:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for tag in self._open:
            self.texts[tag][-1] += data
        if self._in_cell:
            self.tables[-1][-1][-1] += data


def _parse(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


def _markdown(text: str) -> _Page:
    """The HTML a CommonMark + GFM-tables renderer (raw HTML allowed) makes of ``text``, parsed."""
    return _parse(MarkdownIt("commonmark").enable("table").render(text))


def _tag_names(page: _Page) -> set[str]:
    return {tag for tag, _ in page.tags}


@pytest.fixture(scope="module")
def board() -> dict[str, Any]:
    """The committed leaderboard data."""
    data: dict[str, Any] = json.loads((REPO / "leaderboards" / "leaderboard.json").read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="module")
def hostile(board: dict[str, Any]) -> dict[str, Any]:
    """The committed board with hostile model, revision, task, domain, metric and suite strings."""
    out = copy.deepcopy(board)
    out["suite"] = {"name": LINK + MARKUP, "description": f"{HEADING}\n{LINK} {MARKUP} {EMPHASIS} {PIPE}"}
    domains = {"finance": MARKUP + PIPE, "general": f"{FORMULA}\n{TICKS}"}
    tasks = {t["name"]: f"{HOSTILE[i % len(HOSTILE)]}{i}" for i, t in enumerate(out["tasks"])}
    for i, task in enumerate(out["tasks"]):
        task["name"] = tasks[task["name"]]
        task["domain"] = domains[task["domain"]]
        task["main_metric"] = HOSTILE[(i + 1) % len(HOSTILE)]
    names = (MARKUP, PIPE + TICKS, LINK + NEWLINE, FORMULA, EMPHASIS, HEADING)
    revisions = (FORMULA, NEWLINE, "-1", MARKUP, PIPE, TICKS)
    assert len(out["models"]) <= len(names), "give every model of the committed board a hostile name"
    for row, name, revision in zip(out["models"], names[: len(out["models"])], revisions, strict=False):
        row["name"] = row["model"] = name
        row["revision"] = revision
        row["tasks"] = {tasks[k]: v for k, v in row["tasks"].items()}
        row["mean_by_domain"] = {domains[k]: v for k, v in row["mean_by_domain"].items()}
    out["models"][0]["mean"] = -0.5  # a number we format: stays a number in the CSV
    return out


# --- the helpers ---------------------------------------------------------------------------------------------------


def test_our_own_names_pass_unchanged() -> None:
    for name in ("sentence-transformers/all-MiniLM-L6-v2", "ndcg_at_10", "bench__hashing", "weights-53aa51172d14"):
        assert md(name) == name
        assert md_code(name) == f"`{name}`"
        assert csv_text(name) == name


@pytest.mark.parametrize("text", [*HOSTILE, "``a` b", " lead", "1. item", "- item", "+ x", "===", "&amp;", "a\\"])
def test_markdown_text_renders_literally_on_one_line(text: str) -> None:
    page = _markdown(f"{md(text)}\n\n| {md(text)} | b |\n|---|---|\n| {md(text)} | c |\n")
    assert _tag_names(page) == {"p", "table", "thead", "tbody", "tr", "th", "td"}
    assert page.texts["p"] == [_line(text)]
    assert page.tables == [[[_line(text), "b"], [_line(text), "c"]]]


@pytest.mark.parametrize("text", [*HOSTILE, "``a` b", "`", " x ", "a``b"])
def test_markdown_code_span_shows_text_literally(text: str) -> None:
    page = _markdown(f"Model {md_code(text)} here\n")
    assert _tag_names(page) == {"p", "code"}
    assert page.texts["code"] == [" ".join(text.splitlines())]


def test_csv_guard_applies_to_formula_starts_only() -> None:
    for text in (FORMULA, "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert csv_text(text) == "'" + text
    for text in (MARKUP, PIPE, "a=b", "'quoted", ""):
        assert csv_text(text) == text


def test_json_for_a_script_element_cannot_close_it() -> None:
    value = {"name": "</script><!-- <script>alert(1)</script>", "amp": "&", "sep": "\u2028"}
    text = str(script_json(value))
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    assert json.loads(text) == value
    page = _parse(_environment().from_string("<script>{{ data|tojson }}</script>").render(data=value))
    assert [tag for tag, _ in page.tags] == ["script"]
    assert json.loads(page.texts["script"][0]) == value


# --- the leaderboard -----------------------------------------------------------------------------------------------


def test_markdown_leaderboard_has_no_markup_from_names(board: dict[str, Any], hostile: dict[str, Any]) -> None:
    clean, dirty = to_markdown(board), to_markdown(hostile)
    assert len(dirty.splitlines()) == len(clean.splitlines())  # no newline got through
    page, reference = _markdown(dirty), _markdown(clean)
    assert (
        _tag_names(page)
        == _tag_names(reference)
        == {"h1", "h2", "p", "strong", "table", "thead", "tbody", "tr", "th", "td"}
    )
    assert [[len(r) for r in t] for t in page.tables] == [[len(r) for r in t] for t in reference.tables]
    overview, per_task = page.tables
    model_col, mean_col = overview[0].index("Model"), overview[0].index("Mean")
    assert [row[model_col] for row in overview[1:]] == [_line(r["name"]) for r in hostile["models"]]
    domains = sorted({t["domain"] for t in hostile["tasks"]})
    assert overview[0][mean_col + 1 : mean_col + 1 + len(domains)] == [f"Mean {_line(d)}" for d in domains]
    assert per_task[0][1:] == [f"{_line(t['name'])} ({_line(t['main_metric'])})" for t in hostile["tasks"]]
    assert [row[0] for row in per_task[1:]] == [_line(r["name"]) for r in hostile["models"]]
    assert page.texts["h1"] == [f"Leaderboard: {LINK}{MARKUP}"]
    assert page.texts["p"][0] == _line(hostile["suite"]["description"])


def test_csv_leaderboard_round_trips_with_the_formula_guard(hostile: dict[str, Any]) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(hostile))))
    tasks = {t["name"]: t for t in hostile["tasks"]}
    expected = [
        (row["name"], row["revision"], name)
        for row in hostile["models"]
        for name, entry in row["tasks"].items()
        if entry
    ]
    assert len(rows) == len(expected)
    for got, (model, revision, task) in zip(rows, expected, strict=True):
        assert None not in got and None not in got.values()  # no cell split or merged
        assert got["model"] == _guarded(model) and got["revision"] == _guarded(revision)
        assert got["task"] == _guarded(task)
        assert got["domain"] == _guarded(tasks[task]["domain"])
        assert got["metric"] == _guarded(tasks[task]["main_metric"])
    assert {r["revision"] for r in rows} >= {"'" + FORMULA, "'-1", MARKUP, NEWLINE}
    assert {r["mean"] for r in rows if r["model"] == MARKUP} == {"-0.500000"}


def test_html_leaderboard_has_no_injected_elements(board: dict[str, Any], hostile: dict[str, Any]) -> None:
    page, reference = _parse(to_html(hostile)), _parse(to_html(board))
    assert _tag_names(page) <= _tag_names(reference)
    for tag in ("script", "svg", "a", "style", "title"):
        assert sum(t == tag for t, _ in page.tags) == sum(t == tag for t, _ in reference.tags), tag
    assert not [(t, name) for t, attrs in page.tags for name in attrs if name.startswith("on")]
    assert page.texts["script"] == reference.texts["script"]  # no data reaches the script
    models = [a["data-model"] for t, a in page.tags if t == "tr" and "data-model" in a]
    assert models == [r["name"] for r in hostile["models"]]
    tasks = [a["data-task"] for t, a in page.tags if t == "tr" and "data-task" in a]
    assert tasks == [t["name"] for t in hostile["tasks"]]
    assert {a["data-task-domain"] for t, a in page.tags if t == "figure"} == {t["domain"] for t in hostile["tasks"]}
    titles = page.texts["title"]  # the page's <title>, then the SVG <title>s
    assert titles[0] == f"Leaderboard: {LINK}{MARKUP}"
    for row in hostile["models"]:
        assert any(title.startswith(f"{row['name']} on ") for title in titles), row["name"]


# --- the gate report -----------------------------------------------------------------------------------------------


def test_gate_markdown_has_no_markup_from_names(tmp_path: Path) -> None:
    report = _gate(tmp_path, _base(n=60), _base(n=60, seed=1))
    clean = gate_markdown(report)
    report["candidate"] = {"name": f"``x` {LINK}", "revision": FORMULA}
    report["baseline"] = {"name": f"{MARKUP}\n# h\n| a |", "revision": NEWLINE}
    for i, row in enumerate(report["tasks"]):
        row["task"], row["reason"] = HOSTILE[i], HOSTILE[i + 3]
    dirty = gate_markdown(report)
    assert len(dirty.splitlines()) == len(clean.splitlines())
    page = _markdown(dirty)
    assert _tag_names(page) == {"h2", "p", "code", "table", "thead", "tbody", "tr", "th", "td"}
    assert page.texts["code"] == [f"``x` {LINK}", f"{MARKUP} # h | a |"]
    assert f"({FORMULA}) vs baseline" in page.texts["p"][0] and "(first second)" in page.texts["p"][0]
    (table,) = page.tables
    assert {len(row) for row in table} == {9}
    assert [row[0] for row in table[1:]] == [_line(t) for t in HOSTILE[:3]]
    for row, reason in zip(table[1:], HOSTILE[3:6], strict=False):
        assert row[-1].endswith(f": {_line(reason)}")


# --- the command line ----------------------------------------------------------------------------------------------


class BracketModel:
    """A user's embedder whose name and revision look like rich markup."""

    info = ModelInfo(name=BRACKET_NAME, revision=BRACKET_REV)

    def encode(self, texts: Sequence[str], *, role: Role, task: TaskSpec) -> FloatMatrix:
        return np.array([[len(t), t.count(" ") + 1, 1.0] for t in texts], dtype=np.float32)


def test_error_with_markup_in_the_path_is_one_literal_line(tmp_path: Path) -> None:
    path = tmp_path / "we[/x]ird[a-z]" / "task.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(
        "name: X\ntype: sts\ndomain: general\ndescription: d\nlicense: MIT\nsplits: {test: pairs.jsonl}\nbogus: 1\n"
    )
    result = runner.invoke(app, ["run", "--model", "hashing", "--task-file", str(path), "--results-dir", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("error: ") and str(path) in lines[0] and "bogus" in lines[0]


def test_tables_and_paths_print_markup_literally(tmp_path: Path) -> None:
    results = tmp_path / "res[/x][a-z]"
    ran = runner.invoke(
        app,
        [
            "run",
            "--model",
            f"{__name__}:BracketModel",
            "--task-file",
            str(FIXTURES / "sts" / "task.yaml"),
            "--results-dir",
            str(results),
        ],
    )
    assert ran.exit_code == 0, ran.output
    assert f"{BRACKET_NAME} ({BRACKET_REV})" in ran.output and "TinySTS" in ran.output
    out_dir = tmp_path / "lb[/bold][a-z]"
    board = runner.invoke(
        app, ["leaderboard", "--results-dir", str(results), "--suite", "", "--out", str(out_dir), "--resamples", "100"]
    )
    assert board.exit_code == 0, board.output
    wrote = [line.removeprefix("wrote ") for line in board.output.splitlines() if line.startswith("wrote ")]
    assert wrote and sorted(wrote) == sorted(str(p) for p in out_dir.iterdir())
    assert any(BRACKET_NAME in line for line in board.output.splitlines() if "│" in line)
