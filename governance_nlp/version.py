"""The installed package's version, read from its metadata so pyproject.toml is the one place it is set."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("governance-nlp")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
