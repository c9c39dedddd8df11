"""Officers: every named OFFICER with the role and organisation written beside the name.

Minutes introduce staff in a few fixed ways, all handled here:
appositives ("Dennis Skinner, Regional Associate, LG Improvement and
Development, presented ..."), brackets ("Mrs C Hardy (Clerk)", "Lucy de Groot
(IDeA)", and "A, B, C (LGID);" where one bracket covers a group), "of" an
authority ("J. Eastgate and N. Tupper of the Norfolk County Council"), a role
before the name ("Clerk: Sarah Thorpe", "PCSO Sophie Watson") and contact
blocks ("Contact officer: Helen Platts / Position: Strategic Business
Adviser"). Mentions of one person are merged; the first value found for
each field wins, as the first full mention is where minutes introduce people.
"""
from __future__ import annotations

import re
from typing import Any

from .names import TITLE, clean_name, group_names, is_alias

ROLE_WORD = re.compile(
    r"\b(?:Clerk|Officers?|Director|Manager|Head|Chief|Executive|Advis[oe]r|Associate|Consultant|Warden|Secretary"
    r"|Treasurer|Inspector|Sergeant|Superintendent|Constable|PCSO|P\.?C\.?|Engineer|Co-?ordinator|Assistant"
    r"|Analyst|Member|Auditor|Handyman|Handyperson|Planner|Surveyor|Solicitor|Accountant|Administrator|Worker"
    r"|Ranger|Chair(?:man)?|Leader|Lead|Contact|Responsible Person)\b", re.I)
# A capitalised phrase: words, abbreviations such as "N.C.C.", and the small words inside names.
CAP_WORD = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w&'’\-/]*)"
WORD = rf"(?:{CAP_WORD}|(?:of|and|for|the|in|on)\b|&)"
PHRASE = re.compile(rf"{CAP_WORD}(?:[ \t]+{WORD})*")
LOWER_ROLE = re.compile(rf"(?:[a-z]+[ \t]+){{0,3}}{ROLE_WORD.pattern}", re.I)
TITLE_WORD = re.compile(rf"(?:^|\s)(?:{TITLE}|Sir|Dame|Dr)(?=\s|$)")
ORG_HEAD = re.compile(r"^(?P<org>(?:[A-Z][\w.&'’-]*\s+)*?(?:Council|Constabulary|Police|Team|Service|Services)"
                      r"|[A-Z](?:\.[A-Z])+\.?|[A-Za-z]*[A-Z][A-Za-z]*[A-Z][\w.]*)\s+(?P<role>.+)$")
OF_ORG = re.compile(r"^(?P<role>.+?)\s+of\s+(?:the\s+)?(?P<org>(?:[A-Z][\w.&'’-]*\s+)*"
                    r"(?:Council|Constabulary|Police|Team|Service|Services))$")
# ", Role", " - Role", a tab to the next cell, " the internal auditor", or a bare " Clerk to ..." (role words only).
SEPARATOR = re.compile(r"(?:[ \t]*,|[ \t]+[-–—]|[ \t]*\t)[ \t]*")
BARE = re.compile(r"[ \t]+(?:the[ \t]+)?")
WORD_NO_AND = r"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z][\w'’\-/]*|of|for|the|in|on)"
BEFORE_ROLE = re.compile(rf"(?:^|[\n\t.;,(]|[:\-–]\s|\b[a-z]+\s)\s*"
                         rf"(?P<role>[A-Z][\w'’.\-/]*(?:[ \t]+{WORD_NO_AND}){{0,5}}?)"
                         r"\s*:?\s*[-–]?\s*(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?$")
POSITION = re.compile(r"[^\n]*(?:\n[ \t]*)+Position\s*:\s*(?P<role>[^\n]+)", re.I)
GENERIC = {"officers", "members", "staff", "contacts"}
NOT_ORG = re.compile(r"\d{3}|@|^(?:e-?mail|tel|phone|fax|mobile|web)\b", re.I)


def _trim(phrase: str) -> str:
    words = phrase.split()
    while words and words[-1] in ("of", "and", "for", "the", "&", "in", "on"):
        words.pop()
    out = " ".join(words).strip(" ,;:")
    return out if re.search(r"(?:^|\W)[A-Z]\.$", out) else out.rstrip(".")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s’'.-]+", name) if w).upper()


