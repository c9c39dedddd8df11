"""The regex fragments the span patterns are built from: the shapes of a task, its owner and its timing, and the
words of a meeting's own business, each named after the rule it states (spec 3, R10-R51) with the examples that
justify it. :mod:`governance_nlp.rules.span_patterns` compiles them into :class:`SpanPatterns`; kept apart so that
the catalogue of compiled patterns and the pieces they share each stay readable.
"""
from __future__ import annotations

# A past participle, for tasks in the passive ("to be cleared", "will be sent", "will be done by the Trust"); not any
# word ending in "t" ("would be without", "able to be present"), nor an adjective or adverb in "-en" ("will be open to
# scrutiny", "would be even better", "is often to be seen").
PARTICIPLE = r"(?!(?:open|even|often)\b)(?:[a-z]+(?:ed|en)|done|put|set|sent|spent|built|met|sought|bought|brought|kept|left|cut|let|dealt|lent)\b"


# A word that cannot start the verb after "to": "Due to the weather", "Extension to a dwelling", "Links to other
# websites" are a preposition and its object, no task (spec 3: "X to <verb>"); so is the part of a building in a
# planning application's description ("Extension to dwelling", "Conservatory to bungalow", "Dismantle to ground level");
# so is "to date", so far ("Expenses to date were £6023", "Expenditure to date is €175,000")
NOT_VERB = (r"(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|other|any|some|each|every|all|no|"
            r"dwelling|bungalow|house|garage|existing|rear|front|side|ground|agricultural|outbuilding|date)\b")
# a member who agrees to hold a post or a seat takes an office, the meeting's election (spec 3: a DECISION), no task:
# "June agreed to be Treasurer", "Mrs Armsby had agreed to stand again", "the present officers agreed to stand",
# "BH offered to be part of the group", "DS agreed to chair the group", "Mr Robson will take on the role of Chairman";
# standing in for someone at a meeting is a task ("County Cllr. J. Davies agreed to stand in")
TAKE_ON_ROLE = r"on\s+(?:the\s+)?(?:role|duties|post|position|office)\b"
HOLDS_ROLE = (r"stand(?:\s+again|\s+for\s+re-?election|\s+as)?\b(?!\s+in\b)|be\s+(?:an?\s+|the\s+)?(?:(?:Vice[- ])?[A-Z][a-z]+"
              r"(?:\s+[A-Z][a-z]+)?(?=\s*(?:[,.;]|and\b|with\b|$))|(?:committee\s+)?members?\b|part\s+of\b|signator(?:y|ies)\b)|"
              r"take\s+" + TAKE_ON_ROLE + r"|chair\s+(?:the|this)\s+(?:group|(?:sub-?)?committee)\b")
# presiding over this meeting or running its business is its own procedure, no task after it (spec 3): "Councillor
# Keary agreed to chair the Meeting in his absence", "the Deputy Mayor would take the Chair", "it was agreed Members
# would take a 5 - 10 minute adjournment", "The Chair agreed to allow AOB", "it was agreed to hold the meeting “In
# Committee”", "he would answer any queries after the presentation"
THIS_MEETING_ROLE = (r"take\s+the\s+[Cc]hair\b|chair\s+the\s+(?:[Mm]eeting|remainder)\b|take\s+an?\s+(?:[\w–-]+\s+){0,4}?"
                     r"adjournment\b|allow\s+(?:AOB|A\.O\.B|any\s+other\s+business)\b|hold\s+the\s+[Mm]eeting\s+\W?[Ii]n\s+"
                     r"[Cc]ommittee\b|answer\s+(?:any\s+|all\s+)?(?:queries|questions)\s+after\s+the\s+presentation\b")
