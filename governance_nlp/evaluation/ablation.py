"""The ablation table: pipeline variants on the models of a finished leave-one-body-out run.

``governance-nlp crossval --by body --output DIR`` keeps each fold's trained
model in ``DIR/<body>/model``. Rule components carry no weights, so a variant
(the fold model with rule entities, rule spans, consistency, on or off, in
different merge modes) needs no retraining: each is built on every fold's
model and scored on that fold's held-out body, pooled over all bodies, beside
the rule baseline on the same documents. Run::

    python -m governance_nlp.evaluation.ablation DIR [--json OUT]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from ..corpus.loader import load_gold
from .crossval import _prf, add_pipes, body_folds
from .report import model_predictions
from .scoring import evaluate

RULE_ENTS = "minutes_rule_entities"
RULE_SPANS = "minutes_rule_spans"
CONSISTENCY = "minutes_entity_consistency"
# The variants crossval already scores (VARIANTS) are not repeated here; these add the merge modes.
ABLATION: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "model alone": [],
    "model + rule entities (prefer rules)": [(RULE_ENTS, {"merge": "prefer_rules"})],
    "model + rule spans (fill, model score >= 0.5)": [(RULE_SPANS, {"merge": "fill", "model_floor": 0.5})],
    "model + rule entities (prefer rules) + rule spans (fill, model score >= 0.5)": [
        (RULE_ENTS, {"merge": "prefer_rules"}), (RULE_SPANS, {"merge": "fill", "model_floor": 0.5})],
    "rule entities (model off) + rule spans (fill, model score >= 0.5)": [
        (RULE_ENTS, {"merge": "replace"}), (RULE_SPANS, {"merge": "fill", "model_floor": 0.5})],
    "rule entities (model off) + rule spans (prefer rules, model score >= 0.5)": [
        (RULE_ENTS, {"merge": "replace"}), (RULE_SPANS, {"merge": "prefer_rules", "model_floor": 0.5})],
    "model people + rule entities (prefer rules) + rule spans (fill, model score >= 0.5)": [
        (RULE_ENTS, {"merge": "prefer_rules", "model_labels": ["COUNCILLOR", "OFFICER"]}),
        (RULE_SPANS, {"merge": "fill", "model_floor": 0.5})],
    "model people + rule entities (prefer rules) + rule spans (replace)": [
        (RULE_ENTS, {"merge": "prefer_rules", "model_labels": ["COUNCILLOR", "OFFICER"]}), (RULE_SPANS, {"merge": "replace"})],
    "rule entities (replace) + rule spans (replace): the shipped merge": [
        (RULE_ENTS, {"merge": "replace"}), (RULE_SPANS, {"merge": "replace"})],
    "model COUNCILLOR + rule entities (prefer rules) + rule spans (replace)": [
        (RULE_ENTS, {"merge": "prefer_rules", "model_labels": ["COUNCILLOR"]}), (RULE_SPANS, {"merge": "replace"})],
    "model + rule entities (prefer rules) + consistency + rule spans (fill, model score >= 0.5)": [
        (RULE_ENTS, {"merge": "prefer_rules"}), (CONSISTENCY, {}), (RULE_SPANS, {"merge": "fill", "model_floor": 0.5})],
}


def ablation(run_dir: Path, variants: dict[str, list[tuple[str, dict[str, Any]]]] | None = None,
             log=print) -> dict[str, Any]:
    """Pooled P/R/F1 per variant over every held-out body of the run in ``run_dir``."""
    variants = ABLATION if variants is None else variants
    docs = load_gold()
    by_id = {d.id: d for d in docs}
    golds, preds = [], {name: [] for name in variants}
    for body, _, _, test in body_folds(docs):
        fold = run_dir / "".join(c if c.isalnum() else "-" for c in body.lower())
        if not (fold / "model").is_dir():
            log(f"skipping {body}: no model in {fold}")
            continue
        held = [by_id[x] for x in test]
        golds += held
        saved = json.loads((fold / "predictions.json").read_text()) if (fold / "predictions.json").is_file() else None
        for name, pipes in variants.items():
            if not pipes and saved and saved["documents"] == test:
                preds[name] += saved["model"]  # the fold model alone, as crossval predicted it
                continue
            slug = "".join(c if c.isalnum() else "_" for c in name.lower())
            cached = fold / "ablation" / f"{slug}.predictions.json"  # a rerun (more folds done) reuses them
            if cached.is_file():
                preds[name] += json.loads(cached.read_text())
                continue
            model = add_pipes(fold / "model", pipes, fold / "ablation" / slug) if pipes else fold / "model"
            found = model_predictions(held, model)
            cached.write_text(json.dumps(found, ensure_ascii=False))
            preds[name] += found
        log(f"{body}: {len(held)} documents scored")
    from ..structure.motion_scoring import score_declarations, score_motions
    from .report import structure_scores

    return {"documents": len(golds),
            "structure": {name: structure_scores(golds, p) for name, p in preds.items()},
            "variants": {name: _prf(evaluate(golds, p)) for name, p in preds.items()},
            "motions": {name: score_motions((g.motions for g in golds), (x.get("motions", []) for x in p))
                        for name, p in preds.items()},
            "declarations": {name: score_declarations((g.declarations for g in golds),
                                                      (x.get("declarations", []) for x in p))
                             for name, p in preds.items()}}


def format_ablation(result: dict[str, Any]) -> str:
    """Markdown: one row per variant, F1 per entity label (exact) and per span label (overlap / exact)."""
    ents = ("COUNCILLOR", "AUTHORITY", "PARTY", "OFFICER", "micro")
    head = ("| variant | " + " | ".join(f"{e} (ents)" for e in ents)
            + " | DECISION overlap | ACTION overlap | DECISION exact | ACTION exact |")
    rows = [head, "|" + "---|" * (len(ents) + 5)]
    for name, prf in result["variants"].items():
        e = prf["entities_exact"]
        cells = [f"{e[k]['f1']:.3f}" if k in e else "–" for k in ents]
        cells += [f"{prf['spans_overlap'][k]['f1']:.3f}" for k in ("DECISION", "ACTION")]
        cells += [f"{prf['spans_exact'][k]['f1']:.3f}" for k in ("DECISION", "ACTION")]
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="pipeline variants on the fold models of a leave-one-body-out run")
    parser.add_argument("run_dir", type=Path, help="the --output folder of `governance-nlp crossval --by body`")
    parser.add_argument("--json", type=Path, help="write the pooled scores here")
    args = parser.parse_args(argv)
    result = ablation(args.run_dir)
    print(format_ablation(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()


def span_diagnostics(run_dir: Path, thresholds: tuple[float, ...] = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9)
                     ) -> dict[str, Any]:
    """Where DECISION/ACTION recall is lost on unseen bodies: candidate recall (is the gold span proposed at
    all?) and the model's recall and precision as its score threshold rises, pooled over the held-out bodies
    from each fold's saved ``predictions.json`` (exact match; scores below a fold's tuned threshold were not kept).
    """
    from ..segmentation import candidate_spans

    docs = {d.id: d for d in load_gold()}
    per_body: dict[str, dict[str, float]] = {}
    curve = {lab: {t: [0, 0, 0] for t in thresholds} for lab in ("DECISION", "ACTION")}  # tp, pred, gold
    for pred_file in sorted(run_dir.glob("*/predictions.json")):
        fold = json.loads(pred_file.read_text())
        hit = total = 0
        for doc_id, pred in zip(fold["documents"], fold["model"]):
            gold = docs[doc_id]
            cands = set(candidate_spans(gold.text))
            for lab, key in (("DECISION", "decisions"), ("ACTION", "actions")):
                ref = {(x["start"], x["end"]) for x in gold.spans if x["label"] == lab}
                hit += len(ref & cands)
                total += len(ref)
                for t in thresholds:
                    got = {(x["start"], x["end"]) for x in pred[key] if x["score"] >= t}
                    row = curve[lab][t]
                    row[0] += len(got & ref)
                    row[1] += len(got)
                    row[2] += len(ref)
        per_body[fold["held_out"]] = {"candidate_recall": round(hit / total, 3) if total else 0.0, "gold_spans": total}
    pr = {lab: [{"threshold": t, "precision": round(tp / p, 3) if p else 0.0, "recall": round(tp / g, 3) if g else 0.0}
                for t, (tp, p, g) in rows.items()] for lab, rows in curve.items()}
    return {"candidate_recall": per_body, "pr_curve": pr}
