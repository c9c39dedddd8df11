"""Owners of ACTION spans: who is to do it, as the minutes write it.

Three places carry an owner, tried in this order:

1. an owner cell or line right after the action: the rest of the row in a
   table ("... to next meeting.        Clerk", "</p>\\t<p>Helen Platts</p>")
   or, when the action ends its line, the next non-blank line ("Jenny Day",
   "Secretariat", "Group Leaders/Caroline Abrahams/Andrew Cozens"). It is
   accepted only if every part of it is a named person (an entity there) or
   a role ("Clerk", "Officers", "Chair/Clerk"), so the next sentence or
   heading is never mistaken for an owner;
2. the subject of the action: "Clerk to ...", "Mr White and Mr Patterson
   will ...", "Cllr. D. Jenkins kindly volunteered to ...", "it was agreed
   that the Clerk should ...", "... asked the Councillors to ...", or the
   agent of a passive "will be attended by Cllrs Mann, Precey and the Clerk";
3. otherwise none: "A letter to be sent to NCC." has no owner.

Names are returned without titles ("Cllr. A. Davies" → "A. Davies"), roles
as written ("clerk", "Officers", "political group").
"""
from __future__ import annotations

import re

from .names import TITLE, clean_name

HEAD = (r"(?:Clerk|Chair(?:man|person|woman)?|Vice[ -]Chair(?:man)?|Secretariat|Officers?|Members|Councillors|Leaders"
        r"|Council|PC|Manager|Director|Warden|Rangers|Handyman|Handyperson|Volunteers|Group|Secretary|Treasurer|Team"
        r"|Highways)")
ROLE_NP = (rf"(?:[A-Z][\w-]*\s+|(?:political|lead|parish|individual)\s+){{0,3}}(?i:{HEAD})"
           r"(?:\s+of\s+the\s+(?:[A-Z][\w'-]*\s+){0,3}Council)?")
ROLE_ONLY = re.compile(rf"(?:{ROLE_NP}|All|Everyone)")
DETERMINER = r"(?:(?:the|each|all|our)\s+|[A-Z][\w]*['’]s\s+)?"
# A person may carry a bracket or an organisation: "Sue Payne (BC) offered to", "David Mills, NCC would".
ITEM = rf"(?:(?:{TITLE}\s+)*\x01\d+\x02(?:\s*\([^()]{{1,20}}\)|,\s*[A-Z][A-Z.]{{1,8}}(?=\s))?|{DETERMINER}{ROLE_NP})"
GROUP = rf"(?P<group>{ITEM}(?:\s*(?:,|\band\b|&)\s*{ITEM})*)"
VERB = (r"(?:\s*,?\s*who\s+(?:has\s+|have\s+)?(?:also\s+)?|\s+(?:also|kindly|then|again|both)\b)?\s*"
        r"(?:will|would|shall|should|to|(?:has|have)\s+agreed\s+to|(?:agreed|offered|volunteered|undertook|plans?"
        r"|intends?|continued?|needs?|is|are)\s+to|(?:is|are|was|were)\s+(?:going|about)\s+to"
        r"|(?:was|were)\s+(?:asked|due|advised|requested)\s+(?:to|if))\b")
SUBJECT = re.compile(rf"(?<![\w\x02]){GROUP}{VERB}(?P<after>\s+\w+\s+\w+)?")
ASKED = re.compile(rf"\basked\s+{GROUP}\s+(?:to|for|if)\b")
SAID = re.compile(rf"(?<![\w\x02]){GROUP}\s+(?:advised|said|confirmed|stated|reported|noted)\s+that\s+(?:she|he|they)"
                  r"\s+(?:will|would)\b")
# "It was agreed that the Clerk speak to ...": a bare verb after the subject of an agreed task.
AGREED_THAT = re.compile(rf"\b(?:agreed|resolved|decided|requested|asked)\s+(?:that\s+)?{GROUP}\s+"
                         r"(?!(?:is|was|were|are|has|had|have|and|or|of)\b)[a-z]+\b")
