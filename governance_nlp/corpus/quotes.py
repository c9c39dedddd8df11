"""Quote files: how annotators write gold, and how it becomes offsets.

Annotators never type offsets. Each annotation is an exact quote plus which
occurrence it is; this module finds the quote in the raw text and turns it
into ``start``/``end``, refusing anything ambiguous. Quote files live in
``annotations/quotes/*.json`` and are the source of truth for the gold JSONL.

A quote file::

    {"id": "wretton_2009-02",
     "source": "minutes-extra/txt/wretton_2009-02_wretton-pc-minutes-2.txt",
     "meta": {"body": "Wretton Parish Council", "date": "2008-11-11"},
     "range": [0, 5000],            # optional: this file covers part of the text
     "entities": [{"q": "D Llewellyn", "label": "COUNCILLOR", "n": "all"}],
     "spans": [{"q": "Clerk to refer to Highways.", "label": "ACTION", "owners": ["Clerk"]},
               {"q": "Proposed JB, seconded GK, all agreed.", "label": "DECISION",
                "motion": {"proposer": "JB", "seconder": "GK", "outcome": "carried"}}],
     "declarations": [{"q": "Cllr Hull declared an interest in item 7.", "member": "Cllr Hull",
                       "item": "7", "interest": null}],
     "roster": [...], "officers": [...]}

``source`` is relative to the shared folder; seed documents use ``"raw":
"annotations/raw/NAME.txt"`` (relative to the repo) instead. ``n`` is a
1-based occurrence, a list of them, or ``"all"`` (every whole-word occurrence
not already covered by a longer entity); omitted, the quote must be unique.
Whitespace in a quote matches any run of whitespace in the text, so line
breaks need not be copied. A long span may be given as ``q_start`` +
``q_end`` instead of ``q``.
"""
from __future__ import annotations

import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from ..labels import ENTITY_LABELS, SPAN_LABELS
from ..paths import REPO_ROOT, shared_dir

MOTION_FIELDS = ("proposer", "seconder", "outcome", "for", "against", "abstain", "voters")
DECLARATION_FIELDS = ("member", "item", "interest")


