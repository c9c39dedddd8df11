"""Two baselines that return the extract() dict (spec section 5), so the same scorer compares them.

``RuleBaseline``
    the project's pipeline with its statistical components off: a blank
    tokenizer and the rule components (:mod:`governance_nlp.rules`), so the
    baseline and the rules inside the shipped pipeline are one copy. No training.
``TfidfSpanBaseline``
    DECISION/ACTION only: one binary logistic regression per label over the
    candidate spans of :func:`governance_nlp.segmentation.candidate_spans`,
    on TF-IDF word 1–2-grams + character 2–5-grams of the candidate text plus
    a few boundary/layout features; a candidate is positive when it equals a
    gold span of that label exactly. Prediction keeps candidates scoring at or
    above ``threshold`` and removes same-label overlaps, best score first.
    Entities come from an optional ``entity_baseline`` (none by default).

Both have ``predict(text) -> dict`` and ``predict_many(texts) -> list[dict]``.
"""
from __future__ import annotations

import math
import re
from typing import Any, Iterable, Sequence

from ..rules.matchers import MinutesRules
from ..rules.text import line_bounds, owner_hint, sentence_level
from ..segmentation import candidate_spans
from .scoring import SPAN_LABELS


def _entity(text: str, s: int, e: int, label: str) -> dict[str, Any]:
    return {"start": s, "end": e, "label": label, "text": text[s:e]}


def _prediction(text: str, entities: Sequence[tuple[int, int, str]],
                decisions: Sequence[tuple[int, int, float]],
                actions: Sequence[tuple[int, int, float, list[str]]]) -> dict[str, Any]:
    from ..structure.declarations import find_declarations
    from ..structure.motions import find_motions

    ents = [_entity(text, s, e, lab) for s, e, lab in sorted(entities)]
    councillors = [(s, e, lab) for s, e, lab in sorted(entities) if lab == "COUNCILLOR"]

    def people(label: str) -> list[str]:
        return list(dict.fromkeys(" ".join(x["text"].split()) for x in ents if x["label"] == label))

    return {
        "entities": ents,
        "decisions": [{"start": s, "end": e, "text": text[s:e], "score": float(sc)} for s, e, sc in sorted(decisions)],
        "actions": [{"start": s, "end": e, "text": text[s:e], "score": float(sc), "owners": list(ow)}
                    for s, e, sc, ow in sorted(actions, key=lambda a: (a[0], a[1]))],
        "councillors": [{"name": n, "authority": None, "party": None, "role": None, "attendance": None}
                        for n in people("COUNCILLOR")],
        "officers": [{"name": n, "role": None, "organisation": None} for n in people("OFFICER")],
        # the structured layer's motion and declaration rules over the rules' own spans and entities
        "motions": find_motions(text, [(s, e) for s, e, _ in decisions], [(s, e) for s, e, _ in councillors]),
        "declarations": find_declarations(text, councillors),
    }



class RuleBaseline:
    """The rules alone: the rule pipeline (blank tokenizer + rule components), no statistical component."""

    def __init__(self) -> None:
        from ..rules.components import rule_pipeline

        self.nlp = rule_pipeline()

    def fit(self, golds: Sequence[Any] | None = None) -> "RuleBaseline":
        return self

    def entities(self, text: str) -> list[tuple[int, int, str]]:
        return [(e.start_char, e.end_char, e.label_) for e in self.nlp(text).ents]

    def _prediction_of(self, doc) -> dict[str, Any]:
        from ..rules.components import RULE_SPANS_KEY

        text = doc.text
        owners = doc._.rule_owners or {}
        decisions = [(s.start_char, s.end_char, 1.0) for s in doc.spans[RULE_SPANS_KEY] if s.label_ == "DECISION"]
        actions = [(s.start_char, s.end_char, 1.0, owners.get(f"{s.start_char}:{s.end_char}", []))
                   for s in doc.spans[RULE_SPANS_KEY] if s.label_ == "ACTION"]
        return _prediction(text, [(e.start_char, e.end_char, e.label_) for e in doc.ents], decisions, actions)

    def predict(self, text: str) -> dict[str, Any]:
        return self._prediction_of(self.nlp(text))

    def predict_many(self, texts: Iterable[str]) -> list[dict[str, Any]]:
        return [self._prediction_of(doc) for doc in self.nlp.pipe(texts)]


