"""Scores over character offsets: entities, decisions and actions, per label and per document.

Everything here compares ``(start, end, label)`` triples; no tokenizer and no
model is involved, so any predictor that returns offsets into the gold text
(the extractor, the baselines, a spaCy pipeline) is scored the same way.

Views
-----
``entities.exact``
    a predicted entity is correct when ``(start, end, label)`` equals a gold one.
``entities.untyped``
    boundaries only: ``(start, end)`` equals a gold entity's, whatever the label
    (reported under the pseudo-label ``ENTITY``).
``spans.exact``
    DECISION/ACTION with identical ``(start, end, label)``.
``spans.overlap``
    a prediction matches a gold span of the same label when their character
    IoU, counting only non-whitespace characters, is at least ``0.5``
    (:data:`IOU_THRESHOLD`). Matching is one-to-one and greedy: all
    (gold, pred) pairs at or above the threshold are taken in descending IoU
    (ties: gold offsets, then prediction offsets), each gold and each
    prediction used at most once. A second prediction of an already matched
    gold span is therefore a false positive.

Exact views count with multisets as well, so a duplicated prediction is also a
false positive there.

Counting
--------
For one label: ``tp`` matched pairs, ``fp`` = predictions − tp,
``fn`` = gold − tp. ``precision = tp/(tp+fp)``, ``recall = tp/(tp+fn)``,
``f1 = 2PR/(P+R)``, each ``0.0`` when its denominator is zero (so empty gold
and empty predictions score 0 with support 0, never a division error).
Over documents, counts are summed (micro). ``micro`` over labels sums the
labels' counts; ``macro`` is the unweighted mean of the labels' P, R and F1
over the labels that occur in gold or predictions of the scored set (a label
absent from both is not averaged in as a zero).
"""
from __future__ import annotations

import operator
from typing import Any, Iterable, Mapping, Sequence

from ..labels import ENTITY_LABELS, SPAN_LABELS
UNTYPED = "ENTITY"
IOU_THRESHOLD = 0.5
# prediction dict key -> span label (spec section 5)
PRED_SPAN_KEYS = {"decisions": "DECISION", "actions": "ACTION"}

Item = tuple[int, int, str]


# ---------------------------------------------------------------- counts → P/R/F1

def prf(tp: int, fp: int, fn: int) -> dict[str, float | int]:
    """Precision, recall, F1 and support (= tp + fn) from counts; 0.0 where undefined."""
    if min(tp, fp, fn) < 0:
        raise ValueError(f"negative count: tp={tp} fp={fp} fn={fn}")
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "support": tp + fn,
            "tp": tp, "fp": fp, "fn": fn}


def summarize(counts: Mapping[str, Sequence[int]], labels: Iterable[str] = ()) -> dict[str, Any]:
    """One view: ``{"labels": {L: prf}, "micro": prf, "macro": {precision, recall, f1, support}}``.

    ``counts`` maps label → (tp, fp, fn). Every label in ``labels`` is listed
    (with zeros if absent); macro averages over labels with any gold or prediction.
    """
    names = list(dict.fromkeys([*labels, *sorted(counts)]))
    per = {lab: prf(*counts.get(lab, (0, 0, 0))) for lab in names}
    tp = sum(v["tp"] for v in per.values())
    fp = sum(v["fp"] for v in per.values())
    fn = sum(v["fn"] for v in per.values())
    seen = [v for v in per.values() if v["tp"] + v["fp"] + v["fn"] > 0]
    n = len(seen)
    macro = {
        "precision": sum(v["precision"] for v in seen) / n if n else 0.0,
        "recall": sum(v["recall"] for v in seen) / n if n else 0.0,
        "f1": sum(v["f1"] for v in seen) / n if n else 0.0,
        "support": sum(v["support"] for v in per.values()),
        "n_labels": n,
    }
    return {"labels": per, "micro": prf(tp, fp, fn), "macro": macro}


# ---------------------------------------------------------------- IoU and matching

