"""Annotation tools round trip: export (model pre-annotations) → a person's correction → import → valid gold.

Run on real minutes (an LGA document of annotations/raw): for each tool the
exported tasks are corrected by a script (one entity deleted, one ACTION with
an owner added, the rest accepted), imported, validated, and must give back
exactly the corrected annotations.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from governance_nlp.cli import main
from governance_nlp.corpus.interchange import (accepted, export_tasks, import_file, label_studio_config, to_task,
                                               write_tasks)
from governance_nlp.corpus.validate import CorpusError

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "annotations" / "raw" / "003_d9f142e973d4e07e.txt"
NEW_ACTION = "Officers to feed back views of the board in discussions with CLG."


@pytest.fixture(scope="module")
def minutes():
    import governance_nlp

    return governance_nlp.extract(DOC)


def _target(text: str) -> tuple[int, int]:
    start = text.index("Brian Reynolds will distribute")
    return start, text.index(".", start) + 1


def _edit(fmt: str, task: dict, text: str) -> dict:
    """The correction a person makes in the tool: drop the first entity, add an ACTION with owner "Secretariat"."""
    s, e = _target(text)
    if fmt == "prodigy":
        task["spans"] = [x for x in task["spans"] if x["label"] != "ACTION" or (x["start"], x["end"]) != (s, e)]
        first = next(i for i, x in enumerate(task["spans"]) if x["label"] not in ("DECISION", "ACTION"))
        del task["spans"][first]
        task["spans"].append({"start": s, "end": e, "label": "ACTION"})
        task["meta"]["governance_nlp_owners"][f"{s}:{e}"] = ["Secretariat"]
    elif fmt == "doccano":
        task["label"] = [x for x in task["label"] if x[2] != "ACTION" or (x[0], x[1]) != (s, e)]
        first = next(i for i, x in enumerate(task["label"]) if x[2] not in ("DECISION", "ACTION"))
        del task["label"][first]
        task["label"].append([s, e, "ACTION"])
        task["governance_nlp_owners"][f"{s}:{e}"] = ["Secretariat"]
    else:
        result = task["predictions"][0]["result"]
        drop = {r["id"] for r in result if r["type"] == "labels" and r["value"]["labels"] == ["ACTION"]
                and (r["value"]["start"], r["value"]["end"]) == (s, e)}
        first = next(r["id"] for r in result if r["type"] == "labels" and r["value"]["labels"][0] not in ("DECISION", "ACTION"))
        result = [r for r in result if r["id"] not in drop | {first}]
        result += [{"id": "new", "from_name": "label", "to_name": "text", "type": "labels",
                    "value": {"start": s, "end": e, "text": text[s:e], "labels": ["ACTION"]}},
                   {"id": "new", "from_name": "owners", "to_name": "text", "type": "textarea",
                    "value": {"start": s, "end": e, "text": ["Secretariat"]}}]
        task["predictions"][0]["result"] = result
    return task


def _expected(minutes) -> tuple[set, set, dict]:
    s, e = _target(minutes.text)
    ents = sorted((x.start, x.end, x.label) for x in minutes.entities)[1:]
    spans = {(d.start, d.end, "DECISION") for d in minutes.decisions}
    spans |= {(a.start, a.end, "ACTION") for a in minutes.actions if (a.start, a.end) != (s, e)} | {(s, e, "ACTION")}
    owners = {(a.start, a.end): list(a.owners) for a in minutes.actions}
    owners[(s, e)] = ["Secretariat"]
    return set(ents), spans, owners


@pytest.mark.parametrize("fmt", ["prodigy", "labelstudio", "doccano"])
def test_export_correct_import_round_trip(tmp_path, minutes, fmt):
    task = json.loads(json.dumps(to_task(fmt, "iib-2016-01-19", minutes)))
    if fmt == "prodigy":
        assert all(0.0 <= x["score"] <= 1.0 for x in task["spans"]), "scores go with the tasks"
    elif fmt == "labelstudio":
        regions = [r for r in task["predictions"][0]["result"] if r["type"] == "labels"]
        assert regions and all(0.0 <= r["score"] <= 1.0 for r in regions), "scores go with the tasks"
    edited = accepted([_edit(fmt, task, minutes.text)], fmt)
    path = tmp_path / ("tasks.json" if fmt == "labelstudio" else "tasks.jsonl")
    write_tasks(edited, fmt, path)
    (rec,) = import_file(path)  # the format is detected from the file
    ents, spans, owners = _expected(minutes)
    assert rec["id"] == "iib-2016-01-19" and rec["text"] == minutes.text
    assert {(x["start"], x["end"], x["label"]) for x in rec["entities"]} == ents
    assert {(x["start"], x["end"], x["label"]) for x in rec["spans"]} == spans
    assert {(x["start"], x["end"]): x["owners"] for x in rec["action_owners"]} == {
        k: v for k, v in owners.items() if (k[0], k[1], "ACTION") in spans}


def test_export_command_writes_tasks_and_label_studio_config(tmp_path, capsys):
    out = tmp_path / "tasks.json"
    assert main(["export", str(DOC), "--to", "labelstudio", "-o", str(out)]) == 0
    tasks = json.loads(out.read_text(encoding="utf-8"))
    assert tasks[0]["data"]["text"] == DOC.read_text(encoding="utf-8") and tasks[0]["predictions"][0]["result"]
    assert out.with_suffix(".xml").read_text(encoding="utf-8") == label_studio_config()
    assert main(["export", str(DOC), "--to", "prodigy", "-o", str(tmp_path / "p.jsonl")]) == 0
    assert "prodigy spans.manual" in capsys.readouterr().err


def test_unmappable_label_is_refused_naming_file_task_and_label(tmp_path, capsys):
    path = tmp_path / "doccano.jsonl"
    path.write_text(json.dumps({"text": "Cllr Ann Lee agreed.", "label": [[5, 12, "PERSON"]]}) + "\n", encoding="utf-8")
    with pytest.raises(CorpusError, match="PERSON"):
        import_file(path)
    assert main(["import", str(path), "--from", "doccano", "-o", str(tmp_path / "g.jsonl")]) == 1
    err = capsys.readouterr().err
    assert str(path) in err and "'PERSON' is neither an entity" in err and "Ann Lee" in err
    assert not (tmp_path / "g.jsonl").exists(), "nothing is written when anything is refused"


def test_a_line_that_is_not_json_is_refused_naming_its_line(tmp_path):
    path = tmp_path / "prodigy.jsonl"
    good = json.dumps({"text": "Cllr Ann Lee agreed.", "spans": [{"start": 5, "end": 12, "label": "COUNCILLOR"}]})
    path.write_text(good + "\n{not json\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"prodigy\.jsonl:2.*invalid JSON"):
        import_file(path, "prodigy")


def test_spacy_docbin_import_and_spacy_train_on_the_export(tmp_path, gold_docs):
    """`export --to spacy` writes DocBins a spaCy user trains on with `spacy train` and our components."""
    out = tmp_path / "docbins"
    assert main(["export", "--to", "spacy", "-o", str(out)]) == 0
    records = import_file(out / "dev.spacy")
    dev_ids = {d.id for d in gold_docs if d.body == "Milburn Parish Council"}
    assert len(records) == len(dev_ids)
    by_text = {d.text: d for d in gold_docs}
    for rec in records:
        gold = by_text[rec["text"]]
        assert {(x["start"], x["end"], x["label"]) for x in rec["entities"]} == \
               {(x["start"], x["end"], x["label"]) for x in gold.entities}
        assert {(x["start"], x["end"], x["label"]) for x in rec["spans"]} == \
               {(x["start"], x["end"], x["label"]) for x in gold.spans}
    run = subprocess.run([sys.executable, "-m", "spacy", "train", str(ROOT / "training" / "cnn.cfg"),
                          "--paths.train", str(out / "dev.spacy"), "--paths.dev", str(out / "dev.spacy"),
                          "--paths.vectors", str(out / "vectors"), "--training.max_steps", "2",
                          "--training.max_epochs", "0", "--training.eval_frequency", "1",
                          "--output", str(tmp_path / "model")], capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]
    assert (tmp_path / "model" / "model-last" / "config.cfg").is_file()


def test_train_accepts_a_tool_export(tmp_path, minutes):
    """`train --data` takes a Label Studio export through the importer (prepare_corpus only: no training)."""
    from governance_nlp.training import prepare_corpus

    path = tmp_path / "ls.json"
    write_tasks(accepted([to_task("labelstudio", "my-own-minutes", minutes)], "labelstudio"), "labelstudio", path)
    by = prepare_corpus(tmp_path / "corpus", data=[path], data_split="test", log=lambda _: None)
    assert "my-own-minutes" in {d.id for d in by["test"]}


def test_export_tasks_for_files(minutes):
    (task,) = export_tasks([DOC], "doccano")
    assert task["doc_id"] == DOC.stem and len(task["label"]) == len(minutes.entities) + len(minutes.decisions) + len(minutes.actions)
