"""Wrapping mteb tasks: converted offline from mteb's own mock tasks, scored as mteb scores them."""

from __future__ import annotations

from typing import Any

import pytest
from mteb.mocks.mock_tasks.bitext_mining import MockBitextMiningTask
from mteb.mocks.mock_tasks.classification import MockClassificationTask
from mteb.mocks.mock_tasks.clustering import LegacyMockClusteringFastTask, MockClusteringTask
from mteb.mocks.mock_tasks.pair_classification import MockPairClassificationTask
from mteb.mocks.mock_tasks.reranking import MockRerankingTask
from mteb.mocks.mock_tasks.retrieval import MockRetrievalTask
from mteb.mocks.mock_tasks.sts import MockSTSTask

from benchmark.errors import TaskSpecError
from benchmark.evaluate import evaluate_task
from benchmark.models.synthetic import HashingEmbedder
from benchmark.mteb_adapter import convert_mteb_task
from tests.conftest import RecordingEmbedder
from tests.parity import mteb_bridge as mb


@pytest.mark.parametrize(
    "task_class",
    [
        MockRetrievalTask,
        MockRerankingTask,
        MockSTSTask,
        MockClassificationTask,
        LegacyMockClusteringFastTask,
        MockPairClassificationTask,
        MockBitextMiningTask,
    ],
)
def test_converted_mock_task_scores_like_mteb(task_class: Any) -> None:
    task = task_class()
    task.load_data()
    data = convert_mteb_task(task)
    assert data.spec.resolved_main_score == task.metadata.main_score
    recorder = RecordingEmbedder(HashingEmbedder(dim=16))
    ours = evaluate_task(recorder, data).outcomes["test"].scores
    fresh = task_class()

    def fallback(texts: list[str]) -> list:
        return list(recorder.inner.encode(texts, role=None, task=data.spec))

    theirs = mb.mteb_scores(fresh, mb.FrozenEncoder(recorder.table, task_class.__name__, fallback=fallback))
    main = task.metadata.main_score
    assert ours[main] == pytest.approx(theirs[main], abs=1e-6)


def test_converted_summarization_task_scores_like_mteb() -> None:
    texts = [f"report {i} on harbour traffic and rates" for i in range(6)]
    human = [[f"harbour traffic report {i}", f"rates rose in report {i}"] for i in range(6)]
    machine = [[f"summary {i} {j} of harbour rates" for j in range(4)] for i in range(6)]
    relevance = [[1, 2, 4, 5], [5, 3, 3, 1], [2, 2, 4, 1], [1, 1, 1, 1], [3, 4, 5, 2], [5, 4, 1, 2]]

    def task() -> Any:
        made = mb.summarization_task(texts, human, machine, relevance, 1, 5)
        made.load_data()
        return made

    data = convert_mteb_task(task())
    assert data.spec.type == "summarization" and data.spec.protocol()["scoring"] == "mteb"
    recorder = RecordingEmbedder(HashingEmbedder(dim=16))
    ours = evaluate_task(recorder, data).outcomes["test"].scores
    theirs = mb.mteb_scores(task(), mb.FrozenEncoder(recorder.table, "summarization"))
    for key in ("cosine_spearman", "dot_pearson"):
        assert ours[key] == pytest.approx(theirs[key], abs=1e-6), key


def test_legacy_clustering_is_refused() -> None:
    task = MockClusteringTask()
    task.load_data()
    with pytest.raises(TaskSpecError, match="legacy"):
        convert_mteb_task(task)