# work already under way goes on (R51a: "We will continue to monitor", "had agreed to continue as representative"),
# or a wish (R40: "Councillor Linsley would like to thank ...", "The Committee would very much like to thank ...", "the
# style that Boughton would hope to adopt", "would wish to see", "would prefer", "I will look forward to its opening",
# "he would welcome feedback from Members"; or a thing someone "will never" do, no task at
# all: "I will never forget that feeling"), or holding a post once elected ("... be appointed Cathaoirleach of the Municipal
# District of Newcastle West to hold office to the next Annual Meeting", as "remain as Chair", or "has agreed to take over
# the duties of Treasurer"), or taking over payments, the body's decision to pay (R24: "the Councillors resolved to take
# over these payments"), or adjourning this meeting, its own procedure ("it was agreed that the Meeting would adjourn for
# twenty minutes"): no new task
NO_NEW_TASK = (r"(?:(?:of\s+course|also|very\s+much|really)\s+)?(?:continue|like|hope|wish|prefer|welcome|look\s+forward|never|hold\s+office|adjourn|"
               + THIS_MEETING_ROLE + r"|take\s+over\s+"
               r"(?:the\s+|these\s+|this\s+)?(?:duties|role|post|position|office|payments?|costs?)\b|"
               # a member who "would represent the Council on the Area Committee" holds a seat there, as "hold office"
               # (representing it at a meeting is a task: "will represent Glazewing at the September meeting")
               r"represent\s+(?:[\w'’]+\s+){0,3}?on\s+(?:the|a|an|its)\b|" + HOLDS_ROLE + r")\b")
# a member or a document the meeting is to choose or adopt is its decision (spec 3: elections and approvals), no task
# after it: "a new Chair was to be elected", "The two persons to be adopted will be ..."
CHOSEN = r"(?:elected|appointed|co-?opted|adopted|approved)\b"
# paying, a body's cost covered or met, is its decision (R24: agreeing to pay), no task: "agreed that the Council cover
# the total cost"
PAYS = r"(?:pay|cover|fund|(?:meet|bear)\s+the\s+(?:total\s+)?costs?)\b"
# another body that "would keep it under review" reports its ongoing activity (R51a: "keeps under review" is no
# task): "we were advised that it was not scheduled for resurfacing but that NCC would keep it under review"; the
# meeting agreeing to keep a matter under review is monitoring agreed, a task (R51a)
UNDER_REVIEW = r"keep\s+(?:[\w'’]+\s+){0,3}?under\s+review\b"
# a need or an obligation after "will"/"would" states no task (R40): "Hardcore will need to be brought in", "Parish
# Councils will have to make a decision whether or not to take on these tasks"
OBLIGATION = r"[ ]+(?:need|have)[ ]+to\b"
# when an announced event runs, starts or ends, or where and when it "is to be held", is no task (R51b): "The Market
# will run between 11am and 4pm", "Implementation will commence in early 2014", "A Police Surgery is to be held in the
# village on September 28th", a conference listed "(c) Planning Law Update, to be held in Athlone"
EVENT_TIMING = r"(?:run|start|commence|finish|end|open|close|be\s+held)\s+(?:between|from|until|till|at|on|in)\b"
# what a thing will take account of, the form it will take or how long it will take is a state of affairs, no task
# (R40): "The study will take into account ...", "this would take the form of a show of hands", "the transfer would take
# some weeks."; the time some work will take to do states that work ("the sign will take 12 to 14 weeks to replace",
# "an audit that would take several weeks to be completed")
TAKES_TIME = (r"\s+(?:into\s+account|account\s+of|the\s+form\s+of|(?:(?:approx(?:imately|\.)?|about|around|up\s+to|"
              r"at\s+least|some|several|many|a\s+(?:few|number\s+of|couple\s+of|long|further))\s+)?(?:\d|one|two|three|"
              r"four|five|six|time|years?|months?|weeks?|days?|hours?|minutes?|longer|a\s+(?:year|month|week|day|while))\b"
              r"(?![^.;]*?\bto\s+[a-z]))")
