"""Motions, recorded votes and declarations (spec 6) on real minutes of the corpus.

The motion and declaration rules run on the gold DECISION spans and
COUNCILLOR mentions here, so each test pins the structured layer itself; the
last tests run the whole pipeline through ``extract()``.
"""
from __future__ import annotations

import pytest

import governance_nlp
from governance_nlp.paths import shared_dir
from governance_nlp.structure.declarations import find_declarations
from governance_nlp.structure.motion_scoring import same_person, score_declarations, score_motions
from governance_nlp.structure.motions import find_motions

needs_shared = pytest.mark.skipif(not (shared_dir() / "minutes-extra" / "txt").is_dir(),
                                  reason="the shared corpus folder is not beside the checkout")
pytestmark = needs_shared


def _doc(gold_docs, doc_id):
    return next(d for d in gold_docs if d.id == doc_id)


def _motions(doc):
    decisions = [(s["start"], s["end"]) for s in doc.spans if s["label"] == "DECISION"]
    people = [(e["start"], e["end"]) for e in doc.entities if e["label"] == "COUNCILLOR"]
    return find_motions(doc.text, decisions, people)


def _at(motions, text, words):
    return next(m for m in motions if words in text[m["start"]:m["end"]])


def test_recorded_vote_cut_by_a_page_break(gold_docs):
    """kent-cc_2025-03-13: "For (52)" names run up to a page break (blank lines) before "Against (0)"."""
    doc = _doc(gold_docs, "kent-cc_2025-03-13")
    start = doc.text.index("For (52)")
    assert "\n \n \n \n" in doc.text[start:doc.text.index("Against (0)", start)], "the page break is in the text"
    motion = next(m for m in _motions(doc) if m["start"] > start and m["for"] == 52)
    assert doc.text[motion["start"]:motion["end"]] == "Motion carried."
    assert (motion["against"], motion["abstain"], motion["outcome"]) == (0, 11, "carried")
    voters = motion["voters"]
    assert len(voters["for"]) == 52 and voters["for"][0] == "Mr Baker" and voters["for"][-1] == "Mrs Wright"
    assert "Sir Paul Carter" in voters["for"] and "Mr Hill" in voters["for"], "honours are not names"
    assert voters["against"] == [] and len(voters["abstain"]) == 11 and voters["abstain"][0] == "Mr Chittenden"


def test_counts_written_as_words(gold_docs):
    """stoke-ferry_2021-01: "(Cllr Sue Lintern proposed, Cllr Kit Hesketh-Harvey seconded, seven were in favour
    and one was against)"."""
    doc = _doc(gold_docs, "stoke-ferry_2021-01")
    motion = _at(_motions(doc), doc.text, "enlist the assistance of the current solicitor")
    assert (motion["for"], motion["against"], motion["abstain"]) == (7, 1, None)
    assert same_person(motion["proposer"], "Cllr Sue Lintern") and same_person(motion["seconder"], "Kit Hesketh-Harvey")
    assert motion["outcome"] == "carried"
    three = _at(_motions(doc), doc.text, "Extraordinary Meeting held on 14 October 2020 be approved")
    assert (three["for"], three["abstain"]) == (5, 3)


def test_amendment_carried_then_substantive_motion(gold_docs):
    """kent-cc_2025-03-13: an amendment is voted and carried, then the substantive motion is carried."""
    doc = _doc(gold_docs, "kent-cc_2025-03-13")
    motions = _motions(doc)
    amendment = _at(motions, doc.text, "Amendment carried")
    substantive = next(m for m in motions if m["start"] > amendment["start"]
                       and doc.text[m["start"]:m["end"]].lower().startswith("substantive motion carried"))
    assert amendment["outcome"] == substantive["outcome"] == "carried"
    assert same_person(amendment["proposer"], "Mr Holden") and same_person(amendment["seconder"], "Mr Lewis")
    assert amendment["voters"] and substantive["voters"], "both votes were recorded by name"
    assert amendment["voters"] != substantive["voters"]


def test_parish_forms_and_elections(gold_docs):
    doc = _doc(gold_docs, "govan-cc_2025-10-06")
    row = _at(_motions(doc), doc.text, "Clare Dickson nominated by Esme Clark")
    assert same_person(row["proposer"], "Esme Clark") and same_person(row["seconder"], "Reinhild Gorniak")
    ayton = _doc(gold_docs, "ayton-cc_2018-09-04")
    chair = _at(_motions(ayton), ayton.text, "Chair Kenny Combe")
    assert (chair["proposer"], chair["seconder"]) == ("Rob Weatherston", "Dick Noble"), "a Proposer/Seconder table row"


