"""Annotation-tool files ⇄ gold records: Prodigy, Label Studio, Doccano and spaCy DocBin.

A user who annotates (or corrects) minutes in one of these tools gets gold
records (``annotations/SPEC.md``) with :func:`import_file`, and tasks to
correct with :func:`export_tasks`. Entity labels and span labels are told
apart by name (COUNCILLOR, AUTHORITY, PARTY, OFFICER are entities; DECISION,
ACTION are spans). Action owners travel where the tool can hold them: a
per-region text area in Label Studio, task metadata in Prodigy, an extra key
in Doccano; a DocBin carries none, so they come back empty. Anything that
cannot be mapped (an unknown label, a task without text) is refused with
the file, the task and the label, and nothing is written.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..labels import BOTH, ENTITY_LABELS, SPAN_LABELS, SPANS_KEY
from .validate import CorpusError, Problem, validate_record

FORMATS = ("prodigy", "labelstudio", "doccano", "spacy", "gold")
OWNERS_KEY = "governance_nlp_owners"  # where Prodigy tasks and Doccano lines carry action owners ("start:end" -> owners)
LABEL_STUDIO_CONFIG = """<View>
  <Labels name="label" toName="text">
{labels}
  </Labels>
  <Text name="text" value="$text"/>
  <TextArea name="owners" toName="text" perRegion="true" placeholder="owners of this ACTION, comma-separated"/>
</View>
"""


def label_studio_config() -> str:
    """The Label Studio labelling config matching the exported tasks (labels, text, per-region owners)."""
    colours = {"COUNCILLOR": "#1f77b4", "AUTHORITY": "#2ca02c", "PARTY": "#9467bd", "OFFICER": "#ff7f0e",
               "DECISION": "#d62728", "ACTION": "#17becf"}
    return LABEL_STUDIO_CONFIG.format(labels="\n".join(f'    <Label value="{lab}" background="{colours[lab]}"/>'
                                                      for lab in ENTITY_LABELS + SPAN_LABELS))


def prodigy_command(dataset: str, tasks: str) -> str:
    """The Prodigy command line that loads the exported tasks for correction."""
    labels = ",".join(ENTITY_LABELS + SPAN_LABELS)
    return f"prodigy spans.manual {dataset} blank:en {tasks} --loader jsonl --label {labels}"


# ---------------------------------------------------------------- import


def detect_format(path: Path) -> str:
    """The tool a file comes from, by suffix and content."""
    if path.suffix == ".spacy":
        return "spacy"
    raw = path.read_text(encoding="utf-8").lstrip()
    if raw.startswith("["):
        return "labelstudio"
    first = json.loads(raw.splitlines()[0]) if raw else {}
    if isinstance(first.get("label"), list):
        return "doccano"
    if "spans" in first and "entities" not in first:
        return "prodigy"
    return "gold"


def _record(doc_id: str, text: str, units: Iterable[tuple[int, int, str]], owners: dict[str, list[str]],
            meta: dict[str, Any] | None, where: str, problems: list[Problem]) -> dict[str, Any]:
    entities, spans = [], []
    for s, e, label in units:
        label = label.upper()
        if label in ENTITY_LABELS:
            entities.append({"start": s, "end": e, "label": label})
        elif label in SPAN_LABELS:
            spans.append({"start": s, "end": e, "label": label})
        elif label == BOTH:
            spans += [{"start": s, "end": e, "label": "DECISION"}, {"start": s, "end": e, "label": "ACTION"}]
        else:
            problems.append(Problem(where, 0, doc_id, "label",
                                    f"label {label!r} is neither an entity {list(ENTITY_LABELS)} "
                                    f"nor a span label {list(SPAN_LABELS)}", text[s:e]))
    actions = sorted({(x["start"], x["end"]) for x in spans if x["label"] == "ACTION"})
    return {"id": doc_id, "text": text, "meta": dict(meta or {}),
            "entities": sorted(entities, key=lambda x: (x["start"], x["end"])),
            "spans": sorted(spans, key=lambda x: (x["start"], x["end"], x["label"])),
            "action_owners": [{"start": s, "end": e, "owners": list(owners.get(f"{s}:{e}", []))} for s, e in actions]}


def _jsonl_tasks(path: Path, problems: list[Problem]) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, task) of a JSONL export; a line that is not JSON becomes a problem naming it."""
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield no, json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(str(path), no, "?", "json", f"invalid JSON at column {exc.colno}: {exc.msg}"))


