"""The rules as spaCy components, so the shipped pipeline and the rule baseline run the same code.

``minutes_rule_entities`` writes the rule entities to ``doc.spans["rule_ents"]``
and, by ``merge``, into ``doc.ents``: ``"replace"`` (the rules alone),
``"fill"`` (keep the model's entities, add rule entities where the model found
nothing), ``"prefer_rules"`` (rule entities win where both found one) or
``"none"`` (only the span group, for inspection); ``model_labels`` keeps only the
model's entities of those labels (the rules alone give the others). ``minutes_rule_spans``
writes DECISION/ACTION spans to ``doc.spans["rule_sc"]`` (owners in
``doc._.rule_owners``) and merges them into ``doc.spans["sc"]`` (score
``rule_score``): ``"fill"`` adds the rule spans that no model span of the same
label overlaps, ``"prefer_rules"`` lets them replace the model spans they
overlap, ``"replace"`` puts the rule spans in place of the model's (which move
to ``doc.spans["model_sc"]``); model spans under ``model_floor`` are dropped first.
"""
from __future__ import annotations

from typing import Iterable, Optional, Union

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from ..extensions import doc_text, register_extensions
from ..labels import BOTH, MODEL_SPANS_KEY, RULE_ENTS_KEY, RULE_SPANS_KEY, SPANS_KEY
from .matchers import MinutesRules

ENTITY_MERGES = ("replace", "fill", "prefer_rules", "none")
SPAN_MERGES = ("replace", "fill", "prefer_rules", "none")


def _spans(doc: Doc, found: Iterable[tuple[int, int, str]]) -> list[Span]:
    out = []
    for s, e, label in found:
        span = doc.char_span(s, e, label=label, alignment_mode="contract")
        if span is not None and len(span):
            out.append(span)
    return out


def _overlaps(span: Span, others: Iterable[Span]) -> bool:
    return any(span.start < o.end and o.start < span.end for o in others)


class RuleEntities:
    """Runs the entity rules; merges them with the model's entities as configured."""

    def __init__(self, nlp: Language, name: str, merge: str, model_labels: Optional[list[str]]):
        if merge not in ENTITY_MERGES:
            raise ValueError(f"{name}: merge must be one of {ENTITY_MERGES}, not {merge!r}")
        self.name, self.merge, self.rules = name, merge, MinutesRules()
        self.model_labels = None if model_labels is None else set(model_labels)

    def __call__(self, doc: Doc) -> Doc:
        found = _spans(doc, self.rules.entities(doc_text(doc)))
        doc.spans[RULE_ENTS_KEY] = found
        model = [e for e in doc.ents if self.model_labels is None or e.label_ in self.model_labels]
        if self.merge == "replace":
            doc.ents = filter_spans(found)
        elif self.merge == "fill":
            doc.ents = sorted(model + [s for s in filter_spans(found) if not _overlaps(s, model)], key=lambda s: s.start)
        elif self.merge == "prefer_rules":
            kept = filter_spans(found)
            doc.ents = sorted(kept + [s for s in model if not _overlaps(s, kept)], key=lambda s: s.start)
        return doc


