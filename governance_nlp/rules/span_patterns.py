"""The DECISION/ACTION patterns: the words of a decision of the body, what is none (deferrals, proposals,
remarks, earlier decisions), motion formulas, and the shapes of a task and its owner.

They sit on :class:`SpanPatterns`, which :class:`governance_nlp.rules.matchers.MinutesRules` inherits, so the
patterns keep one home and the matcher reads them as ``self.<NAME>``; the fragments they are built from are in
:mod:`governance_nlp.rules.span_fragments`. The module is long (about 720 lines) because it is a catalogue: one
named regex per written rule (spec 3, R10-R51), each with the examples that justify it; it holds no logic, and
splitting it by label would part the many patterns DECISION and ACTION share.
"""
from __future__ import annotations

import re
from .patterns import HONORIFIC, NAME
from .span_fragments import (ADJECTIVE_PLACE, AGREED_FOR_TASK, AGREED_GROUP_TASK, AGREED_NO_THAT, AT_LATER_MEETING,
                             BODY_FELT_TASK, CHOSEN, COUNCIL_WILL_NEED, EVENT_TIMING, HELD_TO_ACT, INFINITIVE_TASK,
                             IN_TOUCH, LATER_MEETING, LETTER_ISSUES, MEMBER, MEMBERS_REQUESTED, MOTION_DEFEATED,
                             MOTION_TASK, MOVER_WORD, NOT_STOP, NOT_VERB, NO_NEW_TASK, OBLIGATION, OFFICER_ROLE,
                             ON_PROGRAMME, OWN_MEETING_DATE, OWN_MEETING_HELD, PARTICIPLE, PAYS, REPORTED_WAS_TO,
                             REVERT_TO, SAID_WOULD, SHAPED, STAFF_HEAD, STATE_PASSIVE, STILL_TO_DO, TAKEN_AT_MEETING,
                             TAKES_TIME, TAKE_ON_ROLE, TASK_MADE, THIS_MEETING_ROLE, TITLED_MEMBER, TOPIC_DASH,
                             TO_BE_BANKED, TO_BE_PRESENT, UNDER_REVIEW, WERE_REQUIRED)
from .text import INITIALS_LIST



