"""The typed board model: built from the leaderboard data, labelled by the task-type registry, read by renderers."""

from __future__ import annotations

import copy
import csv
import dataclasses
import io
import json
from typing import Any

import numpy as np
import pytest

from benchmark import task_types
from benchmark.io import dumps
from benchmark.leaderboard import format as fmt
from benchmark.leaderboard.board import Board
from benchmark.leaderboard.html import to_html
from benchmark.leaderboard.render import to_csv, to_markdown, unverified_entries

UNKNOWN_TYPE = "haiku_scoring"  # a type no registry module defines
# Not in registry order, not in name order: the board must sort the types, and keep the task order.
TASKS = [
    {"name": "NewsClusters", "type": "clustering", "domain": "general", "main_metric": "v_measure"},
    {"name": "Haikus", "type": UNKNOWN_TYPE, "domain": "finance", "main_metric": "haiku_score"},
    {"name": "QARetrieval", "type": "retrieval", "domain": "finance", "main_metric": "ndcg_at_10"},
    {"name": "Intents", "type": "classification", "domain": "general", "main_metric": "accuracy"},
]


def _entry(score: float, *, best: bool = False, tied: bool = False, p_holm: float | None = 0.001) -> dict[str, Any]:
    return {
        "score": score,
        "ci": [score - 0.05, score + 0.05],
        "is_best": best,
        "tied_with_best": best or tied,
        "p_vs_best": None if best else p_holm,
        "p_holm_vs_best": None if best else p_holm,
        "unverified": None,
    }


def _row(name: str, rank: int | None, scores: dict[str, dict[str, Any] | None]) -> dict[str, Any]:
    values = {t["name"]: (scores[t["name"]] or {}).get("score") for t in TASKS}
    complete = all(v is not None for v in values.values())

    def mean(names: list[str]) -> float | None:
        chosen = [values[n] for n in names]
        return None if any(v is None for v in chosen) else float(np.mean(chosen))

    return {
        "name": name,
        "model": name,
        "revision": "r1",
        "facts": {"n_parameters": 22_713_216, "dimension": 384, "max_tokens": None, "similarity": "cosine"},
        "complete": complete,
        "n_tasks": sum(v is not None for v in values.values()),
        "mean": mean(list(values)),
        "mean_by_domain": {d: mean([t["name"] for t in TASKS if t["domain"] == d]) for d in ("finance", "general")},
        "mean_by_type": {t["type"]: values[t["name"]] for t in TASKS},
        "mean_task_type": mean(list(values)),
        "borda_rank": rank or 3,
        "rank": rank,
        "rank_ci": [rank, rank + 1] if rank else None,
        "overall_tie": {"is_best": rank == 1, "tied_with_best": rank == 1, "p_vs_best": None, "p_holm_vs_best": None}
        if rank
        else None,
        "tasks": scores,
    }


@pytest.fixture
def data() -> dict[str, Any]:
    """A hand-made board: two complete models and one without a result on two tasks."""
    return {
        "schema_version": 1,
        "suite": {"name": "tiny", "description": "A hand-made board."},
        "tasks": copy.deepcopy(TASKS),
        "settings": {
            "seed": 7,
            "resamples": 1000,
            "rank_resamples": 100,
            "ci_level": 0.95,
            "alpha": 0.05,
            "ci_method": "percentile bootstrap",
            "tie_test": "paired test",
            "rank_interval": "joint bootstrap",
            "tie_group": "paired bootstrap of the mean",
        },
        "tie_groups": {"overall": ["org/alpha"], "per_task": {t["name"]: ["org/alpha"] for t in TASKS}},
        "models": [
            _row("org/alpha", 1, {t["name"]: _entry(0.8, best=True) for t in TASKS}),
            _row("org/beta", 2, {t["name"]: _entry(0.6, tied=True, p_holm=0.2) for t in TASKS}),
            _row(
                "org/gamma",
                None,
                {"NewsClusters": None, "Haikus": _entry(0.4), "QARetrieval": None, "Intents": _entry(0.3)},
            ),
        ],
    }


def test_types_follow_the_registry_order_and_unknown_types_come_last(data: dict[str, Any]) -> None:
    board = Board.from_data(data)
    known = [name for name in task_types.names() if name in {"clustering", "retrieval", "classification"}]
    assert [t.name for t in board.types] == [*known, UNKNOWN_TYPE]
    assert known.index("retrieval") < known.index("clustering")  # not the order the tasks are listed in
    assert [t.name for t in board.tasks] == [t["name"] for t in TASKS]
    assert board.domains == ("finance", "general")


def test_labels_come_from_the_registry(data: dict[str, Any]) -> None:
    board = Board.from_data(data)
    for kind in board.types:
        assert (kind.label, kind.short_label) == (task_types.label(kind.name), task_types.short_label(kind.name))
    retrieval = next(t for t in board.tasks if t.type == "retrieval")
    assert retrieval.type_label == task_types.label("retrieval") == "Retrieval"
    assert retrieval.metric_label == task_types.metric_label("retrieval", "ndcg_at_10") == "nDCG@10"
    assert retrieval.metric == "ndcg_at_10"
    short, long = task_types.short_label("classification"), task_types.label("classification")
    assert short != long  # Markdown's overview shows the short label, the page both
    assert f"| {short} |" in to_markdown(data).splitlines()[4]
    page = to_html(data)
    assert f'<abbr title="{long}">{short}</abbr>' in page and f">{long}</option>" in page
    assert f"{task_types.label('retrieval')} · finance · nDCG@10" in page


