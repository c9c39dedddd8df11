"""Motions and recorded votes (spec 6): who proposed and seconded what, the outcome, counts and named voters.

Works from the DECISION spans of a tagged Doc (the model's, or gold in
tests) and the text around them. A motion rides on the DECISION span that
states its outcome (rule R34): a span that itself records a proposal, a
seconder, a vote or "resolved" wording, or an outcome line ("Motion
carried.", "Amendment lost.") whose proposer and vote block precede it, as
a principal council writes them. A "RESOLVED that ..." restating a motion
whose outcome line came just before is not a second motion.
"""
from __future__ import annotations

import re
from typing import Any, Iterable

from ..rules.resolutions import TABLE_HEADER
from .names import HONOURS_TAIL

TITLE = r"(?:Cllrs?|Clr|Councillor|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?"
# A name as minutes write a proposer: initials ("JB"), or capitalised words with optional title and initials.
NAME = (rf"(?:{TITLE}\s+)?(?:[A-Z]{{2,4}}\b(?![a-z])|(?:[A-Z]\.?\s+){{0,3}}[A-Z][a-zA-Z'’-]+"
        rf"(?:\s+(?!and\b|seconded\b|proposed\b)[A-Z][a-zA-Z'’-]+){{0,2}})")
NOT_NAMES = {"the", "that", "this", "it", "all", "council", "members", "member", "motion", "minutes", "approval", "approved", "agreed", "and", "by", "a", "an", "there", "they", "we",
             "councillors", "resolved", "carried", "proposed", "seconded", "unanimously", "item"}
ROLE = r"(?:Chairman|Chair|Vice[- ]Chair(?:man)?|Clerk|Leader|Mayor)"
PROPOSER = [re.compile(rf"(?i:\bpropos(?:ed|er))\s*(?:(?i:by)|:|-|–)?\s*:?\s*(?P<n>{NAME})"),
            re.compile(rf"\bProp\.?\s+(?P<n>{NAME})"),
            # "On the proposal of Councillor Collins, seconded by ...", "on the motion of Cllr X"
            re.compile(rf"(?i:\bon\s+the\s+(?:proposal|proposition|motion)\s+of)\s+(?P<n>{NAME})"),
            re.compile(rf"(?i:\b(?:moved|nominated|nom))\.?\s+(?:(?i:as\s+correct\s+))?(?:(?i:by)\s+)?(?P<n>{NAME})"),
            re.compile(rf"(?P<n>{NAME})\s+(?:proposed|moved|nominated)\b(?!\s+by)"),
            re.compile(rf"(?P<n>{NAME})['’]s\s+(?i:proposal|motion)\b"),
            re.compile(rf"\b(?:[Tt]he\s+)?(?P<n>{ROLE})\s+(?:then\s+)?(?i:proposed|moved)\b"),
            re.compile(rf"(?i:\b(?:approved|agreed))\s+(?i:by)\s+(?P<n>{NAME})\s+(?i:and)\s+(?:(?i:seconded)|{NAME})"),
            # "proposed for approval by X", "were proposed as a true record by X", "was proposed as Chair by X", "were
            # proposed for approval as a correct record by X"
            re.compile(rf"(?i:\bproposed)\s+(?:(?!(?i:seconded|by)\b)[\w’']+\s+){{1,6}}(?i:by)\s+(?P<n>{NAME})")]
SECONDER = [re.compile(rf"(?i:\bsecond(?:ed|er))\s*(?:(?i:by)|:|-|–)?\s*:?\s*(?P<n>{NAME})"),
            re.compile(rf"\b(?:2nd|[Ss]ec)\.?\s+(?P<n>{NAME})"),
            re.compile(rf"(?P<n>{NAME})\s+seconded\b(?!\s+by)"),
            re.compile(r"\band\s+(?P<n>[A-Z]{2,4})\s+Seconded\b"),  # "PI proposed, and AC Seconded"
            re.compile(rf"(?i:\b(?:moved|nominated|approved))\s+(?:(?i:as\s+correct\s+))?(?:(?i:by)\s+)?{NAME}\s+and\s+(?P<n>{NAME})"
                       rf"(?!\s+(?i:seconded))")]
