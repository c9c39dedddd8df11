"""Gold JSONL → typed documents → Hugging Face ``DatasetDict`` and spaCy ``DocBin``.

The split is by body (``meta.body``: the council whose minutes these are) and
lives in ``annotations/split.json`` so it never drifts: dev and test are whole
bodies that train never sees, because documents of one body share a clerk and
a layout. Bodies not named there (and newly annotated minutes passed with
``--data``) go to train. Every record is validated first: malformed data is
refused with the validator's full report, never skipped.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..labels import BOTH, SPANS_KEY
from ..paths import ANNOTATIONS_DIR
from .validate import CorpusError, Problem, load_valid

SPLITS = ("train", "dev", "test")
SPLIT_FILE = ANNOTATIONS_DIR / "split.json"


@dataclass
class GoldDoc:
    """One annotated minutes document with its text resolved."""

    id: str
    text: str
    meta: dict[str, Any]
    entities: list[dict[str, Any]]
    spans: list[dict[str, Any]]
    roster: list[dict[str, Any]] = field(default_factory=list)
    officers: list[dict[str, Any]] = field(default_factory=list)
    action_owners: list[dict[str, Any]] = field(default_factory=list)
    motions: list[dict[str, Any]] = field(default_factory=list)
    declarations: list[dict[str, Any]] = field(default_factory=list)

    @property
    def body(self) -> str:
        return self.meta.get("body") or self.id.split("_")[0]

    @property
    def tier(self) -> str | None:
        return self.meta.get("tier")

    @property
    def nation(self) -> str | None:
        return self.meta.get("nation")


def gold_files() -> list[Path]:
    """The project's gold JSONL files."""
    return sorted(ANNOTATIONS_DIR.glob("*.jsonl"))


def load_gold(paths: Iterable[Path] | None = None, require_meta: bool = True) -> list[GoldDoc]:
    """Validated gold documents from ``paths`` (default: every ``annotations/*.jsonl``).

    ``require_meta=False`` accepts records without body/tier/nation (a user's own documents).
    """
    records = load_valid(list(paths) if paths is not None else gold_files(), require_meta)
    return [
        GoldDoc(id=r["id"], text=text, meta=r.get("meta", {}), entities=r["entities"], spans=r["spans"],
                roster=r.get("roster", []), officers=r.get("officers", []),
                action_owners=r.get("action_owners", []), motions=r.get("motions", []),
                declarations=r.get("declarations", []))
        for r, text in records
    ]


