"""Summarization and bitext rows made from real pairs in ../shared/data (for the parity tests and perf scripts)."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any


def _read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def sick_summarization_rows(shared_data: Path) -> list[dict[str, Any]]:
    """SICK-R test pairs grouped by their first sentence (groups of two or more): the sentence is the text and its
    one human summary, the second sentences are machine summaries, relatedness (1-5) their relevance."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in _read(shared_data / "sickr" / "test.jsonl"):
        groups[row["sentence1"]].append(row)
    return [
        {
            "id": f"sick-{number}",
            "text": text,
            "human_summaries": [text],
            "machine_summaries": [r["sentence2"] for r in rows],
            "relevance": [r["score"] for r in rows],
        }
        for number, (text, rows) in enumerate(groups.items())
        if len(rows) >= 2
    ]


def url_bitext_rows(shared_data: Path) -> list[dict[str, Any]]:
    """Twitter URL corpus paraphrase pairs (label 1) with every first and every second sentence used once."""
    firsts: set[str] = set()
    seconds: set[str] = set()
    out = []
    for row in _read(shared_data / "twitter_url_corpus" / "test.jsonl"):
        a, b = row["sentence1"], row["sentence2"]
        if row.get("label") == 1 and a.lower() not in firsts and b.lower() not in seconds:
            firsts.add(a.lower())
            seconds.add(b.lower())
            out.append({"id": f"url-{row['pair_id']}", "sentence1": a, "sentence2": b})
    return out
