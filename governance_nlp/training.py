"""One-command retraining: validate gold → DocBin → ``spacy train`` → package with the structure layer.

Config-driven (``training/*.cfg``), seeded, and it refuses bad annotation
files with the validator's report instead of training on what it could read.
"""
from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from .corpus.loader import GoldDoc, chunk_doc, gold_files, load_gold, split_docs, write_docbins
from .paths import CONFIGS, PRETRAIN_CONFIG, PRETRAINED_TOK2VEC
from .vectors import write_vectors

def resolve_config(name_or_path: str) -> Path:
    """``cnn`` / ``trf`` or a path to a ``.cfg``."""
    path = CONFIGS.get(name_or_path, Path(name_or_path))
    if not path.is_file():
        raise FileNotFoundError(f"config {name_or_path!r} not found (use cnn, trf or a path to a .cfg file)")
    return path


def corpus_version(files: Iterable[Path]) -> str:
    """A short hash of the gold files' bytes: which data a model was trained on."""
    h = hashlib.sha256()
    for f in sorted(files):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return h.hexdigest()[:12]


def uses_static_vectors(config_path: Path) -> bool:
    """Whether any embedding layer in the config reads the static vectors table."""
    from spacy.util import load_config

    def walk(node: Any) -> bool:
        if isinstance(node, dict):
            return node.get("include_static_vectors") is True or any(walk(v) for v in node.values())
        return False

    return walk(load_config(config_path, interpolate=False))


# The components added after the trained ones when a model is packaged: the rules merged with the
# model (chosen by the leave-one-body-out ablation, README "Accuracy"), then the structured layer.
# On bodies it never saw, every part of the model's output that was tried lowered F1 below the rules'
# alone: its DECISION/ACTION spans at any score floor, its OFFICER, AUTHORITY and PARTY mentions, and
# (once the rules read whole attendance lists) its COUNCILLOR mentions too. So the rules replace both;
# the trained components are packaged disabled (nlp.enable_pipe runs them; merge "fill" or
# "prefer_rules" combines them, for a model retrained on one's own council's minutes).
# Document-level consistency (minutes_entity_consistency) is left out: it lowered entity F1 there.
POST_PIPES: list[tuple[str, dict[str, Any]]] = [
    ("minutes_rule_entities", {"merge": "replace"}),
    ("minutes_rule_spans", {"merge": "replace"}),
    ("minutes_structure", {}),
]


MODEL_ALONE: list[tuple[str, dict[str, Any]]] = [("minutes_structure", {})]


def add_post_pipes(nlp, pipes: list[tuple[str, dict[str, Any]]] | None = None) -> None:
    """Add ``pipes`` (default :data:`POST_PIPES`) that the pipeline lacks, in order, at the end."""
    for factory, config in POST_PIPES if pipes is None else pipes:
        if factory not in nlp.pipe_names:
            nlp.add_pipe(factory, config=config)