def test_a_type_unknown_to_the_registry_keeps_its_column(data: dict[str, Any]) -> None:
    board = Board.from_data(data)
    unknown = board.types[-1]
    assert (unknown.label, unknown.short_label) == (UNKNOWN_TYPE, UNKNOWN_TYPE)
    haikus = next(t for t in board.tasks if t.name == "Haikus")
    assert (haikus.type_label, haikus.metric_label) == (UNKNOWN_TYPE, "haiku_score")
    header, _, first = to_markdown(data).splitlines()[4:7]
    assert header.endswith(f"| {UNKNOWN_TYPE} | Borda |")
    assert first.split(" | ")[-2] == "80.00"  # the model's mean over the unknown type
    assert f'data-col-type="{UNKNOWN_TYPE}">{UNKNOWN_TYPE}</th>' in to_html(data)


def test_missing_scores_render_as_the_empty_marker_in_every_format(data: dict[str, Any]) -> None:
    gamma = Board.from_data(data).models[-1]
    assert gamma.cells["QARetrieval"] is None and gamma.mean is None and gamma.rank is None

    lines = to_markdown(data).splitlines()
    overview = next(line for line in lines if "| org/gamma |" in line and line.startswith("| incomplete"))
    cells = overview.split(" | ")
    assert cells[4:7] == ["", "", ""]  # mean, mean finance, mean general: empty
    per_task = next(line for line in lines if line.startswith("| org/gamma |"))
    assert per_task.split(" | ")[1] == fmt.DASH and per_task.split(" | ")[3] == fmt.DASH

    rows = [r for r in csv.DictReader(io.StringIO(to_csv(data))) if r["model"] == "org/gamma"]
    assert [r["task"] for r in rows] == ["Haikus", "Intents"]  # no row for a task without a result
    assert {r["mean"] for r in rows} == {""}

    page = to_html(data)
    assert '<td class="num blank" data-v="">–</td>' in page  # gamma's mean
    assert 'title="not evaluated">–</td>' in page
    assert json.loads(dumps(data))["models"][2]["tasks"]["QARetrieval"] is None


def test_a_new_renderer_needs_only_the_board(data: dict[str, Any]) -> None:
    def plain_text(board: Board) -> str:
        """One line per model: rank, name, mean and the per-type means."""
        lines = []
        for row in board.models:
            by_type = ", ".join(f"{t.short_label} {fmt.points(row.mean_by_type.get(t.name), 1)}" for t in board.types)
            lines.append(f"{row.rank or '-'} {row.name}: {fmt.points(row.mean)} ({by_type})")
        return "\n".join(lines)

    text = plain_text(Board.from_data(data)).splitlines()
    assert [line.split(":")[0] for line in text] == ["1 org/alpha", "2 org/beta", "- org/gamma"]
    assert text[0].startswith("1 org/alpha: 80.00 (")
    assert text[2].startswith(f"- org/gamma: {fmt.DASH} (")
    assert f"{UNKNOWN_TYPE} 40.0" in text[2]


def test_the_board_does_not_depend_on_key_order_or_numpy_scalars(data: dict[str, Any]) -> None:
    numpy_data = copy.deepcopy(data)
    numpy_data["models"][0]["tasks"]["Intents"]["score"] = np.float64(0.8)
    numpy_data["models"][0]["mean"] = np.float64(data["models"][0]["mean"])
    reloaded = json.loads(dumps(data))  # what leaderboard.json holds: every mapping sorted by key
    assert Board.from_data(numpy_data) == Board.from_data(data) == Board.from_data(reloaded)
    assert to_html(numpy_data) == to_html(data)
    assert "np.float64" not in to_html(numpy_data)


def test_the_board_is_immutable(data: dict[str, Any]) -> None:
    board = Board.from_data(data)
    with pytest.raises(dataclasses.FrozenInstanceError):
        board.models[0].rank = 5  # type: ignore[misc]


def test_unverified_results_are_listed_in_board_order(data: dict[str, Any]) -> None:
    data["models"][2]["tasks"]["Intents"]["unverified"] = "written by another tool"
    data["models"][1]["tasks"]["Haikus"]["unverified"] = "no per-item records"
    expected = [("org/beta", "Haikus", "no per-item records"), ("org/gamma", "Intents", "written by another tool")]
    assert unverified_entries(data) == expected
    assert list(Board.from_data(data).unverified) == expected
    assert "- org/beta on Haikus: no per-item records" in to_markdown(data)


def test_formatters() -> None:
    assert (fmt.points(0.5), fmt.points(-0.0125, signed=True), fmt.points(None), fmt.points(None, empty="")) == (
        "50.00",
        "-1.25",
        "–",
        "",
    )
    assert fmt.points(0.01, signed=True) == "+1.00"
    assert fmt.interval((0.25, 0.5)) == "[25.0, 50.0]" and fmt.interval(None, empty="CI n/a") == "CI n/a"
    assert fmt.interval((-0.02, 0.01), 2, signed=True) == "[-2.00, +1.00]"
    assert fmt.number(0.1234567, 6) == "0.123457" and fmt.number(None, 6, empty="") == ""
    assert fmt.p_value(0.000123456) == "0.000123" and fmt.p_value(0.5, 4) == "0.5" and fmt.p_value(None) == "–"
    assert fmt.rank_range((1, 3)) == "1–3" and fmt.rank_range((2, 2), "-") == "2-2" and fmt.rank_range(None) == ""
    assert [fmt.count(n) for n in (22_713_216, 384, 1_200, 3.4e9, None)] == ["22.7M", "384", "1.2k", "3.4B", "–"]
    assert (fmt.grouped(10_000), fmt.percent(0.95), fmt.sort_key(0.5), fmt.sort_key(None)) == (
        "10,000",
        "95",
        "0.5",
        "",
    )
