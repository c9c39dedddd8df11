"""Meeting metadata from the top of the minutes: body, date (ISO 8601) and venue.

Minutes carry several dates near the top: the meeting's, a publication or
agenda date, the previous meeting whose minutes were approved, the next
meeting. Each candidate is scored by its context ("Date:", "meeting held on",
"MEETING" before it favour it; "previous", "next", "dated", "agreed as a
true record" near it count against it) and the best one wins, so the rule
works for LGA notes with a "Date and time:" field and for parish minutes
headed "MINUTES OF ... MEETING HELD ... 11TH NOVEMBER 2008" alike.
"""
from __future__ import annotations

import datetime as dt
import re
from typing import Any

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], 1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
DATE_FORMS = [
    re.compile(rf"\b{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}\b", re.I),
    re.compile(rf"\b{MONTH}\s+{DAY},?\s+{YEAR}\b", re.I),
    re.compile(r"(?<![\d/.])(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4}|\d{2})(?![\d/.])"),
]
FAVOUR = [
    (re.compile(r"\bdate(?:\s+and\s+time)?\s*:[^\n]{0,40}$", re.I), 3),
    (re.compile(r"\b(?:meeting|minutes)\b[^.]{0,120}$", re.I), 2),
    (re.compile(rf"\b{WEEKDAY},?\s*(?:the\s+)?$", re.I), 1),
    # the heading line "Milburn Parish Council - 1st March 2016", "CORPORATE PARENTING PANEL– 29 October 2024"
    (re.compile(r"(?:^|\n)[^\n]{0,60}\b(?:Council|Panel|Board|Committee|Cabinet|COUNCIL|PANEL|BOARD|COMMITTEE|CABINET)"
                r"[ \t]*[-–—:,]?[ \t]*$"), 3),
]
AGAINST_BEFORE = re.compile(r"\b(?:last|previous|next|future)\s+meeting\b[^.\n]{0,25}$"
                            r"|\b(?:the\s+minutes|\d+\.\s+minutes)\s+of\s+the\s+(?:\w+\s+){0,6}?meetings?\s+(?:\w+\s+){0,6}?"
                            r"held\s+on\s+(?:the\s+)?$"
                            r"|\b(?:dated|published|issued|printed|circulated)\b[^.\n]{0,20}$"
                            r"|\bto\s+(?:agree|approve|confirm|receive)\b[^.\n]{0,100}$", re.I)
AGAINST_AFTER = re.compile(r"^[^.]{0,60}\b(?:were|was|be)\s+(?:agreed|approved|confirmed|signed|adopted|accepted)"
                           r"|^[^.]{0,60}\b(?:true|correct)\s+record", re.I)
TOP = 3000

CAP = r"[A-Z][\w'’.-]*"
COUNCIL = re.compile(rf"(?P<name>(?:{CAP}[ \t]+|(?:and|AND|&|upon|UPON|on|ON)[ \t]+)*?{CAP})[ \t]+"
                     r"(?:(?i:annual|extraordinary|ordinary|special)\s+)?"
                     r"(?P<kind>(?i:parish|town|community|city|county|district|borough)\s+(?i:council))\b")
NOT_NAME = {"minutes", "minute", "of", "the", "meeting", "draft", "annual", "extraordinary", "ordinary", "special",
            "notes", "note", "held", "a", "an", "at", "agenda", "for"}
CONNECTORS = {"and", "&", "on", "upon"}
HEADING_BODY = re.compile(r"^[ \t#*]*(?:(?:LG Group|LGA)\s+)?(?P<body>[A-Z][\w&'’ -]{2,80}?"
                          r"\b(?:Board|Committee|Panel|Cabinet|Forum|Partnership|Authority|Council))\s*$", re.M)
TITLE_FIELD = re.compile(r"^\s*Title\s*:\s*(?P<body>[^\n]+?)\s*$", re.M | re.I)
VENUE_FIELD = re.compile(r"^\s*(?:Venue|Location|Place)\s*:\s*(?P<venue>[^\n]+?)\s*$", re.M | re.I)
NOT_VENUE = rf"(?!(?i:{WEEKDAY}|on|at|in|present|apologies|those|attendance)\b)"
VENUE_WORD = r"(?:S[Tt]\.|[A-Z][\w'’&-]*)"
VENUE_HELD = re.compile(rf"\b(?i:held|meeting)\b[^.\n]{{0,60}}?\b(?i:at|in)\s+(?P<venue>(?:(?i:the)\s+)?{NOT_VENUE}"
                        rf"{VENUE_WORD}(?:\s+{NOT_VENUE}(?:{VENUE_WORD}|of|the|and|&))*"
                        r"(?:,\s*[A-Z][\w'’-]+)?)")