# the dot of an hour written "a.m."/"p.m." or "9.15", no sentence end
CLOCK_DOT = r"(?<=\d)\.(?=\d)|(?<=\b[ap])\.(?=m\.)|(?<=\b[ap]\.m)\."
# the date of one of the body's own meetings, set or announced, is no task (R51b: a meeting the minutes announce): "It
# was agreed to hold the July Meeting of the District on Wednesday, 14th July"; a meeting ordered held to do business
# stays one ("agreed to hold a site meeting at the bridge", "agreed to hold a Workshop to discuss the Motion"); a
# committee's meeting too, and its hour with its dots before the day ("It was also agreed to hold a Meeting of the Joint
# Policing Committee (JPC) Sub Committee on Wednesday, 5th December", "agreed to hold the Annual Meeting of the
# Metropolitan District of Limerick at 11.00 a.m. on Monday, 15th June")
OWN_MEETING_DATE = (r"hold\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,3}(?<!site\s)[Mm]eeting\b(?:[^.]|" + CLOCK_DOT + r"){0,100}?"
                    r"\bon\s+(?:[A-Z]|\d)")
# the same date in the passive: "it was agreed that the March Meeting of the Metropolitan District would be held on ...",
# also with its place first: "It was agreed that the AGM should be held in the Village Hall on Monday 6th December"
OWN_MEETING_HELD = (r"that\s+the\s+(?:[\w'’-]+\s+){0,3}(?:[Mm]eeting|AGM)\b[^.]{0,60}?\bbe\s+held\s+"
                    r"(?:(?:in|at)\s+[^.]{0,40}?\s)?on\s+(?:[A-Z]|\d)")
# an officer who "will revert" replies later to the members, a task (R40): "the Senior Executive Engineer would revert to
# Councillor Galvin on this matter", "he would revert with a further update", "will revert when sites have been
# evaluated", "I will revert to the Municipal District with an update"; not a power or a practice going back to a former
# holder or state ("it would revert to the Chief Executive", "would revert to blended hybrid monthly meetings")
REVERT_TO = (r"revert(?:\s+back)?(?=\s+(?:with|on|when|in\s+due|as\s+soon|to\s+(?:the\s+|all\s+)?(?:[Mm]embers?|"
             r"[Ee]lected\s+[Mm]embers|[Cc]ouncil(?:lors?)?|Municipal|[Cc]ommittee|him|her|them|you|us)\b))")
LETTER_ISSUES = (r"\b(?:letters?|correspondence|invitations?|reminders?)\b(?:\s+(?:of|from)\s+[^.;]{0,60}?)?\s+(?:would|will|"
                 r"should|to)\s+(?:now\s+|also\s+)?issue\b")
# the head word of an officer's or a section's title of three words ("the Senior Executive Engineer", "The Roads Department",
# "the Economic Development Directorate"), a person or staff who can be given a task, not a thing ("the Electronic
# Meeting System", "the Draft Bye Laws")
STAFF_HEAD = r"(?:Engineer|Officer|Administrator|Manager|Director(?:ate)?|Department|Section|Planner|Architect|Secretary)\b"
# what a thing "will inform" is shaped by it, no one told (R40: a state, no task): "These results will inform priorities
# and planning for the coming year", "This review will inform the discussions at the workshop"; someone informed
# ("will inform the Clerk", "will inform residents") stays a task
SHAPED = (r"(?:the\s+|our\s+|its\s+|their\s+|future\s+)?(?:priorities|planning|discussions?|debate|decisions?|"
          r"development|design|polic(?:y|ies)|plans?|strateg(?:y|ies)|thinking|approach)\b")
# a task named by its noun and "made", in the passive (R40): "Preliminary enquiries would be made at SBC", "An appointment
# is also to be made with the arborist", "That contact be made with the registered person"; "made" is no participle of
# a task elsewhere ("payments to be made", "would be made available", "Decisions ... would be made by the Government"),
# nor is a member's suggestion one ("The Chairman suggested that contact be made", R40: opinions)
TASK_MADE = (r"(?<!suggested[ ]that[ ])\b(?:contact|enquiries|inquiries|appointment|arrangements|approach)"
             r"\s+(?:(?:would|will|should|shall|is|are|also|to|now|then)\s+)*be\s+made\b")
