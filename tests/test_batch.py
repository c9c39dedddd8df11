"""Batch extraction: ``governance-nlp extract`` over a folder, resuming, output formats, Dask and datasets.

The folder holds three excerpts of the real minutes in ``annotations/raw`` and
one binary file named ``.txt``. Every run must write one record per document,
report the bad file as a record with its error and carry on.
"""
from __future__ import annotations

import concurrent.futures
import csv
import json
from pathlib import Path

import pytest

import governance_nlp
from governance_nlp import api, batch
from governance_nlp.cli import main

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "annotations" / "raw"
EXCERPTS = {  # file name in the temp folder: source in annotations/raw
    "a_000.txt": "000_5ccc73be9c374595.txt",
    "b_001.txt": "001_cff2efd584c46505.txt",
    "c_004.txt": "004_f794ff72a24246ac.txt",
}
BAD = "0_binary.txt"
DASK_TIMEOUT_S = 240

try:  # honour pytest-timeout when it is installed; the Dask test also has its own deadline
    import pytest_timeout  # noqa: F401

    dask_timeout = pytest.mark.timeout(DASK_TIMEOUT_S + 60)
except ImportError:
    dask_timeout = pytest.mark.slow


def _excerpt(name: str, chars: int = 3000) -> str:
    text = (RAW / name).read_text(encoding="utf-8")
    cut = text.rfind("\n\n", 0, chars)
    return text[: cut if cut > 0 else chars] + "\n"


@pytest.fixture(scope="module", autouse=True)
def _warm_model():
    governance_nlp.load()


@pytest.fixture
def folder(tmp_path) -> Path:
    d = tmp_path / "minutes"
    d.mkdir()
    for name, source in EXCERPTS.items():
        (d / name).write_text(_excerpt(source), encoding="utf-8")
    (d / BAD).write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "notes.md").write_text("not a minutes file: ignored when a folder is named")
    return d


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _by_source(records: list[dict]) -> dict[str, dict]:
    out = {r["source"]: r for r in records}
    assert len(out) == len(records), "one record per document"
    return out


