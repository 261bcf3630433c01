"""Helpers shared by the task generator scripts in this folder (standard library only).

The generators import this module as ``_common`` (their own folder is put on ``sys.path`` first). Importing or
running it has no side effects. Everything here is deterministic given the ``random.Random`` passed in, and the
order of random draws is part of the contract: changing it changes the generated data.
"""

import json
import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TASKS_DIR = Path(__file__).resolve().parents[1]

Row = dict[str, Any]


# ---------------------------------------------------------------- paths and file writing
def task_dir(domain: str, name: str) -> Path:
    """Output folder of a bundled task, e.g. ``tasks/finance/FinanceSTS``."""
    return TASKS_DIR / domain / name


def write_text(path: Path, text: str) -> None:
    """Write UTF-8 text with LF line endings."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_jsonl(path: Path, rows: Iterable[Row]) -> None:
    """Write one JSON object per line (UTF-8, non-ASCII characters kept as they are)."""
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


def labelled_rows(prefix: str, items: Iterable[tuple[str, str]]) -> list[Row]:
    """``{"id", "text", "label"}`` rows for (text, label) items, numbered ``prefix-0000``, ``prefix-0001``, ..."""
    return [{"id": f"{prefix}-{i:04d}", "text": text, "label": label} for i, (text, label) in enumerate(items)]


def write_beir(
    out: Path,
    corpus: Iterable[Row],
    queries: Iterable[Row],
    qrels: Iterable[tuple[str, str, int]],
    candidates: Iterable[Row] | None = None,
) -> None:
    """Write a BEIR-layout test split: corpus.jsonl, queries.jsonl, qrels/test.tsv and, for reranking,
    candidates.jsonl. ``qrels`` rows are written in the order given."""
    (out / "qrels").mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "corpus.jsonl", corpus)
    write_jsonl(out / "queries.jsonl", queries)
    if candidates is not None:
        write_jsonl(out / "candidates.jsonl", candidates)
    lines = [f"{qid}\t{did}\t{score}\n" for qid, did, score in qrels]
    write_text(out / "qrels" / "test.tsv", "query-id\tcorpus-id\tscore\n" + "".join(lines))


# ---------------------------------------------------------------- task.yaml
BEIR_TEST = "{corpus: corpus.jsonl, queries: queries.jsonl, qrels: qrels/test.tsv}"
BEIR_RERANKING_TEST = (
    "{corpus: corpus.jsonl, queries: queries.jsonl, qrels: qrels/test.tsv, candidates: candidates.jsonl}"
)
# Per task type: main score, extra top-level fields and the splits, in the order they are written.
TASK_TYPES: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "classification": ("accuracy", {}, {"train": "train.jsonl", "test": "test.jsonl"}),
    "clustering": ("v_measure", {"max_fraction_of_documents_to_embed": "null"}, {"test": "texts.jsonl"}),
    "pair_classification": ("max_ap", {}, {"test": "pairs.jsonl"}),
    "sts": ("cosine_spearman", {"min_score": "0", "max_score": "5"}, {"test": "pairs.jsonl"}),
    "retrieval": ("ndcg_at_10", {}, {"test": BEIR_TEST}),
    "reranking": ("map_at_1000", {}, {"test": BEIR_RERANKING_TEST}),
    "bitext_mining": ("f1", {}, {"test": "pairs.jsonl"}),
    "summarization": ("cosine_spearman", {"min_score": "1", "max_score": "5"}, {"test": "summaries.jsonl"}),
}


def write_task_yaml(out: Path, task_type: str, description: str) -> None:
    """Write ``out/task.yaml``. The task name and domain are taken from the folder (``tasks/<domain>/<name>``);
    ``description`` is plain text whose lines are written as they are, indented, as a folded YAML block."""
    main_score, extra, splits = TASK_TYPES[task_type]
    lines = [f"name: {out.name}", f"type: {task_type}", f"domain: {out.parent.name}", "description: >-"]
    lines += [f"  {line}" for line in description.splitlines()]
    lines += ["license: MIT", f"main_score: {main_score}"]
    lines += [f"{key}: {value}" for key, value in extra.items()]
    lines += ["splits:"] + [f"  {split}: {value}" for split, value in splits.items()]
    write_text(out / "task.yaml", "\n".join(lines) + "\n")


# ---------------------------------------------------------------- text helpers
def upper_first(text: str) -> str:
    """``text`` with its first character upper-cased (the rest is left alone, unlike ``str.capitalize``)."""
    return text[0].upper() + text[1:]


def possessive(name: str) -> str:
    """English possessive: "Harlow's", but "Orvane Logistics'"."""
    return name + ("'" if name.endswith("s") else "'s")


def fill_slots(rng: random.Random, text: str, slots: dict[str, Sequence[str]]) -> str:
    """Replace every ``{name}`` in ``text`` with a random value from ``slots[name]``."""
    return re.sub(r"\{(\w+)\}", lambda m: rng.choice(slots[m.group(1)]), text)


def typo(rng: random.Random, text: str) -> str:
    """Add one typo (swapped, dropped or doubled letter) to a random word of five or more letters."""
    words = text.split(" ")
    cand = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not cand:
        return text
    i = rng.choice(cand)
    w = words[i]
    k = rng.randrange(1, len(w) - 2)
    op = rng.randrange(3)
    if op == 0:
        w = w[:k] + w[k + 1] + w[k] + w[k + 2 :]
    elif op == 1:
        w = w[:k] + w[k + 1 :]
    else:
        w = w[:k] + w[k] + w[k:]
    words[i] = w
    return " ".join(words)


@dataclass(frozen=True)
class Noise:
    """Casual-writing noise for short messages.

    One draw ``r`` decides the casing: ``r < lower`` lower-cases the text and drops a final full stop,
    ``lower <= r < no_apostrophe`` drops the apostrophes. A second draw adds a typo with probability ``typo``.
    """

    lower: float
    no_apostrophe: float
    typo: float

    def __call__(self, rng: random.Random, text: str) -> str:
        r = rng.random()
        if r < self.lower:
            text = text.lower().rstrip(".")
        elif r < self.no_apostrophe:
            text = text.replace("'", "")
        if rng.random() < self.typo:
            text = typo(rng, text)
        return text


# ---------------------------------------------------------------- classification
Compose = Callable[[random.Random, str, str, Sequence[str]], str]


def build_classification(
    rng: random.Random,
    cores: dict[str, Sequence[str]],
    hard: dict[str, Sequence[str]],
    details: dict[str, Sequence[str]],
    *,
    slots: dict[str, Sequence[str]],
    noise: Noise,
    compose: Compose,
    n_train: int,
    n_test: int,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Draw (text, label) train and test items per label, with disjoint material in the two splits.

    Per label, 40% of the sentence cores, the first three hard items and the first three details (after a
    shuffle) go to train, the rest to test. Each split starts with its hard items (slots filled, noise added) and
    is topped up with ``compose(rng, label, core, details)`` texts until it has ``n`` items. Texts are unique
    (case-insensitively) across both splits.
    """
    seen: set[str] = set()
    train: list[tuple[str, str]] = []
    test: list[tuple[str, str]] = []
    for label in sorted(cores):
        label_cores = list(cores[label])
        rng.shuffle(label_cores)
        cut = int(len(label_cores) * 0.4)
        label_hard = list(hard[label])
        rng.shuffle(label_hard)
        label_details = list(details[label])
        rng.shuffle(label_details)
        splits = (
            ("train", label_cores[:cut], label_hard[:3], label_details[:3], n_train, train),
            ("test", label_cores[cut:], label_hard[3:], label_details[3:], n_test, test),
        )
        for split, split_cores, split_hard, split_details, n, out in splits:
            items = []
            for h in split_hard:
                t = noise(rng, fill_slots(rng, h, slots))
                if t.lower() not in seen:
                    seen.add(t.lower())
                    items.append(t)
            i = 0
            guard = 0
            while len(items) < n:
                guard += 1
                if guard > 5000:
                    raise RuntimeError(f"not enough material for {label}/{split}")
                core = split_cores[i % len(split_cores)]
                i += 1
                t = compose(rng, label, core, split_details)
                if t.lower() in seen:
                    continue
                seen.add(t.lower())
                items.append(t)
            out.extend((t, label) for t in items[:n])
    rng.shuffle(train)
    rng.shuffle(test)
    return train, test


