"""Tok2vec pretraining corpus: never a gold body's minutes, never OCR noise; pieces that spaCy's reader keeps."""
import json

import pytest

from governance_nlp.pretraining import CHUNK_CHARS, chunks, raw_corpus


def _shared(tmp_path, records):
    folder = tmp_path / "shared" / "minutes-unlabelled"
    folder.mkdir(parents=True)
    (folder / "x.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return tmp_path / "shared"


def test_raw_corpus_leaves_out_gold_bodies_and_ocr(tmp_path, monkeypatch):
    shared = _shared(tmp_path, [
        {"id": "a", "body": "Wretton Parish Council (Norfolk)", "text": "Wretton minutes. " * 20},
        {"id": "b", "body": "Stoke Ferry Village Hall Committee (Norfolk)", "text": "Hall minutes.\n\nItem 2 noted."},
        {"id": "c", "body": "Limerick City and County Council (Ireland)", "text": "Scanned text", "ocr": True}])
    monkeypatch.setenv("GOVERNANCE_NLP_SHARED", str(shared))
    out = tmp_path / "raw.jsonl"
    counts = raw_corpus(out, ["Wretton Parish Council", "Stoke Ferry Parish Council"], log=lambda _: None)
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert texts == ["Hall minutes.\n\nItem 2 noted."]
    assert counts["left_out_gold_body"] == 1 and counts["left_out_ocr"] == 1 and counts["documents"] == 1


def test_raw_corpus_names_the_bad_line(tmp_path, monkeypatch):
    folder = tmp_path / "shared" / "minutes-unlabelled"
    folder.mkdir(parents=True)
    (folder / "bad.jsonl").write_text('{"id": "a", "body": "X", "text": "ok"}\n{"id": "b"}\n', encoding="utf-8")
    monkeypatch.setenv("GOVERNANCE_NLP_SHARED", str(tmp_path / "shared"))
    with pytest.raises(ValueError, match=r"bad\.jsonl:2"):
        raw_corpus(tmp_path / "raw.jsonl", [], log=lambda _: None)


def test_chunks_pack_paragraphs_under_the_limit_and_lose_no_words():
    text = "\n\n".join(f"Paragraph {i} " + "word " * 60 for i in range(40)) + "\n" + "x" * 50
    pieces = list(chunks(text))
    assert len(pieces) > 1 and all(len(p) <= CHUNK_CHARS for p in pieces)
    assert " ".join(pieces).split() == text.split()


def test_init_tok2vec_runs_get_the_pretraining_block(tmp_path):
    """spaCy loads init_tok2vec weights only when the config has a [pretraining] block: train() adds it."""
    from spacy.util import load_config

    from governance_nlp.paths import CONFIGS
    from governance_nlp.training import with_pretraining_block

    assert not load_config(CONFIGS["cnn"], interpolate=False)["pretraining"]
    path = with_pretraining_block(CONFIGS["cnn"], tmp_path)
    block = load_config(path, interpolate=False)["pretraining"]
    assert block["component"] == "tok2vec" and block["corpus"] == "corpora.train"