# "X proposed, and Y seconded": in a principal council's minutes the proposer line of the motion being voted.
PAIR = re.compile(rf"(?P<n>{NAME})\s+(?:proposed|moved)\s*,?\s*and\s+(?P<s>{NAME})\s+seconded"
                  rf"|(?i:moved|proposed)\s+by\s+(?P<n2>{NAME})\s*,?\s*(?:and\s+)?(?i:seconded)\s+by\s+(?P<s2>{NAME})")
# An elections table ("Office  Appointee  Proposer  Seconder") or list ("Chair: X: A and B"): each row is a motion.
ELECTION_HEADER = re.compile(r"Proposer\s+Seconder|\bnom(?:inated)?\b[^\n]{0,60}\bsec(?:onded)?\b", re.I)
ELECTION_ROW = re.compile(rf"^[A-Z][\w ]{{2,40}}:\s*[^:\n]+:\s*(?:nom\.?\s+)?(?P<n>{NAME})\s*(?:and|,)\s*(?:sec\.?\s+)?(?P<s>{NAME})")
# "Vice Chair: Willie Jones nominated Reinhild Gorniak and seconded Esme Clark"
NOMINATED_ROW = re.compile(rf"^(?:[A-Z][\w ]{{2,40}}:\s*)?{NAME}\s+nominated\s+(?:by\s+)?(?P<n>{NAME})\s+and\s+"
                           rf"(?:seconded\s+(?:by\s+)?)?(?P<s>{NAME})")
MOTION_CUE = re.compile(r"(?i:\bpropos(?:ed|er))\s*(?:(?i:by)|:|-|–)?\s*:?\s*[A-Z]|[A-Z]\w*\s+(?i:propos(?:ed|er)|moved)\b"
                        r"|\bProp\.?\s+[A-Z]|\bRESOLVED\b|(?m:^\s*Resolved\b)|(?i:\bresolved\s*(?:that|to|not|all|:|,|–|-)"
                        r"|(?:council|councillors|members|committee|board|it\s+was|and)\s+resolved\b)"
                        r"|(?i:\bseconded\b|(?<!which\s)\bcarried\b(?!\s+(?:out|over|forward|through))|\bmotion\b|"
                        r"\bamendment\b|\bin\s+favour\b|\babstain|\babstention|\bnem\.?\s*con|\bwithdrawn\b|"
                        r"\bnominated\b|\bmoved\s+as\s+correct)|\b2nd\.?\s+[A-Z]|['’]s\s+proposal\b"
                        # "approved by Willie Jones and Madeleine Skeoch": the two members who moved and seconded
                        r"|(?i:\bapproved\s+by)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+[A-Z][a-z]")
OUTCOME_LINE = re.compile(r"^\s*(?:(?:(?:substantive\s+)?motion|amendment|proposal|recommendation)s?\s+"
                          r"(?:was\s+)?(?:carried|lost|agreed|withdrawn|fell|defeated)\b|agreed(?:\s+unanimously)?\.?\s*$"
                          r"|(?:not\s+)?carried\.?\s*$)", re.I)
LOST = re.compile(r"\b(?:lost|fell|not\s+carried|defeated|rejected|no\s+seconder|not\s+seconded|was\s+not\s+agreed)\b", re.I)
WITHDRAWN = re.compile(r"\bwithdrawn\b", re.I)
CARRIED = re.compile(r"\b(?:carried(?!\s+(?:out|over|forward|through))|agreed|approved|resolved|unanimous\w*|nem\.?\s*con\.?|"
                     r"all\s+(?:were\s+)?in\s+favour|"
                     r"accepted|adopted|elected|endorsed)\b", re.I)
