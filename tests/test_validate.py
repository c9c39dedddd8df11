"""The validator: every error kind is reported with file, line, id and span text; clean gold passes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from governance_nlp.cli import main
from governance_nlp.corpus.loader import gold_files
from governance_nlp.corpus.validate import validate_paths

TEXT = "Present: Cllr David Parsons (Leicestershire CC).\n\n- Officers to report back.\n"


def record(**over) -> dict:
    rec = {"id": "toy-1", "text": TEXT, "meta": {"body": "Toy Parish Council", "tier": "parish", "nation": "England"},
           "entities": [{"start": 14, "end": 27, "label": "COUNCILLOR"}, {"start": 29, "end": 46, "label": "AUTHORITY"}],
           "spans": [{"start": 52, "end": 76, "label": "ACTION"}],
           "action_owners": [{"start": 52, "end": 76, "owners": ["Officers"]}]}
    rec.update(over)
    return rec


def problems_for(tmp_path: Path, *records, raw_lines=()) -> list:
    path = tmp_path / "gold.jsonl"
    lines = [json.dumps(r) for r in records] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return validate_paths([path])[1]


def kinds(problems) -> set[str]:
    return {p.kind for p in problems}


def test_toy_record_is_clean(tmp_path):
    assert TEXT[14:27] == "David Parsons" and TEXT[52:76] == "Officers to report back."
    assert problems_for(tmp_path, record()) == []
    with_motion = record(spans=[{"start": 52, "end": 76, "label": "DECISION"}], action_owners=[],
                         motions=[{"start": 52, "end": 76, "proposer": "JB", "seconder": None, "outcome": "carried",
                                   "for": 6, "against": 0, "abstain": None,
                                   "voters": {"for": ["Mr A"], "against": [], "abstain": []}}],
                         declarations=[{"start": 14, "end": 46, "member": "Cllr Parsons", "item": "7",
                                        "interest": None}])
    assert problems_for(tmp_path, with_motion) == []


@pytest.mark.parametrize("over, kind", [
    ({"entities": [{"start": 14, "end": 27, "label": "MAYOR"}]}, "label"),
    ({"entities": [{"start": 14, "end": 999, "label": "COUNCILLOR"}]}, "offsets"),
    ({"entities": [{"start": 13, "end": 27, "label": "COUNCILLOR"}]}, "whitespace"),
    ({"entities": [{"start": 16, "end": 27, "label": "COUNCILLOR"}]}, "alignment"),
    ({"entities": [{"start": 14, "end": 27, "label": "COUNCILLOR"}, {"start": 19, "end": 27, "label": "COUNCILLOR"}]}, "overlap"),
    ({"entities": [{"start": 14, "end": 27, "label": "COUNCILLOR"}] * 2}, "duplicate"),
    ({"spans": [{"start": 50, "end": 76, "label": "ACTION"}], "action_owners": [{"start": 50, "end": 76, "owners": []}]}, "bullet"),
    ({"spans": [{"start": 52, "end": 76, "label": "ACTION"}], "action_owners": []}, "action_owners"),
    ({"entities": "nope"}, "schema"),
    ({"meta": {"body": "Toy Parish Council", "tier": "village", "nation": "England"}}, "meta"),
    ({"meta": {"tier": "parish", "nation": "England"}}, "meta"),
    ({"meta": {"body": "Toy Parish Council", "tier": "parish", "nation": "France"}}, "meta"),
    ({"spans": [{"start": 52, "end": 76, "label": "DECISION"}], "action_owners": [],
      "motions": [{"start": 52, "end": 70, "proposer": "JB", "outcome": "carried"}]}, "motions"),
    ({"spans": [{"start": 52, "end": 76, "label": "DECISION"}], "action_owners": [],
      "motions": [{"start": 52, "end": 76, "outcome": "passed"}]}, "motions"),
    ({"spans": [{"start": 52, "end": 76, "label": "DECISION"}], "action_owners": [],
      "motions": [{"start": 52, "end": 76, "outcome": "carried", "for": "six"}]}, "motions"),
    ({"declarations": [{"start": 52, "end": 76, "member": "", "item": None, "interest": None}]}, "declarations"),
    ({"declarations": [{"start": 53, "end": 76, "member": "Cllr X", "item": None, "interest": None}]}, "alignment"),
])
def test_each_error_kind_is_reported(tmp_path, over, kind):
    found = problems_for(tmp_path, record(**over))
    assert kind in kinds(found), found
    assert all(p.file.endswith("gold.jsonl") and p.line == 1 and p.doc_id == "toy-1" for p in found)


def test_list_number_and_markup_at_span_edge(tmp_path):
    text = "6. Accounts were approved.\n<p>Clerk to write.</p>\n"
    rec = {"id": "toy-2", "text": text, "entities": [],
           "spans": [{"start": 0, "end": 26, "label": "DECISION"}, {"start": 27, "end": 47, "label": "ACTION"}],
           "action_owners": [{"start": 27, "end": 47, "owners": ["Clerk"]}]}
    found = problems_for(tmp_path, rec)
    assert {"list-number", "markup"} <= kinds(found)
    assert any(p.span_text == "6. Accounts were approved." for p in found)


def test_invalid_json_duplicate_id_missing_text_and_bad_hash(tmp_path):
    bad_source = record(id="toy-3", source={"path": "minutes-extra/txt/wretton_2017-09_wretton-parish-council-may-meeting.txt", "sha256": "0" * 64})
    bad_source.pop("text")
    found = problems_for(tmp_path, record(), record(), bad_source, raw_lines=['{"id": "broken",'])
    assert {"duplicate-id", "json", "text"} <= kinds(found)
    assert any(p.kind == "json" and p.line == 4 for p in found)
    assert any(p.kind == "text" and "sha256" in p.message for p in found)


def test_cli_exit_status_and_report(tmp_path, capsys):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record(entities=[{"start": 16, "end": 27, "label": "COUNCILLOR"}])) + "\n")
    assert main(["validate", str(path)]) == 1
    out = capsys.readouterr().out
    assert "bad.jsonl:1 [toy-1] alignment" in out and "'vid Parsons'" in out


def test_shipped_gold_is_valid():
    assert main(["validate", *map(str, gold_files())]) == 0
