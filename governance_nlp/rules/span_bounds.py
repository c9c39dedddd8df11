"""Where a DECISION span starts: the sentence before a bare assent, a list item's first word, past a heading run in.

The matcher (:class:`governance_nlp.rules.matchers.MinutesRules`) finds the decision units; these steps set their
bounds by the spec's "one sentence or one list item" (spec 3) where the unit alone is too short or too long.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .text import MID_OPENER, STATUS_CELL_END, item_start, line_bounds, sentence_before

if TYPE_CHECKING:
    from .matchers import MinutesRules


def reshape_decisions(rules: "MinutesRules", text: str, dec: list[tuple[int, int]],
                      cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The decision spans ``dec`` (sorted, apart) with their starts set; ``cands`` are the sentence-level candidates."""
    # an assent alone ("This was agreed.") takes in the sentence before it, which states what was agreed (spec 3)
    # (a decision span in that sentence joins it)
    joined: list[tuple[int, int]] = []
    for s, e in dec:
        m = rules.ASSENT_ONLY.match(text, s, e)
        # (its movers after it stay in: "The Parish Council agreed. Proposed by LH, seconded by SG.")
        alone = m and (m.end() == e or rules.MOVERS_ONLY.fullmatch(text, m.end(), e))
        a = sentence_before(text, s, cands) if alone else None
        while a is not None and joined and joined[-1][1] > a:
            a = min(a, joined.pop()[0])
        joined.append((s if a is None else a, e))
    dec = joined
    # a list item whose status cell records its outcome ("x) ... Review. \nCllr J outlined ...     Noted") is one span
    # from the item's first word (spec 3: one list item; R23), not its last sentence alone
    for i, (s, e) in enumerate(dec):
        a = item_start(text, s) if STATUS_CELL_END.search(text[line_bounds(text, e - 1)[0]:e]) else None
        if a is not None and a < s and (i == 0 or dec[i - 1][1] <= a):
            dec[i] = (a, e)
    # a heading run into the sentence on its line is no part of the span (spec 3: from its first word)
    for i, (s, e) in enumerate(dec):
        m = MID_OPENER.search(text, s + 1, e)
        if m and not rules._decides(text[s:m.start()]) and not rules.MOTION_FORMULA.search(text[s:m.start()]):
            dec[i] = (m.start(), e)
    return dec