def test_declaration_with_no_item_number(gold_docs):
    doc = _doc(gold_docs, "kent-cc_2025-02-13")
    councillors = [(e["start"], e["end"], e["label"]) for e in doc.entities if e["label"] == "COUNCILLOR"]
    found = find_declarations(doc.text, councillors)
    meade = next(d for d in found if same_person(d["member"], "Ms Meade"))
    assert meade["item"] is None and meade["interest"] == "an interest that she was a carer"
    assert doc.text[meade["start"]:meade["end"]] == "Ms Meade declared an interest that she was a carer."
    assert not any("may wish to declare" in doc.text[d["start"]:d["end"]] for d in found), "a reminder is no declaration"


def test_several_members_in_one_declaration(gold_docs):
    doc = _doc(gold_docs, "stoke-ferry_2015-08")
    councillors = [(e["start"], e["end"], e["label"]) for e in doc.entities if e["label"] == "COUNCILLOR"]
    found = find_declarations(doc.text, councillors)
    on_item = {d["member"]: d["item"] for d in found if "declared on Item" in doc.text[d["start"]:d["end"]]}
    assert {k.split()[-1]: v for k, v in on_item.items()} == {"Harrison": "11", "Taylor": "11", "Lyons": "12"}


def test_motion_scores_on_the_corpus_with_gold_spans(gold_docs):
    """Floors under the measured values (gold DECISION spans and COUNCILLOR mentions as input)."""
    motions = score_motions((d.motions for d in gold_docs), (_motions(d) for d in gold_docs))
    assert motions["detection"]["f1"] >= 0.95  # measured 0.967
    assert motions["proposer"]["accuracy"] >= 0.93 and motions["seconder"]["accuracy"] >= 0.95
    assert motions["outcome"]["accuracy"] >= 0.87 and motions["counts"]["accuracy"] >= 0.96
    assert motions["voters"]["f1"] >= 0.99
    decl = score_declarations((d.declarations for d in gold_docs),
                              (find_declarations(d.text, [(e["start"], e["end"], e["label"]) for e in d.entities
                                                          if e["label"] == "COUNCILLOR"]) for d in gold_docs))
    assert decl["member"]["f1"] >= 0.85  # measured 0.865


def test_extract_returns_kent_motions_with_named_votes():
    path = shared_dir() / "minutes-extra" / "txt" / "kent-cc_2025-02-13_county-council.txt"
    minutes = governance_nlp.extract(path)
    named = [m for m in minutes.motions if m.voters and m.voters.get("for")]
    assert named, "the recorded votes of a Kent full-Council meeting"
    first = minutes.to_dict()["motions"][0]
    assert {"text", "start", "end", "item", "proposer", "seconder", "outcome", "for", "against", "abstain",
            "voters"} <= set(first)
    assert minutes.text[first["start"]:first["end"]] == first["text"]
    assert any(d.member.endswith("Meade") for d in minutes.declarations)


def test_proposer_written_after_a_narrower_decision_span(gold_docs):
    """ayton-cc_2018-09-04: "... were approved.  Proposed by DN and / seconded by RW." where the DECISION
    span (a model's) holds the first sentence only: the movers are read from the rest of the paragraph."""
    doc = _doc(gold_docs, "ayton-cc_2018-09-04")
    s = doc.text.index("The Minutes of the Meeting held on 3 July 2018 were approved.")
    e = s + len("The Minutes of the Meeting held on 3 July 2018 were approved.")
    (motion,) = find_motions(doc.text, [(s, e)])
    assert (motion["proposer"], motion["seconder"], motion["outcome"]) == ("DN", "RW", "carried")


def test_outcome_on_a_line_of_its_own(gold_docs):
    """stoke-ferry_2009-11: the motion sentence, a blank line, then "Carried"."""
    doc = _doc(gold_docs, "stoke-ferry_2009-11")
    s = doc.text.index("It was proposed by Cllr Nicholas-Letch that this fee should be £100")
    e = doc.text.index("Mendoza.", s) + len("Mendoza.")
    (motion,) = find_motions(doc.text, [(s, e)])
    assert motion["outcome"] == "carried" and motion["seconder"] == "Cllr Mrs Mendoza"


