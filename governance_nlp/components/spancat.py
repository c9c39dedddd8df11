"""``minutes_spancat``: spaCy's single-label span classifier with a tunable decision rule.

Candidates are sentences and list items, so a candidate is one of DECISION,
ACTION, DECISION_ACTION (a decision that assigns work) or nothing: a softmax
over those classes learns far better from 600 positives among ~15,000
candidates than independent sigmoids. spaCy's single-label rule keeps a
candidate only when "nothing" is not the most probable class, which fixes
precision and recall in advance. Here a candidate takes its most probable
positive class when that class's probability reaches ``threshold``, a value
in the config that is tuned on the dev split (``evaluation/threshold.py``).
"""
from __future__ import annotations

from typing import Callable, Optional

import numpy
from spacy.language import Language
from spacy.pipeline.spancat import DEFAULT_SPANCAT_SINGLELABEL_MODEL, SpanCategorizer
from spacy.tokens import Doc, Span, SpanGroup
from thinc.api import Model
from thinc.types import Floats2d, Ints2d


class MinutesSpanCategorizer(SpanCategorizer):
    """Single-label spancat whose output rule is "best positive class ≥ threshold"."""

    def _make_span_group_singlelabel(self, doc: Doc, indices: Ints2d, scores: Floats2d,
                                     allow_overlap: bool = True) -> SpanGroup:
        spans = SpanGroup(doc, name=self.key)
        if scores.size == 0:
            spans.attrs["scores"] = numpy.zeros((0,), dtype="f")
            return spans
        scores = self.model.ops.to_numpy(scores)
        indices = self.model.ops.to_numpy(indices)
        positive = scores[:, : len(self.labels)]
        best = positive.argmax(axis=1)
        best_p = positive[numpy.arange(len(best)), best]
        threshold = self.cfg["threshold"] if self.cfg["threshold"] is not None else 0.5
        kept = []
        for i in numpy.flatnonzero(best_p >= threshold):
            spans.append(Span(doc, int(indices[i, 0]), int(indices[i, 1]), label=self.labels[best[i]]))
            kept.append(best_p[i])
        spans.attrs["scores"] = numpy.asarray(kept, dtype="f")
        return spans


@Language.factory(
    "minutes_spancat",
    assigns=["doc.spans"],
    default_config={
        "spans_key": "sc",
        "threshold": 0.5,
        "negative_weight": 1.0,
        "model": DEFAULT_SPANCAT_SINGLELABEL_MODEL,
        "suggester": {"@misc": "governance_nlp.minutes_candidates.v1"},
        "scorer": {"@scorers": "spacy.spancat_scorer.v1"},
    },
    default_score_weights={"spans_sc_f": 1.0, "spans_sc_p": 0.0, "spans_sc_r": 0.0},
)
def make_minutes_spancat(nlp: Language, name: str, suggester: Callable, model: Model, spans_key: str,
                         threshold: float, negative_weight: float, scorer: Optional[Callable]) -> MinutesSpanCategorizer:
    return MinutesSpanCategorizer(nlp.vocab, model=model, suggester=suggester, name=name, spans_key=spans_key,
                                  negative_weight=negative_weight, allow_overlap=True, max_positive=1,
                                  add_negative_label=True, threshold=threshold, scorer=scorer)