class RuleSpans:
    """Runs the DECISION/ACTION rules; optionally adds what the span classifier missed."""

    def __init__(self, nlp: Language, name: str, merge: str, rule_score: float,
                 model_floor: Union[float, dict[str, float]]):
        if merge not in SPAN_MERGES:
            raise ValueError(f"{name}: merge must be one of {SPAN_MERGES}, not {merge!r}")
        self.name, self.merge, self.rule_score, self.rules = name, merge, rule_score, MinutesRules()
        self.model_floor = model_floor
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        decisions, actions = self.rules.spans(doc_text(doc))
        found = _spans(doc, [(s, e, "DECISION") for s, e, _ in decisions] + [(s, e, "ACTION") for s, e, _, _ in actions])
        doc.spans[RULE_SPANS_KEY] = found
        doc._.rule_owners = {f"{s}:{e}": list(owners) for s, e, _, owners in actions}
        if self.merge != "none":
            self._merge(doc, found)
        return doc

    def _floor(self, label: str) -> float:
        """The score a model span needs to stay: one floor, or one per label (DECISION_ACTION: the lower)."""
        if not isinstance(self.model_floor, dict):
            return self.model_floor
        labels = ("DECISION", "ACTION") if label == BOTH else (label,)
        return min(self.model_floor.get(lab, 0.0) for lab in labels)

    def _merge(self, doc: Doc, found: list[Span]) -> None:
        """Model spans scoring under ``model_floor`` go; then ``fill`` adds rule spans no model span of the label
        overlaps, and ``prefer_rules`` lets rule spans replace the model spans of their label that they overlap."""
        group = doc.spans.get(SPANS_KEY)
        if self.merge == "replace":
            if group is not None:
                doc.spans[MODEL_SPANS_KEY] = group
            merged = SpanGroup(doc, name=SPANS_KEY, spans=found)
            merged.attrs["scores"] = [self.rule_score] * len(found)
            doc.spans[SPANS_KEY] = merged
            return
        model = list(group) if group is not None else []
        scores = list(group.attrs.get("scores", [1.0] * len(model))) if group is not None else []
        scores = [float(x[0]) if hasattr(x, "__len__") else float(x) for x in scores]

        def same_label(a: Span, b: Span) -> bool:
            return a.label_ == b.label_ or BOTH in (a.label_, b.label_)

        keep = [i for i, sc in enumerate(scores) if sc >= self._floor(model[i].label_)]
        model, scores = [model[i] for i in keep], [scores[i] for i in keep]
        if self.merge == "prefer_rules":
            keep = [i for i, m in enumerate(model) if not any(same_label(m, r) and _overlaps(m, [r]) for r in found)]
            model, scores = [model[i] for i in keep], [scores[i] for i in keep]
            extra = found
        else:
            extra = [r for r in found if not any(same_label(r, m) and _overlaps(r, [m]) for m in model)]
        merged = SpanGroup(doc, name=SPANS_KEY, spans=model + extra)
        merged.attrs["scores"] = scores + [self.rule_score] * len(extra)
        doc.spans[SPANS_KEY] = merged


@Language.factory("minutes_rule_entities", default_config={"merge": "fill", "model_labels": None},
                  assigns=["doc.ents", "doc.spans"])
def make_rule_entities(nlp: Language, name: str, merge: str, model_labels: Optional[list[str]]) -> RuleEntities:
    return RuleEntities(nlp, name, merge, model_labels)


@Language.factory("minutes_rule_spans", default_config={"merge": "none", "rule_score": 0.5, "model_floor": 0.0},
                  assigns=["doc.spans", "doc._.rule_owners"])
def make_rule_spans(nlp: Language, name: str, merge: str, rule_score: float,
                    model_floor: Union[float, dict[str, float]]) -> RuleSpans:
    return RuleSpans(nlp, name, merge, rule_score, model_floor)


def rule_pipeline() -> Language:
    """The rules alone: the project's tokenizer, rule entities as ``doc.ents``, rule spans in their group."""
    from ..tokenizer import blank

    nlp = blank()
    nlp.add_pipe("minutes_rule_entities", config={"merge": "replace"})
    nlp.add_pipe("minutes_rule_spans", config={"merge": "none"})
    return nlp


class EntityConsistency:
    """One person, one label across the document (:mod:`governance_nlp.rules.consistency`)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from .consistency import consistent_entities

        found = consistent_entities(doc_text(doc), [(e.start_char, e.end_char, e.label_) for e in doc.ents])
        doc.ents = filter_spans(_spans(doc, found))
        return doc


@Language.factory("minutes_entity_consistency", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_consistency(nlp: Language, name: str) -> EntityConsistency:
    return EntityConsistency(nlp, name)
