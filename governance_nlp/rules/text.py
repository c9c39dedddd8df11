"""Small text helpers of the rules: cleaning a matched name, resolving overlaps, lines, owners, sentences."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

from ..segmentation import ABBREV, BULLET_CHARS
from .patterns import NOT_NAME, ORG_WORDS


# words of NOT_NAME for places that are also common surnames
PLACE_SURNAMES = {"hall", "road", "lane", "street", "close", "church"}


def clean_name(text: str, s: int, e: int) -> tuple[int, int] | None:
    """Trim a matched name: drop title/stop words at either end, a possessive 's and trailing dots."""
    words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]
    def bare(w: tuple[int, int]) -> str:
        word = text[w[0]:w[1]]
        if re.fullmatch(r"(?:[A-Z]\.)+", word):  # initials ("A.", "J.M.") are part of a name
            return word
        if word == "A" and w[1] < e and re.match(r"[ ]+[A-Z](?:\b|\.|[a-z]+\b(?![ ]+[a-z]))", text[w[1]:e]):
            return word  # an initial before a name ("Mr A M Ridgers", "Cllr A Box"), not the article
        return word.strip(".,;:").lower()
    while words and bare(words[0]) in NOT_NAME:
        words.pop(0)
    # (a place word closing a two-word name is the surname: "* Darren Hall" in a list is no "Darren")
    cut = next((i for i, w in enumerate(words) if bare(w) in NOT_NAME
                and not (i == len(words) - 1 == 1 and bare(w) in PLACE_SURNAMES)), None)
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


def resolve(found: Iterable[tuple[int, int, str, int]]) -> list[tuple[int, int, str]]:
    """Non-overlapping entities: lower priority number first, then longer, then earlier."""
    taken: list[tuple[int, int, str]] = []
    for s, e, lab, _ in sorted(set(found), key=lambda x: (x[3], -(x[1] - x[0]), x[0])):
        if all(e <= a or s >= b for a, b, _ in taken):
            taken.append((s, e, lab))
    return sorted(taken)


# a sentence's end inside a text (a stop and the space after it), a clause's end (also ";" or ":"), and a sentence's or
# a paragraph's end (a blank line)
SENTENCE_END = re.compile(r"[.!?]\s")
CLAUSE_END = re.compile(r"[.!?;:]\s")
SENTENCE_OR_PARAGRAPH_END = re.compile(r"[.!?]\s|\n[ \t\xa0]*\n")
# the council's reply to a planning application, a DECISION of its own (R49)
PLANNING_REPLY = re.compile(r"(?i:supported|not\s+supported|no\s+(?:objections?|observations?|concerns?|comments?)"
                            r"|objections?)\.?")
# a cell after a wide gap or a tab closing its line ("...  boundary.        Clerk")
TRAILING_CELL = re.compile(r"(?:\t|[ ]{3,})\S+[ \t]*$")


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


# an "and" between owners ("Clerk and Chairman"), not inside a council's name ("Limerick City and County Council",
# "Limerick City & County Council": the words before it end in a council's kind without its head)
OWNER_AND = re.compile(r"(?<!City)(?<!County)(?<!Borough)(?<!District)\s+(?:and|&)\s+(?:the\s+)?"
                       r"|(?<=[A-Za-z])\s+(?:and|&)\s+(?:the\s+)?(?!(?:[A-Z][\w'’-]*\s+){0,2}Council\b)")


def split_owners(owners: str) -> list[str]:
    """ "Clerk and Chairman" -> ["Clerk", "Chairman"]; a council named with "and" stays one owner."""
    return [p.strip() for p in OWNER_AND.split(owners) if p.strip()]


OWNER_LINE = re.compile(r"^[ \t]*\**([A-Z][\w.'’ ]{0,40}(?:[/,&][ ]?[A-Z][\w.'’ ]{0,40}){0,4})\**[ \t]*$")


def owner_hint(text: str, end: int, same_line: bool = False) -> list[str]:
    """Owners written after an action (R14): a wide-gap cell on the same line, or (unless ``same_line``) a short next line."""
    _, eol = line_bounds(text, end)
    rest = text[end:eol]
    m = re.match(r"(?:\t|[ ]{3,})[ \t]*(\S.*)$", rest)
    if m:
        # (the owner's cell only, not a "by when" cell after it: "...  DHO      Next Meeting")
        cand = CELL_GAP.split(m.group(1).strip())[0]
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
    parts = [p.strip(" *") for q in re.split(r"/|,", m.group(1)) for p in split_owners(q) if p.strip(" *")]
    parts = [re.sub(r"^(?:Cllr|Councillor|Mr|Mrs|Ms)\.?\s+", "", p) for p in parts]
    return [p for p in parts if p and p.lower() not in {"noted", "all noted", "ongoing", "done", "complete"}]



# ABBREV and CONTINUES end a text ("$") and match at most 8 characters: searching the last TAIL characters
# gives the same answer as searching the whole candidate, without scanning it.
TAIL = 17


