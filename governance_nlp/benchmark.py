"""Speed and memory figures for a model on the corpus text (printed, never asserted in tests).

Every figure is measured in a fresh Python process started for it alone (so
load time and peak memory are not flattered by what an earlier measurement
imported or cached, and ``n_process=2`` forks from a clean parent), repeated,
and reported as the median. A reference pipeline (a blank English
``tok2vec`` + ``ner``, spaCy's defaults) is measured in the same run, so the
ratio model / reference compares across machines where raw words/s do not.
"""
from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Optional

REFERENCE = "reference"


def corpus_texts() -> list[str]:
    """The text of every gold document (seed minutes and the shared minutes)."""
    from .corpus.loader import load_gold

    return [d.text for d in load_gold()]


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def _reference_nlp():
    """blank("en") + tok2vec + ner with spaCy's default architectures, initialised on the entity labels."""
    import spacy

    from .labels import ENTITY_LABELS

    nlp = spacy.blank("en")
    nlp.add_pipe("tok2vec")
    ner = nlp.add_pipe("ner")
    for label in ENTITY_LABELS:
        ner.add_label(label)
    nlp.initialize()
    return nlp


def measure_here(kind: str, model: Optional[str], n_process: int, large_mb: float) -> dict[str, Any]:
    """One measurement in this process (run through :func:`measure` so the process is fresh)."""
    started = time.perf_counter()
    if model == REFERENCE:
        nlp = _reference_nlp()
        run = lambda texts: sum(1 for _ in nlp.pipe(texts, batch_size=4, n_process=n_process))  # noqa: E731
    else:
        from .api import extract_many, load

        nlp = load(model)
        run = lambda texts: sum(1 for _ in extract_many(texts, model=model, n_process=n_process, batch_size=4))  # noqa: E731
    result: dict[str, Any] = {"load_s": round(time.perf_counter() - started, 2)}
    if kind == "throughput":
        texts = corpus_texts()
        t0 = time.perf_counter()
        run(texts)
        elapsed = time.perf_counter() - t0
        result.update(docs=len(texts), words=_words(texts), seconds=round(elapsed, 2),
                      words_per_s=round(_words(texts) / elapsed))
    else:
        base = "\n\n".join(corpus_texts())
        text = (base + "\n\n") * max(1, int(large_mb * 1_000_000 / len(base)))
        t0 = time.perf_counter()
        run([text])
        elapsed = time.perf_counter() - t0
        result.update(chars=len(text), words=len(text.split()), seconds=round(elapsed, 1),
                      words_per_s=round(len(text.split()) / elapsed), max_length=nlp.max_length)
    result["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    return result


def measure(kind: str, model: Optional[str], n_process: int = 1, large_mb: float = 0.0) -> dict[str, Any]:
    """Run one measurement in a new Python interpreter and return its figures."""
    cmd = [sys.executable, "-m", "governance_nlp.benchmark", "--child", kind, "--n-process", str(n_process),
           "--large-mb", str(large_mb)] + (["--model", model] if model else [])
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"benchmark child failed ({' '.join(cmd)}):\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def median_of(kind: str, model: Optional[str], repeats: int, n_process: int = 1, large_mb: float = 0.0) -> dict[str, Any]:
    """Median of each figure over ``repeats`` fresh-process runs, with the raw runs kept."""
    runs = [measure(kind, model, n_process, large_mb) for _ in range(repeats)]
    med = {k: statistics.median(r[k] for r in runs) for k in ("load_s", "words_per_s", "peak_rss_mb")}
    return {**med, "runs": runs}


def run(model: Optional[str] = None, large_mb: float = 0.0, repeats: int = 3) -> dict[str, Any]:
    """All figures for one model beside the reference pipeline, each a median of ``repeats`` fresh processes."""
    model_path = str(Path(model).resolve()) if model else None
    figures: dict[str, Any] = {"model": model_path or "shipped default", "repeats": repeats,
                               "single_process": median_of("throughput", model_path, repeats),
                               "n_process_2": median_of("throughput", model_path, repeats, n_process=2),
                               "reference_single_process": median_of("throughput", REFERENCE, repeats)}
    figures["ratio_to_reference"] = round(figures["single_process"]["words_per_s"]
                                          / figures["reference_single_process"]["words_per_s"], 3)
    if large_mb:
        figures["large_document"] = median_of("large", model_path, 1, large_mb=large_mb)
    return figures


def summary_lines(figures: dict[str, Any]) -> list[str]:
    """The headline figures as text."""
    one, two, ref = figures["single_process"], figures["n_process_2"], figures["reference_single_process"]
    return [f"model: {figures['model']} (median of {figures['repeats']} fresh processes each)",
            f"1 process: {one['words_per_s']:.0f} words/s, load {one['load_s']:.2f} s, peak {one['peak_rss_mb']:.0f} MB",
            f"n_process=2: {two['words_per_s']:.0f} words/s, peak {two['peak_rss_mb']:.0f} MB (parent process)",
            f"reference tok2vec+ner: {ref['words_per_s']:.0f} words/s; model/reference = {figures['ratio_to_reference']:.3f}"]


def main(model: Optional[str] = None, large_mb: float = 0.0, repeats: int = 3) -> None:
    figures = run(model, large_mb, repeats)
    print(json.dumps(figures, indent=2))
    print("\n".join(summary_lines(figures)))


def _child(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--child", required=True)
    parser.add_argument("--model")
    parser.add_argument("--n-process", type=int, default=1)
    parser.add_argument("--large-mb", type=float, default=0.0)
    args = parser.parse_args(argv)
    print(json.dumps(measure_here(args.child, args.model, args.n_process, args.large_mb)))


if __name__ == "__main__":
    _child(sys.argv[1:])
