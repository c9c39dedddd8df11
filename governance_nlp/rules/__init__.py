"""The rule knowledge of the project, in one place: patterns, helpers, matchers and their spaCy components.

- :mod:`.patterns` — titles, name shapes, stop words;
- :mod:`.text` — name cleaning, overlap resolution, owner lines, sentence checks;
- :mod:`.matchers` — :class:`~.matchers.MinutesRules`: entities and DECISION/ACTION spans of a text;
- :mod:`.officers` — the OFFICER patterns (clerks, police, council and partner staff, "Officers:" lists);
- :mod:`.span_bounds` — where a DECISION span starts (a bare assent's sentence, a list item, a heading run in);
- :mod:`.resolutions` — decisions laid out as lists: a lead-in's items, the rows of an elections table;
- :mod:`.mentions` — later mentions of the people and authorities the rules found (names, initials);
- :mod:`.consistency` — one label per person across a document, missed mentions filled;
- :mod:`.components` — ``minutes_rule_entities``, ``minutes_rule_spans`` and
  ``minutes_entity_consistency`` for spaCy pipelines.
"""
