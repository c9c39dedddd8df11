"""The gold validator: every rule of the annotation spec, checked line by line.

Each problem names the file, the line, the document id and the offending
span's text, so an annotator can fix it without guessing. Nothing is dropped
silently: a caller either gets clean records or the full list of problems.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from ..paths import shared_dir
from ..labels import ENTITY_LABELS, SPAN_LABELS
from .quotes import sha256_text

ATTENDANCE = ("present", "apologies", "substitute", "in_attendance")
TIERS = ("lga", "principal", "parish", "community")
NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")
OUTCOMES = ("carried", "lost", "withdrawn", None)
VOTE_SIDES = ("for", "against", "abstain")
BULLETS = set("•◦▪▫‣∙·●○■□➢➤►–—-*>")
LIST_NUMBER = re.compile(r"^(\d+(\.\d+)*[.)]|\d+\.\d+(\.\d+)*|\(?[a-zA-Z]\)|\(?[ivxIVX]+\)|\(\d+\))\s")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one line of a gold file."""

    file: str
    line: int
    doc_id: str
    kind: str
    message: str
    span_text: str = ""

    def __str__(self) -> str:
        where = f"{self.file}:{self.line} [{self.doc_id}]"
        quoted = f" {self.span_text!r}" if self.span_text else ""
        return f"{where} {self.kind}: {self.message}{quoted}"


