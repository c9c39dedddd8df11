"""The ``minutes_structure`` component: meeting metadata, items, roster, officers, action owners.

A thin spaCy wrapper over :mod:`governance_nlp.structure` (plain Python over
the Doc's entities and spans), stored on ``doc._.structure`` as plain JSON-ready
data (``Structure.to_dict()``) so Docs survive ``nlp.pipe(n_process=...)``,
which serialises ``doc.user_data`` with msgpack.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import register_extensions


class MinutesStructure:
    """Runs after ``ner`` and ``spancat``; sets ``doc._.structure``."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        from ..structure import analyse

        doc._.structure = analyse(doc).to_dict()
        return doc


@Language.factory("minutes_structure", requires=["doc.ents"], assigns=["doc._.structure"])
def make_minutes_structure(nlp: Language, name: str) -> MinutesStructure:
    return MinutesStructure(nlp, name)
