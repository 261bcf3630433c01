"""``bench validate``: check task specs and data beyond what loading enforces."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from benchmark.data import LabeledSplit, PairSplit, RetrievalSplit, TaskData, load_task_data
from benchmark.errors import BenchError
from benchmark.registry import discover, suites
from benchmark.spec import LoadedSpec, load_task_spec


def _duplicates(texts: list[str]) -> list[str]:
    return [t for t, n in Counter(t.strip().lower() for t in texts).items() if n > 1]


def check_task(data: TaskData) -> list[str]:
    """Problems found in a loaded task (empty when it is clean)."""
    spec = data.spec
    problems: list[str] = []
    for name, split in data.splits.items():
        where = f"split '{name}'"
        if isinstance(split, RetrievalSplit):
            for kind, texts in (("corpus", list(split.corpus.values())), ("queries", list(split.queries.values()))):
                dups = _duplicates(texts)
                if dups:
                    problems.append(f"{where}: {len(dups)} duplicate {kind} text(s), e.g. {dups[0][:60]!r}")
            no_positive = [q for q, docs in split.qrels.items() if not any(s > 0 for s in docs.values())]
            if no_positive:
                problems.append(f"{where}: {len(no_positive)} queries have no relevant document, e.g. {no_positive[0]}")
            if split.candidates is not None:
                missing = [q for q in split.queries if q not in split.candidates]
                if missing:
                    problems.append(f"{where}: {len(missing)} queries have no candidate list, e.g. {missing[0]}")
                for q, docs in split.candidates.items():
                    positives = [d for d, s in split.qrels.get(q, {}).items() if s > 0]
                    if any(d not in docs for d in positives):
                        problems.append(f"{where}: query {q} has a relevant document outside its candidates")
                        break
        elif isinstance(split, PairSplit):
            pairs = [f"{a}\t{b}" for a, b in zip(split.sentence1, split.sentence2, strict=True)]
            dups = _duplicates(pairs)
            if dups:
                problems.append(f"{where}: {len(dups)} duplicate pair(s)")
        elif isinstance(split, LabeledSplit):
            dups = _duplicates(split.texts)
            if dups:
                problems.append(f"{where}: {len(dups)} duplicate text(s), e.g. {dups[0][:60]!r}")
            if len(set(split.labels)) < 2:
                problems.append(f"{where}: needs at least two labels")
    if spec.type == "classification":
        train = data.splits[spec.train_split]
        assert isinstance(train, LabeledSplit)
        counts = Counter(train.labels)
        short = sorted(label for label, n in counts.items() if n < spec.samples_per_label)
        if short:
            problems.append(f"train split: label '{short[0]}' has fewer than {spec.samples_per_label} examples")
        seen = {t.strip().lower() for t in train.texts}
        for name in spec.resolved_eval_splits:
            split = data.splits[name]
            assert isinstance(split, LabeledSplit)
            leaked = [t for t in split.texts if t.strip().lower() in seen]
            if leaked:
                problems.append(f"split '{name}': {len(leaked)} item(s) also in the train split")
    return problems


def validate_tasks(paths: list[Path] | None = None) -> tuple[list[str], int]:
    """Validate the given task files, or every bundled task and suite; return problems and the task count."""
    problems: list[str] = []
    specs: list[LoadedSpec] = []
    if paths:
        for path in paths:
            try:
                specs.append(load_task_spec(path))
            except BenchError as exc:
                problems.append(str(exc))
    else:
        registry = discover()
        specs = list(registry.values())
        for suite in suites().values():
            unknown = [name for name in suite.tasks if name not in registry]
            if unknown:
                problems.append(f"suite '{suite.name}': unknown task '{unknown[0]}'")
    for loaded in specs:
        try:
            data = load_task_data(loaded)
        except BenchError as exc:
            problems.append(str(exc))
            continue
        problems += [f"{loaded.path}: {p}" for p in check_task(data)]
    return problems, len(specs)
