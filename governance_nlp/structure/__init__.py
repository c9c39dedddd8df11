"""The structured layer: what a reader writes down from minutes, computed from a tagged Doc.

Input is a spaCy ``Doc`` whose ``doc.ents`` hold COUNCILLOR, AUTHORITY, PARTY
and OFFICER mentions and whose ``doc.spans["sc"]`` hold DECISION/ACTION spans
(from the model, or from gold in tests; a ``DECISION_ACTION`` span counts as
an action). Everything here is plain Python over those offsets and the text,
so it runs the same on gold and on predictions, one module per job:

- :mod:`.meta` — meeting body, date, venue;
- :mod:`.items` — numbered agenda items and offset → item lookup;
- :mod:`.roster` — councillors in attendance with authority, party, role;
- :mod:`.officers` — officers with role and organisation;
- :mod:`.owners` — owners of each ACTION span;
- :mod:`.motions` — motions: proposer, seconder, outcome, counts, named voters;
- :mod:`.declarations` — declarations of interest: member, item, interest;
- :mod:`.scoring` — field-level scores against the gold ``roster``,
  ``officers``, ``action_owners``, ``motions`` and ``declarations``.

Output keys follow the annotation spec (sections 4 and 5).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..extensions import doc_text
from ..labels import BOTH, SPANS_KEY
from .declarations import find_declarations
from .items import Items, find_items
from .meta import meeting_meta
from .motions import find_motions
from .officers import officers as find_officers
from .owners import action_owners
from .roster import roster as find_roster

# The span classifier gives a decision that assigns work one label of its own; it is an action too.
ACTION_LABELS = ("ACTION", BOTH)
DECISION_LABELS = ("DECISION", BOTH)


@dataclass
class Structure:
    """Document-level results; ``owners`` is keyed by each ACTION span's ``(start_char, end_char)``."""

    meta: dict[str, Any]
    items: list[dict[str, Any]]
    councillors: list[dict[str, Any]]
    officers: list[dict[str, Any]]
    owners: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    motions: list[dict[str, Any]] = field(default_factory=list)
    declarations: list[dict[str, Any]] = field(default_factory=list)

    def item_for(self, offset: int) -> str | None:
        """Number of the agenda item holding character ``offset``, or ``None`` outside any item."""
        return Items(self.items).item_for(offset)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (owners as a list of ``{"start", "end", "owners"}``, like gold ``action_owners``)."""
        return {"meta": dict(self.meta), "items": [dict(i) for i in self.items],
                "councillors": [dict(c) for c in self.councillors], "officers": [dict(o) for o in self.officers],
                "action_owners": [{"start": s, "end": e, "owners": list(o)}
                                  for (s, e), o in sorted(self.owners.items())],
                "motions": [dict(m) for m in self.motions], "declarations": [dict(d) for d in self.declarations]}


def analyse(doc) -> Structure:
    """Metadata, items, roster, officers and action owners of one tagged ``Doc``."""
    text = doc_text(doc)
    ents = [(e.start_char, e.end_char, e.label_, e.text) for e in doc.ents]
    spans = doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []
    actions = sorted({(s.start_char, s.end_char) for s in spans if s.label_ in ACTION_LABELS})
    decisions = sorted({(s.start_char, s.end_char) for s in spans if s.label_ in DECISION_LABELS})
    councillors = [(s, e, lab) for s, e, lab, _ in ents if lab == "COUNCILLOR"]
    meta = meeting_meta(text)
    return Structure(
        meta=meta,
        items=find_items(text).items,
        councillors=find_roster(text, ents, meta["body"]),
        officers=find_officers(text, ents),
        owners=action_owners(text, actions, ents),
        motions=find_motions(text, decisions, [(s, e) for s, e, _ in councillors]),
        declarations=find_declarations(text, councillors),
    )


__all__ = ["Structure", "analyse"]
