"""Decisions laid out as lists: the items of a lead-in, and the rows of an elections table.

A decision lead-in ("RESOLVED that the County Council:" then (a), (b), ...):

Spec 3 and its Kent rule: a lead-in ending in a colon is not a span; each
complete item it introduces is its own DECISION span, and a sub-resolution
ending "; and" ends at the ";" (R45). The items are read from the layout
alone: the rest of the line after "RESOLVED:", else the paragraphs or list
items below, as long as they keep the first item's numbering (a, b, c /
i, ii / 1, 2 / one bullet glyph / plain paragraphs ending a sentence), so
that the next minute ("305. Governance ...") ends the list.

An elections table ("Office Appointee Proposer Seconder" then "Chair Kenny
Combe Rob Weatherston Dick Noble") or list ("Chair: Daniel O'Neill: nom Esme
Clark and sec Reinhild Gorniak", "Vice Chair: Hannah Salome: Esme Clark and
Reinhild Gorniak"): each row records one appointment moved and seconded, a
DECISION with its motion (R44), though no decision word is written.
"""
from __future__ import annotations

import re

from ..segmentation import BULLET_CHARS
from .text import INITIALS_LIST, PAGE_NUMBER_LINE

LEAD_IN_END = re.compile(r":-?\s*$")
# The lead-in's own line decides: "RESOLVED that Council:", "The Board agreed that:", "Decisions:" (not "it was
# noted:" before discussion points, not "The following payments were agreed:" before a list of payees, whose
# lead-in is the span, nor a heading after a sentence that decided).
LEAD_IN = re.compile(r"(?:\bRESOLVED\b|\b[Rr]esolved\b|^\W*Decisions?\b)[^.\n]*:-?\s*$"
                     r"|\b(?:agreed|agrees|decided|approved)\b[^.\n]*\b(?:that|to)\s*:-?\s*$"
                     # planning replies listed under their lead-in (R49): "The undernoted planning applications were supported:"
                     r"|\bapplications\s+(?:were|was)\s+(?:supported|approved)\s*:-?\s*$")
# a lead-in whose verb takes the items as its objects, over a wrapped line: "it was agreed\n\nto allocate the
# following:" then "€2,500 to the Boxing Club." (spec 3: fragments continuing a lead-in are each a span)
OBJECT_LEAD_IN = re.compile(r"\b(?:agreed|decided)\s+to\s+[a-z]+\s+the\s+following\s*:-?\s*$")
# a sum heading a plain item under such a lead-in ("€2,600 to the Community Centre."): a whole item, as a capital is
AMOUNT_ITEM = re.compile(r"[€£$][ ]?\d")
# an "Action(s):" heading after a decision's items opens the tasks, no more decisions (spec 3)
ACTIONS_HEADING = re.compile(r"\W*Actions?\b[^.\n]{0,30}:-?\s*$")
MARKER = re.compile(rf"[ \t]*(?:\(?(?P<num>\d{{1,2}})[.)]+|\(?(?P<alpha>[a-zA-Z])\)+|\(?(?P<roman>[ivx]{{1,5}})\)+"
                    rf"|(?P<bullet>[{BULLET_CHARS}\-–*]))[ \t]+(?=\S)")
BLANK = re.compile(r"\n[ \t\r\xa0]*\n")
SPACE = re.compile(r"\s*")
OPENING_QUOTES = "“\"‘'"
MAX_ITEMS = 12
# an owner's initials in a cell after a wide gap, closing an item's line ("... – replacement windows.    GD"): the
# owner column, no part of the item (spec 3: a table-cell line; R14)
INITIALS_CELL = re.compile(rf"(?:\t|[ ]{{3,}})[ \t]*{INITIALS_LIST}$")
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]


def _key(m: re.Match[str]) -> tuple[str, object]:
    """The marker's style and value: ("alpha", 0) for "a)", ("num", 2) for "2.", ("bullet", "•")."""
    if m.group("roman") and m.group("roman") in ROMAN:
        return "roman", ROMAN.index(m.group("roman"))
    if m.group("alpha"):
        return "alpha", ord(m.group("alpha").lower()) - ord("a")
    if m.group("num"):
        return "num", int(m.group("num"))
    return "bullet", m.group("bullet")


def _follows(prev: tuple[str, object], cur: tuple[str, object]) -> bool:
    """Does an item marked ``cur`` continue a list whose last item was marked ``prev``?"""
    if prev[0] != cur[0]:
        return prev[0] == "alpha" and cur[0] == "roman" and prev[1] == 7 and cur[1] == 8  # (h) then (i)
    if prev[0] in ("plain", "bullet"):
        return cur[1] == prev[1]  # unmarked paragraphs, or the same bullet glyph
    return cur[1] == prev[1] + 1  # type: ignore[operator]


def _trim(text: str, a: int, b: int) -> tuple[int, int] | None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    tail = re.search(r";\s*(?:and|or)$", text[a:b])
    if tail:
        b = a + tail.start() + 1
    owner = INITIALS_CELL.search(text, a, b)
    if owner:
        b = owner.start()
    return (a, b) if b > a and any(c.isalnum() for c in text[a:b]) else None


