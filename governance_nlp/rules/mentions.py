"""Later mentions in one document of what the rules found: people and authorities.

Spec 2: every mention is marked, short forms too, and initials that stand
for a named person take that person's label. Minutes name a member in full
once (the attendance list: "Mr R W Gough", "* Sarah Woodbury — Chair") and
then as "Mr Gough" or "SW"; an officer is introduced with a role ("Sarah
Hammond (Corporate Director ...)") and later named bare. This module turns
the rules' own finds into those later mentions; it never reads the model's.
An authority named in full ("Scottish Borders Council") is then often
written by its initials ("SBC", "KCC", "WDPC"): those are AUTHORITY too.
"""
from __future__ import annotations

import re
from typing import Iterable

from .patterns import HONORIFIC, PREFIX

# Upper-case tokens that are abbreviations in minutes, never a person's initials.
NOT_INITIALS = {"CC", "PC", "BC", "DC", "MP", "UK", "AGM", "EGM", "VAT", "TV", "OK", "ID", "IT", "HR", "PR", "GP",
                "BT", "EA", "NHS", "RFC", "YFC", "CPO", "ASB", "LDP", "MSP", "CCC", "SPT", "AOB", "PCC", "LA",
                "NB", "PS", "QC", "KC", "AM", "PM", "ST", "RD", "NO", "MR", "MRS", "MS", "DR", "CBE", "OBE", "MBE"}
TITLE_WORD = re.compile(rf"^(?:{HONORIFIC}|{PREFIX}|(?:Cllrs?|Councillor|Clir)\.?[ ]+)+")


def _words(name: str) -> list[str]:
    return TITLE_WORD.sub("", " ".join(name.split())).split()


def _initials(name: str) -> str | None:
    """ "Scottish Borders Council" -> "SBC", "West Dereham Parish Council" -> "WDPC" (three letters or more)."""
    words = [w for w in name.split() if w[0].isupper() and w.isalpha()]
    abbr = "".join(w[0] for w in words)
    return abbr if len(abbr) >= 3 and len(words) == len(name.split()) else None


def other_mentions(text: str, people: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str, int]]:
    """(start, end, label, priority) for the later mentions of the people and authorities in ``people``.

    Officers: the full name again and initial + surname ("D. Horkan"), priority 2 (over an attendance list's
    default COUNCILLOR). Members: the full name again, "Mr [R W] Gough" when the surname is one member's, and
    initials ("SW") that are one listed person's first + last (or first + middle + last) letters, priority 5.
    Authorities: the initials of each one named in full ("KCC"), priority 5.
    """
    found: list[tuple[int, int, str, int]] = []
    officers, members = set(), set()
    for s, e, lab in people:
        words = _words(text[s:e])
        if len(words) >= 2 and len(words[-1]) > 1:
            (officers if lab == "OFFICER" else members if lab == "COUNCILLOR" else set()).add(tuple(words))
    members -= officers
    for words in officers:
        forms = rf"{re.escape(' '.join(words))}|{re.escape(words[0][0])}\.?[ ]+{re.escape(' '.join(words[1:]))}"
        for m in re.finditer(rf"(?<![\w.])(?:{forms})(?![\w])", text):
            found.append((m.start(), m.end(), "OFFICER", 2))
    surnames: dict[str, set[tuple[str, ...]]] = {}
    initials: dict[str, set[tuple[str, ...]]] = {}
    for words in members | officers:
        surnames.setdefault(words[-1], set()).add(words)
        letters = [w[0] for w in words if w[0].isupper()]
        for abbr in {letters[0] + letters[-1], "".join(letters)}:
            initials.setdefault(abbr, set()).add(words)
    for words in members:
        for m in re.finditer(rf"(?<![\w.]){re.escape(' '.join(words))}(?![\w])", text):
            found.append((m.start(), m.end(), "COUNCILLOR", 5))
    for surname, owners in surnames.items():
        if len(owners) != 1 or next(iter(owners)) not in members:
            continue
        for m in re.finditer(rf"\b(?:Mrs|Mr|Ms|Miss|Dr|Sir)\.?[ ]+(?P<n>(?:[A-Z]\.?[ ]+)*{re.escape(surname)})(?![\w])", text):
            found.append((m.start("n"), m.end("n"), "COUNCILLOR", 5))
    for abbr in {a for a in (_initials(text[s:e]) for s, e, lab in people if lab == "AUTHORITY") if a}:
        for m in re.finditer(rf"(?<![\w&.]){abbr}s?(?![\w&])", text):
            found.append((m.start(), m.start() + len(abbr), "AUTHORITY", 5))
    for abbr, owners in initials.items():
        if len(abbr) < 2 or len(owners) != 1 or abbr in NOT_INITIALS:
            continue
        label = "OFFICER" if next(iter(owners)) in officers else "COUNCILLOR"
        for m in re.finditer(rf"(?<![\w&.]){abbr}(?![\w&])", text):
            found.append((m.start(), m.end(), label, 5))
    return found
