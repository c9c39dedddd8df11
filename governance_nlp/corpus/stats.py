"""Counts per label per document and per split, as a Markdown table for annotations/README.md."""
from __future__ import annotations

from collections import Counter

from .loader import GoldDoc, split_docs
from ..labels import ENTITY_LABELS, SPAN_LABELS

LABELS = ENTITY_LABELS + SPAN_LABELS


def counts_table(docs: list[GoldDoc]) -> str:
    """Markdown: one row per document (grouped by split), a subtotal per split, a total."""
    head = "| split | document | " + " | ".join(LABELS) + " | roster | officers |"
    rule = "|" + "---|" * (len(LABELS) + 4)
    rows = [head, rule]
    total: Counter[str] = Counter()
    for split, members in split_docs(docs).items():
        sub: Counter[str] = Counter()
        for d in sorted(members, key=lambda d: d.id):
            c = Counter(x["label"] for x in d.entities + d.spans)
            c["roster"], c["officers"] = len(d.roster), len(d.officers)
            sub.update(c)
            rows.append(f"| {split} | {d.id} | " + " | ".join(str(c[k]) for k in LABELS + ("roster", "officers")) + " |")
        rows.append(f"| **{split}** | **{len(members)} docs** | " + " | ".join(f"**{sub[k]}**" for k in LABELS + ("roster", "officers")) + " |")
        total.update(sub)
    rows.append(f"| **all** | **{len(docs)} docs** | " + " | ".join(f"**{total[k]}**" for k in LABELS + ("roster", "officers")) + " |")
    ents = sum(total[k] for k in ENTITY_LABELS)
    spans = sum(total[k] for k in SPAN_LABELS)
    return "\n".join(rows) + f"\n\nEntity mentions: {ents}. DECISION/ACTION spans: {spans}.\n"


def suggester_recall(docs: list[GoldDoc]) -> tuple[int, int, int]:
    """(gold spans proposed exactly by the candidate generator, gold spans, candidates) over ``docs``."""
    from ..segmentation import candidate_spans

    hit = total = n_cand = 0
    for d in docs:
        cands = set(candidate_spans(d.text))
        n_cand += len(cands)
        for x in d.spans:
            total += 1
            hit += (x["start"], x["end"]) in cands
    return hit, total, n_cand
