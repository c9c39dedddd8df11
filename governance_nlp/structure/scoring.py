"""Field-level scores of the structured layer against gold ``roster``, ``officers`` and ``action_owners``.

Records are matched on the normalised name (case, dots, hyphens, apostrophes
and spacing ignored). For each field, a predicted non-null value is a true
positive when the matched gold record has the same normalised value;
precision is over predicted non-null values, recall over gold non-null
values, so guessing a role where the gold has none costs precision and
missing one costs recall. ``name`` scores the records themselves. Action
owners are compared per ACTION span (by offsets) as sets of normalised
strings; ``exact`` is the share of gold spans whose owner set is exactly
right, empty sets included. A score with nothing to count (no predicted
and no gold values) is 0.0; read it together with ``pred`` and ``gold``.
"""
from __future__ import annotations

from collections import Counter
from typing import Any, Iterable, Protocol, Sequence

from .names import norm

ROSTER_FIELDS = ("name", "authority", "party", "role", "attendance")
OFFICER_FIELDS = ("name", "role", "organisation")


class _Gold(Protocol):
    id: str
    roster: list[dict[str, Any]]
    officers: list[dict[str, Any]]
    action_owners: list[dict[str, Any]]


class _Predicted(Protocol):
    councillors: list[dict[str, Any]]
    officers: list[dict[str, Any]]
    owners: dict[tuple[int, int], list[str]]


def _prf(tp: int, pred: int, gold: int) -> dict[str, float | int]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "pred": pred, "gold": gold}


def _records(gold: Iterable[Sequence[dict[str, Any]]], pred: Iterable[Sequence[dict[str, Any]]],
             fields: Sequence[str]) -> dict[str, Any]:
    counts = {f: Counter() for f in fields}
    for gold_recs, pred_recs in zip(gold, pred):
        by_name = {norm(g["name"]): g for g in gold_recs}
        used: set[str] = set()
        for g in gold_recs:
            for f in fields:
                counts[f]["gold"] += g.get(f) is not None
        for p in pred_recs:
            key = norm(p["name"])
            match = by_name.get(key) if key not in used else None
            used.add(key)
            for f in fields:
                value = p.get(f)
                if value is None:
                    continue
                counts[f]["pred"] += 1
                counts[f]["tp"] += bool(match and norm(match.get(f)) == norm(value))
    out: dict[str, Any] = {f: _prf(c["tp"], c["pred"], c["gold"]) for f, c in counts.items()}
    total = sum(counts.values(), Counter())
    out["micro"] = _prf(total["tp"], total["pred"], total["gold"])
    return out


def _owners(gold_docs: Sequence[_Gold], structures: Sequence[_Predicted]) -> dict[str, Any]:
    tp = pred = gold = exact = spans = 0
    for g, s in zip(gold_docs, structures):
        predicted = {k: Counter(norm(o) for o in v) for k, v in s.owners.items()}
        for rec in g.action_owners:
            want = Counter(norm(o) for o in rec["owners"])
            got = predicted.pop((rec["start"], rec["end"]), Counter())
            tp += sum((want & got).values())
            pred += sum(got.values())
            gold += sum(want.values())
            exact += want == got
            spans += 1
        pred += sum(sum(c.values()) for c in predicted.values())  # owners on spans the gold has no action for
    return {"owners": _prf(tp, pred, gold), "exact": round(exact / spans, 4) if spans else 0.0, "spans": spans}


def score_structure(gold_docs: Sequence[_Gold], structures: Sequence[_Predicted]) -> dict[str, Any]:
    """Scores of ``structures`` (one per gold document, same order) against the gold documents.

    Returns ``{"roster": {field: {precision, recall, f1, tp, pred, gold}, "micro": ...},
    "officers": {...}, "action_owners": {"owners": {...}, "exact": float, "spans": int}}``.
    """
    if len(gold_docs) != len(structures):
        raise ValueError(f"{len(gold_docs)} gold documents but {len(structures)} structures")
    return {
        "roster": _records((g.roster for g in gold_docs), (s.councillors for s in structures), ROSTER_FIELDS),
        "officers": _records((g.officers for g in gold_docs), (s.officers for s in structures), OFFICER_FIELDS),
        "action_owners": _owners(gold_docs, structures),
    }
