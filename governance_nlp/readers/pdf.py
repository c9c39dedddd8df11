"""PDF minutes through pypdf: the text layer of every page, pages joined by a newline.

The shared corpus texts were extracted the same way, so a PDF and its .txt
give the same string and the same offsets.
"""
from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from ..errors import InputError


def read_pdf(path: Path) -> str:
    """Text of ``path``; corrupt, password-protected or image-only PDFs raise ``InputError``."""
    try:
        reader = PdfReader(path)
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(f"{path}: the PDF is password-protected; save an unprotected copy and try again")
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except InputError:  # already says what is wrong (password); InputError is a ValueError, so let it through first
        raise
    except (FileNotDecryptedError, DependencyError) as exc:
        raise InputError(f"{path}: the PDF is encrypted and cannot be opened ({exc}); "
                         "save an unprotected copy and try again") from exc
    except (PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc}); "
                         "check that the download is complete or re-export the PDF") from exc
    if not text.strip():
        raise InputError(f"{path}: the PDF has no text layer (scanned images?); run OCR on it first")
    return text
