"""Document-level consistency of person entities: one person, one label, every mention found.

Minutes name a member once in full (the attendance list, a declaration:
"Claire Cann (CC)") and then as "Cllr Cann", "Mrs Cann" or "CC". A tagger
that decides each mention alone labels the same person COUNCILLOR in the
list and OFFICER three pages on, misses "Mr Cann" and invents COUNCILLORs
from initials nothing declares. This pass, over the entities a pipeline
found (model or rules):

1. **Label**: every mention compatible with exactly one full name
   (:func:`governance_nlp.structure.names.compatible`) takes the label of that
   name's first full mention.
2. **Fill**: an unlabelled "Cllr/Mr/Mrs/Ms/Miss/Councillor <surname>" of a
   known person, or initials the document declares for one, becomes an entity.
3. **Drop**: an all-capitals 2–4 letter COUNCILLOR/OFFICER mention that the
   document declares for nobody and that fits no known person's initials.
"""
from __future__ import annotations

import re
from typing import Iterable

from ..structure.names import clean_name, compatible

PEOPLE = ("COUNCILLOR", "OFFICER")
TITLED = re.compile(r"\b(?:Cllrs?|Clr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?[ ]+(?P<n>(?:[A-Z]\.?[ ]?){0,3}[A-Z][a-z'’-]+"
                    r"(?:-[A-Z][a-z'’-]+)?)")
DECLARED = re.compile(r"(?P<n>[A-Z][\w'’.-]+(?:[ ]+[A-Z][\w'’.-]+){1,3})[ ]*\((?P<i>[A-Z]{2,4})\)")
INITIALS = re.compile(r"[A-Z]{2,4}")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'’-]*", name) if w[0].isupper())


def _overlaps(s: int, e: int, taken: Iterable[tuple[int, int, str]]) -> bool:
    return any(s < b and a < e for a, b, _ in taken)


def consistent_entities(text: str, ents: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``ents`` (start, end, label) made consistent across the document (see module docstring)."""
    people = [(s, e, lab, clean_name(text[s:e])) for s, e, lab in sorted(ents) if lab in PEOPLE]
    full: dict[str, str] = {}  # full name -> label of its first full mention
    for s, e, lab, name in people:
        if len(name.split()) >= 2 and not INITIALS.fullmatch(name.replace(" ", "")):
            full.setdefault(name, lab)
    aliases: dict[str, str] = {}  # declared initials -> full name
    for m in DECLARED.finditer(text):
        name = clean_name(m.group("n"))
        if name in full:
            aliases[m.group("i")] = name

    def person_of(name: str) -> str | None:
        if name in aliases:
            return aliases[name]
        if INITIALS.fullmatch(name):
            fits = [f for f in full if _initials(f) == name]
            return fits[0] if len(fits) == 1 else None
        fits = [f for f in full if compatible(name, f)]
        return fits[0] if len(fits) == 1 else None

    out: list[tuple[int, int, str]] = []
    for s, e, lab in sorted(ents):
        if lab not in PEOPLE:
            out.append((s, e, lab))
            continue
        name = clean_name(text[s:e])
        who = person_of(name)
        if who is not None:
            out.append((s, e, full[who]))
        elif INITIALS.fullmatch(name):
            continue  # initials that stand for nobody the document names
        else:
            out.append((s, e, lab))
    for m in TITLED.finditer(text):
        s, e = m.start("n"), m.end("n")
        who = person_of(clean_name(m.group("n")))
        if who is not None and not _overlaps(s, e, out):
            out.append((s, e, full[who]))
    for alias, who in aliases.items():
        for m in re.finditer(rf"(?<![\w&.]){alias}(?![\w&])", text):
            if not _overlaps(m.start(), m.end(), out):
                out.append((m.start(), m.end(), full[who]))
    return sorted(out)
