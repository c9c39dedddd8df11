"""Scores of predicted motions and declarations against the gold ``motions`` and ``declarations`` (spec 6).

A predicted motion is detected when its span overlaps a gold motion's span
(one-to-one, largest overlap first). On detected motions, field accuracy:
proposer and seconder are right when both are null or both name the same
person (titles ignored, "Mr Oakford" ~ "Oakford", initials exact); outcome
exactly; counts when ``for``, ``against`` and ``abstain`` all equal. Named
voters are scored where the gold names them: precision/recall/F1 over
(side, person) pairs. Declarations match on overlapping sentences and the
same member; member and item accuracy are over gold declarations.
"""
from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

from .names import clean_name, compatible

TITLES = re.compile(r"^(?:(?:Cllrs?|Clr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame)\.?\s+)+", re.I)


def _person(x: str | None) -> str:
    return TITLES.sub("", clean_name(x or "")).strip().lower()


def same_person(a: str | None, b: str | None) -> bool:
    """Null equals null; otherwise the same normalised name or compatible forms of one name."""
    if a is None or b is None:
        return a is None and b is None
    pa, pb = _person(a), _person(b)
    return pa == pb or (bool(pa) and bool(pb) and compatible(pa, pb))


def _same_item(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    da, db = re.findall(r"\d+[a-z]?", a.lower()), re.findall(r"\d+[a-z]?", b.lower())
    return da == db if (da or db) else a.strip().lower() == b.strip().lower()


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def _pairs(gold: Sequence[dict[str, Any]], pred: Sequence[dict[str, Any]], extra=lambda g, p: True):
    cands = sorted(((_overlap(g, p), i, j) for i, g in enumerate(gold) for j, p in enumerate(pred)
                    if _overlap(g, p) > 0 and extra(g, p)), reverse=True)
    used_g, used_p, out = set(), set(), []
    for _, i, j in cands:
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j)
            out.append((gold[i], pred[j]))
    return out


def _prf(tp: int, pred: int, gold: int) -> dict[str, float | int]:
    p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "tp": tp, "pred": pred, "gold": gold}


def _acc(hits: int, n: int) -> dict[str, float | int]:
    return {"accuracy": round(hits / n, 4) if n else 0.0, "correct": hits, "n": n}


def _voter_pairs(voters: dict[str, list[str]] | None) -> list[tuple[str, str]]:
    return [(side, name) for side, names in (voters or {}).items() for name in names]


def score_motions(golds: Iterable[Sequence[dict[str, Any]]], preds: Iterable[Sequence[dict[str, Any]]]) -> dict[str, Any]:
    """Detection P/R/F1 and field accuracy on detected motions, over paired documents."""
    n_gold = n_pred = 0
    fields = {f: [0, 0] for f in ("proposer", "seconder", "outcome", "counts")}
    voters = [0, 0, 0]  # tp, pred, gold over documents/motions where the gold names voters
    matched = 0
    for gold, pred in zip(golds, preds):
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        for g, p in _pairs(gold, pred):
            matched += 1
            checks = {"proposer": same_person(g.get("proposer"), p.get("proposer")),
                      "seconder": same_person(g.get("seconder"), p.get("seconder")),
                      "outcome": g.get("outcome") == p.get("outcome"),
                      "counts": all(g.get(k) == p.get(k) for k in ("for", "against", "abstain"))}
            for f, ok in checks.items():
                fields[f][0] += ok
                fields[f][1] += 1
            if g.get("voters"):
                want, got = _voter_pairs(g["voters"]), _voter_pairs(p.get("voters"))
                free = list(got)
                for side, name in want:
                    hit = next((x for x in free if x[0] == side and same_person(x[1], name)), None)
                    if hit:
                        free.remove(hit)
                        voters[0] += 1
                voters[1] += len(got)
                voters[2] += len(want)
    return {"detection": _prf(matched, n_pred, n_gold),
            **{f: _acc(hits, n) for f, (hits, n) in fields.items()},
            "voters": _prf(*voters)}


def score_declarations(golds: Iterable[Sequence[dict[str, Any]]],
                       preds: Iterable[Sequence[dict[str, Any]]]) -> dict[str, Any]:
    """Detection (sentence overlap and same member) P/R/F1, and item accuracy on detected declarations."""
    n_gold = n_pred = matched = item_hits = 0
    for gold, pred in zip(golds, preds):
        n_gold, n_pred = n_gold + len(gold), n_pred + len(pred)
        for g, p in _pairs(gold, pred, lambda g, p: same_person(g["member"], p["member"])):
            matched += 1
            item_hits += _same_item(g.get("item"), p.get("item"))
    return {"member": _prf(matched, n_pred, n_gold), "item": _acc(item_hits, matched)}
