"""Inter-annotator agreement: two independent quote-file passes over the same documents.

Agreement is pairwise F1 per label (one pass as reference; F1 is symmetric),
exact offsets and label, the usual measure for span annotation where kappa
is ill-defined (no fixed set of negatives).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .quotes import resolve_files


def _units(rec: dict, key: str) -> set[tuple[int, int, str]]:
    return {(x["start"], x["end"], x["label"]) for x in rec[key]}


def agreement(first: list[Path], second: list[Path]) -> dict[str, dict[str, float]]:
    """Per-label F1 (and counts) between two passes; documents matched by id."""
    a = {r.record["id"]: r.record for r in resolve_files(first)}
    b = {r.record["id"]: r.record for r in resolve_files(second)}
    tp: Counter[str] = Counter()
    na: Counter[str] = Counter()
    nb: Counter[str] = Counter()
    for doc_id in sorted(set(a) & set(b)):
        for key in ("entities", "spans"):
            ua, ub = _units(a[doc_id], key), _units(b[doc_id], key)
            for u in ua:
                na[u[2]] += 1
            for u in ub:
                nb[u[2]] += 1
            for u in ua & ub:
                tp[u[2]] += 1
    out = {}
    for label in sorted(set(na) | set(nb)):
        denom = na[label] + nb[label]
        out[label] = {"f1": 2 * tp[label] / denom if denom else 1.0, "agreed": tp[label],
                      "first": na[label], "second": nb[label]}
    return out


def disagreements(first: list[Path], second: list[Path]) -> list[str]:
    """Readable list of units found by one pass only, for adjudication."""
    a = {r.record["id"]: r for r in resolve_files(first)}
    b = {r.record["id"]: r for r in resolve_files(second)}
    lines = []
    for doc_id in sorted(set(a) & set(b)):
        text = a[doc_id].text
        for key in ("entities", "spans"):
            ua, ub = _units(a[doc_id].record, key), _units(b[doc_id].record, key)
            for tag, diff in (("first only", ua - ub), ("second only", ub - ua)):
                for s, e, lab in sorted(diff):
                    lines.append(f"{doc_id} {tag:11} {lab:10} {s}-{e} {text[s:e]!r}")
    return lines
