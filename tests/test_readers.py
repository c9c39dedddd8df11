"""Readers: real minutes in each format come back as text; every unreadable file raises InputError naming it."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from governance_nlp.errors import InputError
from governance_nlp.paths import shared_dir
from governance_nlp.readers import read_source

FIXTURES = Path(__file__).parent / "fixtures"
PDF = FIXTURES / "manordeilo-salem_15-10-14.pdf"
DOCX = FIXTURES / "ipb-2010-07-20_excerpt.docx"
HTML = FIXTURES / "ipb-2010-07-20_excerpt.html"


def test_fixtures_are_small():
    for path in (PDF, DOCX, HTML):
        assert path.stat().st_size < 100_000, path


def test_pdf_pages_joined_and_real_phrases():
    text = read_source(PDF)
    assert "MANORDEILO & SALEM COMMUNITY COUNCIL" in text
    assert "Apologies received from Cllr. Doris Jones." in text
    assert "Clerk to add the web address to the Council’s headed paper." in text  # page 2


def test_pdf_matches_shared_text_export():
    txt = shared_dir() / "minutes-extra" / "txt" / "manordeilo-salem_15-10-14.txt"
    if not txt.is_file():
        pytest.skip("shared corpus folder not available")
    assert read_source(PDF) == txt.read_text(encoding="utf-8")


def test_docx_paragraphs_and_table_rows():
    text = read_source(DOCX)
    lines = text.split("\n")
    assert lines[0] == "Title: Improvement Programme Board"
    assert "Chairman Cllr David Parsons CBE (Leicestershire CC) (Con)" in lines
    assert "E-mail presentation slides to the Board\tJenny Day" in lines
    assert "Regular updates on our submission to the spending review and place based budgets to be emailed " \
           "to the Board Office Holders\tPaul Raynes" in lines


def test_html_blocks_entities_tables_and_no_script():
    text = read_source(HTML)
    assert "Venue: Local Government House" in text.split("\n")
    assert "overwhelmingly endorsed the Group's ambitious offer" in text  # &#x27; unescaped
    assert "\nWe need to highlight the significant savings" in text  # <li> on its own line
    assert "E-mail presentation slides to the Board\tJenny Day" in text.split("\n")  # <p> in a cell stays on the row
    assert "tracking" not in text and "margin" not in text and "IPB note" not in text


def test_txt_utf8_and_bom(tmp_path):
    raw = Path(__file__).parents[1] / "annotations" / "raw" / "000_5ccc73be9c374595.txt"
    expected = raw.read_text(encoding="utf-8")
    assert read_source(raw) == expected
    bom = tmp_path / "bom.txt"
    bom.write_bytes(b"\xef\xbb\xbf" + expected.encode("utf-8"))
    assert read_source(bom) == expected


def test_html_declared_legacy_charset(tmp_path):
    path = tmp_path / "legacy.html"
    sentence = "The precept request for 2009 will therefore remain at £3576."  # wretton_2009-02, item 6.1
    path.write_bytes(f'<html><head><meta charset="windows-1252"></head><body><p>{sentence}</p></body></html>'
                     .encode("cp1252"))
    assert read_source(path) == sentence


def _raises_naming(path: Path, *words: str) -> None:
    with pytest.raises(InputError) as info:
        read_source(path)
    message = str(info.value)
    assert path.name in message
    for word in words:
        assert word in message


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "minutes-2019-03.pdf"
    path.write_bytes(os.urandom(4096))
    _raises_naming(path, "PDF")


def test_truncated_pdf(tmp_path):
    path = tmp_path / "truncated.pdf"
    path.write_bytes(PDF.read_bytes()[:3000])
    _raises_naming(path, "PDF")


def test_binary_txt(tmp_path):
    path = tmp_path / "minutes.txt"
    path.write_bytes(PDF.read_bytes()[:2000])
    _raises_naming(path, "binary")


def test_undecodable_txt(tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Caf\u00e9 du Parc minutes".encode("latin-1"))
    _raises_naming(path, "UTF-8")


def test_corrupt_docx(tmp_path):
    path = tmp_path / "minutes.docx"
    path.write_bytes(os.urandom(2048))
    _raises_naming(path, ".docx")


def test_unknown_suffix(tmp_path):
    path = tmp_path / "minutes.rtf"
    path.write_text("{\\rtf1 Minutes}", encoding="utf-8")
    _raises_naming(path, ".rtf", ".pdf")


def test_missing_file(tmp_path):
    _raises_naming(tmp_path / "absent.pdf", "no such file")


def test_input_error_is_a_value_error():
    assert issubclass(InputError, ValueError)