def abbreviation_stop(text: str, stop: int, start: int = 0) -> bool:
    """Is the full stop at ``text[stop]`` a title's, an initial's or an abbreviation's ("Cllr.", "H.", "Co."), which
    ends no sentence? Only ``text[start:]`` is read."""
    return ABBREV.search(text, max(start, stop + 1 - TAIL), stop + 1) is not None


# A word no sentence ends on: a preposition, article, conjunction, possessive or auxiliary ("MC agreed to find out if
# \nSBC Legal Department has any record of this.", "work would follow on the bench at \nManordeilo"), nor on the
# article of a name that wraps ("agreed to approach The \nPlough for possible siting ...").
CONTINUES = re.compile(r"\b(?:by|and|of|the|The|to|for|with|from|that|if|whether|a|an|at|into|about|their|his|her|its|"
                       r"our|is|are|was|were|would|will|should|be)$")
# A PDF that double-spaces its lines leaves a blank line inside a sentence: before a lower-case word ("it was agreed
# to\n\nallocate the following:"), or before a capital after a word no sentence ends on ("proposed by Councillor Keary
# and seconded by\n\nCouncillor O'Brien", "at the end of\n\nNovember") or a member's title ("seconded by
# Councillor\n\nO'Donoghue.") or a "that" opening its clause ("It is planned that\n\nMP, FR and JE will hand ..."); not a
# preposition that may close a phrasal verb, since a blank line is a stronger break
# than a wrap ("this would also be looked into\n\nWill you ...").
BLANK_CONTINUES = re.compile(r"\b(?:by|of|the|a|an|and|that|from|their|his|her|its|our|is|are|was|were|would|will|should|be)$")
# Also before an amount or a number that is no list number ("it was agreed to allocate\n\n€500 to ...", "adopted the
# Schedule of Works\n\n2024 for the District.", "held on the\n\n7th June"): a sentence never ends without its stop.
# (a year is no list number, also before its stop: "... report dated 8th July,\n\n2015.")
BLANK_BEFORE_NUMBER = r"(?<=[\w,*])[ \t]*\n[ \t]*\n(?=[ \t]*(?:[€£$]|\d+(?![\d.)])|(?:19|20)\d\d\b))"
# A numbered heading of a paragraph of its own, its number with no stop ("... with respective Office Holders\n\n3 Local
# Productivity Programme\n"): a short Title line with no punctuation, a new item (spec 3), no number inside a sentence.
NUMBERED_HEADING_LINE = re.compile(r"[ \t]*\d{1,2}[ \t]+[A-Z][^\n.!?:;,]{0,60}$", re.M)
# An italic line of a quoted motion closes its mark on each line ("... in conjunction with the*\n\n*HSE, to ...").
# (and before the bracketed letter that tells two members of one surname apart, wrapped after the surname: "seconded
# by Councillor Collins\n\n(M), Standing Orders were suspended ...", "... Sheahan\n\n(J) and seconded by ...")
MEMBER_LETTER_WRAP = r"(?<=[a-z])[ \t]*\n[ \t]*\n(?=[ \t]*\([A-Z]\)(?:[,.;:”\"]|[ ]+[a-z]))"
# (and before a bracket, not a list marker's "(a)", "(ii)", "(3)", that goes on with a full line of prose: "... Section
# 183 of the Local Government Act, 2001\n\n(as amended) and ...", "... the disposal of 0.14 hectares\n\n(0.35 acres) at")
BRACKET_WRAP = r"(?<=[\w,*])[ \t]*\n[ \t]*\n(?=[ \t]*\((?!(?:[a-z]{1,2}|[ivx]{1,5}|\d{1,2})\)))"
# (a lower-case word goes on also after a closing bracket or a hyphen: "... (LPR)\n\nof John Smith, deceased, ...",
# "... to retain a right-\n\nof-way over ...")
DOUBLE_SPACED = re.compile(r"(?<=[\w,*)-])[ \t]*\n[ \t]*\n(?=[ \t]*\*?[a-z])|(?<=[\w.*,-])[ \t]*\n[ \t]*\n(?=[ \t]*\*?[A-Z])|"
                           + BLANK_BEFORE_NUMBER + "|" + MEMBER_LETTER_WRAP + "|" + BRACKET_WRAP)
