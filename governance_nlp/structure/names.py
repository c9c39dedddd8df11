"""Person names as minutes write them: titles, honours, initials, and which mentions are one person.

One councillor appears as "Cllr David Parsons CBE", "Cllr Parsons" and
"D Parsons" in the same document; the roster wants one record under the
fullest form, and owners and officers want the same grouping. Grouping is
conservative: a short form that fits two different people ("M Peake" beside
"Mick Peake" and "Mandy Peake") is not merged with either rather than guessed.
"""
from __future__ import annotations

import re
from typing import Iterable

# Titles written before a name and never part of it (house rule R1), including PDF misreadings of "Cllr".
TITLE = (r"(?:(?:County|Borough|District|City|Parish|Town)\s+(?:Councillor|Cllr)\.?|Councillors?|Cllrs?\.?|Clirs?\.?"
         r"|CIIrs?\.?|BCllr\.?|CCllr\.?|Mayor|Mr|Mrs|Ms|Miss|Mx)\.?")
TITLES_LEAD = re.compile(rf"^(?:{TITLE}\s+)+")
HONOURS = r"(?:CBE|OBE|MBE|DBE|KBE|JP|DL|QC|KC|MP|M\.P\.)"
HONOURS_TAIL = re.compile(rf"(?:[\s,]+{HONOURS})+$")
# Words that are part of a name as used (R1) but do not identify the person.
NAME_PREFIXES = {"sir", "dame", "dr", "lord", "lady", "baroness", "baron", "professor", "prof", "rev", "revd"}
INITIALS_ALIAS = re.compile(r"^[A-Z]{2,4}$")


def clean_name(text: str) -> str:
    """The name without titles, honours, possessive or line breaks ("Cllr David\\nParsons CBE" → "David Parsons")."""
    name = " ".join(text.split())
    name = TITLES_LEAD.sub("", name)
    name = HONOURS_TAIL.sub("", name)
    name = re.sub(r"['’]s$", "", name)
    return name.strip(" ,;:")


def is_alias(text: str) -> bool:
    """True for initials standing for a person ("CC", "PB"): a handle, not a name to list."""
    return bool(INITIALS_ALIAS.match(text.strip()))


def _tokens(name: str) -> list[str]:
    words = re.sub(r"[.’']", " ", name.replace("-", " ")).lower().split()
    return [w for w in words if w not in NAME_PREFIXES]


def compatible(a: str, b: str) -> bool:
    """One person? Same surname and no clash of first names or initials ("D Parsons" ~ "David Parsons" ~
    "Parsons"); a single word may also be the first name ("Rob" ~ "Rob Whiteman")."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return False
    short, full = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    if len(short) == 1 and len(full) > 1 and len(short[0]) > 1 and short[0] == full[0]:
        return True
    if ta[-1] != tb[-1]:
        return False
    ga, gb = ta[:-1], tb[:-1]
    if not ga or not gb:
        return True
    x, y = ga[0], gb[0]
    return x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y))


def fullness(name: str) -> tuple[int, int, int]:
    """Sort key for the fullest form: more written-out words, then more words, then longer."""
    words = _tokens(name)
    return sum(len(w) > 1 for w in words), len(name.split()), len(name)


def group_names(names: Iterable[str]) -> dict[str, str | None]:
    """Map each name to the fullest compatible form; a short form that fits two people maps to ``None``."""
    heads: list[str] = []
    out: dict[str, str | None] = {}
    for name in sorted({n for n in names if n}, key=lambda n: (fullness(n), n), reverse=True):
        matches = [h for h in heads if compatible(name, h)]
        if len(matches) == 1:
            out[name] = matches[0]
        elif matches:
            out[name] = None
        else:
            out[name] = name
            heads.append(name)
    return out


def norm(value: str | None) -> str | None:
    """Comparison form for scoring and de-duplication: case, dots, hyphens, apostrophes and spacing ignored."""
    if value is None:
        return None
    value = value.replace("’", "'").replace("-", " ").replace(".", " ").casefold()
    return " ".join(value.split())
