"""The label set and span key every module shares; imports nothing of the project (bottom of the graph)."""
from __future__ import annotations

ENTITY_LABELS = ("COUNCILLOR", "AUTHORITY", "PARTY", "OFFICER")
SPAN_LABELS = ("DECISION", "ACTION")
SPANS_KEY = "sc"
# A span that is both a decision and an action is one candidate with one class for the
# single-label span classifier; extract() gives it back as two records (api.scored_spans).
BOTH = "DECISION_ACTION"
# Where the rule components put what they found, beside the model's doc.ents and doc.spans[SPANS_KEY].
RULE_ENTS_KEY = "rule_ents"
RULE_SPANS_KEY = "rule_sc"
# The span classifier's own spans when the rule spans replace them in doc.spans[SPANS_KEY] (kept to inspect).
MODEL_SPANS_KEY = "model_sc"
