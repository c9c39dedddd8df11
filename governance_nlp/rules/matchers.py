"""The rules themselves: regular expressions for COUNCILLOR, AUTHORITY, PARTY, OFFICER and DECISION/ACTION.

Titles before names (COUNCILLOR), council heads and known abbreviations
(AUTHORITY), party names in brackets and group headings (PARTY), clerk,
police, contact and role patterns (OFFICER); DECISION = sentence-level
candidates with a decision verb, ACTION = "X to <verb>", "X will ...",
"Action:" sentences. The pipeline's rule components and the rule baseline
both call :class:`MinutesRules`, so each rule exists once. The DECISION/ACTION
patterns live in :mod:`.span_patterns` and the task checks in :mod:`.actions`, the OFFICER ones in
:mod:`.officers`.
"""
from __future__ import annotations

import bisect
import re

from ..segmentation import candidate_spans
from .actions import ActionRules
from .mentions import other_mentions
from .officers import COMPANY_ROLE, is_role, officer_names
from .patterns import (ATTENDANCE_HEADING, CHAIRMAN_NAME, COUNCIL_HEADS, DETERMINER_BEFORE, HONORIFIC, NAME, NOT_NAME,
                       ORG_WORDS, PUBLIC_LINE, PUBLIC_NOTE, SPELT_OUT_INITIALS, UPPER, WRAPPED_NAME)
from .reports import in_report, report_text
from .resolutions import election_rows, lead_in_items
from .span_bounds import (RESOLUTION_TEXT, after_run_in_heading, from_sentence_start, join_motion_parts, past_colon_label,
                          reshape_decisions, unwrapped, without_next_marker)
from .text import (CELL_GAP, PLANNING_REPLY, clean_name, in_cell, line_bounds, mid_opener_units, resolve, sentence_level,
                   shortest_first, single_spaced, task_after_report_colon)


# a semicolon closing the line before, the sentence wrapped after it ("It had been reported that the footpath ... was
# overgrown and impassable; \nClerk to contact C.C.C."): the task closes that sentence, as after a semicolon on its line
SEMICOLON_WRAP = re.compile(r";[ \t\xa0]*\n[ \t\xa0]*$")

# a member's question closed by a colon and its answer after it on the line ("Cllr Taylor asked if training would be
# available for councillors:  Clerk confirmed that this would be arranged."): one sentence, the span (spec 3), neither
# the question alone nor the answer alone
ASKED_COLON = re.compile(r"\basked\b[^:.!?\n]*:(?=[ \t\xa0]*[A-Z])")


def asked_question(text: str, s: int, e: int) -> re.Match[str] | None:
    """The question (ASKED_COLON) on the line of [s, e) when the unit is a part of it alone: the question, ending at
    ``e``, or its answer, opening at ``s``; None otherwise."""
    a, b = line_bounds(text, s)
    return next((m for m in ASKED_COLON.finditer(text, a, b)
                 if m.end() == e or (m.end() <= s and not text[m.end():s].strip())), None)


