"""Word (.docx) minutes through python-docx, paragraphs and tables in document order.

Table rows become one line with cells separated by tabs: the same layout as
the tab-separated tables in the corpus texts, which the segmenter and the
owner/roster rules already understand.
"""
from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.opc.exceptions import OpcError
from docx.table import Table
from lxml.etree import XMLSyntaxError

from ..errors import InputError


def _row_lines(table: Table) -> list[str]:
    lines = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:  # a merged cell is returned once per grid column it spans
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        lines.append("\t".join(cells))
    return lines


def read_docx(path: Path) -> str:
    """Text of ``path``: paragraphs joined by newlines, table rows as tab-separated cells."""
    try:
        document = docx.Document(str(path))
        lines: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                lines.extend(_row_lines(block))
            else:
                lines.append(block.text)
    except (OpcError, KeyError, ValueError, zipfile.BadZipFile, XMLSyntaxError) as exc:
        raise InputError(f"{path}: not a readable .docx file ({type(exc).__name__}: {exc}); "
                         "open it in Word and save it again as .docx") from exc
    return "\n".join(lines)
