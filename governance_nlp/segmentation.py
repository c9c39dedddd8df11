"""Candidate decision/action units: sentences and list items, as minutes lay them out.

spaCy's sentencizer joins "...paper.\\n Dennis Skinner" into one sentence and
splits nothing at a bullet, a tab-separated table cell or a numbered item.
Minutes need all of those, and PDF text also wraps sentences across lines.
No single segmentation is right everywhere, so this module proposes the union
of a few: line-level units (bullets, cells, owner lines), paragraph-level
sentences (wrapped PDF text), lines with their lower-case continuation lines (unpunctuated
wrapped text), all with a strict and a lenient sentence
splitter, sentences freed of an unpunctuated heading in front, and chains of
neighbouring sentences (a motion and its vote, "accepted from:" and its list).
The span classifier then decides which candidate, if any, is the span.
Everything here is plain text → character offsets, shared by the spaCy
suggester, the baselines and the structured layer.
"""
from __future__ import annotations

from functools import lru_cache

import itertools
import re
from typing import Iterator

# Bullet glyphs, including the private-use Symbol-font bullets PDFs and Word exports leave behind.
BULLET_CHARS = "•◦▪▫‣∙·●○■□➢➤►\uf0a7\uf0b7\uf076\uf0d8\uf0fc\uf0a8"
# A bullet or list number at the start of a unit, never part of a span.
LEAD = re.compile(
    rf"(?:[{BULLET_CHARS}\-–—*>_]+\s*"
    r"|\(?\d{1,3}(?:\.\d{1,3})*[.)]*\s+(?=\S)"
    r"|\d{1,3}/\d{2}\s+(?=\S)"
    r"|\(?[a-zA-Z]\)+\s+|\(?[ivxIVX]{1,5}\)+\s+|\(\d{1,3}\)\s+)"
)
QUOTE = re.compile(r"[ \t]*(?:>[ \t]?)+(?=\S)")
# "Resolved: ", "Action: ", "Decision - " ... a label word before the sentence proper.
LABEL = re.compile(r"[A-Z][A-Za-z/&' ]{1,30}\s?[:\-–]\s+(?=\S)")
# (a title's stop ends no sentence; "Cmhlr." is the Irish councillor's title: "seconded by Cmhlr. Ó Ceallaigh, the ...")
ABBREV = re.compile(
    r"(?:\b(?:Cllr|Cllrs|Clirs|Cmhlr|Mr|Mrs|Ms|Dr|St|No|Nos|Ltd|Co|Rd|Prof|Rev|approx|etc|inc|incl|e\.g|i\.e|ref|tel|Tel|vs)"
    r"|\b[A-Z])\.$"
)
# Table cells: tabs, wide gaps, inline bullets and (1) enumerations, an owner in bold at the
# end of the line, and the <p>/<i>/<td> markup some exports keep.
CELL_BREAK = re.compile(
    rf"\t|\s{{3,}}|\s*[{BULLET_CHARS}]\s*|\s\(\d{{1,2}}\)\s+|\s+(?=\*\*[^*]+\*\*\s*$)"
    r"|\s*</?(?:p|i|b|td|tr|li|div|span|br)\b[^>]*>\s*"
)
SENT_END = re.compile(r"[.!?;:]+[\"'”’)\]]*(?=\s+)")
# A dash or colon after which a new sentence starts on the same line ("... absence – Were received").
DASH_START = re.compile(r"(?:\s[-–—]\s*|[-–—:]\s*|\s[-–—])(?=[A-Z])")
HEADING_WORD = re.compile(r"^(?:[A-Z0-9][\w'’&/.,:()\-–]*|of|and|for|to|the|on|in|a|an|with|from|at|by|&|[-–:/]|\d[\w/.:]*)$")
MAX_UNIT = 700


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
        if not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in f"{BULLET_CHARS}*-–(\"“'£$_"):
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


def _quoted_prose(line: str) -> bool:
    """A Markdown blockquote line of running prose ("> Burrows as director ..."): its paragraph goes on, where a
    bullet or number starts a new item. (PDF-to-Markdown converters quote whole indented paragraphs.)"""
    m = QUOTE.match(line)
    return bool(m) and not LEAD.match(line, m.end())


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
        if (LEAD.match(line.lstrip()) and not _quoted_prose(line)) or "\t" in line:
            yield from flush()
        paragraph.append((s, e))
    yield from flush()