def _role_org(phrase: str, start: int, authorities: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """Split one appositive into (role, organisation): "IDeA Executive Director" → ("Executive Director", "IDeA")."""
    phrase = _trim(re.split(r"['’]s\b", phrase)[0])  # "Clerk’s Salary October" → "Clerk"
    if not phrase or NOT_ORG.search(phrase):
        return None, None
    if not ROLE_WORD.search(phrase):
        return None, phrase
    if phrase.lower() in GENERIC:
        return None, None
    phrase = re.sub(r"(?i)\b(officer|member|contact)s$", r"\1", phrase)
    of = phrase.find(" of ")
    if of > 0 and any(s in (start + of + 4, start + of + 8) for s, _ in authorities):
        return phrase[:of], re.sub(r"^the\s+", "", phrase[of + 4:])
    for rx in (OF_ORG, ORG_HEAD):
        m = rx.match(phrase)
        if m and not ROLE_WORD.search(m.group("org")) and ROLE_WORD.search(m.group("role")):
            return m.group("role"), m.group("org")
    return phrase, None


def _phrase_at(text: str, pos: int, stops: list[int], lower: bool = True) -> str | None:
    """The capitalised (or, if ``lower``, lower-case role) phrase at ``pos``, cut at the next person, title or
    field label."""
    m = PHRASE.match(text, pos) or (LOWER_ROLE.match(text, pos) if lower else None)
    if not m:
        return None
    end = min([m.end()] + [s for s in stops if pos < s < m.end()])
    phrase = text[pos:end]
    title = TITLE_WORD.search(phrase)
    phrase = phrase[:title.start()] if title else phrase
    if re.match(r"\s*:", text[pos + len(phrase):pos + len(phrase) + 3]):
        return None  # "Email:", "Position:" start a field, not an appositive
    return phrase.strip() or None


Ent = tuple[int, int, str, str]


def _group_end(text: str, end: int, ents: list[Ent]) -> int:
    """End of "A, B and C" when more officer names follow this one: a bracket after C covers all three."""
    officer_ends = {e[0]: e[1] for e in ents if e[2] == "OFFICER"}
    cursor = end
    while True:
        sep = re.match(r"(?:,|\s+and)\s*", text[cursor:cursor + 6])
        if not (sep and cursor + sep.end() in officer_ends):
            return cursor
        cursor = officer_ends[cursor + sep.end()]


def _after_group(text: str, name: str, cursor: int, authorities: list[tuple[int, int]]
                 ) -> tuple[bool, str | None, str | None]:
    """(bracket seen, role, organisation) from "(Clerk)", "(IDeA)" or "of the Norfolk County Council"."""
    role = org = None
    bracket = re.match(r"\s*,?\s*\(([^()\n]{1,60})\)", text[cursor:cursor + 70])
    inner = bracket.group(1).strip() if bracket else ""
    if bracket and not inner[0].islower() and _initials(clean_name(name)) != inner:  # "(KOK)" is a handle
        role, org = _role_org(inner, cursor + bracket.start(1), authorities)
    of = re.match(r"\s+of\s+(?:the\s+)?", text[cursor:cursor + 12])
    authority_end = dict(authorities).get(cursor + of.end()) if of else None
    if authority_end:
        org = org or " ".join(text[cursor + of.end():authority_end].split())
    return bool(bracket), role, org


def _appositive(text: str, end: int, stops: list[int], authorities: list[tuple[int, int]]
                ) -> tuple[str | None, str | None]:
    """(role, organisation) from ", Role, Organisation", ", Role (Organisation)", a tab cell or a bare role."""
    sep = SEPARATOR.match(text, end)
    bare = None if sep else BARE.match(text, end)
    if not (sep or bare):
        return None, None
    pos = (sep or bare).end()
    first = _phrase_at(text, pos, stops, lower=bool(sep) or "the" in bare.group())
    if first and bare:
        first = first.split(" and ")[0]  # "Stephen Bett Chairman Norfolk Police Authority and Superintendent ..."
    if not first or not (sep or ROLE_WORD.search(first)):
        return None, None
    role, org = _role_org(first, pos, authorities)
    if not role or org:
        return role, org
    after = pos + len(first)
    trailing = re.match(r"\s*\(([^()\n]{1,40})\)", text[after:after + 45])
    if trailing and not ROLE_WORD.search(trailing.group(1)):
        return role, trailing.group(1).strip()  # "Strategic Advisor (IDeA)"
    nxt = SEPARATOR.match(text, after)
    if nxt and not re.search(r"['’]s\b", first):
        second = _phrase_at(text, nxt.end(), stops)
        if second and not ROLE_WORD.search(second) and not NOT_ORG.search(second):
            return role, _trim(second) or None
    return role, None


def _describe(text: str, ent: Ent, ents: list[Ent],
              authorities: list[tuple[int, int]]) -> tuple[str | None, str | None]:
    """(role, organisation) from the text around one mention."""
    start, end, _, name = ent
    bracket, role, org = _after_group(text, name, _group_end(text, end, ents), authorities)
    if not bracket:
        stops = [e[0] for e in ents if e[2] in ("COUNCILLOR", "OFFICER")]
        written_role, written_org = _appositive(text, end, stops, authorities)
        role, org = written_role or role, written_org or org
    position = POSITION.match(text, end)  # "Contact officer: Helen Platts\nPosition: Strategic Business Adviser"
    if position:
        role, written_org = _role_org(position.group("role").split(",")[0], end, authorities)
        rest = position.group("role").split(",", 1)[1:]
        org = org or written_org or (_trim(rest[0]) if rest else None)
    if role is None:
        before = BEFORE_ROLE.search(text[max(0, start - 60):start])  # "Clerk: Sarah Thorpe", "PCSO Sophie Watson"
        if before and ROLE_WORD.search(before.group("role")):
            role, _ = _role_org(before.group("role"), start, authorities)
    return role, org


def officers(text: str, ents: list[Ent]) -> list[dict[str, Any]]:
    """One ``{"name", "role", "organisation"}`` record per named officer, in order of first mention.

    ``ents`` are ``(start, end, label, text)`` for the document's entities. A short form that could be
    several people ("Davies" beside Jane and Paul Davies) is not listed as a person of its own.
    """
    ents = sorted(ents)
    mentions = [e for e in ents if e[2] == "OFFICER" and not is_alias(e[3])]
    fullest = group_names(clean_name(e[3]) for e in mentions)
    authorities = [(e[0], e[1]) for e in ents if e[2] == "AUTHORITY"]
    records: dict[str, dict[str, Any]] = {}
    for e in mentions:
        name = fullest.get(clean_name(e[3]))
        if name is None:
            continue
        rec = records.setdefault(name, {"name": name, "role": None, "organisation": None})
        role, org = _describe(text, e, ents, authorities)
        rec["role"] = rec["role"] or role
        rec["organisation"] = rec["organisation"] or org
    return list(records.values())
