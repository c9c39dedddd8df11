"""Threshold tuning for the span classifier, on the dev split only.

The model scores every candidate once (threshold 0); the sweep then applies
each threshold and the same overlap resolution ``extract()`` uses, so the
chosen value is the one that maximises what users get. The winner is written
into the model's config (``[components.spancat] threshold``).
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from ..api import resolve_overlaps, scored_spans

LABELS = ("DECISION", "ACTION")


def score_candidates(nlp, texts: Sequence[str]) -> list[list[tuple[int, int, str, float]]]:
    """Every candidate with its score for each label (the spancat threshold set to 0 meanwhile)."""
    spancat = nlp.get_pipe("spancat")
    saved = spancat.cfg["threshold"]
    spancat.cfg["threshold"] = 0.0
    try:
        return [scored_spans(doc) for doc in nlp.pipe(texts, disable=["minutes_structure"])]
    finally:
        spancat.cfg["threshold"] = saved


def sweep(golds: Sequence[Any], scored: Sequence[list[tuple[int, int, str, float]]],
          thresholds: Sequence[float]) -> list[dict[str, Any]]:
    """Exact-match P/R/F1 per label and micro for each threshold."""
    rows = []
    for t in thresholds:
        tp = {lab: 0 for lab in LABELS}
        fp = dict(tp)
        fn = dict(tp)
        for gold, cands in zip(golds, scored):
            pred = {(s, e, lab) for s, e, lab, sc in resolve_overlaps(c for c in cands if c[3] >= t)}
            ref = {(x["start"], x["end"], x["label"]) for x in gold.spans}
            for lab in LABELS:
                p = {x for x in pred if x[2] == lab}
                g = {x for x in ref if x[2] == lab}
                tp[lab] += len(p & g)
                fp[lab] += len(p - g)
                fn[lab] += len(g - p)
        row: dict[str, Any] = {"threshold": round(t, 3)}
        for lab in LABELS + ("micro",):
            a = sum(tp.values()) if lab == "micro" else tp[lab]
            b = sum(fp.values()) if lab == "micro" else fp[lab]
            c = sum(fn.values()) if lab == "micro" else fn[lab]
            prec = a / (a + b) if a + b else 0.0
            rec = a / (a + c) if a + c else 0.0
            row[lab] = {"precision": prec, "recall": rec, "f1": 2 * prec * rec / (prec + rec) if prec + rec else 0.0}
        rows.append(row)
    return rows


def tune(model_dir: Path, dev_golds: Sequence[Any], grid: Sequence[float] | None = None) -> dict[str, Any]:
    """Pick the dev-best threshold (micro F1), save it into the model, return the sweep."""
    import spacy

    nlp = spacy.load(model_dir)
    grid = grid or [round(0.05 * i, 2) for i in range(1, 20)]
    rows = sweep(dev_golds, score_candidates(nlp, [g.text for g in dev_golds]), grid)
    best = max(rows, key=lambda r: (r["micro"]["f1"], -abs(r["threshold"] - 0.5)))
    nlp.get_pipe("spancat").cfg["threshold"] = best["threshold"]
    nlp.meta.setdefault("governance_nlp", {})["spancat_threshold"] = {"value": best["threshold"], "tuned_on": "dev",
                                                                      "dev_micro_f1": round(best["micro"]["f1"], 4)}
    nlp.to_disk(model_dir)
    config = spacy.util.load_config(model_dir / "config.cfg")
    config["components"]["spancat"]["threshold"] = best["threshold"]
    config.to_disk(model_dir / "config.cfg")
    return {"best": best, "sweep": rows}
