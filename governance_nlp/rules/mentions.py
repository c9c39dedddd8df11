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
from .text import line_bounds

# Upper-case tokens that are abbreviations in minutes, never a person's initials.
NOT_INITIALS = {"CC", "PC", "BC", "DC", "MP", "UK", "AGM", "EGM", "VAT", "TV", "OK", "ID", "IT", "HR", "PR", "GP",
                "BT", "EA", "NHS", "RFC", "YFC", "CPO", "ASB", "LDP", "MSP", "CCC", "SPT", "AOB", "PCC", "LA",
                "NB", "PS", "QC", "KC", "AM", "PM", "ST", "RD", "NO", "MR", "MRS", "MS", "DR", "CBE", "OBE", "MBE"}
# A short English word that a member's initials may spell ("AT" for A. Teskey): in a line written in capitals
# ("MINUTES OF PROCEEDINGS AT ONLINE MEETING", "HELD ON 13TH APRIL, 2021 AT 9:30 A.M.") it is the word, not the member.
CAPS_WORDS = {"AT", "ON", "IN", "OF", "TO", "BY", "AN", "AS", "IS", "IT", "OR", "BE", "DO", "GO", "SO", "UP", "US",
              "WE", "HE", "ME", "MY", "IF", "THE", "AND", "FOR", "ALL", "ANY"}
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
    default COUNCILLOR), and "Ms Carpenter" for a surname that is officers' only, priority 5. Members: the full
    name again, "Mr [R W] Gough" when the surname is members' only, and initials ("SW") that are one listed
    person's first + last (or first + middle + last) letters, priority 5.
    Authorities: the initials of each one named in full ("KCC"), priority 5.
    """
    found: list[tuple[int, int, str, int]] = []
    officers, members = set(), set()
    for s, e, lab in people:
        words = _words(text[s:e])
        if lab in ("OFFICER", "COUNCILLOR") and len(words) >= 2 and len(words[-1]) > 1:
            (officers if lab == "OFFICER" else members).add(tuple(words))
    members -= officers

    def alternation(forms: Iterable[str]) -> str:  # longest first, so a full name wins over a shorter form
        return "|".join(sorted(set(forms), key=len, reverse=True))

    def scan(pattern: str, label_of, prio: int, group: str | int = 0) -> None:
        for m in re.finditer(pattern, text):
            label = label_of(m.group(group))
            if label:
                found.append((m.start(group), m.end(group), label, prio))

    if officers:  # one pass for every officer's forms
        forms = [re.escape(" ".join(w)) for w in officers]
        forms += [rf"{re.escape(w[0][0])}\.?[ ]+{re.escape(' '.join(w[1:]))}" for w in officers]
        scan(rf"(?<![\w.])(?:{alternation(forms)})(?![\w])", lambda _: "OFFICER", 2)
    if members:  # the full name again, or initial + surname ("F. Reid" for Frank Reid)
        forms = [re.escape(" ".join(w)) for w in members]
        forms += [rf"{re.escape(w[0][0])}\.?[ ]+{re.escape(' '.join(w[1:]))}" for w in members if len(w[0].rstrip(".")) > 1]
        scan(rf"(?<![\w.])(?:{alternation(forms)})(?![\w])", lambda _: "COUNCILLOR", 5)
    surnames: dict[str, set[tuple[str, ...]]] = {}
    initials: dict[str, set[tuple[str, ...]]] = {}
    for words in members | officers:
        surnames.setdefault(words[-1], set()).add(words)
        letters = [w[0] for w in words if w[0].isupper()]
        for abbr in {letters[0] + letters[-1], "".join(letters)}:
            initials.setdefault(abbr, set()).add(words)
    # "Mr Gough", "Mr R W Gough", "Ms Carpenter": a surname whose every bearer named in full is a member (or an officer)
    # and, given an initial, one bearer's first initial ("Mr R Jones" is not Doris Jones: an applicant, a resident)
    def bearer(name: str, group: set[tuple[str, ...]], label: str) -> str | None:
        *initials, surname = name.split()
        return label if not initials or initials[0][0] in {w[0][0] for w in surnames[surname] & group} else None

    for label, group in (("COUNCILLOR", members), ("OFFICER", officers)):
        own = [n for n, owners in surnames.items() if owners <= group]
        if own:
            scan(rf"\b(?:Mrs|Mr|Ms|Miss|Dr|Sir)\.?\s+(?P<n>(?:[A-Z]\.?[ ]+)*(?:{alternation(map(re.escape, own))}))(?![\w])",
                 lambda n, group=group, label=label: bearer(n, group, label), 5, "n")
    authorities = {a for a in (_initials(text[s:e]) for s, e, lab in people if lab == "AUTHORITY") if a}
    if authorities:  # "KCC" (and "CCs": the plural's letters only)
        scan(rf"(?<![\w&.])(?P<a>{alternation(authorities)})s?(?![\w&])", lambda _: "AUTHORITY", 5, "a")
    label_of_initials = {abbr: "OFFICER" if next(iter(owners)) in officers else "COUNCILLOR"
                         for abbr, owners in initials.items()
                         if len(abbr) >= 2 and len(owners) == 1 and abbr not in NOT_INITIALS}
    if label_of_initials:
        scan(rf"(?<![\w&.])(?:{alternation(label_of_initials)})(?![\w&])", label_of_initials.get, 5)
        found = [f for f in found if not (text[f[0]:f[1]] in CAPS_WORDS and not re.search(
            r"[a-z]", text[line_bounds(text, f[0])[0]:line_bounds(text, f[1])[1]]))]
    return found