# A quoted motion's italic marks close and reopen at each wrapped line ("... for the estates near the*\n\n*University
# to tackle ..."): where the line goes on (no blank line left), they are no text of the sentence.
ITALIC_WRAP = re.compile(r"(?<=[\w,])\*([ \t]*\n[ \t]*)\*(?=\w)")
# (also with the member's initials, stop or none: "seconded by Councillor S.\n\nKeary.", "with Councillor E\n\nRyan,
# who raised the issue"; "Cmhlr." is the Irish title)
TITLE_END = re.compile(r"\b(?:Councillors?|Cllrs?|Cmhlr|Mr|Mrs|Ms|Dr)\.?(?:[ ]+[A-Z]\.?){0,2}$")
# the fewest characters of a line that PDF text wraps (a numbered heading is shorter)
WRAP_WIDTH = 80
# A line of running prose wrapped at a PDF line's width that ends on a lower-case word goes on after the blank line,
# also before a capital ("... with regard to parking in\n\nPatrickswell giving rise to ...", "... should be advised
# to contact\n\nCustomer Services and the matter ..."): a heading or a paragraph's last line is shorter or punctuated.
# Only where the whole document is wrapped at a PDF's width (no line longer than WRAP_MAX): minutes that write each
# paragraph as one line leave out full stops between items ("... would look into this point\n\nMotorbikes are ...").
# (or on a comma, or a word hyphenated across the lines: "... seconded by Councillor Hickey-\n\nO'Mara and agreed.")
# (or on a number after a word, a house's or a section's or an Act's year: "... given to disposal of property at
# 6\n\nQuins Cottages ...", "... of the Local Government Act, 2001\n\n(as amended) ..."; or on a possessive: "... the
# disposal of 48, Carey’s\n\nRoad, Limerick, ...")
PROSE_WRAP = re.compile(r"[^\n]*(?:[a-z]{2}\*?|[\w)],|[A-Za-z]-|[a-z],?[ ]\d{1,4}|[a-z][’']s)")
# The same where the full line of prose ends on a body's acronym ("... appointed to the Board of PAUL\n\nPartnership to
# replace ...", "... a briefing session with the PPN\n\nLinkage Group to discuss ..."): an acronym closes no sentence
# without its stop; a heading in capitals has no lower-case word.
ACRONYM_WRAP = re.compile(r"[^\n]*[a-z]{3}[^\n]*[ (][A-Z]{2,}\*?")
WRAP_MAX = 110
# (one line in this many may be longer: a footnote or a table's row in a long PDF, "* Note: Part 8 drawings were ...")
WRAP_MAX_SHARE = 100


# A PDF's proportional font wraps a line of prose well short of its widest line ("... make a submission to Central
# \n\nGovernment to have funding provided ...", 76 characters where the widest line has 92): in a document wrapped
# narrower than usual, a line this share of its usual full width (the 90th percentile of its line lengths) is full too.
WRAP_SHARE = 0.75


# a line break of the PDF's text: also one that single_spaced() joined (WRAP_GOES_ON), as the PDF's lines are measured
PDF_LINE_BREAK = re.compile(r"\n|[ ]\xa0+")


