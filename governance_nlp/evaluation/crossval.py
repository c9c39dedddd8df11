"""K-fold cross-validation by document: retrain on K-1 folds, score the held-out fold.

Folds come from scikit-learn's ``GroupKFold`` with each document its own
group, so no document is ever split across train and evaluation. The
baselines are scored on the same folds.
"""
from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any, Callable

from ..corpus.loader import load_gold
from .report import full_report


def folds(doc_ids: list[str], k: int) -> list[tuple[list[str], list[str]]]:
    """(train ids, held-out ids) per fold."""
    from sklearn.model_selection import GroupKFold

    out = []
    for train_idx, test_idx in GroupKFold(n_splits=k).split(doc_ids, groups=doc_ids):
        out.append(([doc_ids[i] for i in train_idx], [doc_ids[i] for i in test_idx]))
    return out


def _f1s(block: dict[str, Any]) -> dict[str, float]:
    out = {label: row["f1"] for label, row in block["labels"].items() if row["support"]}
    out["micro"] = block["micro"]["f1"]
    return out


def crossval(k: int = 5, config: str = "cnn", output: Path = Path("training/output/crossval"),
             log: Callable[[str], None] = print, max_steps: int = 0) -> dict[str, Any]:
    """Per-fold F1 per label for the model and baselines, with mean and standard deviation."""
    from ..training import train

    docs = load_gold()
    by_id = {d.id: d for d in docs}
    ids = sorted(by_id)
    per_fold: list[dict[str, dict[str, dict[str, float]]]] = []
    for i, (train_ids, test_ids) in enumerate(folds(ids, k)):
        dev_ids = train_ids[::6]  # model selection inside training only; never the held-out fold
        fit_ids = [x for x in train_ids if x not in dev_ids]
        split = {"train": fit_ids, "dev": dev_ids, "test": test_ids}
        overrides = {"training.max_steps": max_steps, "training.max_epochs": 0} if max_steps else {}
        log(f"fold {i + 1}/{k}: train {len(fit_ids)}, dev {len(dev_ids)}, held out {len(test_ids)}")
        model = train(config, output / f"fold{i + 1}", overrides=overrides, split=split, log=log)
        report = full_report([by_id[x] for x in test_ids], model, [by_id[x] for x in train_ids])
        per_fold.append({name: {"entities": _f1s(r["scores"]["entities"]["exact"]),
                                "spans": _f1s(r["scores"]["spans"]["exact"]),
                                "spans_overlap": _f1s(r["scores"]["spans"]["overlap"])}
                         for name, r in report["systems"].items()})
    summary: dict[str, Any] = {}
    for system in per_fold[0]:
        summary[system] = {}
        for view in per_fold[0][system]:
            labels = sorted({lab for f in per_fold for lab in f[system][view]})
            summary[system][view] = {}
            for lab in labels:
                vals = [f[system][view][lab] for f in per_fold if lab in f[system][view]]
                summary[system][view][lab] = {"mean": statistics.mean(vals),
                                              "std": statistics.stdev(vals) if len(vals) > 1 else 0.0,
                                              "folds": len(vals)}
    return {"k": k, "config": config, "per_fold": per_fold, "summary": summary}


def format_summary(result: dict[str, Any]) -> str:
    lines = [f"{result['k']}-fold cross-validation by document ({result['config']}): F1 mean ± std"]
    for system, views in result["summary"].items():
        for view, labels in views.items():
            cells = ", ".join(f"{lab} {v['mean']:.3f}±{v['std']:.3f}" for lab, v in labels.items())
            lines.append(f"  {system:6} {view:14} {cells}")
    return "\n".join(lines)
