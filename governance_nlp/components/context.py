"""Layout context for the span classifier: which section a token sits in, and where on its line.

Minutes say what a sentence is by where it stands: the same words are an
ACTION under an "Actions" heading, a DECISION under "Decisions", and report
text elsewhere. A CNN window of four tokens cannot see a heading lines above,
so this registered architecture adds, to every token's vector, an embedding
of (section kind, first token of its line, line starts with a bullet/number).
"""
from __future__ import annotations

import re
from typing import List

import numpy
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Model, chain, concatenate, with_array
from thinc.types import Floats2d, Ints2d

from ..extensions import doc_text
from ..segmentation import LEAD

SECTIONS = {
    "decision": re.compile(r"^(decisions?|resolved|resolutions?|agreed|decisions? taken)$"),
    "action": re.compile(r"^(actions?( required| arising| points?| by)?|action by|to do)$"),
    "both": re.compile(r"^(decisions? and actions?( required)?|decisions?/actions?|notes? of decisions taken and actions required)$"),
    "recommendation": re.compile(r"^(recommendations?|members are asked to:?)$"),
}
KINDS = ["none"] + list(SECTIONS)
MARKUP = re.compile(r"</?\w+[^>]*>|\*\*|__|[#*_]")


def _heading_kind(line: str) -> str | None:
    """The section kind a heading line opens, or None for an ordinary line."""
    bare = MARKUP.sub("", line).strip().rstrip(":").strip().lower()
    bare = re.sub(r"^(item\s+)?\d+[\d./]*\s*", "", bare)
    for kind, pattern in SECTIONS.items():
        if pattern.match(bare):
            return kind
    return None


def _is_new_item(line: str) -> bool:
    """A numbered agenda heading ("6. Accounts", "03/19 Minutes") closes the current section."""
    s = line.strip()
    return bool(re.match(r"^(item\s+)?\d{1,3}(?:[./]\d{1,3})*\.?\s+[A-Z]", s, re.I)) and len(s) < 90


def line_context(text: str) -> list[tuple[int, int, int, bool]]:
    """(start, end, section kind id, starts with bullet/number) for each line."""
    out, kind, pos = [], 0, 0
    for raw in text.splitlines(keepends=True):
        line = raw.rstrip("\r\n")
        heading = _heading_kind(line) if line.strip() else None
        if heading:
            kind = KINDS.index(heading)
        elif line.strip() and _is_new_item(line):
            kind = 0
        out.append((pos, pos + len(line), kind, bool(LEAD.match(line.lstrip()))))
        pos += len(raw)
    return out


def token_context_ids(doc: Doc) -> numpy.ndarray:
    """One id per token: section kind × first-of-line × bulleted line (uint64 column for HashEmbed)."""
    ids = numpy.zeros((len(doc), 1), dtype="uint64")
    lines = line_context(doc_text(doc))
    li, seen_line = 0, -1
    for i, tok in enumerate(doc):
        while li + 1 < len(lines) and tok.idx >= lines[li + 1][0]:
            li += 1
        _, _, kind, bulleted = lines[li] if lines else (0, 0, 0, False)
        first = not tok.is_space and li != seen_line
        if first:
            seen_line = li
        ids[i, 0] = 1 + kind * 4 + int(first) * 2 + int(bulleted)
    return ids


def context_ids() -> Model[List[Doc], List[Ints2d]]:
    def forward(model: Model, docs: List[Doc], is_train: bool):
        return [model.ops.asarray(token_context_ids(doc), dtype="uint64") for doc in docs], lambda d: []

    return Model("minutes_context_ids", forward)


@registry.architectures("governance_nlp.ContextTok2Vec.v1")
def context_tok2vec(tok2vec: Model[List[Doc], List[Floats2d]], width: int = 32) -> Model[List[Doc], List[Floats2d]]:
    """``tok2vec`` (e.g. a listener) with a layout-context embedding of ``width`` appended to each token."""
    return concatenate(tok2vec, chain(context_ids(), with_array(HashEmbed(width, 64, column=0, seed=17))))