@lru_cache(maxsize=8)
def wrap_width(text: str) -> int:
    """The fewest characters of a wrapped line of prose in this document: WRAP_WIDTH, or less in a narrow one."""
    lengths = sorted(len(line.strip()) for line in PDF_LINE_BREAK.split(text) if line.strip())
    return min(WRAP_WIDTH, int(WRAP_SHARE * lengths[len(lengths) * 9 // 10])) if lengths else WRAP_WIDTH


@lru_cache(maxsize=8)
def wrapped_document(text: str) -> bool:
    """Is the document's text wrapped at a PDF line's width (no line longer than WRAP_MAX, but for a footnote or a
    table's row: one line in a hundred)?"""
    lengths = [len(line.strip()) for line in PDF_LINE_BREAK.split(text) if line.strip()]
    return sum(n > WRAP_MAX for n in lengths) <= len(lengths) // WRAP_MAX_SHARE


# a minutes' table heading with an action column ("ITEMS            Action", "Items   ACTION"): each line's owner is
# named in that column (R51c)
ACTION_COLUMN_HEADING = re.compile(r"(?im)^[ \t]*Items[ \t]+Actions?[ \t]*$")


@lru_cache(maxsize=8)
def action_column(text: str) -> bool:
    """Does the document lay its items out beside an owner column headed "Action" (R51c)?"""
    return ACTION_COLUMN_HEADING.search(text) is not None


# A blank line joined before a capital that opens no sentence leaves no line break at all ("... the work of Approved
# \n\nHousing Bodies and ...", "... seconded by Councillor\n\nO'Donoghue."): a line's end would let a unit end there,
# cut off mid-sentence. Non-breaking spaces fill it (no wide gap that reads as a table cell). A pronoun or article may
# open a sentence the clerk left without its stop ("... seconded by Councillor Daly\n\nIn proposing the motion ..."):
# the line break stays; a member's title or "Members" opens the rest of a sentence as often ("... it was agreed
# \n\nCouncillor O'Brien be elected ...").
# the words that open a sentence of their own (a pronoun, an article, a possessive: SENTENCE_OPENER adds members; a
# cause, "Due to", opens one after a line the clerk left without its stop: "... has been very helpful \nDue to current
# restrictions, the seat has still to be painted")
OPENER_WORDS = r"The|It|Apologies|There|This|All|In|A|An|He|She|They|We|His|Her|Their|Following|After|Due(?=[ ]+to\b)"
WRAP_GOES_ON = re.compile(rf"[ \t]*\*?(?!(?:{OPENER_WORDS}|No(?!\.))\b)[A-Z]")
# (after a line of a PDF's full width only, at least this long: a heading is shorter ("Note of decisions taken and
# actions required\n\nMembers agreed ..."), and not after a status word's cell (STATUS_WORD_END: "... letter.
# Carried\n\nNext item"))
WRAP_GOES_ON_LINE = 60
# a capitalised word and a comma opening a line: the end of a name wrapped from the line before ("Buckingham \nPalace,")
NAME_WRAPPED = re.compile(r"[A-Z][\w'’-]*,")
# a line's last word capitalised (a name's word, "... from the Village Hall")
CAPITAL_WORD_END = re.compile(r"\b[A-Z][\w'’-]*$")
# up to three capitalised words opening a line, the last one captured (an organisation's head word: "Lights Group")
ORG_NAME_START = re.compile(r"(?:[A-Z][a-z]+[ ]+){0,2}([A-Z][a-z]+)\b")


def single_spaced(text: str) -> str:
    """The text with each blank line inside a double-spaced sentence (DOUBLE_SPACED) made a plain line break, for the
    rules' units only (spaces replace the removed break, every offset is kept)."""
    wrapped = wrapped_document(text)

    def join(m: re.Match[str]) -> str:
        before = text[max(0, m.start() - TAIL):m.start()].rstrip("*")
        line = text[line_bounds(text, m.start())[0]:m.start()]
        if NUMBERED_HEADING_LINE.match(text, m.end()) and not BLANK_CONTINUES.search(before):
            return m.group()
        continues = BLANK_CONTINUES.search(before) or TITLE_END.search(before)
        wraps = wrapped and len(line.strip()) >= wrap_width(text) and (PROSE_WRAP.fullmatch(line)
                                                                        or ACRONYM_WRAP.fullmatch(line.rstrip()))
        # (a capital, or a bracket other than a member's letter, goes on only after a line that continues or wraps)
        if re.match(r"[ \t]*\*?[A-Z]|[ \t]*\((?![A-Z]\))", text[m.end():m.end() + 20]) and not (continues or wraps):
            return m.group()
        if WRAP_GOES_ON.match(text, m.end()) and (continues or (len(line.strip()) >= WRAP_GOES_ON_LINE
                                                                and not STATUS_WORD_END.search(line))):
            return " " + "\xa0" * (len(m.group()) - 1)
        return " " * (len(m.group()) - 1) + "\n"
    return ITALIC_WRAP.sub(lambda m: f" {m.group(1)} ", DOUBLE_SPACED.sub(join, text))


# A bullet after a unit on its line opens the next item ("... and keep clear, lorries etc. • Public Right of Way booklet
# ..."): the unit ends there, even after an abbreviation (spec 3: one list item).
NEXT_BULLET = re.compile(rf"[ \t\xa0]*[{BULLET_CHARS}]")
# a line with a number alone: the page number that PDF text leaves inside the minutes ("And Resolved:\n3\n\n“That, the
# approval of the Council be and is hereby given to ...”"), no part of a sentence or an item
PAGE_NUMBER_LINE = re.compile(r"[ \t]*\d{1,3}[ \t]*(?=\n|$)")
# A lower-case list marker on the next line starts a new item ("b)", "xviii)", a doubled "ii))"), not a wrapped line;
# a short word closing the sentence is none ("Cllr. J. Davies would follow \nup.", "would be identified \nsoon.").
NEXT_ITEM = re.compile(r"\(?(?:[a-z]|[ivx]{1,7})[.)]+")
# An owner's initials: one person's, or several joined by "/", "," or "&" ("GD", "JB/KS", "AB & CD").
INITIALS_LIST = r"[A-Z]{2,3}(?:[ ]*[/,&][ ]*[A-Z]{2,3})*"
# An owner's initials alone after a sentence, closing its line ("It was agreed to enquire about costs etc. IK"): the
# sentence ends before them, even after an abbreviation (spec 6: a trailing owner with initials).
OWNER_INITIALS = re.compile(rf"[ ]+{INITIALS_LIST}[ \t]*(?:\n|$)")
# A sentence's last word or two wrapped onto the next line ("... on 3 December \n2020.", "... for Milburn Parish
# \nCouncil."): the line before does not end there. A status word is a cell of its own ("Clerk to write\nDone.").
STATUS_WORD = re.compile(r"(?:Noted|Done|Agreed|Ongoing|Completed?|Actioned|Closed|Carried|Approved|Resolved|All|None|Nil|"
                         r"Yes|No)\b")
# a status word closing its line as a cell of its own, after a stop or a wide gap ("... a letter. Carried")
STATUS_WORD_END = re.compile(rf"(?:^|[.!?;:][ ]+|\t|[ ]{{2,}}){STATUS_WORD.pattern}\*?[ \t]*$")
WRAPPED_END = re.compile(rf"[ \t]*\n[ \t]*(?!{STATUS_WORD.pattern})[\w’'£&/-]+(?:[ ]+[\w’'£&/-]+){{0,2}}[.!?](?=\s|$)")
# a line that opens a numbered or lettered list item: "vi) ", "4.13i) ", "3. ", "(b) "
ITEM_START = re.compile(r"[ \t]*\(?(?:\d{1,3}(?:\.\d{1,3})*[a-z]{0,4}|[ivx]{1,6}|[a-z])[.)]+[ \t]+\S")
# a list number alone, cut off from its heading by its own full stop ("7." of "7. AOB"): no sentence (spec 1: a span never
# holds a list number), whatever follows it on the line
BARE_LIST_NUMBER = re.compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxIVX]{1,6}|[a-zA-Z])[.)]+")
# A tab or a wide gap on the same line: a table cell (an owner column) follows, the sentence does not go on there
# ("Clerk to inform C.C.C.            Clerk").
CELL_GAP = re.compile(r"[ ]*\t|[ ]{3,}(?=\S)")
# A short heading opening the line (after a bullet or number) and a spaced dash: the sentence after it is the item
# ("\uf0b7 Defibrillator – GD would make a further attempt ..."), where it reads as a sentence (a subject, then a
# lower-case word) and not as more of a title ("Local Democracy ... - Electoral Reviews, Policy and Practice"); a
# heading may open with a number after its bullet ("\uf0b7 100 Year Commemoration of the End of WW1 – KC was ..."); an en
# or em dash may lack its space before ("... on email. BCKLWN Street Naming Team– There was ...").
LINE_HEADING = re.compile(rf"[ \t]*(?:[{BULLET_CHARS}*]+|\(?[0-9ivxIVX]{{1,6}}(?:\.[0-9]{{1,3}})*[.)]?|\(?[a-zA-Z][.)])?[ \t]*"
                          r"(?:\d+[ ]+)?[A-Z](?:(?![ ]?[-–—][ ])[^.!?;:\n]){0,60}?(?:[ ]+[-–—]|(?<=[a-z])[–—])[ ]+")
