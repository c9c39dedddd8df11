"""Device side of ``transformer_lobo.py``: fine-tune MiniLM as a three-head token tagger, one run per fold.

Needs only torch, transformers and safetensors (no spaCy, no project code), so it runs on the GPU machine's
own Python. For every leave-one-body-out fold and every variant it trains on the fold's eight training bodies,
keeps the epoch that tags the dev body best (token-level F1 averaged over the three heads) and writes that
epoch's tags for the held-out body's windows.

    python transformer_lobo_device.py DIR OUT [--variants plain,rules] [--epochs 10] [--deadline SECONDS]
"""
from __future__ import annotations

import argparse
import inspect
import json
import time
from pathlib import Path

import numpy as np
import torch
from safetensors.torch import load_file
from torch import nn
from transformers import BertConfig, BertModel


def bert_config(dirpath: Path) -> BertConfig:
    """The encoder's config, passing only what this transformers version's BertConfig names (v4 and v5 differ)."""
    config = json.loads((dirpath / "config.json").read_text())
    params = inspect.signature(BertConfig.__init__).parameters
    if not any(p.kind is p.VAR_KEYWORD for p in params.values()):
        config = {k: v for k, v in config.items() if k in params}
    config.pop("model_type", None)
    return BertConfig(**config)


class Tagger(nn.Module):
    """MiniLM plus one linear head per tag set; optionally the rules' tags embedded into the input."""

    def __init__(self, dirpath: Path, n_tags: list[int], use_rules: bool):
        super().__init__()
        self.encoder = BertModel(bert_config(dirpath), add_pooling_layer=False)
        state = {k: v.float() for k, v in load_file(str(dirpath / "encoder_fp16.safetensors")).items()}
        missing, unexpected = self.encoder.load_state_dict(state, strict=False)
        if unexpected or [m for m in missing if "position_ids" not in m]:
            raise SystemExit(f"encoder weights do not fit: missing {missing}, unexpected {unexpected}")
        hidden = self.encoder.config.hidden_size
        self.heads = nn.ModuleList(nn.Linear(hidden, n) for n in n_tags)
        self.rule_emb = nn.ModuleList(nn.Embedding(n, hidden) for n in n_tags) if use_rules else None
        if self.rule_emb is not None:
            for emb in self.rule_emb:
                nn.init.zeros_(emb.weight)

    def forward(self, ids: torch.Tensor, rule: torch.Tensor) -> list[torch.Tensor]:
        x = self.encoder.embeddings.word_embeddings(ids)
        if self.rule_emb is not None:
            x = x + sum(emb(rule[..., k].long()) for k, emb in enumerate(self.rule_emb))
        h = self.encoder(inputs_embeds=x, attention_mask=(ids != 0).long()).last_hidden_state
        return [head(h) for head in self.heads]


def token_f1(pred: torch.Tensor, gold: torch.Tensor) -> float:
    """Mean over the heads of the F1 of non-O tags (a piece counts when its tag equals gold's)."""
    scores = []
    for k in range(gold.shape[-1]):
        g, p = gold[..., k], pred[..., k]
        mask = g != -100
        tp = ((p == g) & (g > 0) & mask).sum().item()
        n_pred, n_gold = ((p > 0) & mask).sum().item(), ((g > 0) & mask).sum().item()
        scores.append(2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0)
    return sum(scores) / len(scores)


@torch.no_grad()
def predict(model: Tagger, ids: torch.Tensor, rule: torch.Tensor, batch: int = 256) -> torch.Tensor:
    model.eval()
    out = []
    for i in range(0, len(ids), batch):
        with torch.autocast(ids.device.type, dtype=torch.bfloat16, enabled=ids.is_cuda):
            logits = model(ids[i:i + batch], rule[i:i + batch])
        out.append(torch.stack([lg.argmax(-1) for lg in logits], dim=-1))
    model.train()
    return torch.cat(out) if out else torch.zeros((0, ids.shape[1], 3), dtype=torch.long, device=ids.device)