def write_classification(
    out: Path, train: list[tuple[str, str]], test: list[tuple[str, str]], description: str
) -> None:
    """Write train.jsonl, test.jsonl and task.yaml of a classification task."""
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "train.jsonl", labelled_rows("train", train))
    write_jsonl(out / "test.jsonl", labelled_rows("test", test))
    write_task_yaml(out, "classification", description)


# ---------------------------------------------------------------- clustering
def sample_topic_texts(
    rng: random.Random,
    templates: dict[str, Sequence[str]],
    per_topic: int,
    render: Callable[[str, random.Random], str],
    dateline: Callable[[random.Random], str],
    wire_prob: float,
) -> list[tuple[str, str]]:
    """``per_topic`` unique (text, topic) items per topic, shuffled.

    Templates of a topic are used round-robin in shuffled order and rendered with ``render(template, rng)``.
    A leading "@" marks a wire-style sentence, which gets ``"{dateline(rng)} — "`` in front with probability
    ``wire_prob``.
    """
    rows: list[tuple[str, str]] = []
    seen: set[str] = set()
    for label in sorted(templates):
        pool = sorted(set(templates[label]))
        rng.shuffle(pool)
        texts: list[str] = []
        i, tries = 0, 0
        while len(texts) < per_topic:
            tpl = pool[i % len(pool)]
            i += 1
            wire = tpl.startswith("@")
            text = render(tpl.lstrip("@"), rng)
            if wire and rng.random() < wire_prob:
                text = f"{dateline(rng)} — {text}"
            key = text.lower()
            if key in seen:
                tries += 1
                assert tries < 1000, label
                continue
            seen.add(key)
            texts.append(text)
        rows += [(t, label) for t in texts]
    rng.shuffle(rows)
    return rows