# the meeting agreeing that the council itself, its members or its officers, named as a group or "we", will do a task
# (R24: "It was agreed that X should/will do Y" is DECISION and ACTION; R41: no named owner): "It was agreed that we
# should start looking at options for the park", "agreed that officers should pursue the lobbying points", "It was
# agreed that we could look to work with the Gardening Society"; a state kept ("agreed that we would leave the number
# at 6") or a thing to be done to them ("that we should be consulted") is none
AGREED_GROUP_TASK = (r"\b(?:agreed|resolved|decided)\s+that\s+(?:we|officers|members|councillors)\s+(?:should|would|will|could|"
                     r"shall)\s+(?:also\s+)?(?!be\b|have\b|not\b|need\b|leave\b|keep\b|remain\b|" + NO_NEW_TASK + r")[a-z]{3,}\b")
# "that" left out before the thing ordered done in the subjunctive, as clerks often write it (R24: DECISION and
# ACTION): "it was agreed this request be forwarded to the Environment Department", "it was agreed the Taoiseach be
# contacted on the matter", "agreed a letter should be sent to the Minister"; with no modal before "be" (what "would be
# held on" a date is announced, R51b: "It was agreed the December Meeting would be held on Tuesday"), within the
# sentence, and not the minute's silence kept at this meeting
AGREED_NO_THAT = (r"(?!a\s+minute[’']?s\s+silence\b)(?:the|this|these|those|a|an)\s+"
                  r"(?:(?!not\b|needs?\b|needed\b|that\b|would\b|will\b|can\b|could\b|must\b|may\b)[\w'’-]+\s+){0,8}?"
                  r"(?:should\s+(?:also\s+)?)?")
# a minute written as the infinitive of a follow-up task, the clerk's note of what to do (spec 3: "E-mail presentation
# slides to the Board" is an ACTION; R40): "To request Mr. Chapman to mark footpath at Oxborough Rd.", "To enquire
# whether a Public Right of Way sign could be erected"; an agenda line's "To consider", "To receive", "To note" is none
INFINITIVE_TASK = (r"^(?:\d{1,3}\.\s+)?To\s+(?:request|enquire|inquire|contact|write|ask|obtain|arrange|inform|chase|"
                   r"investigate|seek|order|remind|notify)\b")
# a speaker's own pledge reported in the meeting, whatever the verb (R40: a future task, whoever does it): "Mr Smith said
# he would pursue the matter", "she stated that she would ascertain if a copy could be placed", "Mr Cooper said he would
# review the maintenance plans"; not a wish, a state, a view or a welcome ("he would like to", "she would be pleased",
# "he would welcome any ideas", "they would support the application"), a decision to come ("he would consider it"),
# serving in an office ("He said he would serve the area to the best of his ability") nor this meeting's order of
# business ("the Chairman said he would bring forward the item on Community Policing")
SAID_WOULD = (r"\b(?:said|stated|confirmed|advised|replied|added|promised)\s+(?:that\s+)?(?:he|she|they)\s+would\s+"
              r"(?:also\s+|now\s+|personally\s+)?(?!be\b|have\b|not\b|need\b|take\s+place\b|" + NO_NEW_TASK + "|" + UNDER_REVIEW
              # (a wish, "like", "hope", "prefer", "welcome", is NO_NEW_TASK's)
              + r"|(?:consider|accept|expect|imagine|think|agree|support|object|appreciate|want|rather|love|"
              r"doubt|suggest|recommend|favour|oppose|serve)\b|bring\s+forward\s+the\s+item\b)[a-z]{3,}\b")
# a meeting to be held to do some work is that work, a task (R51b: a meeting ordered held to do business, unlike one
# only announced): "The Chairman informed the meeting that a site meeting will be held to mark out this area"
HELD_TO_ACT = r"\b(?:will|would|shall|is\s+to|are\s+to)\s+(?:also\s+)?be\s+held\s+to\s+(?!be\b|discuss\b|consider\b)[a-z]{3,}\b"
# agreeing "for" someone to act or something to be done, as "agreed that X be done" (R24, R40): "A parishioner ... agreed
# for her details to be passed to the contractors", "It was agreed for the Clerk to contact the landowner"; a payment or
# an approval so put is none ("agreed for the invoice to be paid")
AGREED_FOR_TASK = (r"\b(?:agreed|resolved|decided)\s+for\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:be\s+(?!paid\b|approved\b|adopted\b|"
                   r"accepted\b|agreed\b|made\b|signed\b|noted\b|discussed\b|considered\b|deferred\b)" + PARTICIPLE
                   + r"|(?!be\b|have\b)[a-z]{3,}\b)")
