"""Report text in an agenda pack: where a report's own words, not the meeting's, are written (R25).

An agenda pack (a principal council's or the LGA's) carries officers' reports laid out under headings
("Purpose of report", "Summary", "Recommendations", "Action", "Contact officer", "Background", ...)
beside the minutes of the previous meeting. A report's recommendation is a proposal and its background
("We will lobby ...", "The budget will be finalised ...") reports plans, so neither is a DECISION or an
ACTION; only the items under a report's own "Action" heading are ACTION (R25). The minutes in the pack
start again at their title ("Note of decisions taken ...", "Minutes of the meeting ...").
"""
from __future__ import annotations

import re

from .span_patterns import SpanPatterns

# the first heading of a report in an agenda pack, alone on its line: "Purpose of report", "PURPOSE OF THE REPORT"
REPORT_HEAD = re.compile(r"(?m)^[ \t#*]*(?:Purpose|PURPOSE)(?:[ ]+(?:of|OF)[ ]+(?:(?:the|this|THE|THIS)[ ]+)?"
                         r"(?:[Rr]eport|[Pp]aper|REPORT|PAPER))?[ \t:*]*$")
# the title of minutes in the pack, which ends its reports: "Note of decisions taken and actions required",
# "Notes of the last meeting", "MINUTES of a meeting of ..."
MINUTES_HEAD = re.compile(r"(?m)^[ \t#*]*(?:Notes?|NOTES?|Minutes|MINUTES)[ ]+(?:of|OF)\b[^\n]{0,120}$")
# where a report's "Action" section ends: its contact details, its background or the next report
ACTION_SECTION_END = re.compile(r"(?m)^[ \t#*]*(?:Contact[ ]+[Oo]fficers?|CONTACT[ ]+OFFICERS?|Background|"
                                r"BACKGROUND)\b")
# one line of the text, to find the "Action" headings inside a run of reports
LINE = re.compile(r"(?m)^[^\n]*$")


def report_text(text: str) -> list[tuple[int, int, list[tuple[int, int]]]]:
    """Each run of reports (from a report's first heading to the next minutes' title or the end) with the
    "Action" sections inside it, as character ranges."""
    runs: list[tuple[int, int, list[tuple[int, int]]]] = []
    pos = 0
    while (m := REPORT_HEAD.search(text, pos)):
        end_m = MINUTES_HEAD.search(text, m.end())
        end = end_m.start() if end_m else len(text)
        sections = []
        for line in LINE.finditer(text, m.end(), end):
            if SpanPatterns.ACTION_HEADING_LINE.fullmatch(line.group()):
                stop = ACTION_SECTION_END.search(text, line.end(), end)
                nxt = REPORT_HEAD.search(text, line.end(), end)
                sections.append((line.end(), min((x.start() for x in (stop, nxt) if x), default=end)))
        runs.append((m.start(), end, sections))
        pos = end
    return runs


def in_report(runs: list[tuple[int, int, list[tuple[int, int]]]], s: int, e: int, action: bool = False) -> bool:
    """Whether the unit is a report's own text (an ACTION under its "Action" heading is not: R25)."""
    for a, b, sections in runs:
        if a <= s and e <= b:
            return not (action and any(x <= s and e <= y for x, y in sections))
    return False
