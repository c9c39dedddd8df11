"""No hang, ever: a bad file among good ones ends every worker and returns, in a subprocess with a deadline.

``extract_many(n_process=2)`` used to raise the bad file's InputError and then
never exit (its workers waited on a queue). Each case runs in a fresh
interpreter so a hang fails the test at its deadline instead of freezing the suite.
"""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "annotations" / "raw"
DEADLINE_S = 240

SCRIPT = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    import governance_nlp
    from governance_nlp.errors import InputError

    paths = [Path(p) for p in json.loads(sys.argv[1])]
    done = []
    try:
        for m in governance_nlp.extract_many(paths, n_process=2, batch_size=1):
            done.append(m.source)
    except InputError as exc:
        print(json.dumps({"done": done, "error": str(exc)}))
    else:
        print(json.dumps({"done": done, "error": None}))
""")


def _files(tmp_path: Path) -> tuple[list[Path], Path]:
    good = []
    for name in ("000_5ccc73be9c374595.txt", "001_cff2efd584c46505.txt"):
        p = tmp_path / name
        p.write_text((RAW / name).read_text(encoding="utf-8")[:3000], encoding="utf-8")
        good.append(p)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" + bytes(range(256)))
    return good, bad


@pytest.mark.parametrize("where", ["first", "middle", "last"])
def test_extract_many_two_processes_bad_file_raises_and_exits(tmp_path, where):
    (a, b), bad = _files(tmp_path)
    order = {"first": [bad, a, b], "middle": [a, bad, b], "last": [a, b, bad]}[where]
    proc = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps([str(p) for p in order])],
                          capture_output=True, text=True, timeout=DEADLINE_S, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["error"] and str(bad) in result["error"] and "NUL bytes" in result["error"]
    # every document before the bad one was yielded, in order, before the error
    assert result["done"] == [str(p) for p in order[:order.index(bad)]]


def test_cli_two_processes_and_dask_with_bad_files_finish(tmp_path):
    (a, b), bad = _files(tmp_path)
    for engine in ("local", "dask"):
        out = tmp_path / f"{engine}.jsonl"
        proc = subprocess.run([sys.executable, "-m", "governance_nlp.cli", "extract", str(bad), str(a), str(b), str(bad),
                               "-o", str(out), "--n-process", "2", "--engine", engine],
                              capture_output=True, text=True, timeout=DEADLINE_S, cwd=ROOT)
        assert proc.returncode == 0, proc.stderr[-2000:]
        records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
        assert sorted(r["source"] for r in records if "error" not in r) == sorted([str(a), str(b)]), engine
        assert [r["source"] for r in records if "error" in r] == [str(bad)], engine