# a topic and its sub-topic, each with its dash, before a sentence opener: "r) Hedge - Bridge Road - The Clerk had
# written to the owner ..." (R20: the topic labels are outside the span; not before a fragment: "Acacia Waste, Landfill
# Site - Mr White declared an interest - Previously circulated ... - no objection." is one item)
SUB_HEADING = re.compile(LINE_HEADING.pattern + r"[A-Z](?:(?![ ][-–—][ ])[^.!?;:\n]){0,40}?[ ]+[-–—][ ]+")
# a numbered minute's heading, however long, and its spaced dash before the minute's first sentence on the same line
# ("293/19 Receive items of concern & matters to be included on the next agenda ... and note forward items - The Clerk
# agreed to contact the developer ..."): a sentence opener there starts a sentence (spec 3)
MINUTE_HEADING_DASH = re.compile(r"[ \t]*\d{1,3}/\d{2,4}[ \t]+[A-Z][^.!?;:\n]{0,200}?[ ]+[-–—][ ]+")
# A body's dotted initials ("C.C.C.", "N.C.C.") end a sentence before an opener word ("... by C.C.C. Following ..."),
# where a person's single initial ("Cllr. A. Davies") does not.
INITIALISM_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
# A spaced dash after a full stop or semicolon opens an inline list item ("... as they did before. - Cllr Lintern
# agreed to contact ..."); after a question it goes on with the answer ("Are the dipwells still necessary? – Council to")
INLINE_DASH_ITEM = re.compile(r"[.;][ \t]+[-–—][ \t]+$")
# a spaced dash after an item's statement, a member or the Clerk then the subject of what follows: a sentence of its
# own ("Bench on The Common is covered with nettles - Cllr Nicholas-Letch offered to cut these back.")
# (not a mover's dash: "Proposed - Cllr Precey Seconded - Cllr Mann")
DASH_BEFORE = re.compile(r"(?<!\b[Pp]roposed)(?<!\b[Ss]econded)(?<!\b[Mm]oved)(?<!\bby)(?<=[a-z0-9)])[ \t]+[-–—][ \t]+$")
MEMBER_SUBJECT = re.compile(r"(?:Cllrs?\.?|Councillors?|(?:The[ ]+)?(?:Parish[ ]+)?Clerk)[ ]+")
# (a sub-item's number may carry a capital letter: "4.5A Mrs Jones had confirmed ...", "4.6A) The Clerk ...")
SENT_START_PREFIX = re.compile(r"[ \t]*(?:\(?[0-9ivxIVX]{1,6}(?:\.[0-9]{1,3})*[A-Z]?[.)]?|\(?[a-zA-Z][.)]|[•◦▪*\-–—>]+)?[ \t]*")

# A minute printed on one line with its heading ("03/19 Minutes of the Ordinary Meeting on 5 December 2018 The Parish
# Council approved ..."): a sentence starts after a numbered Title-Case heading, at a word that opens sentences (an
# agenda title may close on "if any": "283/19 To Discuss Ownership of Footpath 17 and Approve Related Costs, if any Cllr
# ... agreed to ...").
INLINE_HEADING = re.compile(r"(?:^|[.!?]\s+)\d{1,3}(?:[./]\d{1,3})*\.?[ \t]+(?:(?:[A-Z0-9][\w'’/&:,-]*|of|the|and|to|for|on|"
                            r"in|at|a|an|with|from|by|or|&|if|any)[ \t]+){2,15}$")