# someone who "will be in touch" is to contact someone, whoever it is (R40: a future task, an outside body's included):
# "Carmarthenshire County Council had advised that they would be in touch in the coming weeks", "an engineer would be
# in touch shortly to arrange the installations"
IN_TOUCH = r"\b(?:will|would|shall)\s+(?:also\s+|now\s+)?(?:be|get)\s+in\s+(?:touch|contact)\b"
# members named to be present at a future event or meeting are tasked to attend it (R51b: someone to attend): "Peter,
# David & I will be present.", "Those to attend this meeting will be The Chairman, Cllrs ... and the Clerk"; a list of
# those attending this meeting ("Those Attending: Cllr ...") is none
TO_BE_PRESENT = r"\b(?:will|would|shall)\s+(?:also\s+)?be\s+(?:present|in\s+attendance)\b|^Those\s+to\s+attend\b"
# work someone "has still to" do is a task outstanding, as "is still to be undertaken" is in the passive (R40): "The
# lights sub-committee has still to meet."; not what someone is still waiting for, which no one is to do ("has yet to
# receive a response", "have still to receive funding", "a developer has yet to come forward")
STILL_TO_DO = r"\b(?:has|have)\s+(?:still|yet)\s+to\s+(?!be\b|(?:receive|hear|come|arrive|happen)\b)[a-z]{3,}\b"
# what the meeting itself is required to consider or choose is its business at this meeting, an agenda item or an
# election (spec 3), no task: "The Mayor stated that the Members were required to consider the Draft Budget", "the
# Council was required to consider the nomination of 4 Members to the Board", "was required to appoint 1 Member to ...",
# "The Council was required to make these nominations annually"; so is a thing required to be decided, by it or by
# another body ("a resolution was required to be passed by the Members", "the Litter Report was required to be considered
# by the Council", "were required to be agreed by the National Management Process")
MEETING_BUSINESS = (r"(?:consider|discuss|note|appoint|nominate|elect|make\s+(?:the\s+|these\s+|its\s+)?"
                    r"(?:nominations?|appointments?))\b")
DECIDED_PASSIVE = r"(?:considered|discussed|noted|passed|agreed|approved|adopted|ratified)\b"
# something the meeting reports as required of someone is a task (R40): "The panels installed at 8 Old Town were required
# to be framed in black paint", "they were required to write to the Clerk opting out of the payment"; a standing rule in
# the present ("Award winners are required to enter into an agreement") or someone's absence ("was required to be
# elsewhere") is none
WERE_REQUIRED = (r"\b(?:was|were)\s+(?:also\s+)?required\s+to\s+(?:be\s+(?!" + DECIDED_PASSIVE + r")" + PARTICIPLE + r"|(?!be\b|"
                 + MEETING_BUSINESS + r")[a-z]{3,}\b)")
# the body's own view that something should be done is its position and a task, as "It was agreed that X should"
# is (R24; the body's view is its decision, DECISION_WORDS): "The Parish Council felt that Highways should be instructed
# to install them"; a member's or another council's view is none (opinion, R40)
BODY_FELT_TASK = (r"\b(?:[Pp]arish|[Tt]own|[Cc]ommunity)\s+[Cc]ouncil\s+felt\s+that\b[^.;]{0,80}?\bshould\s+(?:also\s+)?"
                  r"(?:be\s+" + PARTICIPLE + r"|(?!be\b|have\b|not\b)[a-z]{3,}\b)")
