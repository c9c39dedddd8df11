"""Build the gold JSONL files from the quote files (the annotators' source of truth).

One JSONL per body keeps files readable; each record is validated before it is
written, so a quote file with any problem stops the build with its report.
"""
from __future__ import annotations

import json
from pathlib import Path

from ..paths import ANNOTATIONS_DIR
from .quotes import resolve_files
from .validate import CorpusError, Problem, validate_record


def body_file(doc_id: str) -> str:
    """Which JSONL a document goes to: the LGA seeds in lga.jsonl, others by body prefix."""
    prefix = doc_id.split("_")[0]
    return "lga.jsonl" if "_" not in doc_id else f"{prefix}.jsonl"


def build(quote_dir: Path = ANNOTATIONS_DIR / "quotes", out_dir: Path = ANNOTATIONS_DIR) -> dict[str, int]:
    """Resolve every quote file, validate, and write ``out_dir/<body>.jsonl``; return records per file."""
    resolved = resolve_files(sorted(quote_dir.glob("*.json")))
    problems: list[Problem] = []
    by_file: dict[str, list[dict]] = {}
    for res in resolved:
        rec = res.record
        problems += [Problem(str(quote_dir), 0, rec["id"], "quote", p) for p in res.problems]
        problems += validate_record(rec, f"quotes/{rec['id']}")[1]
        by_file.setdefault(body_file(rec["id"]), []).append(rec)
    if problems:
        raise CorpusError(problems)
    for name, recs in by_file.items():
        recs.sort(key=lambda r: r["id"])
        with (out_dir / name).open("w", encoding="utf-8") as fh:
            for rec in recs:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return {name: len(recs) for name, recs in by_file.items()}
