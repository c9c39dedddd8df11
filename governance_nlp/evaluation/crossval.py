"""Cross-validation: leave-one-body-out (the yardstick) or K folds by document.

``by="body"`` holds out every document of one body (the council whose
minutes they are) per fold and trains on all other bodies: the case of a
user running ``extract()`` on a council that is in no training file.
Documents of one body share a clerk and a layout, so folds by document
overstate accuracy. Everything fitted (vectors, the span threshold, the
TF-IDF baseline) is fitted inside each fold from that fold's training
documents; the dev set for model selection is one other training body.
The baselines are scored on the same folds. Scores are reported per
held-out body and pooled over all held-out documents (every document
predicted by a model that never saw its body).
"""
from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any, Callable, Optional

from ..corpus.loader import GoldDoc, load_gold
from .report import baseline_predictions, model_predictions
from .scoring import evaluate


def folds(doc_ids: list[str], k: int) -> list[tuple[list[str], list[str]]]:
    """(train ids, held-out ids) per fold, K folds by document."""
    from sklearn.model_selection import GroupKFold

    out = []
    for train_idx, test_idx in GroupKFold(n_splits=k).split(doc_ids, groups=doc_ids):
        out.append(([doc_ids[i] for i in train_idx], [doc_ids[i] for i in test_idx]))
    return out


def body_folds(docs: list[GoldDoc]) -> list[tuple[str, list[str], list[str], list[str]]]:
    """(held-out body, train ids, dev ids, held-out ids): one fold per body.

    Dev (for choosing the checkpoint and the span threshold) is the next body in
    sorted order, so model selection too is judged on an unseen body.
    """
    bodies = sorted({d.body for d in docs})
    out = []
    for i, body in enumerate(bodies):
        dev_body = bodies[(i + 1) % len(bodies)]
        test = sorted(d.id for d in docs if d.body == body)
        dev = sorted(d.id for d in docs if d.body == dev_body)
        train = sorted(d.id for d in docs if d.body not in (body, dev_body))
        out.append((body, train, dev, test))
    return out


# Pipelines built on each fold's trained model by adding rule components before the structured layer:
# the ablation of "rules and statistics in one pipeline" and of document-level consistency.
VARIANTS: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "model+consistency": [("minutes_entity_consistency", {})],
    "model+rules": [("minutes_rule_entities", {"merge": "fill"}), ("minutes_rule_spans", {"merge": "fill"})],
    "model+rules+consistency": [("minutes_rule_entities", {"merge": "fill"}), ("minutes_entity_consistency", {}),
                                ("minutes_rule_spans", {"merge": "fill"})],
}


def add_pipes(model_dir: Path, pipes: list[tuple[str, dict[str, Any]]], out_dir: Path) -> Path:
    """Save ``model_dir`` with ``pipes`` added before ``minutes_structure`` (rules carry no weights)."""
    from ..api import _load

    nlp = _load.__wrapped__(str(Path(model_dir).resolve()))  # a fresh copy: the cached one stays as trained
    for factory, config in pipes:
        nlp.add_pipe(factory, config=config, before="minutes_structure" if "minutes_structure" in nlp.pipe_names else None)
    Path(out_dir).parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out_dir)
    return out_dir


def _f1s(block: dict[str, Any]) -> dict[str, float]:
    out = {label: row["f1"] for label, row in block["labels"].items() if row["support"]}
    out["micro"] = block["micro"]["f1"]
    return out


def _views(scores: dict[str, Any]) -> dict[str, dict[str, float]]:
    return {"entities": _f1s(scores["entities"]["exact"]), "entities_untyped": _f1s(scores["entities"]["untyped"]),
            "spans": _f1s(scores["spans"]["exact"]), "spans_overlap": _f1s(scores["spans"]["overlap"])}


