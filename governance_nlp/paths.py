"""Where the project's data lives: the repo's annotations and the shared corpus folder.

The extra minutes stay in a ``shared/`` folder beside the checkout (never copied
into the repo), so every reader of gold data resolves paths through here.
"""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_ROOT = PACKAGE_DIR.parent
ANNOTATIONS_DIR = REPO_ROOT / "annotations"
TRAINING_DIR = REPO_ROOT / "training"
CONFIGS = {"cnn": TRAINING_DIR / "cnn.cfg", "trf": TRAINING_DIR / "trf.cfg"}  # training configs by name
PRETRAIN_CONFIG = TRAINING_DIR / "pretrain.cfg"  # the [pretraining] block merged onto cnn.cfg
# tok2vec weights from `governance-nlp pretrain` (3 epochs); the cnn config starts from them unless told not to
PRETRAINED_TOK2VEC = TRAINING_DIR / "pretrained" / "tok2vec-minutes.bin"


def shared_dir() -> Path:
    """The shared corpus folder: ``$GOVERNANCE_NLP_SHARED`` or ``../shared`` beside the repo."""
    env = os.environ.get("GOVERNANCE_NLP_SHARED")
    if env:
        return Path(env).resolve()
    for base in (REPO_ROOT, Path.cwd()):
        candidate = (base / ".." / "shared").resolve()
        if candidate.is_dir():
            return candidate
    return (REPO_ROOT / ".." / "shared").resolve()