# ---------------------------------------------------------------- semantic textual similarity
Group = tuple[str, str, Sequence[tuple[str, float]]]  # (topic tag, anchor, [(variant, gold score 0-5), ...])
ScoredPair = tuple[str, str, float]


def build_sts_pairs(
    rng: random.Random,
    groups: Sequence[Group],
    extra: Sequence[ScoredPair],
    n_unrelated: int,
    names: Callable[[str], set[str]],
) -> list[ScoredPair]:
    """Anchor/variant pairs of every group, the extra pairs and ``n_unrelated`` score-0 pairs, shuffled.

    An unrelated pair takes one sentence from each of two groups with different topic tags and no shared name
    (``names(text)`` gives a sentence's named entities); each group is used at most three times so that no
    sentence dominates.
    """
    pairs = [(anchor, variant, score) for _, anchor, variants in groups for variant, score in variants]
    pairs.extend(extra)

    pool = [(tag, [anchor] + [v for v, _ in variants]) for tag, anchor, variants in groups]
    used_groups: dict[int, int] = {}
    seen = {frozenset((a, b)) for a, b, _ in pairs}
    unrelated: list[ScoredPair] = []
    while len(unrelated) < n_unrelated:
        i, j = sorted(rng.sample(range(len(pool)), 2))
        if pool[i][0] == pool[j][0] or used_groups.get(i, 0) >= 3 or used_groups.get(j, 0) >= 3:
            continue
        a = rng.choice(pool[i][1])
        b = rng.choice(pool[j][1])
        if names(a) & names(b) or frozenset((a, b)) in seen:
            continue
        seen.add(frozenset((a, b)))
        used_groups[i] = used_groups.get(i, 0) + 1
        used_groups[j] = used_groups.get(j, 0) + 1
        unrelated.append((a, b, 0.0))
    pairs.extend(unrelated)

    keys = [frozenset((a, b)) for a, b, _ in pairs]
    assert len(keys) == len(set(keys)), "duplicate sentence pair"
    assert all(a != b for a, b, _ in pairs)
    assert all(0.0 <= s <= 5.0 for _, _, s in pairs)
    rng.shuffle(pairs)
    return pairs


