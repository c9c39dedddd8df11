"""Counts per label per body, document and split, as Markdown tables for annotations/README.md."""
from __future__ import annotations

from collections import Counter

from .loader import GoldDoc, split_docs
from ..labels import ENTITY_LABELS, SPAN_LABELS

LABELS = ENTITY_LABELS + SPAN_LABELS


COLUMNS = LABELS + ("roster", "officers", "motions", "declarations")


def _counts(d: GoldDoc) -> Counter[str]:
    c = Counter(x["label"] for x in d.entities + d.spans)
    c.update(roster=len(d.roster), officers=len(d.officers), motions=len(d.motions),
             declarations=len(d.declarations))
    return c


def _cells(c: Counter[str], bold: bool = False) -> str:
    return " | ".join((f"**{c[k]}**" if bold else str(c[k])) for k in COLUMNS)


def body_table(docs: list[GoldDoc]) -> str:
    """Markdown: one row per body with its split, tier, nation, documents, characters and counts."""
    where = {d.id: split for split, members in split_docs(docs).items() for d in members}
    head = "| split | body | tier | nation | docs | chars | " + " | ".join(COLUMNS) + " |"
    rows = [head, "|" + "---|" * (len(COLUMNS) + 6)]
    by_body: dict[str, list[GoldDoc]] = {}
    for d in docs:
        by_body.setdefault(d.body, []).append(d)
    order = sorted(by_body, key=lambda b: (("train", "dev", "test").index(where[by_body[b][0].id]), b))
    for body in order:
        members = by_body[body]
        c = sum((_counts(d) for d in members), Counter())
        first = members[0]
        rows.append(f"| {where[first.id]} | {body} | {first.tier} | {first.nation} | {len(members)} | "
                    f"{sum(len(d.text) for d in members)} | {_cells(c)} |")
    return "\n".join(rows) + "\n"


def counts_table(docs: list[GoldDoc]) -> str:
    """Markdown: one row per document (grouped by split and body), a subtotal per split, a total."""
    head = "| split | body | document | " + " | ".join(COLUMNS) + " |"
    rule = "|" + "---|" * (len(COLUMNS) + 3)
    rows = [head, rule]
    total: Counter[str] = Counter()
    for split, members in split_docs(docs).items():
        sub: Counter[str] = Counter()
        for d in sorted(members, key=lambda d: (d.body, d.id)):
            c = _counts(d)
            sub.update(c)
            rows.append(f"| {split} | {d.body} | {d.id} | {_cells(c)} |")
        bodies = len({d.body for d in members})
        rows.append(f"| **{split}** | **{bodies} bodies** | **{len(members)} docs** | {_cells(sub, True)} |")
        total.update(sub)
    n_bodies = len({d.body for d in docs})
    rows.append(f"| **all** | **{n_bodies} bodies** | **{len(docs)} docs** | {_cells(total, True)} |")
    ents = sum(total[k] for k in ENTITY_LABELS)
    spans = sum(total[k] for k in SPAN_LABELS)
    return ("\n".join(rows) + f"\n\nEntity mentions: {ents}. DECISION/ACTION spans: {spans}. "
            f"Motions: {total['motions']}. Declarations: {total['declarations']}.\n")


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
