"""Plain-text minutes: UTF-8 (a byte-order mark is dropped); anything else is refused, not guessed."""
from __future__ import annotations

from pathlib import Path

from ..errors import InputError


def read_text(path: Path) -> str:
    """Decode ``path`` as UTF-8; refuse binary files and undecodable bytes rather than produce mojibake."""
    data = path.read_bytes()
    if b"\x00" in data:
        raise InputError(f"{path}: looks like a binary file (it contains NUL bytes), not text; "
                         "pass the original .pdf/.docx/.html or a UTF-8 text export")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not valid UTF-8 (byte {exc.start}: {data[exc.start:exc.start + 1]!r}); "
                         "re-save the file as UTF-8 and try again") from exc
