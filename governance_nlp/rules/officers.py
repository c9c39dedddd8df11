"""OFFICER: the names the rules take for officers (clerks, police, council and partner staff), with priorities.

Spec 2: a named person who is not an elected member and appears in a staff, advisory or presenting role.
Each pattern's ``n`` group is the name; the priority (lower wins) settles a clash with another rule's label
in :func:`governance_nlp.rules.text.resolve` (an attendance list's COUNCILLOR is 4).
"""
from __future__ import annotations

import re
from typing import Iterator

from .patterns import HONORIFIC, INITIALS, NAME, NAME_WORD, NOT_NAME, ORG_WORDS, PREFIX

# The head word of a paid role (a council's or partner's staff), never an elected member's role.
STAFF_ROLE = (r"Chief\s+Executive|Director|Head\s+of|Manager|Officer|Adviser|Advisor|Consultant|Engineer|Planner|"
              r"Co-?ordinator|Lead|Commissioner|Counsel|Solicitor|Accountant|Nurse|Assistant|Headteacher|Warden")
STAFF_ROLE_WORD = re.compile(STAFF_ROLE)
# a staff role or police rank in an attendance list, where a name is expected: "Apologies: Chief Executive (Mr. C.
# Murray)", "Inspector P. Byrnes", "Ms Jacqueline Murfitt (Environmental Protection Officer, ...)": the words
# are the role's, or run on into it
ROLE_NAMED = re.compile(rf"\b(?:{STAFF_ROLE}|Inspector|Sergeant|Superintendent|Constable)\b")
ROLE_NEXT = re.compile(rf"[ ]+(?:{STAFF_ROLE})\b")


def is_role(text: str, s: int, e: int) -> bool:
    """Are the words [s, e), where an attendance list has a name, a staff role or police rank (or its first words)?"""
    return bool(ROLE_NAMED.search(text, s, e) or ROLE_NEXT.match(text, e))

# A role as prose writes it, in lower case (or a police title), never an elected member's; not "contractor",
# who only does work (R19).
PROSE_ROLE = r"PCSO|Police[ ]+Community[ ]+Support[ ]+Officer|consultant|surveyor|specialist|engineer|handyman"

# "Survey on Rural Transport, Clerk to forward", "Lynn Road, the Clerk had obtained": the clerk acts in a new
# clause (a task, a report), so the words before the comma are a topic, not the clerk's name.
CLERK_NOT_ROLE = r"(?![ ]+(?:to[ ]+[a-z]|(?:had|has|was|would|will|is)\b))"

# a single word alone in brackets ("(Corporate)", "(Regeneration)") names a department, not a person
DEPARTMENT_NOT = r"(?![A-Z][\w'’-]*\s*\))"

