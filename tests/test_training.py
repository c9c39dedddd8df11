"""Retraining from the command line: a few steps on a small slice, then the model loads and extracts."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import governance_nlp
from governance_nlp.cli import main
from governance_nlp.evaluation.crossval import body_folds, crossval, folds
from governance_nlp.training import POST_PIPES


def test_train_smoke(tmp_path, capsys):
    out = tmp_path / "run"
    assert main(["train", "--config", "cnn", "--max-steps", "4", "--limit-train", "2", "--output", str(out)]) == 0
    meta = json.loads((out / "model" / "meta.json").read_text())
    assert meta["governance_nlp"]["corpus_version"] and meta["governance_nlp"]["config"] == "cnn.cfg"
    nlp = governance_nlp.load(out / "model")
    assert nlp.component_names[:3] == ["tok2vec", "ner", "spancat"]
    assert nlp.component_names[3:] == [factory for factory, _ in POST_PIPES]
    assert nlp.disabled == ["tok2vec", "ner", "spancat"], "the rules replace their output: packaged, trained, not run"
    nlp.enable_pipe("tok2vec"), nlp.enable_pipe("ner"), nlp.enable_pipe("spancat")
    assert nlp("Cllr David Parsons agreed.").ents is not None, "the disabled components still run when enabled"
    saved = (out / "model" / "config.cfg").read_text()
    assert str(tmp_path) not in saved, "the packaged config keeps no path of the training run"
    result = governance_nlp.extract("Cllr David Parsons agreed. Clerk to write to NCC.", model=out / "model")
    assert result.text.startswith("Cllr")
    assert "corpus: 87 documents" in capsys.readouterr().out


def test_train_smoke_trf_frozen_encoder(tmp_path):
    """The trf config initialises its frozen encoder from the package weights and trains its heads."""
    out = tmp_path / "trf"
    assert main(["train", "--config", "trf", "--max-steps", "2", "--limit-train", "1", "--output", str(out)]) == 0
    nlp = governance_nlp.load(out / "model")
    assert nlp.component_names[:3] == ["transformer", "ner", "spancat"]
    assert nlp.disabled == ["transformer", "ner", "spancat"], "the rules replace their output"
    nlp.enable_pipe("transformer")
    doc = nlp("Cllr David Parsons agreed the report.")
    assert doc._.trf_data.width == 384, "MiniLM-L6 hidden size: the package weights were loaded"
    # Forking workers after torch has run in the parent used to hang: run it with a deadline.
    code = ("import governance_nlp as g, sys; m = sys.argv[1]; g.load(m)('warm up'); texts = ['Cllr Ann Lee agreed.'] * 4; "
            "two = [x.to_dict() for x in g.extract_many(texts, model=m, n_process=2)]; "
            "one = [x.to_dict() for x in g.extract_many(texts, model=m)]; print(two == one)")
    run = subprocess.run([sys.executable, "-c", code, str(out / "model")], capture_output=True, text=True, timeout=300)
    assert run.stdout.strip().endswith("True"), run.stderr[-2000:]


def test_train_refuses_bad_data(tmp_path, capsys):
    bad = tmp_path / "new.jsonl"
    bad.write_text(json.dumps({"id": "new-1", "text": "Cllr Parsons", "entities": [{"start": 0, "end": 3, "label": "COUNCILLOR"}], "spans": []}) + "\n")
    assert main(["train", "--data", str(bad), "--output", str(tmp_path / "x"), "--max-steps", "1"]) == 1
    err = capsys.readouterr().err
    assert "new.jsonl:1 [new-1] alignment" in err
    assert not (tmp_path / "x" / "model").exists()


def test_unknown_config_is_refused(tmp_path, capsys):
    assert main(["train", "--config", "nope", "--output", str(tmp_path)]) == 1
    assert "config 'nope' not found" in capsys.readouterr().err


def test_crossval_folds_are_by_document():
    ids = [f"doc{i}" for i in range(10)]
    parts = folds(ids, 5)
    held = [x for _, test in parts for x in test]
    assert sorted(held) == ids
    for train, test in parts:
        assert not set(train) & set(test)


def test_body_folds_hold_out_whole_bodies(gold_docs):
    parts = body_folds(gold_docs)
    bodies = {d.body for d in gold_docs}
    assert [p[0] for p in parts] == sorted(bodies)
    body_of = {d.id: d.body for d in gold_docs}
    for body, train, dev, test in parts:
        assert {body_of[x] for x in test} == {body}
        dev_bodies = {body_of[x] for x in dev}
        assert len(dev_bodies) == 1 and body not in dev_bodies
        assert body not in {body_of[x] for x in train} and not dev_bodies & {body_of[x] for x in train}
        assert sorted(train + dev + test) == sorted(body_of)


def test_crossval_by_body_baselines_hold_out_the_body(gold_docs):
    body = "Wretton Parish Council"
    result = crossval(by="body", model=False, log=lambda _: None, only=[body])
    held = [d for d in gold_docs if d.body == body]
    assert result["k"] == 1 and result["per_fold"][0]["held_out"] == body
    assert sorted(result["per_fold"][0]["documents"]) == sorted(d.id for d in held)
    pooled = result["pooled_prf"]["rule"]["spans_overlap"]
    assert pooled["DECISION"]["support"] == sum(1 for d in held for s in d.spans if s["label"] == "DECISION")
    assert set(result["pooled"]) == {"rule", "tfidf"}


def test_bad_config_override_is_refused(tmp_path, capsys):
    assert main(["train", "--set", "no-equals-sign", "--output", str(tmp_path)]) == 1
    assert "expected SECTION.KEY=VALUE" in capsys.readouterr().err


def test_user_data_goes_where_asked_and_is_never_limited(tmp_path):
    from governance_nlp.paths import ANNOTATIONS_DIR
    from governance_nlp.training import prepare_corpus

    example = ANNOTATIONS_DIR / "examples" / "minimal.jsonl"
    by = prepare_corpus(tmp_path, data=[example], limit_train=2, log=lambda _: None)
    assert [d.id for d in by["train"]][-1] == "example-stoke-alder-2025-03-04" and len(by["train"]) == 3
    by = prepare_corpus(tmp_path, data=[example], limit_train=2, log=lambda _: None, data_split="test")
    assert "example-stoke-alder-2025-03-04" in {d.id for d in by["test"]} and len(by["train"]) == 2


def test_the_format_example_is_valid_gold():
    from governance_nlp.corpus.validate import validate_paths
    from governance_nlp.paths import ANNOTATIONS_DIR

    records, problems = validate_paths([ANNOTATIONS_DIR / "examples" / "minimal.jsonl"])
    assert problems == [] and len(records) == 1
    rec = records[0][0]
    assert rec["motions"] and rec["declarations"] and rec["roster"] and rec["officers"]


def test_crossval_never_trains_on_the_held_out_body(monkeypatch, tmp_path, gold_docs):
    """The split handed to training names the held-out documents as test, so none of them lands in train."""
    import governance_nlp.training as training
    from governance_nlp.training import prepare_corpus

    seen = {}

    class Stop(Exception):
        pass

    def fake_train(config, output, overrides=None, split=None, log=None, **kwargs):
        seen["split"] = split
        raise Stop

    monkeypatch.setattr(training, "train", fake_train)
    body = "Wretton Parish Council"
    with pytest.raises(Stop):
        crossval(by="body", only=[body], log=lambda _: None, output=tmp_path)
    held = {d.id for d in gold_docs if d.body == body}
    assert set(seen["split"]["test"]) == held
    by = prepare_corpus(tmp_path / "corpus", split=seen["split"], log=lambda _: None)
    assert not held & {d.id for d in by["train"] + by["dev"]}


def test_crossval_passes_config_overrides_and_gpu_to_every_fold(monkeypatch, tmp_path):
    import governance_nlp.training as training

    seen = {}

    class Stop(Exception):
        pass

    def fake_train(config, output, overrides=None, split=None, log=None, gpu_id=-1, **kwargs):
        seen.update(overrides=overrides, gpu_id=gpu_id)
        raise Stop

    monkeypatch.setattr(training, "train", fake_train)
    with pytest.raises(Stop):
        crossval(by="body", only=["Wretton Parish Council"], log=lambda _: None, output=tmp_path, max_steps=5,
                 overrides={"paths.init_tok2vec": "weights/model3.bin"}, gpu_id=0)
    assert seen["overrides"]["paths.init_tok2vec"] == "weights/model3.bin"
    assert seen["overrides"]["training.max_steps"] == 5 and seen["gpu_id"] == 0


def test_crossval_cli_refuses_a_malformed_set(capsys):
    from governance_nlp.cli import main

    assert main(["crossval", "--set", "paths.init_tok2vec"]) == 1
    assert "expected SECTION.KEY=VALUE" in capsys.readouterr().err