class NonSpace:
    """Prefix counts of non-whitespace characters, for IoU that ignores whitespace."""

    def __init__(self, text: str):
        acc = [0]
        for ch in text:
            acc.append(acc[-1] + (not ch.isspace()))
        self._acc = acc
        self._n = len(text)

    def count(self, start: int, end: int) -> int:
        start, end = max(0, start), min(self._n, end)
        return self._acc[end] - self._acc[start] if end > start else 0

    def iou(self, a: tuple[int, int], b: tuple[int, int]) -> float:
        inter = self.count(max(a[0], b[0]), min(a[1], b[1]))
        union = self.count(*a) + self.count(*b) - inter
        if union <= 0:  # both spans whitespace-only (never valid gold): equal offsets or nothing
            return 1.0 if tuple(a) == tuple(b) else 0.0
        return inter / union


def char_iou(text: str, a: tuple[int, int], b: tuple[int, int]) -> float:
    """IoU of two character spans of ``text``, counting only non-whitespace characters."""
    return NonSpace(text).iou(a, b)


def match_exact(gold: Sequence[Item], pred: Sequence[Item], typed: bool = True) -> list[tuple[int, int]]:
    """One-to-one pairs ``(gold_index, pred_index)`` of identical items (label ignored if not ``typed``)."""
    key = (lambda x: (x[0], x[1], x[2])) if typed else (lambda x: (x[0], x[1]))
    free: dict[tuple, list[int]] = {}
    for i, g in enumerate(gold):
        free.setdefault(key(g), []).append(i)
    pairs = []
    for j, p in enumerate(pred):
        slots = free.get(key(p))
        if slots:
            pairs.append((slots.pop(0), j))
    return sorted(pairs)


def match_overlap(gold: Sequence[Item], pred: Sequence[Item], text: str | NonSpace,
                  threshold: float = IOU_THRESHOLD) -> list[tuple[int, int, float]]:
    """Greedy one-to-one ``(gold_index, pred_index, iou)`` pairs of same-label items with IoU ≥ threshold."""
    ns = text if isinstance(text, NonSpace) else NonSpace(text)
    cands = []
    for i, g in enumerate(gold):
        for j, p in enumerate(pred):
            if g[2] != p[2] or p[0] >= g[1] or g[0] >= p[1]:
                continue
            iou = ns.iou((g[0], g[1]), (p[0], p[1]))
            if iou >= threshold:
                cands.append((-iou, g[0], g[1], p[0], p[1], i, j))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for neg, *_, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j, -neg))
    return sorted(pairs)


def _count(gold: Sequence[Item], pred: Sequence[Item], pairs: Iterable[tuple], by=lambda x: x[2]
           ) -> dict[str, list[int]]:
    """label → [tp, fp, fn] given matched index pairs."""
    out: dict[str, list[int]] = {}
    matched_g, matched_p = set(), set()
    for pair in pairs:
        matched_g.add(pair[0])
        matched_p.add(pair[1])
        out.setdefault(by(gold[pair[0]]), [0, 0, 0])[0] += 1
    for j, p in enumerate(pred):
        if j not in matched_p:
            out.setdefault(by(p), [0, 0, 0])[1] += 1
    for i, g in enumerate(gold):
        if i not in matched_g:
            out.setdefault(by(g), [0, 0, 0])[2] += 1
    return out


# ---------------------------------------------------------------- gold / prediction access

def _get(obj: Any, key: str, default: Any = None) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(key, default)
    return getattr(obj, key, default)


def as_prediction(pred: Any) -> dict[str, Any]:
    """A prediction as the spec's dict: accepts the dict itself or anything with ``to_dict()``."""
    if pred is None:
        return {}
    if not isinstance(pred, Mapping) and hasattr(pred, "to_dict"):
        pred = pred.to_dict()
    if not isinstance(pred, Mapping):
        raise TypeError(f"prediction must be a dict or have to_dict(), got {type(pred).__name__}")
    return dict(pred)


def _int(x: Any) -> int:
    """An offset as int (numpy integers too); a float or string offset is an error, not rounded."""
    if isinstance(x, bool):
        raise ValueError(f"bad offset {x!r}")
    try:
        return operator.index(x)
    except TypeError:
        raise ValueError(f"offset must be an integer, got {x!r}") from None


def _check(item: tuple[int, int], n: int, what: str) -> None:
    s, e = item
    if not 0 <= s < e <= n:
        raise ValueError(f"{what}: bad offsets ({s}, {e}) for a text of {n} characters")


