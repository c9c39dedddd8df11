"""Scorer, error analysis and baselines on hand-made cases whose numbers can be checked by hand."""
from __future__ import annotations

import itertools
import json
import re

import pytest

from governance_nlp.corpus.loader import GoldDoc
from governance_nlp.evaluation.baselines import RuleBaseline, TfidfSpanBaseline
from governance_nlp.rules.text import shortest_first
from governance_nlp.evaluation.errors import error_analysis, error_summary, write_error_analysis
from governance_nlp.evaluation.scoring import (NonSpace, char_iou, evaluate, format_table, match_overlap, prf,
                                               summarize)


def gold(text, entities=(), spans=(), doc_id="d1"):
    return GoldDoc(id=doc_id, text=text, meta={},
                   entities=[{"start": s, "end": e, "label": lab} for s, e, lab in entities],
                   spans=[{"start": s, "end": e, "label": lab} for s, e, lab in spans])


def pred(text, entities=(), decisions=(), actions=()):
    return {
        "entities": [{"start": s, "end": e, "label": lab, "text": text[s:e]} for s, e, lab in entities],
        "decisions": [{"start": s, "end": e, "text": text[s:e], "score": 1.0} for s, e in decisions],
        "actions": [{"start": s, "end": e, "text": text[s:e], "score": 1.0, "owners": []} for s, e in actions],
        "councillors": [], "officers": [],
    }


def counts(score):
    return score["tp"], score["fp"], score["fn"]


LETTERS = "abcdefghijklmnopqrst"  # 20 non-space characters: IoU = plain length ratios


# ---------------------------------------------------------------- prf

def test_prf_by_hand():
    assert prf(2, 1, 1) == pytest.approx({"precision": 2 / 3, "recall": 2 / 3, "f1": 2 / 3, "support": 3,
                                          "tp": 2, "fp": 1, "fn": 1})
    s = prf(3, 1, 2)  # P = 3/4, R = 3/5, F1 = 2·.75·.6/1.35 = 2/3
    assert (s["precision"], s["recall"], s["support"]) == (0.75, 0.6, 5)
    assert s["f1"] == pytest.approx(2 / 3)
    assert prf(3, 0, 0)["f1"] == 1.0


def test_prf_zero_denominators():
    assert prf(0, 0, 0) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0, "tp": 0, "fp": 0, "fn": 0}
    assert prf(0, 4, 0)["precision"] == 0.0 and prf(0, 4, 0)["recall"] == 0.0
    assert prf(0, 0, 4)["recall"] == 0.0 and prf(0, 0, 4)["support"] == 4
    with pytest.raises(ValueError):
        prf(-1, 0, 0)


def test_prf_agrees_with_sklearn():
    from sklearn.metrics import precision_recall_fscore_support

    for tp, fp, fn in itertools.product(range(4), repeat=3):
        if tp + fp + fn == 0:
            continue
        y_true = [1] * tp + [0] * fp + [1] * fn
        y_pred = [1] * tp + [1] * fp + [0] * fn
        p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, average="binary", zero_division=0)
        mine = prf(tp, fp, fn)
        assert (mine["precision"], mine["recall"], mine["f1"]) == pytest.approx((p, r, f))


def test_micro_and_macro_agree_with_sklearn():
    from sklearn.metrics import precision_recall_fscore_support

    c = {"A": (3, 1, 0), "B": (1, 2, 2), "C": (0, 1, 1)}
    view = summarize(c, ["A", "B", "C", "D"])
    # expand counts into items: a true positive is (L, L), a false positive ("O", L), a false negative (L, "O")
    y_true, y_pred = [], []
    for lab, (tp, fp, fn) in c.items():
        y_true += [lab] * tp + ["O"] * fp + [lab] * fn
        y_pred += [lab] * tp + [lab] * fp + ["O"] * fn
    for avg in ("micro", "macro"):
        p, r, f, _ = precision_recall_fscore_support(y_true, y_pred, labels=["A", "B", "C"], average=avg,
                                                     zero_division=0)
        assert (view[avg]["precision"], view[avg]["recall"], view[avg]["f1"]) == pytest.approx((p, r, f))
    assert view["labels"]["D"]["support"] == 0 and view["macro"]["n_labels"] == 3  # D: no gold, no pred → not averaged
    assert counts(view["micro"]) == (4, 4, 3)


