"""Where a DECISION or ACTION span starts and ends: the sentence before a bare assent, a list item's first word, past a
heading run in, and the whole of a sentence that PDF text wraps over lines.

The matcher (:class:`governance_nlp.rules.matchers.MinutesRules`) finds the decision and action units; these steps set
their bounds by the spec's "one sentence or one list item" (spec 3) where the unit alone is too short or too long.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterable

from .text import (CLAUSE_END, ITEM_START, MID_OPENER, SENTENCE_END, SENTENCE_OPENER, SENTENCE_OR_PARAGRAPH_END,
                   STATUS_CELL_END, STATUS_WORD, abbreviation_stop, item_start, line_bounds, sentence_before)

if TYPE_CHECKING:
    from .matchers import MinutesRules


# a line break inside a paragraph, and what opens a sentence of its own on the next line (an owner, a sentence opener)
WRAP_NEXT = re.compile(r"[ \t]*\n[ \t]*(?=\S)")
# a lower-case word of running prose (a heading's words are capitalised or short function words)
PROSE_WORD = re.compile(r"(?<![\w’'-])[a-z]{4,}\b")
PROSE_WORDS = 3
NEW_LINE_SENTENCE = re.compile(rf"(?:the\s+|The\s+)?(?:Clerk|Chair(?:man)?)\b|[A-Z]{{2,3}}\b|{SENTENCE_OPENER.pattern}")


# a motion stated in a sentence of its own, its outcome written later ("Cllr A proposed that the Police be contacted.
# The Clerk to forward a letter. Carried", "It was proposed that Cllrs X and Y be appointed ... .\n\nPassed
# Unanimously.")
MOTION_STATED = re.compile(r"\bproposed\s+(?:that|the)\b", re.I)
# the movers before an outcome on its line ("Cllr Precey proposed:  Cllr Clements seconded:  Carried.")
LINE_MOVERS = re.compile(r"[^\n]*\bproposed\b[^\n]*\bseconded\b[^\w\n]*", re.I)
# a mover's speech for a motion put before it (a notice of motion) states no motion: "In proposing the Motion,
# Councillor A referred to the need for ... . This Motion was seconded by Councillor B and agreed." (the assent alone)
MOVER_SPEECH = re.compile(r"\W*In\s+(?:proposing|seconding)\b", re.I)
# a date's year after its comma at a line's end goes on with the sentence ("2nd December, \n2020, at 10.00 a.m.")
YEAR_AFTER_COMMA = re.compile(r"(?:1[89]|20)\d\d\b")
# a time's stop ends no sentence: "... held on Thursday, 11th December, \n2014 at 10.00 a.m. in the Community Centre."
TIME_STOP = re.compile(r"\d[ ]?[ap]\.m\.$")
# a paragraph break: a blank line, or one holding only spaces
PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t\xa0]*\n)+")
# a lower-case list marker alone on a span's last line: the next item's, wrapped into the span ("requirements \nb."),
# or after a blank line, where a sentence with no stop ran on to the next item ("... to produce them\n\nb.")
NEXT_MARKER_END = re.compile(r"[ \t]*(?:\n[ \t\xa0]*)+\(?(?:[a-z]|[ivx]{1,7})[.)]$")
# a numbered list run on one line with no stops ("1. Terms of Reference to be agreed by the parties 2. David to try to
# get the reports 3. ..."): the next item's number closing a span that opens after its own number
NEXT_NUMBER_END = re.compile(r"(?<=[a-z])[ ]+(\d{1,2})\.$")
OWN_NUMBER_BEFORE = re.compile(r"(\d{1,2})\.[ ]+$")
# a heading in capitals run into the sentence after it in minutes flattened to one paragraph ("AOB Mrs Smith said ...",
# "TREASURER'S REPORT Mrs Elsey stated ...", "BIRTHDAYS (2) The posies ..."): the sentence starts at its opener
RUN_IN_HEADING = re.compile(r"(?:[A-Z]{2,}(?:[’'][A-Z]+)?[ ]+)+(?:\(\d+\)[ ]+)?(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|The|It)\b)")
# the end of a line and a paragraph break after it
BREAK_AFTER = re.compile(rf"[ \t\xa0]*{PARAGRAPH_BREAK.pattern}")
# a semicolon with more of the sentence after it on its line ("...; Clerk to write accordingly to Mr Williams.")
SEMICOLON_GOES_ON = re.compile(r";[ \t\xa0]*[^\s]")
# the farthest back (characters) a motion's outcome looks for its motion
MOTION_REACH = 1500


# a motion's words after its movers, in a paragraph of their own: "That the bills for May 2017 be paid", quoted or not
RESOLUTION_TEXT = re.compile(r"[‘'\"“]?That\b[^\n]*")
# a line of movers alone, with no motion's words: "Proposed – Cllr Mrs Taylor Seconded – Cllr Mrs Mann"; not a lead-in
# ("Proposed by X and seconded by Y and resolved:" then the resolution, its item: spec 3)
MOVERS_LINE = re.compile(r"\W*proposed\b(?:(?!\b(?:that|resolved|agreed)\b)[^\n]){0,80}\bseconded\b"
                         r"(?:(?!\b(?:that|resolved|agreed)\b)[^\n]){0,60}(?<![:;])", re.I)


def movers_first(rules: "MinutesRules", text: str, dec: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A motion written movers first ("Proposed – Cllr A Seconded – Cllr B\n\nThat the bills ... be paid\n\nAll in
    favour"): the movers' line, the paragraph of the motion's words ("That ...") after it and the outcome paragraph
    after that (a decision or an outcome alone) are one span (spec 3: one span with the sentence that states the
    motion; spec 6)."""
    starts = {s: e for s, e in dec}
    out: list[tuple[int, int]] = []
    for s, e in dec:
        if out and s < out[-1][1]:
            continue
        brk = BREAK_AFTER.match(text, e)
        said = RESOLUTION_TEXT.match(text, brk.end()) if brk and MOVERS_LINE.fullmatch(text, s, e) else None
        if said:
            e = brk.end() + len(said.group().rstrip())
            brk = BREAK_AFTER.match(text, said.end())
            if brk:
                q = brk.end()
                line = text[q:line_bounds(text, q)[1]].rstrip()
                # (not the next motion's movers: "That Cllr Hardy is elected as Chairman\n\nProposed – Cllr Taylor ...")
                if ((q in starts and not MOVERS_LINE.fullmatch(text, q, starts[q]))
                        or rules.OUTCOME_ONLY.fullmatch(line)):
                    e = max(starts.get(q, q), q + len(line))
        out.append((s, e))
    return out