def _run_cli(args: list[str], capsys) -> tuple[int, str, str]:
    code = main(["extract", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --------------------------------------------------------------------------- one run


def test_cli_one_jsonl_record_per_document_and_bad_file_reported(folder, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    code, _, err = _run_cli([str(folder), "-o", str(out)], capsys)
    assert code == 0
    assert "3 extracted (0 empty), 1 failed, 0 already in" in err
    records = _by_source(_lines(out))
    assert set(records) == {str(folder / n) for n in [*EXCERPTS, BAD]}

    bad = records[str(folder / BAD)]
    assert set(bad) == {"source", "error"}
    assert bad["error"].startswith("InputError: ")
    assert str(folder / BAD) in bad["error"] and "NUL bytes" in bad["error"]
    assert str(folder / BAD) in err  # also reported on stderr as it happens

    for name in EXCERPTS:
        rec = records[str(folder / name)]
        assert "error" not in rec
        expected = governance_nlp.extract(folder / name).to_dict()
        assert rec == expected | {"source": str(folder / name)}
        text = (folder / name).read_text(encoding="utf-8")
        for r in rec["entities"] + rec["decisions"] + rec["actions"]:
            assert text[r["start"]:r["end"]] == r["text"]
    assert any(records[str(folder / n)]["entities"] for n in EXCERPTS)


def test_cli_stdout_when_no_output_given(folder, capsys):
    code, out, _ = _run_cli([str(folder / "a_000.txt"), str(folder / BAD)], capsys)
    assert code == 0
    records = _by_source([json.loads(line) for line in out.splitlines()])
    assert set(records) == {str(folder / "a_000.txt"), str(folder / BAD)}


def test_cli_only_bad_files_exits_non_zero(folder, tmp_path, capsys):
    (tmp_path / "gone.pdf").write_bytes(b"%PDF-1.4 truncated")
    out = tmp_path / "bad.jsonl"
    code, _, err = _run_cli([str(folder / BAD), str(tmp_path / "gone.pdf"), str(tmp_path / "missing.txt"),
                             "-o", str(out)], capsys)
    assert code == 1
    assert "0 extracted (0 empty), 3 failed" in err and "nothing was extracted" in err
    records = _by_source(_lines(out))
    assert "not a readable PDF" in records[str(tmp_path / "gone.pdf")]["error"]
    assert "no such file" in records[str(tmp_path / "missing.txt")]["error"]


# --------------------------------------------------------------------------- resume


@pytest.fixture
def spy(monkeypatch):
    """Record which paths reach the pipeline: files read successfully (batch imports read_source at call time)."""
    import governance_nlp.readers as readers

    seen: list[str] = []
    real = readers.read_source

    def wrapped(path):
        text = real(path)
        seen.append(str(path))
        return text

    monkeypatch.setattr(readers, "read_source", wrapped)
    return seen


def test_resume_redoes_only_the_missing_document(folder, tmp_path, capsys, spy):
    out = tmp_path / "out.jsonl"
    assert batch.run([folder], out, progress=False).counts() == {"done": 3, "failed": 1, "skipped": 0}
    assert len(spy) == 3
    first = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(first) == 4
    missing = json.loads(first[-1])["source"]
    out.write_text("".join(first[:-1]), encoding="utf-8")

    spy.clear()
    code, _, err = _run_cli([str(folder), "-o", str(out)], capsys)
    assert code == 0 and "1 extracted (0 empty), 0 failed, 3 already in" in err
    assert spy == [missing]
    second = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert second[:3] == first[:3], "records already written are untouched"
    assert json.loads(second[3]) == json.loads(first[3])

    spy.clear()
    assert batch.run([folder], out, progress=False).counts() == {"done": 0, "failed": 0, "skipped": 4}
    assert spy == []
    assert out.read_text(encoding="utf-8").splitlines(keepends=True) == second


@pytest.mark.parametrize("cut", ["half_line", "mid_character", "no_newline_only"])
def test_resume_redoes_a_half_written_last_line(folder, tmp_path, spy, cut):
    out = tmp_path / "out.jsonl"
    batch.run([folder], out, progress=False)
    data = out.read_bytes()
    lines = data.splitlines(keepends=True)
    last = lines[-1]
    if cut == "half_line":
        tail = last[: len(last) // 2]
    elif cut == "mid_character":  # the process died inside a multi-byte UTF-8 character
        tail = last[: len(last) // 2] + "–".encode("utf-8")[:2]
    else:  # the record is complete, only its newline is missing
        tail = last.rstrip(b"\n")
    out.write_bytes(b"".join(lines[:-1]) + tail)

    spy.clear()
    counts = batch.run([folder], out, progress=False).counts()
    records = _lines(out)  # every line parses: the redone record is not glued onto the broken one
    assert _by_source(records).keys() == _by_source([json.loads(x) for x in lines]).keys()
    assert records == [json.loads(x) for x in lines]
    if cut == "no_newline_only":
        assert counts == {"done": 0, "failed": 0, "skipped": 4} and spy == []
    else:
        assert counts == {"done": 1, "failed": 0, "skipped": 3}
        assert spy == [json.loads(last)["source"]]


# --------------------------------------------------------------------------- formats


def test_json_format_is_one_valid_array(folder, tmp_path, capsys):
    jsonl, as_json = tmp_path / "out.jsonl", tmp_path / "out.json"
    _run_cli([str(folder), "-o", str(jsonl)], capsys)
    code, _, _ = _run_cli([str(folder), "-o", str(as_json), "--format", "json"], capsys)
    assert code == 0
    raw = as_json.read_text(encoding="utf-8")
    assert raw.endswith("]\n")
    records = json.loads(raw)
    assert isinstance(records, list) and len(records) == 4
    assert _by_source(records) == _by_source(_lines(jsonl))
    # A JSON file is never replaced silently; --overwrite rewrites it (not appends), so it stays one document.
    code, _, err = _run_cli([str(folder), "-o", str(as_json), "--format", "json"], capsys)
    assert code == 2 and "already exists" in err and "--overwrite" in err
    _run_cli([str(folder), "-o", str(as_json), "--format", "json", "--overwrite"], capsys)
    assert len(json.loads(as_json.read_text(encoding="utf-8"))) == 4


def test_json_one_input_is_one_object_on_stdout_and_summary_on_stderr(folder, capsys):
    code, out, err = _run_cli([str(folder / "a_000.txt"), "--format", "json"], capsys)
    assert code == 0
    assert out.endswith("}\n")
    record = json.loads(out)  # stdout is the data alone: the summary went to stderr
    assert isinstance(record, dict) and record["source"] == str(folder / "a_000.txt")
    assert set(record["meta"]) == {"body", "date", "venue"}
    assert "1 extracted" in err and "1 extracted" not in out


def test_csv_one_file_per_table_with_offsets_and_error_row(folder, tmp_path, capsys):
    from governance_nlp.output import TABLES

    out = tmp_path / "tables"
    code, _, _ = _run_cli([str(folder), "-o", str(out), "--format", "csv"], capsys)
    assert code == 0
    tables = {}
    for name, (_, columns) in TABLES.items():
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            assert reader.fieldnames == columns, name
            tables[name] = list(reader)
    docs = {r["source"]: r for r in tables["documents"]}
    assert set(docs) == {str(folder / n) for n in [*EXCERPTS, BAD]}
    assert "NUL bytes" in docs[str(folder / BAD)]["error"]
    texts = {str(folder / n): (folder / n).read_text(encoding="utf-8") for n in EXCERPTS}
    for name in ("entities", "decisions", "actions", "items"):
        for r in tables[name]:
            assert r["source"] in texts
            if name != "items":
                assert texts[r["source"]][int(r["start"]):int(r["end"])] == r["text"]
    expected = {str(folder / n): governance_nlp.extract(folder / n) for n in EXCERPTS}
    for name in ("entities", "decisions", "actions", "councillors", "officers", "items"):
        assert len(tables[name]) == sum(len(getattr(m, name)) for m in expected.values()), name
        for src, m in expected.items():
            assert docs[src][name] == str(len(getattr(m, name)))
    assert tables["councillors"], "the attendance table is written"


def test_csv_refuses_to_overwrite_and_needs_a_folder(folder, tmp_path, capsys):
    out = tmp_path / "tables"
    assert _run_cli([str(folder / "a_000.txt"), "-o", str(out), "--format", "csv"], capsys)[0] == 0
    before = (out / "entities.csv").read_bytes()
    code, _, err = _run_cli([str(folder / "b_001.txt"), "-o", str(out), "--format", "csv"], capsys)
    assert code == 2 and "already exists" in err and "--overwrite" in err
    assert (out / "entities.csv").read_bytes() == before
    assert _run_cli([str(folder / "b_001.txt"), "-o", str(out), "--format", "csv", "--overwrite"], capsys)[0] == 0
    code, _, err = _run_cli([str(folder / "a_000.txt"), "--format", "csv"], capsys)
    assert code == 2 and "-o DIR" in err


# --------------------------------------------------------------------------- nothing silent


def test_empty_document_is_a_warning_record_and_a_stderr_line(folder, tmp_path, capsys):
    (folder / "blank.txt").write_text("  \n\n ", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    code, _, err = _run_cli([str(folder), "-o", str(out)], capsys)
    assert code == 0
    rec = _by_source(_lines(out))[str(folder / "blank.txt")]
    assert rec["warning"] == batch.EMPTY_WARNING
    assert rec["entities"] == [] and set(rec["meta"]) == {"body", "date", "venue"}
    assert f"{folder / 'blank.txt'}: warning: empty document" in err
    assert "4 extracted (1 empty)" in err


def test_unsupported_files_in_a_folder_are_listed(folder, tmp_path, capsys):
    (folder / "budget.xlsx").write_bytes(b"PK\x03\x04")
    code, _, err = _run_cli([str(folder), "-o", str(tmp_path / "o.jsonl")], capsys)
    assert code == 0
    assert "skipped 2 unsupported file(s)" in err
    assert str(folder / "budget.xlsx") in err and str(folder / "notes.md") in err


def test_empty_folder_exits_non_zero_with_a_message(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code, out, err = _run_cli([str(tmp_path / "empty")], capsys)
    assert code == 1 and out == ""
    assert "no minutes files found" in err
    assert "None" not in err


# --------------------------------------------------------------------------- dask


@dask_timeout
def test_dask_on_two_worker_cluster_matches_local(folder, tmp_path):
    from dask.distributed import LocalCluster

    local_out, dask_out = tmp_path / "local.jsonl", tmp_path / "dask.jsonl"
    batch.run([folder], local_out, progress=False)

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      silence_logs=40) as cluster:
        with concurrent.futures.ThreadPoolExecutor(1) as pool:
            job = pool.submit(batch.run, [folder], dask_out, engine="dask", scheduler=cluster.scheduler_address,
                              progress=False)
            counts = job.result(timeout=DASK_TIMEOUT_S).counts()
        workers = len(cluster.scheduler_info["workers"])
    assert workers == 2
    assert counts == {"done": 3, "failed": 1, "skipped": 0}
    assert _by_source(_lines(dask_out)) == _by_source(_lines(local_out))


# --------------------------------------------------------------------------- datasets


@pytest.mark.parametrize("num_proc", [None, 2])
def test_extract_dataset_equals_extract_per_row(num_proc):
    from datasets import Dataset

    texts = [_excerpt(src, 1500) for src in EXCERPTS.values()]
    texts += ["", "   \n", "Cllr David Parsons (Leicestershire CC) chaired. RESOLVED that the report be noted.", None]
    ds = Dataset.from_dict({"id": list(range(len(texts))), "text": texts})
    out = api.extract_dataset(ds, num_proc=num_proc, batch_size=3)
    assert out.column_names == ["id", "text", "minutes"]
    assert out["id"] == list(range(len(texts)))
    for row in out:
        got = json.loads(row["minutes"])
        expected = governance_nlp.extract(row["text"] if row["text"] is not None else "").to_dict()
        assert got == expected, row["id"]


def test_extract_dataset_unknown_column():
    from datasets import Dataset

    with pytest.raises(KeyError, match="body"):
        api.extract_dataset(Dataset.from_dict({"text": ["x"]}), text_column="body")
