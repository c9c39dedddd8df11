"""Batch extraction over files and folders that loses nothing.

One record per document, appended and flushed as soon as it is done, so an
interrupted run resumes where it stopped (documents already in the output
are skipped). A document that fails becomes a record with its error instead
of stopping the run. Runs in-process (``nlp.pipe``) or on Dask.
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from .minutes import record_rows

SUFFIXES = {".txt", ".pdf", ".docx", ".html", ".htm"}


def collect(paths: Iterable[Path]) -> list[Path]:
    """Files named, plus supported files found under named folders (sorted, unique)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            out.append(p)
    seen: set[str] = set()
    return [p for p in out if not (str(p) in seen or seen.add(str(p)))]


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


def extract_record(path: str, model: Optional[str] = None) -> dict[str, Any]:
    """One output record for one file: the extraction, or the error that stopped it."""
    from .api import extract

    try:
        return {"source": path, **extract(Path(path), model=model).to_dict()}
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
            yield {**minutes.to_dict(), "source": p}


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
        progress: bool = True) -> dict[str, int]:
    """Extract every file; return counts of done, failed and skipped documents."""
    from tqdm import tqdm

    files = [str(p) for p in collect(paths)]
    if out is not None and fmt == "jsonl":
        drop_partial_line(out)
    skipped = done_sources(out) if (out is not None and fmt == "jsonl") else set()
    todo = [f for f in files if f not in skipped]
    if engine == "dask":
        records = _records_dask(todo, model, scheduler, partitions=max(2, n_process))
    else:
        records = _records_local(todo, model, batch_size, n_process)
    counts = {"done": 0, "failed": 0, "skipped": len(files) - len(todo)}
    sink = out.open("a" if fmt == "jsonl" else "w", encoding="utf-8", newline="") if out else sys.stdout
    collected: list[dict[str, Any]] = []
    writer = None
    try:
        for rec in tqdm(records, total=len(todo), disable=not progress or len(todo) < 2, unit="doc", file=sys.stderr):
            counts["failed" if "error" in rec else "done"] += 1
            if "error" in rec:
                print(f"governance-nlp extract: {rec['source']}: {rec['error']}", file=sys.stderr)
            if fmt == "jsonl":
                sink.write(json.dumps(rec, ensure_ascii=False) + "\n")
                sink.flush()
            elif fmt == "json":
                collected.append(rec)
            else:
                writer = writer or _csv_writer(sink)
                for row in _csv_rows(rec):
                    writer.writerow(row)
        if fmt == "json":
            json.dump(collected, sink, ensure_ascii=False, indent=1)
    finally:
        if out:
            sink.close()
    return counts


CSV_FIELDS = ["source", "kind", "label", "text", "start", "end", "score", "item", "owners", "error"]


def _csv_writer(sink):
    writer = csv.DictWriter(sink, fieldnames=CSV_FIELDS)
    writer.writeheader()
    return writer


def _csv_rows(rec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if "error" in rec:
        yield {"source": rec["source"], "kind": "error", "error": rec["error"]}
        return
    yield from record_rows(rec)
