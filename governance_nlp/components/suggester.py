"""The spancat suggester: sentence, line and list-item candidates from :mod:`governance_nlp.segmentation`.

Registered in ``spacy_misc`` (entry point), so a saved pipeline loads in a fresh
process without importing this package first.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional

import numpy
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Ops, get_current_ops
from thinc.types import Ints1d, Ragged

from ..extensions import doc_text
from ..segmentation import candidate_spans


def doc_candidates(doc: Doc) -> list[tuple[int, int]]:
    """Candidate (start, end) token offsets for one Doc, snapped outward to token edges."""
    out = set()
    for s, e in candidate_spans(doc_text(doc)):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and len(span):
            out.add((span.start, span.end))
    return sorted(out)


@registry.misc("governance_nlp.minutes_candidates.v1")
def build_minutes_suggester() -> Callable[[Iterable[Doc], Optional[Ops]], Ragged]:
    """Suggest every sentence / line / list-item candidate of each Doc."""

    def suggest(docs: Iterable[Doc], *, ops: Optional[Ops] = None) -> Ragged:
        ops = ops or get_current_ops()
        spans, lengths = [], []
        for doc in docs:
            cands = doc_candidates(doc)
            spans.extend(cands)
            lengths.append(len(cands))
        data = numpy.asarray(spans, dtype="i") if spans else numpy.zeros((0, 2), dtype="i")
        lengths_array: Ints1d = ops.asarray1i(lengths)
        return Ragged(ops.asarray2i(data), lengths_array)

    return suggest