def gold_items(gold: Any) -> tuple[list[Item], list[Item]]:
    """``(entities, spans)`` of a GoldDoc (or gold record dict) as sorted (start, end, label) triples."""
    ents = sorted((int(e["start"]), int(e["end"]), str(e["label"])) for e in _get(gold, "entities", []) or [])
    spans = sorted((int(s["start"]), int(s["end"]), str(s["label"])) for s in _get(gold, "spans", []) or [])
    return ents, spans


def pred_items(pred: Any, text: str | None = None, doc_id: str = "?") -> tuple[list[Item], list[Item]]:
    """``(entities, spans)`` of a prediction dict; ``decisions``/``actions`` become DECISION/ACTION spans.

    With ``text``, offsets are checked to lie inside it (ValueError otherwise).
    """
    pred = as_prediction(pred)
    ents = [(_int(e["start"]), _int(e["end"]), str(e["label"])) for e in pred.get("entities", []) or []]
    spans = [(_int(s["start"]), _int(s["end"]), label) for key, label in PRED_SPAN_KEYS.items()
             for s in pred.get(key, []) or []]
    if text is not None:
        for s, e, lab in ents + spans:
            _check((s, e), len(text), f"{doc_id}: predicted {lab}")
    return sorted(ents), sorted(spans)


def _text_mismatches(pred: Mapping[str, Any], text: str) -> int:
    """Predicted items whose ``text`` field (whitespace-normalised) differs from the gold text slice."""
    bad = 0
    for key in ("entities", *PRED_SPAN_KEYS):
        for x in pred.get(key, []) or []:
            if "text" in x and x["text"] is not None:
                if " ".join(str(x["text"]).split()) != " ".join(text[x["start"]:x["end"]].split()):
                    bad += 1
    return bad


# ---------------------------------------------------------------- documents and corpora

def doc_counts(gold: Any, pred: Any, threshold: float = IOU_THRESHOLD) -> dict[str, dict[str, list[int]]]:
    """label → [tp, fp, fn] for each view of one document."""
    text = _get(gold, "text", "")
    g_ents, g_spans = gold_items(gold)
    p_ents, p_spans = pred_items(pred, text, _get(gold, "id", "?"))
    ns = NonSpace(text)
    return {
        "entities.exact": _count(g_ents, p_ents, match_exact(g_ents, p_ents)),
        "entities.untyped": _count(g_ents, p_ents, match_exact(g_ents, p_ents, typed=False), by=lambda x: UNTYPED),
        "spans.exact": _count(g_spans, p_spans, match_exact(g_spans, p_spans)),
        "spans.overlap": _count(g_spans, p_spans, match_overlap(g_spans, p_spans, ns, threshold)),
    }


VIEW_LABELS = {
    "entities.exact": ENTITY_LABELS,
    "entities.untyped": (UNTYPED,),
    "spans.exact": SPAN_LABELS,
    "spans.overlap": SPAN_LABELS,
}