def outcome_start(rules: "MinutesRules", text: str, s: int, e: int, lo: int,
                  cands: list[tuple[int, int]]) -> int | None:
    """The start of the motion whose outcome alone ("Carried", "Not carried", "Passed Unanimously.") is [s, e): the
    sentence stating the motion ("... proposed that/the ...") in the outcome's paragraph or the one before, after
    ``lo`` (the decision before); else the movers before it on its line. None where neither is found."""
    a, _ = line_bounds(text, s)
    movers = LINE_MOVERS.fullmatch(text, a, s)
    if not (rules.OUTCOME_ONLY.fullmatch(text, s, e) and (movers or not text[a:s].strip() or text[s - 1] in " \xa0")):
        return None
    # (the outcome's paragraph and the one before, a paragraph of spaces alone no paragraph)
    window = max(lo, s - MOTION_REACH)
    breaks = list(PARAGRAPH_BREAK.finditer(text, window, s))
    floor = breaks[-2].end() if len(breaks) >= 2 else window
    stated = list(MOTION_STATED.finditer(text, floor, a if movers else s))
    if stated:
        at = stated[-1].start()
        starts = [c for c, d in cands if floor <= c <= at < d and not SENTENCE_END.search(text[c:at])
                  and not PARAGRAPH_BREAK.search(text, c, at)]
        if starts:
            return min(starts)
    return a if movers else None


