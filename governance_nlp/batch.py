"""Batch extraction over files and folders that loses nothing and hides nothing.

One record per document, appended and flushed as soon as it is done, so an
interrupted run resumes where it stopped (documents already in the output
are skipped). A document that fails becomes a record with its error instead
of stopping the run; an empty one a record with a warning; a file of a kind
we cannot read, found in a folder, is listed as skipped. Runs in-process
(``nlp.pipe``) or on Dask.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from .output import CsvTables, csv_paths, write_json

SUFFIXES = {".txt", ".pdf", ".docx", ".html", ".htm"}
EMPTY_WARNING = "empty document: nothing to extract"


@dataclass
class RunSummary:
    """What a run did: every input accounted for."""

    done: int = 0
    failed: int = 0
    skipped: int = 0  # already in the output (resume)
    empty: int = 0  # extracted, but the document had no text
    unsupported: list[str] = field(default_factory=list)  # files in named folders of a kind we cannot read

    def counts(self) -> dict[str, int]:
        return {"done": self.done, "failed": self.failed, "skipped": self.skipped}


def collect(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """(files to extract, unsupported files found in folders).

    Files named explicitly are always attempted (an unsupported one becomes an
    error record); inside named folders, hidden files are ignored and files of
    other kinds are returned as unsupported so the summary can list them.
    """
    out: list[Path] = []
    unsupported: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and not f.name.startswith("."))
            out += [f for f in found if f.suffix.lower() in SUFFIXES]
            unsupported += [f for f in found if f.suffix.lower() not in SUFFIXES]
        else:
            out.append(p)
    seen: set[str] = set()
    return [p for p in out if not (str(p) in seen or seen.add(str(p)))], unsupported


def done_sources(out: Path) -> set[str]:
    """Sources already written to a JSONL output (for resuming)."""
    if not out.exists():
        return set()
    done = set()
    for line in out.read_text(encoding="utf-8").splitlines():
        try:
            done.add(json.loads(line)["source"])
        except (json.JSONDecodeError, KeyError, TypeError):
            continue  # a line cut by an interruption: that document is redone
    return done


def drop_partial_line(out: Path) -> None:
    """Cut a half-written last line left by an interrupted run (it may end mid-character).

    Otherwise the redone record would be appended onto it, leaving a line that
    never parses, and ``done_sources`` could fail to decode the file at all. A
    complete record that only lost its newline is kept and the newline added.
    """
    if not out.is_file():
        return
    with out.open("rb+") as f:
        data = f.read()
        if not data or data.endswith(b"\n"):
            return
        cut = data.rfind(b"\n") + 1
        try:
            json.loads(data[cut:].decode("utf-8"))["source"]
            f.write(b"\n")
        except (UnicodeDecodeError, json.JSONDecodeError, KeyError, TypeError):
            f.truncate(cut)


def _record(minutes, source: str) -> dict[str, Any]:
    rec = {**minutes.to_dict(), "source": source}
    if not minutes.text.strip():
        rec["warning"] = EMPTY_WARNING
    return rec


def extract_record(path: str, model: Optional[str] = None) -> dict[str, Any]:
    """One output record for one file: the extraction, or the error that stopped it."""
    from .api import extract

    try:
        return _record(extract(Path(path), model=model), path)
    except Exception as exc:  # a failed document is reported as data, never stops the run
        return {"source": path, "error": f"{type(exc).__name__}: {exc}"}


def _records_local(paths: list[str], model: Optional[str], batch_size: int, n_process: int,
                   chunk: int = 64) -> Iterator[dict[str, Any]]:
    """Read each file once, a chunk at a time: unreadable ones become error records, the rest go through one pipe."""
    from .api import extract_many
    from .readers import read_source

    for i in range(0, len(paths), chunk):
        good: list[tuple[str, str]] = []
        for p in paths[i:i + chunk]:
            try:
                good.append((p, read_source(Path(p))))
            except Exception as exc:
                yield {"source": p, "error": f"{type(exc).__name__}: {exc}"}
        texts = [text for _, text in good]
        for (p, _), minutes in zip(good, extract_many(texts, model=model, batch_size=batch_size, n_process=n_process)):
            yield _record(minutes, p)


def _records_dask(paths: list[str], model: Optional[str], scheduler: Optional[str], partitions: int) -> Iterator[dict[str, Any]]:
    import dask.bag as db

    client = None
    if scheduler:
        from dask.distributed import Client

        client = Client(scheduler)
    try:
        bag = db.from_sequence(paths, npartitions=max(1, min(partitions, len(paths))))
        # extract_record loads the model through load()'s per-process cache: once per worker.
        yield from bag.map(extract_record, model=model).compute()
    finally:
        if client is not None:
            client.close()


def run(paths: Iterable[Path], out: Optional[Path], fmt: str = "jsonl", model: Optional[str] = None,
        engine: str = "local", scheduler: Optional[str] = None, batch_size: int = 4, n_process: int = 1,
        progress: bool = True, overwrite: bool = False) -> RunSummary:
    """Extract every file and write the records; return what happened to each input.

    ``jsonl`` appends to ``out`` and resumes; ``json`` and ``csv`` (``out`` a
    folder, one file per table) refuse to replace existing output unless
    ``overwrite``. Raises ``FileExistsError``/``ValueError`` before any work.
    """
    from tqdm import tqdm

    paths = [Path(p) for p in paths]
    files, unsupported = collect(paths)
    names = [str(p) for p in files]
    _check_output(out, fmt, overwrite)
    if out is not None and fmt == "jsonl":
        drop_partial_line(out)
    already = done_sources(out) if (out is not None and fmt == "jsonl") else set()
    todo = [f for f in names if f not in already]
    summary = RunSummary(skipped=len(names) - len(todo), unsupported=[str(p) for p in unsupported])
    if engine == "dask":
        records = _records_dask(todo, model, scheduler, partitions=max(2, n_process))
    else:
        records = _records_local(todo, model, batch_size, n_process)
    single = len(paths) == 1 and paths[0].is_file()
    tables = CsvTables(out) if fmt == "csv" and out is not None else None
    sink = None if tables else (out.open("a" if fmt == "jsonl" else "w", encoding="utf-8") if out else sys.stdout)
    collected: list[dict[str, Any]] = []
    try:
        for rec in tqdm(records, total=len(todo), disable=not progress or len(todo) < 2, unit="doc", file=sys.stderr):
            if "error" in rec:
                summary.failed += 1
                print(f"governance-nlp extract: {rec['source']}: {rec['error']}", file=sys.stderr)
            else:
                summary.done += 1
            if "warning" in rec:
                summary.empty += 1
                print(f"governance-nlp extract: {rec['source']}: warning: {rec['warning']}", file=sys.stderr)
            if tables:
                tables.write(rec)
            elif fmt == "json":
                collected.append(rec)
            else:
                sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
                sink.flush()
        if fmt == "json":
            write_json(collected, sink, single)
    finally:
        if tables:
            tables.close()
        elif out:
            sink.close()
    return summary


def _check_output(out: Optional[Path], fmt: str, overwrite: bool) -> None:
    """Refuse, before any work, an output that cannot be written or would silently replace a file."""
    if fmt == "csv":
        if out is None:
            raise ValueError("--format csv writes one file per table: give a folder with -o DIR")
        if out.exists() and not out.is_dir():
            raise ValueError(f"{out}: --format csv needs a folder for its tables, and this is a file")
        existing = [p for p in csv_paths(out).values() if p.exists()]
        if existing and not overwrite:
            raise FileExistsError(f"{existing[0]} already exists (and {len(existing) - 1} more table(s)); "
                                  "pass --overwrite to replace them, or choose another folder")
    elif fmt == "json" and out is not None and out.exists() and not overwrite:
        raise FileExistsError(f"{out} already exists; pass --overwrite to replace it (only JSONL output appends)")

