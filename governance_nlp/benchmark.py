"""Speed and memory figures for a model on the corpus text (printed, never asserted in tests).

Each measurement runs in a fresh process so load time and peak memory are
not flattered by what an earlier measurement already imported or cached.
"""
from __future__ import annotations

import json
import multiprocessing as mp
import resource
import time
from pathlib import Path
from typing import Any, Optional


def corpus_texts() -> list[str]:
    """The text of every gold document (seed minutes and the shared parish minutes)."""
    from .corpus.loader import load_gold

    return [d.text for d in load_gold()]


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _measure(kind: str, model: Optional[str], n_process: int, repeat: int, large_mb: float, queue) -> None:
    started = time.perf_counter()
    from .api import extract_many, load

    nlp = load(model)
    load_s = time.perf_counter() - started
    result: dict[str, Any] = {"load_s": round(load_s, 2)}
    if kind == "throughput":
        texts = corpus_texts() * repeat
        t0 = time.perf_counter()
        n_docs = sum(1 for _ in extract_many(texts, model=model, n_process=n_process, batch_size=4))
        elapsed = time.perf_counter() - t0
        result.update(docs=n_docs, words=_words(texts), seconds=round(elapsed, 2),
                      words_per_s=round(_words(texts) / elapsed))
    elif kind == "large":
        base = "\n\n".join(corpus_texts())
        text = (base + "\n\n") * max(1, int(large_mb * 1_000_000 / len(base)))
        t0 = time.perf_counter()
        minutes = next(extract_many([text], model=model))
        elapsed = time.perf_counter() - t0
        result.update(chars=len(text), words=len(text.split()), seconds=round(elapsed, 1),
                      words_per_s=round(len(text.split()) / elapsed), entities=len(minutes.entities),
                      max_length=nlp.max_length)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    queue.put(result)


def measure(kind: str, model: Optional[str] = None, n_process: int = 1, repeat: int = 1, large_mb: float = 10.0) -> dict[str, Any]:
    """Run one measurement in a fresh spawned process and return its figures.

    ``n_process > 1`` runs in this process instead: spaCy's worker pool forks, and
    forking from inside a spawned child that already holds torch's threads hangs.
    """
    if n_process > 1:
        import queue as queue_mod

        local: queue_mod.Queue = queue_mod.Queue()
        _measure(kind, model, n_process, repeat, large_mb, local)
        result = local.get()
        result["note"] = "measured in the calling process (load time and peak memory not comparable)"
        return result
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_measure, args=(kind, model, n_process, repeat, large_mb, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def run(model: Optional[str] = None, large_mb: float = 0.0) -> dict[str, Any]:
    """All figures for one model: single process, two processes, and optionally a large document."""
    model_path = str(Path(model).resolve()) if model else None
    figures = {"model": model_path or "shipped default",
               "single_process": measure("throughput", model_path, 1),
               "n_process_2": measure("throughput", model_path, 2)}
    if large_mb:
        figures["large_document"] = measure("large", model_path, large_mb=large_mb)
    return figures


def main(model: Optional[str] = None, large_mb: float = 0.0) -> None:
    print(json.dumps(run(model, large_mb), indent=2))
