"""Self-supervised tok2vec pretraining (``spacy pretrain``) on the unlabelled minutes.

Why: the CNN's tok2vec learns its word pieces from ~80 annotated documents only.
``spacy pretrain`` teaches the same tok2vec to predict each word's first and
last characters from its context over millions of words of minutes, and
``[initialize] init_tok2vec`` starts training from those weights.

Which texts: ``../shared/minutes-unlabelled/`` also holds minutes of bodies
that have gold (Stoke Ferry, Ayton, Govan, ...). A leave-one-body-out fold must
not pretrain on its held-out body's other minutes, so the raw corpus leaves out
every document of a gold body, and OCR-flagged texts (noise). What remains
(Limerick's councils and committees, Stoke Ferry's non-council committees) is
clean for every fold, and one pretraining serves them all.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .paths import CONFIGS, PRETRAIN_CONFIG, PRETRAINED_TOK2VEC, TRAINING_DIR, shared_dir

CHUNK_CHARS = 2000  # spaCy's JsonlCorpus skips texts of 500+ tokens: paragraphs are packed into pieces below that
_BLANK = re.compile(r"\n\s*\n")


def unlabelled_files() -> list[Path]:
    """The unlabelled minutes JSONL files in the shared folder."""
    folder = shared_dir() / "minutes-unlabelled"
    files = sorted(folder.glob("*.jsonl"))
    if not files:
        raise FileNotFoundError(f"no unlabelled minutes (*.jsonl) in {folder}")
    return files


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[str]:
    """Paragraphs packed into pieces of at most ``size`` characters (a longer paragraph is cut on lines)."""
    piece = ""
    for para in _BLANK.split(text):
        for part in [para] if len(para) <= size else para.split("\n"):
            part = part.strip()
            if not part:
                continue
            if piece and len(piece) + len(part) + 2 > size:
                yield piece
                piece = ""
            piece = f"{piece}\n\n{part}" if piece else part[:size]
    if piece:
        yield piece


def raw_corpus(out_path: Path, exclude_bodies: Iterable[str], log: Callable[[str], None] = print) -> dict[str, int]:
    """Write ``{"text": ...}`` lines for spaCy from the unlabelled minutes, leaving out gold bodies and OCR.

    A document is left out when its body (``"Stoke Ferry Parish Council (Norfolk)"``) starts with a gold body's name.
    """
    excluded = tuple(b.lower() for b in exclude_bodies)
    counts = {"documents": 0, "left_out_gold_body": 0, "left_out_ocr": 0, "chunks": 0, "chars": 0}
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    with out_path.open("w", encoding="utf-8") as out:
        for path in unlabelled_files():
            for n, line in enumerate(path.open(encoding="utf-8"), 1):
                try:
                    record = json.loads(line)
                    body, text = str(record.get("body") or ""), record["text"]
                except (json.JSONDecodeError, KeyError) as exc:
                    raise ValueError(f"{path}:{n}: not an unlabelled-minutes record ({exc})") from exc
                if body.lower().startswith(excluded):
                    counts["left_out_gold_body"] += 1
                    continue
                if record.get("ocr"):
                    counts["left_out_ocr"] += 1
                    continue
                counts["documents"] += 1
                for piece in chunks(text):
                    out.write(json.dumps({"text": piece}, ensure_ascii=False) + "\n")
                    counts["chunks"] += 1
                    counts["chars"] += len(piece)
    log("raw corpus: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()) + f" → {out_path}")
    return counts


def pretrain(output: Path = TRAINING_DIR / "output" / "pretrain", epochs: int = 3,
             log: Callable[[str], None] = print, install: Path | None = PRETRAINED_TOK2VEC) -> Path:
    """Pretrain the CNN config's tok2vec; copy the last epoch's weights to ``install`` (where ``train``
    starts the cnn config from) and return that path. Seeded; about 8 minutes an epoch on 2 CPU cores."""
    from spacy.cli.pretrain import pretrain as spacy_pretrain
    from spacy.util import load_config

    from .corpus.loader import load_gold
    from .vectors import write_vectors

    output = Path(output)
    raw = output / "raw.jsonl"
    raw_corpus(raw, sorted({d.body for d in load_gold()}), log)
    # the wordpiece vocabulary alone: no fold's training words (the table is rebuilt in each fold anyway)
    vectors = write_vectors(output / "vectors")
    config = load_config(CONFIGS["cnn"], interpolate=False).merge(load_config(PRETRAIN_CONFIG, interpolate=False))
    config = config.merge({"paths": {"raw_text": str(raw), "vectors": str(vectors)},
                           "pretraining": {"max_epochs": epochs}})
    weights = output / "weights"
    weights.mkdir(parents=True, exist_ok=True)
    spacy_pretrain(config.interpolate(), weights, silent=False)
    last = max(weights.glob("model*.bin"), key=lambda p: int(re.sub(r"\D", "", p.stem) or -1))
    if install is None:
        log(f"pretrained tok2vec → {last} (train with --set paths.init_tok2vec={last})")
        return last
    import shutil

    install.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(last, install)
    log(f"pretrained tok2vec → {last}, installed as {install} (the cnn config starts from it)")
    return install
