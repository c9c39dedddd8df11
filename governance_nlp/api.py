"""The façade users import: ``load()``, ``extract()``, ``extract_many()``.

``extract`` takes text (a ``str`` is always text, never a file name) or a
path to a .txt/.pdf/.docx/.html file, runs the pipeline and returns
:class:`~governance_nlp.minutes.Minutes`. Documents longer than the
pipeline's ``max_length`` are processed in pieces cut at blank lines, with
offsets mapped back to the whole text.
"""
from __future__ import annotations

import os
import sys
import warnings
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator, Optional, Union

from .labels import BOTH, SPANS_KEY
from .errors import EmptyDocumentWarning, InputError, ModelError
from .factories import config_factories, only_needed_factories
from .minutes import Action, Councillor, Decision, Declaration, Entity, Item, Minutes, Motion, Officer, empty_meta

Source = Union[str, os.PathLike]
DEFAULT_MODEL = "governance_cnn"
CHUNK_CHARS = 200_000


def default_model_path() -> Path:
    """The shipped model inside the installed package (``models/`` in the repo)."""
    from importlib.resources import files

    return Path(str(files("governance_nlp.models") / DEFAULT_MODEL))


@lru_cache(maxsize=4)
def _load(path: str):
    import spacy

    from .extensions import register_extensions

    register_extensions()
    p = Path(path)
    if not (p / "config.cfg").is_file() or not (p / "meta.json").is_file():
        raise ModelError(f"no spaCy pipeline at {p} (config.cfg/meta.json missing): "
                         "pass a trained model directory, or rebuild one with `governance-nlp train`")
    try:
        with only_needed_factories(config_factories(p / "config.cfg")):
            return spacy.load(p)
    except Exception as exc:  # spaCy raises many types for a damaged directory
        raise ModelError(f"the model at {p} could not be loaded ({type(exc).__name__}: {exc}); "
                         "retrain it with `governance-nlp train` or reinstall the package") from exc


def load(name_or_path: Optional[Union[str, os.PathLike]] = None):
    """The spaCy ``Language`` for ``name_or_path`` (default: the shipped model), cached."""
    path = default_model_path() if name_or_path is None else Path(name_or_path)
    return _load(str(Path(path).resolve()))


def read_input(source: Source) -> tuple[str, Optional[str]]:
    """(text, source name) for text or a path; anything else is a ``TypeError``."""
    if isinstance(source, str):
        return source, None
    if isinstance(source, os.PathLike):
        from .readers import read_source

        path = Path(source)
        return read_source(path), str(path)
    raise TypeError(f"extract() takes text (str) or a path (pathlib.Path / os.PathLike), not {type(source).__name__}")


