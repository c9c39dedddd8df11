"""The attendance roster: one record per councillor listed as present, apologies, substitute or in attendance.

Attendance is written in many layouts: "Present:" lists in prose, LGA tables
whose row labels ("Chairman", "Conservative", "Apologies") sit in a first
column, tab-separated attendance tables (with YES/NO registers), and
parish lines such as "Borough Councillor Mr. C Sampson". The rules here
read the text between the model's entities as a list grammar:

- an attendance *cue* ("Present:", "Apologies ... from", "Substitutes",
  "In attendance:", an "Attendance" heading) opens a list; the list runs
  until the next cue, the next agenda item, or prose (a sentence end or
  ordinary lower-case words between names);
- *labels* inside it set the role ("Chairman Cllr X", "Deputy Chairs",
  a table's first cell) and the party group ("Conservative Cllr X; ...",
  "Labour (4)") for the names that follow;
- what sits right after a name belongs to it: "(Leicestershire CC)",
  "(Con)", "- Chairman", "[Deputy Chair]", a YES/NO register.

A name followed by a verb ("Cllr P. Harries took the Chair") is a mention,
not a listing. Members of other councils at a parish meeting ("County
Councillor ...") are "in_attendance" when present and have no authority
unless one is written beside them; the meeting's own members get the
council named in the heading.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .items import find_items
from .names import HONOURS, TITLE, clean_name, group_names, is_alias

ROLE = r"(?:(?:Vice|Deputy)[ \t-]?)?Chair(?:man|person|woman)?s?|Vice[ \t-]President|(?:Deputy[ \t]+)?Leader"
ROLE_RX = re.compile(rf"\b(?i:{ROLE})\b")
CUE_RX = re.compile(
    r"\b(?i:(?P<in_attendance>(?:also,?\s+)?in\s+attendance|also\s+present|also\s+attending)"
    r"|(?P<apologies>apologies(?:\s+for\s+absence)?|absent)"
    r"|(?P<substitute>substitutes?(?:\s*/\s*observers?)?|observers?)"
    r"|(?P<present>those\s+attending|(?:members\s+|councillors\s+)?present|attendance|attending))\b")
RESET_RX = re.compile(r"\b(?:Members|Councillors|Other Members)\b")
LINE_LEAD = re.compile(r"(?:^|\n)[ \t#*_•\-]*(?:\(?\d{1,3}(?:[./]\d{1,3})?[.)]?[ \t]+|[a-z]\)[ \t]+)?$")
APOLOGY_FROM = re.compile(r"^[^.\n]{0,80}?\bfrom\b", re.I)
PROSE_BEFORE = re.compile(r"\b(?:were|was|are|is|been|be|not|no|everyone|all)\s+$", re.I)
TITLE_AHEAD = re.compile(rf"^[ \t]*[:\-–]?[ \t]*(?:{TITLE}\s+|Sir\s|Dame\s|Dr\s)")
SUFFIX_ROLE = re.compile(
    rf"(?:[\s,]*\b{HONOURS}\b)*(?:\s*\([A-Z]{{2,4}}\))?"
    rf"(?:[\s,]*[(\[]\s*(?P<a>{ROLE})\s*[)\]]|\s*[-–—,:]\s*(?P<b>{ROLE})\b"
    rf"|[ \t]+(?P<c>{ROLE})\b(?=[ \t]*(?:[,;.(\n]|and\b|&|$)))",
    re.I)
ALLOWED_GAP = re.compile(
    rf"^(?:\s|[(),\[\]:;–—-]|\b{HONOURS}\b|\[[^\]\n]{{0,40}}\]|\([^()\n]{{0,40}}\)|\b(?i:{ROLE})\b"
    r"|\b(?i:apologies|present|substitutes?|observers?|in attendance)\b)*$")
EXTERNAL_BEFORE = re.compile(r"(?:\b(?:County|Borough|District|City)\s+(?:Councillor|Cllr)\.?\s+"
                             r"|(?:^|[,;:]|\band)\s*(?:BC|CC|BCllr|CCllr)\.?[ \t]+)(?:(?:Mr|Mrs|Ms|Miss)\.?\s+)?$")
# "X - County Councillor" (but not "X, Borough Councillor C Sampson", where the title is the next name's).
EXTERNAL_AFTER = re.compile(r"\s*(?:\([A-Z]{2,4}\)\s*)?[-–,(]?\s*(?i:County|Borough|District)\s*(?i:Councillor)"
                            r"(?![ \t]+(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+)?[A-Z])")
ELECTED = re.compile(rf"[^.\n]{{0,40}}?\b(?:(?:took|in)\s+the\s+(?P<chair>Chair)\b"
                     rf"|(?:remain|re-?elected|elected|appointed)\s+(?:as\s+)?(?:the\s+)?(?P<role>{ROLE})\b)", re.I)
YES_NO = {"YES": "present", "NO": "apologies"}
CONNECTIVES = {"and", "with", "together", "also", "of", "the", "a", "an", "members", "member", "public", "from",
               "were", "was", "had", "been", "received", "accepted", "apologies", "for", "absence", "in",
               "attendance", "present", "by", "following", "plus", "as", "observer", "observers", "substitute",
               "substitutes", "councillors", "councillor", "noted", "to", "this", "meeting"}
PARTY_FORMS = [
    (r"con(?:servatives?)?", "Conservative"),
    (r"lab(?:ou?r)?(?:\s*(?:&|and)?\s*co-?op(?:erative)?)?", "Labour"),
    (r"lib(?:eral)?\.?\s*dem(?:ocrats?|s)?|ld", "Liberal Democrat"),
    (r"ind(?:ep(?:endents?)?)?|independents?", "Independent"),
    (r"greens?|green\s+party", "Green"),
    (r"plaid(?:\s+cymru)?", "Plaid Cymru"),
    (r"snp|scottish\s+national", "Scottish National Party"),
    (r"ukip", "UKIP"),
    (r"reform(?:\s+uk)?", "Reform UK"),
]
OWN_COUNCIL = re.compile(r"\bCouncil$")


def normalise_party(text: str) -> str:
    """Full party name from what the minutes write: "Con" → "Conservative", "Lib Dem Group" → "Liberal Democrat"."""
    core = re.sub(r"\(\d+\)|\b(?:group|party|the)\b|[().:]", " ", text, flags=re.I)
    core = " ".join(core.split())
    for pattern, full in PARTY_FORMS:
        if re.fullmatch(pattern, core, re.I):
            return full
    return core


@dataclass
class _Ent:
    start: int
    end: int
    label: str
    text: str


@dataclass
class _Listing:
    """One name as it appears in one attendance list."""

    name: str
    attendance: str
    role: str | None = None
    party: str | None = None
    authority: str | None = None
    external: bool = False


@dataclass
class _State:
    kind: str | None = None
    last_end: int = 0
    role: str | None = None
    role_sticky: bool = False
    party: str | None = None
    consumed: list[tuple[int, int]] = field(default_factory=list)


def _at_label_position(text: str, pos: int) -> bool:
    """At the start of a line (after bullets or an item number) or of a table cell."""
    before = text[max(0, pos - 40):pos]
    return before.endswith("\t") or bool(LINE_LEAD.search("\n" + before if pos < 40 else before))


def _line(text: str, pos: int) -> str:
    """The whole line holding ``pos``."""
    end = text.find("\n", pos)
    return text[text.rfind("\n", 0, pos) + 1:end if end >= 0 else len(text)]


def _rest_of_line(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos:end if end >= 0 else len(text)]


def _previous_line(text: str, pos: int) -> int | None:
    """Start of the last non-blank line before the line holding ``pos``."""
    cut = text.rfind("\n", 0, pos)
    while cut > 0:
        start = text.rfind("\n", 0, cut) + 1
        if text[start:cut].strip():
            return start
        cut = start - 1
    return None


def _cues(text: str, persons: list[_Ent]) -> list[tuple[int, int, str]]:
    """Attendance cues that open a list, as (position, end, kind)."""
    out: list[tuple[int, int, str]] = []
    for m in CUE_RX.finditer(text):
        kind = m.lastgroup or "present"
        # "In attendance:" heading the first list names the meeting's own members; "Also in attendance" never does.
        if kind == "in_attendance" and not m.group().lower().startswith("also") \
                and not any(k == "present" for _, _, k in out):
            kind = "present"
        before = text[max(0, m.start() - 30):m.start()]
        after = text[m.end():m.end() + 3]
        line = _line(text, m.start())
        label = _at_label_position(text, m.start()) or (m.group().isupper() and len(m.group()) >= 5)
        colon = bool(re.match(r"\s*[:\-–(]", after)) and not PROSE_BEFORE.search(before)
        heading = len(line.split()) <= 8 and not line.rstrip().endswith(".") and "\t" not in line
        from_list = kind == "apologies" and bool(APOLOGY_FROM.match(text[m.end():m.end() + 90]))
        if not (label or colon or heading or from_list):
            continue
        start, end = m.start(), m.end()
        # A table label vertically centred in its cell lands on the cell's second line:
        # "Cllr Ann Lucas\n\nApologies (Coventry); ..." — the list began on the line before.
        if label and re.match(r"\s*(?:\(|[a-z])", text[m.end():m.end() + 5]):
            prev = _previous_line(text, start)
            if prev is not None and re.match(rf"\s*{TITLE}\s", text[prev:start]) \
                    and any(prev <= p.start < start for p in persons):
                start = end = prev
        out.append((start, end, kind))
    return out


def _adjacent(text: str, ents: list[_Ent], pos: int, limit: int) -> tuple[str | None, str | None, int]:
    """Authority and party written right after a name (brackets, tab cells, commas), and where they end."""
    authority = party = None
    cursor = pos
    for e in ents:
        if e.start < pos:
            continue
        if e.start > limit or e.label in ("COUNCILLOR", "OFFICER") or not ALLOWED_GAP.match(text[cursor:e.start]):
            break
        if e.label == "PARTY" and text[e.start - 1:e.start] != "(":
            break  # a group heading ("Labour Cllr ...") starts the next part of the list
        if e.label == "AUTHORITY" and authority is None:
            authority = " ".join(e.text.split())
        elif e.label == "PARTY" and party is None:
            party = normalise_party(e.text)
        cursor = e.end
    return authority, party, cursor


def _gap_breaks(text: str, gap_start: int, gap_end: int, ents: list[_Ent]) -> bool:
    """Whether the text between two names is prose (the list has ended) rather than list punctuation."""
    gap = text[gap_start:gap_end]
    for e in ents:
        if gap_start <= e.start and e.end <= gap_end:
            gap = gap[:e.start - gap_start] + " " * (e.end - e.start) + gap[e.end - gap_start:]
    gap = re.sub(r"\([^()\n]{0,80}\)|\[[^\]\n]{0,80}\]|</?\w+[^>]*>|\*\*", " ", gap)
    gap = re.sub(rf"\b{TITLE}(?=\s)|\b(?i:{ROLE})\b|\b{HONOURS}\b", " ", gap)
    lower = capital = 0
    for word in re.findall(r"[A-Za-z][A-Za-z'’-]*", gap):
        if word.lower() in CONNECTIVES or word.upper() in YES_NO:
            continue
        if word[0].islower():
            lower += 1
        elif not word.isupper():
            capital += 1
    sentence_end = re.search(r"(?<![A-Z])[.!?](?=\s)", gap)
    return lower >= 3 or bool(sentence_end and lower + capital >= 1)


def _listed(text: str, end: int) -> bool:
    """A listing is followed by punctuation, brackets, a role or another name; a mention by a verb."""
    after = text[end:end + 80]
    after = re.sub(rf"^(?:[\s,]*\b{HONOURS}\b)*", "", after)
    after = re.sub(r"^(?:\s*[(\[][^)\]\n]{0,60}[)\]])*", "", after)
    after = re.sub(rf"^[\s\-–—,:]*(?i:{ROLE})\b", "", after)
    m = re.match(r"[ \t]*([a-z][a-z'’]*)", after)
    return not m or m.group(1) in {"and", "together", "with", "plus", "also", "as"}


def _register(text: str, end: int) -> str | None:
    """Attendance from a YES/NO register on the rest of the row: the last filled column is the meeting."""
    cells = [c.strip().upper() for c in _rest_of_line(text, end).split("\t")]
    marks = [c for c in cells if c in YES_NO]
    return YES_NO[marks[-1]] if marks else None


def _role_events(text: str, ents: list[_Ent]) -> list[tuple[int, int, str, bool]]:
    """Role labels before names: (start, end, role, sticky). Plural and table-cell labels stay until the next label."""
    spans = [(e.start, e.end) for e in ents]
    out = []
    for m in ROLE_RX.finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        ahead = text[m.end():m.end() + 40]
        table = ahead.startswith("\t")
        label = _at_label_position(text, m.start())
        before_name = bool(TITLE_AHEAD.match(ahead)) or any(e.start - m.end() <= 3 and e.start >= m.end()
                                                            and e.label == "COUNCILLOR" for e in ents)
        standalone = label and not _line(text, m.start())[len(m.group()):].strip(" \t:")
        if not (before_name or (label and (table or standalone))):
            continue
        role = m.group()
        sticky = table or role.lower().endswith("chairs")
        out.append((m.start(), m.end(), re.sub(r"(?i)(chair)s$", r"\1", role), sticky))
    return out


def _party_labels(text: str, ents: list[_Ent]) -> list[tuple[int, int, str]]:
    """Party group headings ("Conservative Cllr ...", "Labour (4)", "Lib Dem Group" rows), not "(Con)" after a name."""
    out = []
    for e in ents:
        if e.label != "PARTY" or text[max(0, e.start - 1):e.start] == "(":
            continue
        rest = text[e.end:e.end + 40]
        follows_name = bool(re.match(rf"(?:\s+Group)?\s*(?:\(\d+\))?\s*:?[ \t]*(?:{TITLE}\s|\t|\n|$)", rest))
        if _at_label_position(text, e.start) and follows_name:
            out.append((e.start, e.end, normalise_party(e.text)))
    return out


def _listings(text: str, ents: list[_Ent], item_starts: list[int]) -> list[_Listing]:
    persons = [e for e in ents if e.label == "COUNCILLOR" and not is_alias(e.text)]
    """Walk cues, labels, item headings and names in text order, keeping the state of the open list."""
    persons = [e for e in ents if e.label == "COUNCILLOR" and not is_alias(e.text)]
    cues = _cues(text, persons)
    # (position, end, order at equal position, kind, payload)
    events: list[tuple[int, int, int, str, Any]] = []
    events += [(s, e, 0, "cue", k) for s, e, k in cues]
    events += [(s, e, 1, "role", (r, sticky)) for s, e, r, sticky in _role_events(text, ents)]
    events += [(m.start(), m.end(), 1, "reset", None) for m in RESET_RX.finditer(text)
               if _at_label_position(text, m.start()) or TITLE_AHEAD.match(text[m.end():m.end() + 20])]
    events += [(s, e, 1, "party", p) for s, e, p in _party_labels(text, ents)]
    # An item heading that is itself the cue ("1. Apologies for Absence") does not close the list it opens.
    events += [(s, s, 0, "item", None) for s in item_starts if not any(s <= c < s + 15 for c, _, _ in cues)]
    events += [(p.start, p.end, 2, "person", p) for p in persons]
    state = _State()
    out: list[_Listing] = []
    for pos, end, _, kind, data in sorted(events, key=lambda ev: (ev[0], ev[2])):
        if any(s <= pos < e for s, e in state.consumed):
            continue
        if state.kind is not None and kind != "cue" and _gap_breaks(text, state.last_end, pos, ents):
            state.kind = None
        if kind == "item":
            state.kind = None
        elif kind == "cue":
            state.kind, state.last_end = data, end
            state.role, state.role_sticky = None, False
            if data != "substitute":  # a "Substitutes:" row stays inside its party group
                state.party = None
        elif kind in ("role", "reset", "party"):
            state.role, state.role_sticky = data if kind == "role" else (None, False)
            if kind == "party":
                state.party = data
            state.last_end = max(state.last_end, end)
        elif state.kind is not None:
            listing = _person(text, ents, data, state)
            if listing:
                out.append(listing)
    return out


def _person(text: str, ents: list[_Ent], p: _Ent, state: _State) -> _Listing | None:
    """The listing for one name inside an open list, with what is written around it."""
    state.last_end = p.end
    if not _listed(text, p.end):
        return None
    suffix = SUFFIX_ROLE.match(text, p.end)
    role = next((g for g in (suffix.group("a"), suffix.group("b"), suffix.group("c")) if g), None) if suffix else None
    if suffix and role:
        state.consumed.append((p.end, suffix.end()))
    elif state.role:
        role = state.role
    if not state.role_sticky:
        state.role = None
    nxt = next((e.start for e in ents if e.start >= p.end and e.label in ("COUNCILLOR", "OFFICER")), len(text))
    authority, party, adj_end = _adjacent(text, ents, p.end, min(nxt, p.end + 150))
    state.last_end = max(p.end, adj_end, suffix.end() if suffix and role else 0)
    attendance = state.kind
    register = _register(text, p.end)
    if register and attendance != "substitute":
        attendance = register
    external = bool(EXTERNAL_BEFORE.search(text[max(0, p.start - 40):p.start])
                    or EXTERNAL_AFTER.match(text[p.end:p.end + 40]))
    return _Listing(clean_name(p.text), attendance, role, party or state.party, authority, external)


def _elected_roles(text: str, persons: list[_Ent]) -> dict[str, str]:
    """Roles given in the minutes' own words: "Cllr X took the Chair", "Cllr Y should remain as Vice-Chairman"."""
    out: dict[str, str] = {}
    for p in persons:
        m = ELECTED.match(text, p.end)
        if m:
            out.setdefault(clean_name(p.text), m.group("chair") or m.group("role"))
    return out