# "RESOLVED that the County Council:" just before the span, maybe with the first item's marker ("a)  ")
RESOLVED_LEAD = re.compile(r"\bresolved\b[^.\n]{0,120}:?-?\s*(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivx]{1,4})[.)]+\s*|[•\-–*]\s*)?$", re.I)
WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                    "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUM = r"(\d+|" + "|".join(WORDS) + r")"
COUNTS = {"for": [re.compile(r"\bFor\s*\(\s*(\d+)\s*\)"), re.compile(rf"\b{NUM}\s+(?:votes?\s+)?(?:were\s+)?in\s+favour", re.I),
                  re.compile(rf"\bin\s+favour\s*[:\-–]?\s*{NUM}\b", re.I)],
          "against": [re.compile(r"\bAgainst\s*\(\s*(\d+)\s*\)"),
                      re.compile(rf"\b{NUM}\s+(?:votes?\s+)?(?:(?:was|were|voted)\s+)?against\b", re.I),
                      re.compile(rf"\bagainst\s*[:\-–]\s*{NUM}\b", re.I)],
          "abstain": [re.compile(r"\bAbstain(?:ed|ing|ions?)?\s*\(\s*(\d+)\s*\)"),
                      re.compile(rf"\b{NUM}\s+(?:abstentions?|abstain(?:ed|ing|s)?)\b", re.I),
                      re.compile(rf"\babstentions?\s*[:\-–]\s*{NUM}\b", re.I)]}
# A proposer or seconder written just outside a DECISION span, in the same paragraph ("... were approved.
# Proposed by DN and seconded by RW.") or on the lines just before it ("Proposed – Cllr X Seconded – Cllr Y").
MOVER_CUE = re.compile(r"(?i:\bproposed\s+(?:by\b|[:–-])|\bproposer\b|\bseconded\b)|\bProp\.?\s+[A-Z]|\b2nd\.?\s+[A-Z]")
OWN_DECISION = re.compile(r"\b(?:agreed|resolved|approved|decided)\b", re.I)  # a tail that decides is its own motion
NEAR = 200
OUTCOME_ALONE = re.compile(r"\s*(?:the\s+)?(?:(?:motion|proposal|amendment)\s+(?:was\s+)?)?(?:carried|agreed|approved|lost|"
                           r"defeated|withdrawn|unanimously|all\s+in\s+favour)\b", re.I)
VOTE_BLOCK = re.compile(r"\b(For|Against|Abstain(?:ed|ing|ions?)?)\s*\(\s*\d+\s*\)")
LOOKBACK = 6000
# The rest of a motion's sentence that only gives its vote: "5 in favour, 1 against."
COUNTS_ONLY = re.compile(rf"\s*{NUM}\s+(?:votes?\s+)?(?:were\s+)?(?:in\s+favour|for|against)\b", re.I)


def _number(raw: str) -> int:
    return int(raw) if raw.isdigit() else WORDS[raw.lower()]


def _name(match: re.Match[str] | None) -> str | None:
    if not match:
        return None
    name = " ".join(match.group("n").split()).rstrip(".,;:")
    words = [w for w in re.sub(rf"^{TITLE}\s+", "", name).split()]
    if not words or words[0].lower() in NOT_NAMES:
        return None
    return name


def _first(patterns: list[re.Pattern[str]], text: str, last: bool = False) -> str | None:
    """The earliest (or, with ``last``, the latest) name any pattern finds in ``text``."""
    found = [(m.start(), _name(m)) for p in patterns for m in p.finditer(text)]
    found = sorted((pos, n) for pos, n in found if n)
    return (found[-1] if last else found[0])[1] if found else None


def _pair(m: re.Match[str]) -> tuple[str, str]:
    def clean(x: str) -> str:
        return " ".join(x.split()).rstrip(".,;:")
    return clean(m.group("n") or m.group("n2")), clean(m.group("s") or m.group("s2"))