def _from_prodigy(path: Path, problems: list[Problem]) -> list[dict[str, Any]]:
    out = []
    for no, task in _jsonl_tasks(path, problems):
        if task.get("answer") in ("reject", "ignore"):
            continue
        meta = task.get("meta") or {}
        doc_id = str(meta.get("id") or task.get("_input_hash") or f"{path.stem}-{no}")
        units = [(sp["start"], sp["end"], sp["label"]) for sp in task.get("spans", [])]
        out.append(_record(doc_id, task.get("text", ""), units, meta.get(OWNERS_KEY, {}),
                           meta.get("gold_meta"), f"{path}:{no}", problems))
    return out


def _from_labelstudio(path: Path, problems: list[Problem]) -> list[dict[str, Any]]:
    out = []
    for k, task in enumerate(json.loads(path.read_text(encoding="utf-8")), 1):
        data = task.get("data", {})
        doc_id = str(data.get("id") or task.get("id") or f"{path.stem}-{k}")
        done = [a for a in task.get("annotations", []) if not a.get("was_cancelled")]
        results = done[-1]["result"] if done else []
        regions = {r["id"]: r["value"] for r in results if r.get("type") == "labels"}
        owners: dict[str, list[str]] = {}
        for r in results:
            if r.get("type") == "textarea" and r.get("id") in regions:
                v = regions[r["id"]]
                text = " ".join(r["value"].get("text", []))
                owners[f"{v['start']}:{v['end']}"] = [o.strip() for o in text.split(",") if o.strip()]
        units = [(v["start"], v["end"], lab) for v in regions.values() for lab in v.get("labels", [])]
        out.append(_record(doc_id, data.get("text", ""), units, owners, data.get("gold_meta"),
                           f"{path} task {k}", problems))
    return out


def _from_doccano(path: Path, problems: list[Problem]) -> list[dict[str, Any]]:
    out = []
    for no, task in _jsonl_tasks(path, problems):
        doc_id = str(task.get("doc_id") or task.get("id") or f"{path.stem}-{no}")
        units = [(s, e, lab) for s, e, lab in task.get("label", [])]
        out.append(_record(doc_id, task.get("text", ""), units, task.get(OWNERS_KEY, {}), task.get("gold_meta"),
                           f"{path}:{no}", problems))
    return out


def _from_spacy(path: Path, problems: list[Problem]) -> list[dict[str, Any]]:
    from spacy.tokens import DocBin

    from ..tokenizer import blank

    out = []
    for k, doc in enumerate(DocBin().from_disk(path).get_docs(blank().vocab), 1):
        units = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
        units += [(s.start_char, s.end_char, s.label_) for s in doc.spans.get(SPANS_KEY, [])]
        doc_id = str(doc.user_data.get("id", f"{path.stem}-{k}")) if doc.user_data else f"{path.stem}-{k}"
        out.append(_record(doc_id, doc.text, units, {}, None, f"{path} doc {k}", problems))
    return out