def roster(text: str, ents: list[tuple[int, int, str, str]], body: str | None) -> list[dict[str, Any]]:
    """One ``{"name", "authority", "party", "role", "attendance"}`` record per listed councillor, in list order.

    ``ents`` are ``(start, end, label, text)``; ``body`` is the meeting's body, used as the authority of
    its own members when it is a council.
    """
    ent_list = sorted((_Ent(*e) for e in ents), key=lambda e: e.start)
    persons = [e for e in ent_list if e.label == "COUNCILLOR" and not is_alias(e.text)]
    fullest = group_names(clean_name(p.text) for p in persons)
    listings = _listings(text, ent_list, [it["start"] for it in find_items(text).items])
    elected = {fullest.get(n) or n: r for n, r in _elected_roles(text, persons).items()}
    records: dict[str, dict[str, Any]] = {}
    external: dict[str, bool] = {}
    for li in listings:
        name = fullest.get(li.name) or li.name
        rec = records.setdefault(name, {"name": name, "authority": None, "party": None, "role": None,
                                        "attendance": li.attendance})
        rec["attendance"] = li.attendance  # a later list (the meeting's own register) overrides a membership list
        for key in ("authority", "party", "role"):
            rec[key] = rec[key] or getattr(li, key)
        external[name] = external.get(name, False) or li.external
    own = body if body and OWN_COUNCIL.search(body) else None
    for name, rec in records.items():
        rec["role"] = rec["role"] or elected.get(name)
        if external[name]:
            if rec["attendance"] == "present":
                rec["attendance"] = "in_attendance"
        elif rec["authority"] is None:
            rec["authority"] = own
    return list(records.values())