# the members together asking that something be sent, arranged or provided, or some work done, set a task for the
# officers or the body asked (R24, R40: an outside body's task included), as "It was agreed that X be done" does:
# "Members requested that a reminder letter be sent to TII", "The Elected Members requested that representatives ... be
# invited to deliver a Workshop", "Members requested costings be provided"; what they ask to be increased, enhanced,
# included or allocated is their wish on policy (R40: "Members requested that cycling infrastructure be enhanced"),
# and one member's request is a wish in the debate (R40)
MEMBERS_REQUESTED = (r"\b(?:[Mm]embers|[Cc]ouncillors|[Cc]ommittee)\s+(?:also\s+|further\s+)?(?:requested|asked)\s+"
                     r"(?:that\s+)?(?:(?!not\b|needs?\b|that\b|would\b|could\b|if\b|whether\b)[\w'’/-]+,?\s+){1,12}?"
                     r"(?:should\s+)?be\s+(?:sent|forwarded|circulated|provided|invited|asked|sought|convened|arranged|"
                     r"organi[sz]ed|delivered|prepared|issued|contacted|written|briefed|furnished|supplied|conveyed|"
                     r"notified|informed|erected|installed|repaired|cut|cleaned|cleared|removed|replaced|examined|"
                     r"investigated|inspected)\b")
# money to be paid into the bank is a task of banking it (R40), where a payment "to be paid" is the body's approval
# (R24): "£86 to be paid into Bank."
TO_BE_BANKED = r"\bto\s+be\s+(?:paid|banked|deposited)\s+into\b"
# the council itself that "will need to" do a piece of work has a future task (R40, R41: no named owner): "The PC will
# need to make an application to remove the chestnut tree", "West Dereham Parish Council will need to complete
# nominations for the awards by the 7th August"; a need in the present or the past states none ("the Parish Council
# needed to put some structures in place"), nor its own business at a meeting ("would need to approve the budget")
COUNCIL_WILL_NEED = r"\b(?:Council|PC)\s+will\s+(?:also\s+)?need\s+to\s+(?!" + MEETING_BUSINESS + r"|approve\b|agree\b|decide\b)[a-z]{3,}\b"
# work an outside body has put on its work programme is work scheduled to be done (R40, R51b: future work, even
# undated): "Drainage ditches ... to be cleared (NCC have put this into their work programme)", "all work is on the
# Highways team's programme"; a programme's costs or budget are none ("work programme costs forecast")
ON_PROGRAMME = (r"\b(?:(?:put|placed|added)\s+(?:this|it|them|these)\s+(?:in|into|on)|(?:is|are)\s+(?:now\s+)?(?:in|on))\s+"
                r"(?:their|its|the)\s+(?:[\w'’]+\s+){0,3}?programme\b(?!\s+(?:costs?|budget)\b)")
# a named body or person that, as reported, "was to" or "were to" do something has a task arranged (R40: a future task,
# an outside body's included): "MC reported that SBC was to work alongside a private company", "Cohn Sampson stated that
# Norfolk Wildlife Trust were to visit the Fen in May"; a bare "was to" after a thing is an aim ("the aim of resurfacing
# was to help prevent ..."), as is one after a thing named with "the" ("the Director stated that the CPO was to acquire
# river front land": what the Order is for)
REPORTED_WAS_TO = (r"\b(?:reported|stated|said|advised|confirmed|explained|added)\s+that\s+[A-Z][\w'’]*"
                   r"(?:\s+[A-Z][\w'’]*){0,3}\s+(?:was|were)\s+to\s+(?!be\b|have\b)[a-z]{3,}\b")
# a list item's short topic label and its spaced dash or colon before the item's text (R20: "Playing Fields - strimming
# at top of field to be left until next year", "Rubbish on Common - to be left until next year", "Ownership of land
# adjacent Bridge Road:  to be followed up by Chair ...")
TOPIC_DASH = r"[A-Z][^-–.:\n]{0,40}?(?:[ ][-–]|:)[ \xa0]+"
# what a thing or a person "will be" as a state, an attitude, a right or an effect, no work to do (R40): "further guidance
# would be welcomed", "the proposer would be entitled to attend", "the communities that will be impacted", "costs would be
# incurred", "Limerick would be recognised at a lower tier"
STATE_PASSIVE = (r"(?:entitled|welcomed|impacted|incurred|recogni[sz]ed)\b")
# a member or officer named as the owner of a task mid-sentence: initials (not the "PC", the council itself, R24),
# the Clerk or the Chair, a councillor by title ("Cllr. J. Davies", "Councillor Moran", "Cllr Sue Lintern")
MEMBER = r"(?:(?!PC\b)[A-Z]{2,3}|Clerk|Chair(?:man)?|(?:Cllr|Councillor)\.?\s+(?:[A-Z]\.\s*)*[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)?)"