def _from_gold(path: Path, problems: list[Problem]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


READERS = {"prodigy": _from_prodigy, "labelstudio": _from_labelstudio, "doccano": _from_doccano,
           "spacy": _from_spacy, "gold": _from_gold}


def import_file(path: Path, fmt: str | None = None) -> list[dict[str, Any]]:
    """Gold records from a tool's export; :class:`CorpusError` with every problem (file, task, label) otherwise."""
    path = Path(path)
    fmt = fmt or detect_format(path)
    if fmt not in READERS:
        raise ValueError(f"unknown format {fmt!r}; one of {list(READERS)}")
    problems: list[Problem] = []
    try:
        records = READERS[fmt](path, problems)
    except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
        raise CorpusError([Problem(str(path), 0, "?", "format", f"not a {fmt} export: {type(exc).__name__}: {exc}")])
    for k, rec in enumerate(records, 1):
        problems += validate_record(rec, str(path), k, require_meta=False)[1]
    if problems:
        raise CorpusError(problems)
    return records


def write_gold(records: Iterable[dict[str, Any]], out: Path) -> int:
    """Write gold records as JSONL; return how many."""
    records = list(records)
    with Path(out).open("w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


# ---------------------------------------------------------------- export


def _units_of(minutes) -> list[tuple[int, int, str, float]]:
    units = [(e.start, e.end, e.label, 1.0) for e in minutes.entities]
    units += [(d.start, d.end, "DECISION", d.score) for d in minutes.decisions]
    units += [(a.start, a.end, "ACTION", a.score) for a in minutes.actions]
    return units


def _owners_of(minutes) -> dict[str, list[str]]:
    return {f"{a.start}:{a.end}": list(a.owners) for a in minutes.actions}


def to_task(fmt: str, doc_id: str, minutes) -> dict[str, Any]:
    """One pre-annotated task for ``fmt`` from an extraction result."""
    units = _units_of(minutes)
    if fmt == "prodigy":
        return {"text": minutes.text, "meta": {"id": doc_id, OWNERS_KEY: _owners_of(minutes)},
                "spans": [{"start": s, "end": e, "label": lab, "score": round(sc, 4)} for s, e, lab, sc in units]}
    if fmt == "doccano":
        return {"doc_id": doc_id, "text": minutes.text, "label": [[s, e, lab] for s, e, lab, _ in units],
                OWNERS_KEY: _owners_of(minutes)}
    if fmt == "labelstudio":
        result = []
        owners = _owners_of(minutes)
        for k, (s, e, lab, sc) in enumerate(units):
            rid = f"r{k}"
            result.append({"id": rid, "from_name": "label", "to_name": "text", "type": "labels", "score": round(sc, 4),
                           "value": {"start": s, "end": e, "text": minutes.text[s:e], "labels": [lab]}})
            if lab == "ACTION" and owners.get(f"{s}:{e}"):
                result.append({"id": rid, "from_name": "owners", "to_name": "text", "type": "textarea",
                               "value": {"start": s, "end": e, "text": [", ".join(owners[f"{s}:{e}"])]}})
        return {"data": {"id": doc_id, "text": minutes.text},
                "predictions": [{"model_version": "governance_nlp", "result": result}]}
    raise ValueError(f"cannot export to {fmt!r}; one of prodigy, labelstudio, doccano")


def export_tasks(paths: Iterable[Path], fmt: str, model: str | None = None) -> list[dict[str, Any]]:
    """Model pre-annotated tasks (entities and spans, with scores) for each minutes file."""
    from ..api import extract_many

    paths = [Path(p) for p in paths]
    return [to_task(fmt, p.stem, m) for p, m in zip(paths, extract_many(paths, model=model))]


def write_tasks(tasks: list[dict[str, Any]], fmt: str, out: Path) -> None:
    """Label Studio takes one JSON array; Prodigy and Doccano take JSONL."""
    with Path(out).open("w", encoding="utf-8") as fh:
        if fmt == "labelstudio":
            json.dump(tasks, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        else:
            for t in tasks:
                fh.write(json.dumps(t, ensure_ascii=False) + "\n")


def accepted(tasks: list[dict[str, Any]], fmt: str) -> list[dict[str, Any]]:
    """The tasks as the tool would export them once a person accepted the pre-annotations unchanged."""
    if fmt == "labelstudio":
        return [{**t, "annotations": [{"result": t["predictions"][0]["result"]}]} for t in tasks]
    if fmt == "prodigy":
        return [{**t, "answer": "accept"} for t in tasks]
    return tasks