# (pattern, priority): clerk, police, contact officer, national-body staff, "Name, <Role>", "Name (<Role>)"
OFFICER_PATTERNS: list[tuple[re.Pattern[str], int]] = [(re.compile(p), prio) for p, prio in [
    (rf"\b(?:Parish[ ]+|Town[ ]+)?Clerk(?:[ ]+to[ ]+the[ ]+Council)?[ ]*[:\-–][ ]*{HONORIFIC}?(?P<n>{NAME})", 0),
    (rf"(?:{HONORIFIC})?(?P<n>{NAME}),?[ ]*\((?:Parish[ ]+|Town[ ]+)?Clerk\b", 0),
    # the clerk's row of an attendance table: "Dave Horkan (DHO)      Clerk", "Jane Smith – Parish Clerk"
    (rf"(?m)^[ \t]*(?:{HONORIFIC})?(?P<n>{NAME})(?:[ ]*\([A-Z]{{2,4}}\))?(?:[ \xa0]*\t[ \t\xa0]*|[ \xa0]{{2,}}|[ ]+[-–][ ]+)"
     r"(?:Parish[ ]+|Town[ ]+)?Clerk\b(?![ ](?:(?:Mrs|Mr|Ms|Miss)\.?[ ]+)?[A-Z])", 0),  # not "P Moran   Clerk J Connelly"
    # "Mrs J. Davies, Clerk's Salary", "J. Cowieson Clerk to Parish Council"
    (rf"(?:{HONORIFIC})?(?P<n>{NAME})(?:,[ ]*Clerk['’]s\b|[ ]+Clerk[ ]+to[ ]+(?:the[ ]+)?(?:Parish[ ]+)?Council)", 0),
    # (a bare "PC" after "the" is the parish council: "The PC Budget is currently forecasting ...")
    (rf"\b(?:PCSO|P\.C\.S\.O|(?<![Tt]he[ ])PC|P\.C\.|CPO|Police Constable|Sgt|Sergeant|Insp|Inspector|Superintendent|Chief Constable)\.?[ ]+"
     rf"(?P<n>{NAME})", 0),
    # an Irish police officer by the rank "Garda" and a first name and surname, the name ending there: "Garda Yvonne
    # Norris in Galbally" (spec 2: police officers named with rank); not the force ("Garda Síochána") nor a thing of
    # the force, after an article or "of"/"on" ("the Garda Traffic Corps", "number of Garda Text Alerts", "Update on
    # Garda Operating Model")
    (rf"(?<![Tt]he[ ])(?<!the\n)(?<!of[ ])(?<!on[ ])(?<!other[ ])(?<!new[ ])\bGarda[ ]+(?!S[ií]och[aá]na\b|Commissioner\b)"
     rf"(?P<n>{NAME_WORD}[ ]{NAME_WORD})(?![\w'’])(?![ ]*\n?[ ]*[A-Z])", 3),
    # a council's staff: "Douglas Mallin of SBC", "Mr Jim Ellis attended from Glasgow City Council",
    # "Martin Edmunds from Highways", "N. Tupper of the N.C.C."; initials that qualify a noun or are possessive or
    # plural name no body ("Refurbishment Costs of WI Bench", "Invite Directors of the LG Improvement ...",
    # "Carms Federation of Y.F.C.'s"); two names joined by "and" are both the body's ("J. Eastgate and N. Tupper of
    # the Norfolk County Council": the body is looked ahead to, so the second name is matched in its turn)
    (rf"(?:{HONORIFIC})?(?P<n>(?:{INITIALS}|{NAME_WORD}[ ]){NAME_WORD})(?=(?:[ ]+and[ ]+(?:{HONORIFIC})?"
     rf"(?:{INITIALS}|{NAME_WORD}[ ]){NAME_WORD})?[ ]+(?:attended[ ]+)?(?:of|from)[ ]+(?:the[ ]+)?"
     r"(?:(?:[A-Z]{2,5}\b|(?:[A-Z]\.){2,4}(?![A-Z]))(?![ ]+[A-Z]|['’]?s\b)|Highways\b|(?:[A-Z][a-z]+[ ]+){1,3}(?:City|County|Borough|District)[ ]+Council))", 3),
    # a payee whose payment is a clerk's salary or a handyman's pay (R19: council staff), at the start of a
    # payments row or after its number: "J H Todd    £838.00  Clerks Wages", "72.80 Jean Markwell 101593 Salary",
    # "R Poole 101189 £148.73 £0.00 £148.73 Handyman Oct pay"
    (rf"(?m)(?:^[ \t]*|[\d)][ \t]+)(?:{HONORIFIC})?(?P<n>(?:{INITIALS}|{NAME_WORD}[ ]){NAME_WORD})[ \t,]+"
     r"(?:[£\d][\d.,£]*[ \t]+){0,4}(?:Clerk['’]?s[ ]+)?(?:[Ss]alary|[Ww]ages|[Hh]andyman)\b", 3),
    # "Clerk J Connelly" closing an attendance line
    (rf"(?m)\b(?:Parish[ ]+|Town[ ]+)?Clerk[ \t]+{HONORIFIC}?(?P<n>{NAME})(?=[ \t]*(?:$|[,;(])|[ \t]{{2,}}|[ ]\d)", 0),
    (rf"\bContact [Oo]fficer[ ]*:?\s*(?P<n>{NAME})", 0),
    # the clerk's appointment, named after it: "a new Clerk & Treasurer was appointed, Mr David Horkan"
    (rf"\bClerk\b[^.\n]{{0,30}}\bappointed,?[ ]+(?:as[ ]+)?{HONORIFIC}?(?P<n>{NAME})", 2),
    # a department or force after the name: "John Eastgate, N.C.C. Highways", "Peter Riches, Norfolk Constabulary",
    # "Andy Wallace (Highways)", "Mr Stephen Bett Chairman Norfolk Police Authority" (R18)
    (rf"(?:{HONORIFIC})?(?P<n>{NAME_WORD}[ ]{NAME_WORD})(?:,[ ]+(?:[A-Z][\w.]*[ ]+){{0,2}}(?:Highways|Constabulary|Police)\b|"
     r"[ ]*\(Highways\)|,?[ ]+(?:[A-Z][\w.]*[ ]+){0,3}Police[ ]+Authority\b)", 2),
    # a principal council named in full after an untitled name: "David Mills, Norfolk County Council",
    # "Mr S. Quick, Carmarthenshire County Council" (a member there is titled: "Cllr Martin Storey, Norfolk ...")
    (rf"(?<!Cllr )(?<!Councillor )(?:{HONORIFIC})?(?P<n>(?:{INITIALS}|{NAME_WORD}[ ]){NAME_WORD}),[ ]+"
     r"(?:[A-Z][a-z]+[ ]+){1,3}(?:City|County|Borough|District)[ ]+Council\b", 3),
    # the author of a report or survey presented to the meeting (spec 2, R19: a consultant presenting commissioned
    # work): "The Tree Survey Report on the play area undertaken by Mr Paul Davies was presented"
    (rf"\b(?:[Rr]eport|[Ss]urvey)\b[^.\n]{{0,60}}\b(?:undertaken|prepared|carried[ ]out|produced|compiled)[ ]+by[ ]+"
     rf"(?:{HONORIFIC})?(?P<n>(?:{INITIALS}|{NAME_WORD}[ ]){NAME_WORD})", 3),
    # the one who took the minutes (spec 2: a minute secretary who is not a member): "(including Sue Pogmore who
    # minuted the meeting)"
    (rf"(?P<n>{NAME_WORD}[ ]{NAME_WORD})[ ]+who[ ]+(?:minuted|took[ ]+the[ ]+minutes)\b", 3),
    # an untitled presenter of a report: "Alan Finch introduced the report" (a member is titled, or named
    # in the attendance list, which outranks this)
    (rf"(?<!Cllr )(?<!Councillor )(?P<n>{NAME_WORD}[ ]{NAME_WORD})[ ]+(?:introduced|presented)[ ]+(?:the|a|his|her)[ ]+"
     r"(?:report|item|paper|presentation)\b", 5),
    # a role in prose after the name: "Jane Edwards our local PCSO", "Jane Edwards the Police Community Support
    # Officer", "Trevor Howe, a local tree specialist", "Roy Poole who had been the village handyman", also with
    # the initials the minutes then use and the role capitalised: "Roy Poole (RP), the Handyman's Report"
    (rf"(?:{HONORIFIC})?(?P<n>{NAME_WORD}[ ]{NAME_WORD})(?:[ ]*\([A-Z]{{2,4}}\))?,?[ ]+(?:who[ ]+(?:is|was|had[ ]+been)[ ]+)?"
     rf"(?:the|our|a|an)[ ]+(?:[A-Za-z]+[ ]+){{0,2}}(?i:{PROSE_ROLE})\b", 3),
    # a role in prose before the name: "led by consultant, Rachel Leggett", "the County employee, Carl Rands",
    # a team or its officer: "Safer Neighbourhood Team Officer Sara Wilson", "Planning Enforcement Team Mick Bates"
    (rf"(?:\b(?:{PROSE_ROLE}|employee)|\bTeam(?:[ ]+Officer)?|\bSupport[ ]+Officer),?[ ]+{HONORIFIC}?"
     rf"(?P<n>{NAME_WORD}[ ]{NAME_WORD})", 3),
    # a staff role opening a line, then the titled name: "Footpath Warden Mr C Philpott"
    (rf"(?m)^[ \t]*(?:[A-Z][a-z]+[ ]+){{0,2}}(?:{STAFF_ROLE})[ \t]+{HONORIFIC}(?P<n>{NAME})", 2),
    # the internal auditor (R19: an adviser the council appoints, not a payee): "Auditor in Mr John Cross",
    # "Audit by J. Cross", "Mrs W. Phillips the internal auditor", "Mrs Wendy Phillips for the internal audit",
    # "thank Aelwen Evans for auditing the accounts", "asked Mrs W. Phillips to conduct the internal audit",
    # "4.5A Mrs Wendy Phillips had confirmed that she would undertake the internal audit" (an item number's letter
    # is no initial)
    (rf"(?:[Aa]uditor,?[ ]+(?:in[ ]+)?{HONORIFIC}|[Aa]udit(?:ed)?[ ]+by[ ]+{HONORIFIC}?)(?P<n>(?:{INITIALS}|{NAME_WORD}[ ]){NAME_WORD})", 3),
    (rf"(?:{HONORIFIC})?(?P<n>{NAME}),?\s+(?:(?:the|our|as)\s+)?(?:independent\s+|internal\s+)?auditor\b", 3),
    (rf"(?<![\w.])(?:{HONORIFIC})?(?P<n>{NAME})\s+(?:for\s+(?:the\s+)?(?:internal\s+)?audit(?:ing)?\b|(?:(?:be\s+(?:again\s+)?asked\s+)?"
     r"to|(?:ha[ds]\s+)?(?:confirmed|agreed)\s+(?:that\s+(?:she|he)\s+would|to))\s+(?:conduct|undertake|carry\s+out)\s+the\s+"
     r"(?:internal\s+)?audit\b)", 3),
    (rf"(?P<n>{NAME})[ ]*\((?:LGA|IDeA|LGID|LGE|LG Group|4ps|LACORS|NALC|RIEP)\)", 2),
    # "Sarah Hammond (Corporate Director for ...)", "Tony Doran, Headteacher - Virtual School Kent"
    (rf"(?P<n>{NAME_WORD}[ ]{NAME_WORD}(?:[ ]{NAME_WORD})?)[ ]*(?:\(|,[ ]+)(?:Interim|Acting|Deputy|Assistant|"
     r"Corporate|Strategic|Senior|Service|Area|Programme|Project|Policy|Finance|Executive)?[ ]*(?:[A-Z][\w&'’-]*[ ]+){0,3}"
     r"(?:Director|Headteacher|Head[ ]+of|Chief[ ]+Executive|Chief[ ]+Officer|Monitoring[ ]+Officer|Manager)\b", 3),
    # a staff role in brackets, as an IN ATTENDANCE list gives it: "James Clapson (Democratic Services Officer)",
    # "Mr J Cook (Democratic Services Manager)", "Kevin Kasaven \n(Director of ...)", "Robin \nCahill (Senior ...)"
    (rf"(?:{HONORIFIC})?(?P<n>(?:{PREFIX})?(?:{INITIALS}|{NAME_WORD}[ ]?\n?[ ]?){NAME_WORD}(?:[ ]{NAME_WORD})?)\s*"
     rf"\((?=[^()]{{0,40}}\b(?:{STAFF_ROLE})\b)(?![^()]*\b(?:Cabinet|Portfolio|Councillor|Member)\b)[^()]{{1,140}}\)", 3),
    # the staff role first, the titled name in brackets after it, as an officers' attendance list gives it: "Chief
    # Executive (Mr. P. Daly), Director, Housing Development (Ms. A. Duke), Meetings Administrator\n(Mr. J. Clune)",
    # "Sergeant (Mr. C O'Neill)"; not a member's portfolio ("Cabinet Member for Finance (Mr Smith)"); one untitled
    # word is the role's department, no name: "Senior Executive Officer (Corporate)"
    (rf"\b(?:{STAFF_ROLE}|Administrator|Superintendent|Sergeant|Inspector)\b(?![^().;]*\b(?:Cabinet|Portfolio|Councillor|"
     rf"Member)\b)[^().;]{{0,80}}?\(\s*(?:(?:Mrs|Mr|Ms|Miss)\.?[ ]+|{DEPARTMENT_NOT})(?P<n>{NAME})\s*[),]", 2),
    # (no capitalised "The" among the role's words: "Noise Complaints, Church Road The Parish Clerk reported" is a
    # heading run into a new sentence); a minister is no officer (spec): "Baroness Hanham, Parliamentary Under Secretary"
    # a body's dotted initials may stand for the comma, and "of" joins the role's words: "Mr Martin Murray C.C.C.
    # Public Rights of Way Development Officer"
    (rf"(?P<n>(?:{INITIALS}|{NAME_WORD}[ ]){NAME_WORD}(?:[ ]{NAME_WORD})?)(?:,[ ]+|[ ]+(?:[A-Z]\.){{2,4}}[ ]+)"
     rf"(?!(?:the[ ]+)?(?:Parliamentary|Minister|Secretary[ ]+of[ ]+State)\b)(?:the[ ]+)?(?:(?:(?!The\b)[A-Z][a-z]+|of)[ ]+){{0,6}}"
     rf"(?:{STAFF_ROLE}|Associate|Secretary|Clerk{CLERK_NOT_ROLE}|PCSO)\b", 3),
]]
# the heading of an "Officers:" list (principal councils, national bodies), also "Officials:", "Staff :" and in
# capitals ("OFFICIALS IN ATTENDANCE:", "STAFF : Mr. C. Murray, City and County Manager")
OFFICERS_LIST = re.compile(r"(?m)^[ \t]*(?:Officers|Officials|Staff|OFFICERS|OFFICIALS|STAFF)"
                           r"(?:[ ]+(?i:present|in[ ]+attendance|attending))?[ \t]*[:\t][ \t]*")
