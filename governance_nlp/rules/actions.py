"""Is a sentence a task, and whose: the ACTION rules (spec 3; R14, R24, R40, R41, R51).

A unit is ACTION when it sits under an "Action(s)" heading or beside an owner cell or column, when a subject is
given a task ("Clerk to write", "TS would approach"), or when task-shaped words appear anywhere in it and nothing
marks them as a wish, a need, a deferral, agenda text or work already under way. :class:`.matchers.MinutesRules`
builds on these checks to place the spans.
"""
from __future__ import annotations

import re

from ..segmentation import BULLET_CHARS
from .span_patterns import SpanPatterns
from .text import OWNER_LINE, PLANNING_REPLY, action_column, line_bounds, owner_hint, split_owners


# a bulleted list item's line ("- Make arrangements for an away day", "• Circulate the note")
LISTED_ITEM = re.compile(rf"[ \t]*[-–{BULLET_CHARS}*][ \t]+\S")
# how far above an item to look for its list's "Actions" heading (a list of a dozen items with their owner lines)
ACTION_LIST_REACH = 3000

# an owner's "X to <verb>" task as a clause of its own after a comma, a bracket or a dash ("There may be some funding
# from the company, the Clerk to write and ask ..."): the hedge of the clause before it is not its own (R40); a
# conditional's main clause ("If the Motion is agreed, the Council will order ...") stays under its condition
OWNER_CLAUSE = re.compile(r"(?:[,(;]|\s[-–])\s*(?:the\s+)?[\w.]+\s+to\s")

# a member's suggestion that something be done, up to its "that" ("It was suggested that", "The Chairman then proposed
# that", "Frank Reid suggested that")
PROPOSED_THAT = re.compile(r"\b(?:suggested|proposed|recommended)\s+that\s+")