def sts_rows(rng: random.Random, id_prefix: str, pairs: Iterable[ScoredPair]) -> list[Row]:
    """Numbered ``{"id", "sentence1", "sentence2", "score"}`` rows; each pair's order is flipped at random."""
    rows = []
    for n, (a, b, score) in enumerate(pairs):
        if rng.random() < 0.5:
            a, b = b, a
        rows.append({"id": f"{id_prefix}-{n:04d}", "sentence1": a, "sentence2": b, "score": float(score)})
    return rows


# ---------------------------------------------------------------- paraphrase pair classification
# A frame is one meaning written several ways: "para" templates that all say the same thing for the same slot
# values, "slots" (name -> values; a dict value sets several names at once), "key" slots whose change alters the
# meaning, and "contrast" templates that look like the first paraphrase but mean something else.
Frame = dict[str, Any]
Choice = dict[str, int]


def frame(
    topic: str,
    para: Iterable[str],
    slots: dict[str, Any],
    key: Iterable[str] | None = None,
    contrast: Iterable[str] = (),
) -> Frame:
    """A paraphrase frame; ``key`` defaults to all slots."""
    return {
        "topic": topic,
        "para": list(para),
        "slots": slots,
        "key": list(slots) if key is None else list(key),
        "contrast": list(contrast),
    }


def fill_frame(template: str, mapping: dict[str, str]) -> str:
    """Fill ``{slot}`` fields (``{Slot}`` upper-cases the value's first letter); the result starts upper-case."""

    def repl(m: re.Match[str]) -> str:
        k = m.group(1)
        if k in mapping:
            return mapping[k]
        low = k[0].lower() + k[1:]
        if low in mapping:
            return upper_first(mapping[low])
        raise KeyError(k)

    return upper_first(re.sub(r"\{(\w+)\}", repl, template))


def mapping_of(f: Frame, choice: Choice) -> dict[str, str]:
    """Slot values of a frame for a choice of value indices."""
    m = {}
    for name in sorted(f["slots"]):
        v = f["slots"][name][choice[name]]
        if isinstance(v, dict):
            m.update(v)
        else:
            m[name] = v
    return m


def sample_choice(rng: random.Random, f: Frame) -> Choice:
    """A random value index for every slot of a frame."""
    return {n: rng.randrange(len(vals)) for n, vals in sorted(f["slots"].items())}


def mutate(rng: random.Random, f: Frame, choice: Choice) -> Choice:
    """``choice`` with one key slot changed to another value."""
    slot = rng.choice(f["key"])
    new = dict(choice)
    new[slot] = rng.choice([i for i in range(len(f["slots"][slot])) if i != choice[slot]])
    return new