BY_AGENT = re.compile(rf"\bbe(?:en)?\s+\w+(?:\s+up)?\s+by\s+{GROUP}")
# "will be contacted" is passive; "will be writing" and "should be involved" still name the doer.
PASSIVE = re.compile(r"\s+(?:be|been)\s+(?!\w+ing\b|(?:involved|responsible|able|present|available)\b)\w+")
CLAUSE_OPENERS = {"that", "and", "but", "then", "so", "while", "whilst", "if", "when", "also", "where"}
MARKUP = re.compile(r"</?\w+[^>]*>|\*\*|__")
SPLIT = re.compile(r"\s*(?:/|,|;|&|\band\b)\s*")


def _masked(text: str, start: int, end: int, persons: list[tuple[int, int, str]]) -> tuple[str, list[str]]:
    """The span with each person mention replaced by a placeholder, and the names behind them."""
    out, names, cursor = [], [], start
    for s, e, name in persons:
        if start <= s and e <= end:
            out.append(text[cursor:s])
            out.append(f"\x01{len(names)}\x02")
            names.append(name)
            cursor = e
    out.append(text[cursor:end])
    return MARKUP.sub(" ", "".join(out)), names


def _group_owners(group: str, names: list[str]) -> list[str]:
    owners = []
    for part in re.split(r"\s*(?:,|\band\b|&)\s*", group):
        ref = re.search(r"\x01(\d+)\x02", part)
        role = re.sub(r"^(?i:the|each|all|our)\s+|^[A-Z]\w*['’]s\s+", "", part.strip())
        if ref:
            owners.append(names[int(ref.group(1))])
        elif re.fullmatch(ROLE_NP, role):
            owners.append(role)
    return owners


def _cell(text: str, end: int, persons: list[tuple[int, int, str]]) -> list[str] | None:
    """Owners from the rest of the action's row, or from the next line when the action ends its line."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    start, stop = end, line_end
    if not MARKUP.sub("", text[end:line_end]).strip(" \t.;:"):
        following = re.match(r"(?:[ \t]*\n)+([^\n]*)", text[line_end:])
        if not following:
            return None
        start, stop = line_end + following.start(1), line_end + following.end(1)
    chunk, names = _masked(text, start, stop, persons)
    if chunk.rstrip().endswith(":"):
        return None  # "Contact officer:" labels what follows, it is not an owner
    chunk = chunk.strip(" \t.;_*")
    if not chunk:
        return None
    owners = []
    for part in SPLIT.split(chunk):
        part = re.sub(rf"^(?:{TITLE}\s*)+", "", part.strip(" \t.;:_*"))
        ref = re.fullmatch(r"\x01(\d+)\x02", part)
        if ref:
            owners.append(names[int(ref.group(1))])
        elif ROLE_ONLY.fullmatch(part):
            owners.append(part)
        elif part:
            return None
    return owners or None


def _clause_start(span: str, pos: int) -> bool:
    """A subject opens its clause: nothing, punctuation or a conjunction before it (not "arranged with Highways to")."""
    before = span[:pos].rstrip()
    if not before or not before[-1].isalnum():
        return True
    return before.split()[-1].lower() in CLAUSE_OPENERS


def _subject(text: str, start: int, end: int, persons: list[tuple[int, int, str]]) -> list[str]:
    """Owners named as the doer inside the action sentence."""
    span, names = _masked(text, start, end, persons)
    for m in SUBJECT.finditer(span):
        if (m.group("after") and PASSIVE.match(m.group("after"))) or not _clause_start(span, m.start()):
            continue
        return _group_owners(m.group("group"), names)
    for rx in (AGREED_THAT, ASKED, SAID, BY_AGENT):
        m = rx.search(span)
        if m:
            return _group_owners(m.group("group"), names)
    return []


def action_owners(text: str, spans: list[tuple[int, int]],
                  ents: list[tuple[int, int, str, str]]) -> dict[tuple[int, int], list[str]]:
    """Owners for each ACTION span ``(start, end)``; ``ents`` are ``(start, end, label, text)`` entities."""
    persons = sorted((s, e, clean_name(t)) for s, e, label, t in ents if label in ("COUNCILLOR", "OFFICER"))
    out: dict[tuple[int, int], list[str]] = {}
    for start, end in spans:
        out[(start, end)] = _cell(text, end, persons) or _subject(text, start, end, persons)
    return out