# (a possessive opens a sentence as a pronoun does: "... entrances. Planning Queries by Cllr Kit Hesketh Harvey – His
# queries raised at the November meeting were emailed to Planning ...")
SENTENCE_OPENER = re.compile(rf"(?:{OPENER_WORDS}|Cllrs?|Councillors?|Members|No)\b")
# a sentence opener at the start of a line (a heading line before it ends there)
OPENER_AFTER_BREAK = re.compile(rf"\n[ \t\xa0]*(?:{SENTENCE_OPENER.pattern})")
# after a line's heading and dash, a sentence opener or a capitalised subject (with its body in brackets: "\uf0b7 School
# Capacity – SBC (Education) is a statutory consultee ...") and a lower-case word, not an owner's "to" and task, a
# fragment whose item is the span with its topic ("g) Loose Kerb Mill Drive - Highways to relay this kerb", R20)
# (or a person by title and name, a body in brackets, then a verb that opens a report: "\uf0b7 Stop Look and Listen -
# Mr Haldane (SBC) was aware of ..."; not a fragment: "Landfill Site - Mr White declared an interest - no objection.")
HEADED_START = re.compile(rf"{SENTENCE_OPENER.pattern}|(?![A-Z][\w'’.&]*[ ]+to[ ]+[a-z])[A-Z][\w'’.&]*(?:[ ]+\([^()\n]{{1,30}}\))?[ ]+[a-z]|(?:Mr|Mrs|Ms|Miss|Dr)\.?(?:[ ]+[A-Z][\w'’-]*)"
                          r"{1,3}(?:[ ]+\([^()\n]{1,30}\))?[ ]+(?:was|were|had|has|is|would|will|said|reported|advised|"
                          r"agreed|confirmed|stated|explained)\b")

# a member's initials as a sentence's subject, then a verb that reports what was said or done ("15. Open Forum PK asked
# Cllr Long for assistance ..."): a sentence opener after a numbered heading run on, as "The" is
INITIALS_SUBJECT = re.compile(r"[A-Z]{2,3}[ ]+(?:asked|agreed|reported|said|confirmed|explained|stated|advised|offered|"
                              r"suggested|requested)\b")


# a sentence's end before a heading run on in a flattened paragraph ("... bank accounts. 2. British Sugar - The Parish
# Clerk reported ...", "... entrances. Indigo Road Streetlights – The Clerk continued ...")
HEADING_AFTER_STOP = re.compile(r"[.!?][ \t]+(?=\S)")


def heading_after_stop(prefix: str) -> bool:
    """Does ``prefix`` (a line's text before a word) end in a short heading and its dash after a sentence's end?"""
    return any(LINE_HEADING.fullmatch(prefix, k.end())
               for k in HEADING_AFTER_STOP.finditer(prefix, max(0, len(prefix) - 90)))


