"""Weak supervision for the NER: train tok2vec + NER on the rules' entities over unlabelled minutes, then merge.

The texts are ``../shared/minutes-unlabelled/`` minutes of bodies that have no gold (Limerick's districts and
committees, Norfolk village committees): no held-out body's minutes are seen, so every gold document can be
scored and the figures are leave-one-body-out by construction. The model starts from the pretrained tok2vec
(``training/pretrained/``) as the shipped cnn does.

    python training/experiments/weak_supervision.py OUT_DIR [--docs 400] [--steps 3000]

Prints entity P/R/F1 on the gold corpus (design bodies, test bodies, all) for the rules, the weakly
supervised model alone, and the rules with the model's mentions added where the rules found none.
"""
from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

GOLD_BODIES = ("ayton", "milburn", "govan", "manordeilo", "stoke ferry parish", "west dereham", "wretton", "boughton",
               "kent", "local government association")
TEST_BODIES = {"Kent County Council", "Govan Community Council", "Wretton Parish Council"}
LABELS = ("COUNCILLOR", "AUTHORITY", "PARTY", "OFFICER")


def build(out: Path, n_docs: int, steps: int) -> Path:
    from spacy.cli.train import train as spacy_train
    from spacy.tokens import DocBin
    from spacy.util import load_config

    from governance_nlp.corpus.loader import GoldDoc, chunk_doc
    from governance_nlp.paths import shared_dir
    from governance_nlp.rules.components import rule_pipeline
    from governance_nlp.training import PRETRAINED_TOK2VEC, with_pretraining_block
    from governance_nlp.vectors import write_vectors

    texts = [r["text"] for f in sorted((shared_dir() / "minutes-unlabelled").glob("*.jsonl"))
             for r in map(json.loads, f.open()) if not any(b in r["body"].lower() for b in GOLD_BODIES)]
    random.Random(0).shuffle(texts)
    chunks = [piece.text for t in texts[:n_docs]  # cut at blank lines, as the gold is for training
              for piece in chunk_doc(GoldDoc(id="unlabelled", text=t, meta={}, entities=[], spans=[]))]
    docs = []
    for doc in rule_pipeline().pipe(chunks, batch_size=64):
        doc.spans.clear()  # entities only: the rules' spans are not trained here
        docs.append(doc)
    n_dev = max(20, len(docs) // 20)
    out.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs[n_dev:]).to_disk(out / "train.spacy")
    DocBin(docs=docs[:n_dev]).to_disk(out / "dev.spacy")
    print(f"{min(n_docs, len(texts))} documents, {len(chunks)} chunks, {sum(len(d.ents) for d in docs)} rule entities")
    cfg = load_config(Path("training/cnn.cfg"), interpolate=False)
    cfg["nlp"]["pipeline"] = ["tok2vec", "ner"]
    del cfg["components"]["spancat"]
    cfg["training"].update({"score_weights": {"ents_f": 1.0, "ents_p": 0.0, "ents_r": 0.0, "ents_per_type": None},
                            "max_steps": steps, "eval_frequency": 250, "patience": 1000})
    cfg.to_disk(out / "ner.cfg")
    spacy_train(with_pretraining_block(out / "ner.cfg", out), out / "spacy", use_gpu=-1,
                overrides={"paths.train": str(out / "train.spacy"), "paths.dev": str(out / "dev.spacy"),
                           "paths.vectors": str(write_vectors(out / "vectors", chunks)),
                           "paths.init_tok2vec": str(PRETRAINED_TOK2VEC), "system.seed": 0})
    return out / "spacy" / "model-best"


def score(model_dir: Path) -> None:
    import spacy

    from governance_nlp.corpus.loader import load_gold
    from governance_nlp.evaluation.baselines import RuleBaseline
    from governance_nlp.evaluation.crossval import _prf
    from governance_nlp.evaluation.scoring import evaluate

    docs = load_gold()
    rules = RuleBaseline().predict_many([d.text for d in docs])
    model = [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
             for doc in spacy.load(model_dir).pipe([d.text for d in docs], batch_size=8)]

    def with_entities(pred: dict, text: str, ents: list[tuple[int, int, str]]) -> dict:
        return dict(pred, entities=[{"start": s, "end": e, "label": lab, "text": text[s:e]} for s, e, lab in sorted(ents)])

    systems = {"rules": rules, "weak model alone": [with_entities(r, d.text, m) for r, m, d in zip(rules, model, docs)]}
    for labels in (LABELS, ("COUNCILLOR",), ("OFFICER",)):
        merged = []
        for r, m, d in zip(rules, model, docs):
            ents = [(x["start"], x["end"], x["label"]) for x in r["entities"]]
            ents += [(s, e, lab) for s, e, lab in m if lab in labels and all(e <= a or s >= b for a, b, _ in ents)]
            merged.append(with_entities(r, d.text, ents))
        systems["rules + model " + "/".join(labels)] = merged
    for name, preds in systems.items():
        for part in ("design", "test", "all"):
            sel = [i for i, d in enumerate(docs) if part == "all" or (d.body in TEST_BODIES) == (part == "test")]
            e = _prf(evaluate([docs[i] for i in sel], [preds[i] for i in sel]))["entities_exact"]
            print(f"{name:40} {part:6} micro {e['micro']['precision']:.2f}/{e['micro']['recall']:.2f}/{e['micro']['f1']:.3f} "
                  + " ".join(f"{lab[:4]} {e[lab]['f1']:.3f}" for lab in LABELS))


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--docs", type=int, default=400)
    ap.add_argument("--steps", type=int, default=3000)
    ap.add_argument("--score-only", action="store_true", help="score OUT/spacy/model-best without training")
    args = ap.parse_args()
    score(args.out / "spacy" / "model-best" if args.score_only else build(args.out, args.docs, args.steps))