def step_overrides(max_steps: int) -> dict[str, Any]:
    """Config overrides that stop training after ``max_steps`` (0: the config's own schedule)."""
    if not max_steps:
        return {}
    return {"training.max_steps": max_steps, "training.max_epochs": 0,
            "training.eval_frequency": max(1, max_steps // 4)}


def native_gold(paths: list[Path], out_dir: Path) -> list[Path]:
    """``paths`` as gold JSONL: a Prodigy, Label Studio, Doccano or spaCy export goes through the importer first."""
    from .corpus.interchange import detect_format, import_file, write_gold

    out = []
    for p in map(Path, paths):
        if detect_format(p) == "gold":
            out.append(p)
        else:
            out_dir.mkdir(parents=True, exist_ok=True)
            converted = out_dir / f"imported-{p.stem}.jsonl"
            write_gold(import_file(p), converted)
            out.append(converted)
    return out


def prepare_corpus(out_dir: Path, data: list[Path] | None = None, limit_train: int | None = None,
                   log: Callable[[str], None] = print,
                   split: dict[str, list[str]] | None = None, data_split: str = "train") -> dict[str, list[GoldDoc]]:
    """Validate the gold (plus ``data``), split it and write DocBins (train chunked).

    The project's gold is split by body (or by ``split``); a user's ``data`` documents all go to
    ``data_split`` and are never cut by ``limit_train``, which limits the project's training documents only.
    """
    if data_split not in ("train", "dev", "test"):
        raise ValueError(f"data_split must be train, dev or test, not {data_split!r}")
    files = gold_files() + [Path(p) for p in (data or [])]
    gold = load_gold(gold_files())
    extra = load_gold(native_gold(data, out_dir), require_meta=False) if data else []
    clash = sorted({d.id for d in gold} & {d.id for d in extra})
    if clash:
        from .corpus.validate import CorpusError, Problem

        raise CorpusError([Problem("--data", 0, x, "duplicate-id", "id already used by the project's gold")
                           for x in clash])
    by_split = split_docs(gold, split)
    if limit_train:
        by_split["train"] = by_split["train"][:limit_train]
    by_split[data_split] = by_split[data_split] + extra
    docs = gold + extra
    train_chunks = [c for d in by_split["train"] for c in chunk_doc(d)]
    write_docbins(out_dir, {"train": train_chunks, "dev": by_split["dev"], "test": by_split["test"]})
    log(f"corpus: {len(docs)} documents from {len(files)} files; "
        + ", ".join(f"{k}={len(v)}" for k, v in by_split.items())
        + f"; {len(train_chunks)} training chunks → {out_dir}")
    return by_split


def train(config: str = "cnn", output: Path = Path("training/output"), data: list[Path] | None = None,
          overrides: dict[str, Any] | None = None, limit_train: int | None = None,
          log: Callable[[str], None] = print, split: dict[str, list[str]] | None = None,
          post_pipes: list[tuple[str, dict[str, Any]]] | None = None, data_split: str = "train",
          gpu_id: int = -1) -> Path:
    """Train a pipeline; return the packaged model directory (``output/model``).

    ``post_pipes`` are the untrained components added after training (default :data:`POST_PIPES`;
    :data:`MODEL_ALONE` for the statistical model with the structured layer only). ``gpu_id`` ≥ 0
    trains on that GPU (CuPy and a CUDA build of torch needed); the rest of the process then runs there too.
    """
    from spacy.cli.train import train as spacy_train

    import spacy

    cfg = resolve_config(config)
    output = Path(output)
    corpus_dir = output / "corpus"
    started = time.perf_counter()
    by_split = prepare_corpus(corpus_dir, data, limit_train, log, split, data_split)
    settings = {"paths.train": str(corpus_dir / "train.spacy"), "paths.dev": str(corpus_dir / "dev.spacy"),
                "system.seed": 0, **(overrides or {})}
    is_cnn = cfg.resolve() == CONFIGS["cnn"].resolve()
    if is_cnn and "paths.init_tok2vec" not in settings and PRETRAINED_TOK2VEC.is_file():
        settings["paths.init_tok2vec"] = str(PRETRAINED_TOK2VEC)  # --set paths.init_tok2vec=null: from scratch
    if uses_static_vectors(cfg):
        vectors_dir = write_vectors(corpus_dir / "vectors", (d.text for d in by_split["train"]))
        settings["paths.vectors"] = str(vectors_dir)
        log(f"static vectors (MiniLM wordpiece means) → {vectors_dir}")
    run_cfg = with_pretraining_block(cfg, output) if settings.get("paths.init_tok2vec") else cfg
    log(f"training {run_cfg} (seed {settings['system.seed']}) → {output}")
    spacy_train(run_cfg, output / "spacy", use_gpu=gpu_id, overrides=settings)
    nlp = spacy.load(output / "spacy" / "model-best")
    add_post_pipes(nlp, post_pipes)
    files = gold_files() + [Path(p) for p in (data or [])]
    nlp.meta["name"] = f"governance_{cfg.stem}"
    nlp.meta["version"] = "0.1.0"
    nlp.meta["description"] = "governance_nlp minutes pipeline: NER (COUNCILLOR, AUTHORITY, PARTY, OFFICER) + spancat (DECISION, ACTION)"
    nlp.meta.setdefault("governance_nlp", {})
    nlp.meta["governance_nlp"].update({"corpus_version": corpus_version(files), "config": cfg.name,
                                       "train_seconds": round(time.perf_counter() - started, 1)})
    model_dir = output / "model"
    nlp.to_disk(model_dir)
    restore_config_paths(model_dir, cfg)
    finalize(model_dir, by_split, log)
    off = disable_replaced_components(model_dir, POST_PIPES if post_pipes is None else post_pipes)
    if off:
        log(f"packaged disabled (the rules replace their output; nlp.enable_pipe runs them): {', '.join(off)}")
    log(f"packaged model → {model_dir} ({time.perf_counter() - started:.0f}s)")
    return model_dir


def with_pretraining_block(cfg: Path, output: Path) -> Path:
    """``cfg`` with the ``[pretraining]`` block of ``training/pretrain.cfg``, written to ``output``.

    spaCy loads ``[initialize] init_tok2vec`` weights only when the config has a
    ``[pretraining]`` block (it names the layer they belong to); without one the
    weights are silently ignored. The block's corpus is never read in training.
    """
    from spacy.util import load_config

    config = load_config(cfg, interpolate=False)
    block = load_config(PRETRAIN_CONFIG, interpolate=False)["pretraining"]
    config = config.merge({"pretraining": {**block, "corpus": "corpora.train"}})
    output.mkdir(parents=True, exist_ok=True)
    path = output / f"{cfg.stem}-init-tok2vec.cfg"
    config.to_disk(path)
    return path


def disable_replaced_components(model_dir: Path, post_pipes: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """Mark disabled in the packaged config the trained components whose output the rules replace.

    The span classifier when ``minutes_rule_spans`` replaces its spans, the NER when
    ``minutes_rule_entities`` replaces its entities, and the embedding layer when neither is left to use it:
    they would cost run time for nothing. They stay trained and tuned in the package, for
    ``nlp.enable_pipe(...)`` and a ``"fill"`` merge after retraining on one's own council's minutes.
    """
    from spacy.util import load_config

    merges = {factory: cfg.get("merge") for factory, cfg in post_pipes}
    config = load_config(model_dir / "config.cfg", interpolate=False)
    pipeline = list(config["nlp"]["pipeline"])
    off = [name for name, factory in (("spancat", "minutes_rule_spans"), ("ner", "minutes_rule_entities"))
           if name in pipeline and merges.get(factory) == "replace"]
    if "ner" in off and ("spancat" in off or "spancat" not in pipeline):
        off += [name for name in ("tok2vec", "transformer") if name in pipeline]
    if off:
        config["nlp"]["disabled"] = [name for name in pipeline if name in off]
        config.to_disk(model_dir / "config.cfg")
    return [name for name in pipeline if name in off]


def restore_config_paths(model_dir: Path, source_config: Path) -> None:
    """Put the training config's own ``[paths]`` back into the packaged model's config.

    ``spacy train`` saves the run's absolute corpus and vectors paths; they mean
    nothing on another machine and would make two identical models differ.
    """
    from spacy.util import load_config

    config = load_config(model_dir / "config.cfg", interpolate=False)
    config["paths"] = dict(load_config(source_config, interpolate=False)["paths"])
    config.to_disk(model_dir / "config.cfg")


def finalize(model_dir: Path, by_split: dict[str, list[GoldDoc]], log: Callable[[str], None] = print) -> dict[str, Any]:
    """Tune the span threshold on dev, score the test split, record both in ``meta.json``."""
    from .api import _load
    from .evaluation.report import model_predictions
    from .evaluation.scoring import evaluate
    from .evaluation.threshold import tune

    tuned = tune(model_dir, by_split["dev"]) if by_split["dev"] else None
    if tuned:
        log(f"span threshold {tuned['best']['threshold']} (dev micro F1 {tuned['best']['micro']['f1']:.3f})")
    _load.cache_clear()
    scores: dict[str, Any] = {}
    if by_split["test"]:
        result = evaluate(by_split["test"], model_predictions(by_split["test"], model_dir))
        scores = {view: {kind: {lab: {k: round(v, 4) for k, v in row.items() if k in ("precision", "recall", "f1", "support")}
                                for lab, row in {**block["labels"], "micro": block["micro"]}.items()}
                         for kind, block in result[view].items()}
                  for view in ("entities", "spans")}
        log("test: entities micro F1 {:.3f}, spans micro F1 {:.3f}".format(
            result["entities"]["exact"]["micro"]["f1"], result["spans"]["exact"]["micro"]["f1"]))
    write_meta_scores(model_dir, {"test": scores, "test_documents": [g.id for g in by_split["test"]]})
    _load.cache_clear()
    return scores


def write_meta_scores(model_dir: Path, scores: dict[str, Any]) -> None:
    """Record evaluation scores (test split) in the model's ``meta.json``."""
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta.setdefault("governance_nlp", {})["test_scores"] = scores
    meta_path.write_text(json.dumps(meta, indent=2))