class MinutesRules(ActionRules):
    """Hand-written patterns for all six labels: entities and DECISION/ACTION spans of a text (no training)."""

    # shaped like a council's initials, but no council: the BBC, a Parochial Church Council, Kent Youth County
    # Council, the International Cricket/Criminal Court, the bank HSBC ("ECC" is Essex or Exeter City Council: it stays a council)
    # ("TBC": to be confirmed; "LCDC": the Local Community Development Committee that every Irish county council
    # sets up, a committee of the council and no authority of its own, spec 2)
    NOT_COUNCILS = {"BBC", "PCC", "KYCC", "ICC", "HSBC", "TBC", "LCDC"}
    # a bracket after a member's name that holds a role, a company or a body's head word names no place: "(Village
    # Representative)", "(Editor Village Pump)", "(Vion UK Favor Parker Ltd)", the generic "(Parish Council)" (spec 2;
    # a named council in brackets, "(Kent County Council)", is found by the council-head rule)
    NOT_PLACE = ORG_WORDS | {"representative", "editor", "secretary", "treasurer", "member", "resident", "residents",
                             "plc", "llp", "inc",
                             # a committee's short form and a title's article: "(Village Hall Cttee)", "(The Village
                             # Pump)", a newsletter (a place has no "The")
                             "cttee", "the"}

    def _bracketed_role(self, text: str, s: int, e: int) -> bool:
        """Is [s, e) inside a bracket that holds a role, a company or a body's head word ("Mrs Pat Holton (Village
        Representative)", "Mr Lionel Halls (Vion UK Favor Parker Ltd)")? Those words are no member's name."""
        a, b = text.rfind("(", max(0, s - 40), s + 1), text.find(")", e, e + 40)
        return (a >= 0 and b >= 0 and ")" not in text[a:s] and "(" not in text[e:b]
                and bool(self.NOT_PLACE & set(text[a + 1:b].lower().split())))

    # the capitalised words after "Proposed" in a heading ("6(d) Proposed Newcastle West Local Area Plan", "Proposed
    # Trailhead Visitor Centre") run on to a plan's or a building's head word: a thing, not the mover of a motion
    CAPITAL_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ ]*\n?[ ]*[A-Z][\w'’-]*){0,6}")

    def _names_a_thing(self, text: str, s: int) -> bool:
        """Do the capitalised words at ``s`` run on to an organisation's or a plan's head word (ORG_WORDS)?"""
        run = self.CAPITAL_RUN.match(text, s) if s >= 0 else None
        return bool(run) and bool(ORG_WORDS & {w.lower() for w in run.group().split()})

    # ---------------------------------------------------------- entities
    def entities(self, text: str) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str, int]] = []

        def add(s: int, e: int, label: str, prio: int, person: bool = True) -> None:
            span = clean_name(text, s, e) if person else (s, e)
            if span:
                found.append((span[0], span[1], label, prio))

        # COUNCILLOR after a title; plural titles take a list of names
        title = re.compile(r"\b(?:(?:County|Borough|District|Parish|Town)[ ]+)?(?P<t>[BCD]?Cllrs?|Clirs?|CIlrs?|Councillors?|Mayor)"
                           rf"\.?(?:[ \t]*\n?[ \t]*){HONORIFIC}?(?=[{UPPER}])")
        item = re.compile(rf"{HONORIFIC}?(?P<n>{WRAPPED_NAME})")
        # (a list may wrap at a line end around its "and": "Cllrs. Kim Davies \nand William Loynton", and after a comma,
        # where a double-spaced PDF leaves a blank line: "Councillors ... Donegan, Egan,\n\nFoley, Galvin")
        sep = re.compile(r"(?:[ ]*\([^()\n]{1,25}\))?(?:,[ ]*(?:\n[ \t]*){0,2}|[ ]*\n?[ ]*and\b[ ]*\n?[ ]*|[ ]*&[ ]*|[ ]+(?=[A-Z]))")  # "(Chair) N Cresswell"
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
        # the chairman named after the role, in running text ("Chairman Richardson welcomed ...", "LGA Chairman Margaret
        # Eaton and ...", "thanks to Chairman Frank for ..."): the name, then the sentence going on (not a heading)
        for m in CHAIRMAN_NAME.finditer(text):
            if not (NOT_NAME | ORG_WORDS) & {w.lower() for w in m.group("n").split()}:
                add(m.start("n"), m.end("n"), "COUNCILLOR", 3)
        # proposer / seconder
        # (and the mover of "approved by AM and Seconded by MC")
        for m in re.finditer(rf"\b(?:[Pp]roposed|[Ss]econded|(?:approved|moved)(?=[ ]+by[ ]+\S+[ ]+and[ ]+[Ss]econded))"
                             rf"(?:[ ]+by)?[ ]*[:\-–]?[ ]*{HONORIFIC}?(?:(?P<n>{NAME})|(?P<i>[A-Z]{{2,3}})\b)", text):
            if re.search(DETERMINER_BEFORE, text[max(0, m.start() - 8):m.start()]) or self._names_a_thing(text, m.start("n")):
                continue
            if m.group("n"):
                add(m.start("n"), m.end("n"), "COUNCILLOR", 3)
            else:
                found.append((m.start("i"), m.end("i"), "COUNCILLOR", 3))
        # attendance and recorded-vote blocks: names in the paragraph after Present / Apologies / For (n) ...
        # (a principal council's PRESENT list or vote list runs to a few thousand characters)
        for m in re.finditer(r"(?m)^[ \t\d.)#*]*(?:Present|PRESENT|Those [Aa]ttending|Attendance|Apologies|APOLOGIES"
                             r"|(?:For|Against|Abstain(?:ed|ing|ions?)?)[ ]*\(\d+\))"
                             r"(?![ ]+(?:to|from|for)\b(?![ ]+(?:[Aa]bsence|ABSENCE)\b))[^\n]*",
                             text):
            # a heading alone on its line ("## Present", "3. Apologies for Absence:") has its list after the line
            # break or blank line below it
            skip = (m.end() - m.start() + len(re.match(r"\s*", text[m.end():]).group())
                    if ATTENDANCE_HEADING.fullmatch(m.group()) else 0)
            end = re.search(r"\n[ \t]*\n[ \t]*(?:\n|(?!(?:Mr|Mrs|Ms|Miss|Dr|Sir|Cllr)\b)\S)", text[m.start() + skip:])
            limit = 3000 if re.search(r"\(\d+\)|PRESENT", m.group()) else 600
            block_end = m.start() + min(skip + end.start() if end else len(text) - m.start(), limit)
            # (a title is read before the name, never taken for one: ", Mr M Baldock" gives "M Baldock")
            for n in re.finditer(rf"(?:{HONORIFIC}|(?:(?<=[:,;(])|(?<=\n)|(?<=\n[*•-] )|(?<=\band )|(?<=\bfrom )|(?<=\t))"
                                 rf" ?{HONORIFIC}?)(?P<n>(?!(?:Mrs|Mr|Ms|Miss|Mstr)\b){NAME})",
                                 text[m.start():block_end]):
                s0 = m.start() + n.start("n")
                if (PUBLIC_LINE.match(text, line_bounds(text, s0)[0], s0) or PUBLIC_NOTE.match(text, m.start() + n.end("n"))
                        or PUBLIC_NOTE.match(text, s0 - 1) or COMPANY_ROLE.match(text, m.start() + n.end("n"))):
                    continue  # a member of the public or a company's staff, not of the council (spec: no entity)
                if not (self._bracketed_role(text, s0, m.start() + n.end("n")) or is_role(text, s0, m.start() + n.end("n"))):
                    add(s0, m.start() + n.end("n"), "COUNCILLOR", 4)
        # OFFICER: clerks, police, council and partner staff (rules/officers.py)
        for s0, e0, prio in officer_names(text):
            add(s0, e0, "OFFICER", prio)
        # AUTHORITY: a place name before a council head, capitalised or in capitals; known abbreviations
        sep = r"(?:[ \xa0]+|[ ]*\n[ \t>]*)"  # a name may wrap at a line end (and a Markdown quote's ">")
        head = (rf"(?:(?:Metropolitan{sep})?(?:County|City|Borough|District|Parish|Town|Community){sep}Council|Council|"
                r"CC|BC|DC|PC|LB|MBC|CBC|RBC|UA|Fire[ ]+(?:(?:&|and)[ ]+Rescue[ ]+)?(?:Service|Authority)|Police[ ]+Authority|Constabulary|"
                r"Clinical[ ]+Commissioning[ ]+Group)")
        word = r"(?:[A-Z][\w'’.&-]*|&)"
        # (a line break only just before the council head: "Kent \nCounty Council", never "Update \nEden ...")
        titled = re.compile(rf"\b(?:{word}[ \xa0]+(?:(?:and|upon|on|of|in|&)[ ]+)?){{0,4}}{word}{sep}{head}\b")
        caps = re.compile(r"\b(?:[A-Z][A-Z'’.&-]*[ ]+(?:(?:AND|UPON|ON|OF|&)[ ]+)?){1,5}"
                          r"(?:(?:PARISH|TOWN|COUNTY|BOROUGH|DISTRICT|CITY|COMMUNITY)[ ]+)COUNCIL\b")
        generic = {"the", "this", "that", "a", "an", "minutes", "draft", "of", "and", "meeting", "county", "city",
                   "borough", "district", "parish", "town", "community", "council", "councils", "annual", "extraordinary",
                   "local", "our", "your", "their", "its", "each", "every", "any", "all", "both", "to", "for", "in",
                   "on", "&", "with", "by", "from", "at", "metropolitan", "members", "new", "unitary",
                   # a meeting or a body that is no authority: "Full Council", "Schools Council", "Youth Council", a
                   # school's "Parents’ Council"
                   "full", "next", "should", "schools", "youth", "arts", "parent", "special", "ordinary", "monthly",
                   "statutory", "budget", "plenary", "parents", "parents’", "parents'",
                   # the members as a body ("the Elected Council had no role in staffing"): no named authority
                   "elected",
                   # a sentence adverb opening the clause: "Therefore Milburn Parish Council has to ..."
                   "therefore", "however", "furthermore", "moreover", "additionally", "also", "thus", "hence",
                   "meanwhile", "subsequently", "consequently"}
        for pat in (titled, caps):
            for m in pat.finditer(text):
                words = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(r"\S+", m.group())]
                # a person's initials after the name are no council head: "Catherine Chisholm  CC" (spec 2)
                last = text[words[-1][0]:words[-1][1]]
                if last.isupper() and "".join(text[a] for a, _ in words[-len(last) - 1:-1]) == last:
                    continue
                # keep only what follows the last "of", an inner council head, a role held in the body ("Mr Stephen
                # Bett Chairman Norfolk Police Authority", "the Rights of Way Officer in Norfolk County Council", R18),
                # a word closing a sentence/clause or an inner "The" (an agenda heading run into its first sentence:
                # "Bulb Planting The Parish Council wished ...") or a motion's "THAT" in capitals ("I MOVE THAT LIMERICK
                # CITY AND COUNTY COUNCIL ...")
                for k in range(len(words) - 2, -1, -1):
                    w = text[words[k][0]:words[k][1]]
                    if (w.lower() in ("of", "council", "chairman", "chair", "clerk", "officer", "the", "that")
                            or (w[-1] in ".,:;" and len(w) > 2)):
                        words = words[k + 1:]
                        break
                # a council's name joins its places once ("King's Lynn and West Norfolk", "City and County"): with a
                # second "and" the words before the first are another body ("the Gardai and Limerick City & County
                # Council", "Sister Cities and Limerick City and County Council")
                # (the head's own "and" is none: "Mid and West Wales Fire and Rescue Service")
                head_at = m.start() + re.search(rf"(?:{head})$", m.group(), re.I).start()
                joins = [k for k, (a, b) in enumerate(words) if text[a:b].lower() in ("and", "&") and a < head_at]
                if len(joins) >= 2:
                    words = words[joins[0] + 1:]
                while words and text[words[0][0]:words[0][1]].lower() in (generic | NOT_NAME):
                    words.pop(0)
                place = [text[a:b].lower() for a, b in words]
                rest = " ".join(w for w in place if w not in generic)
                # (a church's council is no local authority either: "the Parochial Church Council", spec 2)
                if (not words or not rest or re.fullmatch(head, rest, re.I) or place[-2:-1] == ["church"]
                        or all(re.fullmatch(head, w, re.I) for w in rest.split())):
                    continue  # "the Parish Council", "County Council", "The Fire Service": generic, no named authority
                found.append((words[0][0], words[-1][1], "AUTHORITY", 2))
        # the formal style that puts the head first: "Borough Council of King's Lynn and West Norfolk", "London
        # Borough of Bexley" (spec 2: the authority's full name); a department or meeting after it is no part of it
        place_word = r"[A-Z][\w'’.-]*"
        for m in re.finditer(rf"\b(?:(?:Borough|County|District|City)[ ]+Council|(?:Royal|London|Metropolitan)[ ]+Borough)"
                             rf"[ ]+of[ ]+{place_word}(?:[ ]+{place_word}){{0,3}}"
                             rf"(?:[ ]*(?:and|&)[ ]*{place_word}(?:[ ]+{place_word})?)?", text):
            words = list(re.finditer(r"\S+", m.group()))
            while len(words) > 3 and words[-1].group().lower() in NOT_NAME | ORG_WORDS:
                words.pop()
            if len(words) > 3:  # a place is left after "... of"
                found.append((m.start(), m.start() + words[-1].end(), "AUTHORITY", 2))
        for m in re.finditer(r"(?<![\w.&])(?:NCC|BCKL&WN|BCKLWN|KL&WN|KLWN|C\.C\.C\.|CCC|WNBC)(?![\w&])", text):
            found.append((m.start(), m.end(), "AUTHORITY", 2))
        # a council's initials by their shape: "SBC", "KCC", "EDC", "RBKC" (a borough, district or county council)
        # (not initials the document spells out as another body: "Local Community Development Committee (LCDC)", a
        # council's committee; "National Emergency Coordination Centre (NECC)")
        # (the initials are those of the name's last words: not a member's body after the name, "Michael Cook (SBC)")
        other_body = {m.group("a") for m in SPELT_OUT_INITIALS.finditer(text) if m.group("head") not in COUNCIL_HEADS
                      and "".join(w[0] for w in m.group().split()[:-1])[-len(m.group("a")):] == m.group("a")}
        for m in re.finditer(r"(?<![\w.&])(?P<a>[A-Z]{1,3}(?:BC|DC|CC|MBC))s?(?![\w&])", text):
            if m.group("a") not in self.NOT_COUNCILS and m.group("a") not in other_body:
                found.append((m.start(), m.start() + len(m.group("a")), "AUTHORITY", 4))
        # PARTY: affiliations in brackets, group headings, contact-list labels
        party = (r"(?:Conservatives?|Con|Labour|Lab|Liberal[ ]+Democrats?|Lib[ ]+Dems?|LD|Independents?|Ind|Green|"
                 r"Plaid[ ]+Cymru|UKIP|SNP)")
        for m in re.finditer(rf"\((?P<p>{party})(?:[ ]+Group)?(?:\)|,[ ]*(?=[A-Z]))", text):  # "(Con)", "(Con, Tunbridge Wells BC)"
            found.append((m.start("p"), m.end("p"), "PARTY", 1))
        for m in re.finditer(rf"(?m)^[ \t]*(?P<p>{party})(?=[ ]+Group\b|[ ]*\(\d+\)|:|[ ]+(?:Cllr|Councillor)\b|[ \t]*$)",
                             text):
            found.append((m.start("p"), m.end("p"), "PARTY", 1))
        # a principal council's party groups in running text: "the Leader of the Labour Group", "the Green and
        # Independents Group", "former Conservative Member"
        # (Irish councils' parties too: "on behalf of the Fianna Fáil Party", "on behalf of Fine Gael", "the Sinn Féin
        # Councillors"; the head word "Party" stays outside, as "Group" does)
        full = (r"(?:Conservatives?|Labour|Liberal\s+Democrats?|Green(?:\s+(?:and|&)\s+Independents?)?|Independents?|"
                r"Plaid\s+Cymru|Reform(?:\s+UK)?|UKIP|SNP|Fianna\s+F[áa]il|Fine\s+Gael|Sinn\s+F[ée]in|Social\s+Democrats)")
        for m in re.finditer(rf"\b(?P<p>{full})(?=\s+(?:Group|Party|Member|Members|Councillors?|Government|MP)\b)"
                             rf"|\bon\s+behalf\s+of\s+(?:the\s+)?(?P<b>{full})\b", text):
            g = "p" if m.group("p") else "b"
            found.append((m.start(g), m.end(g), "PARTY", 1))
        # a bracket after a councillor's name that names a place stands for the authority (not a party, a role, initials
        # or the single letter that tells two members of one surname apart: "Collins (B), Collins (J)")
        ents = resolve(found)
        for s, e, lab in list(ents):
            if lab != "COUNCILLOR":
                continue
            m = re.match(r"(?:[ ]+(?:CBE|OBE|MBE|DBE|JP|MP))*[ ]*\((?P<a>[A-Z][A-Za-z'’&.-]*(?:[ ]+(?:[A-Z][A-Za-z'’&.-]*|upon|on|and|of|&)){0,4})\)",
                         text[e:e + 80])
            # (not the name's initials, "(PWh)", nor a letter telling two members apart, "(B)", nor a role,
            # "(District Councillor)", nor a generic head word)
            if (m and not re.fullmatch(party + r"|[A-Z]{1,3}|(?=[A-Za-z]{3,4}$)(?:[a-z]*[A-Z]){2}[A-Za-z]*|Chair(?:man)?|"
                                       r"Vice[- ]?[Cc]hair(?:man)?|Clerk|Deputy.*|.*Councillor", m.group("a"))
                    and not self.NOT_PLACE & set(m.group("a").lower().split())):
                found.append((e + m.start("a"), e + m.end("a"), "AUTHORITY", 2))
        # initials declared after a person's name ("Claire Cann (CC)") stand for that person everywhere
        ents = resolve(found)
        label_at = {(s, e): lab for s, e, lab in ents}
        # ("Claire Cann (CC)", "David Cooper (DCO)", or an attendance table's "Rob Weatherston    RW")
        # (also "Kenny Combe KC", "Michael Cook (SBC) MC", "Helen Laing HL (SBC)": the name's own initials after one space)
        # (a name starts a word: in "PRESENT Kenny Combe  KC" the heading's last letter is no initial "T Kenny Combe")
        declared = (rf"(?<![\w.])(?P<n>{NAME})(?:(?:[ ]*\([A-Z]{{2,5}}\))?(?:[ ]{{2,}}|\t|[ ])(?P<j>[A-Z]{{2,3}})\b"
                    r"(?![ ]*(?:[a-z]|\((?![A-Z]{2,5}\))))|[ ]*\((?P<i>[A-Z]{2,3})\))")
        for m in re.finditer(declared, text):
            span = clean_name(text, m.start("n"), m.end("n"))
            if not span:
                continue
            lab = next((l for (a, b), l in label_at.items() if a <= span[0] < b or span[0] <= a < span[1]), None)
            name = text[span[0]:span[1]]
            letters = re.findall(r"(?<![\w'’])[A-Z]|(?<=['’])[A-Z]", name)
            abbr = m.group("i") or m.group("j")
            surname = name.split()[-1].upper()
            own = bool(letters) and abbr[0] == letters[0] and (
                "".join(letters) == abbr or (len(name.split()) > 1 and surname.startswith(abbr[1:])))
            if not letters or abbr[0] != letters[0] or (abbr[-1] != letters[-1] and not own):
                continue  # "Paul Johnston (LGA)": not this person's initials
            if m.group("j") and not own:
                continue  # a bare column after a name must be the name's own initials
            # (three words and their three initials define a term's or a body's acronym, not a person's: "General
            # Municipal Allocation (GMA)", "Transport Infrastructure Ireland (TII)", "Supplementary Planning Guidance (SPG)")
            acronym = len(name.split()) >= 3 and "".join(letters) == abbr
            if lab is None and own and not acronym and not ORG_WORDS & set(name.lower().split()):
                lab = "COUNCILLOR"  # "Pam Bullas (PB)": a person introduced with initials, by default a member
            if lab not in ("COUNCILLOR", "OFFICER"):
                continue
            found.append((span[0], span[1], lab, 3))
            for k in re.finditer(rf"(?<![\w&.]){abbr}(?![\w&])", text):
                found.append((k.start(), k.end(), lab, 5))
        # a Member of Parliament (or of the Scottish / European Parliament) named in a list is no councillor
        found = [f for f in found if not (f[2] == "COUNCILLOR" and re.match(r",?[ ]+(?:MP|MSP|MEP)\b", text[f[1]:f[1] + 6]))]
        return resolve(found + other_mentions(text, resolve(found)))

    # ---------------------------------------------------------- decisions and actions (tasks: ActionRules)
    def _collective(self, who: str) -> bool:
        """The body as a subject ("Members", "Council", "P.C.", a parish council's initials "WDPC"), not one person."""
        return who.lower().replace(".", "") in self.COLLECTIVE or bool(re.fullmatch(r"[A-Z]{1,4}PC", who))

    def decides(self, unit: str) -> bool:
        """A decision word that is the body's decision: not only a person agreeing to a task, not an agenda line."""
        if self.AGENDA_LINE.match(unit):
            return False
        # (nor a member's notice of a motion or a question for a later meeting, a proposal: R25, spec 3)
        if (self.DEFERRAL.search(unit) or self.DEFERRAL_BARE.search(unit) or self.PROPOSAL.search(unit)
                or self.REPORTED_FACT.search(unit) or self.SENSED_FACT.search(unit) or self.NOTICE.search(unit)):
            return False
        personal = {m.start("w") if m.group("w") else m.start("w2") for m in self.PERSON_AGREED.finditer(unit)
                    if m.group("w2") or not self._collective(m.group("who"))}
        personal |= {m.start("w") for m in self.PERSON_THEN_AGREED.finditer(unit)
                     if not self._collective(m.group("who").split()[-1])}
        personal |= {m.start(g) for m in self.PRIOR.finditer(unit) for g, w in m.groupdict().items() if w}
        personal |= {m.start("w") for r in (self.UNDECIDED, self.IF_DECIDED, self.SOME_MEMBERS, self.OBSERVED,
                                          self.NAMED_THING)
                     for m in r.finditer(unit)}
        # (a resolution's own words state its decision in the present: "That the Budgetary Plan is adopted ...")
        if not RESOLUTION_TEXT.match(unit):
            personal |= {m.start("w") for m in self.PRESENT_PASSIVE.finditer(unit)}
        personal |= {m.start(g) for m in self.REMARK.finditer(unit) for g in ("w", "w2", "w3") if m.group(g)
                     and not (g == "w" and self._collective(m.group("who")))}
        return any(w.start() not in personal for w in self.DECISION_WORDS.finditer(unit))

    @staticmethod
    def _status_cell(text: str, s: int, e: int) -> bool:
        """A bare "Noted"/"Agreed" cell after an item on the same line: the item, not the cell, is the span (R23); a
        planning reply after the application ("... extensions to farmhouse.  Supported.", "Salem    No concerns.") is
        the span alone (R49)."""
        if PLANNING_REPLY.fullmatch(text, s, e):
            return False
        a, _ = line_bounds(text, s)
        # (two plain searches: one pattern "[A-Za-z].*(\t|  )$" backtracks quadratically on a long line)
        before = text[a:s]
        return (len(text[s:e].split()) <= 2 and bool(re.search(r"(?:\t|[ ]{2,})$", before))
                and bool(re.search(r"[A-Za-z]", before)))

    def spans(self, text: str) -> tuple[list[tuple[int, int, float]], list[tuple[int, int, float, list[str]]]]:
        text = single_spaced(text)
        cands = mid_opener_units(text, [(s, e) for s, e in candidate_spans(text) if sentence_level(text, s, e)])
        hints = [m.start() for m in self.DECISION_HINT.finditer(text)]

        def hinted(s: int, e: int) -> bool:
            i = bisect.bisect_left(hints, s)
            return i < len(hints) and hints[i] < e

        # (a report's own text in an agenda pack decides nothing and assigns no task, but under its "Action": R25)
        reports = report_text(text)
        cands = [(s, e) for s, e in cands if not in_report(reports, s, e, action=True)]
        decides = [(s, e) for s, e in cands if hinted(s, e) and not in_report(reports, s, e)
                   and (self.decides(text[s:e])
                        or (self.MOTION_FORMULA.search(text[s:e]) and not self.VOTE_CALLED.search(text[s:e]))
                        or self.PROPOSAL_OF.search(text[s:e]))
                   and not self._status_cell(text, s, e)]
        # (a decision, like a task, runs from its sentence's first word on a wrapped line above: spec 3)
        decides = from_sentence_start(text, unwrapped(text, decides))
        items = {(s, e): lead_in_items(text, s, e) for s, e in decides}
        # a lead-in ("RESOLVED that Council:") is not a span; the items it introduces are (spec 3)
        headed = [i for s, e in cands if self.DECISIONS_HEADING.fullmatch(text, s, e) for i in lead_in_items(text, s, e)]
        listed = shortest_first([i for found in items.values() for i in found] + headed + election_rows(text))
        dec = join_motion_parts(self, text, sorted(listed + [x for x in shortest_first(x for x in decides if not items[x])
                                                             if all(x[1] <= a or x[0] >= b for a, b in listed)]))
        dec = reshape_decisions(self, text, dec, cands)
        acts: dict[tuple[int, int], list[str]] = {}
        for s, e in cands:
            # a task after a semicolon on the same line closes its sentence, which is the span (spec 3: one sentence):
            # "It was reported that the street light was not working; Clerk to inform C.C.C." (or a report's colon)
            if (text[line_bounds(text, s)[0]:s].rstrip().endswith(";") or SEMICOLON_WRAP.search(text, max(0, s - 40), s)
                    or task_after_report_colon(text, s)):
                continue
            asked = asked_question(text, s, e)
            if asked and asked.end() == e:
                continue
            ok, owners = self.action_owners(text, s, e)
            if ok:
                # (an answer's task is the span of its whole sentence, from the question's first word)
                starts = [a for a, b in cands if b == e and line_bounds(text, s)[0] <= a <= asked.start()] if asked else []
                acts[(max(starts, default=s), e)] = owners
        # (a line's task-shaped words taken back to their sentence's start are no task where the whole sentence is none:
        # "I will move at the next Meeting that this Council make a submission to Central \nGovernment to have ...")
        act = [x for x in shortest_first(from_sentence_start(text, unwrapped(text, list(acts)), cands))
               if x in acts or not self.no_task(text[x[0]:x[1]])]
        # an assent or a motion's movers alone given a task by its owner cell ("... a proposal from GD to look at ... This
        # was agreed.     KC/GD", "... did not wish to adopt the kiosks. This was proposed by Cllr. P. Harries, seconded
        # by ... and unanimously agreed.     Clerk") is one span with the sentence that states what was agreed, as its
        # decision ending there is (spec 3: both labels on one span; R51c)
        assented = {e: s for s, e in dec}
        act = [(assented[e] if e in assented and assented[e] < s else s, e) for s, e in act]
        # (a line's unit taken back to its sentence's start keeps the line unit's owners)
        for s, e in act:
            if (s, e) not in acts:
                acts[(s, e)] = min(((s2, o) for (s2, e2), o in acts.items() if e2 == e and s2 > s))[1]
        # a task decided in a motion is one span with its movers and vote, as the decision is (spec 3 and 6: both
        # labels on one span): "It was agreed that the Council would buy a defibrillator. This was proposed by ..."
        # (not over an owner or status cell after a wide gap: "... confirmation.      Noted/Clerk", R14)
        whole = {s: e for s, e in dec}
        act_spans = [(s, e if CELL_GAP.match(text, e) else max(e, whole.get(s, e)), acts[(s, e)]) for s, e in act]
        act_spans += [(s, e, []) for s, e in dec if self.proposed_task(text, s, e)
                      and not any(a < e and s < b for a, b, _ in act_spans)]
        return ([(*in_cell(text, after_run_in_heading(text, s, e), e), 1.0) for s, e in dec],
                [(*in_cell(text, past_colon_label(text, after_run_in_heading(text, s, e), e),
                           without_next_marker(text, s, e)), 1.0, owners)
                 for s, e, owners in act_spans])