class ActionRules(SpanPatterns):
    """The task checks of the rules, on a unit of text and its place in the document."""

    def no_task(self, sent: str) -> bool:
        """A recommendation (R25), a conditional (R40), a deferral to a later meeting or agenda or of an item (spec 3:
        neither: "The Chairperson agreed to defer this item and place it back on the agenda"), a member's notice of a
        motion or question, the order of this meeting's items, a heading of the meeting's business (R40: agenda text), a
        task set at an earlier meeting, an owner written after an item (spec 3): no task, whatever task-shaped words it
        holds. A planning reply ("Supported.") is no owner: beside an owner cell it is the span (R49, R51c). A document
        brought to a later meeting defers its decision, but not an owner's task to prepare it ("Clerk to obtain three
        quotes to be brought to the next meeting for approval")."""
        return bool(self.PROPOSAL.search(sent) or self.CONDITIONAL.match(sent) or self.DEFERRAL.search(sent)
                    or self.DEFERRAL_BARE.search(sent) or self.LATER_BUSINESS.search(sent)
                    or self.TO_AGENDA.search(sent) or self.NOTICE.search(sent)
                    or (self.FOR_LATER_DECISION.search(sent) and not self.ACTION_SUBJECT.match(sent))
                    or self.QUESTION.match(sent)
                    or self.ITEM_ORDER.search(sent) or self.BUSINESS_HEADING.match(sent)
                    or self.EARLIER_TASK.search(sent)
                    or (self.OWNER_ONLY.fullmatch(sent) and not PLANNING_REPLY.fullmatch(sent)))

    def _listed_under_actions(self, text: str, a: int) -> bool:
        """Is the bulleted line at ``a`` one of a list under an "Actions" heading, past the items and the owner lines
        above it ("Actions\n- Invite Directors ...\n Dennis Skinner\n- Make arrangements for an away day")? Every item
        listed under the heading is ACTION (spec 3), not only the first."""
        if not LISTED_ITEM.match(text, a):
            return False
        for line in reversed(text[max(0, a - ACTION_LIST_REACH):a].split("\n")[1:-1]):
            if not line.strip() or LISTED_ITEM.match(line):
                continue
            if self.ACTION_HEADING_LINE.fullmatch(line):
                return True
            if not (OWNER_LINE.match(line) and len(line.split()) <= 6):
                return False
        return False

    def action_owners(self, text: str, s: int, e: int) -> tuple[bool, list[str]]:
        """Whether the unit [s, e) of ``text`` is a task, and its owners as written (R41: the council itself is none)."""
        sent = text[s:e]
        tail = self.AGENDA_TAIL.search(sent)
        core = sent[:tail.start()] if tail else sent
        if self.no_task(core):
            return False, []
        a, _ = line_bounds(text, s)
        owners: list[str] = []
        prev_line = text[:a].rstrip().rsplit("\n", 1)[-1]
        # under an "Action(s)" heading (same line or the line before), or followed by an owner cell/line (R14)
        is_action = bool(self.ACTION_HEAD.search(text[a:s]) or self.ACTION_HEADING_LINE.fullmatch(prev_line)
                         or self._listed_under_actions(text, a)
                         or (sent.endswith(".") and (any(self.OWNER_CELL.search(o)
                                                           for o in owner_hint(text, e, same_line=True))
                                                       or bool(self.OWNER_COLUMN.match(text, e))))
                         or bool(self.OWNER_WHEN_CELLS.match(text, e))
                         or bool(self.PUBLISH_CELL.search(sent))
                         or bool(self.MEMBER_AT_WORK.match(sent) and action_column(text)))
        things = [(t.start(), t.end()) for t in self.THING_SUBJECT.finditer(sent)]
        thing_first = bool(things) and things[0][0] == 0
        m = None if thing_first else self.ACTION_SUBJECT.match(sent)
        # "Loose kerb - Highways to relay this kerb": a subject after a dash, colon or semicolon
        if not m and not thing_first:
            k = re.search(r"(?:\s[-–]|[;:])\s+(?=[A-Z])", sent)
            m = self.ACTION_SUBJECT.match(sent, k.end()) if k else None
        if m:
            own = " ".join(m.group("own").split())
            own = re.sub(r"^(?:The|the)\s+", "", own)
            own = re.sub(r"^(?:Cllrs?|Councillors?|County Councillor|Mrs|Mr|Ms|Miss|Messrs)\.?\s+", "", own)
            # (a group of members by role "to note" or "to consider" is agenda text, as for the body: R40)
            if own.lower() not in self.NON_OWNER and not (own.endswith((" members", " officers"))
                                                          and self.BODY_DECIDES.match(sent, m.end("own"))):
                is_action = True
                owners = [o for part in own.split(",") for o in split_owners(part)]
            elif own.lower() in self.BODY_OWNER and not self.BODY_DECIDES.match(sent, m.end("own")):
                is_action = True  # "Council to investigate", "Members will ...": a task, no named owner (R41)
        # (an agenda named after the task words is where the item goes, no task; one named in a clause before them is
        # background: "Due to the confusion over the updated Agenda ..., it was agreed that in the future,
        # correspondence would be circulated through the gmail a/c.")
        if (not is_action
                and any((re.search(r"\b(?:agreed|offered|volunteered|undertook)\b", k.group())
                         or OWNER_CLAUSE.match(k.group())
                         or not self.UNCERTAIN.search(sent, 0, k.start())) and "agenda" not in core[k.start():].lower()
                        for k in self.ACTION_ANYWHERE.finditer(core)
                        if not any(t0 <= k.start() < t1 for t0, t1 in things))):
            is_action = True
            k = re.search(r"\b(Clerk|Officers|Secretariat)\b", sent)
            owners = [k.group(1)] if k else []
        if is_action:
            owners = owner_hint(text, e) or owners
        return is_action, owners

    def proposed_task(self, text: str, s: int, e: int) -> bool:
        """Is the decision [s, e) a member's suggestion of a task, then the meeting's assent in the sentences after it
        ("It was suggested that the subject be included in the News. All agreed to this.", "The Chairman proposed that
        the contractor be invited to remove the tree. This was seconded by Dave Cooper. All in favour.")? The assent
        makes the suggestion the meeting's order, DECISION and ACTION (spec 3: both labels; R24), where a suggestion
        alone is an opinion (R40). The task is read as the meeting's agreement would state it."""
        first = self.FIRST_SENTENCE.match(text, s)
        k = first and first.end() < e and PROPOSED_THAT.search(text, s, first.end())
        if not k:
            return False
        agreed = "It was agreed that " + text[k.end():first.end()]
        return self.action_owners(agreed, 0, len(agreed))[0]
