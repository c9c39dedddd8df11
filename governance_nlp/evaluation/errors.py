"""Error analysis: every false positive and false negative, per label, with its context.

Matching is the scorer's (:mod:`.scoring`): entities by exact ``(start, end,
label)``; decisions/actions by the overlap rule (non-space IoU ≥ 0.5,
one-to-one) unless ``span_match="exact"``. Each error says what it nearly
matched, so boundary errors and label confusions can be told from spurious or
missed items:

- ``kind="boundary"``: it overlaps an unmatched item of the same label on the other side
  (wrong edges, or an overlap below the IoU threshold);
- ``kind="label"``: it overlaps an item of another label (and no unmatched one of its own);
- ``kind="duplicate"`` (false positive): it overlaps only gold already matched by another
  prediction; ``kind="merged"`` (false negative): only predictions matched to other gold;
- ``kind="spurious"`` (false positive) / ``kind="missed"`` (false negative): nothing overlaps.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Mapping, Sequence

from .scoring import (ENTITY_LABELS, IOU_THRESHOLD, SPAN_LABELS, NonSpace, _align, _get, as_prediction, gold_items,
                      match_exact, match_overlap, pred_items)

CONTEXT_CHARS = 80


def context(text: str, start: int, end: int, width: int = CONTEXT_CHARS) -> str:
    """``width`` characters around a span (half each side), the span in [brackets], newlines as ⏎."""
    half = width // 2
    left = text[max(0, start - half):start]
    right = text[end:end + half]
    return f"{left}[{text[start:end]}]{right}".replace("\n", "⏎")


def _errors_one(doc_id: str, text: str, gold: list, pred: list, pairs: list, width: int) -> dict[str, dict[str, list]]:
    out: dict[str, dict[str, list]] = {}
    used_g = {p[0] for p in pairs}
    used_p = {p[1] for p in pairs}

    def near(item: tuple, others: list, skip: set, fp: bool) -> tuple[str, dict[str, Any] | None]:
        """The most telling overlapping item on the other side, and the error kind it implies."""
        best = None
        for k, o in enumerate(others):
            if o[0] < item[1] and item[0] < o[1]:
                if o[2] != item[2]:
                    kind, pri = "label", 1
                elif k in skip:  # same label but already matched to something else
                    kind, pri = ("duplicate" if fp else "merged"), 0
                else:
                    kind, pri = "boundary", 2
                rank = (pri, min(item[1], o[1]) - max(item[0], o[0]))
                if best is None or rank > best[0]:
                    best = (rank, kind, o)
        if best is None:
            return ("spurious" if fp else "missed"), None
        _, kind, o = best
        return kind, {"start": o[0], "end": o[1], "label": o[2], "text": text[o[0]:o[1]]}

    def record(item: tuple, side: str, kind: str, other: dict | None) -> None:
        entry = {"doc_id": doc_id, "start": item[0], "end": item[1], "label": item[2],
                 "text": text[item[0]:item[1]], "context": context(text, item[0], item[1], width), "kind": kind}
        if other is not None:
            entry["nearest"] = other
        out.setdefault(item[2], {"false_positives": [], "false_negatives": []})[side].append(entry)

    for j, p in enumerate(pred):
        if j not in used_p:
            kind, other = near(p, gold, used_g, fp=True)
            record(p, "false_positives", kind, other)
    for i, g in enumerate(gold):
        if i not in used_g:
            kind, other = near(g, pred, used_p, fp=False)
            record(g, "false_negatives", kind, other)
    return out


def error_analysis(golds: Sequence[Any], preds: Sequence[Any] | Mapping[str, Any], span_match: str = "overlap",
                   threshold: float = IOU_THRESHOLD, width: int = CONTEXT_CHARS
                   ) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """``{label: {"false_positives": [...], "false_negatives": [...]}}`` over all documents.

    Each item: ``doc_id, start, end, label, text, context, kind`` and, where one
    overlaps, ``nearest`` (the overlapping item on the other side). Every label
    of the spec is present, with empty lists when it has no errors.
    """
    if span_match not in ("overlap", "exact"):
        raise ValueError("span_match must be 'overlap' or 'exact'")
    result: dict[str, dict[str, list]] = {lab: {"false_positives": [], "false_negatives": []}
                                          for lab in (*ENTITY_LABELS, *SPAN_LABELS)}
    for gold, pred in zip(golds, _align(golds, preds)):
        text = _get(gold, "text", "")
        doc_id = str(_get(gold, "id", "?"))
        g_ents, g_spans = gold_items(gold)
        p_ents, p_spans = pred_items(as_prediction(pred), text, doc_id)
        if span_match == "overlap":
            span_pairs = [(i, j) for i, j, _ in match_overlap(g_spans, p_spans, NonSpace(text), threshold)]
        else:
            span_pairs = match_exact(g_spans, p_spans)
        for part in (_errors_one(doc_id, text, g_ents, p_ents, match_exact(g_ents, p_ents), width),
                     _errors_one(doc_id, text, g_spans, p_spans, span_pairs, width)):
            for lab, sides in part.items():
                slot = result.setdefault(lab, {"false_positives": [], "false_negatives": []})
                for side, items in sides.items():
                    slot[side].extend(items)
    return result


def error_summary(analysis: Mapping[str, Mapping[str, list]]) -> dict[str, dict[str, int]]:
    """Counts per label and kind: ``{label: {"fp": n, "fn": n, "fp.boundary": n, ...}}``."""
    out: dict[str, dict[str, int]] = {}
    for lab, sides in analysis.items():
        c = {"fp": len(sides["false_positives"]), "fn": len(sides["false_negatives"])}
        for side, short in (("false_positives", "fp"), ("false_negatives", "fn")):
            for item in sides[side]:
                key = f"{short}.{item['kind']}"
                c[key] = c.get(key, 0) + 1
        out[lab] = c
    return out


def write_error_analysis(analysis: Mapping[str, Any], path: str | Path) -> Path:
    """Write the analysis (plus its summary counts) as UTF-8 JSON; return the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"summary": error_summary(analysis), "errors": analysis}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


__all__ = ["context", "error_analysis", "error_summary", "write_error_analysis"]