# ---------------------------------------------------------------- IoU

def test_iou_ignores_whitespace():
    text = "ab" + " " * 10 + "cd"
    assert char_iou(text, (0, 14), (0, 2)) == 0.5  # 2 of 4 non-space characters; raw IoU would be 2/14
    text = "a    bcdef"
    assert char_iou(text, (0, 10), (0, 5)) == pytest.approx(1 / 6)  # raw IoU would be 5/10
    text = "aaaa bbbb cccc dddd"
    assert char_iou(text, (0, 14), (5, 19)) == 0.5  # 8 / (12 + 12 - 8)
    assert char_iou(text, (0, 4), (15, 19)) == 0.0
    assert NonSpace(text).count(0, 19) == 16


def test_overlap_threshold_boundary():
    t = LETTERS[:10]
    g = gold(t, spans=[(0, 10, "DECISION")])
    at = evaluate([g], [pred(t, decisions=[(0, 5)])])  # IoU 5/10 = 0.5: matches
    below = evaluate([g], [pred(t, decisions=[(1, 5)])])  # IoU 4/10: does not
    above = evaluate([g], [pred(t, decisions=[(0, 6)])])  # IoU 0.6
    assert counts(at["spans"]["overlap"]["labels"]["DECISION"]) == (1, 0, 0)
    assert counts(below["spans"]["overlap"]["labels"]["DECISION"]) == (0, 1, 1)
    assert counts(above["spans"]["overlap"]["labels"]["DECISION"]) == (1, 0, 0)
    for r in (at, below, above):  # none is exact
        assert counts(r["spans"]["exact"]["labels"]["DECISION"]) == (0, 1, 1)


def test_overlap_whitespace_decides_the_match():
    t = "ab" + " " * 10 + "cd"
    r = evaluate([gold(t, spans=[(0, 14, "ACTION")])], [pred(t, actions=[(0, 2)])])
    assert counts(r["spans"]["overlap"]["labels"]["ACTION"]) == (1, 0, 0)
    t = "a    bcdef"
    r = evaluate([gold(t, spans=[(0, 10, "ACTION")])], [pred(t, actions=[(0, 5)])])
    assert counts(r["spans"]["overlap"]["labels"]["ACTION"]) == (0, 1, 1)


def test_exact_vs_overlap():
    t = LETTERS
    g = gold(t, spans=[(0, 10, "DECISION"), (12, 20, "ACTION")])
    p = pred(t, decisions=[(0, 10)], actions=[(12, 19)])  # action IoU 7/8
    r = evaluate([g], [p])
    assert counts(r["spans"]["exact"]["micro"]) == (1, 1, 1)
    assert counts(r["spans"]["overlap"]["micro"]) == (2, 0, 0)
    assert r["spans"]["exact"]["labels"]["ACTION"]["f1"] == 0.0
    assert r["spans"]["overlap"]["micro"]["f1"] == 1.0


def test_duplicate_predictions_are_false_positives():
    t = LETTERS[:10]
    g = gold(t, spans=[(0, 10, "DECISION")])
    r = evaluate([g], [pred(t, decisions=[(0, 10), (0, 10)])])
    assert counts(r["spans"]["exact"]["labels"]["DECISION"]) == (1, 1, 0)
    assert counts(r["spans"]["overlap"]["labels"]["DECISION"]) == (1, 1, 0)
    r = evaluate([g], [pred(t, decisions=[(0, 9), (0, 10)])])  # the exact one wins, the near copy is an FP
    assert counts(r["spans"]["overlap"]["labels"]["DECISION"]) == (1, 1, 0)
    ents = evaluate([gold(t, entities=[(0, 4, "PARTY")])], [pred(t, entities=[(0, 4, "PARTY"), (0, 4, "PARTY")])])
    assert counts(ents["entities"]["exact"]["labels"]["PARTY"]) == (1, 1, 0)


