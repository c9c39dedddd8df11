"""Two baselines that return the extract() dict (spec section 5), so the same scorer compares them.

``RuleBaseline``
    hand-written patterns: titles before names (COUNCILLOR), council suffixes
    and known abbreviations (AUTHORITY), party names in brackets and group
    headings (PARTY), clerk/police/contact/role patterns (OFFICER); DECISION =
    sentence-level candidates containing a decision verb, ACTION = "X to
    <verb>", "X will ...", "Action:" sentences. No training.
``TfidfSpanBaseline``
    DECISION/ACTION only: one binary logistic regression per label over the
    candidate spans of :func:`governance_nlp.segmentation.candidate_spans`,
    on TF-IDF word 1–2-grams + character 2–5-grams of the candidate text plus
    a few boundary/layout features; a candidate is positive when it equals a
    gold span of that label exactly. Prediction keeps candidates scoring at or
    above ``threshold`` and removes same-label overlaps, best score first.
    Entities come from an optional ``entity_baseline`` (none by default).

Both have ``predict(text) -> dict`` and ``predict_many(texts) -> list[dict]``.
"""
from __future__ import annotations

import math
import re
from typing import Any, Iterable, Sequence

from ..segmentation import ABBREV, candidate_spans
from .scoring import ENTITY_LABELS, SPAN_LABELS

# ====================================================================== shared

TITLES = {"cllr", "cllrs", "clir", "clirs", "cilr", "councillor", "councillors", "mayor", "mr", "mrs", "ms",
          "miss", "county", "borough", "district", "parish", "town", "pcso", "pc"}
NOT_NAME = TITLES | {
    "the", "a", "an", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from", "all", "this", "that",
    "chairman", "chair", "chairwoman", "vice", "deputy", "clerk", "council", "present", "apologies", "apology",
    "members", "member", "officers", "officer", "proposed", "seconded", "agreed", "resolved", "carried", "noted",
    "minutes", "meeting", "item", "items", "group", "board", "public", "highways", "police", "planning", "finance",
    "it", "he", "she", "they", "we", "there", "also", "in attendance", "attendance", "attending", "those", "action",
    "actions", "decision", "decisions", "secretariat", "treasurer", "page", "report", "reports", "none", "no",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "welcome",
    "conservative", "labour", "liberal", "democrat", "independent", "green", "lga", "idea", "lgid", "uk",
    "email", "e-mail", "tel", "telephone", "mobile", "website", "vacancy", "other", "business", "any", "matters",
    "arising", "road", "lane", "street", "close", "hall", "church", "village", "national", "agency", "government",
}
ORG_WORDS = {"agency", "assessment", "association", "board", "group", "council", "service", "services", "authority",
             "trust", "fund", "partnership", "commission", "committee", "department", "programme", "network", "forum",
             "company", "ltd", "limited", "society", "centre", "unit", "team", "plan", "scheme", "office", "institute",
             "foundation", "panel", "review", "framework", "strategy", "policy", "consortium", "alliance", "union"}
NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][A-Za-z'’]*[a-z](?:-[A-Z][A-Za-z'’]*[a-z])*"
INITIALS = r"(?:[A-Z]\.[ ]?|[A-Z][ ]){1,3}"
PREFIX = r"(?:Sir|Dr|Lord|Baroness|Dame|Prof(?:essor)?)\.?[ ]+"
NAME = rf"(?:{PREFIX})?(?:{INITIALS})?{NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}}"
HONORIFIC = r"(?:(?:Mrs|Mr|Ms|Miss|Mstr)\.?[ ]+)"


def _entity(text: str, s: int, e: int, label: str) -> dict[str, Any]:
    return {"start": s, "end": e, "label": label, "text": text[s:e]}


def _clean_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim a matched name: drop title/stop words at either end, a possessive 's and trailing dots."""
    words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]
    def bare(w: tuple[int, int]) -> str:
        word = text[w[0]:w[1]]
        if re.fullmatch(r"(?:[A-Z]\.)+", word):  # initials ("A.", "J.M.") are part of a name
            return word
        return word.strip(".,;:").lower()
    while words and bare(words[0]) in NOT_NAME:
        words.pop(0)
    cut = next((i for i, w in enumerate(words) if bare(w) in NOT_NAME), None)
    if cut is not None:
        words = words[:cut]
    if not words:
        return None
    s, e = words[0][0], words[-1][1]
    if text[e - 2:e] in ("'s", "’s"):
        e -= 2
    while e > s and text[e - 1] in ".,;:":
        e -= 1
    if e - s < 2 or not any(ch.islower() for ch in text[s:e]):
        return None
    return s, e