# an officer by role title, then the department or area it serves, which may be written after commas ("The Senior
# Executive Engineer, Road, Traffic & Cleansing", "The Director, Community, Tourism and Culture", "The Head of Digital
# Strategy", "The A/Superintendent"), as the subject of a task the officer takes on (spec 3: "LH agreed to investigate.")
OFFICER_ROLE = (r"\b(?:Engineer|Director|Officer|Administrator|Manager|Architect|Planner|Superintendent|Inspector|"
                r"Sergeant|Head\s+of\s+[A-Z][\w'’-]+)(?:,?\s+(?:[A-Z][\w'’/&.-]*|&|and|of)){0,6}?,?")
# a councillor by title and name, as an owner cell writes them: "Cllr. J. Davies", "Cllr. Alun Davies", "Councillor Moran"
TITLED_MEMBER = r"(?:Cllrs?|Councillor)\.?[ ]+(?:[A-Z]\.?[ ]*)*[A-Z][\w'’-]+(?:[ ]+[A-Z][\w'’-]+)?"

# a decision left to a later meeting, after "will be", is a deferral, no task (spec 3): "Final details will be agreed
# at the next meeting.", "The precept will be set at the December meeting.", "Feedback would be shared at the next
# meeting."; work done at it stays one ("will be signed at the next Parish Meeting"), as does a task beside it in the
# sentence ("had agreed to ring the bells - final details will be agreed at the next meeting"); so is a thing to be
# confirmed at it, or listed on its agenda ("will be confirmed at next JPC Meeting", "this item will be listed as an
# item at next District Meeting"; the meeting may be capitalised)
AT_LATER_MEETING = (r"(?:agreed|decided|set|finali[sz]ed|approved|determined|shared|confirmed|listed)\s+(?:[\w'’-]+\s+){0,3}?(?:at|to)\s+"
                    r"(?:the\s+|a\s+|its\s+)?(?:next|following|future|later|(?-i:[A-Z][a-z]+))\s+(?:[\w'’-]+\s+){0,2}?"
                    r"[Mm]eeting\b"
                    # (or a matter referred or brought back to one of the body's committees or meetings for its
                    # consideration or approval: "this matter should be referred back to the Transportation Strategic
                    # Policy Committee for further consideration", "the amended draft Scheme should be brought to full
                    # Council for approval")
                    r"|(?:referred|brought)\s+(?:back\s+)?(?:to|before)\s+(?:[\w'’/&-]+\s+){0,8}?"
                    r"(?:[Cc]ommittee|[Cc]ouncil|[Mm]eeting|SPC|[Gg]roup|[Bb]oard)\s+(?:[\w'’-]+\s+){0,3}?for\s+(?:further\s+)?"
                    r"(?:consideration|discussion|approval|adoption|ratification|(?:a\s+)?decision)\b")

# a later meeting, or a later time the meeting sets for its business: "at the next meeting", "to the January meeting",
# "until next meeting", "in the New Year", "at a later stage"; not "for" or "by" it, work prepared before it
LATER_MEETING = (r"(?:(?:at|to|until|till|in)\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:next|following|future|later|subsequent|"
                 r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December))\s+"
                 r"(?:[\w'’-]+\s+){0,3}?(?:meeting|agenda)\b|in\s+the\s+new\s+year\b|at\s+a\s+(?:later|future)\s+(?:date|stage)\b)")

