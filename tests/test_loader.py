"""The corpus loader: document-level split, DatasetDict, DocBin, and refusal of bad data."""
from __future__ import annotations

import json
import warnings

import pytest

from governance_nlp.corpus.loader import (GoldDoc, chunk_doc, load_gold, make_doc, merge_double_labels, read_split,
                                          split_docs, to_dataset_dict, write_docbins)
from governance_nlp.corpus.validate import CorpusError
from governance_nlp.tokenizer import blank


def test_split_holds_out_whole_bodies(gold_docs):
    split = read_split()
    by = split_docs(gold_docs)
    ids = {name: {d.id for d in docs} for name, docs in by.items()}
    assert not (ids["train"] & ids["dev"]) and not (ids["train"] & ids["test"]) and not (ids["dev"] & ids["test"])
    assert sum(len(v) for v in ids.values()) == len(gold_docs) >= 85
    bodies = {name: {d.body for d in docs} for name, docs in by.items()}
    assert bodies["test"] == set(split["test"]) and bodies["dev"] == set(split["dev"])
    assert not bodies["train"] & bodies["test"] and not bodies["train"] & bodies["dev"] and not bodies["dev"] & bodies["test"]
    assert len(bodies["test"]) >= 3 and "Kent County Council" in bodies["test"]
    assert any(d.nation == "Scotland" and d.tier == "community" for d in by["test"])
    assert len({d.body for d in gold_docs}) >= 10


def test_every_record_has_body_metadata(gold_docs):
    for d in gold_docs:
        assert d.body and d.tier in ("lga", "principal", "parish", "community"), d.id
        assert d.nation in ("England", "Wales", "Scotland", "Northern Ireland"), d.id


def test_unknown_body_in_split_is_refused(gold_docs):
    from governance_nlp.corpus.loader import split_by_body

    with pytest.raises(CorpusError, match="no gold documents"):
        split_by_body(gold_docs, {"dev": [], "test": ["Nowhere Parish Council"]})


def test_dataset_dict_rows_and_offsets(gold_docs):
    dd = to_dataset_dict(split_docs(gold_docs))
    assert set(dd) == {"train", "dev", "test"}
    row = dd["test"][0]
    assert {"id", "body", "tier", "nation", "date", "text", "entities", "spans", "action_owners"} <= set(row)
    assert set(dd["test"]["body"]) == set(read_split()["test"])
    for ent in row["entities"]:
        assert row["text"][ent["start"]:ent["end"]].strip() == row["text"][ent["start"]:ent["end"]]


def test_docbins_round_trip_without_w030(tmp_path, gold_docs):
    from spacy.tokens import DocBin

    by = split_docs(gold_docs)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # W030 (misaligned entity) must never pass unnoticed
        paths = write_docbins(tmp_path, {"dev": by["dev"]})
    nlp = blank()
    docs = list(DocBin().from_disk(paths["dev"]).get_docs(nlp.vocab))
    assert len(docs) == len(by["dev"])
    assert sum(len(d.ents) for d in docs) == sum(len(g.entities) for g in by["dev"])
    # a span that is both DECISION and ACTION is stored once, as DECISION_ACTION
    assert sum(len(d.spans["sc"]) for d in docs) == sum(len(merge_double_labels(g.spans)) for g in by["dev"])
    labels = {s.label_ for d in docs for s in d.spans["sc"]}
    assert labels == {"DECISION", "ACTION", "DECISION_ACTION"}


def test_chunks_keep_every_annotation(gold_docs):
    for gold in gold_docs:
        chunks = chunk_doc(gold)
        assert "".join(c.text for c in chunks) == gold.text
        assert sum(len(c.entities) for c in chunks) == len(gold.entities)
        assert sum(len(c.spans) for c in chunks) == len(gold.spans)
        for c in chunks:
            for x in c.entities + c.spans:
                assert 0 <= x["start"] < x["end"] <= len(c.text)


def test_misaligned_span_is_an_error_not_a_warning():
    gold = GoldDoc(id="toy", text="Cllr Parsons agreed.", meta={}, entities=[{"start": 6, "end": 12, "label": "COUNCILLOR"}], spans=[])
    with pytest.raises(CorpusError, match="toy"):
        make_doc(blank(), gold)


def test_loader_refuses_malformed_file(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Cllr Parsons", "entities": [{"start": 0, "end": 4, "label": "NOPE"}], "spans": []}) + "\n")
    with pytest.raises(CorpusError) as err:
        load_gold([path])
    assert "bad.jsonl:1 [x] label" in str(err.value)
