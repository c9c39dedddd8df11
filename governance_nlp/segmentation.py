"""Candidate decision/action units: sentences and list items, as minutes lay them out.

spaCy's sentencizer joins "...paper.\\n Dennis Skinner" into one sentence and
splits nothing at a bullet, a tab-separated table cell or a numbered item.
Minutes need all of those, and PDF text also wraps sentences across lines.
No single segmentation is right everywhere, so this module proposes the union
of a few: line-level units (bullets, cells, owner lines), paragraph-level
sentences (wrapped PDF text), both with a strict and a lenient sentence
splitter, and pairs of neighbouring sentences (a motion and its vote).
The span classifier then decides which candidate, if any, is the span.
Everything here is plain text → character offsets, shared by the spaCy
suggester, the baselines and the structured layer.
"""
from __future__ import annotations

import re
from typing import Iterator

# A bullet or list number at the start of a unit, never part of a span.
LEAD = re.compile(
    r"(?:[•◦▪▫‣∙·●○■□➢➤►\-–—*>_]+\s*"
    r"|\(?\d{1,3}(?:\.\d{1,3})*[.)]?\s+(?=\S)"
    r"|\(?[a-zA-Z]\)\s+|\(?[ivxIVX]{1,4}\)\s+|\(\d{1,3}\)\s+)"
)
# "Resolved: ", "Action: ", "Decision - " ... a label word before the sentence proper.
LABEL = re.compile(r"[A-Z][A-Za-z/&' ]{1,30}\s?[:\-–]\s+(?=\S)")
ABBREV = re.compile(
    r"(?:\b(?:Cllr|Cllrs|Clirs|Mr|Mrs|Ms|Dr|St|No|Nos|Ltd|Co|Rd|Cllr|Prof|Rev|approx|etc|inc|incl|e\.g|i\.e|ref|tel|Tel|vs)"
    r"|\b[A-Z])\.$"
)
# Table cells: tabs, wide gaps, and the <p>/<i>/<td> markup some exports keep.
CELL_BREAK = re.compile(r"\t|\s{3,}|\s*[•]\s*|\s*</?(?:p|i|b|td|tr|li|div|span|br)\b[^>]*>\s*")
SENT_END = re.compile(r"[.!?;:]+[\"'”’)\]]*(?=\s+)")


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Shrink [s, e) to its first and last non-space characters, dropping bullets/numbers in front."""
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    for _ in range(3):
        m = LEAD.match(text, s, e)
        if not m or m.end() >= e:
            break
        s = m.end()
        while s < e and text[s].isspace():
            s += 1
    if s >= e or not any(ch.isalnum() for ch in text[s:e]):
        return None
    return s, e


def _sentences(text: str, s: int, e: int, lenient: bool) -> list[tuple[int, int]]:
    """Split [s, e) at sentence-final punctuation followed by whitespace and a capital, digit or bullet."""
    out, start = [], s
    for m in SENT_END.finditer(text, s, e):
        nxt = text[m.end():e].lstrip()
        if not nxt:
            continue
        head = text[start:m.end()]
        if lenient and (ABBREV.search(head) or m.group().startswith(":")):
            continue
        if not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "•*-–(\"“'£$_"):
            continue
        out.append((start, m.end()))
        start = m.end()
    out.append((start, e))
    return out


def _lines(text: str) -> Iterator[tuple[int, int]]:
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, pos + len(line.rstrip("\r\n"))
        pos += len(line)


def _units(text: str) -> Iterator[tuple[int, int]]:
    """Whole lines, their cells, and every paragraph suffix that starts at a line start."""
    paragraph: list[tuple[int, int]] = []

    def flush() -> Iterator[tuple[int, int]]:
        for i in range(len(paragraph)):
            yield paragraph[i][0], paragraph[-1][1]
        paragraph.clear()

    for s, e in _lines(text):
        line = text[s:e]
        if not line.strip():
            yield from flush()
            continue
        yield s, e
        cell = s
        for m in CELL_BREAK.finditer(line):
            yield cell, s + m.start()
            cell = s + m.end()
        if cell != s:
            yield cell, e
        if LEAD.match(line.lstrip()) or "\t" in line:
            yield from flush()
        paragraph.append((s, e))
    yield from flush()


HEADING_WORD = re.compile(r"^(?:[A-Z0-9][\w'’&/.,:()\-–]*|of|and|for|to|the|on|in|a|an|with|from|at|by|&|[-–:/]|\d[\w/.:]*)$")


def _heading_free_starts(text: str, s: int, e: int, words: int = 12) -> Iterator[int]:
    """Where a sentence starts after an unpunctuated heading on the same line ("10. Annual Return The ...").

    Yields each capitalised word whose preceding words all look like heading words
    (capitalised, numbers, short function words), so ordinary sentences add nothing.
    """
    for k, m in enumerate(re.finditer(r"\S+", text[s:e])):
        if k >= words:
            return
        word = m.group()
        if k and word[0].isupper():
            yield s + m.start()
        if not HEADING_WORD.match(word):
            return


def candidate_spans(text: str) -> list[tuple[int, int]]:
    """All candidate (start, end) character spans for DECISION/ACTION, sorted and unique."""
    found: set[tuple[int, int]] = set()
    motions: list[tuple[int, int]] = []
    for us, ue in _units(text):
        for lenient in (False, True):
            sents = [t for t in (_trim(text, a, b) for a, b in _sentences(text, us, ue, lenient)) if t]
            for a, b in sents:
                found.add((a, b))
                m = LABEL.match(text, a, b)
                if m and m.end() < b:
                    found.add((m.end(), b))
                if text[b - 1] in "_*":
                    found.add((a, b - len(text[a:b]) + len(text[a:b].rstrip("_*"))))
            for i, (a, b) in enumerate(sents):
                ends = [b] + [y[1] for y in sents[i + 1:i + 2]]
                found.update((x, end) for x in _heading_free_starts(text, a, b) for end in ends)
            found.update((x[0], y[1]) for x, y in zip(sents, sents[1:]))
            if not lenient:
                motions.extend(sents)
    motions = sorted(set(motions))
    for i, (a, b) in enumerate(motions):
        if re.search(r"\bpropos", text[a:b], re.I):
            found.update((a, end) for _, end in motions[i + 1:i + 4] if end - a < 600)
    return sorted(found)