def _movers(span: str, window: str, outcome_line: bool, before: str = "") -> tuple[str | None, str | None]:
    """Proposer and seconder: written in the span itself, else the last pair recorded since the previous motion.

    An outcome line ("Amendment carried") whose window holds no pair refers back past other votes ("the
    amendment set out in paragraph 2"): the last pair in ``before`` that introduces the same kind is taken.
    """
    proposer, seconder = _first(PROPOSER, span), _first(SECONDER, span)
    if window and not (proposer or seconder):
        pairs = list(PAIR.finditer(window))
        if pairs:
            return _pair(pairs[-1])
        if outcome_line:
            proposer, seconder = _first(PROPOSER, window, last=True), _first(SECONDER, window, last=True)
            if not (proposer or seconder) and before:
                kind = "amendment" if re.match(r"\s*amendment", span, re.I) else "motion"
                same = [m for m in PAIR.finditer(before) if kind in before[m.start():m.end() + 200].lower()]
                if same:
                    return _pair(same[-1])
    return proposer, seconder


def _election_row(text: str, s: int, e: int, councillors: list[tuple[int, int]]) -> tuple[str, str] | None:
    """(proposer, seconder) when the span is a row of an elections table or list, else None."""
    if not ELECTION_HEADER.search(text[max(0, s - 1200):s]) and not ELECTION_HEADER.search(text[s:e]):
        return None
    row = ELECTION_ROW.match(text[s:e]) or NOMINATED_ROW.match(text[s:e])
    if row:
        return _pair(row)
    names = [text[a:b] for a, b in councillors if s <= a and b <= e]
    if len(names) >= 3 and "\n" not in text[s:e].strip():
        return names[-2], names[-1]
    words = re.findall(r"[A-Z][\w'’-]+", text[s:e])
    if TABLE_HEADER.search(text[max(0, s - 1200):s]) and len(words) >= 5 and "\n" not in text[s:e].strip():
        return " ".join(words[-4:-2]), " ".join(words[-2:])  # no names found: a table of first name + surname
    return None


def _counts(text: str) -> dict[str, int | None]:
    out: dict[str, int | None] = {}
    for side, patterns in COUNTS.items():
        hits = sorted((m.start(), m.group(1)) for p in patterns for m in p.finditer(text))
        out[side] = _number(hits[-1][1]) if hits else None
    return out


def _voters(block: str) -> dict[str, list[str]] | None:
    """Named voters by side from "For (N) names ... Against (N) names ... Abstain (N) names" blocks."""
    marks = list(VOTE_BLOCK.finditer(block))
    if not marks:
        return None
    out: dict[str, list[str]] = {"for": [], "against": [], "abstain": []}
    for i, m in enumerate(marks):
        side = "for" if m.group(1) == "For" else "against" if m.group(1) == "Against" else "abstain"
        end = marks[i + 1].start() if i + 1 < len(marks) else len(block)
        chunk = block[m.end():end]
        # a page break inside a list is blank lines (and maybe a page number): only a line that is no name ends it
        stop = re.search(r"(?:^|\n)\s*(?:\(\d+\)|[A-Z][a-z]+\s+(?:carried|lost|agreed)|RESOLVED|Motion|Amendment"
                         r"|Substantive|Agreed|Carried|Lost|[A-Z][a-z]+\s+[a-z]+\s+[a-z]+)", chunk)
        chunk = chunk[:stop.start()] if stop else chunk
        names = []
        for part in re.split(r",|\band\b", " ".join(chunk.split())):
            part = part.strip(" .;")
            if not part or re.fullmatch(r"(?:CBE|OBE|MBE|DBE|KBE|JP|DL)", part) or re.search(r"\d", part):
                continue  # an honour split off by the comma, or a page number or footer
            part = HONOURS_TAIL.sub("", part).strip()
            if re.match(rf"^(?:{TITLE}\s+)?[A-Z]", part) and len(part.split()) <= 5:
                names.append(part)
        out[side] = names
    return out if any(out.values()) else None


def _outcome(text: str) -> str | None:
    if WITHDRAWN.search(text):
        return "withdrawn"
    if LOST.search(text):
        return "lost"
    if CARRIED.search(text):
        return "carried"
    return None


def _rest_of_paragraph(text: str, e: int, starts: list[int]) -> str:
    """The text after a span up to the paragraph's end or the next DECISION span, at most NEAR characters."""
    nxt = next((x for x in starts if x >= e), len(text))
    return re.split(r"\n\s*\n", text[e:min(nxt, e + NEAR)], maxsplit=1)[0]