def reshape_decisions(rules: "MinutesRules", text: str, dec: list[tuple[int, int]],
                      cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The decision spans ``dec`` (sorted, apart) with their starts set; ``cands`` are the sentence-level candidates."""
    dec = through_semicolon(text, dec, cands)
    # an assent alone ("This was agreed.") takes in the sentence before it, which states what was agreed (spec 3)
    # (a decision span in that sentence joins it)
    joined: list[tuple[int, int]] = []
    for s, e in dec:
        m = rules.ASSENT_ONLY.match(text, s, e) or rules.SECONDED_ASSENT.match(text, s, e)
        # (its movers after it stay in: "The Parish Council agreed. Proposed by LH, seconded by SG.")
        alone = m and (m.end() == e or rules.MOVERS_ONLY.fullmatch(text, m.end(), e))
        a = sentence_before(text, s, cands) if alone else None
        if a is not None and MOVER_SPEECH.match(text, a):
            a = None
        while a is not None and joined and joined[-1][1] > a:
            a = min(a, joined.pop()[0])
        joined.append((s if a is None else a, e))
    dec = joined
    # a motion's outcome alone takes in the sentence that states the motion (spec 3: one span with it)
    for i, (s, e) in enumerate(dec):
        a = outcome_start(rules, text, s, e, dec[i - 1][1] if i else 0, cands)
        if a is not None and a < s:
            dec[i] = (a, e)
    # a list item whose status cell records its outcome ("x) ... Review. \nCllr J outlined ...     Noted") is one span
    # from the item's first word (spec 3: one list item; R23), not its last sentence alone
    for i, (s, e) in enumerate(dec):
        a = item_start(text, s) if STATUS_CELL_END.search(text[line_bounds(text, e - 1)[0]:e]) else None
        if a is not None and a < s and (i == 0 or dec[i - 1][1] <= a):
            dec[i] = (a, e)
    dec = movers_first(rules, text, dec)
    dec = [(s, without_next_marker(text, s, e)) for s, e in dec]
    # a heading run into the sentence on its line is no part of the span (spec 3: from its first word)
    for i, (s, e) in enumerate(dec):
        m = MID_OPENER.search(text, s + 1, e)
        if m and not rules.decides(text[s:m.start()]) and not rules.MOTION_FORMULA.search(text[s:m.start()]):
            dec[i] = (m.start(), e)
    return dec


def without_next_marker(text: str, s: int, e: int) -> int:
    """The end of [s, e) without the next item's marker alone on its last line ("... appears to cover all requirements
    \nb.") or, in a numbered list run on one line, the next item's number ("1. Terms to be agreed 2."): no part of the
    span (spec 1: a span never holds a list number)."""
    m = NEXT_MARKER_END.search(text, s, e)
    if m:
        return m.start()
    m, own = NEXT_NUMBER_END.search(text, s, e), OWN_NUMBER_BEFORE.search(text, max(0, s - 8), s)
    return m.start() if m and own and int(m.group(1)) == int(own.group(1)) + 1 else e


def after_run_in_heading(text: str, s: int, e: int) -> int:
    """The start of [s, e) past a capitals heading run into its sentence ("AOB Mrs Smith said ..."): the heading is no
    part of the span (spec 3: from its first word; R20)."""
    m = RUN_IN_HEADING.match(text, s, e)
    return m.end() if m else s


def through_semicolon(text: str, dec: list[tuple[int, int]], cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A decision unit ending at a semicolon that its line goes on after ("It was unanimously agreed to request Mr
    Williams to cut the grass as and when \nrequired; Clerk to write accordingly to Mr Williams.") runs to its
    sentence's full stop, a candidate with the same start (spec 3: one sentence, to its last punctuation; a
    semicolon closing its line ends a list item: "... the report;\n- Members agreed ...")."""
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(dec):
        if SEMICOLON_GOES_ON.match(text, e - 1):
            nxt = dec[i + 1][0] if i + 1 < len(dec) else len(text)
            whole = [e2 for s2, e2 in cands if s2 == s and e < e2 <= nxt and text[e2 - 1] in ".!?"
                     and not SENTENCE_OR_PARAGRAPH_END.search(text[e:e2 - 1])]
            e = min(whole, default=e)
        out.append((s, e))
    return out


def unwrapped(text: str, units: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A sentence that PDF text wraps at a line end ("... in the vicinity of the Manordeilo Service \nStation should
    be forwarded again to the Welsh Government.", "Clerk to contact \nMr Johnson to ascertain ...") is cut at the
    wrap by a line-level unit: where a decision (or action) unit with the same start ends the sentence on the next
    line, the cut one is none, nor is the rest of the sentence alone (spec 3: from its first word to its last
    punctuation). A numbered item opening the next line ("5ix) It was agreed ...") is a new sentence, a status word
    ("Done.") a cell of its own."""
    ends: dict[int, list[int]] = {}
    for s, e in units:
        ends.setdefault(s, []).append(e)
    cut: set[tuple[int, int]] = set()
    rests: list[tuple[int, int]] = []
    for s, e in units:
        # (a list item ends at its comma, unless the date's year goes on with the sentence on the next line: "... on
        # Wednesday, 2nd December, \n2020, at 10.00 a.m."; a new sentence may open the next line: "... exceeding 25K
        # \nClerk to write")
        nxt = WRAP_NEXT.match(text, e)
        if (nxt and (text[e - 1].isalnum() or (text[e - 1] == "," and YEAR_AFTER_COMMA.match(text, nxt.end())))
                and not NEW_LINE_SENTENCE.match(text, nxt.end())
                and not ITEM_START.match(text, nxt.end()) and not STATUS_WORD.match(text, nxt.end())):
            # (a time's or an abbreviation's stop ends no sentence there: "10.00 a.m. in ...", "Co. Limerick for ...")
            whole = [e2 for e2 in ends[s] if text[e2 - 1] in ".!?" and e2 > nxt.end()
                     and all(TIME_STOP.search(text, e, m.start() + 1) or abbreviation_stop(text, m.start(), e)
                             for m in CLAUSE_END.finditer(text, e, e2 - 1))]
            if whole:
                cut.add((s, e))
                rests.append((e, min(whole)))
    return [(s, e) for s, e in units
            if (s, e) not in cut and not any(a < s < b and e <= b for a, b in rests)]


def same_sentence_starts(text: str, s: int, found: list[int]) -> list[int]:
    """The starts in ``found`` before ``s`` with no sentence end between; the stop of a title or an initial ("proposed
    by Cllr. H. Gwynne, seconded by ...") ends no sentence."""
    return [s2 for s2 in found if s2 < s
            and not any(not abbreviation_stop(text, m.start()) for m in CLAUSE_END.finditer(text, s2, s))]


def from_sentence_start(text: str, units: list[tuple[int, int]],
                        cands: Iterable[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """A unit opening a line that goes on from a line of running prose ("An e-mail had been received from Friends of
    the Lake District regarding \nVillage Greens, ... the Clerk to write and inform them.") is the end of a wrapped
    sentence: where a unit with the same end starts the sentence earlier, with no sentence end between, the line's
    unit gives way to it (spec 3: from its first word). Where no unit does, because the task's owner opens the line
    and not the sentence ("The Councillors propose filling the pot holes as soon as possible, Councillor \nHealey to
    order Scalpings."), the line's unit starts at the nearest such sentence start of the candidates ``cands`` (if
    given). A heading line ("Planning Matters") is no running prose, and a sentence opener on the line ("Clerk to
    write", "The ...") starts anew in minutes that leave out full stops."""
    starts: dict[int, list[int]] = {}
    for s, e in units:
        starts.setdefault(e, []).append(s)
    cand_starts: dict[int, list[int]] = {}
    for s, e in cands:
        cand_starts.setdefault(e, []).append(s)
    out: list[tuple[int, int]] = []
    moved: dict[int, int] = {}
    for s, e in units:
        a, _ = line_bounds(text, s)
        prev = text[text.rfind("\n", 0, max(a - 1, 0)) + 1:max(a - 1, 0)].rstrip()
        if (a == s and prev[-1:].isalnum() and len(PROSE_WORD.findall(prev)) >= PROSE_WORDS
                and not NEW_LINE_SENTENCE.match(text, s)):
            if same_sentence_starts(text, s, starts[e]):
                continue
            whole = same_sentence_starts(text, s, cand_starts.get(e, []))
            if whole:
                out.append((max(whole), e))
                moved[s] = e
                continue
        out.append((s, e))
    # (the line's other units from the same word are fragments too: "Station should be forwarded ... Government.  Clerk")
    return [(s, e) for s, e in out if not (s in moved and e > moved[s])]


def join_motion_parts(rules: "MinutesRules", text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """One span for a motion written in two sentences (spec 6: the span that states the outcome): "Cllr A
    proposed X; Cllr B seconded; Carried." and "The minutes were approved. Proposed by PP seconded by PW."."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out:
            ps, pe = out[-1]
            gap = text[pe:s]
            nxt, prev = text[s:e], text[ps:pe]
            if ((rules.OUTCOME_GAP.fullmatch(gap) and rules.OUTCOME_ONLY.fullmatch(nxt)
                 and rules.MOTION_FORMULA.search(prev))
                    or (len(gap) <= 6 and not gap.strip() and gap.count("\n") <= 1
                        and rules.MOVERS_ONLY.fullmatch(nxt) and rules.decides(prev))):
                out[-1] = (ps, e)
                continue
        out.append((s, e))
    # an outcome or movers with no decision or motion word of their own ("All in favour.", "Proposed: Trevor
    # Smith, seconded: Amanda Wright.") are no span yet: the motion or decision before takes them in
    for i, (ps, pe) in enumerate(out):
        end = tail_end(rules, text, ps, pe)
        if end and (i + 1 == len(out) or out[i + 1][0] >= end):
            out[i] = (ps, end)
    return out


def tail_end(rules: "MinutesRules", text: str, ps: int, pe: int) -> int | None:
    """The end of an outcome after a motion ("All in favour.", "Carried"), or of the movers after a decision on
    the same or the next line, right after the span [ps, pe), if any."""
    gap = rules.OUTCOME_GAP.match(text, pe)
    q = gap.end()
    eol = text.find("\n", q)
    line = text[q:eol if eol >= 0 else len(text)]
    first = rules.FIRST_SENTENCE.match(text, q)
    for part in (line, first.group() if first else ""):
        if not part.strip():
            continue
        if ((rules.OUTCOME_ONLY.fullmatch(part) and rules.MOTION_FORMULA.search(text[ps:pe]))
                or (rules.MOVERS_ONLY.fullmatch(part) and gap.group().count("\n") <= 1
                    and rules.decides(text[ps:pe]))):
            return q + len(part.rstrip())
    return None


# a list item's topic label closed by a colon, the item's text after it in lower case ("Highways visit on 20th April:
# did not take place; Clerk to follow up.", "Ownership of land adjacent Bridge Road:  to be followed up by Chair ..."):
# the label is outside the span (R20), as it is where the item opens on a capital ("Adoption of BT phone box:  Clerk to
# follow up.", a sentence start of its own); not a label that holds the task or a verb itself ("Area to be closed: in
# front of the village sign", "Lights were checked: all working"), nor "Re:" before its topic
COLON_LABEL = re.compile(r"(?!Re:)[A-Z](?:(?!\b(?:to|was|were|is|are|has|had|have|will|would|should)\b)[^.:;\n]){0,60}:[ \t\xa0]+"
                         r"(?=[a-z])")


def past_colon_label(text: str, s: int, e: int) -> int:
    """The start of the span [s, e) past a topic label closed by a colon (COLON_LABEL), else ``s``."""
    m = COLON_LABEL.match(text, s, e)
    return m.end() if m else s
