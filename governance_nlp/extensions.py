"""Every ``Doc._`` attribute the package adds, declared once."""
from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Idempotent: safe to call from each component factory."""
    if not Doc.has_extension("structure"):
        Doc.set_extension("structure", default=None)
    if not Doc.has_extension("rule_owners"):  # "start:end" of a rule ACTION span -> its owners (msgpack-safe keys)
        Doc.set_extension("rule_owners", default=None)


TEXT_KEY = "governance_nlp.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc and kept in ``user_data``.

    spaCy joins every token's text on each ``doc.text``; the suggester, the
    context features, both rule components and the structured layer all need
    the text of the same Doc (a tenth of the pipeline's time before). A Doc's
    text never changes (retokenizing keeps it), so the copy cannot go stale.
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text