def _nest(counts: Mapping[str, Mapping[str, Sequence[int]]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {"entities": {}, "spans": {}}
    for view, c in counts.items():
        group, name = view.split(".")
        out[group][name] = summarize(c, VIEW_LABELS[view])
    return out


def _align(golds: Sequence[Any], preds: Sequence[Any] | Mapping[str, Any]) -> list[Any]:
    if isinstance(preds, Mapping):
        missing = [_get(g, "id") for g in golds if _get(g, "id") not in preds]
        if missing:
            raise ValueError(f"no prediction for documents: {missing}")
        return [preds[_get(g, "id")] for g in golds]
    preds = list(preds)
    if len(preds) != len(golds):
        raise ValueError(f"{len(golds)} gold documents but {len(preds)} predictions")
    return preds


def evaluate(golds: Sequence[Any], preds: Sequence[Any] | Mapping[str, Any],
             threshold: float = IOU_THRESHOLD) -> dict[str, Any]:
    """Score predictions against gold documents.

    ``preds`` is a list aligned with ``golds`` (or a mapping gold id → prediction);
    each prediction is the extract() dict (spec section 5) or has ``to_dict()``.
    Returns::

        {"n_docs": N, "iou_threshold": 0.5,
         "entities": {"exact": VIEW, "untyped": VIEW},
         "spans":    {"exact": VIEW, "overlap": VIEW},
         "per_doc":  {doc_id: {"entities": {...}, "spans": {...}}},
         "warnings": [...]}

    where ``VIEW = {"labels": {LABEL: {precision, recall, f1, support, tp, fp, fn}},
    "micro": {...}, "macro": {precision, recall, f1, support, n_labels}}``.
    """
    preds = _align(golds, preds)
    total: dict[str, dict[str, list[int]]] = {v: {} for v in VIEW_LABELS}
    per_doc: dict[str, Any] = {}
    warnings: list[str] = []
    for gold, pred in zip(golds, preds):
        pred = as_prediction(pred)
        doc_id = str(_get(gold, "id", len(per_doc)))
        counts = doc_counts(gold, pred, threshold)
        for view, c in counts.items():
            for lab, (tp, fp, fn) in c.items():
                acc = total[view].setdefault(lab, [0, 0, 0])
                acc[0] += tp
                acc[1] += fp
                acc[2] += fn
        if doc_id in per_doc:
            warnings.append(f"{doc_id}: duplicate document id; per_doc keeps the last")
        per_doc[doc_id] = _nest(counts)
        bad = _text_mismatches(pred, _get(gold, "text", ""))
        if bad:
            warnings.append(f"{doc_id}: {bad} predicted item(s) whose 'text' differs from the gold text at their offsets")
    result = {"n_docs": len(golds), "iou_threshold": threshold, **_nest(total), "per_doc": per_doc,
              "warnings": warnings}
    return result


# ---------------------------------------------------------------- table

VIEW_TITLES = (
    ("entities", "exact", "Entities — exact (start, end, label)"),
    ("entities", "untyped", "Entities — untyped (boundaries only)"),
    ("spans", "exact", "Decisions/actions — exact boundaries"),
    ("spans", "overlap", "Decisions/actions — overlap (non-space IoU ≥ {t:g}, one-to-one)"),
)


def _row(name: str, s: Mapping[str, Any]) -> str:
    counts = (f"{s['tp']:>6} {s['fp']:>6} {s['fn']:>6}" if "tp" in s else f"{'':>6} {'':>6} {'':>6}")
    return (f"  {name:<14} {s['precision']:>7.3f} {s['recall']:>7.3f} {s['f1']:>7.3f} "
            f"{counts} {s['support']:>8}")


def format_table(result: Mapping[str, Any], per_doc: bool = False) -> str:
    """A fixed-width table of every view (and, with ``per_doc``, one line per document)."""
    head = f"  {'label':<14} {'P':>7} {'R':>7} {'F1':>7} {'TP':>6} {'FP':>6} {'FN':>6} {'support':>8}"
    lines = [f"{result.get('n_docs', 0)} document(s)"]
    for group, view, title in VIEW_TITLES:
        v = result[group][view]
        lines += ["", title.format(t=result.get("iou_threshold", IOU_THRESHOLD)), head, "  " + "-" * (len(head) - 2)]
        for lab, s in v["labels"].items():
            lines.append(_row(lab, s))
        if len(v["labels"]) > 1:
            lines.append(_row("micro", v["micro"]))
            lines.append(_row("macro", v["macro"]))
    if per_doc and result.get("per_doc"):
        width = max(12, *(len(d) for d in result["per_doc"]))
        lines += ["", "Per document (micro F1)",
                  f"  {'document':<{width}} {'ent.exact':>9} {'ent.untyp':>9} {'span.exact':>10} {'span.ovlp':>9}"]
        for doc_id, r in result["per_doc"].items():
            lines.append(f"  {doc_id:<{width}} {r['entities']['exact']['micro']['f1']:>9.3f} "
                         f"{r['entities']['untyped']['micro']['f1']:>9.3f} {r['spans']['exact']['micro']['f1']:>10.3f} "
                         f"{r['spans']['overlap']['micro']['f1']:>9.3f}")
    for w in result.get("warnings", []):
        lines.append(f"warning: {w}")
    return "\n".join(lines)


__all__ = [
    "ENTITY_LABELS", "SPAN_LABELS", "UNTYPED", "IOU_THRESHOLD", "NonSpace", "as_prediction", "char_iou",
    "doc_counts", "evaluate", "format_table", "gold_items", "match_exact", "match_overlap", "pred_items",
    "prf", "summarize",
]