def test_greedy_one_to_one_by_iou():
    t = LETTERS[:10]
    g = gold(t, spans=[(0, 10, "DECISION"), (2, 10, "DECISION")])
    # IoU: g1-p2 1.0, g1-p1 0.8, g2-p2 0.8, g2-p1 0.6 → g1-p2 first, then g2-p1
    pairs = match_overlap([(0, 10, "DECISION"), (2, 10, "DECISION")], [(0, 8, "DECISION"), (0, 10, "DECISION")], t)
    assert [(i, j) for i, j, _ in pairs] == [(0, 1), (1, 0)]
    assert [round(x, 3) for _, _, x in pairs] == [1.0, 0.6]
    r = evaluate([g], [pred(t, decisions=[(0, 8), (0, 10)])])
    assert counts(r["spans"]["overlap"]["labels"]["DECISION"]) == (2, 0, 0)


def test_label_mismatch():
    t = LETTERS
    r = evaluate([gold(t, entities=[(0, 5, "COUNCILLOR")], spans=[(6, 16, "DECISION")])],
                 [pred(t, entities=[(0, 5, "OFFICER")], actions=[(6, 16)])])
    ex = r["entities"]["exact"]["labels"]
    assert counts(ex["COUNCILLOR"]) == (0, 0, 1) and counts(ex["OFFICER"]) == (0, 1, 0)
    assert counts(r["entities"]["untyped"]["micro"]) == (1, 0, 0)
    for view in ("exact", "overlap"):
        sp = r["spans"][view]["labels"]
        assert counts(sp["DECISION"]) == (0, 0, 1) and counts(sp["ACTION"]) == (0, 1, 0)


def test_both_labels_on_one_span():
    t = LETTERS
    g = gold(t, spans=[(0, 10, "DECISION"), (0, 10, "ACTION")])
    r = evaluate([g], [pred(t, decisions=[(0, 10)], actions=[(0, 10)])])
    assert counts(r["spans"]["exact"]["micro"]) == (2, 0, 0)
    r = evaluate([g], [pred(t, decisions=[(0, 10)])])
    assert counts(r["spans"]["overlap"]["labels"]["ACTION"]) == (0, 0, 1)


def test_untyped_entity_scores():
    t = "aaaaa bbbb ccc dd"
    g = gold(t, entities=[(0, 5, "COUNCILLOR"), (6, 10, "AUTHORITY")])
    p = pred(t, entities=[(0, 5, "OFFICER"), (6, 10, "AUTHORITY"), (11, 14, "PARTY")])
    r = evaluate([g], [p])
    exact, untyped = r["entities"]["exact"]["micro"], r["entities"]["untyped"]["micro"]
    assert counts(exact) == (1, 2, 1)
    assert (exact["precision"], exact["recall"]) == pytest.approx((1 / 3, 1 / 2)) and exact["f1"] == pytest.approx(0.4)
    assert counts(untyped) == (2, 1, 0)
    assert (untyped["precision"], untyped["recall"], untyped["f1"]) == pytest.approx((2 / 3, 1.0, 0.8))
    # macro over the labels seen: COUNCILLOR 0, OFFICER 0, AUTHORITY 1, PARTY 0 → mean F1 0.25
    assert r["entities"]["exact"]["macro"]["f1"] == pytest.approx(0.25)


