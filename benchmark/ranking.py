"""Exact top-k ranking with pytrec_eval's tie order (score descending, then doc id descending)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import numpy as np
from numpy.typing import NDArray

from benchmark.models.base import FloatMatrix, Run, Similarity, l2_normalize

# Similarities are computed for about this many (query x document) cells at a time (128 MB of float32), over
# corpus chunks of this many documents: wide enough for efficient matrix products, small enough to bound memory.
_CELLS_PER_CHUNK = 2**25
_DOCS_PER_CHUNK = 2**16


def top_k_run(scores: Mapping[str, NDArray[np.floating]], doc_ids: Sequence[str], k: int) -> Run:
    """Keep each query's ``k`` best documents; ties at the cut are broken by doc id descending."""
    run: Run = {}
    for qid, row in scores.items():
        n = len(row)
        if n > k:
            threshold = np.partition(row, n - k)[n - k]
            keep = np.flatnonzero(row >= threshold)
        else:
            keep = np.arange(n)
        ordered = sorted(((float(row[i]), doc_ids[int(i)]) for i in keep), reverse=True)[:k]
        run[qid] = {doc: score for score, doc in ordered}
    return run


def _exact_top_k(queries: FloatMatrix, docs: FloatMatrix, k: int) -> list[tuple[list[int], list[float]]]:
    """Per query: the indices and scores of its ``k`` best documents, plus every document tied with the k-th.

    Similarities are computed for a block of queries against one corpus chunk at a time (large matrix products,
    bounded memory); ``torch.topk`` keeps each chunk's best and a running merge keeps the block's best. A cut
    that falls inside a run of equal scores shows as the (k+1)-th best equalling the k-th; for those queries the
    block's products are recomputed (same shapes, hence the same bits) to collect every document scoring at
    least the final k-th score, so that ties are broken as pytrec_eval does (score, then doc id, descending).
    Block and chunk sizes are multiples of 64, so values do not depend on where a corpus is cut.
    """
    docs = np.ascontiguousarray(docs, dtype=np.float32)
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    chunk = max(1, min(len(docs), _DOCS_PER_CHUNK))
    rows_per_block = max(64, _CELLS_PER_CHUNK // chunk // 64 * 64)
    out: list[tuple[list[int], list[float]]] = []
    for start in range(0, len(queries), rows_per_block):
        out.extend(_block_top_k(queries[start : start + rows_per_block], docs, k, chunk))
    return out


def _block_top_k(block: FloatMatrix, docs: FloatMatrix, k: int, chunk: int) -> list[tuple[list[int], list[float]]]:
    import torch

    starts = range(0, len(docs), chunk)
    best_values = torch.zeros((len(block), 0))
    best_indices = torch.zeros((len(block), 0), dtype=torch.int64)
    tied = torch.zeros(len(block), dtype=torch.bool)
    for start in starts:
        sims = torch.from_numpy(block @ docs[start : start + chunk].T)
        values, indices = _top_k_plus_one(sims, k, tied)
        values = torch.cat([best_values, values], dim=1)
        indices = torch.cat([best_indices, indices + start], dim=1)
        best_values, position = _top_k_plus_one(values, k, tied)
        best_indices = torch.gather(indices, 1, position)
    result = list(zip(best_indices.tolist(), best_values.tolist(), strict=True))
    flagged = torch.nonzero(tied).flatten()
    if len(flagged):
        threshold = best_values[flagged, -1:]
        widened: list[tuple[list[int], list[float]]] = [([], []) for _ in flagged]
        for start in starts:
            sims = torch.from_numpy(block @ docs[start : start + chunk].T)[flagged]
            rows, cols = torch.nonzero(sims >= threshold, as_tuple=True)
            for row, col, value in zip(rows.tolist(), cols.tolist(), sims[rows, cols].tolist(), strict=True):
                widened[row][0].append(col + start)
                widened[row][1].append(value)
        for row, candidates in zip(flagged.tolist(), widened, strict=True):
            result[row] = candidates
    return result


def _top_k_plus_one(scores: Any, k: int, tied: Any) -> tuple[Any, Any]:
    """Each row's ``k`` best (values, positions); marks in ``tied`` the rows whose (k+1)-th best equals the k-th."""
    import torch

    values, positions = torch.topk(scores, min(k + 1, scores.shape[1]), dim=1)
    if values.shape[1] > k:
        tied |= values[:, k] == values[:, k - 1]
        values, positions = values[:, :k], positions[:, :k]
    return values, positions


def similarity_matrix(queries: FloatMatrix, docs: FloatMatrix, similarity: Similarity) -> FloatMatrix:
    """Cosine (normalised dot) or plain dot products, float32."""
    if similarity == "cosine":
        queries, docs = l2_normalize(queries), l2_normalize(docs)
    out: FloatMatrix = np.asarray(queries @ docs.T, dtype=np.float32)
    return out


def unit_rows(matrix: FloatMatrix) -> FloatMatrix:
    """``matrix`` itself when its rows already have unit length (no copy), else a normalised copy."""
    norms = np.linalg.norm(matrix[: min(len(matrix), 1024)], axis=1)
    if matrix.dtype == np.float32 and np.allclose(norms, 1.0, atol=1e-6):
        norms_all = np.einsum("ij,ij->i", matrix, matrix)
        if np.allclose(norms_all, 1.0, atol=2e-6):
            return matrix
    return l2_normalize(matrix)


def dense_search(
    query_ids: Sequence[str],
    query_emb: FloatMatrix,
    doc_ids: Sequence[str],
    doc_emb: FloatMatrix,
    *,
    similarity: Similarity,
    top_k: int,
    candidates: Mapping[str, Sequence[str]] | None = None,
) -> Run:
    """Rank documents for each query by similarity; over candidate lists when given (reranking)."""
    if candidates is not None:
        position = {d: i for i, d in enumerate(doc_ids)}
        run: Run = {}
        for qi, qid in enumerate(query_ids):
            pool = list(candidates.get(qid, []))
            if not pool:
                run[qid] = {}
                continue
            sims = similarity_matrix(query_emb[qi : qi + 1], doc_emb[[position[d] for d in pool]], similarity)[0]
            run.update(top_k_run({qid: sims}, pool, top_k))
        return run
    run = {}
    if similarity == "cosine":  # normalise once, not per block (and not at all when rows are unit length)
        query_emb, doc_emb = unit_rows(query_emb), unit_rows(doc_emb)
    if len(doc_ids) == 0 or top_k <= 0:
        return {qid: {} for qid in query_ids}
    for qid, (indices, values) in zip(query_ids, _exact_top_k(query_emb, doc_emb, top_k), strict=True):
        ordered = sorted(zip(values, (doc_ids[i] for i in indices), strict=True), reverse=True)[:top_k]
        run[qid] = {doc: score for score, doc in ordered}
    return run
