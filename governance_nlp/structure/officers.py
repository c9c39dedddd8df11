"""Officers: every named OFFICER with the role and organisation written beside the name.

Minutes introduce staff in a few fixed ways, all handled here:
appositives ("Dennis Skinner, Regional Associate, LG Improvement and
Development, presented ..."), brackets ("Mrs C Hardy (Clerk)", "Lucy de Groot
(IDeA)", and "A, B, C (LGID);" where one bracket covers a group), a role
before the name ("Clerk: Sarah Thorpe", "PCSO Sophie Watson") and contact
blocks ("Contact officer: Helen Platts / Position: Strategic Business
Adviser"). Mentions of one person are merged; the first value found for
each field wins, as the first full mention is where minutes introduce people.
"""
from __future__ import annotations

import re
from typing import Any

from .names import clean_name, group_names, is_alias

ROLE_WORD = re.compile(
    r"\b(?:Clerk|Officers?|Director|Manager|Head|Chief|Executive|Advis[oe]r|Associate|Consultant|Warden|Secretary"
    r"|Treasurer|Inspector|Sergeant|Superintendent|Constable|PCSO|P\.?C\.?|Engineer|Co-?ordinator|Assistant"
    r"|Analyst|Member|Auditor|Handyman|Handyperson|Planner|Surveyor|Solicitor|Accountant|Administrator|Worker"
    r"|Ranger|Chair(?:man)?|Leader|Lead|Contact|Responsible Person)\b", re.I)
WORD = r"(?:[A-Z][\w&'’.\-/]*|of|and|for|the|&|in|on)"
PHRASE = re.compile(rf"[A-Z][\w&'’.\-/]*(?:[ \t]+{WORD})*")
ORG_HEAD = re.compile(r"^(?P<org>(?:[A-Z][\w.&'’-]*\s+)*?(?:Council|Constabulary|Police|Team|Service|Services)"
                      r"|[A-Za-z]*[A-Z][A-Za-z]*[A-Z][\w.]*)\s+(?P<role>.+)$")
SEPARATOR = re.compile(r"^\s*(?:,|\s[-–—])\s*")
BEFORE_ROLE = re.compile(rf"(?:^|[\n\t.;,]|:\s)\s*(?P<role>[A-Z][\w&'’.\-/]*(?:[ \t]+{WORD}){{0,5}}?)\s*:?\s*[-–]?\s*"
                         r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$")
POSITION = re.compile(r"^[^\n]*\n(?:[ \t]*\n)?[ \t]*Position\s*:\s*(?P<role>[^\n]+)", re.I)


def _trim(phrase: str) -> str:
    words = phrase.split()
    while words and words[-1] in ("of", "and", "for", "the", "&", "in", "on"):
        words.pop()
    return " ".join(words).strip(" ,.;:")


def _role_org(phrase: str, text: str, start: int, authorities: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """Split one appositive into (role, organisation): "IDeA Executive Director" → ("Executive Director", "IDeA")."""
    phrase = _trim(phrase)
    if not phrase:
        return None, None
    if not ROLE_WORD.search(phrase):
        return None, phrase
    of = phrase.find(" of ")
    if of > 0 and any(s == start + of + 4 for s, _ in authorities):
        return phrase[:of], phrase[of + 4:]
    head = ORG_HEAD.match(phrase)
    if head and not ROLE_WORD.search(head.group("org")) and ROLE_WORD.search(head.group("role")):
        return head.group("role"), head.group("org")
    return phrase, None


def _describe(text: str, ent: tuple[int, int, str, str], ents: list[tuple[int, int, str, str]],
              authorities: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """(role, organisation) from the text around one mention."""
    start, end = ent[0], ent[1]
    role = org = None
    # "A, B, C (LGID);": skip over further names to a bracket that covers the group.
    cursor = end
    officers_after = {e[0]: e[1] for e in ents if e[2] == "OFFICER"}
    while True:
        sep = re.match(r",\s*", text[cursor:cursor + 4])
        if not (sep and cursor + sep.end() in officers_after):
            break
        cursor = officers_after[cursor + sep.end()]
    bracket = re.match(r"\s*,?\s*\(([^()\n]{1,60})\)", text[cursor:cursor + 70])
    if bracket:
        inner = bracket.group(1).strip()
        role, org = _role_org(inner, text, cursor + bracket.start(1), authorities)
    sep = SEPARATOR.match(text[end:end + 5])
    if sep and not bracket:
        pos = end + sep.end()
        first = PHRASE.match(text, pos)
        if first:
            role, org = _role_org(first.group(), text, pos, authorities)
            nxt = SEPARATOR.match(text[first.end():first.end() + 5])
            if role and org is None and nxt:
                second = PHRASE.match(text, first.end() + nxt.end())
                if second and not ROLE_WORD.search(second.group()):
                    org = _trim(second.group()) or None
    if role is None:
        before = BEFORE_ROLE.search(text[max(0, start - 60):start])
        if before and ROLE_WORD.search(before.group("role")) and not re.search(r"\b(?:and|&)\b", before.group("role")):
            role = _trim(before.group("role"))
    position = POSITION.match(text, end)
    if position:
        role = position.group("role").strip()
    return role, org


def officers(text: str, ents: list[tuple[int, int, str, str]]) -> list[dict[str, Any]]:
    """One ``{"name", "role", "organisation"}`` record per named officer, in order of first mention.

    ``ents`` are ``(start, end, label, text)`` for the document's entities.
    """
    ents = sorted(ents)
    mentions = [e for e in ents if e[2] == "OFFICER" and not is_alias(e[3])]
    fullest = group_names(clean_name(e[3]) for e in mentions)
    authorities = [(e[0], e[1]) for e in ents if e[2] == "AUTHORITY"]
    records: dict[str, dict[str, Any]] = {}
    for e in mentions:
        name = fullest.get(clean_name(e[3]), clean_name(e[3]))
        rec = records.setdefault(name, {"name": name, "role": None, "organisation": None})
        role, org = _describe(text, e, ents, authorities)
        rec["role"] = rec["role"] or role
        rec["organisation"] = rec["organisation"] or org
    return list(records.values())