def test_empty_gold_and_predictions():
    t = "nothing here"
    r = evaluate([gold(t)], [{}])
    for group, view in (("entities", "exact"), ("entities", "untyped"), ("spans", "exact"), ("spans", "overlap")):
        v = r[group][view]
        assert v["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "support": 0, "tp": 0, "fp": 0, "fn": 0}
        assert v["macro"]["f1"] == 0.0 and v["macro"]["n_labels"] == 0
    r = evaluate([gold(t)], [pred(t, entities=[(0, 7, "PARTY")], decisions=[(0, 7)])])
    assert counts(r["entities"]["exact"]["micro"]) == (0, 1, 0) and r["entities"]["exact"]["micro"]["f1"] == 0.0
    r = evaluate([gold(t, spans=[(0, 7, "ACTION")])], [{"entities": [], "decisions": [], "actions": []}])
    assert counts(r["spans"]["overlap"]["micro"]) == (0, 0, 1)
    assert evaluate([], [])["n_docs"] == 0
    assert "document" in format_table(evaluate([], []))


def test_per_doc_breakdown_and_micro_aggregate():
    t = LETTERS
    g1 = gold(t, spans=[(0, 5, "DECISION"), (10, 15, "DECISION")], doc_id="one")
    g2 = gold(t, spans=[(0, 5, "DECISION")], doc_id="two")
    p1 = pred(t, decisions=[(0, 5)])  # P 1, R 1/2
    p2 = pred(t, decisions=[(0, 5), (16, 20)])  # P 1/2, R 1
    r = evaluate([g1, g2], [p1, p2])
    one = r["per_doc"]["one"]["spans"]["exact"]["labels"]["DECISION"]
    two = r["per_doc"]["two"]["spans"]["exact"]["labels"]["DECISION"]
    assert (one["precision"], one["recall"]) == (1.0, 0.5)
    assert (two["precision"], two["recall"]) == (0.5, 1.0)
    total = r["spans"]["exact"]["labels"]["DECISION"]
    assert counts(total) == (2, 1, 1)  # summed counts, not averaged scores
    assert (total["precision"], total["recall"]) == pytest.approx((2 / 3, 2 / 3))
    assert r["n_docs"] == 2 and list(r["per_doc"]) == ["one", "two"]
    # predictions may also be given by document id
    assert evaluate([g1, g2], {"two": p2, "one": p1})["spans"] == r["spans"]


def test_gold_as_prediction_is_perfect():
    t = "Cllr Ann Lee (Con) agreed. Clerk to write."
    g = gold(t, entities=[(5, 12, "COUNCILLOR"), (14, 17, "PARTY")], spans=[(0, 26, "DECISION"), (27, 42, "ACTION")])
    r = evaluate([g], [pred(t, entities=[(5, 12, "COUNCILLOR"), (14, 17, "PARTY")], decisions=[(0, 26)],
                            actions=[(27, 42)])])
    for group, view in (("entities", "exact"), ("entities", "untyped"), ("spans", "exact"), ("spans", "overlap")):
        assert r[group][view]["micro"]["f1"] == 1.0 and r[group][view]["macro"]["f1"] == 1.0
    assert r["warnings"] == []


def test_bad_input_is_refused():
    t = LETTERS[:10]
    with pytest.raises(ValueError):
        evaluate([gold(t)], [])
    with pytest.raises(ValueError):
        evaluate([gold(t)], [{"decisions": [{"start": 5, "end": 30, "text": "", "score": 1}]}])
    with pytest.raises(ValueError):
        evaluate([gold(t)], [{"entities": [{"start": 2.0, "end": 4, "label": "PARTY"}]}])
    with pytest.raises(ValueError):
        evaluate([gold(t)], {"other": {}})


def test_to_dict_objects_and_text_mismatch_warning():
    t = LETTERS[:10]

    class Result:
        def to_dict(self):
            return {"entities": [{"start": 0, "end": 3, "label": "PARTY", "text": "xyz"}]}

    r = evaluate([gold(t, entities=[(0, 3, "PARTY")])], [Result()])
    assert counts(r["entities"]["exact"]["micro"]) == (1, 0, 0)
    assert len(r["warnings"]) == 1 and "differs" in r["warnings"][0]


def test_format_table_fixed_width():
    t = LETTERS
    r = evaluate([gold(t, entities=[(0, 4, "COUNCILLOR")], spans=[(5, 10, "DECISION")])],
                 [pred(t, entities=[(0, 4, "COUNCILLOR"), (5, 8, "PARTY")], decisions=[(5, 10)])])
    table = format_table(r, per_doc=True)
    assert "COUNCILLOR" in table and "0.500" in table and "1.000" in table and "d1" in table
    rows = [ln for ln in table.splitlines() if re.match(r"  (COUNCILLOR|OFFICER|AUTHORITY|PARTY|micro|macro)\b", ln)]
    assert len(rows) >= 6 and len({len(ln) for ln in rows}) == 1


# ---------------------------------------------------------------- errors

def test_error_analysis_kinds_and_context(tmp_path):
    t = "Cllr Ann Lee spoke. The minutes were agreed. Clerk to write to NCC about it."
    assert (_find(t, "Ann Lee"), _find(t, "NCC")) == ((5, 12), (63, 66))
    assert (_find(t, "The minutes were agreed."), _find(t, "Clerk to write to NCC about it.")) == ((20, 44), (45, 76))
    g = gold(t, entities=[(5, 12, "COUNCILLOR"), (63, 66, "AUTHORITY")],
             spans=[(20, 44, "DECISION"), (45, 76, "ACTION")])
    p = pred(t, entities=[(5, 8, "COUNCILLOR"), (63, 66, "PARTY")], decisions=[(20, 44), (20, 44)],
             actions=[(0, 19)])
    ea = error_analysis([g], [p])
    fp_c, fn_c = ea["COUNCILLOR"]["false_positives"], ea["COUNCILLOR"]["false_negatives"]
    assert [(x["text"], x["kind"]) for x in fp_c] == [("Ann", "boundary")]
    assert [(x["text"], x["kind"]) for x in fn_c] == [("Ann Lee", "boundary")]
    assert ea["PARTY"]["false_positives"][0]["kind"] == "label"
    assert ea["AUTHORITY"]["false_negatives"][0]["nearest"]["label"] == "PARTY"
    assert [x["kind"] for x in ea["DECISION"]["false_positives"]] == ["duplicate"]
    assert ea["DECISION"]["false_negatives"] == []
    assert [x["kind"] for x in ea["ACTION"]["false_positives"]] == ["spurious"]
    assert [x["kind"] for x in ea["ACTION"]["false_negatives"]] == ["missed"]
    assert "[Clerk to write to NCC about it.]" in ea["ACTION"]["false_negatives"][0]["context"]
    assert ea["OFFICER"] == {"false_positives": [], "false_negatives": []}
    summary = error_summary(ea)
    assert summary["DECISION"] == {"fp": 1, "fn": 0, "fp.duplicate": 1}
    out = write_error_analysis(ea, tmp_path / "errors" / "dev.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["errors"]["ACTION"]["false_negatives"][0]["text"] == "Clerk to write to NCC about it."
    assert data["summary"]["COUNCILLOR"]["fp"] == 1
    exact = error_analysis([g], [pred(t, decisions=[(20, 43)])], span_match="exact")
    assert [x["kind"] for x in exact["DECISION"]["false_positives"]] == ["boundary"]
    assert error_analysis([g], [pred(t, decisions=[(20, 43)])])["DECISION"]["false_positives"] == []


def test_error_context_width():
    t = "x" * 100 + "TARGET" + "y" * 100
    ea = error_analysis([gold(t, entities=[(100, 106, "PARTY")])], [{}])
    ctx = ea["PARTY"]["false_negatives"][0]["context"]
    assert ctx == "x" * 40 + "[TARGET]" + "y" * 40


# ---------------------------------------------------------------- baselines

MINUTES = (
    "MINUTES OF THE WRETTON PARISH COUNCIL MEETING\n\n"
    "Present: Cllr John Smith (Con), Cllr Mary Jones (Lab).\n"
    "Clerk: Sarah Thorpe\n\n"
    "1. The minutes of the last meeting were approved.\n"
    "2. Clerk to write to Norfolk County Council about the footpath.\n"
    "3. The weather was discussed at length.\n"
)


def _find(text, s):
    i = text.index(s)
    return i, i + len(s)


def test_rule_baseline_on_synthetic_minutes():
    out = RuleBaseline().fit([]).predict(MINUTES)
    assert set(out) >= {"entities", "decisions", "actions", "councillors", "officers"}
    ents = {(e["text"], e["label"]) for e in out["entities"]}
    assert {("John Smith", "COUNCILLOR"), ("Mary Jones", "COUNCILLOR"), ("Con", "PARTY"), ("Lab", "PARTY"),
            ("Sarah Thorpe", "OFFICER"), ("Norfolk County Council", "AUTHORITY"),
            ("WRETTON PARISH COUNCIL", "AUTHORITY")} <= ents
    for item in out["entities"] + out["decisions"] + out["actions"]:
        assert MINUTES[item["start"]:item["end"]] == item["text"]
    assert [d["text"] for d in out["decisions"]] == ["The minutes of the last meeting were approved."]
    assert [(a["text"], a["owners"]) for a in out["actions"]] == [
        ("Clerk to write to Norfolk County Council about the footpath.", ["Clerk"])]
    assert [c["name"] for c in out["councillors"]] == ["John Smith", "Mary Jones"]
    # scored by the same evaluator: the spans above are exact
    g = gold(MINUTES, spans=[(*_find(MINUTES, "The minutes of the last meeting were approved."), "DECISION"),
                             (*_find(MINUTES, "Clerk to write to Norfolk County Council about the footpath."), "ACTION")])
    assert evaluate([g], [out])["spans"]["exact"]["micro"]["f1"] == 1.0


def test_rule_baseline_generic_council_is_not_an_authority():
    out = RuleBaseline().predict("The Parish Council agreed. County Council replied. Mr A Box left.\n")
    assert not [e for e in out["entities"] if e["label"] == "AUTHORITY"]


def test_shortest_first_keeps_non_overlapping():
    assert shortest_first([(0, 10), (0, 4), (5, 10), (3, 7)]) == [(0, 4), (5, 10)]  # (3, 7) ties (0, 4), loses


SUBJECTS = ["The minutes", "The accounts", "The budget", "The grant", "The report", "The quote", "The plan"]
TASKS = ["Clerk to write to the council.", "Clerk to order a new bench.", "Clerk to contact the landowner.",
         "Clerk to chase the invoice.", "Clerk to book the hall.", "Clerk to renew the insurance."]
NOISE = ["The weather was discussed.", "Members talked about the fete.", "A resident raised parking.",
         "The hedge was reported as overgrown.", "Questions were asked about bins."]


def synthetic_doc(k):
    lines, spans = [], []
    pos = 0
    for i in range(6):
        kind = (k + i) % 3
        if kind == 0:
            s = f"{SUBJECTS[(k + i) % len(SUBJECTS)]} were approved."
            lab = "DECISION"
        elif kind == 1:
            s = TASKS[(k * 2 + i) % len(TASKS)]
            lab = "ACTION"
        else:
            s = NOISE[(k + i) % len(NOISE)]
            lab = None
        line = f"{i + 1}. {s}"
        if lab:
            spans.append((pos + 3, pos + len(line), lab))
        lines.append(line)
        pos += len(line) + 1
    text = "\n".join(lines) + "\n"
    return gold(text, spans=spans, doc_id=f"syn{k}")


def test_tfidf_baseline_fits_and_predicts():
    train = [synthetic_doc(k) for k in range(8)]
    model = TfidfSpanBaseline(threshold=0.5, random_state=0).fit(train)
    test = synthetic_doc(11)
    out = model.predict(test.text)
    for key in ("decisions", "actions"):
        spans = [(x["start"], x["end"]) for x in out[key]]
        assert all(b <= c or d <= a for (a, b), (c, d) in itertools.combinations(spans, 2))  # de-overlapped
        assert all(0.5 <= x["score"] <= 1.0 and test.text[x["start"]:x["end"]] == x["text"] for x in out[key])
    assert out["entities"] == []
    r = evaluate([test], [out])
    assert r["spans"]["exact"]["labels"]["DECISION"]["f1"] == 1.0
    assert r["spans"]["exact"]["labels"]["ACTION"]["f1"] == 1.0
    assert all(a["owners"] == ["Clerk"] for a in out["actions"])
    again = TfidfSpanBaseline(threshold=0.5, random_state=0).fit(train).predict(test.text)
    assert again == out  # fixed random_state: same model, same predictions
    high = TfidfSpanBaseline(threshold=1.01).fit(train).predict(test.text)
    assert high["decisions"] == [] and high["actions"] == []


def test_tfidf_baseline_needs_fit_and_takes_entities_from_rules():
    with pytest.raises(RuntimeError):
        TfidfSpanBaseline().predict("Anything.")
    model = TfidfSpanBaseline(entity_baseline=RuleBaseline()).fit([synthetic_doc(k) for k in range(4)])
    out = model.predict(MINUTES)
    assert ("John Smith", "COUNCILLOR") in {(e["text"], e["label"]) for e in out["entities"]}