# ====================================================================== TF-IDF + logistic regression

def _char_class(ch: str) -> str:
    if not ch:
        return "none"
    if ch == "\n":
        return "nl"
    if ch.isspace():
        return "sp"
    if ch.isupper():
        return "Up"
    if ch.islower():
        return "low"
    if ch.isdigit():
        return "dig"
    return ch


def shape_features(text: str, s: int, e: int) -> dict[str, float]:
    """Boundary and layout features of a candidate (how it starts and ends, what surrounds it, its size)."""
    span = text[s:e]
    words = span.split()
    a, _ = line_bounds(text, s)
    _, b = line_bounds(text, e - 1)
    before = text[a:s].rstrip(" \t")
    after = text[e:b]
    prev_line = text[:a].rstrip().rsplit("\n", 1)[-1].strip().lower()
    f: dict[str, float] = {
        "first=" + words[0].lower().strip(".,:;()"): 1.0,
        "last_char=" + span[-1]: 1.0,
        "before=" + (_char_class(before[-1]) if before else "linestart"): 1.0,
        "after=" + (_char_class(after.lstrip(" ")[:1]) if after.strip() else "lineend"): 1.0,
        "next=" + _char_class((re.match(r"\s*(\S?)", text[e:e + 40]).group(1))): 1.0,
        "len_bucket=" + str(min(10, int(math.log2(1 + len(span))))): 1.0,
        "n_lines": min(span.count("\n"), 8) / 8.0,
        "n_sent_breaks": min(len(re.findall(r"[.!?;][\"'”’)]*\s+[A-Z]", span)), 5) / 5.0,
        "sentence_level": float(sentence_level(text, s, e)),
        "ends_punct": float(span[-1] in ".!?;"),
        "owner_line": float(bool(owner_hint(text, e))),
        "after_wide_gap": float(bool(re.match(r"\t|[ ]{3,}", after))),
    }
    for w in re.findall(r"[a-z]+", prev_line)[:6]:
        f["prev_line=" + w] = 1.0
    if re.search(r"\b(?:actions?|decisions?|resolved|agreed)\b\s*[:\-–]?\s*$", prev_line):
        f["prev_line_head"] = 1.0
    if re.search(r"(?i)\b(?:actions?|decisions?|resolved)\s*[:\-–]\s*$", before):
        f["label_before"] = 1.0
    return f


def _norm(s: str) -> str:
    return " ".join(s.split())