def _wrapped(text: str) -> Iterator[tuple[int, int]]:
    """A line with the lines that carry on its sentence (starting lower-case, or after a hyphen: "pro-\nforma"),
    ending where a line starts with a capital or a list number: unpunctuated minutes ("... Councillors \nresolved all
    to be satisfactory") wrap sentences that no full stop ends. Only where no punctuation ends a sentence inside."""
    lines = list(_lines(text))
    last = list(range(len(lines)))  # the last line of each line's run, found from the end (linear)
    for j in range(len(lines) - 2, -1, -1):
        nxt = text[lines[j + 1][0]:lines[j + 1][1]].lstrip()
        if nxt and not LEAD.match(nxt) and (nxt[0].islower() or text[lines[j][0]:lines[j][1]].rstrip().endswith("-")):
            last[j] = last[j + 1]
    for (s, e), j in zip(lines, last):
        if lines[j][1] > e and text[s:e].strip() and not SENT_END.search(text, s, lines[j][1]):
            yield s, lines[j][1]


def _heading_free_starts(text: str, s: int, e: int, numbered: bool, words: int = 14) -> Iterator[int]:
    """Where a sentence starts after an unpunctuated heading on the same line ("10. Annual Return The ...").

    Yields capitalised words whose preceding words all look like heading words
    (capitalised, numbers, short function words); after an item number
    ("01/19 Apologies for absence Apologies were ...") any capitalised word early on.
    """
    for k, m in enumerate(re.finditer(r"\S+", text[s:e])):
        if k >= words:
            return
        word = m.group()
        if k and word[0].isupper():
            yield s + m.start()
        if not numbered and not HEADING_WORD.match(word):
            return


def _variants(text: str, a: int, b: int) -> Iterator[tuple[int, int]]:
    """The sentence itself, without a "Label:" in front, a trailing "and", emphasis marks or "/Owner"."""
    yield a, b
    m = LABEL.match(text, a, b)
    if m and m.end() < b:
        yield m.end(), b
    tail = re.search(r"[;,]\s+(?:and|or)$", text[a:b])
    if tail:
        yield a, a + tail.start() + 1
    stripped = text[a:b].rstrip("_*")
    if len(stripped) < b - a:
        yield a, a + len(stripped)
    owner = re.search(r"(?<=\w)/[A-Z][\w ]{1,20}$", text[a:b])
    if owner:
        yield a, a + owner.start()
    # an owner or status cell after a wide gap closing a wrapped sentence ("... store etc              RW"): the
    # sentence without it (a one-line sentence has it as a cell of its own already)
    cell = re.search(r"\S(?:\t|[ \xa0]{3,})[^\s][^\t\n]{0,40}$", text[a:b])
    if cell:
        yield a, a + cell.start() + 1


def _chains(text: str, sents: list[tuple[int, int]], found: set[tuple[int, int]]) -> None:
    """A motion with its seconder and vote, or a lead-in ending ':' with what follows (up to 3 more)."""
    ordered = sorted(set(sents), key=lambda x: (x[0], -x[1]))
    starts = [x[0] for x in ordered]
    import bisect

    for a, b in ordered:
        body = text[a:b]
        if not (re.search(r"\bpropos|\bmoved\b", body, re.I) or body.endswith(":")):
            continue
        end = b
        for _ in range(3):
            i = bisect.bisect_left(starts, end)
            if i >= len(ordered) or ordered[i][0] - end > 40 or ordered[i][1] - a > 800:
                break
            end = ordered[i][1]
            found.add((a, end))


def candidate_spans(text: str) -> list[tuple[int, int]]:
    """All candidate (start, end) character spans for DECISION/ACTION, sorted and unique.

    Cached for the last few texts: the span classifier's suggester and the rule components
    both ask for the candidates of the same document.
    """
    return list(_candidate_spans(text))


@lru_cache(maxsize=256)  # a whole nlp.pipe batch: the suggester runs on a batch before the rules do (~60 kB a document)
def _candidate_spans(text: str) -> tuple[tuple[int, int], ...]:
    found: set[tuple[int, int]] = set()
    strict: list[tuple[int, int]] = []
    for us, ue in itertools.chain(_units(text), _wrapped(text)):
        whole = _trim(text, us, ue)
        if whole and whole[1] - whole[0] <= MAX_UNIT:
            found.add(whole)
        numbered = bool(LEAD.match(text, us, ue)) and text[us:ue].lstrip()[:1].isdigit()
        for lenient in (False, True):
            sents = [t for t in (_trim(text, a, b) for a, b in _sentences(text, us, ue, lenient)) if t]
            for i, (a, b) in enumerate(sents):
                found.update(_variants(text, a, b))
                ends = [b] + [y[1] for y in sents[i + 1:i + 2]]
                starts = list(_heading_free_starts(text, a, b, numbered))
                starts += [a + m.end() for m in DASH_START.finditer(text[a:b])]
                found.update((x, end) for x in starts for end in ends)
            found.update((x[0], y[1]) for x, y in zip(sents, sents[1:]))
            if not lenient:
                strict.extend(sents)
    _chains(text, strict, found)
    return tuple(sorted(found))
