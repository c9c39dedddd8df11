"""Inter-annotator agreement: two independent quote-file passes over the same documents.

Agreement is pairwise F1 per label (one pass as reference; F1 is symmetric),
exact offsets and label, the usual measure for span annotation where kappa
is ill-defined (no fixed set of negatives).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from .quotes import resolve_files


KEYS = ("entities", "spans", "motions", "declarations")


def _units(rec: dict, key: str) -> set[tuple[int, int, str]]:
    """Comparable units: entities and spans by offsets and label; a motion by its span; a declaration by its
    sentence and member (titles and case ignored)."""
    if key == "motions":
        return {(x["start"], x["end"], "MOTION") for x in rec.get(key, [])}
    if key == "declarations":
        return {(x["start"], x["end"], "DECLARATION:" + " ".join(x["member"].lower().split()[-1:]))
                for x in rec.get(key, [])}
    return {(x["start"], x["end"], x["label"]) for x in rec[key]}


def _label(unit: tuple[int, int, str]) -> str:
    return unit[2].split(":")[0]


def agreement(first: list[Path], second: list[Path], body: str | None = None) -> dict[str, dict[str, float]]:
    """Per-label F1 (and counts) between two passes; documents matched by id (only ``body``'s, if given)."""
    a = {r.record["id"]: r.record for r in resolve_files(first)}
    b = {r.record["id"]: r.record for r in resolve_files(second)}
    tp: Counter[str] = Counter()
    na: Counter[str] = Counter()
    nb: Counter[str] = Counter()
    for doc_id in sorted(set(a) & set(b)):
        if body is not None and a[doc_id]["meta"].get("body") != body:
            continue
        for key in KEYS:
            ua, ub = _units(a[doc_id], key), _units(b[doc_id], key)
            for u in ua:
                na[_label(u)] += 1
            for u in ub:
                nb[_label(u)] += 1
            for u in ua & ub:
                tp[_label(u)] += 1
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
        for key in KEYS:
            ua, ub = _units(a[doc_id].record, key), _units(b[doc_id].record, key)
            for tag, diff in (("first only", ua - ub), ("second only", ub - ua)):
                for s, e, lab in sorted(diff):
                    lines.append(f"{doc_id} {tag:11} {lab:10} {s}-{e} {text[s:e]!r}")
    return lines


def bodies(paths: list[Path]) -> dict[str, list[str]]:
    """Document ids per body (``meta.body``) of the quote files in ``paths``."""
    out: dict[str, list[str]] = {}
    for r in resolve_files(paths):
        out.setdefault(r.record["meta"].get("body", "?"), []).append(r.record["id"])
    return out
