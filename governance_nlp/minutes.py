"""The typed result of :func:`governance_nlp.extract` and its serialisers (spec section 5).

Offsets always refer to ``Minutes.text``, the text that was analysed, so a
consumer can check ``text[start:end] == entity.text`` for every record.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Optional


@dataclass
class Entity:
    text: str
    label: str
    start: int
    end: int


@dataclass
class Decision:
    text: str
    start: int
    end: int
    score: float
    item: Optional[str] = None


@dataclass
class Action:
    text: str
    start: int
    end: int
    score: float
    item: Optional[str] = None
    owners: list[str] = field(default_factory=list)


@dataclass
class Councillor:
    name: str
    authority: Optional[str] = None
    party: Optional[str] = None
    role: Optional[str] = None
    attendance: Optional[str] = None


@dataclass
class Officer:
    name: str
    role: Optional[str] = None
    organisation: Optional[str] = None


@dataclass
class Item:
    number: str
    title: str
    start: int
    end: int


@dataclass
class Motion:
    """A motion put to the meeting (spec 6): offsets are those of its DECISION span."""

    text: str
    start: int
    end: int
    item: Optional[str] = None
    proposer: Optional[str] = None
    seconder: Optional[str] = None
    outcome: Optional[str] = None
    votes_for: Optional[int] = None
    against: Optional[int] = None
    abstain: Optional[int] = None
    voters: Optional[dict[str, list[str]]] = None

    def to_dict(self) -> dict[str, Any]:
        """Spec keys: ``for`` (a Python keyword, hence ``votes_for`` on the object)."""
        out = asdict(self)
        votes = {"for": out.pop("votes_for"), "against": out.pop("against"), "abstain": out.pop("abstain")}
        voters = out.pop("voters")
        return {**out, **votes, "voters": voters}


@dataclass
class Declaration:
    """A member's declaration of interest (spec 6), with the offsets of the sentence stating it."""

    text: str
    start: int
    end: int
    member: str
    item: Optional[str] = None
    interest: Optional[str] = None


META_KEYS = ("body", "date", "venue")


def empty_meta() -> dict[str, Any]:
    """Meeting metadata with every key present, so consumers never test for a missing key."""
    return {key: None for key in META_KEYS}


@dataclass
class Minutes:
    """Structured minutes: what a reader would write down, with offsets into ``text``."""

    text: str
    source: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=empty_meta)
    entities: list[Entity] = field(default_factory=list)
    decisions: list[Decision] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    councillors: list[Councillor] = field(default_factory=list)
    officers: list[Officer] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    declarations: list[Declaration] = field(default_factory=list)

    def to_dict(self, include_text: bool = False) -> dict[str, Any]:
        """JSON-ready dict with the spec's keys (plus ``source``, ``meta``, ``items``)."""
        out = asdict(self)
        out["motions"] = [m.to_dict() for m in self.motions]
        if not include_text:
            out.pop("text")
        return out

    def to_json(self, include_text: bool = False, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(include_text), ensure_ascii=False, **kwargs)

    def rows(self) -> list[dict[str, Any]]:
        """One flat row per entity, decision and action (for CSV / pandas)."""
        return record_rows(self.to_dict())


def record_rows(rec: dict[str, Any]) -> list[dict[str, Any]]:
    """Flat rows of a result dict (``Minutes.to_dict()``), shared by ``Minutes.rows`` and the CSV writer."""
    rows: list[dict[str, Any]] = []
    for e in rec["entities"]:
        rows.append({"source": rec.get("source"), "kind": "entity", "label": e["label"], "text": e["text"],
                     "start": e["start"], "end": e["end"], "score": None, "item": None, "owners": None})
    for kind in ("decision", "action"):
        for s in rec[kind + "s"]:
            rows.append({"source": rec.get("source"), "kind": kind, "label": kind.upper(), "text": s["text"],
                         "start": s["start"], "end": s["end"], "score": s["score"], "item": s.get("item"),
                         "owners": "; ".join(s.get("owners", [])) if kind == "action" else None})
    return rows