def _same_line(text: str, e: int) -> tuple[int, int] | None:
    """"RESOLVED: That X be approved. (Cllr A proposed, Cllr B seconded)." : the sentence, with its vote."""
    line_end = text.find("\n", e)
    line_end = len(text) if line_end < 0 else line_end
    m = re.search(r"[.!?](?=\s|$)", text[e:line_end])
    end = e + m.end() if m else line_end
    vote = re.match(r"\s*\([^()\n]{0,300}\)\.?", text[end:line_end])
    if vote and re.search(r"propos|second|favour|against|abstain", vote.group(), re.I):
        end += vote.end()
    return _trim(text, e, end)


def lead_in_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The spans of the items the lead-in [s, e) introduces (empty when it introduces none)."""
    if not (LEAD_IN.search(text[max(s, text.rfind("\n", s, e) + 1):e]) or OBJECT_LEAD_IN.search(text, s, e)):
        return []
    nl = text.find("\n", e)
    if text[e:nl if nl >= 0 else len(text)].strip():
        item = _same_line(text, e)
        return [item] if item else []
    out: list[tuple[int, int]] = []
    pos, style = e, None
    while len(out) < MAX_ITEMS:
        m_start = SPACE.match(text, pos).end()
        if m_start >= len(text):
            break
        page = PAGE_NUMBER_LINE.match(text, m_start)
        if page:  # (a PDF's page number between the lead-in and its item, or between two items: no item)
            pos = page.end()
            continue
        marker = MARKER.match(text, text.rfind("\n", 0, m_start) + 1)
        # (a quoted resolution and an unquoted paragraph after it are no one list: "And Resolved:" then "“That the draft
        # Minutes ... be adopted”." then "Members raised the state of the road ...", the next minute)
        # (plain items that open on a sum are one list of their own: a paragraph after them ends it)
        plain = "amount" if AMOUNT_ITEM.match(text, m_start) else text[m_start] in OPENING_QUOTES
        key = _key(marker) if marker else ("plain", plain)
        if style is not None and not _follows(style, key):
            break
        begin = marker.end() if marker else m_start
        # the item runs to a blank line or the next line that starts with a marker
        end = len(text)
        blank = BLANK.search(text, begin)
        if blank:
            end = blank.start()
        for line in re.finditer(r"\n", text[begin:end]):
            # (the next line's marker, sum (one sum a line, no blank between) or page number ends the item)
            nxt = begin + line.end()
            if (MARKER.match(text, nxt) or PAGE_NUMBER_LINE.match(text, nxt)
                    or (key[1] == "amount" and AMOUNT_ITEM.match(text, nxt))):
                end = begin + line.start()
                break
        item = _trim(text, begin, end)
        if item is None:
            break
        body = text[item[0]:item[1]]
        # plain paragraphs: only whole sentences, a quoted resolution too ("And Resolved:" then "“That the draft
        # Minutes ... be adopted”."); a heading ends the list
        if key[0] == "plain" and not ((body.lstrip(OPENING_QUOTES)[:1].isupper() or AMOUNT_ITEM.match(body))
                                      and re.search(r"[.;:][”\"’']?$", body)):
            break
        if ACTIONS_HEADING.match(body):  # the tasks' own list ("Decision:" item, then "Actions:") ends the decisions
            break
        if LEAD_IN_END.search(body):  # a nested lead-in ("This Council believes that:") introduces the rest
            style, pos = None, item[1]
            continue
        out.append(item)
        style, pos = key, end
    return out


TABLE_HEADER = re.compile(r"^.*\bProposer\s+Seconder\b.*$", re.M)
QUOTE = r"[ \t>]*"
# "Office: Name: A and B" (optionally "nom A and sec B"): two colons, then two people
LIST_ROW = re.compile(rf"^{QUOTE}(?P<row>[A-Z][\w ]{{2,40}}:[ \t]*[A-Z][^:\n]{{2,60}}:[ \t]*(?:nom\.?[ \t]+)?[A-Z][\w'’-]+"
                      rf"(?:[ \t]+[A-Z][\w'’-]+)*[ \t]*(?:and|,)[ \t]*(?:\n{QUOTE})?(?:sec\.?[ \t]+)?[A-Z][\w'’-]+"
                      rf"(?:[ \t]+[A-Z][\w'’-]+)*)", re.M)
ELECTION_WORDS = re.compile(r"\b(?:elect\w*|appoint\w*|office[ -]bearers|nominat\w*|nom\.?)\b", re.I)
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def election_rows(text: str) -> list[tuple[int, int]]:
    """The rows of every elections table (under a "Proposer Seconder" header) and elections list."""
    out: list[tuple[int, int]] = []
    for head in TABLE_HEADER.finditer(text):
        pos = head.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            row = _trim(text, pos, end)
            if row is None or len(CAPITALISED.findall(text[row[0]:row[1]])) < 3:
                break
            out.append(row)
            pos = end + 1
    for m in LIST_ROW.finditer(text):
        if ELECTION_WORDS.search(text[max(0, m.start() - 600):m.end()]):
            out.append((m.start("row"), m.end("row")))
    return out