def _pieces(text: str, limit: int) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``limit`` characters, preferring blank lines, then newlines."""
    out, start = [], 0
    while len(text) - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind("\n\n"), 0) or max(window.rfind("\n"), 0) or limit
        cut = cut if cut > limit // 4 else limit
        out.append((start, start + cut))
        start += cut
    out.append((start, len(text)))
    return out


def resolve_overlaps(cands: Iterable[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    """Per label, keep the highest-scoring of overlapping candidates (sentence vs. sentence+heading)."""
    chosen: list[tuple[int, int, str, float]] = []
    for s, e, label, score in sorted(cands, key=lambda c: -c[3]):
        if not any(label == l and s < e2 and s2 < e for s2, e2, l, _ in chosen):
            chosen.append((s, e, label, score))
    return sorted(chosen)


def scored_spans(doc) -> list[tuple[int, int, str, float]]:
    """(start, end, label, score) for each span the span classifier kept on ``doc``.

    The classifier's ``DECISION_ACTION`` class (a decision that assigns work)
    comes back as one DECISION and one ACTION record.
    """
    group = doc.spans.get(SPANS_KEY, [])
    scores = group.attrs.get("scores") if hasattr(group, "attrs") else None
    if scores is not None:
        import numpy

        scores = numpy.asarray(scores).reshape(-1)  # spaCy's single-label spancat stores (n, 1)
    out = []
    for i, sp in enumerate(group):
        score = float(scores[i]) if scores is not None else 1.0
        for label in (("DECISION", "ACTION") if sp.label_ == BOTH else (sp.label_,)):
            out.append((sp.start_char, sp.end_char, label, score))
    return out


def minutes_from_doc(doc, offset: int = 0) -> Minutes:
    """Turn an annotated Doc into :class:`Minutes` (offsets shifted by ``offset``)."""
    from .extensions import doc_text
    from .structure.items import Items

    structure = (doc._.structure if doc.has_extension("structure") else None) or {}
    owners = {(a["start"], a["end"]): a["owners"] for a in structure.get("action_owners", [])}
    item_for = Items(structure.get("items", [])).item_for
    text = doc_text(doc)
    m = Minutes(text=text)
    m.entities = [Entity(e.text, e.label_, e.start_char + offset, e.end_char + offset) for e in doc.ents]
    for s, e, label, score in resolve_overlaps(scored_spans(doc)):
        item = item_for(s)
        if label == "DECISION":
            m.decisions.append(Decision(text[s:e], s + offset, e + offset, round(score, 4), item))
        elif label == "ACTION":
            m.actions.append(Action(text[s:e], s + offset, e + offset, round(score, 4), item,
                                    list(owners.get((s, e), []))))
    if structure:
        m.meta = {**empty_meta(), **structure["meta"]}
        m.councillors = [Councillor(**c) for c in structure["councillors"]]
        m.officers = [Officer(**o) for o in structure["officers"]]
        m.items = [Item(it["number"], it["title"], it["start"] + offset, it["end"] + offset) for it in structure["items"]]
        m.motions = [Motion(text[x["start"]:x["end"]], x["start"] + offset, x["end"] + offset, item_for(x["start"]),
                            x["proposer"], x["seconder"], x["outcome"], x["for"], x["against"], x["abstain"], x["voters"])
                     for x in structure.get("motions", [])]
        m.declarations = [Declaration(text[x["start"]:x["end"]], x["start"] + offset, x["end"] + offset, x["member"],
                                      x["item"], x["interest"])
                          for x in structure.get("declarations", [])]
    return m


def _merge(text: str, parts: list[Minutes], source: Optional[str]) -> Minutes:
    """Join the results of the pieces of one long document."""
    whole = Minutes(text=text, source=source, meta=parts[0].meta if parts else empty_meta())
    seen_c: dict[str, Councillor] = {}
    seen_o: dict[str, Officer] = {}
    for p in parts:
        whole.entities += p.entities
        whole.decisions += p.decisions
        whole.actions += p.actions
        whole.items += p.items
        whole.motions += p.motions
        whole.declarations += p.declarations
        for c in p.councillors:
            seen_c.setdefault(c.name, c)
        for o in p.officers:
            seen_o.setdefault(o.name, o)
    whole.councillors, whole.officers = list(seen_c.values()), list(seen_o.values())
    return whole


@contextmanager
def _one_torch_thread_per_worker(nlp, n_process: int) -> Iterator[None]:
    """While spaCy forks workers for a torch-backed pipeline, hold torch to one intra-op thread.

    A worker forked after torch has used its thread pool waits forever on that
    pool's locks (measured: ``n_process=2`` on the trf model hung after one
    call in the parent). Each worker is a process of its own, so one thread
    each is also the right share of the cores. CNN pipelines never touch torch.
    """
    torch = sys.modules.get("torch")
    uses_torch = any(type(proc).__module__.startswith("spacy_transformers") for _, proc in nlp.pipeline)
    if n_process <= 1 or torch is None or not uses_torch:
        yield
        return
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def extract_many(sources: Iterable[Source], *, model: Optional[Union[str, os.PathLike]] = None,
                 batch_size: int = 8, n_process: int = 1) -> Iterator[Minutes]:
    """Lazily extract many documents through one ``nlp.pipe`` stream (order preserved).

    A source that cannot be read stops the stream: the documents before it are
    yielded, then its :class:`InputError` is raised. The error is never raised
    inside ``nlp.pipe`` itself, so with ``n_process > 1`` every worker is shut
    down in order first (raising there left the workers, and the caller, hanging).
    An empty document gives an empty result and an :class:`EmptyDocumentWarning`.
    """
    nlp = load(model)
    limit = min(nlp.max_length, CHUNK_CHARS)
    docs_meta: list[tuple[str, Optional[str], int]] = []  # text, source name, number of pieces
    failure: list[Exception] = []

    def pieces() -> Iterator[tuple[str, int]]:
        for src in sources:
            try:
                text, name = read_input(src)
            except Exception as exc:  # re-raised below, once the pipe has ended cleanly
                failure.append(exc)
                return
            if not text.strip():
                warnings.warn(f"{name or 'text'}: the document is empty; nothing to extract",
                              EmptyDocumentWarning, stacklevel=1)
            cuts = _pieces(text, limit) if text.strip() else []
            docs_meta.append((text, name, len(cuts)))
            for s, e in cuts:
                yield text[s:e], s

    done = 0
    parts: list[Minutes] = []
    with _one_torch_thread_per_worker(nlp, n_process):
        stream = nlp.pipe(pieces(), as_tuples=True, batch_size=batch_size, n_process=n_process)
        for doc, offset in stream:
            parts.append(minutes_from_doc(doc, offset))
            while done < len(docs_meta) and len(parts) >= docs_meta[done][2]:
                text, name, n = docs_meta[done]
                yield _merge(text, parts[:n], name)
                parts, done = parts[n:], done + 1
    while done < len(docs_meta):  # trailing empty documents
        text, name, n = docs_meta[done]
        yield _merge(text, parts[:n], name)
        parts, done = parts[n:], done + 1
    if failure:
        raise failure[0]


def extract(source: Source, *, model: Optional[Union[str, os.PathLike]] = None) -> Minutes:
    """Structured minutes from text or a file path (see module docstring)."""
    return next(extract_many([source], model=model))


def extract_dataset(dataset, *, text_column: str = "text", model: Optional[Union[str, os.PathLike]] = None,
                    num_proc: Optional[int] = None, batch_size: int = 8):
    """Add a ``minutes`` column (the result as JSON) to a Hugging Face ``datasets.Dataset``.

    JSON keeps the column's Arrow type stable whatever a batch contains; read
    it back with ``json.loads``. With ``num_proc`` the model loads once per worker.
    """
    if text_column not in dataset.column_names:
        raise KeyError(f"dataset has no column {text_column!r} (columns: {dataset.column_names})")
    model_path = None if model is None else str(Path(model).resolve())

    def annotate(batch: dict) -> dict:
        texts = [t if isinstance(t, str) else "" for t in batch[text_column]]
        return {"minutes": [m.to_json() for m in extract_many(texts, model=model_path, batch_size=batch_size)]}

    return dataset.map(annotate, batched=True, batch_size=batch_size, num_proc=num_proc)


__all__ = ["extract", "extract_dataset", "extract_many", "load", "read_input", "minutes_from_doc", "EmptyDocumentWarning",
           "InputError", "ModelError"]