VENUE_TOP = 800
SMALL_WORDS = {"and", "of", "the", "upon", "on", "in"}


def _iso(m: re.Match[str]) -> str | None:
    month = m.group("month").lower().rstrip(".")
    month_no = int(month) if month.isdigit() else MONTHS.get(month)
    year = int(m.group("year"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return dt.date(year, month_no or 0, int(m.group("day"))).isoformat()
    except ValueError:
        return None


def meeting_date(text: str) -> str | None:
    """The meeting's date as YYYY-MM-DD, chosen among the dates near the top by their context."""
    top = text[:TOP]
    best: tuple[int, int, str] | None = None
    seen: set[int] = set()
    for form in DATE_FORMS:
        for m in form.finditer(top):
            iso = _iso(m)
            if iso is None or m.start() in seen:
                continue
            seen.add(m.start())
            # "7.30 pm" is no full stop.
            before = re.sub(r"(?<=\d)\.(?=\d)", ":", top[max(0, m.start() - 100):m.start()])
            after = top[m.end():m.end() + 80]
            score = max([w for rx, w in FAVOUR if rx.search(before)], default=0)
            if AGAINST_BEFORE.search(before) or AGAINST_AFTER.search(after):
                score -= 4
            key = (score, -m.start(), iso)
            best = key if best is None or key > best else best
    return best[2] if best else None


def _title_case(name: str) -> str:
    words = name.split()
    return " ".join(w.lower() if i and w.lower() in SMALL_WORDS else w.capitalize() for i, w in enumerate(words))


def _as_written(text: str, name: str) -> str:
    """The name in mixed case as the text writes it elsewhere: "WRETTON PARISH COUNCIL" → "Wretton Parish Council"."""
    if not name.isupper():
        return name
    words = [re.escape(w) if w not in ("&", "AND") else "(?:&|and)" for w in name.split()]
    for m in re.finditer(r"\s+".join(words), text, re.I):
        if not m.group().isupper():
            return " ".join(m.group().split())
    return _title_case(name)


def _council_name(m: re.Match[str]) -> str:
    """The place words right before "Parish Council", without "MINUTES OF THE" or other heading words."""
    words: list[str] = []
    for word in reversed(m.group("name").split()):
        if word.lower() in NOT_NAME:
            break
        words.insert(0, word)
    while words and words[0].lower() in CONNECTORS:
        words.pop(0)
    kind = " ".join(m.group("kind").split())
    return " ".join(words + [kind]) if words else ""


def meeting_body(text: str) -> str | None:
    """The body that met: a "Title:" field, else the council named in the heading, else a "... Board" heading line."""
    top = text[:TOP]
    title = TITLE_FIELD.search(top[:1500])
    if title:
        return re.sub(r"^(?:LG Group|LGA)\s+", "", title.group("body"))
    for m in COUNCIL.finditer(top):
        # "(Manchester City Council)" or "Cllr X, Borough Council of ..." is a member's council, not the body.
        before = top[max(0, m.start() - 30):m.start()]
        if before.endswith("(") or re.search(r"Cllr|Councillor", before):
            continue
        if _council_name(m):
            return _as_written(text, _council_name(m))
    heading = HEADING_BODY.search(top[:1500])
    return heading.group("body").strip() if heading else None


def meeting_venue(text: str) -> str | None:
    """Where the meeting was held: a "Venue:" field, else the place after "held at/in"."""
    top = text[:TOP]
    field = VENUE_FIELD.search(top)
    if field:
        return field.group("venue")
    held = VENUE_HELD.search(re.sub(r"(?<=\d)\.(?=\d)", ":", text[:VENUE_TOP]))  # "at 7.30pm" is no full stop
    return " ".join(held.group("venue").split()) if held else None


def meeting_meta(text: str) -> dict[str, Any]:
    """``{"body", "date", "venue"}`` for the minutes in ``text`` (values ``None`` when not found)."""
    return {"body": meeting_body(text), "date": meeting_date(text), "venue": meeting_venue(text)}