def read_split(path: Path = SPLIT_FILE) -> dict[str, list[str]]:
    """The bodies held out as dev and test (``{"dev": [...], "test": [...]}``); train is every other body."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {name: list(data.get(name, [])) for name in ("dev", "test")}


def split_by_body(docs: list[GoldDoc], bodies: dict[str, list[str]] | None = None) -> dict[str, list[str]]:
    """Document ids per split from held-out bodies; a body named in the split file must have documents."""
    bodies = bodies if bodies is not None else read_split()
    where = {body: name for name in ("dev", "test") for body in bodies.get(name, [])}
    unknown = sorted(set(where) - {d.body for d in docs})
    if unknown:
        raise CorpusError([Problem(str(SPLIT_FILE), 0, b, "split", "body in split file has no gold documents")
                           for b in unknown])
    out: dict[str, list[str]] = {name: [] for name in SPLITS}
    for d in sorted(docs, key=lambda d: d.id):
        out[where.get(d.body, "train")].append(d.id)
    return out


def split_docs(docs: list[GoldDoc], split: dict[str, list[str]] | None = None) -> dict[str, list[GoldDoc]]:
    """Assign documents to train/dev/test: by ``split`` (ids per split, as cross-validation folds give)
    or, by default, by the held-out bodies of ``split.json``. Ids not named go to train."""
    split = split if split is not None else split_by_body(docs)
    split = {name: list(split.get(name, [])) for name in SPLITS}
    where = {doc_id: name for name in SPLITS for doc_id in split[name]}
    known = {d.id for d in docs}
    missing = sorted(set(where) - known)
    if missing:
        raise CorpusError([Problem(str(SPLIT_FILE), 0, m, "split", "id in split has no gold record") for m in missing])
    out: dict[str, list[GoldDoc]] = {name: [] for name in SPLITS}
    for d in docs:
        out[where.get(d.id, "train")].append(d)
    return out


def to_dataset_dict(docs_by_split: dict[str, list[GoldDoc]] | None = None):
    """The corpus as a ``datasets.DatasetDict`` (one row per document, offsets as lists of dicts)."""
    from datasets import Dataset, DatasetDict

    docs_by_split = docs_by_split or split_docs(load_gold())

    def rows(docs: list[GoldDoc]) -> dict[str, list[Any]]:
        return {
            "id": [d.id for d in docs],
            "body": [d.body for d in docs],
            "tier": [d.tier for d in docs],
            "nation": [d.nation for d in docs],
            "date": [d.meta.get("date") for d in docs],
            "text": [d.text for d in docs],
            "entities": [d.entities for d in docs],
            "spans": [d.spans for d in docs],
            "action_owners": [d.action_owners for d in docs],
        }

    return DatasetDict({name: Dataset.from_dict(rows(docs)) for name, docs in docs_by_split.items()})


def make_doc(nlp, gold: GoldDoc):
    """A spaCy ``Doc`` carrying the gold entities and spans; a misaligned span is an error, not W030."""
    from spacy.tokens import Span

    doc = nlp.make_doc(gold.text)
    problems: list[Problem] = []

    def span(item: dict[str, Any]) -> Span | None:
        sp = doc.char_span(item["start"], item["end"], label=item["label"], alignment_mode="strict")
        if sp is None:
            problems.append(Problem(gold.id, 0, gold.id, "alignment", "span does not align with the model's tokenizer",
                                    gold.text[item["start"]:item["end"]]))
        return sp

    ents = [s for s in map(span, gold.entities) if s is not None]
    spans = [s for s in map(span, merge_double_labels(gold.spans)) if s is not None]
    if problems:
        raise CorpusError(problems)
    doc.set_ents(ents)
    doc.spans[SPANS_KEY] = spans
    return doc


def merge_double_labels(spans: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """DECISION + ACTION on the same offsets become one ``DECISION_ACTION`` span."""
    labels: dict[tuple[int, int], set[str]] = {}
    for x in spans:
        labels.setdefault((x["start"], x["end"]), set()).add(x["label"])
    return [{"start": s, "end": e, "label": BOTH if len(ls) > 1 else next(iter(ls))}
            for (s, e), ls in sorted(labels.items())]


def write_docbins(out_dir: Path, docs_by_split: dict[str, list[GoldDoc]], nlp=None) -> dict[str, Path]:
    """Write ``train.spacy``, ``dev.spacy`` and ``test.spacy`` for ``spacy train``."""
    from spacy.tokens import DocBin

    from ..tokenizer import blank

    nlp = nlp or blank()
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, docs in docs_by_split.items():
        db = DocBin(store_user_data=False)
        for gold in docs:
            db.add(make_doc(nlp, gold))
        paths[name] = out_dir / f"{name}.spacy"
        db.to_disk(paths[name])
    return paths


def chunk_doc(gold: GoldDoc, target_chars: int = 2500) -> list[GoldDoc]:
    """Cut a document at blank lines into training-sized pieces, never through a gold span.

    Whole minutes run to 20k tokens; batches of such docs give a few updates per
    epoch. Pieces keep every annotation intact with offsets shifted.
    """
    import re

    occupied = [(x["start"], x["end"]) for x in gold.entities + gold.spans]
    cuts = [m.end() for m in re.finditer(r"\n\s*\n", gold.text)
            if not any(s < m.end() < e for s, e in occupied)]
    pieces, start = [], 0
    for cut in cuts + [len(gold.text)]:
        if cut - start >= target_chars or cut == len(gold.text):
            if cut > start:
                pieces.append((start, cut))
            start = cut

    def inside(items: list[dict[str, Any]], s: int, e: int) -> list[dict[str, Any]]:
        return [{**x, "start": x["start"] - s, "end": x["end"] - s} for x in items if s <= x["start"] and x["end"] <= e]

    return [GoldDoc(id=f"{gold.id}#{i}", text=gold.text[s:e], meta=gold.meta,
                    entities=inside(gold.entities, s, e), spans=inside(gold.spans, s, e))
            for i, (s, e) in enumerate(pieces)]
