"""Build spaCy pipelines without importing every installed component package.

``Language()`` imports all installed ``spacy_factories`` entry points so that
their factories register. With spacy-transformers installed that imports
``transformers`` (about 3 s and 200 MB) even for a blank tokenizer or the CNN
pipeline. When every factory a pipeline names is already registered (spaCy's
built-ins and this package's), that import buys nothing and is skipped; any
other pipeline (a transformer, a third-party component) takes spaCy's own path.
"""
from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator, Optional

FACTORY_LINE = re.compile(r'^factory\s*=\s*"([^"]+)"', flags=re.MULTILINE)


def config_factories(config_path: Path) -> Optional[set[str]]:
    """The factory names a pipeline config uses, or None when the config cannot be read."""
    try:
        return set(FACTORY_LINE.findall(config_path.read_text(encoding="utf-8")))
    except (OSError, UnicodeDecodeError):
        return None


@contextmanager
def only_needed_factories(needed: Optional[Iterable[str]]) -> Iterator[None]:
    """Within the block, ``Language()`` skips the entry-point import when ``needed`` is all registered."""
    from spacy.language import Language
    from spacy.pipeline.factories import register_factories
    from spacy.util import registry

    from .components import spancat, structure  # noqa: F401  registers this package's factories
    from .rules import components  # noqa: F401  the rule components too

    register_factories()  # spaCy's built-ins, which Language() registers first
    entry_points = registry._entry_point_factories
    if needed is None or not all(Language.has_factory(name) for name in needed):
        yield
        return
    entry_points.get_all = dict  # type: ignore[method-assign]
    try:
        yield
    finally:
        del entry_points.get_all
