"""The project's tokenizer: spaCy's English rules plus markup and layout splits seen in minutes.

Exported minutes keep table markup (``<p><i>Members agreed ...</i></p>``);
spaCy's English tokenizer glues ``considered.</i></p`` into one token, so a span
could not end at its full stop. Tags become tokens of their own here. The
same function configures the training pipeline (``[initialize.before_init]``)
and the validator, so gold alignment is checked against the tokenizer the
model really uses; the rules are saved with the model.
"""
from __future__ import annotations

from typing import Callable

import spacy
from spacy.language import Language
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

TAG = r"</?(?:p|i|b|u|em|strong|td|tr|th|li|ul|ol|div|span|br|table|a)\b[^<>]{0,80}>"


def customize_tokenizer(nlp: Language) -> Language:
    """Make HTML-ish tags and bullet glyphs separate tokens (idempotent)."""
    defaults = nlp.Defaults
    prefixes = [TAG, "[•▪◦➢➤►]"] + list(defaults.prefixes or [])
    suffixes = [TAG] + list(defaults.suffixes or [])
    infixes = [TAG, r"(?<=\S)[•▪◦](?=\S)"] + list(defaults.infixes or [])
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@registry.callbacks("governance_nlp.customize_tokenizer.v1")
def make_customize_tokenizer() -> Callable[[Language], Language]:
    """Config callback for ``[initialize.before_init]``."""
    return customize_tokenizer


def blank() -> Language:
    """A blank English pipeline with the project's tokenizer (validator, DocBin conversion, tests)."""
    from .factories import only_needed_factories

    with only_needed_factories(()):
        return customize_tokenizer(spacy.blank("en"))