@dataclass
class Resolved:
    """A quote file turned into offsets, with every problem found on the way."""

    record: dict[str, Any]
    text: str
    problems: list[str] = field(default_factory=list)
    skipped_all: int = 0


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read_source_text(qf: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Read the document a quote file refers to; return text and the record's text/source fields."""
    if "raw" in qf:
        path = REPO_ROOT / qf["raw"]
        text = path.read_text(encoding="utf-8")
        return text, {"text": text}
    rel = qf["source"]
    text = (shared_dir() / rel).read_text(encoding="utf-8")
    return text, {"source": {"path": rel, "sha256": sha256_text(text)}}


def quote_pattern(quote: str) -> re.Pattern[str]:
    """A regex matching ``quote`` with any whitespace run standing for any other."""
    parts = quote.split()
    if not parts:
        raise ValueError("empty quote")
    return re.compile(r"\s+".join(re.escape(p) for p in parts))


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left_ok = not (before.isalnum() and text[start].isalnum())
    right_ok = not (after.isalnum() and text[end - 1].isalnum())
    return left_ok and right_ok


def find_all(text: str, quote: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int]]:
    """Every whole-word occurrence of ``quote`` inside ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    pat = quote_pattern(quote)
    out = []
    pos = lo
    while True:
        m = pat.search(text, pos, hi)
        if not m:
            return out
        if _whole_word(text, m.start(), m.end()):
            out.append((m.start(), m.end()))
        pos = m.start() + 1


def _pick(matches: list[tuple[int, int]], n: Any, what: str, problems: list[str]) -> list[tuple[int, int]]:
    if not matches:
        problems.append(f"{what}: quote not found")
        return []
    if n is None:
        if len(matches) > 1:
            problems.append(f"{what}: quote occurs {len(matches)} times; give n")
            return []
        return matches
    if n == "all":
        return matches
    wanted = n if isinstance(n, list) else [n]
    out = []
    for k in wanted:
        if not isinstance(k, int) or not 1 <= k <= len(matches):
            problems.append(f"{what}: occurrence {k!r} not in 1..{len(matches)}")
            continue
        out.append(matches[k - 1])
    return out


def _overlaps(a: tuple[int, int], spans: Iterable[tuple[int, int]]) -> bool:
    return any(a[0] < b[1] and b[0] < a[1] for b in spans)


def _pick_sentence(text: str, sp: dict[str, Any], lo: int, hi: int, what: str,
                   problems: list[str]) -> list[tuple[int, int]]:
    """Offsets of a span written as ``q`` or as ``q_start`` + ``q_end``."""
    if "q" in sp:
        return _pick(find_all(text, sp["q"], lo, hi), sp.get("n"), what, problems)
    if "q_start" not in sp or "q_end" not in sp:
        problems.append(f"{what}: needs 'q' or both 'q_start' and 'q_end'")
        return []
    picked = []
    for s, _ in _pick(find_all(text, sp["q_start"], lo, hi), sp.get("n"), what, problems):
        ends = find_all(text, sp["q_end"], s, hi)
        if not ends:
            problems.append(f"{what}: q_end {sp['q_end']!r} not found after start")
        else:
            picked.append((s, ends[0][1]))
    return picked


def _fields(given: Any, names: tuple[str, ...], what: str, problems: list[str]) -> dict[str, Any]:
    """The named fields of a motion or declaration, absent ones as null; unknown keys are refused."""
    if not isinstance(given, dict):
        problems.append(f"{what}: must be an object with {list(names)}")
        return {k: None for k in names}
    extra = sorted(set(given) - set(names))
    if extra:
        problems.append(f"{what}: unknown field(s) {extra}; allowed {list(names)}")
    return {k: given.get(k) for k in names}


def resolve(qf: dict[str, Any], name: str = "<quotes>") -> Resolved:
    """Turn one quote file into a gold record (entities/spans with offsets)."""
    text, text_fields = read_source_text(qf)
    lo, hi = qf.get("range", [0, len(text)])
    problems: list[str] = []
    skipped = 0
    record: dict[str, Any] = {"id": qf["id"], **text_fields, "meta": dict(qf.get("meta", {}))}

    ents: list[tuple[int, int, str]] = []
    explicit = [e for e in qf.get("entities", []) if e.get("n") != "all"]
    greedy = sorted((e for e in qf.get("entities", []) if e.get("n") == "all"), key=lambda e: -len(e["q"]))
    for e in explicit + greedy:
        what = f"{name}: entity {e.get('q')!r} ({e.get('label')})"
        if e.get("label") not in ENTITY_LABELS:
            problems.append(f"{what}: unknown label")
            continue
        for s, t in _pick(find_all(text, e["q"], lo, hi), e.get("n"), what, problems):
            taken = [(a, b) for a, b, _ in ents]
            if _overlaps((s, t), taken):
                if e.get("n") == "all":
                    skipped += 1
                else:
                    problems.append(f"{what}: occurrence at {s} overlaps another entity")
                continue
            ents.append((s, t, e["label"]))
    ents.sort()
    record["entities"] = [{"start": s, "end": t, "label": lab} for s, t, lab in ents]

    spans: list[dict[str, Any]] = []
    owners: list[dict[str, Any]] = []
    motions: list[dict[str, Any]] = []
    for sp in qf.get("spans", []):
        labels = sp.get("label")
        labels = labels if isinstance(labels, list) else [labels]
        what = f"{name}: span {(sp.get('q') or sp.get('q_start'))!r}"
        if not labels or any(lab not in SPAN_LABELS for lab in labels):
            problems.append(f"{what}: bad label {sp.get('label')!r}")
            continue
        picked = _pick_sentence(text, sp, lo, hi, what, problems)
        if "motion" in sp and "DECISION" not in labels:
            problems.append(f"{what}: a motion must ride on a DECISION span")
        for s, t in picked:
            for lab in labels:
                spans.append({"start": s, "end": t, "label": lab})
            if "ACTION" in labels:
                if "owners" not in sp:
                    problems.append(f"{what}: ACTION without 'owners' (use [] when none is given)")
                owners.append({"start": s, "end": t, "owners": list(sp.get("owners", []))})
            if "motion" in sp and "DECISION" in labels:
                motions.append({"start": s, "end": t, **_fields(sp["motion"], MOTION_FIELDS, what, problems)})
    declarations = []
    for dc in qf.get("declarations", []):
        what = f"{name}: declaration {(dc.get('q') or dc.get('q_start'))!r}"
        fields = _fields({k: v for k, v in dc.items() if k in DECLARATION_FIELDS}, DECLARATION_FIELDS, what, problems)
        for s, t in _pick_sentence(text, dc, lo, hi, what, problems):
            declarations.append({"start": s, "end": t, **fields})
    spans.sort(key=lambda d: (d["start"], d["end"], d["label"]))
    record["spans"] = spans
    record["roster"] = list(qf.get("roster", []))
    record["officers"] = list(qf.get("officers", []))
    record["action_owners"] = sorted(owners, key=lambda d: (d["start"], d["end"]))
    record["motions"] = sorted(motions, key=lambda d: (d["start"], d["end"]))
    record["declarations"] = sorted(declarations, key=lambda d: (d["start"], d["end"]))
    return Resolved(record=record, text=text, problems=problems, skipped_all=skipped)


def merge_parts(parts: list[Resolved]) -> Resolved:
    """Join the quote files that each cover one range of the same document."""
    first = parts[0]
    rec = dict(first.record)
    problems = [p for r in parts for p in r.problems]
    for key in ("entities", "spans", "action_owners", "motions", "declarations"):
        rec[key] = [x for r in parts for x in r.record[key]]
    for key in ("roster", "officers"):
        # A person listed in two parts is one record (the first part wins); inside one part every
        # record stays, so two members with the same name form ("Ms J Meade", "Mr J Meade") are both kept.
        merged: list[dict[str, Any]] = []
        for r in parts:
            earlier = {x["name"] for x in merged}
            merged += [x for x in r.record[key] if x["name"] not in earlier]
        rec[key] = merged
    for key in ("entities", "spans", "action_owners", "motions", "declarations"):
        rec[key].sort(key=lambda d: (d["start"], d["end"], d.get("label", "")))
    for r in parts[1:]:
        rec["meta"].update({k: v for k, v in r.record["meta"].items() if k not in rec["meta"]})
    return Resolved(record=rec, text=first.text, problems=problems, skipped_all=sum(r.skipped_all for r in parts))


def load_quote_file(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SystemExit(f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}")


def resolve_files(paths: list[Path]) -> list[Resolved]:
    """Resolve quote files, merging the parts of one document (same ``id``) in range order."""
    by_id: dict[str, list[tuple[int, Resolved]]] = {}
    for p in sorted(paths):
        qf = load_quote_file(p)
        by_id.setdefault(qf["id"], []).append((qf.get("range", [0])[0], resolve(qf, p.name)))
    return [merge_parts([r for _, r in sorted(v, key=lambda x: x[0])]) for v in by_id.values()]


def _context(text: str, s: int, t: int, width: int = 40) -> str:
    left = text[max(0, s - width):s].replace("\n", "⏎")
    right = text[t:t + width].replace("\n", "⏎")
    return f"…{left}[{text[s:t]}]{right}…".replace("\n", "⏎")


def _cmd_find(args: list[str]) -> int:
    """``find FILE QUOTE``: list each occurrence with its number and context."""
    path, quote = args[0], args[1]
    p = Path(path)
    if not p.exists():
        p = shared_dir() / path
    text = p.read_text(encoding="utf-8")
    for i, (s, t) in enumerate(find_all(text, quote), 1):
        print(f"n={i} @{s}-{t}: {_context(text, s, t)}")
    return 0


def _cmd_check(args: list[str]) -> int:
    """``check [--show] QUOTEFILE...``: resolve, print problems and counts (``--show`` lists every entity)."""
    from .validate import validate_record

    show = "--show" in args
    files = [Path(a) for a in args if a != "--show"]
    bad = 0
    for res in resolve_files(files):
        rec = res.record
        problems = res.problems + [str(p) for p in validate_record(rec, "quotes")[1]]
        for p in problems:
            print("ERROR", p)
        bad += len(problems)
        counts: dict[str, int] = {}
        for x in rec["entities"] + rec["spans"]:
            counts[x["label"]] = counts.get(x["label"], 0) + 1
        print(f"{rec['id']}: {counts} roster={len(rec['roster'])} officers={len(rec['officers'])} "
              f"motions={len(rec['motions'])} declarations={len(rec['declarations'])} "
              f"('all' matches skipped inside longer entities: {res.skipped_all})")
        if show:
            for x in rec["entities"] + rec["spans"]:
                print(f"  {x['label']:10} {x['start']:>6}  {_context(res.text, x['start'], x['end'], 25)}")
            for kind in ("motions", "declarations"):
                for x in rec[kind]:
                    fields = {k: v for k, v in x.items() if k not in ("start", "end") and v is not None}
                    print(f"  {kind[:-1].upper():10} {x['start']:>6}  {fields}  {res.text[x['start']:x['end']][:80]!r}")
    return 1 if bad else 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in ("find", "check"):
        print(__doc__)
        print("usage: python -m governance_nlp.corpus.quotes find FILE QUOTE | check [--show] QUOTEFILE...")
        return 2
    return {"find": _cmd_find, "check": _cmd_check}[argv[0]](argv[1:])


if __name__ == "__main__":
    raise SystemExit(main())
