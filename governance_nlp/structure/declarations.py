"""Declarations of interest (spec 6): which member declared what interest in which item.

A declaration is a sentence or list item where a member declares an
interest ("Ms Meade declared an interest that she was a carer.", "Cllr X
declared a pecuniary interest in item 7 and left the room"). Reminders
("Members may wish to declare ...") and "No declarations" are not. The
member is the COUNCILLOR mention in the sentence when the model found one,
else the name written before "declared"; one record per member (rule R37).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from .motions import NAME, NOT_NAMES, TITLE

DECLARES = re.compile(r"\bdeclared?\b[^.\n]{0,160}?\binterests?\b|\binterests?\b[^.\n]{0,60}?\bdeclared\b"
                      r"|\bdeclared\s+(?:on|in)\s+(?:agenda\s+)?item\b"
                      r"|\bdeclaration\s+of\s+(?:a\s+|an\s+)?(?:\w+\s+){0,3}interest\s+(?:by|from)\b", re.I)
NOT_A_DECLARATION = re.compile(r"\b(?:no|any|none|nil|may wish|invited|reminded|asked|register|were\s+no|"
                               r"there\s+were\s+none|not\s+necessary)\b", re.I)
MEMBER_BEFORE = re.compile(rf"(?P<n>{NAME})\s*(?:\([^)]*\)\s*)?(?:,\s*[^,]{{0,40}},\s*)?(?:also\s+)?declared\b")
ITEM = re.compile(r"\b(?:agenda\s+)?(?:item|minute)\s*(?:no\.?\s*)?(?P<i>\d+[a-z]?(?:\.\d+)?)", re.I)
INTEREST = re.compile(r"\bdeclared\s+(?:that\s+(?:s?he|they)\s+had\s+)?(?P<i>(?:an?\s+)?[^.;\n]*?\binterests?\b[^.;]*)", re.I)


# A full stop after a title, an initial or a common abbreviation does not end the sentence ("Cllr. P. Harries").
NOT_AN_END = re.compile(r"(?:\b(?:Cllrs?|Clr|Mr|Mrs|Ms|Dr|St|No|Nos|approx|etc|inc|Co|Ltd|Rd|e\.g|i\.e)|\b[A-Z])\.$")


def _sentences(text: str) -> Iterable[tuple[int, int]]:
    """Sentence-ish units: split at sentence ends and blank lines, trimmed of list numbers and spaces."""
    for block in re.finditer(r"(?:[^\n]|\n(?!\s*\n))+", text):
        a, b = block.start(), block.end()
        cuts = [a] + [a + m.end() for m in re.finditer(r"[.!?]+(?=\s+[A-Z(])", block.group())
                      if not NOT_AN_END.search(block.group()[:m.end()])] + [b]
        for s, e in zip(cuts, cuts[1:]):
            while s < e and (text[s].isspace() or text[s] in "-•*–"):
                s += 1
            lead = re.match(r"\(?\d+[.)]\s+|\([a-z]\)\s+", text[s:e])
            if lead:
                s += lead.end()
            while e > s and text[e - 1].isspace():
                e -= 1
            if e > s:
                yield s, e


def find_declarations(text: str, councillors: Iterable[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """One record per member per declaring sentence, with ``start``/``end`` of the sentence."""
    mentions = sorted(councillors)
    out: list[dict[str, Any]] = []
    for s, e in _sentences(text):
        unit = text[s:e]
        if not DECLARES.search(unit) or NOT_A_DECLARATION.search(unit.split("declare")[0]):
            continue
        members = [(a, text[a:b]) for a, b, _ in mentions if s <= a and b <= e]
        if not members:
            m = MEMBER_BEFORE.search(unit)
            name = " ".join(m.group("n").split()) if m else None
            if name and re.sub(rf"^{TITLE}\s+", "", name).split()[0].lower() not in NOT_NAMES:
                members = [(s + m.start("n"), name)]
        if not members:
            continue
        interest = INTEREST.search(unit)
        seen: set[str] = set()
        for pos, member in members:
            if member in seen:
                continue
            seen.add(member)
            # the item named after this member ("X and Y declared on Item 11; Z declared on Item 12"), else the first
            item = ITEM.search(text, pos, e) or ITEM.search(unit)
            out.append({"start": s, "end": e, "member": member, "item": item.group("i") if item else None,
                        "interest": " ".join(interest.group("i").split()) if interest else None})
    return out