class CorpusError(ValueError):
    """Raised when gold data is refused; carries every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        shown = "\n".join(f"  {p}" for p in problems[:50])
        more = f"\n  ... and {len(problems) - 50} more" if len(problems) > 50 else ""
        super().__init__(f"{len(problems)} problem(s) in the annotation data:\n{shown}{more}")


@lru_cache(maxsize=1)
def _tokenizer():
    from ..tokenizer import blank

    return blank().tokenizer


def token_edges(text: str) -> tuple[set[int], set[int]]:
    """Start and end character offsets of the tokens spaCy makes of ``text``."""
    doc = _tokenizer()(text)
    return {t.idx for t in doc}, {t.idx + len(t.text) for t in doc}


def record_text(rec: dict[str, Any]) -> tuple[str | None, str | None]:
    """The document text of a record, read from ``text`` or from the shared folder; (text, error)."""
    if isinstance(rec.get("text"), str):
        return rec["text"], None
    src = rec.get("source")
    if not isinstance(src, dict) or not isinstance(src.get("path"), str) or not isinstance(src.get("sha256"), str):
        return None, "record needs 'text' or 'source': {'path', 'sha256'}"
    path = shared_dir() / src["path"]
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None, f"source file not found: {path} (set GOVERNANCE_NLP_SHARED to the shared folder)"
    except UnicodeDecodeError as exc:
        return None, f"source file is not UTF-8: {path}: {exc}"
    digest = sha256_text(text)
    if digest != src["sha256"]:
        return None, f"sha256 of {path} is {digest}, record says {src['sha256']}: the text changed"
    return text, None


def _check_offsets(items: Any, key: str, labels: tuple[str, ...], text: str,
                   edges: tuple[set[int], set[int]], report) -> list[tuple[int, int, str]]:
    good: list[tuple[int, int, str]] = []
    if not isinstance(items, list):
        report("schema", f"'{key}' must be a list")
        return good
    for i, item in enumerate(items):
        if not isinstance(item, dict) or not {"start", "end", "label"} <= item.keys():
            report("schema", f"{key}[{i}] needs start, end, label")
            continue
        s, t, lab = item["start"], item["end"], item["label"]
        if not (isinstance(s, int) and isinstance(t, int)) or not 0 <= s < t <= len(text):
            report("offsets", f"{key}[{i}] offsets {s}..{t} outside the text (length {len(text)})")
            continue
        span = text[s:t]
        if lab not in labels:
            report("label", f"{key}[{i}] label {lab!r} not in {list(labels)}", span)
        if span[0].isspace() or span[-1].isspace():
            report("whitespace", f"{key}[{i}] starts or ends with whitespace", span)
        if span[0] in BULLETS or span[-1] in BULLETS:
            report("bullet", f"{key}[{i}] has a bullet glyph at its edge", span)
        if span[0] in "<>" or span[-1] in "<>" or re.search(r"</?\w*$", span):
            report("markup", f"{key}[{i}] has markup (<p>, </i> ...) at its edge", span)
        if key == "spans" and LIST_NUMBER.match(span):
            report("list-number", f"{key}[{i}] starts with a list number", span)
        if s not in edges[0] or t not in edges[1]:
            report("alignment", f"{key}[{i}] {s}..{t} does not align with spaCy token boundaries", span)
        good.append((s, t, lab))
    return good


def _check_structured(rec: dict[str, Any], spans: list[tuple[int, int, str]], text: str, report) -> None:
    for i, r in enumerate(rec.get("roster", []) or []):
        if not isinstance(r, dict) or not isinstance(r.get("name"), str):
            report("roster", f"roster[{i}] needs a 'name' string")
            continue
        for f in ("authority", "party", "role"):
            if r.get(f) is not None and not isinstance(r.get(f), str):
                report("roster", f"roster[{i}].{f} must be a string or null", r["name"])
        if r.get("attendance") not in ATTENDANCE:
            report("roster", f"roster[{i}].attendance {r.get('attendance')!r} not in {list(ATTENDANCE)}", r["name"])
    for i, o in enumerate(rec.get("officers", []) or []):
        if not isinstance(o, dict) or not isinstance(o.get("name"), str):
            report("officers", f"officers[{i}] needs a 'name' string")
    actions = {(s, t) for s, t, lab in spans if lab == "ACTION"}
    owned = set()
    for i, a in enumerate(rec.get("action_owners", []) or []):
        if not isinstance(a, dict) or not isinstance(a.get("owners"), list):
            report("action_owners", f"action_owners[{i}] needs start, end and an 'owners' list")
            continue
        key = (a.get("start"), a.get("end"))
        if key not in actions:
            report("action_owners", f"action_owners[{i}] {key} is not an ACTION span")
        owned.add(key)
    for s, t in sorted(actions - owned):
        report("action_owners", "ACTION span has no action_owners entry", text[s:t])


def _check_meta(meta: Any, report) -> None:
    """``meta.body``, ``meta.tier`` and ``meta.nation`` on every record: cross-validation groups by body."""
    if not isinstance(meta, dict):
        report("meta", "'meta' must be an object with body, tier and nation")
        return
    if not isinstance(meta.get("body"), str) or not meta["body"].strip():
        report("meta", "meta.body must name the council or body whose minutes these are")
    if meta.get("tier") not in TIERS:
        report("meta", f"meta.tier {meta.get('tier')!r} not in {list(TIERS)}")
    if meta.get("nation") not in NATIONS:
        report("meta", f"meta.nation {meta.get('nation')!r} not in {list(NATIONS)}")


def _optional_str(value: Any) -> bool:
    return value is None or isinstance(value, str)


def _check_motions(rec: dict[str, Any], spans: list[tuple[int, int, str]], text: str, report) -> None:
    """Motions sit on a DECISION span and carry well-typed fields (spec 6)."""
    decisions = {(s, t) for s, t, lab in spans if lab == "DECISION"}
    motions = rec.get("motions", [])
    if not isinstance(motions, list):
        report("motions", "'motions' must be a list")
        return
    for i, m in enumerate(motions):
        if not isinstance(m, dict):
            report("motions", f"motions[{i}] must be an object")
            continue
        key = (m.get("start"), m.get("end"))
        quoted = text[key[0]:key[1]] if all(isinstance(k, int) for k in key) else ""
        if key not in decisions:
            report("motions", f"motions[{i}] {key} is not a DECISION span", quoted)
        for f in ("proposer", "seconder"):
            if not _optional_str(m.get(f)):
                report("motions", f"motions[{i}].{f} must be a string or null", quoted)
        if m.get("outcome") not in OUTCOMES:
            report("motions", f"motions[{i}].outcome {m.get('outcome')!r} not in {list(OUTCOMES)}", quoted)
        for f in VOTE_SIDES:
            v = m.get(f)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                report("motions", f"motions[{i}].{f} must be a count (int >= 0) or null", quoted)
        voters = m.get("voters")
        if voters is not None and not (isinstance(voters, dict) and set(voters) <= set(VOTE_SIDES)
                                       and all(isinstance(v, list) and all(isinstance(n, str) for n in v)
                                               for v in voters.values())):
            report("motions", f"motions[{i}].voters must be null or {{for|against|abstain: [names]}}", quoted)


def _check_declarations(rec: dict[str, Any], text: str, edges: tuple[set[int], set[int]], report) -> None:
    """Declarations of interest: offsets on token edges, a member, optional item and interest."""
    decls = rec.get("declarations", [])
    if not isinstance(decls, list):
        report("declarations", "'declarations' must be a list")
        return
    for i, d in enumerate(decls):
        if not isinstance(d, dict):
            report("declarations", f"declarations[{i}] must be an object")
            continue
        s, t = d.get("start"), d.get("end")
        if not (isinstance(s, int) and isinstance(t, int)) or not 0 <= s < t <= len(text):
            report("declarations", f"declarations[{i}] offsets {s}..{t} outside the text")
            continue
        if s not in edges[0] or t not in edges[1]:
            report("alignment", f"declarations[{i}] {s}..{t} does not align with token boundaries", text[s:t])
        if not isinstance(d.get("member"), str) or not d["member"].strip():
            report("declarations", f"declarations[{i}].member must name the member as written", text[s:t])
        for f in ("item", "interest"):
            if not _optional_str(d.get(f)):
                report("declarations", f"declarations[{i}].{f} must be a string or null", text[s:t])


def validate_record(rec: Any, file: str = "<record>", line: int = 0,
                    require_meta: bool = True) -> tuple[str | None, list[Problem]]:
    """Check one gold record; return its text (None if unreadable) and its problems.

    ``require_meta`` demands body/tier/nation (the project's gold); a user's own
    records for training may leave them out.
    """
    problems: list[Problem] = []
    doc_id = rec.get("id", "?") if isinstance(rec, dict) else "?"

    def report(kind: str, msg: str, span: str = "") -> None:
        problems.append(Problem(file, line, str(doc_id), kind, msg, span))

    if not isinstance(rec, dict):
        report("schema", "line is not a JSON object")
        return None, problems
    for key in ("id", "entities", "spans"):
        if key not in rec:
            report("schema", f"missing required key '{key}'")
    if not isinstance(rec.get("id", ""), str) or not rec.get("id"):
        report("schema", "'id' must be a non-empty string")
    if require_meta:
        _check_meta(rec.get("meta"), report)
    elif "meta" in rec and not isinstance(rec["meta"], dict):
        report("schema", "'meta' must be an object")
    text, err = record_text(rec)
    if text is None:
        report("text", err or "no text")
        return None, problems
    if not text.strip():
        report("text", "document text is empty")
        return text, problems
    edges = token_edges(text)
    ents = _check_offsets(rec.get("entities", []), "entities", ENTITY_LABELS, text, edges, report)
    ents.sort()
    for (s1, t1, _), (s2, t2, _) in zip(ents, ents[1:]):
        if s2 < t1:
            report("overlap", f"entities {s1}..{t1} and {s2}..{t2} overlap", text[s1:t2])
    dup = {e for e in ents if ents.count(e) > 1}
    for s, t, lab in sorted(dup):
        report("duplicate", f"entity {s}..{t} {lab} given twice", text[s:t])
    spans = _check_offsets(rec.get("spans", []), "spans", SPAN_LABELS, text, edges, report)
    for s, t, lab in sorted({x for x in spans if spans.count(x) > 1}):
        report("duplicate", f"span {s}..{t} {lab} given twice", text[s:t])
    _check_structured(rec, spans, text, report)
    _check_motions(rec, spans, text, report)
    _check_declarations(rec, text, edges, report)
    return text, problems


def read_jsonl(path: Path, require_meta: bool = True) -> tuple[list[tuple[int, dict[str, Any], str]], list[Problem]]:
    """Parse and validate a gold file: (line number, record, text) for clean lines, and all problems."""
    good: list[tuple[int, dict[str, Any], str]] = []
    problems: list[Problem] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        return [], [Problem(str(path), 0, "?", "file", f"cannot read: {exc}")]
    for no, raw in enumerate(lines, 1):
        if not raw.strip():
            continue
        try:
            rec = json.loads(raw)
        except json.JSONDecodeError as exc:
            problems.append(Problem(str(path), no, "?", "json", f"invalid JSON at column {exc.colno}: {exc.msg}"))
            continue
        text, found = validate_record(rec, str(path), no, require_meta)
        problems.extend(found)
        if text is not None and not found:
            good.append((no, rec, text))
    return good, problems


def validate_paths(paths: Iterable[Path], require_meta: bool = True) -> tuple[list[tuple[dict[str, Any], str]], list[Problem]]:
    """Validate several gold files together (ids must be unique across all of them)."""
    records: list[tuple[dict[str, Any], str]] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in paths:
        good, found = read_jsonl(Path(path), require_meta)
        problems.extend(found)
        for no, rec, text in good:
            where = f"{path}:{no}"
            if rec["id"] in seen:
                problems.append(Problem(str(path), no, rec["id"], "duplicate-id", f"id already used at {seen[rec['id']]}"))
                continue
            seen[rec["id"]] = where
            records.append((rec, text))
    return records, problems


def load_valid(paths: Iterable[Path], require_meta: bool = True) -> list[tuple[dict[str, Any], str]]:
    """Records and texts from gold files, or :class:`CorpusError` listing every problem."""
    records, problems = validate_paths(paths, require_meta)
    if problems:
        raise CorpusError(problems)
    return records
