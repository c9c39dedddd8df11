"""The evaluation run behind ``governance-nlp evaluate`` and ``crossval``.

A model and the baselines are scored on the same documents with the same
scorer, so every table puts the model beside a simple alternative.
"""
from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Optional, Sequence

from ..corpus.loader import GoldDoc
from ..structure.motion_scoring import score_declarations, score_motions
from ..structure.scoring import score_structure
from .scoring import evaluate, format_table


def model_predictions(golds: Sequence[GoldDoc], model: Optional[str | Path] = None) -> list[dict[str, Any]]:
    """``extract()`` output (as dicts) for each gold document's text."""
    from ..api import extract_many

    return [m.to_dict() for m in extract_many([g.text for g in golds], model=model)]


def baseline_predictions(train: Sequence[GoldDoc], golds: Sequence[GoldDoc]) -> dict[str, list[dict[str, Any]]]:
    """Rule baseline, and TF-IDF + logistic regression (spans; rule entities) fitted on ``train``."""
    from .baselines import RuleBaseline, TfidfSpanBaseline

    texts = [g.text for g in golds]
    rule = RuleBaseline()
    tfidf = TfidfSpanBaseline(entity_baseline=rule).fit(list(train))
    return {"rule": rule.predict_many(texts), "tfidf": tfidf.predict_many(texts)}


def structure_scores(golds: Sequence[GoldDoc], preds: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Field-level roster/officer scores and action-owner scores of predictions."""
    structures = [SimpleNamespace(councillors=p.get("councillors", []), officers=p.get("officers", []),
                                  owners={(a["start"], a["end"]): a.get("owners", []) for a in p.get("actions", [])})
                  for p in preds]
    scores = score_structure(list(golds), structures)
    scores["motions"] = score_motions((g.motions for g in golds), (p.get("motions", []) for p in preds))
    scores["declarations"] = score_declarations((g.declarations for g in golds),
                                                (p.get("declarations", []) for p in preds))
    return scores


def full_report(golds: Sequence[GoldDoc], model: Optional[str | Path], train: Sequence[GoldDoc] = (),
                baselines: bool = True) -> dict[str, Any]:
    """Scores of the model (and baselines when ``train`` is given) on ``golds``."""
    systems: dict[str, list[dict[str, Any]]] = {"model": model_predictions(golds, model)}
    if baselines and train:
        systems.update(baseline_predictions(train, golds))
    out: dict[str, Any] = {"documents": [g.id for g in golds], "systems": {}}
    for name, preds in systems.items():
        out["systems"][name] = {"scores": evaluate(list(golds), preds), "structure": structure_scores(golds, preds)}
    out["_predictions"] = systems
    return out


def summary_rows(report: dict[str, Any]) -> list[str]:
    """One comparison line per label: F1 of each system side by side."""
    systems = list(report["systems"])
    lines = [f"{'view/label':34}" + "".join(f"{s:>10}" for s in systems)]
    views = [("entities", "exact"), ("entities", "untyped"), ("spans", "exact"), ("spans", "overlap")]
    first = report["systems"][systems[0]]["scores"]
    for kind, view in views:
        for label in list(first[kind][view]["labels"]) + ["micro", "macro"]:
            vals = []
            for s in systems:
                block = report["systems"][s]["scores"][kind][view]
                row = block["labels"].get(label) if label in block["labels"] else block.get(label)
                vals.append(f"{row['f1']:10.3f}" if row else f"{'-':>10}")
            lines.append(f"{kind + ' ' + view + ' ' + label:34}" + "".join(vals))
    for part in ("roster", "officers"):
        for field, row in report["systems"][systems[0]]["structure"][part].items():
            vals = [f"{report['systems'][s]['structure'][part][field]['f1']:10.3f}" for s in systems]
            lines.append(f"{part + ' ' + field:34}" + "".join(vals))
    owners = [report["systems"][s]["structure"]["action_owners"]["owners"]["f1"] for s in systems]
    lines.append(f"{'action owners':34}" + "".join(f"{v:10.3f}" for v in owners))
    for part, keys in (("motions", ("detection", "proposer", "seconder", "outcome", "counts", "voters")),
                       ("declarations", ("member", "item"))):
        for key in keys:
            vals = []
            for s in systems:
                row = report["systems"][s]["structure"].get(part, {}).get(key)
                vals.append(f"{row.get('f1', row.get('accuracy')):10.3f}" if row else f"{'-':>10}")
            lines.append(f"{part + ' ' + key:34}" + "".join(vals))
    return lines


def print_report(report: dict[str, Any], per_doc: bool = False) -> None:
    for name, block in report["systems"].items():
        print(f"\n######## {name}")
        print(format_table(block["scores"], per_doc=per_doc))
    print("\n######## F1 side by side")
    print("\n".join(summary_rows(report)))


def write_json(report: dict[str, Any], path: Path) -> None:
    data = {k: v for k, v in report.items() if not k.startswith("_")}
    Path(path).write_text(json.dumps(data, indent=1, ensure_ascii=False))