def sentence_level(text: str, s: int, e: int) -> bool:
    """Does [s, e) look like a whole sentence or list item (not a fragment of a wrapped sentence)?"""
    if text[s].islower() or BARE_LIST_NUMBER.fullmatch(text, s, e):
        return False
    a, _ = line_bounds(text, s)
    prefix = text[a:s]
    if prefix.strip():
        # (also inside a closing bracket: "... County Council (C.C.C.) Highways Department advised ...")
        last = prefix.rstrip().removesuffix(")")[-TAIL:]
        if ABBREV.search(last) and not (INITIALISM_END.search(last) and SENTENCE_OPENER.match(text, s)):
            return False
        ok = (SENT_START_PREFIX.fullmatch(prefix) is not None
              # (after a bullet, inline "... them; • The Clerk ..." or a PDF's Symbol-font one: a new item)
              or prefix.rstrip()[-1] in ".!?;:)]\"'”’*" + BULLET_CHARS
              or INLINE_DASH_ITEM.search(prefix) is not None
              or (MEMBER_SUBJECT.match(text, s) is not None and DASH_BEFORE.search(prefix) is not None)
              or (LINE_HEADING.fullmatch(prefix) is not None and HEADED_START.match(text, s) is not None)
              or (MINUTE_HEADING_DASH.fullmatch(prefix) is not None and SENTENCE_OPENER.match(text, s) is not None)
              or (SUB_HEADING.fullmatch(prefix) is not None and SENTENCE_OPENER.match(text, s) is not None)
              or (SENTENCE_OPENER.match(text, s) is not None and heading_after_stop(prefix))
              or re.search(r"(?:\t|[ ]{2,})$", prefix) is not None
              or re.search(r"</?\w+[^<>]*>\s*$", prefix) is not None
              or ((SENTENCE_OPENER.match(text, s) or INITIALS_SUBJECT.match(text, s)) is not None
                  and INLINE_HEADING.search(prefix[-200:]) is not None))
        if not ok:
            return False
    elif a:  # at a line start: not when the line before, in the same paragraph, breaks off mid-phrase
        whole_prev = text[max(0, a - 400):a - 1].rsplit("\n", 1)[-1]
        prev_line = whole_prev.rstrip()[-TAIL:]
        if prev_line and (ABBREV.search(prev_line) or CONTINUES.search(prev_line)
                          or (prev_line.endswith(",") and len(whole_prev.strip()) >= wrap_width(text))):
            return False
        # (a full-width line ending on a comma wraps its sentence: "An invoice had been received for translating the
        # October, \nNovember and December minutes: Clerk to arrange payment."; a short one is a list's line:
        # "Clerks & Councils Direct Jan 18,  \nDyslexia Project donation request, ...")
        # nor when the line before opens a numbered list item, runs to the full width of a wrapped line (a heading is
        # short) and no punctuation or cell gap ends it, unless a sentence opener starts this line: the item wraps
        # ("vi) One Voice Wales, information including ... – a Welsh \nGovernment digital inclusion project.   Noted")
        if (ITEM_START.match(whole_prev) and not SENTENCE_OPENER.match(text, s)
                and whole_prev.rstrip()[-1:].isalnum() and len(whole_prev.strip()) >= WRAP_WIDTH
                and not TRAILING_CELL.search(whole_prev)):
            return False
        # nor, in a document wrapped at a PDF's width, after a full-width line of prose that breaks off on a lower-case
        # word, unless a sentence opener starts this line ("... in the hope a Deel River\nTrust would also be set up
        # ...", "... and to everyone who visits\nLimerick to have a clear vision ...": a capitalised word, no subject)
        if (wrapped_document(text) and not SENTENCE_OPENER.match(text, s) and len(whole_prev.strip()) >= WRAP_WIDTH
                and PROSE_WRAP.fullmatch(whole_prev.rstrip())):
            return False
        # nor where a long line of prose breaks off on a word and this line opens on a capitalised word and a comma: a
        # name wrapped across the lines ("... regarding the Royal Garden Party at Buckingham \nPalace, Councillors
        # requested ..."), no sentence's start
        # (or on an organisation's name running to its head word after a capitalised word: "... welcomed Mr A Wood from
        # the Village Hall \nCommittee to discuss ...", "... on behalf of the Christmas\nLights Group to listen ...")
        head = ORG_NAME_START.match(text, s)
        if ((NAME_WRAPPED.match(text, s) and whole_prev.rstrip()[-1:].isalpha()
             or head and head.group(1).lower() in ORG_WORDS and CAPITAL_WORD_END.search(whole_prev.rstrip()))
                and len(whole_prev.strip()) >= WRAP_GOES_ON_LINE):
            return False
    last = line_bounds(text, e - 1)[0]
    if last > s and PAGE_NUMBER_LINE.fullmatch(text, last, e):
        return False  # (a unit that takes in a page number after its line is none)
    nxt = re.match(r"(\s*)(\S+)", text[e:e + 50])
    if (nxt and nxt.group(2)[0].islower() and text[e - 1] not in ".!?;" and nxt.group(1).count("\n") < 2
            and not NEXT_ITEM.fullmatch(nxt.group(2))):
        return False  # the sentence runs on into lower-case text (a wrapped line), unless a list item follows
    # (also after a comma: "... outside All Small Engines, \nManordeilo SA19 7BG.")
    if (text[e - 1].isalnum() or text[e - 1] == ",") and WRAPPED_END.match(text, e):
        return False  # the sentence ends on the next line
    tail = text[max(s, e - TAIL):e]
    if (nxt and nxt.group(1).count("\n") < 2 and not CELL_GAP.match(text, e) and not OWNER_INITIALS.match(text, e)
            and not NEXT_BULLET.match(text, e) and (ABBREV.search(tail) or CONTINUES.search(tail))):
        return False  # "... seconded by Cllr." / "... seconded by" wrapped before the name: the sentence goes on
    return True


def sentence_before(text: str, pos: int, cands: Iterable[tuple[int, int]]) -> int | None:
    """The start of the whole sentence that ends just before ``pos`` in its paragraph (no blank line between), from
    the sentence-level candidates ``cands``; None where there is none."""
    end = len(text[:pos].rstrip())
    if not end or text[end - 1] not in ".!?" or text[end:pos].count("\n") > 1:
        return None
    # (no stop inside, and no heading line before it: "Christmas Lights \nThere was discussion ...")
    starts = [a for a, b in cands if b == end and a < b and not SENTENCE_OR_PARAGRAPH_END.search(text[a:b - 1])
              and not OPENER_AFTER_BREAK.search(text, a, b)]
    return min(starts, default=None)


# a status cell closing a line ("...  boundary.                Noted"): the item's outcome in a right-hand column (R23)
STATUS_CELL_END = re.compile(r"(?:\t|[ ]{2,})[ \t]*(?:Noted|Agreed|Approved)[ \t]*$")


