"""Every ``Doc._`` attribute the package adds, declared once."""
from __future__ import annotations

from spacy.tokens import Doc


def register_extensions() -> None:
    """Idempotent: safe to call from each component factory."""
    if not Doc.has_extension("structure"):
        Doc.set_extension("structure", default=None)
    if not Doc.has_extension("rule_owners"):  # "start:end" of a rule ACTION span -> its owners (msgpack-safe keys)
        Doc.set_extension("rule_owners", default=None)
