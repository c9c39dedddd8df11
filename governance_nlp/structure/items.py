"""Agenda items: numbered headings ("1. Apologies", "6.1", "03/19 Minutes of ...", "Item 3") and their extent.

Minutes number many things besides items: lists of correspondence, paragraph
numbers, cheque lines, dates. Candidates are taken from line starts (and,
for minutes flattened onto one line, after a sentence end), and only the
longest chain in which each number follows the one before (3 after 2, 6.1
after 6, 04/19 after 03/19, small gaps allowed) is kept. A correspondence
list "1. Letter ... 2. Letter ..." inside item 9 cannot continue the chain
9 → 10, so it does not split the item.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

# number, then its title on the same line; "4.5vii)" or "£20.00" never qualify.
DOTTED = r"(?P<top>\d{1,3})(?:\.(?P<sub>\d{1,2}))?(?:[.)]|(?=\s))"
SLASHED = r"(?P<stop>\d{1,3})/(?P<year>\d{2})(?=\s)"
ITEM_WORD = r"(?i:item)\s+(?P<itop>\d{1,3})\b[.:]?"
NUMBER = rf"(?:{ITEM_WORD}|{SLASHED}|{DOTTED})"
SPACE = r"[^\S\n]"  # spaces, tabs and the no-break spaces of word-processor exports
LINE_START = re.compile(rf"^(?:{SPACE}|[#*_])*{NUMBER}{SPACE}*(?P<title>[^\n]*)", re.M)
INLINE = re.compile(rf"(?<=[.:!?]\s){NUMBER}{SPACE}+(?=(?P<title>[A-Z][^\n]*))")  # lookahead: several per line
MONTH_WORD = re.compile(r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                        r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?),?\s+\d|(?i:am|pm)\b")
MAX_GAP = 3
TITLE_MAX = 100


@dataclass(frozen=True)
class _Candidate:
    start: int
    number: str
    key: tuple[int, int, str]  # (top, sub, style/series)
    title: str


def _title(raw: str) -> str:
    """Heading text up to its first colon, full stop, tab or dash, at most ``TITLE_MAX`` characters ..."""
    raw = re.sub(r"</?\w+[^>]*>|\*\*", "", raw).strip(" \t\xa0*_#")
    # ... or where the next inline item starts ("No declarations of Interest made 3. The minutes ...").
    cut = re.split(r":|\.\s|\.$|\t| [–-] |\s\d{1,3}(?:\.\d{1,2})*[.)]?\s+(?=[A-Z])", raw, maxsplit=1)[0].strip()
    if len(cut) > TITLE_MAX:
        cut = cut[:TITLE_MAX].rsplit(" ", 1)[0]
    return cut


def _candidates(text: str) -> list[_Candidate]:
    found: dict[int, _Candidate] = {}
    for rx in (LINE_START, INLINE):
        for m in rx.finditer(text):
            title = _title(m.group("title"))
            if not title and m.group("itop"):  # "Item 3" alone on its line, the title on the next
                following = re.match(r"\s*\n\s*([^\n]+)", text[m.end():])
                title = _title(following.group(1)) if following else ""
            # "23 March 2010" is a date, not item 23.
            if not title or not re.match(r"[A-Z‘'\"(]", title) or MONTH_WORD.match(title):
                continue
            if m.group("itop"):
                number, key = m.group("itop"), (int(m.group("itop")), 0, "item")
            elif m.group("stop"):
                number, key = m.group(0).split()[0].strip(" \t#*_"), (int(m.group("stop")), 0, "/" + m.group("year"))
            else:
                top, sub = int(m.group("top")), int(m.group("sub") or 0)
                number, key = (f"{top}.{sub}" if m.group("sub") else str(top)), (top, sub, "")
            start = m.start() + len(m.group(0)) - len(m.group(0).lstrip(" \t#*_"))
            found.setdefault(start, _Candidate(start, number, key, title))
    return sorted(found.values(), key=lambda c: c.start)


def _follows(prev: _Candidate, cur: _Candidate) -> bool:
    """Whether ``cur`` can be the next heading after ``prev`` (same series, number moving forward a little)."""
    (pt, ps, pstyle), (ct, cs, cstyle) = prev.key, cur.key
    if pstyle != cstyle and not (pstyle == "item" or cstyle == "item"):
        return False
    if ct == pt:
        return cs > ps and cs - ps <= MAX_GAP
    return 0 < ct - pt <= MAX_GAP and cs <= 1


def _chain(cands: list[_Candidate]) -> list[_Candidate]:
    """The longest subsequence in which each heading follows the previous one (ties: the earliest start)."""
    best: list[int] = [1] * len(cands)
    back: list[int] = [-1] * len(cands)
    for i, cur in enumerate(cands):
        for j in range(i):
            if best[j] + 1 > best[i] and _follows(cands[j], cur):
                best[i], back[i] = best[j] + 1, j
    if not cands:
        return []
    i = max(range(len(cands)), key=lambda k: (best[k], -k))
    out = []
    while i >= 0:
        out.append(cands[i])
        i = back[i]
    return out[::-1]


@dataclass
class Items:
    """The agenda items of one document, in order, with a lookup from character offset to item number."""

    items: list[dict[str, Any]]

    def item_for(self, offset: int) -> str | None:
        """Number of the item whose extent holds ``offset`` (a sub-item such as 6.1 has its own), else ``None``."""
        starts = [it["start"] for it in self.items]
        i = bisect_right(starts, offset) - 1
        return self.items[i]["number"] if i >= 0 and offset < self.items[i]["end"] else None


def find_items(text: str) -> Items:
    """Agenda items as ``{"number", "title", "start", "end"}``; an item ends where the next one starts."""
    chain = _chain(_candidates(text))
    items = []
    for k, c in enumerate(chain):
        end = chain[k + 1].start if k + 1 < len(chain) else len(text.rstrip())
        items.append({"number": c.number, "title": c.title, "start": c.start, "end": end})
    return Items(items)