def run_fold(dirpath, fold, data, n_tags, use_rules, args, device) -> tuple[torch.Tensor, dict]:
    torch.manual_seed(args.seed)
    ids, gold, rule, doc = data
    sel = {part: torch.as_tensor(np.isin(doc, fold[part]), device=device) for part in ("train", "dev", "test")}
    model = Tagger(dirpath, n_tags, use_rules).to(device)
    enc_params = list(model.encoder.parameters())
    other = [p for n, p in model.named_parameters() if not n.startswith("encoder.")]
    opt = torch.optim.AdamW([{"params": enc_params, "lr": args.lr}, {"params": other, "lr": args.head_lr}], weight_decay=0.01)
    tr_ids, tr_gold, tr_rule = ids[sel["train"]], gold[sel["train"]], rule[sel["train"]]
    steps = args.epochs * ((len(tr_ids) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min(1.0, s / max(1, steps // 10)) * max(0.0, (steps - s) / steps))
    loss_fn = nn.CrossEntropyLoss(ignore_index=-100)
    best, best_pred, log = -1.0, None, []
    for epoch in range(args.epochs):
        order = torch.randperm(len(tr_ids), device=device)
        for i in range(0, len(order), args.batch):
            b = order[i:i + args.batch]
            with torch.autocast(device.type, dtype=torch.bfloat16, enabled=device.type == "cuda"):
                logits = model(tr_ids[b], tr_rule[b])
                loss = sum(loss_fn(lg.float().flatten(0, 1), tr_gold[b][..., k].long().flatten())
                           for k, lg in enumerate(logits))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
        dev = token_f1(predict(model, ids[sel["dev"]], rule[sel["dev"]]), gold[sel["dev"]])
        log.append(round(dev, 4))
        if dev > best:
            best, best_pred = dev, predict(model, ids[sel["test"]], rule[sel["test"]])
    return best_pred, {"body": fold["body"], "dev_by_epoch": log, "best_epoch": int(np.argmax(log)) + 1}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--variants", default="plain,rules")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--head-lr", type=float, default=5e-4)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--deadline", type=float, default=1e9, help="seconds; folds not started by then are skipped")
    ap.add_argument("--limit", type=int, default=0, help="only this many folds (a smoke test)")
    args = ap.parse_args()
    t0 = time.time()
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    w = np.load(args.dir / "windows.npz")
    meta = json.loads((args.dir / "folds.json").read_text())
    n_tags = [len(meta["ent_tags"]), len(meta["span_tags"]), len(meta["span_tags"])]
    data = (torch.as_tensor(w["ids"].astype(np.int64), device=device), torch.as_tensor(w["gold"].astype(np.int64), device=device),
            torch.as_tensor(w["rule"].astype(np.int64), device=device), w["doc"])
    args.out.mkdir(parents=True, exist_ok=True)
    folds = meta["folds"][: args.limit or None]
    print(f"device {device} ({torch.cuda.get_device_name(0) if device.type == 'cuda' else 'cpu'}), torch {torch.__version__}, "
          f"{len(w['ids'])} windows, {len(folds)} folds", flush=True)
    for variant in args.variants.split(","):
        pred = np.zeros((len(w["ids"]), w["ids"].shape[1], 3), dtype=np.int8)
        logs = []
        for fold in folds:
            if time.time() - t0 > args.deadline:
                print(f"deadline: {variant} {fold['body']} skipped", flush=True)
                continue
            t = time.time()
            fold_pred, info = run_fold(args.dir, fold, data, n_tags, variant == "rules", args, device)
            pred[np.isin(w["doc"], fold["test"])] = fold_pred.cpu().numpy().astype(np.int8)
            info["seconds"] = round(time.time() - t, 1)
            logs.append(info)
            print(variant, json.dumps(info), flush=True)
        np.savez_compressed(args.out / f"pred_{variant}.npz", pred=pred)
        (args.out / f"log_{variant}.json").write_text(json.dumps({"args": {k: str(v) for k, v in vars(args).items()},
                                                                 "folds": logs}))
    print(f"done in {time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