def _resolve(found: Iterable[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """Non-overlapping entities: lower priority number first, then longer, then earlier."""
    taken: list[tuple[int, int, str]] = []
    for s, e, lab, _ in sorted(set(found), key=lambda x: (x[3], -(x[1] - x[0]), x[0])):
        if all(e <= a or s >= b for a, b, _ in taken):
            taken.append((s, e, lab))
    return sorted(taken)


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


OWNER_LINE = re.compile(r"^[ \t]*\**([A-Z][\w.'’ ]{0,40}(?:[/,&][ ]?[A-Z][\w.'’ ]{0,40}){0,4})\**[ \t]*$")


def owner_hint(text: str, end: int, same_line: bool = False) -> list[str]:
    """Owners written after an action (R14): a wide-gap cell on the same line, or (unless ``same_line``) a short next line."""
    _, eol = _line_bounds(text, end)
    rest = text[end:eol]
    m = re.match(r"(?:\t|[ ]{3,})[ \t]*(\S.*)$", rest)
    if m:
        cand = m.group(1).strip()
    elif rest.strip() or same_line:
        return []
    else:
        nxt = re.match(r"\s*\n\s*([^\n]*)", text[eol:eol + 200])
        cand = nxt.group(1).strip() if nxt else ""
    if not cand or cand.endswith((".", ":", ";", "?")) or len(cand.split()) > 6:
        return []
    m = OWNER_LINE.match(cand)
    if not m:
        return []
    parts = [p.strip(" *") for p in re.split(r"/|,|&| and ", m.group(1)) if p.strip(" *")]
    parts = [re.sub(r"^(?:Cllr|Councillor|Mr|Mrs|Ms)\.?\s+", "", p) for p in parts]
    return [p for p in parts if p and p.lower() not in {"noted", "all noted", "ongoing", "done", "complete"}]


def _prediction(text: str, entities: Sequence[tuple[int, int, str]],
                decisions: Sequence[tuple[int, int, float]],
                actions: Sequence[tuple[int, int, float, list[str]]]) -> dict[str, Any]:
    from ..structure.declarations import find_declarations
    from ..structure.motions import find_motions

    ents = [_entity(text, s, e, lab) for s, e, lab in sorted(entities)]
    councillors = [(s, e, lab) for s, e, lab in sorted(entities) if lab == "COUNCILLOR"]

    def people(label: str) -> list[str]:
        return list(dict.fromkeys(" ".join(x["text"].split()) for x in ents if x["label"] == label))

    return {
        "entities": ents,
        "decisions": [{"start": s, "end": e, "text": text[s:e], "score": float(sc)} for s, e, sc in sorted(decisions)],
        "actions": [{"start": s, "end": e, "text": text[s:e], "score": float(sc), "owners": list(ow)}
                    for s, e, sc, ow in sorted(actions, key=lambda a: (a[0], a[1]))],
        "councillors": [{"name": n, "authority": None, "party": None, "role": None, "attendance": None}
                        for n in people("COUNCILLOR")],
        "officers": [{"name": n, "role": None, "organisation": None} for n in people("OFFICER")],
        # the structured layer's motion and declaration rules over the rules' own spans and entities
        "motions": find_motions(text, [(s, e) for s, e, _ in decisions], [(s, e) for s, e, _ in councillors]),
        "declarations": find_declarations(text, councillors),
    }


# ---------------------------------------------------------------- sentence-level candidates

SENT_START_PREFIX = re.compile(r"[ \t]*(?:\(?[0-9ivxIVX]{1,6}(?:\.[0-9]{1,3})*[.)]?|\(?[a-zA-Z][.)]|[•◦▪*\-–—>]+)?[ \t]*")


def sentence_level(text: str, s: int, e: int) -> bool:
    """Does [s, e) look like a whole sentence or list item (not a fragment of a wrapped sentence)?"""
    if text[s].islower():
        return False
    a, _ = _line_bounds(text, s)
    prefix = text[a:s]
    if prefix.strip():
        if ABBREV.search(prefix.rstrip()):
            return False
        ok = (SENT_START_PREFIX.fullmatch(prefix) is not None
              or prefix.rstrip()[-1] in ".!?;:)]\"'”’*"
              or re.search(r"(?:\t|[ ]{2,})$", prefix) is not None
              or re.search(r"</?\w+[^<>]*>\s*$", prefix) is not None)
        if not ok:
            return False
    nxt = re.match(r"(\s*)(\S+)", text[e:e + 50])
    if (nxt and nxt.group(2)[0].islower() and text[e - 1] not in ".!?;" and nxt.group(1).count("\n") < 2
            and not re.fullmatch(r"\(?[a-z]{1,4}[.)]", nxt.group(2))):
        return False  # the sentence runs on into lower-case text (a wrapped line), unless a list item follows
    return True


def shortest_first(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping subset, shortest spans first (ties: earlier first)."""
    taken: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (x[1] - x[0], x[0])):
        if all(e <= a or s >= b for a, b in taken):
            taken.append((s, e))
    return sorted(taken)


# ====================================================================== rules

class RuleBaseline:
    """Regular-expression baseline for all six labels (no training; ``fit`` is a no-op)."""

    DECISION_WORDS = re.compile(
        r"\b(?:agreed|agree|resolved|approved|noted(?![ ]+that)|endorsed|accepted|decided|supported|authori[sz]ed|"
        r"carried|adopted|ratified)\b", re.I)
    ACTION_HEAD = re.compile(r"\b(?:Actions?|ACTIONS?)[ \t]*[:\-–][ \t]*$")
    ACTION_HEADING_LINE = re.compile(r"[\W_]*(?:Actions?|ACTIONS?)(?:[ ]+(?:agreed|points|required))?[\W_]*"
                                     r"|(?:<[^<>]*>\s*)*Actions?\s*:?\s*(?:<[^<>]*>\s*)*")
    OWNER_CELL = re.compile(r"^(?:Clerk|Parish Clerk|All|Officers|Secretariat|Chair(?:man)?|Cllrs?\b.*)$")
    ACTION_SUBJECT = re.compile(
        rf"(?P<own>(?:The[ ]+|the[ ]+)?(?:Parish[ ]+)?(?:Clerk|Chairman|Chair|Officers|Secretariat|Handyman|Treasurer)"
        rf"|(?:(?:Cllrs?|Councillors?|County[ ]+Councillor)\.?\s+|{HONORIFIC})?{NAME}(?:[ ]+and[ ]+(?:the[ ]+)?(?:Clerk|{NAME}))?"
        rf"|[A-Z]{{2,3}})"
        rf"[ ,]+(?:to|will(?![ ]+be\b)|would(?![ ]+be\b)|should|shall|agreed[ ]+to|offered[ ]+to|undertook[ ]+to|(?:is|are|was|were)[ ]+(?:asked|to)[ ]+to|"
        rf"is[ ]+to|are[ ]+to)\s+(?:be[ ]+)?[a-z]")
    ACTION_ANYWHERE = re.compile(
        r"\b(?:(?:the[ ]+|The[ ]+)?(?:Parish[ ]+)?Clerk|Officers|Secretariat)\s+(?:to|will|would|should|was asked to)\s+[a-z]"
        r"|^(?:[\w'’]+[ ]+){1,5}to[ ]+be[ ]+(?!put\b|added\b|discussed\b|considered\b|deferred\b|carried\b|tabled\b)"
        r"[a-z]+(?:ed|en|t)\b")
    NON_OWNER = {"members", "councillors", "council", "board", "it", "this", "they", "all", "everyone", "we", "he",
                 "she", "there", "these", "those", "the council", "the parish council", "parish council", "the board",
                 "planning", "highways", "what", "which", "who", "members agreed"}

    def fit(self, golds: Sequence[Any] | None = None) -> "RuleBaseline":
        return self

    # ---------------------------------------------------------- entities
    def entities(self, text: str) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str, int]] = []

        def add(s: int, e: int, label: str, prio: int, person: bool = True) -> None:
            span = _clean_name(text, s, e) if person else (s, e)
            if span:
                found.append((span[0], span[1], label, prio))

        # COUNCILLOR after a title; plural titles take a list of names
        title = re.compile(r"\b(?:(?:County|Borough|District|Parish|Town)[ ]+)?(?P<t>Cllrs?|Clirs?|CIlrs?|Councillors?|Mayor)"
                           rf"\.?(?:[ \t]*\n?[ \t]*){HONORIFIC}?(?=[A-Z])")
        item = re.compile(rf"{HONORIFIC}?(?P<n>{NAME})")
        sep = re.compile(r"(?:,[ ]*|[ ]+and[ ]+|[ ]*&[ ]*)")
        for m in title.finditer(text):
            pos = m.end()
            plural = m.group("t").lower().endswith("s") and m.group("t").lower() != "clir"
            while True:
                n = item.match(text, pos)
                if not n:
                    break
                add(n.start("n"), n.end("n"), "COUNCILLOR", 1)
                if not plural:
                    break
                k = sep.match(text, n.end())
                if not k:
                    break
                pos = k.end()
                t2 = re.match(r"(?:Cllrs?|Councillors?)\.?[ ]+", text[pos:pos + 15])
                if t2:
                    pos += t2.end()
        # proposer / seconder
        for m in re.finditer(rf"\b(?:[Pp]roposed|[Ss]econded)(?:[ ]+by)?[ ]*[:\-–]?[ ]*{HONORIFIC}?"
                             rf"(?:(?P<n>{NAME})|(?P<i>[A-Z]{{2,3}})\b)", text):
            if m.group("n"):
                add(m.start("n"), m.end("n"), "COUNCILLOR", 3)
            else:
                found.append((m.start("i"), m.end("i"), "COUNCILLOR", 3))
        # attendance blocks: names in the paragraph after Present / Apologies
        for m in re.finditer(r"(?m)^[ \t\d.)]*(?:Present|PRESENT|Those [Aa]ttending|Attendance|Apologies|APOLOGIES)\b[^\n]*",
                             text):
            end = text.find("\n\n", m.start())
            block_end = min(len(text) if end < 0 else end, m.start() + 600)
            for n in re.finditer(rf"(?:{HONORIFIC}|(?<=[:,;(]) ?|(?<=\n)|(?<=\band )|(?<=\t))(?P<n>{NAME})", text[m.start():block_end]):
                s0 = m.start() + n.start("n")
                add(s0, m.start() + n.end("n"), "COUNCILLOR", 4)
        # OFFICER: clerk, police, contact officer, national-body staff, "Name, <Role>"
        officer_patterns = [
            (rf"\b(?:Parish[ ]+|Town[ ]+)?Clerk(?:[ ]+to[ ]+the[ ]+Council)?[ ]*[:\-–][ ]*{HONORIFIC}?(?P<n>{NAME})", 0),
            (rf"(?:{HONORIFIC})?(?P<n>{NAME})[ ]*\((?:Parish[ ]+|Town[ ]+)?Clerk\b", 0),
            (rf"\b(?:PCSO|PC|Police Constable|Sgt|Sergeant|Inspector)\.?[ ]+(?P<n>{NAME})", 0),
            (rf"\bContact [Oo]fficer[ ]*:?\s*(?P<n>{NAME})", 0),
            (rf"(?P<n>{NAME})[ ]*\((?:LGA|IDeA|LGID|LGE|LG Group|4ps|LACORS|NALC|RIEP)\)", 2),
            (rf"(?P<n>{NAME_WORD}[ ]{NAME_WORD}(?:[ ]{NAME_WORD})?),[ ]+(?:the[ ]+)?(?:[A-Z][a-z]+[ ]+){{0,3}}"
             r"(?:Chief Executive|Director|Manager|Officer|Adviser|Advisor|Associate|Consultant|Secretary|Clerk|Head of)", 3),
        ]
        for pat, prio in officer_patterns:
            for m in re.finditer(pat, text):
                add(m.start("n"), m.end("n"), "OFFICER", prio)
        # AUTHORITY: a place name before a council head, capitalised or in capitals; known abbreviations
        head = (r"(?:(?:Metropolitan[ ]+)?(?:County|City|Borough|District|Parish|Town|Community)[ ]+Council|Council|"
                r"CC|BC|DC|LB|MBC|CBC|RBC|UA|Fire[ ]+(?:&|and)[ ]+Rescue[ ]+(?:Service|Authority)|Police[ ]+Authority|"
                r"Clinical[ ]+Commissioning[ ]+Group)")
        word = r"(?:[A-Z][\w'’.&-]*|&)"
        titled = re.compile(rf"\b(?:{word}[ ]+(?:(?:and|upon|on|of|in|&)[ ]+)?){{1,5}}{head}\b")
        caps = re.compile(r"\b(?:[A-Z][A-Z'’.&-]*[ ]+(?:(?:AND|UPON|ON|OF|&)[ ]+)?){1,5}"
                          r"(?:(?:PARISH|TOWN|COUNTY|BOROUGH|DISTRICT|CITY|COMMUNITY)[ ]+)COUNCIL\b")
        generic = {"the", "this", "that", "a", "an", "minutes", "draft", "of", "and", "meeting", "county", "city",
                   "borough", "district", "parish", "town", "community", "council", "councils", "annual", "extraordinary",
                   "local", "our", "your", "their", "its", "each", "every", "any", "all", "both", "to", "for", "in",
                   "on", "&", "with", "by", "from", "at", "metropolitan", "members", "new", "unitary"}
        for pat in (titled, caps):
            for m in pat.finditer(text):
                words = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(r"\S+", m.group())]
                # keep only what follows the last "of", an inner council head, or a word closing a sentence/clause
                for k in range(len(words) - 2, -1, -1):
                    w = text[words[k][0]:words[k][1]]
                    if w.lower() in ("of", "council") or (w[-1] in ".,:;" and len(w) > 2):
                        words = words[k + 1:]
                        break
                while words and text[words[0][0]:words[0][1]].lower() in (generic | NOT_NAME):
                    words.pop(0)
                place = [text[a:b].lower() for a, b in words]
                if not words or all(w in generic or re.fullmatch(head, w, re.I) for w in place):
                    continue  # "the Parish Council", "County Council": generic, not a named authority
                found.append((words[0][0], words[-1][1], "AUTHORITY", 2))
        for m in re.finditer(r"(?<![\w.&])(?:NCC|BCKL&WN|BCKLWN|KL&WN|KLWN|C\.C\.C\.|CCC|WNBC)(?![\w&])", text):
            found.append((m.start(), m.end(), "AUTHORITY", 2))
        # PARTY: affiliations in brackets, group headings, contact-list labels
        party = (r"(?:Conservatives?|Con|Labour|Lab|Liberal[ ]+Democrats?|Lib[ ]+Dems?|LD|Independents?|Ind|Green|"
                 r"Plaid[ ]+Cymru|UKIP|SNP)")
        for m in re.finditer(rf"\((?P<p>{party})(?:[ ]+Group)?\)", text):
            found.append((m.start("p"), m.end("p"), "PARTY", 1))
        for m in re.finditer(rf"(?m)^[ \t]*(?P<p>{party})(?=[ ]+Group\b|[ ]*\(\d+\)|:|[ ]+(?:Cllr|Councillor)\b|[ \t]*$)",
                             text):
            found.append((m.start("p"), m.end("p"), "PARTY", 1))
        # a bracket after a councillor's name that names a place stands for the authority
        ents = _resolve(found)
        for s, e, lab in list(ents):
            if lab != "COUNCILLOR":
                continue
            m = re.match(r"(?:[ ]+(?:CBE|OBE|MBE|DBE|JP|MP))*[ ]*\((?P<a>[A-Z][A-Za-z'’&.-]*(?:[ ]+(?:[A-Z][A-Za-z'’&.-]*|upon|on|and|of|&)){0,4})\)",
                         text[e:e + 80])
            if m and not re.fullmatch(party + r"|[A-Z]{2,3}|Chair(?:man)?|Vice[- ]?[Cc]hair(?:man)?|Clerk|Deputy.*",
                                      m.group("a")):
                found.append((e + m.start("a"), e + m.end("a"), "AUTHORITY", 2))
        # initials declared after a person's name ("Claire Cann (CC)") stand for that person everywhere
        ents = _resolve(found)
        label_at = {(s, e): lab for s, e, lab in ents}
        for m in re.finditer(rf"(?P<n>{NAME})[ ]*\((?P<i>[A-Z]{{2,3}})\)", text):
            span = _clean_name(text, m.start("n"), m.end("n"))
            if not span:
                continue
            lab = next((l for (a, b), l in label_at.items() if a <= span[0] < b or span[0] <= a < span[1]), None)
            name = text[span[0]:span[1]]
            letters = re.findall(r"(?<![\w'’])[A-Z]|(?<=['’])[A-Z]", name)
            abbr = m.group("i")
            if not letters or abbr[0] != letters[0] or abbr[-1] != letters[-1]:
                continue  # "Paul Johnston (LGA)": not this person's initials
            if lab is None and "".join(letters) == abbr and not ORG_WORDS & set(name.lower().split()):
                lab = "COUNCILLOR"  # "Pam Bullas (PB)": a person introduced with initials, by default a member
            if lab not in ("COUNCILLOR", "OFFICER"):
                continue
            found.append((span[0], span[1], lab, 3))
            for k in re.finditer(rf"(?<![\w&.]){m.group('i')}(?![\w&])", text):
                found.append((k.start(), k.end(), lab, 5))
        return _resolve(found)

    # ---------------------------------------------------------- decisions and actions
    def _action_owners(self, text: str, s: int, e: int) -> tuple[bool, list[str]]:
        sent = text[s:e]
        a, _ = _line_bounds(text, s)
        owners: list[str] = []
        prev_line = text[:a].rstrip().rsplit("\n", 1)[-1]
        # under an "Action(s)" heading (same line or the line before), or followed by an owner cell/line (R14)
        is_action = bool(self.ACTION_HEAD.search(text[a:s]) or self.ACTION_HEADING_LINE.fullmatch(prev_line)
                         or (sent.endswith(".") and any(self.OWNER_CELL.search(o)
                                                          for o in owner_hint(text, e, same_line=True))))
        m = self.ACTION_SUBJECT.match(sent)
        if not m:  # "Loose kerb - Highways to relay this kerb": a subject after a dash, colon or semicolon
            k = re.search(r"(?:\s[-–]|[;:])\s+(?=[A-Z])", sent)
            m = self.ACTION_SUBJECT.match(sent, k.end()) if k else None
        if m:
            own = " ".join(m.group("own").split())
            own = re.sub(r"^(?:The|the)\s+", "", own)
            own = re.sub(r"^(?:Cllrs?|Councillors?|County Councillor|Mrs|Mr|Ms|Miss)\.?\s+", "", own)
            if own.lower() not in self.NON_OWNER:
                is_action = True
                owners = [p.strip() for p in re.split(r"\s+and\s+(?:the\s+)?", own) if p.strip()]
        if not is_action and self.ACTION_ANYWHERE.search(sent) and "agenda" not in sent.lower():
            is_action = True
            k = re.search(r"\b(Clerk|Officers|Secretariat)\b", sent)
            owners = [k.group(1)] if k else []
        if is_action:
            owners = owner_hint(text, e) or owners
        return is_action, owners

    @staticmethod
    def _status_cell(text: str, s: int, e: int) -> bool:
        """A bare "Noted"/"Agreed" cell after an item on the same line: the item, not the cell, is the span."""
        a, _ = _line_bounds(text, s)
        return len(text[s:e].split()) <= 2 and bool(re.search(r"[A-Za-z].*(?:\t|[ ]{2,})$", text[a:s]))

    def spans(self, text: str) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float, list[str]]]]:
        cands = [(s, e) for s, e in candidate_spans(text) if sentence_level(text, s, e)]
        dec = shortest_first((s, e) for s, e in cands if self.DECISION_WORDS.search(text[s:e])
                             and not self._status_cell(text, s, e))
        acts: dict[tuple[int, int], list[str]] = {}
        for s, e in cands:
            ok, owners = self._action_owners(text, s, e)
            if ok:
                acts[(s, e)] = owners
        act = shortest_first(acts)
        return [(s, e, 1.0) for s, e in dec], [(s, e, 1.0, acts[(s, e)]) for s, e in act]

    def predict(self, text: str) -> dict[str, Any]:
        decisions, actions = self.spans(text)
        return _prediction(text, self.entities(text), decisions, actions)

    def predict_many(self, texts: Iterable[str]) -> list[dict[str, Any]]:
        return [self.predict(t) for t in texts]


# ====================================================================== TF-IDF + logistic regression

def _char_class(ch: str) -> str:
    if not ch:
        return "none"
    if ch == "\n":
        return "nl"
    if ch.isspace():
        return "sp"
    if ch.isupper():
        return "Up"
    if ch.islower():
        return "low"
    if ch.isdigit():
        return "dig"
    return ch


def shape_features(text: str, s: int, e: int) -> dict[str, float]:
    """Boundary and layout features of a candidate (how it starts and ends, what surrounds it, its size)."""
    span = text[s:e]
    words = span.split()
    a, _ = _line_bounds(text, s)
    _, b = _line_bounds(text, e - 1)
    before = text[a:s].rstrip(" \t")
    after = text[e:b]
    prev_line = text[:a].rstrip().rsplit("\n", 1)[-1].strip().lower()
    f: dict[str, float] = {
        "first=" + words[0].lower().strip(".,:;()"): 1.0,
        "last_char=" + span[-1]: 1.0,
        "before=" + (_char_class(before[-1]) if before else "linestart"): 1.0,
        "after=" + (_char_class(after.lstrip(" ")[:1]) if after.strip() else "lineend"): 1.0,
        "next=" + _char_class((re.match(r"\s*(\S?)", text[e:e + 40]).group(1))): 1.0,
        "len_bucket=" + str(min(10, int(math.log2(1 + len(span))))): 1.0,
        "n_lines": min(span.count("\n"), 8) / 8.0,
        "n_sent_breaks": min(len(re.findall(r"[.!?;][\"'”’)]*\s+[A-Z]", span)), 5) / 5.0,
        "sentence_level": float(sentence_level(text, s, e)),
        "ends_punct": float(span[-1] in ".!?;"),
        "owner_line": float(bool(owner_hint(text, e))),
        "after_wide_gap": float(bool(re.match(r"\t|[ ]{3,}", after))),
    }
    for w in re.findall(r"[a-z]+", prev_line)[:6]:
        f["prev_line=" + w] = 1.0
    if re.search(r"\b(?:actions?|decisions?|resolved|agreed)\b\s*[:\-–]?\s*$", prev_line):
        f["prev_line_head"] = 1.0
    if re.search(r"(?i)\b(?:actions?|decisions?|resolved)\s*[:\-–]\s*$", before):
        f["label_before"] = 1.0
    return f


def _norm(s: str) -> str:
    return " ".join(s.split())


class TfidfSpanBaseline:
    """TF-IDF + logistic regression over candidate spans, one binary classifier per span label."""

    def __init__(self, labels: Sequence[str] = SPAN_LABELS, threshold: float = 0.5, C: float = 1.0,
                 random_state: int = 0, entity_baseline: Any = None, min_df: int = 2,
                 char_ngrams: tuple[int, int] = (2, 5), max_chars: int | None = None):
        self.labels = tuple(labels)
        self.threshold = threshold
        self.C = C
        self.random_state = random_state
        self.entity_baseline = entity_baseline
        self.min_df = min_df
        self.char_ngrams = char_ngrams
        self.max_chars = max_chars
        self.models: dict[str, Any] = {}
        self._fitted = False

    # ---------------------------------------------------------- features
    def candidates(self, text: str) -> list[tuple[int, int]]:
        cands = candidate_spans(text)
        if self.max_chars:
            cands = [c for c in cands if c[1] - c[0] <= self.max_chars]
        return cands

    def _features(self, text: str, cands: Sequence[tuple[int, int]], fit: bool = False):
        from scipy.sparse import hstack

        spans = [_norm(text[s:e]) for s, e in cands]
        shapes = [shape_features(text, s, e) for s, e in cands]
        if fit:
            return spans, shapes
        return hstack([self.word_vec.transform(spans), self.char_vec.transform(spans),
                       self.shape_vec.transform(shapes)]).tocsr()

    # ---------------------------------------------------------- training
    def fit(self, golds: Sequence[Any]) -> "TfidfSpanBaseline":
        """Train on gold documents (``.text`` and ``.spans``; dict records work too)."""
        from scipy.sparse import hstack
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        def get(g: Any, k: str) -> Any:
            return g[k] if isinstance(g, dict) else getattr(g, k)

        if self.max_chars is None:
            longest = max((sp["end"] - sp["start"] for g in golds for sp in get(g, "spans")), default=600)
            self.max_chars = max(400, int(longest * 1.25))
        texts, shapes, ys = [], [], {lab: [] for lab in self.labels}
        for g in golds:
            text = get(g, "text")
            cands = self.candidates(text)
            gold = {lab: {(sp["start"], sp["end"]) for sp in get(g, "spans") if sp["label"] == lab} for lab in self.labels}
            t, sh = self._features(text, cands, fit=True)
            texts += t
            shapes += sh
            for lab in self.labels:
                ys[lab] += [int(c in gold[lab]) for c in cands]
        if not texts:
            raise ValueError("no training candidates: empty gold set")
        self.word_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=self.min_df, sublinear_tf=True, lowercase=True)
        self.char_vec = TfidfVectorizer(analyzer="char_wb", ngram_range=self.char_ngrams, min_df=self.min_df,
                                        sublinear_tf=True, lowercase=True)
        self.shape_vec = DictVectorizer()
        try:
            X = hstack([self.word_vec.fit_transform(texts), self.char_vec.fit_transform(texts),
                        self.shape_vec.fit_transform(shapes)]).tocsr()
        except ValueError:  # vocabulary empty at min_df (a tiny corpus): fall back to min_df=1
            self.word_vec.set_params(min_df=1)
            self.char_vec.set_params(min_df=1)
            X = hstack([self.word_vec.fit_transform(texts), self.char_vec.fit_transform(texts),
                        self.shape_vec.fit_transform(shapes)]).tocsr()
        self.models = {}
        for lab in self.labels:
            y = ys[lab]
            if len(set(y)) < 2:  # a label never (or always) positive: constant prediction
                self.models[lab] = float(y[0]) if y else 0.0
                continue
            clf = LogisticRegression(C=self.C, class_weight="balanced", max_iter=5000, random_state=self.random_state)
            clf.fit(X, y)
            self.models[lab] = clf
        self._fitted = True
        return self

    # ---------------------------------------------------------- prediction
    def scores(self, text: str) -> tuple[list[tuple[int, int]], dict[str, list[float]]]:
        """Candidates of ``text`` and each label's positive-class probability for them."""
        if not self._fitted:
            raise RuntimeError("TfidfSpanBaseline.predict before fit")
        cands = self.candidates(text)
        if not cands:
            return [], {lab: [] for lab in self.labels}
        X = self._features(text, cands)
        out = {}
        for lab, model in self.models.items():
            if isinstance(model, float):
                out[lab] = [model] * len(cands)
            else:
                pos = list(model.classes_).index(1)
                out[lab] = model.predict_proba(X)[:, pos].tolist()
        return cands, out

    def spans(self, text: str) -> dict[str, list[tuple[int, int, float]]]:
        """label → kept (start, end, score): at or above threshold, de-overlapped best score first."""
        cands, scores = self.scores(text)
        out: dict[str, list[tuple[int, int, float]]] = {}
        for lab, sc in scores.items():
            ranked = sorted(((p, c) for p, c in zip(sc, cands) if p >= self.threshold),
                            key=lambda x: (-x[0], x[1][1] - x[1][0], x[1][0]))
            kept: list[tuple[int, int, float]] = []
            for p, (s, e) in ranked:
                if all(e <= a or s >= b for a, b, _ in kept):
                    kept.append((s, e, p))
            out[lab] = sorted(kept)
        return out

    def predict(self, text: str) -> dict[str, Any]:
        found = self.spans(text)
        ents = self.entity_baseline.entities(text) if self.entity_baseline is not None else []
        rule = RuleBaseline()
        actions = []
        for s, e, p in found.get("ACTION", []):
            _, owners = rule._action_owners(text, s, e)
            actions.append((s, e, p, owners or owner_hint(text, e)))
        return _prediction(text, ents, found.get("DECISION", []), actions)

    def predict_many(self, texts: Iterable[str]) -> list[dict[str, Any]]:
        return [self.predict(t) for t in texts]


__all__ = ["RuleBaseline", "TfidfSpanBaseline", "owner_hint", "sentence_level", "shape_features", "shortest_first",
           "ENTITY_LABELS", "SPAN_LABELS"]
