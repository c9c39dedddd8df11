"""Writers for extraction records: JSONL (appendable), JSON, and CSV with one file per table.

A record is ``Minutes.to_dict()`` plus ``source`` (and ``warning``), or
``{"source", "error"}`` for a document that failed. CSV cannot hold nested
lists, so each list of the record becomes its own table, every row keyed by
``source``: a spreadsheet user joins them on it.
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any, Iterable, Optional

from .minutes import META_KEYS

# table name -> (record key, columns taken from each element); "documents" is one row per record.
TABLES: dict[str, tuple[Optional[str], list[str]]] = {
    "documents": (None, ["source", "error", "warning", *META_KEYS, "entities", "decisions", "actions",
                         "councillors", "officers", "items"]),
    "entities": ("entities", ["source", "text", "label", "start", "end"]),
    "decisions": ("decisions", ["source", "text", "start", "end", "score", "item"]),
    "actions": ("actions", ["source", "text", "start", "end", "score", "item", "owners"]),
    "councillors": ("councillors", ["source", "name", "authority", "party", "role", "attendance"]),
    "officers": ("officers", ["source", "name", "role", "organisation"]),
    "items": ("items", ["source", "number", "title", "start", "end"]),
    "motions": ("motions", ["source", "text", "start", "end", "item", "proposer", "seconder", "outcome",
                            "for", "against", "abstain", "voters_for", "voters_against", "voters_abstain"]),
    "declarations": ("declarations", ["source", "text", "start", "end", "member", "item", "interest"]),
}
COUNTED = ("entities", "decisions", "actions", "councillors", "officers", "items")


def csv_paths(folder: Path) -> dict[str, Path]:
    """The file each table is written to inside ``folder``."""
    return {name: folder / f"{name}.csv" for name in TABLES}


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def table_rows(rec: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """The rows one record contributes to ``table``."""
    key, columns = TABLES[table]
    if key is None:
        meta = rec.get("meta") or {}
        row = {"source": rec.get("source"), "error": rec.get("error"), "warning": rec.get("warning"),
               **{k: meta.get(k) for k in META_KEYS}}
        row.update({k: len(rec[k]) if k in rec else None for k in COUNTED})
        return [row]
    rows = []
    for element in rec.get(key) or []:
        flat = dict(element)
        for side, names in (flat.pop("voters", None) or {}).items():
            flat[f"voters_{side}"] = names
        rows.append({c: _cell(rec.get("source") if c == "source" else flat.get(c)) for c in columns})
    return rows


class CsvTables:
    """One open CSV writer per table in a folder; rows are flushed record by record."""

    def __init__(self, folder: Path):
        folder.mkdir(parents=True, exist_ok=True)
        self._files: dict[str, IO[str]] = {}
        self._writers: dict[str, csv.DictWriter] = {}
        for name, path in csv_paths(folder).items():
            fh = path.open("w", encoding="utf-8", newline="")
            self._files[name] = fh
            self._writers[name] = csv.DictWriter(fh, fieldnames=TABLES[name][1])
            self._writers[name].writeheader()

    def write(self, rec: dict[str, Any]) -> None:
        for name, writer in self._writers.items():
            writer.writerows(table_rows(rec, name))
            self._files[name].flush()

    def close(self) -> None:
        for fh in self._files.values():
            fh.close()


def write_json(records: Iterable[dict[str, Any]], sink: IO[str], single: bool) -> None:
    """One JSON object when ``single`` (one input file), else an array; always newline-terminated."""
    records = list(records)
    json.dump(records[0] if single and len(records) == 1 else records, sink, ensure_ascii=False, indent=1)
    sink.write("\n")
