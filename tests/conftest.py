"""Shared fixtures: the real gold corpus and the shipped model."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


@pytest.fixture(scope="session")
def gold_docs():
    from governance_nlp.corpus.loader import load_gold

    return load_gold()


@pytest.fixture(scope="session")
def vectors_dir(tmp_path_factory):
    """The static vectors table the cnn config reads, built as `train` builds it (no training words)."""
    from governance_nlp.vectors import write_vectors

    return write_vectors(tmp_path_factory.mktemp("vectors"))
