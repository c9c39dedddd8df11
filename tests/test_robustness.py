"""Robustness of ``extract()``: arbitrary and damaged text never breaks it, bad files and models fail clearly.

Property tests (hypothesis) feed arbitrary Unicode and mutated real minutes
(shuffled lines, control characters, HTML debris, CRLF, deletions) and check
the result contract: no exception, every offset inside ``result.text`` with
``text[start:end] == record.text``, deterministic, JSON-serialisable. The
example-based tests pin what each kind of bad input raises and that the
message names the file (or model directory) and says what to do.
"""
from __future__ import annotations

import io
import json
import random
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import governance_nlp
from governance_nlp import api
from governance_nlp.errors import EmptyDocumentWarning, InputError, ModelError

ROOT = Path(__file__).resolve().parent.parent
RAW = ROOT / "annotations" / "raw"
SEEDS = [RAW / "000_5ccc73be9c374595.txt", RAW / "001_cff2efd584c46505.txt"]
MODEL = ROOT / "models" / "governance_cnn"
MAX_CHARS = 2000

PROPERTY = settings(max_examples=40, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _paragraphs() -> list[str]:
    out: list[str] = []
    for path in SEEDS:
        out += [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    return out


PARAGRAPHS = _paragraphs()


@pytest.fixture(scope="module", autouse=True)
def _warm_model():
    governance_nlp.load()  # load once, outside any hypothesis example


# --------------------------------------------------------------------------- contract


def check_contract(text: str) -> governance_nlp.minutes.Minutes:
    """Run extract() twice on ``text`` and check everything a consumer relies on."""
    result = governance_nlp.extract(text)
    assert result.text == text
    n = len(result.text)
    for kind, records in (("entity", result.entities), ("decision", result.decisions), ("action", result.actions)):
        for r in records:
            assert 0 <= r.start < r.end <= n, (kind, r, n)
            assert result.text[r.start:r.end] == r.text, (kind, r)
    for it in result.items:
        assert 0 <= it.start <= it.end <= n, (it, n)
    for r in result.decisions + result.actions:
        assert 0.0 <= r.score <= 1.0
    as_dict = result.to_dict()
    json.loads(json.dumps(as_dict))
    json.loads(result.to_json())
    again = governance_nlp.extract(text)
    assert again.to_dict() == as_dict, "extract() is not deterministic"
    return result


# --------------------------------------------------------------------------- strategies

CONTROL = st.characters(min_codepoint=0x00, max_codepoint=0x1F)
HTML_BITS = ["<p>", "</p>", "<p><i>", "</i></p>", "<br/>", "<b>", "&nbsp;", "&amp;", "<td>", "</tr><tr>",
             "<!-- x -->", "<script>alert(1)</script>", "<div class=\"minute\">", "&#x27;"]


@st.composite
def real_excerpt(draw) -> str:
    start = draw(st.integers(0, len(PARAGRAPHS) - 1))
    count = draw(st.integers(1, 12))
    return "\n\n".join(PARAGRAPHS[start:start + count])[:MAX_CHARS]


def _insert(draw, text: str, pieces: st.SearchStrategy[str]) -> str:
    for _ in range(draw(st.integers(1, 8))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(pieces) + text[at:]
    return text


@st.composite
def mutated_minutes(draw) -> str:
    text = draw(real_excerpt())
    for op in draw(st.lists(st.sampled_from(["shuffle", "control", "html", "crlf", "delete"]), min_size=1, max_size=4)):
        if op == "shuffle":
            text = "\n".join(draw(st.permutations(text.split("\n"))))
        elif op == "control":
            text = _insert(draw, text, st.text(CONTROL, min_size=1, max_size=3))
        elif op == "html":
            text = _insert(draw, text, st.sampled_from(HTML_BITS))
        elif op == "crlf":
            text = text.replace("\r\n", "\n").replace("\n", "\r\n")
        elif op == "delete" and text:
            for _ in range(draw(st.integers(1, 5))):
                a = draw(st.integers(0, len(text)))
                b = draw(st.integers(a, min(len(text), a + 80)))
                text = text[:a] + text[b:]
    return text[:MAX_CHARS]


# --------------------------------------------------------------------------- properties


@PROPERTY
@given(st.text(max_size=MAX_CHARS))
def test_arbitrary_unicode_never_breaks_extract(text):
    check_contract(text)


@PROPERTY
@given(mutated_minutes())
def test_mutated_real_minutes_keep_the_contract(text):
    check_contract(text)


@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(mutated_minutes(), st.booleans())
def test_mutated_minutes_as_txt_file(tmp_path, text, bom):
    """The same damage in a .txt file: read back exactly (BOM dropped), or refused with InputError for NUL bytes."""
    path = tmp_path / "minutes.txt"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    if "\x00" in text:
        with pytest.raises(InputError, match=re.escape(str(path)) + ".*NUL"):
            governance_nlp.extract(path)
        return
    result = governance_nlp.extract(path)
    assert result.source == str(path)
    as_text = check_contract(text)
    assert result.text == text
    assert result.to_dict() == as_text.to_dict() | {"source": str(path)}


WHITESPACE = [c for c in map(chr, range(0x3001)) if c.isspace()]


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.text(st.sampled_from(WHITESPACE), max_size=200))
def test_whitespace_only_gives_an_empty_result(text):
    with pytest.warns(EmptyDocumentWarning, match="empty"):
        result = governance_nlp.extract(text)
    assert set(result.meta) == {"body", "date", "venue"}
    assert result.text == text
    for key in ("entities", "decisions", "actions", "councillors", "officers", "items"):
        assert getattr(result, key) == [], key
    json.dumps(result.to_dict())


NOT_TEXT = st.one_of(st.none(), st.integers(), st.floats(allow_nan=True), st.booleans(), st.binary(max_size=50),
                     st.binary(max_size=50).map(bytearray), st.lists(st.text(max_size=5), max_size=3),
                     st.dictionaries(st.text(max_size=3), st.text(max_size=3), max_size=2))


@settings(max_examples=30, deadline=None, derandomize=True)
@given(NOT_TEXT)
def test_non_text_arguments_raise_type_error_naming_str(value):
    with pytest.raises(TypeError, match=r"\bstr\b") as info:
        governance_nlp.extract(value)
    assert type(value).__name__ in str(info.value)


@pytest.mark.parametrize("value", [b"Minutes of the meeting", bytearray(b"Minutes"), memoryview(b"Minutes")])
def test_bytes_raise_type_error(value):
    with pytest.raises(TypeError, match=r"str.*PathLike|\bstr\b"):
        governance_nlp.extract(value)


def test_str_that_looks_like_a_path_is_text():
    result = governance_nlp.extract(str(SEEDS[0]))
    assert result.text == str(SEEDS[0]) and result.source is None


# --------------------------------------------------------------------------- bad files


def _pdf_bytes(encrypt: str | None = None, algorithm: str | None = None) -> bytes:
    """A one-page PDF built with pypdf, optionally password-protected."""
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if encrypt is not None:
        kwargs = {"algorithm": algorithm} if algorithm else {}
        writer.encrypt(user_password=encrypt, owner_password="owner-" + encrypt, **kwargs)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _real_pdf_encrypted() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(ROOT / "tests" / "fixtures" / "manordeilo-salem_15-10-14.pdf"))
    writer.encrypt(user_password="secret")
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


_rnd = random.Random(20240607)
BAD_FILES = {
    # name: (bytes or factory, regex the message must contain: the cause and what to do)
    "undecodable.txt": (lambda: "Minutes of the meeting ".encode() + b"\xff\xfe caf\xe9",
                        r"not valid UTF-8.*re-save the file as UTF-8"),
    "latin1.txt": (lambda: "Café — Council minutes".encode("cp1252"), r"not valid UTF-8.*re-save the file as UTF-8"),
    "binary.txt": (lambda: b"PK\x03\x04\x00\x00" + _rnd.randbytes(300), r"binary file.*NUL.*UTF-8 text export"),
    "corrupt.pdf": (lambda: _rnd.randbytes(3000), r"not a readable PDF.*re-export the PDF"),
    "empty.pdf": (lambda: b"", r"not a readable PDF.*re-export the PDF"),
    "truncated.pdf": (lambda: (ROOT / "tests" / "fixtures" / "manordeilo-salem_15-10-14.pdf").read_bytes()[:4000],
                      r"not a readable PDF.*download is complete"),
    "encrypted.pdf": (lambda: _pdf_bytes("secret"), r"password-protected.*save an unprotected copy"),
    "encrypted_aes.pdf": (lambda: _pdf_bytes("secret", "AES-128"), r"(password-protected|encrypted).*unprotected copy"),
    "encrypted_real.pdf": (_real_pdf_encrypted, r"password-protected.*save an unprotected copy"),
    "blank.pdf": (lambda: _pdf_bytes(), r"no text layer.*OCR"),
    "corrupt.docx": (lambda: _rnd.randbytes(1000), r"not a readable \.docx.*save it again as \.docx"),
    "nul.html": (lambda: b"<p>Minutes\x00</p>", r"NUL bytes.*check the file"),
    "bad_charset.html": (lambda: b"<meta charset='no-such-charset'><p>caf\xe9</p>", r"cannot decode.*re-save the page as UTF-8"),
    "minutes.xyz": (lambda: b"Minutes of the meeting", r"unsupported file type '\.xyz'.*convert it to one of"),
    "minutes": (lambda: b"Minutes of the meeting", r"unsupported file type.*convert it to one of"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_raises_input_error_naming_it(tmp_path, name):
    make, expected = BAD_FILES[name]
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(InputError) as info:
        governance_nlp.extract(path)
    message = str(info.value)
    assert str(path) in message, message
    assert re.search(expected, message, re.S), message


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_pdf_encrypted_without_a_user_password_is_read(tmp_path, algorithm):
    """Restrictions-only encryption (any viewer opens it): read it, as a viewer would (AES needs cryptography)."""
    from pypdf import PdfReader, PdfWriter

    fixture = ROOT / "tests" / "fixtures" / "manordeilo-salem_15-10-14.pdf"
    writer = PdfWriter(clone_from=PdfReader(fixture))
    writer.encrypt(user_password="", owner_password="owner-secret", algorithm=algorithm)
    path = tmp_path / f"restricted-{algorithm}.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    assert PdfReader(path).is_encrypted
    assert governance_nlp.extract(path).text == governance_nlp.extract(fixture).text


def test_encrypted_pdf_is_not_reported_as_corrupt(tmp_path):
    """A password-protected PDF must say so, not tell the user to re-download a 'corrupt' file."""
    path = tmp_path / "protected.pdf"
    path.write_bytes(_pdf_bytes("secret"))
    with pytest.raises(InputError) as info:
        governance_nlp.extract(path)
    message = str(info.value)
    assert "password" in message and "not a readable PDF" not in message, message
    assert message.count(str(path)) == 1, message


def test_missing_and_directory_paths(tmp_path):
    with pytest.raises(InputError, match=re.escape(str(tmp_path / "missing.txt")) + ".*check the path"):
        governance_nlp.extract(tmp_path / "missing.txt")
    (tmp_path / "folder.txt").mkdir()
    with pytest.raises(InputError, match=re.escape(str(tmp_path / "folder.txt"))):
        governance_nlp.extract(tmp_path / "folder.txt")


def test_input_error_is_catchable_as_value_error(tmp_path):
    path = tmp_path / "x.txt"
    path.write_bytes(b"\x00")
    with pytest.raises(ValueError):
        governance_nlp.extract(path)


# --------------------------------------------------------------------------- bad models


def _copy_model(tmp_path: Path) -> Path:
    dest = tmp_path / "model"
    shutil.copytree(MODEL, dest)
    return dest


def _garble(path: Path) -> None:
    path.write_bytes(random.Random(7).randbytes(max(64, path.stat().st_size // 10)))


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


MODEL_DAMAGE = {
    "config_garbled": lambda d: (d / "config.cfg").write_text("[nlp\nlang = = \x00 garbage\n"),
    "config_truncated": lambda d: _truncate(d / "config.cfg"),
    "config_missing": lambda d: (d / "config.cfg").unlink(),
    "meta_garbled": lambda d: (d / "meta.json").write_text("{not json"),
    "ner_model_truncated": lambda d: _truncate(d / "ner" / "model"),
    "tok2vec_model_garbled": lambda d: _garble(d / "tok2vec" / "model"),
    "spancat_model_missing": lambda d: (d / "spancat" / "model").unlink(),
    "strings_truncated": lambda d: _truncate(d / "vocab" / "strings.json"),
}


def test_missing_model_directory(tmp_path):
    missing = tmp_path / "no_such_model"
    with pytest.raises(ModelError) as info:
        governance_nlp.load(missing)
    message = str(info.value)
    assert str(missing.resolve()) in message
    assert "governance-nlp train" in message
    with pytest.raises(ModelError, match=re.escape(str(missing.resolve()))):
        governance_nlp.extract("Cllr Smith chaired.", model=missing)


@pytest.mark.parametrize("damage", sorted(MODEL_DAMAGE))
def test_corrupt_model_directory(tmp_path, damage):
    model = _copy_model(tmp_path)
    MODEL_DAMAGE[damage](model)
    with pytest.raises(ModelError) as info:
        governance_nlp.load(model)
    message = str(info.value)
    assert str(model.resolve()) in message, message
    assert "governance-nlp train" in message or "reinstall" in message, message
    assert not isinstance(info.value, InputError)


def test_model_error_is_not_cached(tmp_path):
    """A failed load must not poison the cache: fixing the directory makes it loadable."""
    model = tmp_path / "model"
    with pytest.raises(ModelError):
        governance_nlp.load(model)
    shutil.copytree(MODEL, model)
    assert governance_nlp.load(model).pipe_names


# --------------------------------------------------------------------------- long documents


def test_long_document_offsets_map_back_across_pieces(monkeypatch):
    first = SEEDS[0].read_text(encoding="utf-8")
    second = SEEDS[1].read_text(encoding="utf-8")
    text = first.rstrip("\n") + "\n\n" + second
    limit = 4000
    monkeypatch.setattr(api, "CHUNK_CHARS", limit)
    pieces = api._pieces(text, limit)
    assert len(pieces) >= 3
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:])), "pieces must tile the text"
    assert all(e - s <= limit for s, e in pieces)

    whole = check_contract(text)
    for r in whole.entities + whole.decisions + whole.actions:
        assert any(s <= r.start and r.end <= e for s, e in pieces), ("record crosses a cut", r)
    # Records come from the first and from the last piece, i.e. both documents are covered.
    assert any(e.end <= pieces[0][1] for e in whole.entities)
    assert any(e.start >= pieces[-1][0] for e in whole.entities)
    assert any(e.start >= len(first) for e in whole.entities)
    # Each piece on its own gives the same records, shifted by where the piece starts.
    for s, e in pieces:
        alone = governance_nlp.extract(text[s:e])
        shifted = [(x.text, x.label, x.start + s, x.end + s) for x in alone.entities]
        inside = [(x.text, x.label, x.start, x.end) for x in whole.entities if s <= x.start < e]
        assert inside == shifted
        shifted_d = [(x.text, x.start + s, x.end + s) for x in alone.decisions + alone.actions]
        inside_d = [(x.text, x.start, x.end) for x in whole.decisions + whole.actions if s <= x.start < e]
        assert sorted(inside_d) == sorted(shifted_d)
    # Councillors from both documents survive the merge, each once.
    names = [c.name for c in whole.councillors]
    assert len(names) == len(set(names))


def test_long_document_without_newlines_is_cut_hard(monkeypatch):
    """No newline to cut at: pieces are cut at the limit and offsets still map back."""
    monkeypatch.setattr(api, "CHUNK_CHARS", 500)
    text = " ".join(SEEDS[0].read_text(encoding="utf-8").split())[:3000]
    assert "\n" not in text
    result = check_contract(text)
    assert result.entities
    assert max(e.end for e in result.entities) > 500