class TfidfSpanBaseline:
    """TF-IDF + logistic regression over candidate spans, one binary classifier per span label."""

    def __init__(self, labels: Sequence[str] = SPAN_LABELS, threshold: float = 0.5, C: float = 1.0,
                 random_state: int = 0, entity_baseline: Any = None, min_df: int = 2,
                 char_ngrams: tuple[int, int] = (2, 5), max_chars: int | None = None):
        self.labels = tuple(labels)
        self.threshold = threshold
        self.C = C
        self.random_state = random_state
        self.entity_baseline = entity_baseline
        self.min_df = min_df
        self.char_ngrams = char_ngrams
        self.max_chars = max_chars
        self.models: dict[str, Any] = {}
        self._fitted = False

    # ---------------------------------------------------------- features
    def candidates(self, text: str) -> list[tuple[int, int]]:
        cands = candidate_spans(text)
        if self.max_chars:
            cands = [c for c in cands if c[1] - c[0] <= self.max_chars]
        return cands

    def _features(self, text: str, cands: Sequence[tuple[int, int]], fit: bool = False):
        from scipy.sparse import hstack

        spans = [_norm(text[s:e]) for s, e in cands]
        shapes = [shape_features(text, s, e) for s, e in cands]
        if fit:
            return spans, shapes
        return hstack([self.word_vec.transform(spans), self.char_vec.transform(spans),
                       self.shape_vec.transform(shapes)]).tocsr()

    # ---------------------------------------------------------- training
    def fit(self, golds: Sequence[Any]) -> "TfidfSpanBaseline":
        """Train on gold documents (``.text`` and ``.spans``; dict records work too)."""
        from scipy.sparse import hstack
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        def get(g: Any, k: str) -> Any:
            return g[k] if isinstance(g, dict) else getattr(g, k)

        if self.max_chars is None:
            longest = max((sp["end"] - sp["start"] for g in golds for sp in get(g, "spans")), default=600)
            self.max_chars = max(400, int(longest * 1.25))
        texts, shapes, ys = [], [], {lab: [] for lab in self.labels}
        for g in golds:
            text = get(g, "text")
            cands = self.candidates(text)
            gold = {lab: {(sp["start"], sp["end"]) for sp in get(g, "spans") if sp["label"] == lab} for lab in self.labels}
            t, sh = self._features(text, cands, fit=True)
            texts += t
            shapes += sh
            for lab in self.labels:
                ys[lab] += [int(c in gold[lab]) for c in cands]
        if not texts:
            raise ValueError("no training candidates: empty gold set")
        self.word_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=self.min_df, sublinear_tf=True, lowercase=True)
        self.char_vec = TfidfVectorizer(analyzer="char_wb", ngram_range=self.char_ngrams, min_df=self.min_df,
                                        sublinear_tf=True, lowercase=True)
        self.shape_vec = DictVectorizer()
        try:
            X = hstack([self.word_vec.fit_transform(texts), self.char_vec.fit_transform(texts),
                        self.shape_vec.fit_transform(shapes)]).tocsr()
        except ValueError:  # vocabulary empty at min_df (a tiny corpus): fall back to min_df=1
            self.word_vec.set_params(min_df=1)
            self.char_vec.set_params(min_df=1)
            X = hstack([self.word_vec.fit_transform(texts), self.char_vec.fit_transform(texts),
                        self.shape_vec.fit_transform(shapes)]).tocsr()
        self.models = {}
        for lab in self.labels:
            y = ys[lab]
            if len(set(y)) < 2:  # a label never (or always) positive: constant prediction
                self.models[lab] = float(y[0]) if y else 0.0
                continue
            clf = LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000, random_state=self.random_state)
            clf.fit(X, y)
            self.models[lab] = clf
        self._fitted = True
        return self

    # ---------------------------------------------------------- prediction
    def scores(self, text: str) -> tuple[list[tuple[int, int]], dict[str, list[float]]]:
        """Candidates of ``text`` and each label's positive-class probability for them."""
        if not self._fitted:
            raise RuntimeError("TfidfSpanBaseline.predict before fit")
        cands = self.candidates(text)
        if not cands:
            return [], {lab: [] for lab in self.labels}
        X = self._features(text, cands)
        out = {}
        for lab, model in self.models.items():
            if isinstance(model, float):
                out[lab] = [model] * len(cands)
            else:
                pos = list(model.classes_).index(1)
                out[lab] = model.predict_proba(X)[:, pos].tolist()
        return cands, out

    def spans(self, text: str) -> dict[str, list[tuple[int, int, float]]]:
        """label → kept (start, end, score): at or above threshold, de-overlapped best score first."""
        cands, scores = self.scores(text)
        out: dict[str, list[tuple[int, int, float]]] = {}
        for lab, sc in scores.items():
            ranked = sorted(((p, c) for p, c in zip(sc, cands) if p >= self.threshold),
                            key=lambda x: (-x[0], x[1][1] - x[1][0], x[1][0]))
            kept: list[tuple[int, int, float]] = []
            for p, (s, e) in ranked:
                if all(e <= a or s >= b for a, b, _ in kept):
                    kept.append((s, e, p))
            out[lab] = sorted(kept)
        return out

    def predict(self, text: str) -> dict[str, Any]:
        found = self.spans(text)
        ents = self.entity_baseline.entities(text) if self.entity_baseline is not None else []
        rule = MinutesRules()
        actions = []
        for s, e, p in found.get("ACTION", []):
            _, owners = rule.action_owners(text, s, e)
            actions.append((s, e, p, owners or owner_hint(text, e)))
        return _prediction(text, ents, found.get("DECISION", []), actions)

    def predict_many(self, texts: Iterable[str]) -> list[dict[str, Any]]:
        return [self.predict(t) for t in texts]


__all__ = ["RuleBaseline", "TfidfSpanBaseline", "shape_features"]
