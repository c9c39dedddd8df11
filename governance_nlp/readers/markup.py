"""HTML minutes: tags stripped with the standard library parser, layout kept as newlines and tabs.

Block elements (paragraphs, headings, list items, table rows, ``<br>``) end a
line and table cells are separated by tabs, so a published web page reads
like the text exports the models were trained on. Scripts and styles are
dropped; entities are unescaped.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ..errors import InputError

BLOCK = {"address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "footer", "form",
         "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
         "section", "table", "tbody", "thead", "tfoot", "tr", "ul"}
CELL = {"td", "th"}
SKIP = {"script", "style", "noscript", "template", "title"}
CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)


class _TextParser(HTMLParser):
    """Collects visible text: block boundaries become newlines, cell boundaries tabs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0
        self.cell_depth = 0
        self.cells_in_row = 0

    def _block(self, tag: str) -> None:
        if tag == "tr":
            self.cells_in_row = 0
        # Paragraphs inside a table cell stay on the row's line.
        self.parts.append(" " if self.cell_depth and tag not in ("tr", "table") else "\n")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP:
            self.skip_depth += 1
        elif tag in CELL:
            if self.cells_in_row:
                self.parts.append("\t")
            self.cells_in_row += 1
            self.cell_depth += 1
        elif tag == "br" or tag in BLOCK:
            self._block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIP:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in CELL:
            self.cell_depth = max(0, self.cell_depth - 1)
        elif tag in BLOCK:
            self._block(tag)

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        raw = re.sub(r" *\t *", "\t", "".join(self.parts))
        lines = [line.strip(" ") for line in raw.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def _decode(path: Path, data: bytes) -> str:
    """UTF-8 first, then the charset the page declares (many council sites still serve windows-1252)."""
    declared = CHARSET.search(data[:4096])
    for encoding in ("utf-8-sig", declared.group(1).decode("ascii") if declared else None):
        if encoding is None:
            continue
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    raise InputError(f"{path}: cannot decode the HTML as UTF-8 or as its declared charset; "
                     "re-save the page as UTF-8 and try again")


def read_html(path: Path) -> str:
    """Visible text of an HTML page, one line per block element, table cells separated by tabs."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{path}: contains NUL bytes, so it is not an HTML page; check the file")
    parser = _TextParser()
    parser.feed(_decode(path, data))
    parser.close()
    return parser.text()