def item_start(text: str, s: int, lines: int = 4) -> int | None:
    """The first word of the numbered or lettered list item ("x) ", "12i) ") that [s, ...) lies in, up to ``lines``
    lines above; None where a blank line, another item's status cell or no item marker comes first."""
    a, _ = line_bounds(text, s)
    for _ in range(lines):
        m = ITEM_START.match(text, a)
        line = text[a:line_bounds(text, a)[1]].rstrip()
        # (a numbered heading above is none: "5. BUDGET REVIEW \nThe Council budget ... was discussed.     Noted"; an
        # item's line above ends a sentence or runs to a wrapped line's width)
        if m and a + len(m.group()) - 1 <= s and (a == line_bounds(text, s)[0] or line.endswith((".", "!", "?"))
                                                   or len(line) >= WRAP_WIDTH):
            return a + len(m.group()) - 1
        if not a:
            return None
        pa, pe = line_bounds(text, a - 1)
        prev = text[pa:pe]
        if not prev.strip() or STATUS_CELL_END.search(prev) or TRAILING_CELL.search(prev):
            return None
        a = pa
    return None


# the cell borders of a Markdown table row around a span: "| \xa0 | Minutes ... agreed. | DHO | 2/8/13 |"
CELL_OPEN = re.compile(r"(?:\|[ \t\xa0]*)+")
CELL_CLOSE = re.compile(r"[ \t\xa0]*\|")


def in_cell(text: str, s: int, e: int) -> tuple[int, int]:
    """[s, e) without a table row's borders and the cells after its own (an owner, a date): the cell's text is the
    span (spec 3: a table-cell line)."""
    m = CELL_OPEN.match(text, s, e)
    a = m.end() if m else s
    close = CELL_CLOSE.search(text, a, e)
    b = close.start() if close else e
    return (a, b) if b > a else (s, e)


# a sentence's opener run on after a heading with no stop, in flattened minutes ("iii. Finance It was agreed that ...",
# "2. Apologies Cllr Mrs S Lintem - Work Commitment The apologies were accepted.", "... matters arising (Clerks
# report) There was one minor amendment ...", "01/19 Apologies for absence Apologies were received and accepted
# from ...", "... King's Lynn PE33 9SU The Parish Council had no comments ..."): a capital "It" or "There", "The ...
# were <outcome>", "Apologies were <outcome>" or the body as subject before its verb, after a word on the same line,
# opens the sentence
MID_OPENER = re.compile(r"(?<=[A-Za-z0-9)][ \xa0])(?:(?:It|There)[ ]+(?:was|is|has|had)|"
                        r"(?:The[ ]+(?:[a-z]+[ ]+){0,2}?|Apologies[ ]+)"
                        r"(?:was|were)[ ]+(?:accepted|approved|agreed|adopted|received|noted|signed)"
                        r"|The[ ]+(?:(?:Parish|Town|Community)[ ]+)?(?:Council|Committee|Board)[ ]+(?:had|has|agreed|"
                        r"resolved|decided|approved|supported|objected|noted|were|was))\b")


def mid_opener_units(text: str, cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cands`` with, for each, its part from a sentence opener run on after a heading with no stop (MID_OPENER):
    flattened minutes give no unit that starts there ("213/20 Cllr X and Cllr Y, if in attendance It was agreed to
    move this item up on the agenda ...")."""
    found = set(cands)
    return cands + sorted({(m.start(), e) for s, e in cands for m in MID_OPENER.finditer(text, s + 1, e)} - found)


def shortest_first(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Non-overlapping subset, shortest spans first (ties: earlier first)."""
    taken: list[tuple[int, int]] = []
    for s, e in sorted(set(spans), key=lambda x: (x[1] - x[0], x[0])):
        if all(e <= a or s >= b for a, b in taken):
            taken.append((s, e))
    return sorted(taken)

# a report closed by a colon, then the task it calls for ("It was reported that Footway light 821/23 in Salem was not
# working: Clerk to report to C.C.C.", "An invoice had been received ...: Clerk to arrange payment."): the task ends
# the reporting sentence, which is the span (spec 3: one sentence), as after a semicolon; a heading or lead-in colon
# ("Actions:", "The Board agreed that:") has no report verb before it
REPORT_BEFORE_COLON = re.compile(r"\b(?:was|were|had|has|have|is|are|been|be)\b(?:(?!\n[ \t\xa0]*\n)[^:.!?])*:[ \t\xa0]*$")
OWNER_TO = re.compile(r"(?:the[ ]+|The[ ]+)?(?:Parish[ ]+)?(?:Clerk|[A-Z]{2,3})[ ]+to[ ]+[a-z]")


def task_after_report_colon(text: str, s: int) -> bool:
    """Does the candidate at ``s`` open with an owner's task ("Clerk to ...") after a report's colon on its line?"""
    # (the report may wrap onto this line: "An invoice had also been received for translating the October, \nNovember
    # and December minutes: Clerk to arrange payment.")
    return OWNER_TO.match(text, s) is not None and REPORT_BEFORE_COLON.search(text, max(0, s - 300), s) is not None