def test_rules_make_a_decision_span_of_a_motion_with_no_decision_verb(gold_docs):
    """stoke-ferry_2017-07: "Proposed – Cllr Mrs Taylor Seconded – Cllr Mrs Mann" is a recorded motion (R34)."""
    from governance_nlp.rules.matchers import MinutesRules

    doc = _doc(gold_docs, "stoke-ferry_2017-07")
    at = doc.text.index("Proposed – Cllr Mrs Taylor Seconded – Cllr Mrs Mann")
    decisions, _ = MinutesRules().spans(doc.text)
    assert any(s <= at < e for s, e, _ in decisions)


def test_a_sentence_wrapped_after_cllr_is_not_cut_there(gold_docs):
    """manordeilo-salem_17-05-10: "... seconded by Cllr. D. Jones / and unanimously agreed ..." is one
    sentence: no rule DECISION span ends at the line break."""
    from governance_nlp.rules.matchers import MinutesRules

    doc = _doc(gold_docs, "manordeilo-salem_17-05-10")
    s = doc.text.index("It was proposed by Cllr. Alun Davies")
    end_of_line = doc.text.index("\n", s)
    decisions, _ = MinutesRules().spans(doc.text)
    (a, e, _), = [d for d in decisions if d[0] <= s < d[1]]
    assert e > end_of_line and doc.text[a:e].rstrip().endswith("be adopted.")


@pytest.mark.parametrize("unit, decides", [
    ("It was agreed that this be completed at the next meeting.", True),
    ("The Parish Council agreed to defer to the February agenda.", True),
    ("Members agreed to defer.", True),
    ("The Clerk agreed to contact the Conservation Officer at BCKLWN to discuss the issue.", False),  # an ACTION
    ("Cllr Long agreed to assist by contacting Highways.", False),
    ("To agree a list of items to be undertaken by the Rangers during their next visit", False),  # agenda line
    ("A risk assessment of the play area had been carried out by Cllrs. W. Loynton and the Clerk.", False),
    ("Although there had been no noted incidents of speeding, concern was still being expressed.", False),
])
def test_what_the_rules_take_for_a_decision_of_the_body(unit, decides):
    """Sentences from the corpus (Stoke Ferry, West Dereham, Manordeilo, Ayton): a decision word is the body's
    decision unless one person agrees to a task, an agenda line proposes it, or it is "carried out"/"no noted"."""
    from governance_nlp.rules.matchers import MinutesRules

    assert MinutesRules()._decides(unit) is decides


@pytest.mark.parametrize("unit", [
    "It was agreed that TS would contact the dog warden at SBC and see if they could offer support.",
    "CN, PH and TS agreed to support this event and Sea the Change will also seek other local volunteers.",
])
def test_follow_up_tasks_the_rules_take_for_actions(unit):
    """Ayton minutes: a named member's follow-up task, or a list of initials agreeing to one, is an ACTION."""
    from governance_nlp.rules.matchers import MinutesRules

    _, actions = MinutesRules().spans(unit)
    assert [(s, e) for s, e, *_ in actions] == [(0, len(unit))]


def test_initials_declared_in_an_attendance_table_stand_for_the_member():
    """ayton-cc_2018-09-04 writes "Name  XX" columns, Boughton "David Cooper (DCO)" (first initial and the
    surname's first letters): later bare initials are COUNCILLOR mentions."""
    from governance_nlp.rules.matchers import MinutesRules

    text = "PRESENT  Rob Weatherston  RW\n\nApologies David Cooper (DCO)\n\nRW and DCO to write to the Council."
    ents = {text[s:e]: lab for s, e, lab in MinutesRules().entities(text)}
    assert ents.get("RW") == "COUNCILLOR" and ents.get("DCO") == "COUNCILLOR"
    other = "Paul Johnston (LGA) spoke to the LGA."
    assert all(other[s:e] != "LGA" or lab != "COUNCILLOR" for s, e, lab in MinutesRules().entities(other))


@pytest.mark.parametrize("text, name", [
    ("Present: Cllrs J Cook (Chair), S Linsley, & P Moran    Clerk J Connelly\n", "J Connelly"),
    ("The Chairman thanked Superintendent Davison for attending.", "Davison"),
])
def test_officers_the_rules_find(text, name):
    """Milburn's attendance line ends "Clerk J Connelly"; Stoke Ferry's police speaker has a rank."""
    from governance_nlp.rules.matchers import MinutesRules

    assert (name, "OFFICER") in [(text[s:e], lab) for s, e, lab in MinutesRules().entities(text)]