def _outcome_line_after(text: str, e: int) -> str | None:
    """The outcome of a short line standing alone just after a motion ("Carried", "Agreed by all present")."""
    lines = [line for line in text[e:e + NEAR].split("\n")[1:] if line.strip()][:1]
    if lines and len(lines[0].strip()) <= 60 and OUTCOME_ALONE.match(lines[0]):
        return _outcome(lines[0])
    return None


def _near_movers(text: str, e: int, starts: list[int]) -> str:
    """The proposer/seconder written after a span that names none, in the rest of its paragraph ("" if none)."""
    tail = _rest_of_paragraph(text, e, starts)
    return tail if MOVER_CUE.search(tail) and not OWN_DECISION.search(tail) else ""


def find_motions(text: str, decisions: Iterable[tuple[int, int]],
                 councillors: Iterable[tuple[int, int]] = ()) -> list[dict[str, Any]]:
    """One record per motion, riding on its DECISION span (offsets ``start``/``end``).

    ``councillors`` are the COUNCILLOR mentions, used to read the rows of an elections table.
    """
    spans = sorted(set(decisions))
    starts = [s for s, _ in spans]
    people = sorted(councillors)
    out: list[dict[str, Any]] = []
    last_anchor_end = 0
    last_outcome_line_end = -10**9
    prev_end = 0
    for s, e in spans:
        span = text[s:e]
        lead = text[max(prev_end, s - 300):s]
        outcome_line = bool(OUTCOME_LINE.match(span))
        under_resolved = bool(RESOLVED_LEAD.search(lead)) and not MOTION_CUE.search(span)
        election = _election_row(text, s, e, people)
        near = "" if MOVER_CUE.search(span) else _near_movers(text, e, starts)
        head = re.split(r"\n\s*\n", lead)[-1][-150:]  # a sentence begun before the span ("It was proposed by\n")
        span_movers = head + span if MOVER_CUE.search(head) and not MOVER_CUE.search(span) else span
        is_motion = (outcome_line or bool(MOTION_CUE.search(span)) or under_resolved or election is not None
                     or bool(near))
        prev_end = e
        if not is_motion:
            continue
        # A RESOLVED restating the motion recorded by an outcome line just before is the same motion (R34).
        restates = (re.match(r"^\s*resolved\b", span, re.I) or under_resolved) and s - last_outcome_line_end < 1500
        if restates and not outcome_line:
            continue
        if under_resolved and out and out[-1]["_lead"] == lead.strip() and s - out[-1]["end"] < 2000:
            continue  # a later sub-resolution of the same RESOLVED lead-in
        window = text[max(last_anchor_end, s - LOOKBACK):s]
        context = (window if outcome_line else "") + "\n" + span
        movers_text = span_movers + "\n" + near if near else span_movers
        proposer, seconder = election or _movers(movers_text, window, outcome_line, text[max(0, s - LOOKBACK):s])
        record = {"start": s, "end": e, "proposer": proposer, "seconder": seconder,
                  "outcome": (_outcome(span) or ("carried" if election else None) or _outcome(lead[-40:]) or _outcome(_rest_of_paragraph(text, e, starts))
                              or _outcome_line_after(text, e) or ("carried" if under_resolved else None)),
                  **_counts(context), "voters": _voters(window) if outcome_line else None, "_lead": lead.strip()}
        if all(record[side] is None for side in ("for", "against", "abstain")):  # "...; 5 in favour, 1 against."
            tail = _rest_of_paragraph(text, e, starts)
            if COUNTS_ONLY.match(tail):
                record.update(_counts(tail))
        if record["outcome"] is None and record["for"] is not None:  # "five were in favour, one abstained"
            record["outcome"] = "carried" if record["for"] > (record["against"] or 0) else "lost"
        if outcome_line:
            last_outcome_line_end = e
        last_anchor_end = e
        out.append(record)
    for r in out:
        r.pop("_lead")
    return out
