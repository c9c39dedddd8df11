"""The ``governance-nlp`` command: one CLI, one subcommand per job.

Heavy imports (spaCy, torch, datasets) happen inside each subcommand so
``governance-nlp --help`` and ``validate`` stay quick. The README's command
table is generated from this parser (:func:`command_table`) and a test keeps
the two equal.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

DESCRIPTION = ("Structured data from UK local-government minutes: extract, validate gold, train, "
               "evaluate and benchmark.")
# Libraries whose own log lines (pypdf's "invalid pdf header", Dask's worker chatter) would
# otherwise print beside our one clear message; --verbose lets them through.
NOISY_LOGGERS = ("pypdf", "distributed", "dask", "transformers", "datasets", "fsspec", "urllib3", "filelock")


def _validate(args: argparse.Namespace) -> int:
    from .corpus.validate import validate_paths

    records, problems = validate_paths([Path(p) for p in args.paths])
    for p in problems:
        print(p)
    n_ent = sum(len(r["entities"]) for r, _ in records)
    n_span = sum(len(r["spans"]) for r, _ in records)
    print(f"{len(records)} valid documents ({n_ent} entities, {n_span} spans); {len(problems)} problem(s)")
    return 1 if problems else 0


def _build_gold(args: argparse.Namespace) -> int:
    from .corpus.build import build
    from .corpus.validate import CorpusError

    try:
        written = build()
    except CorpusError as exc:
        print(exc, file=sys.stderr)
        return 1
    for name, n in written.items():
        print(f"annotations/{name}: {n} documents")
    return 0


def _stats(args: argparse.Namespace) -> int:
    from .corpus.loader import load_gold
    from .corpus.stats import body_table, counts_table, suggester_recall

    docs = load_gold()
    print(body_table(docs))
    print(counts_table(docs))
    hit, total, n_cand = suggester_recall(docs)
    print(f"Span candidates: {n_cand} over {len(docs)} documents; they contain {hit} of {total} gold "
          f"DECISION/ACTION spans exactly (suggester recall {hit / total:.3f}).")
    return 0


def _agreement(args: argparse.Namespace) -> int:
    from .corpus.agreement import agreement, bodies, disagreements

    first, second = [Path(p) for p in args.first], [Path(p) for p in args.second]
    groups = [(None, "all documents")]
    if args.per_body:
        groups += [(b, f"{b} ({', '.join(ids)})") for b, ids in sorted(bodies(second).items())]
    for body, title in groups:
        print(f"## {title}")
        for label, row in agreement(first, second, body).items():
            print(f"{label:12} F1={row['f1']:.3f}  agreed={row['agreed']}  first={row['first']}  second={row['second']}")
    if args.show:
        print("\n".join(disagreements(first, second)))
    return 0


def _config_overrides(items: list[str] | None, command: str) -> dict[str, Any] | None:
    """``--set SECTION.KEY=VALUE`` items as config overrides (a JSON value, else the string); None after
    printing which item is malformed."""
    overrides: dict[str, Any] = {}
    for item in items or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            print(f"governance-nlp {command}: --set {item!r}: expected SECTION.KEY=VALUE", file=sys.stderr)
            return None
        try:
            overrides[key.strip()] = json.loads(value)
        except json.JSONDecodeError:
            overrides[key.strip()] = value
    return overrides


def _train(args: argparse.Namespace) -> int:
    from thinc.api import ConfigValidationError

    from .corpus.validate import CorpusError
    from .training import step_overrides, train

    overrides = _config_overrides(args.set, "train")
    if overrides is None:
        return 1
    overrides.update(step_overrides(args.max_steps))
    try:
        train(args.config, Path(args.output), [Path(p) for p in args.data or []], overrides,
              limit_train=args.limit_train, data_split=args.data_split, gpu_id=args.gpu_id)
    except (CorpusError, FileNotFoundError, ConfigValidationError, ValueError) as exc:
        print(f"governance-nlp train: {exc}", file=sys.stderr)
        return 1
    return 0


def _extract(args: argparse.Namespace) -> int:
    import warnings

    from .batch import run
    from .errors import EmptyDocumentWarning

    warnings.simplefilter("ignore", EmptyDocumentWarning)  # each one is reported below and in its record
    out = Path(args.output) if args.output else None
    try:
        summary = run([Path(p) for p in args.paths], out, args.format, args.model, args.engine, args.scheduler,
                      n_process=args.n_process, overwrite=args.overwrite)
    except (ValueError, FileExistsError) as exc:
        print(f"governance-nlp extract: {exc}", file=sys.stderr)
        return 2
    where = f" already in {out}" if out is not None and args.format == "jsonl" else ""
    line = f"{summary.done} extracted ({summary.empty} empty), {summary.failed} failed"
    if where:
        line += f", {summary.skipped}{where}"
    print(line, file=sys.stderr)
    if summary.unsupported:
        print(f"skipped {len(summary.unsupported)} unsupported file(s) (not .txt/.pdf/.docx/.html): "
              + ", ".join(summary.unsupported), file=sys.stderr)
    if summary.done + summary.failed + summary.skipped == 0:
        print("governance-nlp extract: no minutes files found in " + ", ".join(args.paths), file=sys.stderr)
        return 1
    if summary.done == 0 and summary.skipped == 0:
        print("governance-nlp extract: nothing was extracted", file=sys.stderr)
        return 1
    return 0


def _import(args: argparse.Namespace) -> int:
    from .corpus.interchange import import_file, write_gold
    from .corpus.validate import CorpusError

    try:
        records = import_file(Path(args.file), args.source)
    except (CorpusError, ValueError, OSError) as exc:
        print(f"governance-nlp import: {exc}", file=sys.stderr)
        return 1
    if args.output:
        write_gold(records, Path(args.output))
    else:
        for rec in records:
            print(json.dumps(rec, ensure_ascii=False))
    print(f"{len(records)} documents imported ({sum(len(r['entities']) for r in records)} entities, "
          f"{sum(len(r['spans']) for r in records)} spans), valid gold", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from .corpus.interchange import export_tasks, label_studio_config, prodigy_command, write_tasks

    out = Path(args.output)
    if args.to == "spacy":
        from .corpus.validate import CorpusError
        from .training import prepare_corpus
        from .vectors import write_vectors

        try:
            by_split = prepare_corpus(out, [Path(p) for p in args.data or []], log=lambda m: print(m, file=sys.stderr))
        except (CorpusError, ValueError) as exc:
            print(f"governance-nlp export: {exc}", file=sys.stderr)
            return 1
        write_vectors(out / "vectors", (d.text for d in by_split["train"]))
        print(f"python -m spacy train training/cnn.cfg --paths.train {out / 'train.spacy'} "
              f"--paths.dev {out / 'dev.spacy'} --paths.vectors {out / 'vectors'} --output OUT", file=sys.stderr)
        return 0
    if not args.paths:
        print("governance-nlp export: give the minutes files to pre-annotate", file=sys.stderr)
        return 2
    tasks = export_tasks([Path(p) for p in args.paths], args.to, args.model)
    write_tasks(tasks, args.to, out)
    print(f"{len(tasks)} tasks → {out}", file=sys.stderr)
    if args.to == "labelstudio":
        config = out.with_suffix(".xml")
        config.write_text(label_studio_config(), encoding="utf-8")
        print(f"labelling config → {config}", file=sys.stderr)
    elif args.to == "prodigy":
        print(prodigy_command("minutes_gold", str(out)), file=sys.stderr)
    return 0


def _benchmark(args: argparse.Namespace) -> int:
    from .benchmark import main as bench

    bench(args.model, args.large_mb, repeats=args.repeats)
    return 0


def _evaluate(args: argparse.Namespace) -> int:
    from .corpus.loader import load_gold, split_docs
    from .corpus.validate import CorpusError
    from .evaluation import error_analysis, write_error_analysis
    from .evaluation.report import full_report, print_report, write_json

    try:
        by_split = split_docs(load_gold())
        golds = load_gold([Path(p) for p in args.data], require_meta=False) if args.data else by_split[args.split]
    except CorpusError as exc:
        print(f"governance-nlp evaluate: {exc}", file=sys.stderr)
        return 1
    report = full_report(golds, args.model, by_split["train"], baselines=not args.no_baselines)
    print(f"{len(golds)} documents: {', '.join(g.id for g in golds)}")
    print_report(report, per_doc=True)
    if args.json:
        write_json(report, Path(args.json))
    if args.errors:
        write_error_analysis(error_analysis(golds, report["_predictions"]["model"]), Path(args.errors))
    return 0


def _crossval(args: argparse.Namespace) -> int:
    from .evaluation.crossval import crossval, format_summary

    overrides = _config_overrides(args.set, "crossval")
    if overrides is None:
        return 1
    result = crossval(args.folds, args.config, Path(args.output), max_steps=args.max_steps, by=args.by,
                      model=not args.baselines_only, only=args.only, overrides=overrides,
                      variants={} if args.no_variants else None, gpu_id=args.gpu_id)
    print(format_summary(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1))
    return 0


def _pretrain(args: argparse.Namespace) -> int:
    from .pretraining import pretrain

    try:
        pretrain(Path(args.output), args.epochs)
    except (FileNotFoundError, ValueError) as exc:
        print(f"governance-nlp pretrain: {exc}", file=sys.stderr)
        return 1
    return 0


def build_parser() -> argparse.ArgumentParser:
    from .version import __version__

    parser = argparse.ArgumentParser(prog="governance-nlp", description=DESCRIPTION)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="let third-party libraries (pypdf, Dask, ...) print their own log messages")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("extract", help="structured minutes from files and folders (.txt .pdf .docx .html)")
    p.add_argument("paths", nargs="+", metavar="PATH", help="minutes files, or folders searched recursively")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output file (jsonl: appended to and resumable; json) or folder (csv); default stdout")
    p.add_argument("--format", choices=["jsonl", "json", "csv"], default="jsonl",
                   help="jsonl: one record per line; json: one object for one input file, else an array; "
                        "csv: one file per table (documents, entities, decisions, ...) in the -o folder")
    p.add_argument("--overwrite", action="store_true", help="replace an existing json file or csv tables")
    p.add_argument("--model", metavar="DIR", help="model directory (default: the shipped model)")
    p.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="local: this machine through nlp.pipe; dask: a Dask cluster")
    p.add_argument("--scheduler", metavar="ADDR", help="Dask scheduler address (default: a local scheduler)")
    p.add_argument("--n-process", type=int, default=1, metavar="N",
                   help="worker processes for nlp.pipe (local engine) or partitions (dask)")
    p.set_defaults(func=_extract)

    p = sub.add_parser("validate", help="check gold JSONL files against the annotation spec")
    p.add_argument("paths", nargs="+", metavar="FILE", help="gold JSONL files")
    p.set_defaults(func=_validate)

    p = sub.add_parser("build-gold", help="resolve annotations/quotes/*.json into annotations/*.jsonl")
    p.set_defaults(func=_build_gold)

    p = sub.add_parser("stats", help="counts per label per document, body and split")
    p.set_defaults(func=_stats)

    p = sub.add_parser("agreement", help="per-label agreement F1 between two annotation passes")
    p.add_argument("--first", nargs="+", required=True, metavar="QUOTES", help="quote files of the first pass")
    p.add_argument("--second", nargs="+", required=True, metavar="QUOTES", help="quote files of the second pass")
    p.add_argument("--show", action="store_true", help="list every disagreement")
    p.add_argument("--per-body", action="store_true", help="also report each body (meta.body) on its own")
    p.set_defaults(func=_agreement)

    p = sub.add_parser("train", help="validate, convert, train (fixed seed) and package a pipeline")
    p.add_argument("--config", default="cnn", help="cnn, trf or a path to a .cfg")
    p.add_argument("--data", nargs="*", metavar="FILE",
                   help="your own gold JSONL files (annotations/SPEC.md), added to --data-split")
    p.add_argument("--data-split", choices=["train", "dev", "test"], default="train",
                   help="where the --data documents go (dev: model selection; test: scored into meta.json)")
    p.add_argument("--output", default="training/output", metavar="DIR",
                   help="where the run's corpus, checkpoints and packaged model/ go")
    p.add_argument("--max-steps", type=int, default=0, metavar="N", help="stop after N steps (smoke runs)")
    p.add_argument("--limit-train", type=int, default=None, metavar="N",
                   help="use only the first N of the project's training documents (--data documents are always kept)")
    p.add_argument("--set", action="append", metavar="SECTION.KEY=VALUE",
                   help="override a config value (JSON value, else a string); repeatable")
    p.add_argument("--gpu-id", type=int, default=-1, metavar="N",
                   help="train on GPU N (needs CuPy and a CUDA build of torch); -1: CPU")
    p.set_defaults(func=_train)

    p = sub.add_parser("import", help="a Prodigy, Label Studio, Doccano or spaCy export as validated gold JSONL")
    p.add_argument("file", metavar="FILE", help="the tool's export file")
    p.add_argument("--from", dest="source", choices=["prodigy", "labelstudio", "doccano", "spacy"],
                   help="the tool (default: detected from the file)")
    p.add_argument("-o", "--output", metavar="OUT", help="gold JSONL to write (default: stdout)")
    p.set_defaults(func=_import)

    p = sub.add_parser("export", help="model pre-annotated tasks to correct in a tool, or the gold as spaCy DocBins")
    p.add_argument("paths", nargs="*", metavar="PATH", help="minutes files to pre-annotate (not for --to spacy)")
    p.add_argument("--to", required=True, choices=["prodigy", "labelstudio", "doccano", "spacy"],
                   help="the tool; spacy writes train/dev/test DocBins and vectors of the gold (plus --data)")
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="tasks file (Label Studio: its labelling config goes beside it as .xml), or a folder for spacy")
    p.add_argument("--model", metavar="DIR", help="model directory (default: the shipped model)")
    p.add_argument("--data", nargs="*", metavar="FILE", help="with --to spacy: your own gold JSONL added to train")
    p.set_defaults(func=_export)

    p = sub.add_parser("evaluate", help="P/R/F1 per label for a model beside the rule and TF-IDF baselines")
    p.add_argument("--model", metavar="DIR", help="model directory (default: the shipped model)")
    source = p.add_mutually_exclusive_group()
    source.add_argument("--data", nargs="+", metavar="FILE", help="gold JSONL file(s) to score on")
    source.add_argument("--split", choices=["dev", "test"], default="test", help="which split of the project's gold")
    p.add_argument("--json", metavar="FILE", help="write all scores to this JSON file")
    p.add_argument("--errors", metavar="FILE", help="write false positives/negatives with context to this JSON file")
    p.add_argument("--no-baselines", action="store_true", help="score the model only")
    p.set_defaults(func=_evaluate)

    p = sub.add_parser("crossval", help="leave-one-body-out (--by body) or K-fold by document cross-validation, "
                                        "model and baselines on the same folds")
    p.add_argument("--by", choices=["body", "document"], default="body",
                   help="body: hold out each body in turn (the yardstick); document: K folds by document")
    p.add_argument("--folds", type=int, default=5, metavar="K", help="number of folds with --by document")
    p.add_argument("--only", nargs="+", metavar="BODY", help="with --by body: hold out only these bodies")
    p.add_argument("--baselines-only", action="store_true", help="score the rule and TF-IDF baselines, train no model")
    p.add_argument("--config", default="cnn", help="cnn, trf or a path to a .cfg")
    p.add_argument("--output", default="training/output/crossval", metavar="DIR", help="where each fold trains")
    p.add_argument("--max-steps", type=int, default=0, metavar="N", help="stop each fold after N steps (smoke runs)")
    p.add_argument("--set", action="append", metavar="SECTION.KEY=VALUE",
                   help="override a config value in every fold (JSON value, else a string); repeatable")
    p.add_argument("--no-variants", action="store_true",
                   help="score the fold model alone, not also with rule components added")
    p.add_argument("--gpu-id", type=int, default=-1, metavar="N",
                   help="train on GPU N (needs CuPy and a CUDA build of torch); -1: CPU")
    p.add_argument("--json", metavar="FILE", help="write per-fold and summary scores here")
    p.set_defaults(func=_crossval)

    p = sub.add_parser("pretrain", help="pretrain the CNN tok2vec on ../shared/minutes-unlabelled/ (no gold body's minutes)")
    p.add_argument("--output", default="training/output/pretrain", metavar="DIR",
                   help="where the raw corpus, vectors and weights (model<epoch>.bin) go")
    p.add_argument("--epochs", type=int, default=3, metavar="N", help="passes over the raw corpus (the shipped weights: 3)")
    p.set_defaults(func=_pretrain)

    p = sub.add_parser("benchmark", help="words/s, load time and peak memory, each a median of fresh processes")
    p.add_argument("--model", metavar="DIR", help="model directory (default: the shipped model)")
    p.add_argument("--repeats", type=int, default=3, metavar="N", help="fresh-process runs per figure (median)")
    p.add_argument("--large-mb", type=float, default=0.0, metavar="MB", help="also time one document of this many MB (e.g. 10)")
    p.set_defaults(func=_benchmark)
    return parser


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def command_table(parser: argparse.ArgumentParser | None = None) -> str:
    """The README's command table (Markdown), generated from the parser so the two cannot drift."""
    parser = parser or build_parser()
    helps = {a.dest: a.help for a in next(a for a in parser._actions
                                          if isinstance(a, argparse._SubParsersAction))._choices_actions}
    rows = ["| command | what it does |", "|---|---|"]
    for name, sub in _subparsers(parser).items():
        usage = " ".join(sub.format_usage().split())[len("usage: "):].replace(" [-h]", "")
        usage = usage.replace("|", "\\|")
        rows.append(f"| `{usage}` | {helps[name]} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if not args.verbose:
        for name in NOISY_LOGGERS:
            logging.getLogger(name).setLevel(logging.ERROR)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
