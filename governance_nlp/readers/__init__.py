"""Source files → minutes text for ``extract()``.

Councils publish minutes as PDF, Word, HTML and plain text. Each reader
returns one string; offsets in extraction results refer to that string. Every
way a file can fail to be read ends in one exception type,
:class:`governance_nlp.errors.InputError`, whose message names the file and
says what to do, so the command line can report it and batch runs can skip it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import InputError
from .markup import read_html
from .pdf import read_pdf
from .text import read_text
from .word import read_docx

READERS: dict[str, Callable[[Path], str]] = {
    ".txt": read_text,
    ".pdf": read_pdf,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
}

__all__ = ["READERS", "InputError", "read_docx", "read_html", "read_pdf", "read_source", "read_text"]


def read_source(path: Path | str) -> str:
    """The text of a minutes file, chosen by its suffix (.txt, .pdf, .docx, .html, .htm)."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        kinds = ", ".join(READERS)
        raise InputError(f"{path}: unsupported file type {path.suffix or '(no suffix)'!r}; "
                         f"convert it to one of {kinds} and try again")
    if not path.is_file():
        raise InputError(f"{path}: no such file; check the path")
    return reader(path)