def generate_paraphrase_pairs(
    rng: random.Random, frames: Sequence[Frame], p_unrelated: float, p_close: float
) -> list[Row]:
    """Labelled sentence pairs drawn from the frames, shuffled; no sentence is used twice.

    Per frame: two paraphrase pairs (label 1), three near-duplicate pairs that differ in one material fact
    (label 0; the closest one is kept with probability ``p_close``, else replaced by one more same-topic pair)
    and one same-topic pair, or an unrelated pair with probability ``p_unrelated`` (label 0).
    """
    used: set[str] = set()
    pairs: list[Row] = []
    by_topic: dict[str, list[int]] = {}
    for i, f in enumerate(frames):
        by_topic.setdefault(f["topic"], []).append(i)

    def take(*sents: str) -> bool:
        if len(set(sents)) < len(sents) or any(s in used for s in sents):
            return False
        used.update(sents)
        return True

    def add(s1: str, s2: str, label: int, kind: str, fi: int) -> None:
        if rng.random() < 0.5:
            s1, s2 = s2, s1
        pairs.append({"sentence1": s1, "sentence2": s2, "label": label, "_kind": kind, "_frame": fi})

    for fi, f in enumerate(frames):
        para, contrast = f["para"], f["contrast"]
        # two paraphrase pairs with different template pairs
        tpl_pairs = [(a, b) for a in range(len(para)) for b in range(a + 1, len(para))]
        rng.shuffle(tpl_pairs)
        made = 0
        for _ in range(500):
            if made == 2:
                break
            a, b = tpl_pairs[made % len(tpl_pairs)]
            m = mapping_of(f, sample_choice(rng, f))
            s1, s2 = fill_frame(para[a], m), fill_frame(para[b], m)
            if take(s1, s2):
                add(s1, s2, 1, "paraphrase", fi)
                made += 1
        assert made == 2, (fi, "positives")
        # three near-duplicate negatives
        # close: same template with one key slot changed, or the contrast next to the paraphrase it mirrors;
        # cross: another paraphrase template with one key slot changed, or the contrast next to another template
        if f["key"] and contrast:
            kinds = [rng.choice(["same_template", "contrast_close"]), "cross_template", "contrast_cross"]
        elif f["key"]:
            kinds = ["same_template", "cross_template", "cross_template"]
        else:
            kinds = ["contrast_close", "contrast_cross", "contrast_cross"]
        if rng.random() >= p_close:
            kinds = kinds[1:]
        for kind in kinds:
            for _ in range(500):
                ch = sample_choice(rng, f)
                m = mapping_of(f, ch)
                if kind.startswith("contrast"):
                    t = para[0] if kind == "contrast_close" else rng.choice(para[1:])
                    s1, s2 = fill_frame(t, m), fill_frame(rng.choice(contrast), m)
                else:
                    m2 = mapping_of(f, mutate(rng, f, ch))
                    a = rng.randrange(len(para))
                    b = a if kind == "same_template" else rng.choice([j for j in range(len(para)) if j != a])
                    s1, s2 = fill_frame(para[a], m), fill_frame(para[b], m2)
                if s1 != s2 and take(s1, s2):
                    add(s1, s2, 0, kind, fi)
                    break
            else:
                raise RuntimeError((fi, kind))
        # one same-topic or unrelated negative (two same-topic-first when the close negative was skipped)
        others = ["unrelated" if rng.random() < p_unrelated else "same_topic"]
        if len(kinds) < 3:
            others.insert(0, "same_topic")
        for kind in others:
            if kind == "same_topic":
                pool = [j for j in by_topic[f["topic"]] if j != fi]
            else:
                pool = [j for j in range(len(frames)) if frames[j]["topic"] != f["topic"]]
            for _ in range(500):
                g = frames[rng.choice(pool)]
                s1 = fill_frame(rng.choice(para), mapping_of(f, sample_choice(rng, f)))
                s2 = fill_frame(rng.choice(g["para"]), mapping_of(g, sample_choice(rng, g)))
                if take(s1, s2):
                    add(s1, s2, 0, kind, fi)
                    break
            else:
                raise RuntimeError((fi, kind))
    rng.shuffle(pairs)
    return pairs