class SpanPatterns:
    """Compiled DECISION/ACTION patterns and word sets (class attributes, compiled once at import)."""

    # ("agreed" as an adjective is no decision: "an agreed contract", "in agreed form"; nor "well supported")
    DECISION_WORDS = re.compile(
        r"\b(?:(?<!\bthe[ ])(?<!\ban[ ])(?<!\bin[ ])agreed|(?<!\bnot[ ])(?<!\bwould[ ])(?<!\bcould[ ])(?<!\bto[ ])agree|(?<!been[ ])(?<!\bbe[ ])(?<!get[ ])(?<!got[ ])(?<!not[ ])(?<!hoped[ ])resolved|"
        + ADJECTIVE_PLACE + r"approved|"
        r"(?<!\bno[ ])(?<!\bthe[ ])(?<!\bany[ ])noted(?!\s+that)|endorsed|accepted|"
        r"decided|(?<!\bwell[ ])supported|authori[sz]ed|carried(?!\s+(?:out|over|forward|through))|" + ADJECTIVE_PLACE
        + r"adopted|ratified|"
        r"duly[ ]+(?:co-opted|elected|appointed)|objected|refused[ ]+by[ ]+(?:the[ ]+)?(?:parish[ ]+)?council|"
        # "confirmed as a true record", "recommend approval", "support was readily given", "general agreement"
        r"(?:confirmed|signed)\s+as\s+(?:a\s+)?(?:true|correct|accurate)|passed\s+for\s+payment|(?:was|were)\s+declined|recommend(?:ed)?\s+(?:approval|refusal)|approval\s+(?:was\s+)?recommended|"
        # a planning objection (R49): "The Council objects to the application", "Objection, outside the village limits"
        r"objects?\s+to\s+(?:the\s+|this\s+)?(?:application|proposal|plans?|development)|^objection(?=[,:;.\s–-])|"
        r"(?:support|approval)\s+(?:was\s+)?(?:also\s+)?(?:readily\s+)?given|support\s+for\s+(?:the\s+)?\w+(?:\s+\w+)?\s+given|"
        r"elected\s+nem|all\s+(?:were\s+)?in\s+agreement|general\s+(?:agreement|approval)|"
        # the body content with what was put is its assent (spec 3): "All members were happy with this approach.",
        # "The Council were satisfied with this design", "All Councillors noted that they were content."; one
        # person's or an outside body's satisfaction is none ("the Auditor was satisfied that ...")
        r"(?:(?<=council[ ])|(?<=members[ ])|(?<=councillors[ ])|(?<=committee[ ])|(?<=board[ ])|(?<=noted[ ]that[ ]they[ ]))"
        r"(?:were|was)[ ]+(?:all[ ]+)?(?:happy|satisfied|content)(?=[ ]+with\b|[.,;])|"
        # the body's own view recorded is its position (spec 3): "The Parish Council felt that they didn't wish to
        # donate."; an outside council's view ("the County Council felt that ...") or a member's is none
        r"(?:(?<=the[ ]council[ ])|(?<=parish[ ]council[ ])|(?<=town[ ]council[ ])|(?<=community[ ]council[ ]))"
        r"felt[ ]+that|"
        # a planning reply is the council's decision (R49): "No Objections", "No comment.", "had no observations"
        r"(?:(?<=had[ ])|(?<=have[ ])|(?<=has[ ])|(?<![\w,][ ]))no[ ]+(?:objections?|observations?|concerns?|comments?)"
        r"(?![ ]+(?:from|were|was|had|have|about|on|regarding))|(?:resolution|motion|proposal)[ ]+(?:was[ ]+)?passed|passed[ ]+unanimously|"
        + MOTION_DEFEATED + r")\b",
        re.I)
    # Not a decision of the body: one person undertaking a task ("The Clerk agreed to contact ...": an ACTION),
    # or an agenda heading ("To agree the list of items"); one member's support is an opinion in the debate (spec 3:
    # "discussion and opinion"), as is a speaker "supported by" another: "Cllr. Kennedy fully supported the previous
    # speakers", "Councillor O'Donoghue, supported by Councillor Keary, stated that ..."; so is one person agreeing, then
    # saying more: "Mr. Golden agreed and stated that ...", "Mr. McGrath agreed and is hopeful of ..."
    PERSON_AGREED = re.compile(r"(?P<who>[A-Z][\w'’.-]*|he|she)\s+(?:(?:kindly|also|has|had|have|very|fully|strongly)\s+){0,2}"
                               r"(?P<w>agreed(?=\s+(?:to|with|that)\b|\s+and\s+(?:is|was|stated|said|added)\b"
                               # (or with what was said, its "that" left out: "the Director agreed it was a challenging
                               # budget", "Mr. Gallagher agreed there are not enough charging points")
                               r"|\s+(?:it|they|there|he|she|a|an|in\s+relation\s+to)\b)|supported\b|"
                               r"objected\b|decided\b)"
                               r"|,\s+(?P<w2>supported)\s+by\s+[^,.;\n]{1,60},")
    # the same person agreeing later in their own sentence, after another verb (an ACTION, not the body's decision):
    # "He added that there was a huge parenting issue and agreed to submit figures", "Trevor McKechnie told members
    # that ... & also agreed to follow up on the query" (not a motion: "proposed by X, seconded by Y and agreed to");
    # each sentence of a unit, after an opening phrase ("In replying, the Director noted ... and agreed to raise ...";
    # "Following discussion, Members welcomed ... and agreed to" is the members' decision); so is one member agreeing
    # with what was said, at a stop or with "with": "Cllr Precey had also inspected the area and agreed."; or "that": "He
    # also referred to the spaces in the graveyard and agreed that a further update would be given to the Members"
    PERSON_THEN_AGREED = re.compile(r"(?:^|[.!?;]\s+)\W*(?:(?:In|Following|After|On|At|With)\b[^,.;]{0,40},\s+)?"
                                    r"(?!(?:In|Following|After|On|At|With)\b)(?P<who>(?:(?:The|the)\s+)?(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Dr)\.?\s+)?"
                                    r"(?:[A-Z][\w'’.-]*\s+){0,2}?[A-Z][\w'’.-]*|He|She)\s+(?!agreed\b)[a-z]+\b"
                                    r"(?:(?!\b(?:proposed|seconded|proposal|proposition|motion|it\s+was|agreed|resolved)\b)[^.;])*?"
                                    r"(?:\band|&)\s+(?:also\s+)?(?P<w>agreed)(?:\s+to\b|\s*[.;]|\s+with\b|\s+that\b)")
    # A decision taken before this meeting, referred to: "as agreed at the last meeting", "had already been approved"
    PRIOR = re.compile(r"\bas\s+(?:previously\s+|already\s+)?(?P<w>agreed|approved|resolved|decided|noted)\b"
                       r"|\b(?:been|already)\s+(?P<w2>agreed|approved|resolved|decided|accepted|adopted|noted)\b"
                       r"|\b(?P<w3>agreed|approved|resolved|decided)\s+(?:at|in)\s+(?:the\s+|its\s+)?(?:last|previous|[A-Z]\w+)\s+"
                       r"(?:meeting|Board|Executive)"
                       # another body's decision: "approved by the Borough Council", "the Executive has endorsed"
                       r"|\b(?P<w4>approved|refused|agreed|endorsed)\s+by\s+(?:the\s+)?(?:Borough|County|District|Planning|"
                       r"Executive|Government|Secretary|Minister)\b"
                       r"|\b(?:Executive|Government|Minister|MP|Borough\s+Council|County\s+Council)\s+(?:has\s+|had\s+)?"
                       r"(?P<w5>approved|agreed|endorsed|refused)\b"
                       # the perfect reports a decision taken before or elsewhere, the minutes record their own in the
                       # past: "The Commission has agreed to ...", "Joy Boldero had accepted the invitation", "previously
                       # approved"
                       r"|\b(?:(?:has|have|had)\s+(?:(?:[a-z]+ly|not|also|now|already|since)\s+)?|previously\s+)(?P<w6>agreed|accepted|"
                       r"approved|decided|adopted|endorsed|supported|resolved|objected|authori[sz]ed)\b"
                       # a decision dated to an earlier month or year: "the business plan, agreed in January, will ..."
                       r"|\b(?P<w7>agreed|approved|resolved|decided|adopted|accepted)\s+(?:by\s+\w+\s+)?in\s+(?:(?-i:January|"
                       r"February|March|April|May|June|July|August|September|October|November|December)|(?:19|20)\d\d)\b"
                       # one dated to the last meeting a few words on, or opening with "Last month": "It was agreed by the
                       # Board at its last meeting that ...", "the Board approved a final set of proposals at its last
                       # meeting", "Last month changes to the allotment contract were agreed as follows:" (not across
                       # "that"/"to": "agreed that the decision made at the last meeting be rescinded" is this meeting's)
                       r"|\b(?P<w8>agreed|approved|resolved|decided|adopted|accepted)\s+(?:(?!(?:that|to)\b)[\w’'-]+\s+){1,5}?"
                       r"(?:at|in)\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:last|previous)\s+meeting\b"
                       r"|^\W*last\s+(?:month|meeting)\b[^.]{0,80}?\b(?P<w9>agreed|approved|resolved|decided|adopted|accepted)\b",
                       re.I)
    # Deferring to a later meeting or agenda is no decision (spec 3, R24); adding an item to this meeting's agenda
    # ("It was agreed to add 'Insurance' to the Agenda") is one: a month or "next" names the later meeting, "the" does not
    # ("It was agreed to include on the January agenda", "to add to the agenda for February"); a task done "for
    # discussion" or "for consideration" at the later meeting prepares it, no deferral ("The Clerk agreed to email the
    # Parish Council options for discussion at the December meeting"; "agreed to hold this over for discussion" defers)
    DEFERRAL = re.compile(r"\b(?:agreed|decided)\b[^.]{0,60}\b(?:(?<!\bfor[ ])discuss\w*|defer\w*|move|add|(?<!\bfor[ ])consider\w*|put|bring|"
                          r"return|revisit|(?:held|hold)\s+(?:[\w'’]+\s+)?over|item|complet\w*|review\w*|includ\w*)\b[^.]{0,60}\b(?:(?:next|later|future|following|"
                          r"(?-i:[A-Z][a-z]+))\s+(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?:meeting|agenda)|(?:next|(?:meeting|agenda)\s+(?:for|in))\s+(?:month|year|"
                          r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)))", re.I)
    # deferring an item or its decision is a deferral also without naming the later meeting ("it was agreed to defer
    # this item", "agreed to defer consideration of the report"), unlike putting off an event ("agreed to defer the
    # reception to 21st January") or to later in the same meeting
    DEFERRAL_BARE = re.compile(r"\b(?:agreed|decided|resolved)\b[^.]{0,60}\bto[ ]+defer[ ]+(?:(?:this|the|that)[ ]+"
                               r"(?:item|matter|motion|notice[ ]+of[ ]+motion|decision|discussion)\b|(?:further[ ]+)?"
                               r"(?:consideration|discussion|(?:a[ ]+)?decision)\b)"
                               # (not to later in the same meeting: "defer discussion ... until after the next item")
                               r"(?![^.]{0,60}\b(?:after[ ]+the[ ]+next[ ]+item|later[ ]+in[ ]+the[ ]+meeting))", re.I)
    # a document brought before a later meeting for its decision defers that decision, no task (spec 3: "A decision to
    # be made at the December meeting."): "The final version of the Annual Report would be brought before the April
    # Meeting of the Council for adoption", "Standing Orders would be submitted to the next meeting for consideration
    # and approval"; not a council's department, another body ("the report will be submitted to the Council's Planning
    # Department for consideration": a task of sending it)
    FOR_LATER_DECISION = re.compile(r"\b(?:brought|submitted|presented|put|returned)\s+(?:back\s+)?(?:before|to)\s+(?:the\s+|a\s+)?"
                                    r"(?:[\w'’/-]+\s+){0,4}?(?:[Mm]eeting|[Cc]ouncil)\b(?!['’]s\b)[^.;]{0,80}?\bfor\s+(?:its\s+|their\s+)?"
                                    r"(?:consideration|adoption|approval|decision|noting|ratification)\b"
                                    # (not with a task beside it after "and": "... for approval and the Clerk will
                                    # circulate it beforehand", R40)
                                    r"(?![^.;]*\band\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*|he|she|they|we)\s+(?:will|would|should|to)\s+[a-z])")
    # an item put on a later agenda is deferred, no task (spec 3: "to be put on the next agenda"): "Clerk to include as
    # an agenda item for the February meeting", "The Clerk agreed to add to the January agenda"
    # an agenda clause joined by "and" after a task clause is that clause's own deferral, the task before it stands (R40;
    # spec 3: a deferral is neither): "The Highways Manager was due to email through plans ... to the Clerk and would
    # be added to a future agenda", "The Clerk will write to the school and will add the reply to the next agenda", "...
    # and it will be put on the next agenda"
    AGENDA_TAIL = re.compile(r",?\s+and\s+(?:(?:it|this|these|they|he|she)\s+)?(?:(?:would|will)\s+(?:then\s+|also\s+)?(?:be\s+)?)?"
                             r"(?:include|add|put|place)\w*\s+"
                             r"[^.;]*\bagenda\b[^.;]*[.;]?\s*$", re.I)
    TO_AGENDA = re.compile(r"\b(?:include|add|put|place)\w*\s+(?:[\w'’]+\s+){0,3}?(?:as\s+an?\s+|on\s+|to\s+)(?:the\s+|a\s+)?"
                           r"(?:[\w'’]+\s+){0,2}?agenda\b", re.I)
    # the meeting's own business, its consideration, discussion or decision, taken up at a later meeting is a deferral,
    # no task (spec 3: "A decision to be made at the December meeting." is neither): "Members will consider the budget at
    # the January meeting", "The Council will revisit this in the New Year", "It was agreed that the matter would be
    # revisited in the New Year", "it was agreed this be dealt with at next meeting", "any decision on this be left until
    # next meeting", "Consideration will then be given to the matter at the next meeting", "The item will be brought
    # back to the next meeting"; it opens a sentence, after a lead-in with no "and" ("It was agreed that"), with no "and"
    # before the meeting, so a task beside it stands ("The Clerk will obtain quotes and the matter will be considered at
    # the next meeting", "he would consider finding another site and would report back at the next meeting"); a member
    # who will review a thing is tasked ("the Party Leaders would review Standing Orders"), and work
    # brought back is a report, a task ("An update would be brought back to the Members at the next meeting", "Cllr X
    # will report back at the next meeting")
    LATER_BUSINESS = re.compile(r"(?:^|(?<=[.!?]\s))(?:(?:(?!\band\b)[^.;])*?\b(?:that|agreed|decided|resolved)\s+)?"
                                r"(?:(?!and\b|to\b|will\b|would\b|should\b|shall\b|be\b)[\w'’-]+\s+){0,6}?"
                                r"(?:(?:will|would|shall|should|to|may|can|could)\s+)?(?:then\s+|further\s+|again\s+|also\s+)*"
                                r"(?:(?:consider|discuss|revisit|reconsider|debate|decide|agree|return\s+to|deal\s+with|"
                                r"look\s+(?:again\s+)?at)\b|be\s+(?:then\s+|further\s+|again\s+)*(?:revisited|reconsidered|"
                                r"reviewed|debated|dealt\s+with|looked\s+at|left|carried\s+(?:forward|over)|held\s+over|"
                                r"returned\s+to)\b|(?<=\bconsideration\s)(?:will|would|shall|should|to)\s+(?:then\s+)?be\s+given\b"
                                r"|(?:(?<=\bitem\s)|(?<=\bmatter\s)|(?<=\bissue\s)|(?<=\bmotion\s)|(?<=\bquestion\s))(?:will|would|should|shall|to)\s+(?:then\s+)?"
                                r"be\s+(?:brought|put|referred)\s+back\b)"
                                r"(?:(?!\band\b)[^.;]){0,60}?" + LATER_MEETING, re.I)
    # a member's notice of a motion or a question for a later meeting is no task of this one (R25: a proposal; spec 3:
    # deferring to a later meeting): "I will move at the next meeting that ...", "I will ask at the next Meeting for an
    # update on ...", "I will ask the next Meeting of the District ..."
    # (also a member's motion or question in the first person, however the meeting is named or none: "I will ask the
    # Council for an update on ...", "I will move that the Council ...", "We will move at the next ...", "I will ask at
    # the next* *Meeting* when ...", "we will ask at the Meeting of the District ..."; a reply's "We will ask the NTA if
    # ..." stays a task)
    NOTICE = re.compile(r"\bwill\s+(?:move|ask|propose|raise)\b[^.]{0,40}?\b(?:next|following)\s+(?:[\w'’-]+\s+){0,3}?"
                        r"meeting\b|(?-i:(?:^|(?<=[^\w]))[I|]\s+will\s+(?:ask|move|propose|call)\b|\b[Ww]e\s+will\s+move\b)"
                        # (also in the present, as some notices are worded: "I move at the next meeting that a strategic
                        # plan be developed", "I ask at the next Meeting how many properties ...")
                        r"|(?:\bwill|(?-i:(?:^|(?<=[^\w]))[I|]))\s+(?:ask|call|raise|propose|move)\s+at\s+(?:the|our)\b[^.]{0,60}?meeting",
                        re.I)
    # taking the agenda's items in another order is this meeting's procedure, no task for after it (spec 3): "It was agreed
    # to take Item No. 15 at this stage", "the Mayor stated that Item No. 14 would be taken at this stage", "It was agreed
    # to take the following Supplementary Item No. 13 at this point", "As Item 10 related to Item 8 it was agreed to take
    # it at this point", "it was agreed to take this item next"; so is a short adjournment of it ("it was agreed to take a
    # 10-minute adjournment")
    ITEM_ORDER = re.compile(r"\b(?:take|taking)\s+(?:the\s+|this\s+|that\s+)?(?:following\s+)?(?:agenda\s+|supplementary\s+)?items?\b"
                            r"|\b(?:take|taking)\s+an?\s+(?:[\w-]+\s+){0,2}(?:adjournment|recess)\b"
                            # (a notice of motion or a question taken out of turn, a vote or a short break taken: "it was
                            # agreed to take Notice of Motion No. 13 at this time", "it was agreed to take a vote", "it
                            # was agreed to take a 15 minute break")
                            r"|\b(?:take|taking)\s+(?:notices?\s+of\s+motion|questions?)\s+(?:nos?\.?\s*)?\d"
                            r"|\b(?:take|taking)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:vote|break)\b"
                            r"|\b(?:take|taking)\s+(?:it|this|them|these)\s+at\s+this\s+(?:point|stage)\b"
                            r"|\bitems?\s+(?:no\.?\s*)?\d+[\w()]*\s+(?:would|will|should|to)\s+be\s+taken\b"
                            # (or taken up later at this meeting: "Mr Horkan will comment on this in the planning item of
                            # the agenda", "To be discussed later in the meeting", "to be discussed under agenda item 9",
                            # but not a task about a matter raised under an item: "Clerk to write about the hedge raised
                            # under item 9"; or said to it: "Mr Bett kindly offered to put a few facts to the meeting")
                            # (or done by those present tonight, during this meeting's break: "Mrs Elsey asked members to
                            # pay for their meal tonight", "members were asked to choose their menu during refreshments";
                            # not a task from tonight's meeting, "raised at tonight's meeting", nor one to do after it
                            # tonight: "The Clerk will email the plan to members tonight")
                            r"|\b(?:asked|invited|reminded|requested)\s+(?:all\s+)?(?:members|those\s+present|everyone)\b"
                            r"[^.;]{0,80}?\btonight\b(?![’']s)|\bduring\s+(?:the\s+)?refreshments\b"
                            r"|\blater\s+in\s+(?:the|this)\s+meeting\b|\bin\s+the\s+(?:[\w'’-]+\s+){0,2}?item\s+of\s+(?:the|this)\s+"
                            r"agenda\b|\b(?:comment\w*|discuss\w*|dealt\s+with|taken|considered)\s+(?:[\w'’-]+\s+){0,4}?"
                            r"under\s+(?:agenda\s+)?item\s+\d"
                            r"|\b(?:put|present|explain|give|read|outline)\s+(?:[\w'’-]+\s+){0,4}?to\s+(?:the|this)\s+meeting\b"
                            r"(?!\s+(?:on|in|at|of|with)\b)", re.I)
    # the heading of a list of the meeting's business, things "to be made", "to sign" or "to note", is agenda text, no
    # task (R40): "Payments to be made;", "C. Payments to be made;", "9. Payments to be Made:", "Cheques to sign
    # today", "Planning Decisions to note:"; a sentence about them stays one ("Cheques to be signed at the end of the
    # meeting.")
    BUSINESS_HEADING = re.compile(r"\W*(?:(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z])[.)]\s*)?(?:[A-Z][a-z]+\s+)?(?i:(?:payments|"
                                  r"cheques|decisions|items|matters|invoices|accounts|bills)\s+to\s+(?:be\s+)?[a-z]+"
                                  r"(?:\s+[a-z]+)?)\s*(?:[:;]|$)")
    # a task set at an earlier meeting, reported, is no new task (R40; as PRIOR for a decision): "Following the last
    # meeting the Clerk was requested to seek costings ...", "At the last PC meeting there was a discussion ... and I
    # agreed to look at the possibility of a 20 MPH speed limit."; a future stated in it is one ("Following the last
    # meeting, the Clerk will write to ..."); so is one the pluperfect dates before this meeting: "CC noted that it had
    # been agreed to make a payment to the Handyman"
    EARLIER_TASK = re.compile(r"(?:^|(?<=[.!?])\s)\W*(?:At|Following|After|Since)\s+the\s+(?:last|previous)\s+"
                              r"(?:[\w'’-]+\s+){0,2}?meeting\b(?![^.]*\b(?:will|shall)\b)"
                              r"|\b(?:it|It)\s+had\s+(?:previously\s+|already\s+)?been\s+(?:agreed|decided|resolved)\b"
                              r"(?![^.]*\b(?:will|shall)\b)"
                              # (or one whose result the last meeting already had, a task done, spec 3: "The Clerk
                              # undertook to obtain some current values, which were submitted to the last meeting.")
                              r"|\b(?:was|were|had\s+been)\s+(?:submitted|presented|reported|circulated|given)\s+to\s+the\s+"
                              r"(?:last|previous)\s+meeting\b")
    # a question opening with its interrogative asks, it sets no task: "How will locations be decided?", "Can they be
    # circulated to Members?", "Could this be looked at as a priority", "Could a fifth leg be added to the roundabout.";
    # so does one opening with a modal and closed by its question mark, a quotation mark or emphasis after it
    # ("Can social media be used by the Gardaí in relation to anti-social behaviour?", "Can a comparison be provided
    # for 2019 ?”.")
    QUESTION = re.compile(r"(?:How|What|When|Where|Why|Which|Who)\s+(?:will|would|can|could|is|are|does|do|has|have|should)\b"
                          r"|(?:Can|Could|Will|Would|Does|Do|Has|Have|Should)\s+(?:the|they|this|it|we|you|these|those|an?|any|there)\b"
                          r"|(?:Can|Could|Will|Would|Should|May)\s[^?]*\?[\s\"”’'*).]*\Z")
    # a report's recommendation, not yet a decision (R25): "The Board is asked to note ...", "Members are asked to agree"
    PROPOSAL = re.compile(r"\b(?:is|are)\s+(?:being\s+)?(?:asked|invited|recommended)\s+to\b", re.I)
    # a police report's facts, noted in the passive, are no decision: "Two incidents of antisocial behaviour were noted."
    REPORTED_FACT = re.compile(r"\b(?:incidents?|crimes?|offences?|thefts?|burglar(?:y|ies)|calls?)\b[^.]{0,80}?"
                               r"\b(?:was|were)\s+(?:also\s+)?noted\b", re.I)
    # a nuisance sensed and logged ("A strong smell was noted from a nearby farm.", "Dust fall noted in the Mill Road
    # area.") is an observation, no item the body noted (spec 3: "It was noted that <fact>" is no decision)
    SENSED_FACT = re.compile(r"\b(?:smells?|odou?rs?|noises?|dust|smoke|fumes)\b[^.]{0,80}?\bnoted\b(?!\s+that)", re.I)
    # "noted" as an observation, not the body noting an item: one person's remark ("He noted the recent purchase",
    # "PB noted further, that ..."), "It was noted ..." (spec: "It was noted that" is no decision), or a remark on
    # how something was seen ("was noted as a significant concern", "noted with satisfaction", "noted concern")
    REMARK = re.compile(r"(?-i:(?P<who>[A-Z][\w'’-]*|[Hh]e|[Ss]he)[ ](?:also[ ]|further[ ])?(?P<w>noted))\b"
                        r"|\bit\s+(?:was|is|has\s+been|had\s+been)\s+(?:also\s+|further\s+)?(?P<w2>noted)\b"
                        r"|\b(?P<w3>noted)(?=\s*[,:]|\s+(?:as|to\s+be|in\s+(?:a|the)|with|concern|further|no|[a-z]+ing)\b)",
                        re.I)
    # an observation in discussion or a tribute is no item noted (spec 3: "It was noted that <fact>" is no decision):
    # "Members noted the need for a litter warden", "Members noted the importance of water ...", "Members noted the lack
    # of step down beds", "They noted how he always worked ...", "Members also noted his compassion", "Members noted the
    # apparent lack of progress", "noted the possible need for a valve"
    OBSERVED = re.compile(r"\b(?P<w>noted)\s+(?:how|his|her|the\s+(?:[a-z]+\s+)?(?:lack|need|importance|success)\s+(?:of|for|to))\b",
                          re.I)
    # some of the members agreeing or noting is their view, not the meeting's decision (spec 3: opinion): "Several
    # members noted the challenging environment ...", "several members agreed with the importance of ...", "Other
    # members agreed that this was an issue"
    SOME_MEMBERS = re.compile(r"\b(?:several|some|other|many|a\s+number\s+of|a\s+few|individual)\s+(?:board\s+)?"
                              r"(?:members|councillors)\s+(?:also\s+)?(?P<w>agreed|noted|supported|accepted|endorsed)\b", re.I)
    # a decision still to be taken, or one that might be, is none yet: "the two phone boxes could be adopted", "a
    # total of £30.37 to be decided upon", "it may not be automatically accepted", "needed to be understood and agreed"
    UNDECIDED = re.compile(r"\b(?:could|would|may|might|must|should|can|cannot|will|shall|to)\s+(?:(?:not|also|then|now|"
                           r"[a-z]+ly)\s+)?be\s+(?:[a-z]+\s+and\s+)?(?P<w>agreed|approved|adopted|accepted|decided|"
                           r"authori[sz]ed|supported|endorsed|ratified)\b", re.I)
    # a capitalised decision word inside a sentence, before a capitalised word, is part of a name, no decision (spec 3:
    # report text): "work with the Approved Housing Bodies", "an Authorised Officer of the Council", "the Adopted Budget";
    # after a lower-case word and one space (a status cell closes a line: "..., Council Agreed", "... findings    Noted");
    # not before the resolution's "That"/"To" ("It was Resolved That the Clerk write to NCC.")
    NAMED_THING = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*,?[ ](?P<w>Approved|Agreed|Adopted|Noted|Resolved|Supported|"
                             r"Accepted|Endorsed|Authori[sz]ed)(?=[ \t]*\n?[ \t]*(?!That\b|To\b)[A-Z][a-z])")
    # the present passive states a standing fact or practice, not a decision this meeting took (spec 3: background and
    # report text; minutes record their decisions in the past): "the request is noted on the system", "once the legal
    # issues are resolved", "offers are currently being accepted", "the bid is supported by the County Council"; "It
    # is agreed that ..." stays the meeting's
    PRESENT_PASSIVE = re.compile(r"(?<!\bit[ ])\b(?:is|are)\s+(?:(?:currently|now|also|being|still|not|already)\s+)*"
                                 r"(?P<w>noted|agreed|approved|resolved|accepted|supported|adopted|endorsed|decided|"
                                 r"authori[sz]ed|ratified)\b", re.I)
    # a decision under a condition is none yet (spec 3: a decision the meeting took): "Proposals within the Place Plan,
    # if then approved by C.C.C. would be incorporated ...", "once the application was approved the Parish Council could
    # consider ..."; a sentence after a heading run in stays one ("..., if in attendance It was agreed to ...")
    IF_DECIDED = re.compile(r"\b(?:[Ii]f|[Oo]nce|[Uu]nless)\s+(?:[a-z][\w’'.-]*\s+){0,4}?(?P<w>agreed|approved|adopted|accepted|"
                            r"decided|endorsed|supported)\b")
    # a conditional sets no task (R40): "If there were more speeding, offenders would be sent letters."
    CONDITIONAL = re.compile(r"If\b")
    # a task under a condition or a hope is none yet (R40: conditionals, opinions and wishes): "if they wished to
    # comment ... they would be invited to speak", "It is hoped the goal posts will be repaired"; a person agreeing
    # to a task stays one ("Advice was given to contact BHA who may be able to help and SW agreed to do this")
    # ("It was anticipated that the works would be completed by July", "It is envisaged that the plan will be presented":
    # an expectation, like "expected"); a hedge ("it would appear that these services will be passed to parish
    # councils", "it was possible that they were going to scale back") states no task either (R40: opinions)
    # (so is what a member asks about or fears, to the end of that clause, R25 and R40: a question or an opinion:
    # "Members queried how the merits of existing reports would be assessed", "Cllr Joe Leddin asked when the units
    # would be occupied", "asked “what action the HSE will take”" (a question quoted), "A query was made as to where cars
    # would be parked", "expressed concerns that the service would be downgraded"; a reply after it stays a task: "The question was raised as to when works would commence
    # and the Director stated that works would be carried out", "Cllr. Talukder asked how long this will take and Ms
    # Newell replied we will circulate next week")
    UNCERTAIN = re.compile(r"\b(?:[Ii]f|whether|unless|[Hh]oped?|[Hh]opefully|expected|anticipated|envisaged|likely|"
                           # (a speaker's confidence is an expectation too: "Mr. Daly is confident that the process
                           # will be completed", "confident that his vision will be continued")
                           r"(?:confident|optimistic)\s+that|"
                           # (so is a speaker's belief or argument, and a view of what would help, R40: opinions; spec 3:
                           # discussion: "The clerk pointed out that no department would take responsibility", "British
                           # Sugar believes ... will be reduced", "in their opinion, the vehicle ... will be parked", "It
                           # would be useful for all members ... and Officers should seek ways ...")
                           r"(?i:pointed\s+out|believes?|believed)\s+that|(?i:in\s+(?:his|her|their|my|our)\s+opinion)|"
                           r"(?i:would|will)\s+be\s+(?:useful|helpful|beneficial)|"
                           r"unlikely|might|may|[Pp]erhaps|[Pp]ossibly|(?:appears?|appeared)\s+that|"
                           r"(?:is|was|were|are|be)\s+possible\s+that)\b"
                           r"|(?i:\b(?:(?:asked|queried|enquired|inquired|wondered|questioned|(?:wished|wanted)\s+to\s+know|"
                           r"clarification|clarity|as\s+to)\s*[*“\"‘]*\s*(?:(?!to\b|that\b)[\w'’.,-]+\s+){0,4}?(?:how|when|what|why|where|who)"
                           r"|(?:concerns?|fears?|worried|afraid|alarm|danger|risk)\s+that"
                           # (and a forecast of what there will be, R40: a state of affairs, no task: "There will be a
                           # small residue ... which will be transported from site", "During construction there will be
                           # an increase in traffic but routes are to be controlled")
                           r"|there\s+will\s+(?:also\s+)?be"
                           # (a view is an opinion, spec 3's "Members felt that ...": "It was felt that the Scheme should
                           # treat all towns equally", "He believed that the Council should call on the Minister"; so is a
                           # member's suggestion, spec 3's "A member proposed ...", unless the meeting agrees to it
                           # (proposed_task): "suggested that the Council should link with Irish Rail"; a task opening with
                           # that "that" is searched for up to it)
                           r"|(?:felt|believed|thought|suggested|(?:of|expressed)\s+the\s+(?:view|opinion))(?=\s+that\b|\s*$))\b"
                           r"(?=(?:(?!\band\s+(?:(?:the|he|she|they|it|we)\b|(?-i:[A-Z])))[^.;:])*$))")
    COLLECTIVE = {"members", "council", "councillors", "board", "committee", "meeting", "group", "panel", "cabinet",
                  "all", "it", "they", "we", "everyone", "trustees", "governors", "pc", "cc"}
    AGENDA_LINE = re.compile(r"\s*(?:\d{1,3}(?:[./]\d{1,3})*\.?[ \t]+)?To[ ]+(?:agree|approve|consider|receive|note|resolve|discuss)\b")
    # a "Decision(s):" heading has no decision word, yet every item listed under it is a DECISION (spec 3)
    DECISIONS_HEADING = re.compile(r"\W*Decisions?(?:\s*/\s*Actions?)?\s*:-?")
    # A recorded motion is a decision even when no decision verb is written: "Proposed by X, seconded by Y",
    # "nom X and sec Y", "Motion lost." (spec 6, R34).
    MOTION_FORMULA = re.compile(
        r"(?i:\b(?:proposed|moved|prop\.?|nom(?:inated)?\.?)(?:\s|,))[^\n]{0,200}?(?i:\b(?:seconded|2nd|sec)\b)"
        r"(?!\s*(?i:the\s+(?:following|motion|amendment)\b))"  # "X proposed, and Y seconded the (following) motion that" (its outcome line is the motion)
        r"|^\s*(?i:(?:substantive\s+)?(?:motion|amendment)s?\s+(?:was\s+)?(?:carried|lost|withdrawn|fell|defeated))\b"
        # a withdrawn motion's outcome within its sentence (spec 6: outcome withdrawn): "At the request of Councillor X
        # and with the permission of the Meeting, this Motion was withdrawn.", "The counter-proposal, as proposed ...";
        # not a relative clause recalling one ("requested a previous motion, which was withdrawn, be on the Agenda")
        r"|(?i:\b(?:motion|amendment|counter-proposal)\b[^.]{0,150}?(?<!\bwhich\s)\bwas\s+withdrawn\b)"
        r"|^\s*Proposed\s+(?:by\s+)?[A-Z]{2,4}\b|\b[A-Z]{2,4}\s+(?:moved|proposed)\s+that\b"  # "Proposed DHO ...", "PP moved that"
        # "X's proposal was seconded by Y", "moved as correct by X and Y", "nominated by X and Y"
        r"|(?i:\b(?:proposal|motion)\s+was\s+seconded\b)"
        r"|(?i:\b(?:moved|nominated|approved)\b)[^\n.]{0,40}?\bby\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+[A-Z][a-z]",
        re.M)
    # the chair calling a vote on a motion names its movers, not its outcome (spec 6: the outcome is the decision,
    # recorded after the vote): "The Mayor directed that a Vote be taken on Amendment No. 1 proposed by Councillor A,
    # seconded by Councillor B", "a vote would be taken on the amendment proposed by ...", "He then took a vote on the
    # original Motion, as proposed by ..."; "by" is the clerk's typing of "be" seen in such minutes ("directed that a
    # vote by taken on Amendment No. 2")
    VOTE_CALLED = re.compile(r"\b(?:a|the)\s+vote\s+(?:would\s+)?(?:be|by)\s+(?:taken|required)\s+on\b"
                             r"|\b(?:took|called)\s+a\s+vote\b[^.]{0,60}?\bon\s+the\b", re.I)
    # a motion put "on the proposal of X, seconded by Y" is the meeting's decision whatever verb states its outcome in
    # the sentence (spec 6, R44): "On the proposal of Councillor A, seconded by Councillor B, Standing Orders were
    # suspended ...", "..., Councillor C was appointed to the Board ..."; not a vote taken "on the proposal of" someone
    # (the phrase opens the sentence or a clause), nor a deferral (spec 3: "... this item was deferred." is neither)
    PROPOSAL_OF = re.compile(r"(?:^|[,;]\s*|\band\s+)\W*on\s+the\s+proposal\s+of\b[^;]{0,150}?\bseconded\b"
                             r"(?![\s\S]*\bdefer)", re.I)
    ACTION_HEAD = re.compile(r"\b(?:Actions?|ACTIONS?)[ \t]*[:\-–][ \t]*$")
    ACTION_HEADING_LINE = re.compile(r"[\W_]*(?:Actions?|ACTIONS?)(?:[ ]+(?:agreed|points|required))?[\W_]*"
                                     r"|(?:<[^<>]*>\s*)*Actions?\s*:?\s*(?:<[^<>]*>\s*)*")
    OWNER_CELL = re.compile(r"^(?:Clerk|Parish Clerk|All|Officers|Secretariat|Chair(?:man)?|Cllrs?\b.*)$")
    # an owner in a right-hand action column, closing the item's line: a member's initials, after a wide gap or one
    # space ("... new CC. IK", "... be useful.         IK", "HP/JS/DN/RB", "ALL"), or a councillor by title after a wide
    # gap ("... to date.      Cllr. J. Davies"), or one of those or the Clerk alone on the next line, far indented (the
    # column's cell wrapped below: "... this work was ongoing. \n                     Cllr. W. Loynton"); the line is
    # ACTION whatever its wording (R51c, R23); not the subject of a sentence wrapped onto the next line ("... needed to
    # be clarified. JS \nagreed to contact SBC")
    OWNER_COLUMN = re.compile(rf"[ ]+{INITIALS_LIST}[ \t]*(?:\n(?![ \t]*[a-z])|$)"
                              rf"|(?:(?:\t|[ ]{{3,}})[ \t]*{TITLED_MEMBER}|[ \t]*\n[ \t]{{8,}}(?:{TITLED_MEMBER}|Clerk|[A-Z]{{2,3}}))"
                              r"(?:[ ]*/[ ]*\S+)?[ \t]*(?:\n|$)")
    # an action table's owner cell (text.py's INITIALS_LIST: "DHO", "JB/KS", "AB & CD") and its "by when" cell closing
    # the item's line, after gaps of spaces or no-break spaces or between a pipe table's bars ("... at cost of £40
    # DHO      Next Meeting", "... to be sought   FRE   NA", "... file to copy. | DHO | 2/8/13 |"): the line is ACTION
    # whatever its wording (R51c, R23), a full stop or none
    OWNER_WHEN_CELLS = re.compile(r"(?:(?:\t|[ \xa0]{3,})[ \t\xa0]*|[ ]*\|[ ]*)" + INITIALS_LIST +
                                  r"(?:\t|[ \xa0]{2,}|[ ]*\|[ ]*)[ \t\xa0]*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|Next[ ]+[Mm]eeting|NA|N/A|ASAP)"
                                  r"[ \t\xa0|]*(?:\n|$)")
    # a right-hand action column's cell that says where the item is to be published ("...  Appeal.          Website",
    # "... Service.        Website/Notice Boards"): the line is ACTION (R51c) and, as a "Noted" cell is of a DECISION,
    # the cell is part of the span (R23)
    PUBLISH_CELL = re.compile(r"[.](?:\t|[ ]{3,})[ \t]*(?:Website|Notice[ ]+Boards?)(?:[ ]*/[ ]*(?:Website|Notice[ ]+Boards?))*"
                              r"[ \t]*$")
    # a member by initials reporting work under way ("MC is preparing a letter", "PWh is pursuing the matter", "RB has
    # been in touch with BHA", "KC was organising the purchase"): no new task (R51a), but in minutes with an action
    # column the line that column gives the member (R51c)
    MEMBER_AT_WORK = re.compile(r"(?:[A-Z]{2,3}|[A-Z]{2}[a-z])[ ]+(?:is|was|has[ ]+been|had[ ]+been)[ ]+(?:also[ ]+)?"
                                r"(?:[a-z]+ing|in[ ]+touch)\b")
    # an owner written after an action item, names or roles only ("Stephen Jones", "Group Leaders/Caroline Abrahams"),
    # is the item's owner, not a span of its own (spec 3: the owner text is not part of the ACTION span); a task in Title
    # Case or capitals ("CLERK TO WRITE TO NCC.") is no owner line
    OWNER_ONLY = re.compile(r"(?!.*\b(?:To|TO)\b)\**[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*)*(?:[ ]*/[ ]*[A-Z][\w'’.-]*(?:[ ]+[A-Z][\w'’.-]*)*)*\**")
    # a plan, strategy, scheme or the like as the subject of "will <verb>" says what it will do or hold, no one's task
    # (R40: a state of affairs): "The Strategy will set out the objectives for transport", "Data will capture the
    # speeds", "She confirmed that the plan would provide clarity on targets"; its passive stays a task ("The Plan will be
    # circulated"), as does a task later in the sentence ("..., and the Council will consult on it")
    THING_SUBJECT = re.compile(r"\b(?:(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Ee]ach|[Aa]ny|[Aa]n?|[Ii]ts|[Oo]ur)\s+)?"
                               r"(?:(?!(?:that|and|or|who|which|he|she|they|it|we|said|stated|confirmed|advised)\b)"
                               r"[\w'’-]+\s+){0,3}?"
                               r"(?:[Ss]trateg(?:y|ies)|[Pp]lans?|[Mm]odels?|[Ff]rameworks?|[Pp]olic(?:y|ies)|[Ss]chemes?|"
                               r"[Dd]ata|[Ss]tud(?:y|ies)|[Ss]urveys?|[Pp]rogrammes?|[Dd]ocuments?|[Gg]uidelines|"
                               r"[Ll]egislation|[Rr]egulations)\s+(?:will|would|shall)\s+(?:also\s+)?(?!be\b)(?=[a-z])"
                               # (so does a thing or a course of action in a relative clause: "an allocation for members,
                               # which will provide a focus and clarity", "a Scheme which would replace any local Schemes")
                               r"|\bwhich\s+(?:will|would)\s+(?:also\s+)?(?!be\b)(?=[a-z])")
    ACTION_SUBJECT = re.compile(
        rf"(?P<own>(?:The[ ]+|the[ ]+)?(?:Parish[ ]+)?(?:Clerk|Chairman|Chair|Officers|Secretariat|Handyman|Treasurer)"
        rf"|(?:(?:Cllrs?|Councillors?|County[ ]+Councillor)\.?\s+|{HONORIFIC})?{NAME}(?:[ ]+and[ ]+(?:the[ ]+)?(?:Clerk|{NAME}))?"
        rf"|[A-Z]{{2,3}}"
        # members named together after "Messrs" ("Messrs Mycock,Patterson and Bonnett to decide on work needed"), a
        # group of members by role ("Lead members to discuss the proposals with ...")
        rf"|Messrs\.?[ ]+{NAME}(?:[ ]*,[ ]*{NAME})*(?:[ ]+(?:and|&)[ ]+{NAME})?|[A-Z][a-z]+[ ]+(?:members|officers))"
        rf"(?:[ ,]|\s(?=\S))+(?:(?:also|kindly|has|had|have)\s+){{0,2}}"
        rf"(?:to|will(?![ ]+be\b|{OBLIGATION})|would(?![ ]+be\b|{OBLIGATION})|(?:will|would)[ ]+be(?=[ ]+[a-z]+ing\b)|should(?![ ]+read\b)|shall|agreed[ ]+to|offered\s+to|volunteered\s+to|undertook[ ]+to|"
        rf"(?:is|are|was|were)[ ]+(?:asked|reminded|requested|to)[ ]+to|"
        # (a correction to the minutes is no task: "Item 8 Treasurer's Report – the Account should read £1654.56")
        # (agreeing to hold a role sets no task: "Cllr Mann agreed to be the fourth signatory"; the future progressive
        # is a task, R51b: "Cllr. P. Harries would be attending the meeting", "Alan Pickering will be keeping everyone informed")
        # (a noun after "to" and before "of" is a preposition's object, no verb: "Contribution to purchase of 8 small
        # tables", "Grant to upkeep of the churchyard"; "Clerk to dispose of the bench" stays a task)
        # (a party that "shall be liable for" costs or "will be subject to" conditions is in a state, as a term of a sale:
        # "The purchaser shall be liable for legal costs arising from this disposal", no task)
        rf"is[ ]+to|are[ ]+to)\s+(?!{NOT_VERB}|{NO_NEW_TASK}|{EVENT_TIMING})(?!be[ ]+(?:the|a|an|liable|subject)\b)"
        rf"(?!(?!dispose\b)[a-z]+[ ]+of\b)(?:be[ ]+)?[a-z]")
    ACTION_ANYWHERE = re.compile(
        # (not the purpose of a thing: "the computer was used for the Clerk to undertake her duties")
        r"(?<!\bfor[ ])(?<!\bfor[ ]the[ ])(?<!\bfor[ ]the[ ]Parish[ ])\b(?:(?:the[ ]+|The[ ]+)?(?:Parish[ ]+)?Clerk|Officers|Secretariat)\s+(?:to|will|would|should|was asked to)\s+(?!" + NO_NEW_TASK + r")[a-z]"
        # a thing "to be <done>" in a short unit: "Railings to be painted", "A notice to be placed"; not one seen or
        # reported so ("Several items were noted to be monitored", "This was observed to be limited"), a rule of use
        # ("The Apple Press is not to be used by a lone worker", R40: no task), a list someone presented ("The Chair
        # summarised points to be addressed:", "The Clerk detailed the cheques to be authorised") or work that
        # continues (R51a: "The existing work will continue to be progressed", "The Hall has continued to be used"), nor
        # what a thing seems to be ("The issue appears to be related to the yard", a state, R40), nor a wish ("All
        # members wished to be associated with these sentiments", R40); a line may wrap between "to" and "be" ("There
        # are still insurance issues to \nbe clarified"); the item's topic label may come first, its task then a bare
        # "to be" ("Rubbish on Common - to be left until next year"); a thing "to be agreed" or "decided" is a decision
        # to come, a deferral (spec 3: "Wednesday 7th June, time to be agreed"), unless parties are named to agree it
        # ("Terms of Reference to be agreed by the parties involved": their work)
        r"|^(?:" + TOPIC_DASH + r")?(?:(?!(?:was|were|not|summari[sz]ed|detailed|outlined|continu(?:es?|ed)|appear(?:s|ed)?|seem(?:s|ed)?)\b)[\w'’]+[ ]+){0,5}(?<!\bneed[ ])(?<!\bneeds[ ])(?<!\bneeded[ ])(?<!\bhas[ ])(?<!\bhave[ ])(?<!\bhad[ ])(?<!\bwished[ ])(?<!\bwish[ ])to\s+be[ ]+(?!put\b|added\b|discussed\b|considered\b|deferred\b|carried\b|tabled\b|(?:agreed|decided)\b(?!\s+by\b)|"
        + CHOSEN + r")"
        + PARTICIPLE +
        # someone would/will do a follow-up task ("TS would contact the dog warden"), not a thing named by "it", "this" or
        # "which" (what it "will provide" or "would take" is its effect, R40: "welcomed the policy as it would provide
        # greater clarity", "the forum which will meet on a monthly basis"), or a list of initials agreed to (a
        # change that "would take effect" is a state of affairs, as is what a thing "will look like", and what someone "will look forward to" is a wish, R40; a report that
        # "will follow in due course" arrives later, no one is tasked: a deferral, spec 3; someone who "will give the full
        # details" is tasked, a thing that "will give us the flexibility" is not)
        r"|(?<!\b[Ii]t[ ])(?<!\b[Tt]his[ ])(?<!\bwhich[ ])\b(?:would|will)[ ]+(?!" + THIS_MEETING_ROLE + r")(?:contact|write|speak|ask|arrange|check|investigate|look(?!\s+(?:like|forward)\b)|report|liaise|send|"
        r"circulate|obtain|chase|follow(?!\s+(?:in\s+due\s+course|shortly|later|soon)\b|\s*[.;])|repair|determine|pass|forward|prepare|inform(?!\s+" + SHAPED + r")|"
        # an opportunity a thing will provide is offered, no task (R51b, as "will be given the opportunity"): "This will
        # provide an opportunity for members to explore the proposals", "Place Plans would provide an opportunity for
        # community councils to engage with the community"
        r"provide(?!\s+(?:an?|the)\s+(?:opportunity|chance)\b)|organi[sz]e|approach|attend|e-?mail|"
        r"install|order|purchase|replace|visit|meet|clear|remove|erect|fix|book|apply|submit|draft|update|monitor|seek|"
        r"request|confirm|speak|raise|discuss\s+with|" + REVERT_TO + r"|take(?!\s+place|\s+effect|\s+" + TAKE_ON_ROLE + "|" + TAKES_TIME + r")|put|get|comment|advertise|invite|supply|tidy|sort|try|hand|identify|remind|sign|re-?seed|give(?!\s+(?:us|them|you|it|him|her|everyone|people|residents|members)\b))\b"
        # the same follow-up task as an intention, whoever holds it (R40: a future task; a hope is a wish, none): "the
        # Parish Council intends to send information on footpaths to all parishioners", "we intend to carry out work
        # with a number of working parties", "The Parish Council are going to discuss and then contact the Highways",
        # "they ... plan to raise the issue" (a plan as a noun is none: "a longer term plan to replace the device")
        r"|\b(?:intends?|intended|planned|(?:we|they|and)[ ]+plan|(?:is|are|was|were)[ ]+going)[ ]+to[ ]+(?:then[ ]+)?(?:contact|write|"
        r"speak|ask|arrange|check|investigate|look|report|liaise|send|circulate|obtain|chase|follow|repair|provide|"
        r"prepare|organi[sz]e|approach|attend|e-?mail|inform|install|order|purchase|replace|clear|remove|erect|fix|book|"
        r"apply|submit|draft|update|monitor|seek|request|raise|discuss|carry|review|produce|issue)\b"
        # a letter that "would issue" is one to send, in the intransitive form (R40: a future task; as "a letter to be
        # issued"): "It was agreed that a letter would issue to University of Limerick", "a letter of thanks from the
        # Elected Members would issue to individuals involved"
        r"|" + LETTER_ISSUES +
        # the next step of a piece of work, whoever takes it (R40: a future task): "She stated that the next step is to
        # commence the planning process", "the next step will be to submit these for approval"; so is the next task or
        # stage: "My next task is to review all of our standing orders"
        r"|\bnext[ ]+(?:step|task|stage)[ ]+(?:is|was|will[ ]+be|would[ ]+be)[ ]+to[ ]+(?!be\b)[a-z]{3,}\b"
        # the same follow-up task in the future progressive, whoever does it (R40, R51b: someone to attend or organise):
        # "The police would be attending the Remembrance Service", "The C.C.C. would be sending out the materials", "the
        # landowner who would be undertaking the necessary work", "our team, who will be doing the final cut", "Dave
        # Cooper was going to be looking after all of the Parish's mechanical assets"; an
        # announced event or visit is none ("NCC would be holding their budget meeting", "would be visiting the village")
        r"|\b(?:would|will|(?:is|are|was|were)[ ]+going[ ]+to)[ ]+(?:also[ ]+)?be[ ]+(?:contact|writ|speak|ask|arrang|check|investigat|look|report|liais|send|"
        r"circulat|obtain|chas|follow|repair|prepar|organi[sz]|approach|attend|e-?mail|inform|install|order|purchas|"
        r"replac|meet|clear|remov|erect|fix|book|apply|submitt|draft|updat|monitor|request|rais|issu|"
        r"deliver|distribut|do|undertak)ing\b"
        # a task still to be done, in the passive: "a traffic survey is still to be undertaken", "Public lighting on the
        # Quay is also to be checked with the supplier" (not "was also to be presented ... but was not done"), "still
        # has to be finalised", "This will have to be investigated"; a need or an obligation states no task ("The Ash
        # Tree needs to be cut down", "the vulnerability of wells has to be looked at"), nor one in the past ("these had
        # to be replaced")
        r"|\b(?:(?:is|are|was|were)\s+(?:still\s+|now\s+)?|(?:is|are)\s+also\s+|(?:still|yet|will|shall)\s+(?:has|have)\s+|(?:had|has|have)\s+(?:still|yet)\s+)"
        r"to\s+be\s+(?!discussed\b|considered\b|"
        r"deferred\b|tabled\b|noted\b|decided\b|confirmed\b|agreed\b|" + CHOSEN + ")" + PARTICIPLE +
        # work scheduled or due to be done, whoever does it (R40, R51b: future work even when dated): "the boiler chimney
        # is scheduled to be replaced in November", "the houses were due to be handed over to BHA on Wednesday"; an event
        # scheduled to be held is announced (R51b), a matter due to be discussed a deferral (spec 3), and a thing "which
        # is due to be done" is background to the sentence ("a temporary installation until Broadband is provided for all
        # of Norfolk which is due to be done by the end of 2012")
        r"|(?<!\bwhich[ ])(?<!\bthat[ ])\b(?:is|are|was|were)\s+(?:also\s+|now\s+)?(?:scheduled|programmed|planned|due)\s+to\s+be\s+(?!held\b|"
        r"discussed\b|considered\b|deferred\b|tabled\b|noted\b|decided\b|agreed\b|approved\b|launched\b|opened\b|"
        r"occupied\b)" + PARTICIPLE +
        # a need reported in the future in the past is the work to be done (R40): "A central site for a storage shed would
        # need to be found", "the edges of the playing field would need to be tidied"; a thought to be given is none
        # ("Further consideration would need to be given", "Insurance cover would need to be considered"), nor a thing
        # to be kept as it is ("the working document which would need to be kept updated")
        r"|\bwould\s+need\s+to\s+be\s+(?!considered\b|given\b|discussed\b|kept\b)(?:found\b|" + PARTICIPLE + ")"
        r"|^Request(?:ed)?\s+that\b"
        r"|" + TASK_MADE + r"|" + AGREED_GROUP_TASK + r"|" + MOTION_TASK + r"|" + INFINITIVE_TASK + r"|" + HELD_TO_ACT
        + r"|" + AGREED_FOR_TASK + r"|" + IN_TOUCH + r"|" + TO_BE_PRESENT + r"|" + STILL_TO_DO + r"|" + WERE_REQUIRED
        + r"|" + BODY_FELT_TASK + r"|" + TO_BE_BANKED + r"|" + SAID_WOULD + r"|" + COUNCIL_WILL_NEED + r"|" + MEMBERS_REQUESTED
        + r"|" + ON_PROGRAMME + r"|" + REPORTED_WAS_TO +
        # the same passive task as a clause after a comma (R40): "... were signed and approved, to be forwarded to
        # CALC", "Purchase of direction signs for Church, to be sited East & West corners of the Green"
        r"|,\s*to\s+be\s+(?!put\b|added\b|discussed\b|considered\b|deferred\b|carried\b|tabled\b|paid\b|"
        r"approved\b|agreed\b|noted\b|decided\b)" + PARTICIPLE +
        r"|\b[A-Z]{2,3}(?:,[ ]*[A-Z]{2,3})*[ ]+and[ ]+[A-Z]{2,3}[ ]+(?:agreed|offered)[ ]+to\b"
        # a future task in the passive, whoever does it (R40): "A meeting with the Academy will also be arranged.", soon
        # ("The accounts would shortly be placed on the website"); a
        # state or an attitude is none ("would be prepared to contribute", "would be appreciated", "will be achieved"),
        # nor how a thing will be shaped or counted ("Policy will be informed by ...", "The guides will be focused on
        # ...", "This work will be steered by members", "this sum would also be accounted for within the target";
        # someone "will be informed of" a decision is told it: a task), nor an opportunity offered ("Members will be
        # given the opportunity to discuss ...", R51b), nor no action ("it was decided that no action
        # would be taken", "no further action will be taken"), nor where a cost or a thing will come from ("The costs
        # will be met from within existing resources", "would be funded by an interest free loan", "the payment would
        # be taken from Precept monies": a payment's source, as "paid" is no task), nor business taken at this meeting,
        # nor what "would be taken into consideration" or "into account" in a decision still to come (no one is tasked,
        # R40: "C.C.C. had responded to say that the issues raised would be taken into consideration"), nor a change
        # that takes effect from a date, as "would take effect" ("the proposed prices would be implemented from
        # October 1st"), nor "there will be" with a participle as an adjective ("there would now be designated pick up
        # points", "there will be limited parking": what will exist, no passive)
        # (nor a member who "would be appointed to" a seat or "as" its holder: an election, the meeting's decision, spec 3:
        # "it was agreed that Councillor X would be appointed to fill the vacancy"; "a Tourism Officer would be appointed"
        # is a post to recruit to, a task)
        # (nor what "shall be" done, the wording of a rule, a regulation or a standing order quoted in the minutes: "the
        # Charter shall be reviewed annually by the Audit Committee", "no recording ... shall be allowed", "the number of
        # Members ... shall be obtained by dividing ...", R40: no task set by the meeting)
        # (nor a thought, a priority or an emphasis to be given or placed: "consideration will be given to a second
        # trial", "Priority shall be given to applicants deemed homeless", "Significant emphasis will be placed on ...":
        # an intention or a rule of allocation, no task, as "consideration would need to be given" is none; "Bus
        # priority will be provided" is work)
        r"|(?!(?:(?<=\b[Cc]onsideration[ ])|(?<=\b[Tt]hought[ ])|(?<=\b[Pp]riority[ ])|(?<=\b[Ee]mphasis[ ]))"
        r"(?:will|would|shall)\s+(?:also\s+|now\s+|then\s+|shortly\s+|soon\s+)?be\s+(?:given|placed|put)\b)"
        r"(?<!\bno[ ]action[ ])(?<!\bfurther[ ]action[ ])(?<!\bvote[ ])(?<!\b[Tt]here[ ])\b(?:will|would)\s+(?:also\s+|now\s+|then\s+|shortly\s+|soon\s+)?be\s+(?!"
        + TAKEN_AT_MEETING + r"|discussed\b|considered\b|deferred\b|"
        r"tabled\b|noted\b|needed\b|required\b|pleased\b|interested\b|based\b|able\b|used\b|affected\b|involved\b|"
        r"prepared\b|appreciated\b|expected\b|appointed\s+(?:to|as)\b|deemed\b|achieved\b|(?:informed|steered|shaped|guided|defined)\s+by\b|"
        r"enriched\b|focus+ed\b|tailored\b|gained\b|transformed\b|compelled\b|accounted\b|" + STATE_PASSIVE + r"|"
        # (members who "will be asked to" decide, approve or note at a meeting have that meeting's business, agenda text
        # (R40): "At the Statutory Budget Meeting, the Members will be asked to make the following decisions:")
        r"asked\s+to\s+(?:make\s+(?:the\s+following\s+|a\s+)?decisions?|approve|adopt|agree|note|consider)\b|"
        r"(?:met|funded|financed|covered)\s+(?:from|by|out\s+of|through)\b|taken\s+(?:from|out\s+of|into\s+(?:consideration|account))\b|"
        r"(?:implemented|introduced|applied)\s+(?:with\s+effect\s+)?from\b|" + AT_LATER_MEETING
        + r"|given\s+(?:the\s+|an\s+)?(?:opportunity|chance)\b)"
        + PARTICIPLE + r"(?:\s+up)?"
        # the meeting agreed to do a task (R24: DECISION and ACTION): "agreed to ask Grounds Maintenance to cut ..."
        # (not to invite: the meeting agreeing to invite someone decides who attends or joins it, spec 3's DECISION
        # example "Members agreed to invite Directors ... to attend the Improvement Programme Board as advisory,
        # non-voting, members"; "Clerk to invite" stays a task)
        r"|\b(?:[Aa]greed|[Rr]esolved|[Dd]ecided)\s+(?:unanimously\s+)?to\s+(?!" + OWN_MEETING_DATE + r"|" + NO_NEW_TASK
        + r")(?:ask|contact|write|submit|e-?mail|speak|look|request|"
        r"approach|investigate|explore|attend|follow|get|check|enquire|hold|find|seek|send|chase|arrange|organi[sz]e|"
        r"obtain|inform|notify|liaise|take|make|donate|offer|forward|try|advertise|review|carry|publish|monitor|update|"
        r"provide|prepare|remind|circulate|erect|install|repair|clear|cut|replace|remove|order|walk)\b"
        # the meeting's order that something be done (R24: DECISION and ACTION): "It was agreed that a site meeting be
        # held", "resolved that the following observations be forwarded", "agreed that a letter should be sent"; not
        # an approval in that form ("that the minutes be adopted", "that this sum be paid", "that the quotation be
        # accepted"), nor no action ("decided that no action would be taken") or a thing not to be done ("decided that a
        # speaker would not be needed", "agreed that the Lodge would not be added to the Record"), nor a need ("agreed
        # that this matter needs to be supported by a service", R40: a need states no task); "that" may be left
        # out before "should be" ("It was agreed this matter should be reported to the police"); a thing to be kept as
        # it is, an agreed position (R49: DECISION), sets no task: "agreed that the telephony services at those locations
        # should be maintained", "agreed that some funds be kept in reserve"; the thing may take up to a dozen words
        # ("it was agreed that the village gateways and the benches and bird bath should be added to the Assets Register")
        r"|\b(?:agreed|resolved|decided)\s+(?:by\s+all\s+)?(?!" + OWN_MEETING_HELD + r")(?:that\s+(?!no\s+(?:further\s+)?action\b|a\s+vote\b)(?:(?!not\b|needs?\b|needed\b)[\w'’.-]+\s+){1,12}?"
        r"(?:should\s+(?:also\s+)?)?|(?:this|the)\s+(?:[\w'’.-]+\s+){0,6}?should\s+(?:also\s+)?|" + AGREED_NO_THAT + ")"
        r"be\s+(?!" + TAKEN_AT_MEETING + r"|" + AT_LATER_MEETING + r"|paid\b|approved\b|re-?approved\b|adopted\b|accepted\b|agreed\b|made\b|named\b|"
        r"sited\b|ratified\b|endorsed\b|noted\b|received\b|signed\b|appointed\b|elected\b|discussed\b|considered\b|deferred\b|tabled\b|"
        r"maintained\b|retained\b|kept\b|preserved\b|protected\b)"
        # (a meeting the body orders held is a task to arrange, R51b: "It was agreed that a site meeting be held to
        # establish who owns this section of the path"; one announced, "will be held on", is none)
        r"(?:held\b|" + PARTICIPLE + ")" +
        # the subjunctive, a member or officer told to act: "It was agreed that LH sign the Declaration after the
        # meeting", "agreed that the Clerk speak to Freebridge" (a verb without its "s" after a singular subject);
        # staying in office is no task ("resolved that Councillor Richardson remain as Chair"), nor is paying (R24: "agreed
        # that the Council cover the total cost"); "that" may be left out
        # ("Resolved Councillor Healey contact Metcalfes"), and a resolution's item may open with it, the council as
        # its subject ("That the Council conduct a survey in the village"); a pronoun after "that" names the member
        # too ("It was agreed that he write to the newspaper"; a member's suggestion "that he ask the EA to review it"
        # that the meeting assents to, proposed_task)
        r"|(?:\b(?:agreed|[Rr]esolved|decided)\s+(?:that\s+)?|^That\s+)(?:the\s+)?(?:Parish\s+)?(?:[A-Z]{2,3}|[Cc]lerk|Chair(?:man)?|Treasurer|Council|(?<=that[ ])(?:he|she)|"
        r"(?:Cllr\.?|Councillor)\s+[A-Z][\w'’-]+)\s+(?!be\b|was\b|is\b|has\b|had\b|were\b|would\b|will\b|should\b|could\b|"
        r"may\b|might\b|can\b|must\b|and\b|or\b|remain\b|" + NO_NEW_TASK + "|" + PAYS + r")[a-z]{3,}\b(?<![^s]s)(?<!ed)"
        # "It was agreed that TS would approach the resident", "RB / would prepare a costed report", "it was agreed that
        # the clerk should reiterate the concern" (older minutes write the clerk in lower case); "that" may be left out
        # before an officer by role ("it was agreed the Meetings Administrator would revert with a suitable date")
        # (a thing or a situation does no task: "This will help cover expenditure", "It would appear that"; nor do the
        # public or people at large, advised or described, R40: "CC advised that the Parishioners should write directly
        # to the MP", "People will work flexibly on the priorities", "Most will hear by Easter")
        r"|(?:\bthat\s+|^|\bagreed\s+(?=the\s+[A-Z]))(?:the\s+)?(?!(?:This|It|There|These|Those|That|What|Which|Parishioners|Residents|Villagers|"
        r"People|Most|Citizens|Everyone|Anyone)\b)(?:[A-Z]{2,3}|[Cc]lerk|Chair(?:man)?|"
        r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z][a-z]+\s+[A-Z][a-z]+\s+" + STAFF_HEAD + r")\s+(?:would|will|should)"
        r"\s+(?:also\s+)?(?!be\b|have\b|not\b|need\b|take\s+place\b|" + NO_NEW_TASK + "|" + EVENT_TIMING + "|"
        + UNDER_REVIEW + r")[a-z]{3,}\b"
        # a member or officer taking on a task later in the sentence: "Advice was given to contact BHA and SW agreed to do
        # this", "the Clerk agreed to notify them in writing", "County Cllr. J. Davies agreed to stand in" (the "PC" is the
        # parish council: its agreement is a decision, R24); a pronoun may open the sentence ("He agreed to raise the
        # matter with the Gardaí")
        r"|(?:\b(?:(?!PC\b)[A-Z]{2,3}|Clerk|Chair(?:man)?|(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+|[Hh]e|[Ss]he)"
        r"|" + OFFICER_ROLE + ")"
        r"\s+(?:(?:had|has|also|kindly)\s+){0,2}(?:agreed|offered|volunteered|undertook)\s+to\s+(?!" + NOT_VERB + "|"
        + NO_NEW_TASK + r")[a-z]"
        # a member's task after "that", "and" or the meeting's "agreed" (R24): "it was agreed that Cllr. J. Davies would
        # find out the cost", "it was agreed Councillor Moran will call in", "Discussions are ongoing and DH would provide
        # further updates", "decided that Councillor Richardson and Councillor Moran would organise the thinning"
        r"|\b(?:that|and|agreed|decided|resolved)\s+(?:the\s+)?" + MEMBER + r"(?:\s+and\s+(?:the\s+)?" + MEMBER + r")?"
        r"\s+(?:would|will|should)\s+(?:also\s+|now\s+)?+(?!be\b|have\b|not\b|need\b|take\s+place\b|" + NO_NEW_TASK + "|" + UNDER_REVIEW
        + r")[a-z]{3,}\b"
        # "X to <verb>" as a clause after a comma, a bracket or a dash (spec 3): "Mandate forms completed ..., MPO to
        # sign", "needs repair (NCC to carry out a drain investigation)", "Rubbish has been tipped - clerk to contact ..."
        r"|(?:[,(;]|\s[-–])\s*(?:the\s+)?(?:[Cc]lerk|(?!PC\b)[A-Z]{2,4})\s+to\s+(?!" + NOT_VERB + "|" + NO_NEW_TASK + r"|be\s+(?:the|a|an)\b)[a-z]"
        # a resolution's item in the subjunctive, the thing to be done as its subject (R24; spec 3): "A report on the
        # final results be submitted to the next meeting", "A consultation paper be circulated in April"; not a modal or
        # a finite verb before "be", nor one person's proposal or request, a wish in the debate (R40: "X proposed that
        # Carole be invited", "Councillor Keary requested signage be replaced"); an approval in that form is a DECISION
        # only ("That the accounts be approved")
        r"|^(?:That\s+)?(?:(?!(?:to|will|would|should|could|can|may|might|must|shall|not|cannot|also|is|are|was|were|"
        r"has|have|had|need|needs|that|proposed|suggested|asked|requested)\b)[\w'’,/-]+\s+){1,12}?be\s+(?!paid\b|approved\b|re-?approved\b|adopted\b|accepted\b|"
        r"agreed\b|made\b|named\b|sited\b|ratified\b|endorsed\b|noted\b|received\b|signed\b|appointed\b|elected\b|"
        r"discussed\b|considered\b|deferred\b|tabled\b)" + PARTICIPLE +
        # someone asking a named person, the handyman or the members to do a task: "asked Paula Kellingray to chase up
        # copies", "had today asked the Handyman to clear fallen leaves", "asked the Councillors to put forward projects"
        r"|\b(?:asked|instructed|reminded|tasked)\s+(?:the\s+)?(?:" + MEMBER + r"|Handyman|[A-Z][a-z]+[ ]+[A-Z][\w'’-]+|[Mm]embers?|[Cc]ouncillors)\s+to\s+(?!" + NOT_VERB + "|" + NO_NEW_TASK + r")[a-z]"
        # the same request with the member or officer as the subject of the task, or asked for a thing to provide: "CC
        # requested that the Parish Clerk and the Handyman should look into the cost of a new post", "DHO requested PAG
        # sends the agreement to him", "PK asked Cllr Long for assistance in acquiring a quotation"; a question put to
        # them is none ("asked the Clerk whether ...", "asked CC about ...")
        r"|\b(?:asked|requested|instructed)\s+(?:that\s+)?(?:the\s+)?(?:Parish\s+)?(?:" + MEMBER + r"|Handyman)(?:\s+and\s+(?:the\s+)?"
        r"(?:Parish\s+)?(?:" + MEMBER + r"|Handyman))?\s+(?:should\s+)?(?!be\b|about\b|whether\b|regarding\b|how\b|what\b|"
        r"when\b|where\b|why\b|who\b|which\b|" + NO_NEW_TASK + r")[a-z]{3,}\b(?<!ed)"
        # a council, a member or a pronoun that "will" do a task, opening a clause (R40): "At the same time, the Parish
        # Council will conduct a survey", "In answer to a parishioner request, PAG will compose a notice", "...; he will
        # talk to Andy Wallace", a member reporting in the first person: "I will issue invitations to Councillors", "Geoff
        # and I will of course keep everyone informed" (any subject "will <verb>" is too loose: "This will help cover
        # expenditure"; a notice of motion, "I will move at the next meeting", is none: NOTICE)
        r"|(?:^|[,;]\s*|\band\s+)(?:(?:the\s+)?(?:[A-Z][\w'’-]+\s+){0,3}(?:Parish\s+|Borough\s+|County\s+|District\s+)?Council|he|she|I|" + MEMBER + r")"
        r"\s+will\s+(?:also\s+|now\s+|of\s+course\s+)?+(?!be\b|have\b|not\b|need\b|" + NO_NEW_TASK + r")[a-z]{3,}\b"
        # work someone was due, going or about to do, an outside body's included (R40, R51b): "the Borough Council Planning
        # team were due to determine the application", "the Parish Council was about to purchase 20 trees", "Mrs Cann is
        # going to suggest titles", members booked on a course (R51b: someone to attend): "The Chairman and Pam Walker are
        # booked to attend a course" (a bare "was to" is mostly an aim: "the aim of resurfacing was to help prevent ...";
        # what "is due to" happen is an event or a cause: "This is due to parking")
        r"|\b(?:(?:was|were)\s+(?:due|going|about|booked)|(?:is|are)\s+(?:going|booked))\s+to\s+(?!" + NOT_VERB + "|" + NO_NEW_TASK + r"|be\b|have\b)[a-z]{3,}\b"
        # someone told at the meeting to do a task, later in the sentence: "... and the clerk was instructed to obtain
        # another", "she was asked to email a copy", "TS was tasked with contacting" (the present is a report's
        # recommendation, PROPOSAL); members asked to approve or note an item is the meeting's own business (R40: agenda
        # text): "the Parish Councillors were asked to discuss and approve the annual financial report"
        r"|\b(?:was|were)\s+(?:also\s+)?(?:asked|instructed|reminded|requested|tasked|advised)\s+(?:to|with)\s+(?!" + NOT_VERB + "|" + NO_NEW_TASK
        + r"|(?:discuss\s+and\s+)?(?:approve|agree|note|receive|resolve|ratify)\b)[a-z]"
        # offering to do a task, whoever offers (R40): "Mark Dawson offered to pass any questions back", "Some guests of
        # this meeting offered to help"; not the passive ("support to be offered to members"); one who "kindly agreed"
        # offered it ("Mr Bowers funeral director had kindly agreed to give advice on this matter")
        r"|(?<!\bbe[ ])(?<!\bbeen[ ])\b(?:offered|volunteered|undertook|kindly\s+agreed)\s+to\s+(?!" + NOT_VERB + "|" + NO_NEW_TASK + r")[a-z]"
        # a commitment reported with a pronoun, an outside body's included (R40): "SBC had confirmed that they would
        # repair the shed roof", "Frank Reid stated that he would advertise for a clerk"
        r"|\b(?:confirmed|advised|stated|said|added|agreed|promised|indicated|explained|reported)\s+(?:\w+\s+)?that\s+"
        r"(?:he|she|they)\s+(?:would|will)\s+(?:also\s+|now\s+)?+(?!be\b|have\b|not\b|need\b|take\s+place\b|"
        + NO_NEW_TASK + r")[a-z]{3,}\b")
    # the body itself as the subject of a task: an ACTION with no named owner (R41), unlike "It will ..." or "There will"
    # (also all of its members or its "Parish Councillors": "The Parish Councillors agreed to pay a rate of £2.00 per
    # month", "All Councillors agreed to add to Standing Orders ...": the body's decision, R24)
    BODY_OWNER = {"members", "councillors", "council", "board", "the council", "the parish council", "parish council",
                  "the board", "we", "all", "parish councillors", "all councillors", "all members"}
    # the body agreeing to pay, share or adopt is its decision (R24), a task only with a task verb (ACTION_ANYWHERE);
    # "would need to" / "should" is its duty, not yet a task; the body "to pass a resolution", "to consider" or "to
    # note" is its own business at the meeting, agenda text (R40): "The Council to pass a resolution excluding the
    # press and public"
    BODY_DECIDES = re.compile(r"[ ,]+(?:(?:also|unanimously|present)\s+)*(?:agreed|resolved|decided|would|should)\b"
                              r"|\s+to\s+(?:pass\s+a\s+resolution|consider|note|receive|approve|agree|resolve)\b")
    # no named owner; "Highways" is one, an outside body given a task (R40: "Loose Kerb - Highways to relay this kerb")
    # (nor "that", nor the adjective of "Sad to say", "Needless to say": "That is to boldly announce ...")
    NON_OWNER = {"members", "councillors", "council", "board", "it", "this", "they", "all", "everyone", "we", "he",
                 "she", "there", "these", "those", "that", "sad", "needless", "suffice", "the council", "the parish council", "parish council", "the board",
                 "planning", "what", "which", "who", "members agreed", "nothing", "thanks", "none", "nobody",
                 "parish councillors", "all councillors", "all members", "people", "most", "citizens", "anyone",
                 # the meeting's decision word opening the minute ("Resolved to pay.", "Agreed to renew the
                 # subscription") or a request received: a decision, a task only by ACTION_ANYWHERE's task verbs (R24)
                 "resolved", "agreed", "decided", "request", "requests",
                 # a thought, a priority or an emphasis "shall be given" is none (see the passive task above)
                 "consideration", "priority", "emphasis",
                 # a sentence opening with a preposition ending in "to" names no one ("Prior to adjournment, tributes
                 # were paid", "Subject to clause (b), the number ...", "Further to the last meeting, ..."), nor does a
                 # leave opening it, a noun before its "to" ("Approval to proceed is then sought", "Permission to erect
                 # the sign was granted")
                 "prior", "subject", "further", "pursuant", "due", "owing", "according", "contrary", "previous",
                 "approval", "permission", "consent",
                 # an item opening "Continue to ..." reports work already under way (R51a: "continues to"), as one
                 # opening "Just to note" is a remark: "Continue to maintain and market the Greenway"
                 "continue", "just"}

    # a motion's outcome on its own (spec 3: one span with the sentence that states the motion): "Carried", "The
    # proposal was therefore carried.", "Not carried", "Approved by all present.", "This was carried by 5 Votes - 1
    # abstention", "All in favour."
    OUTCOME_ONLY = re.compile(r"\W*(?:(?:the\s+)?(?:motion|proposal)\s+(?:was\s+)?(?:therefore\s+)?|this\s+was\s+)?"
                              r"(?:unanimously\s+|not\s+)?(?:carried|agreed|lost|defeated|passed|approved)"
                              r"(?:\s+unanimously|\s+by\s+all(?:\s+present)?|\s+by\s+\d+\s+votes?\b[^.\n]{0,30})?\W*"
                              r"|\W*all\s+(?:(?:were|present)\s+)?in\s+(?:favour|agreement)\W*", re.I)
    # an assent that names nothing it assents to: "This was agreed.", "All agreed to this.", "All in agreement.", "The
    # Parish Council agreed." (spec 3: one span with the sentence that states what was put; the sentence before, on
    # its paragraph, is the span's start)
    ASSENT_ONLY = re.compile(r"(?:this|that|it)\s+was\s+(?:also\s+)?(?:unanimously\s+)?(?:agreed|approved|accepted|supported)"
                             r"(?:\s+by\s+all(?:\s+present)?|\s+unanimously)?[.!]?"
                             r"|all\s+(?:present\s+)?agreed(?:\s+(?:to|with)\s+(?:this|that|it))?[.!]?|all\s+in\s+agreement[.!]?"
                             r"|(?:the\s+)?(?:parish\s+|community\s+|town\s+)?(?:council|members|councillors|board|committee)"
                             r"\s+(?:all\s+)?agreed[.!]?"
                             # the members content with what was put: "All members were happy with this approach.",
                             # "All Councillors noted that they were content."
                             r"|(?:all\s+)?(?:the\s+)?(?:parish\s+)?(?:council|members|councillors)\s+(?:noted\s+(?:that\s+)?they\s+)?"
                             r"(?:were|was)\s+(?:all\s+)?(?:happy|satisfied|content)(?:\s+with\s+(?:this|that|it)(?:\s+\w+)?)?[.!]?",
                             re.I)
    # what may part a motion from its outcome: a space, or a blank line or two ("... seconded by Cllr Mann\n\nCarried")
    OUTCOME_GAP = re.compile(r"[ \t\xa0]*(?:\n[ \t\xa0]*){0,3}")
    # the movers of a decision stated just before (spec 3): "Proposed: Trevor Smith, seconded: Amanda Wright.", "Seconded
    # by Mr Stocking.", "Approval – proposed by KP, seconded by DN.", "This was proposed by Cllr. P. Harries,
    # seconded by Cllr. Alun Davies and unanimously agreed." (a title's or an initial's full stop ends no sentence)
    # ("It was proposed by X, seconded by Y and agreed to approach The Plough" or "... that ..." is a motion itself)
    MOVERS_ONLY = re.compile(rf"\W*(?:(?:this|which|it)\s+was\s+|approval\s*[–:-]\s*)?(?:(?:proposed|prop\.?)\b"
                             rf"{MOVER_WORD}{{0,80}}\bseconded\b|seconded\s+by\b){MOVER_WORD}{{0,60}}\.?\W*", re.I)
    # the seconder and the assent after a motion stated in the sentence before: "Councillor A proposed that the lands be
    # rezoned. This was seconded by Councillor B and agreed.", "This Motion was seconded by Councillor B and agreed."
    # (spec 3: a motion's outcome is one span with the sentence that states the motion)
    SECONDED_ASSENT = re.compile(rf"(?:this|the)\s+(?:motion\s+|proposal\s+)?was\s+seconded\s+by\b{MOVER_WORD}{{0,60}}?"
                                 r"\s+and\s+(?:unanimously\s+)?(?:agreed|carried|approved)(?:\s+by\s+all)?[.!]?", re.I)
    # the first sentence of a paragraph, a title's or an initial's full stop inside it (a tail after a span)
    FIRST_SENTENCE = re.compile(rf"(?:(?!\n[ \t\xa0]*\n){NOT_STOP}){{1,200}}?[.!](?=\s|$)")

    # Every word that can make a unit a decision or a motion (a superset of DECISION_WORDS and MOTION_FORMULA's
    # words): found once per text, so the many candidates with none skip those patterns.
    DECISION_HINT = re.compile(r"(?i)\b(?:agree|resolv|approv|noted|endorsed|accepted|decided|supported|authori[sz]ed|"
                               r"carried|adopted|ratified|duly|passed|object|refused|no|propos|moved|prop|nom|motion|signed|declined|defeated|lost|"
                               r"amendment|confirmed|recommend|support|elected|all|general|happy|satisf|content|felt)")
