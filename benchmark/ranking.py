"""Exact top-k ranking with pytrec_eval's tie order (score descending, then doc id descending)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import NDArray

from benchmark.models.base import FloatMatrix, Run, Similarity, l2_normalize

# Similarity rows are computed for this many (query x document) cells at a time, bounding memory.
_CELLS_PER_BLOCK = 32_000_000


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


def top_k_block(sims: FloatMatrix, query_ids: Sequence[str], doc_ids: Sequence[str], k: int) -> Run:
    """``top_k_run`` for a block of rows at once: torch.topk finds candidates, exact ties at the cut are widened."""
    import torch

    k = min(k, sims.shape[1])
    if k == 0:
        return {qid: {} for qid in query_ids}
    block = torch.from_numpy(np.ascontiguousarray(sims))
    values, indices = torch.topk(block, k, dim=1)
    kth = values[:, -1:]
    ties_beyond = ((block >= kth).sum(dim=1) > k).numpy()
    indices_np = indices.numpy()
    run: Run = {}
    for row, qid in enumerate(query_ids):
        scores = sims[row]
        keep = np.flatnonzero(scores >= scores[indices_np[row, -1]]) if ties_beyond[row] else indices_np[row]
        ordered = sorted(((float(scores[i]), doc_ids[int(i)]) for i in keep), reverse=True)[:k]
        run[qid] = {doc: score for score, doc in ordered}
    return run


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
    block = max(1, _CELLS_PER_BLOCK // max(1, len(doc_ids)))
    for start in range(0, len(query_ids), block):
        sims = np.asarray(query_emb[start : start + block] @ doc_emb.T, dtype=np.float32)
        run.update(top_k_block(sims, query_ids[start : start + block], doc_ids, top_k))
    return run