LIST_NAME = re.compile(rf"(?:^|(?<=[,;])|(?<=\band)|(?<=\n))[ ]*{HONORIFIC}?(?P<n>{NAME})")
A_ROLE = re.compile(rf"\b(?:{STAFF_ROLE}|Programme|Team|Department)\b")
TITLED = re.compile(rf"\s*{HONORIFIC}")
# the end of a list's paragraph
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# an "Actions" heading, and the owner named alone on a line under it (spec 2: action owner line "[Jenny Day]"; a
# member is titled or listed, which outranks this); the block ends at the next numbered item
ACTIONS_HEAD = re.compile(r"(?m)^[ \t]*Actions?[ \t]*:?[ \t]*$")
OWNER_NAME_LINE = re.compile(rf"(?m)^[ ]*(?P<n>{NAME_WORD}[ ]{NAME_WORD}(?:[ ]{NAME_WORD})?)[ ]*$")  # (a tab: a table row)


# a titled person's first name just before: "Cllr Janet [Taylor Helen Richardson] (Parish Clerk)" starts one word late
TITLED_BEFORE = re.compile(r"\b(?:Cllr|Councillor|Mrs|Mr|Ms|Miss|Dr)\.?[ ]+[A-Z][\w'’-]*[ ]+$")
# an article opens a body's name, never a person's: "Superintendent An Garda Síochána Mr. B. Sugrue", "Inspector The
# Police Service" (spec 2: OFFICER is a named person; a police force is no AUTHORITY either)
ARTICLES = {"An", "The"}
# a meeting's kind before "Meeting of ...": "(a) Ordinary Meeting of Limerick County Council held on ..." (the words
# name an event, no person), and a body's staff as a whole: "Local Authority Staff (namely, the Chief Executive)"
EVENT_WORDS = {"meeting", "meetings", "staff"}
# a place's head word, never a surname: a topic before the comma, "In relation to Rathronan Estate, the Director of
# Economic Development advised" (spec 2: OFFICER is a named person)
PLACE_HEADS = {"estate", "estates", "avenue", "crescent", "gardens"}
# a role held in a company, in brackets or after a comma: "Chris Hitchens (Managing Director, Favor Parker Ltd)",
# "Ken Vine, Mill Manager, Acme Limited" (spec 2: speakers from businesses are no entities)
COMPANY_ROLE = re.compile(r"(?:[ ]*\([^()\n]*|,[^.;\n()]*)\b(?:Ltd|Limited|plc|PLC|LLP)\b")


