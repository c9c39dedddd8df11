"""The vocabulary of the rules: titles, name shapes and the words that are never part of a name.

One place for the patterns that the rule components (:mod:`.matchers`) and the
structured layer's helpers share, and for the entity rules' compiled line patterns
(attendance headings, the public's row, spelt-out initials); nothing here imports
the rest of the package.
"""
from __future__ import annotations

import re

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
    "conservative", "labour", "liberal", "democrat", "independent", "lga", "idea", "lgid", "uk",
    "email", "e-mail", "tel", "telephone", "mobile", "website", "vacancy", "other", "business", "any", "matters",
    "arising", "road", "lane", "street", "close", "hall", "church", "village", "national", "agency", "government",
    "vice-chairman", "vice-chair", "vice-chairwoman", "co-chair", "motion", "amendment", "substitute", "substitutes",
    "cabinet", "services", "director", "purpose", "amount", "funding", "officials", "staff",
    # the chair of an Irish council or district, a role like "Chairman": "Councillor J. Sheahan, An Cathaoirleach"
    "cathaoirleach", "leas-chathaoirleach",
}
ORG_WORDS = {"agency", "assessment", "association", "board", "group", "council", "service", "services", "authority",
             "trust", "fund", "partnership", "commission", "committee", "department", "programme", "network", "forum",
             "company", "ltd", "limited", "society", "centre", "unit", "team", "plan", "scheme", "office", "institute",
             "foundation", "panel", "review", "framework", "strategy", "policy", "consortium", "alliance", "union",
             # a council department after its officer's role: "Director, Housing Development (Ms. A. Duke)"
             "development"}
# a name's letters include accented ones ("Seán Lynch", "Siân", "Zoë"; an Irish "Ó Ceallaigh" writes its prefix apart):
# ASCII-only classes cut "Seán" to "Se" and lose the name after it
UPPER = "A-ZÀ-ÖØ-Þ"
LETTER = "A-Za-zÀ-ÖØ-öø-ÿ"
NAME_WORD = (rf"(?:Mc|Mac|O['’]|Ó[ ])?[{UPPER}][{LETTER}'’]*[a-zß-öø-ÿ]"
             rf"(?:-[{UPPER}][{LETTER}'’]*[a-zß-öø-ÿ])*")
INITIALS = r"(?:[A-Z]\.[ ]?|[A-Z][ ]){1,3}"
PREFIX = r"(?:Sir|Dr|Lord|Baroness|Dame|Prof(?:essor)?)\.?[ ]+"
NAME = rf"(?:{PREFIX})?(?:{INITIALS})?{NAME_WORD}(?:[ ](?:(?:de|van|von|der|du|da|le)[ ]){{0,2}}{NAME_WORD}){{0,2}}"
# a name that a PDF's line wrap splits after a space ("Cllrs. Dorian \nJenkins", "Cllr. W. \nLoynton"): after a title
# the next line's capitalised word still belongs to it (spec 2: the span is the whole name)
WRAPPED_NAME = (rf"(?:{PREFIX})?(?:[A-Z]\.[ ]\n?|[A-Z]\.|[A-Z][ ]){{0,3}}{NAME_WORD}"
                rf"(?:[ ]\n?(?:(?:de|van|von|der|du|da|le)[ ]){{0,2}}{NAME_WORD}){{0,2}}")
HONORIFIC = r"(?:(?:Mrs|Mr|Ms|Miss|Mstr)\.?[ ]+)"
# "proposed" after an article or possessive is an adjective ("the proposed Local Area Plan", "its proposed Visitor
# Centre"): the capitalised words after it name a thing, not the mover of a motion
DETERMINER_BEFORE = r"(?i:\b(?:the|a|an|this|these|those|its|their|his|her|our|any)\s+)$"


# ---- line and name patterns of the entity rules (rules/matchers.py)
# an attendance heading alone on its line: "## Present", "3. Apologies for Absence:", "APOLOGIES FOR ABSENCE"
# (apologies for absence come from the meeting's members: their names are listed like those present)
ATTENDANCE_HEADING = re.compile(r"[ \t\d.)#*]*(?:Present|PRESENT|Apologies|APOLOGIES)(?:[ ]+(?:for|FOR)[ ]+(?:[Aa]bsence|ABSENCE))?"
                                r"[ \t#*:]*")

# the public's row of an attendance list ("Member of the Public Mr M Joyce", "Parishioners :- E Richardson, ...") or a
# note after a name ("Mr R Boyd (Local Resident)"): the people named there are residents, not members
PUBLIC_LINE = re.compile(r"[ \t#*•-]*(?:Members?[ ]+of[ ]+(?:the[ ]+)?[Pp]ublic|Public(?:[ ]+[Mm]embers)?|Parishioners|"
                         r"Residents|Visitors|Observers)\b")
PUBLIC_NOTE = re.compile(r"[ ]*\([^()\n]{0,30}\b(?:[Rr]esident|[Pp]ublic|[Pp]arishioner|[Vv]isitor)s?\)")

CHAIRMAN_NAME = re.compile(rf"\b(?:Chairman|Chairwoman)[ ]+{HONORIFIC}?(?P<n>{NAME})(?=[ ]+(?!and\b)[a-z]|[ ]+and[ ]+[A-Z])")

# initials spelt out in the text before them in brackets: "Local Community Development Committee (LCDC)"; the last word
# of the name is the body's head ("Council", "Committee", "Centre")
SPELT_OUT_INITIALS = re.compile(r"\b(?:[A-Z][\w'’&-]*[ ]+){0,6}(?P<head>[A-Z][a-z]+)[ ]+\((?P<a>[A-Z]{2,6})\)")
COUNCIL_HEADS = {"Council", "Councils", "Authority", "Borough", "District", "County", "Corporation"}