def write_paraphrase_task(out: Path, id_prefix: str, pairs: Sequence[Row], description: str) -> None:
    """Write pairs.jsonl and task.yaml; ``description`` may use ``{n}``, ``{pos}`` and ``{neg}``."""
    out.mkdir(parents=True, exist_ok=True)
    rows = [
        {"id": f"{id_prefix}-{i:04d}", "sentence1": p["sentence1"], "sentence2": p["sentence2"], "label": p["label"]}
        for i, p in enumerate(pairs)
    ]
    write_jsonl(out / "pairs.jsonl", rows)
    pos = sum(p["label"] for p in pairs)
    write_task_yaml(out, "pair_classification", description.format(n=len(pairs), pos=pos, neg=len(pairs) - pos))


# ---------------------------------------------------------------- bitext mining
def bitext_rows(id_prefix: str, pairs: Iterable[tuple[str, str]]) -> list[Row]:
    """Numbered ``{"id", "sentence1", "sentence2"}`` rows of a parallel corpus (row i's sentences are each other's
    gold match); no sentence1 and no sentence2 may repeat."""
    pairs = list(pairs)
    assert len({a for a, _ in pairs}) == len(pairs), "duplicate sentence1"
    assert len({b for _, b in pairs}) == len(pairs), "duplicate sentence2"
    return [{"id": f"{id_prefix}-{i:04d}", "sentence1": a, "sentence2": b} for i, (a, b) in enumerate(pairs)]


def write_bitext_task(out: Path, id_prefix: str, pairs: Sequence[tuple[str, str]], description: str) -> None:
    """Write pairs.jsonl and task.yaml of a bitext mining task; ``description`` may use ``{n}``."""
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "pairs.jsonl", bitext_rows(id_prefix, pairs))
    write_task_yaml(out, "bitext_mining", description.format(n=len(pairs)))


# ---------------------------------------------------------------- summarization
# (source text, human reference summaries, [(machine summary, relevance 1-5), ...])
Article = tuple[str, Sequence[str], Sequence[tuple[str, float]]]


def summarization_rows(rng: random.Random, id_prefix: str, articles: Sequence[Article]) -> list[Row]:
    """Numbered ``{"id", "text", "human_summaries", "machine_summaries", "relevance"}`` rows (mteb 2.x's
    summarization layout). The articles are shuffled, then each one's machine summaries (one shuffle per article,
    in the new article order). Every article must have a unique text, at least one human summary, distinct machine
    summaries, relevance scores within 1-5 and at least three distinct scores (mteb skips a text whose scores
    are all equal)."""
    assert len({a[0] for a in articles}) == len(articles), "duplicate text"
    order = list(range(len(articles)))
    rng.shuffle(order)
    rows: list[Row] = []
    for i, k in enumerate(order):
        text, human, machine = articles[k]
        machine = list(machine)
        assert human, text[:60]
        assert len({s for s, _ in machine}) == len(machine), f"duplicate machine summary: {text[:60]}"
        assert all(1 <= r <= 5 for _, r in machine), f"relevance outside 1-5: {text[:60]}"
        assert len({r for _, r in machine}) >= 3, f"fewer than three distinct relevance values: {text[:60]}"
        rng.shuffle(machine)
        rows.append({
            "id": f"{id_prefix}-{i:04d}",
            "text": text,
            "human_summaries": list(human),
            "machine_summaries": [s for s, _ in machine],
            "relevance": [float(r) for _, r in machine],
        })
    return rows


def write_summarization_task(out: Path, rows: Sequence[Row], description: str) -> None:
    """Write summaries.jsonl and task.yaml of a summarization task; ``description`` may use ``{n}`` (texts),
    ``{n_human}`` and ``{n_machine}`` (summaries in all)."""
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / "summaries.jsonl", rows)
    n_human = sum(len(r["human_summaries"]) for r in rows)
    n_machine = sum(len(r["machine_summaries"]) for r in rows)
    write_task_yaml(out, "summarization", description.format(n=len(rows), n_human=n_human, n_machine=n_machine))