def _is_org(word: str) -> bool:
    """ "Team", "Councils": a body's head word ends the match, so it names a body ("the Highways Team of NCC",
    "Norfolk Association of Local Councils"), not a person."""
    w = word.lower()
    return w in ORG_WORDS or (w.endswith("s") and w[:-1] in ORG_WORDS)


def officer_names(text: str) -> Iterator[tuple[int, int, int]]:
    """(start, end, priority) of every name an officer pattern finds in ``text``."""
    for pattern, prio in OFFICER_PATTERNS:
        for m in pattern.finditer(text):
            s, e = m.span("n")
            words = text[s:e].split()
            # a body's head word or a role's ("Andrew Cozens, Strategic Advisor (IDeA)": the role is no name)
            # a role of two words in full is no name either: "the Chief Executive, the Head of Finance, his staff"
            if words and (_is_org(words[-1]) or STAFF_ROLE_WORD.fullmatch(words[-1]) or words[0] in ARTICLES
                          or STAFF_ROLE_WORD.fullmatch(" ".join(words[-2:])) or words[-1].lower() in EVENT_WORDS | PLACE_HEADS
                          or COMPANY_ROLE.match(text, e)):
                continue
            if len(words) >= 3 and TITLED_BEFORE.search(text, max(0, s - 40), s):
                s = text.index(words[1], s + len(words[0]))
            yield s, e, prio
    # every name of an "Officers:" list, to the end of its paragraph; a role in it is no name, and where the list
    # titles its names ("Mr. C. Murray, City and County Manager\nMr. P. Dowling, ..."), an untitled word is a role's
    for m in OFFICERS_LIST.finditer(text):
        end = BLANK_LINE.search(text, m.end())
        block = text[m.end():end.start() if end else m.end() + 1500][:1500]
        titled = TITLED.match(block)
        for n in LIST_NAME.finditer(block):
            if not A_ROLE.search(n.group("n")) and not (titled and not TITLED.match(n.group())):
                yield m.end() + n.start("n"), m.end() + n.end("n"), 1
    for m in ACTIONS_HEAD.finditer(text):
        end = re.search(r"(?m)^[ \t]*\d+\.", text[m.end():m.end() + 1500])
        block = text[m.end():m.end() + (end.start() if end else 1500)]
        for n in OWNER_NAME_LINE.finditer(block):
            if not A_ROLE.search(n.group("n")) and not NOT_NAME & set(n.group("n").lower().split()):  # "Group Leaders"
                yield m.end() + n.start("n"), m.end() + n.end("n"), 5