# the meeting's own business, taken up at this meeting, is no task to be done after it (spec 3): "it was agreed that
# both would be taken together", "Item No. 16 (a) would be taken at this point", "a vote on the Amendment would be
# taken first", "it was agreed that a vote would be taken on the motion", "agreed that the Meeting be adjourned"
# (also an item "taken in conjunction with this item": "Notices of Motion Nos. 16 and 19 would be taken in conjunction
# with this item")
TAKEN_AT_MEETING = r"(?:taken\s+(?:together|first|next|now|last|at\s+this|in\s+committee|as\s+read|in\s+conjunction\s+with|as\s+the\s+next\s+[Ii]tem)\b|adjourned\b)"

# a motion's order that something be done, after its seconder or as a second order after the decision (R24: DECISION and
# ACTION; spec 3: one span with the movers): "It was proposed by Cllr A seconded by Cllr B that a meeting be arranged
# with representatives of the Borough Council", "... and unanimously agreed that the fee be paid and also that Mr Davies
# be asked to carry out the work"; a payment, an approval, the minutes signed, this meeting closed, an election or a
# deferral is no task ("that the bills be approved for payment", "that the minutes should be signed as a true record",
# "that the meeting be closed", "that Cllr Brown be elected Chairman", "that the matter be deferred")
MOTION_TASK = (r"(?:\bseconded\b[^.;]{0,80}?|\b(?:agreed|resolved|decided|approved)\b[^.;]{0,200}?\band\s+(?:also\s+)?)"
               r"that\s+(?:(?!not\b|needs?\b|needed\b|would\b|will\b|could\b|can\b|may\b|must\b|to\b)[\w'’.-]+\s+){1,8}?"
               r"(?:should\s+)?be\s+(?!" + TAKEN_AT_MEETING + r"|paid\b|approved\b|adopted\b|accepted\b|agreed\b|made\b|"
               r"signed\b|noted\b|received\b|ratified\b|endorsed\b|closed\b|deferred\b|discussed\b|considered\b|tabled\b|" + CHOSEN
               + r")" + PARTICIPLE)

# a character that ends no sentence: any but a full stop, or the full stop of a title or an initial ("Cllr. P. Harries")
NOT_STOP = r"(?:[^.]|(?:(?<=\bCllr)|(?<=\b[A-Z])|(?<=\bMr)|(?<=\bMrs)|(?<=\bMs)|(?<=\bDr))\.)"
# a character of a movers' sentence: no "that" or "to" opens the motion itself in it
MOVER_WORD = rf"(?:(?!\b(?:that|to)\b){NOT_STOP})"
# "approved" or "adopted" after an article or a possessive is an adjective, no decision (spec 3: report text): "as per
# the approved Traffic Calming Policy", "an increase on the adopted figure for 2020", "an approved driving instructor";
# so is one in a compound, also wrapped at its hyphen ("only EU-approved products", "(Department-\napproved)"), but
# for "re-" ("the plan was re-adopted", also wrapped)
ADJECTIVE_PLACE = (r"(?<!\bthe[ ])(?<!\ban[ ])(?<!\bits[ ])(?<!\btheir[ ])(?<!\bour[ ])(?<!\bany[ ])"
                   r"(?:(?<=\bre-)|(?<=\bre-\n)|(?<=\bre-[ ]\n)|(?<![A-Za-z]-)(?<![A-Za-z]-\n)(?<![A-Za-z]-[ ]\n))")
# what a motion is called when declared defeated ("that" after "declared" opens a clause unless one of them follows:
# "The Chairman declared that the club had lost its licence" is no motion's outcome)
MOTION_WORD = r"(?:motion|amendment|proposal|resolution)\b"
# a motion's recorded defeat is its outcome, a DECISION as a carried one is (R21, spec 6): "The Mayor declared the
# Motion defeated.", "..., the Mayor declared it defeated.", "The Mayor declared the Amendment, as proposed by Councillor
# A and seconded by Councillor B, defeated.", "Accordingly, the Motion was declared as defeated."
MOTION_DEFEATED = (rf"declared\s+(?:the|this|it|that(?=\s+(?:the\s+)?{MOTION_WORD}))\b{NOT_STOP}{{0,150}}?\b(?:as\s+)?(?:defeated|lost)"
                   r"|(?:motion|amendment|proposal)\s+was\s+(?:declared\s+(?:as\s+)?)?(?:defeated|lost)")