def crossval(k: int = 5, config: str = "cnn", output: Path = Path("training/output/crossval"),
             log: Callable[[str], None] = print, max_steps: int = 0, by: str = "document",
             model: bool = True, only: Optional[list[str]] = None,
             variants: Optional[dict[str, list[tuple[str, dict[str, Any]]]]] = None,
             overrides: Optional[dict[str, Any]] = None, gpu_id: int = -1) -> dict[str, Any]:
    """Per-fold and pooled scores for the model (unless ``model=False``) and the baselines.

    ``only`` restricts a body run to the named held-out bodies (for a quick look;
    the pooled figures then cover those bodies alone). ``variants`` (default
    :data:`VARIANTS`) are the fold model with rule components added, scored too. ``overrides``
    are config values set in every fold (``paths.init_tok2vec`` for pretrained weights, say);
    ``gpu_id`` ≥ 0 trains each fold on that GPU.
    """
    from ..training import MODEL_ALONE, step_overrides, train

    docs = load_gold()
    by_id = {d.id: d for d in docs}
    if by == "body":
        plan = [(body, tr, dev, te) for body, tr, dev, te in body_folds(docs) if not only or body in only]
    else:
        plan = []
        for i, (train_ids, test_ids) in enumerate(folds(sorted(by_id), k)):
            dev_ids = train_ids[::6]  # model selection inside training only; never the held-out fold
            plan.append((f"fold{i + 1}", [x for x in train_ids if x not in dev_ids], dev_ids, test_ids))
    per_fold: list[dict[str, Any]] = []
    pooled_golds: list[GoldDoc] = []
    pooled: dict[str, list[dict[str, Any]]] = {}
    for i, (name, fit_ids, dev_ids, test_ids) in enumerate(plan):
        log(f"fold {i + 1}/{len(plan)} ({name}): train {len(fit_ids)}, dev {len(dev_ids)}, held out {len(test_ids)}")
        golds = [by_id[x] for x in test_ids]
        systems = baseline_predictions([by_id[x] for x in fit_ids + dev_ids], golds)
        if model:
            settings = {**(overrides or {}), **step_overrides(max_steps)}
            slug = "".join(c if c.isalnum() else "-" for c in name.lower())
            # the held-out ids are named as test: a document the split does not name would go to train
            model_dir = train(config, output / slug, overrides=settings, post_pipes=MODEL_ALONE,
                              split={"train": fit_ids, "dev": dev_ids, "test": test_ids}, log=log,
                              gpu_id=gpu_id)
            systems = {"model": model_predictions(golds, model_dir), **systems}
            for variant, pipes in (VARIANTS if variants is None else variants).items():
                path = add_pipes(model_dir, pipes, output / slug / variant.replace("+", "_"))
                systems[variant] = model_predictions(golds, path)
            # kept so that combinations of the model with the rules can be scored on the same folds
            (output / slug / "predictions.json").write_text(json.dumps(
                {"held_out": name, "documents": test_ids, "model": systems["model"]}, ensure_ascii=False))
        pooled_golds += golds
        for system, preds in systems.items():
            pooled.setdefault(system, []).extend(preds)
        per_fold.append({"held_out": name, "documents": test_ids,
                         "systems": {s: _views(evaluate(golds, p)) for s, p in systems.items()}})
    pooled_scores = {s: evaluate(pooled_golds, preds) for s, preds in pooled.items()}
    return {"by": by, "k": len(plan), "config": config if model else None, "per_fold": per_fold,
            "pooled": {s: _views(sc) for s, sc in pooled_scores.items()},
            "pooled_prf": {s: _prf(sc) for s, sc in pooled_scores.items()},
            "summary": _mean_std(per_fold)}


def _prf(scores: dict[str, Any]) -> dict[str, dict[str, dict[str, float]]]:
    out: dict[str, dict[str, dict[str, float]]] = {}
    for kind, view in (("entities", "exact"), ("entities", "untyped"), ("spans", "exact"), ("spans", "overlap")):
        block = scores[kind][view]
        rows = {**block["labels"], "micro": block["micro"]}
        out[f"{kind}_{view}"] = {lab: {k: round(row[k], 4) for k in ("precision", "recall", "f1", "support") if k in row}
                                 for lab, row in rows.items()}
    return out


def _mean_std(per_fold: list[dict[str, Any]]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for system in per_fold[0]["systems"] if per_fold else []:
        summary[system] = {}
        for view in per_fold[0]["systems"][system]:
            labels = sorted({lab for f in per_fold for lab in f["systems"][system][view]})
            summary[system][view] = {}
            for lab in labels:
                vals = [f["systems"][system][view][lab] for f in per_fold if lab in f["systems"][system][view]]
                summary[system][view][lab] = {"mean": statistics.mean(vals),
                                              "std": statistics.stdev(vals) if len(vals) > 1 else 0.0,
                                              "folds": len(vals)}
    return summary


def format_summary(result: dict[str, Any]) -> str:
    """Pooled P/R/F1 per label and system, then F1 per held-out fold."""
    what = "leave-one-body-out" if result["by"] == "body" else f"{result['k']}-fold by document"
    lines = [f"{what} cross-validation ({result['config'] or 'baselines only'}): pooled over held-out documents, P/R/F1"]
    systems = list(result["pooled_prf"])
    for view in next(iter(result["pooled_prf"].values())):
        lines.append(f"  {view}")
        labels = list(result["pooled_prf"][systems[0]][view])
        for lab in labels:
            cells = []
            for s in systems:
                row = result["pooled_prf"][s][view].get(lab)
                cells.append(f"{s} {row['precision']:.3f}/{row['recall']:.3f}/{row['f1']:.3f}" if row else f"{s} -")
            lines.append(f"    {lab:12} " + "   ".join(cells))
    lines.append("per held-out fold, F1 (entities micro | DECISION overlap | ACTION overlap):")
    for fold in result["per_fold"]:
        cells = []
        for s, views in fold["systems"].items():
            ov = views["spans_overlap"]
            cells.append(f"{s} {views['entities'].get('micro', 0):.3f}|{ov.get('DECISION', float('nan')):.3f}|"
                         f"{ov.get('ACTION', float('nan')):.3f}")
        lines.append(f"  {fold['held_out'][:40]:40} " + "  ".join(cells))
    return "\n".join(lines)
