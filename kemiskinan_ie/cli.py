"""Command line interface: ``kemiskinan-ie annotate|evaluate|schema|...``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, help="Information extraction from Indonesian poverty news.")


@app.command()
def schema() -> None:
    """Print the JSON Schema of one output line (ArticleResult)."""
    from .schema import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


@app.command()
def annotate(
    inputs: Annotated[list[str], typer.Argument(
        help="files, folders (recursive), quoted globs ('data/**/*.txt'); .jsonl[.gz], .txt, .html"
    )],
    output: Annotated[Path, typer.Option("-o", "--output", help="output .jsonl, .csv or .parquet; - for JSONL on stdout")],
    fmt: Annotated[str | None, typer.Option("--format", help="jsonl, csv or parquet (default: from the suffix)")] = None,
    workers: Annotated[int | None, typer.Option(
        "-w", "--workers", help="processes (local: default 1; dask LocalCluster: default 2)"
    )] = None,
    engine: Annotated[str, typer.Option("--engine", help="local or dask")] = "local",
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Dask scheduler address; without it a LocalCluster is started"
    )] = None,
    batch_size: Annotated[int, typer.Option("--batch-size", help="nlp.pipe batch size")] = 64,
    chunk_size: Annotated[int | None, typer.Option("--chunk-size", help="articles per task sent to a worker")] = None,
    resume: Annotated[bool, typer.Option("--resume", help="skip ids already in the output and append the rest")] = False,
    overwrite: Annotated[bool, typer.Option("--overwrite", help="replace an existing output")] = False,
    quiet: Annotated[bool, typer.Option("-q", "--quiet", help="no progress bar and no summary")] = False,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="add the statistical NER model (the CRF in models/ner-crf)")] = False,
    backend: Annotated[str, typer.Option(
        "--backend", help="default, or stanza (POS/lemma/dependencies from a local Stanza model)"
    )] = "default",
    stanza_dir: Annotated[Path | None, typer.Option(
        "--stanza-dir", help="folder of the Stanza model (default: $KEMISKINAN_IE_STANZA_DIR or models/stanza-id-pos)"
    )] = None,
    pipeline: Annotated[str | None, typer.Option(
        "--pipeline", help="advanced: 'module:function' returning the spaCy Language to use"
    )] = None,
    max_chars: Annotated[int | None, typer.Option(
        "--max-chars", help="cut longer articles to this many characters (with a warning)"
    )] = None,
    timeout: Annotated[float | None, typer.Option(
        "--timeout", help="seconds per article before it becomes an ArticleTimeout error (local engine)"
    )] = None,
) -> None:
    """Annotate many articles: one ArticleResult per article, in input order, resumable.

    Exit codes: 0 all articles processed, 3 some became error records, 2 usage error,
    130 interrupted (rerun with --resume).
    """
    import shutil
    import signal
    import tempfile

    from .batch import EXIT_INTERRUPTED, EXIT_USAGE, EngineUnavailable, OutputExists, run_batch
    from .engines import PipelineSpec
    from .io.readers import InputNotFound

    def _term(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _term)
    if backend not in ("default", "stanza"):
        typer.echo(f"error: unknown backend {backend!r}: use default or stanza", err=True)
        raise typer.Exit(EXIT_USAGE)
    load_kwargs: dict = {"ner": True} if ner else {}
    if backend != "default":
        load_kwargs["backend"] = backend
    if stanza_dir is not None:
        load_kwargs["stanza_dir"] = str(stanza_dir)
    spec = PipelineSpec.make(pipeline, **load_kwargs)
    n = workers if workers is not None else (2 if engine == "dask" else 1)
    to_stdout = str(output) == "-"
    if to_stdout:
        # JSONL on stdout ("-o - | jq ..."): written to a temporary file as usual, then printed once complete
        if resume or fmt not in (None, "jsonl"):
            typer.echo("error: -o - writes JSONL to stdout and cannot be resumed: give an output file", err=True)
            raise typer.Exit(EXIT_USAGE)
        tmpdir = Path(tempfile.mkdtemp(prefix="kemiskinan-ie-"))
        output, fmt = tmpdir / "out.jsonl", "jsonl"
    try:
        summary = run_batch(
            inputs, output, fmt=fmt, workers=n, engine=engine, scheduler=scheduler, batch_size=batch_size,
            chunk_size=chunk_size, resume=resume, overwrite=overwrite, progress=False if quiet else None, spec=spec,
            max_chars=max_chars, timeout=timeout,
        )
    except (InputNotFound, OutputExists, EngineUnavailable, ValueError, ImportError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(EXIT_USAGE) from None
    except KeyboardInterrupt:
        typer.echo(f"interrupted: {output} holds every record written so far; rerun with --resume", err=True)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    finally:
        if to_stdout:
            if output.exists():
                with output.open(encoding="utf-8") as fh:
                    for line in fh:
                        typer.echo(line, nl=False)
            shutil.rmtree(tmpdir, ignore_errors=True)
    if not quiet:
        typer.echo(summary.line(), err=True)
        if summary.bad_lines:
            typer.echo(f"warning: unreadable lines in the existing output: {summary.bad_lines[:10]}", err=True)
    raise typer.Exit(summary.exit_code)


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="gold JSONL (ANNOTATION.md format)")],
    pred: Annotated[Path | None, typer.Option(
        "--pred", exists=True, dir_okay=False, help="prediction JSONL; without it the pipeline runs on the gold texts"
    )] = None,
    as_json: Annotated[bool, typer.Option("--json", help="print the full report as JSON")] = False,
    show_errors: Annotated[bool, typer.Option("--show-errors", help="list figure misses and false positives")] = False,
    ner: Annotated[bool, typer.Option("--ner/--no-ner", help="statistical NER model (pipeline runs only)")] = False,
    save_pred: Annotated[Path | None, typer.Option("--save-pred", help="write the pipeline's predictions here")] = None,
) -> None:
    """Score predictions against gold as ANNOTATION.md §5 defines it (figures and entities)."""
    from .evaluate import load_jsonl, predict, render_text, score

    gold_articles = load_jsonl(gold)
    if pred is not None:
        pred_articles = load_jsonl(pred)
    else:
        pred_articles = predict(gold_articles, ner=ner)
        if save_pred is not None:
            with save_pred.open("w", encoding="utf-8") as fh:
                for a in pred_articles.values():
                    fh.write(json.dumps(a.model_dump(mode="json", exclude_none=True), ensure_ascii=False) + "\n")
    report = score(gold_articles, pred_articles)
    typer.echo(report.model_dump_json(indent=1) if as_json else render_text(report, show_errors=show_errors))


@app.command("aggregate")
def aggregate_cmd(
    inputs: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False, help="ArticleResult JSONL files (from annotate)")],
    output: Annotated[Path, typer.Option("-o", "--output", help="table to write: .csv, .tsv or .parquet")],
) -> None:
    """Merge all figures of a corpus into one table with provenance and conflict flags."""
    from .aggregate import aggregate, write_table

    df = aggregate(inputs)
    write_table(df, output)
    skipped = df.attrs.get("skipped", {})
    typer.echo(
        f"{len(df)} rows ({int(df['conflict'].sum())} in conflict) from {int(df['n_mentions'].sum())} figure mentions"
        f" -> {output}; skipped {skipped.get('error', 0)} error records, {skipped.get('unreadable', 0)} unreadable lines",
        err=True,
    )


@app.command("show")
def show_cmd(
    article: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="a .txt article, or a JSONL of ArticleResult")],
    html_out: Annotated[Path, typer.Option("--html", help="HTML file to write")],
    id: Annotated[str | None, typer.Option("--id", help="which article of the JSONL (default: the first)")] = None,
    published: Annotated[str | None, typer.Option("--published", help="publication date of a .txt article (YYYY-MM-DD)")] = None,
) -> None:
    """Render one article's entities and figures as an HTML page (displaCy)."""
    from .visualize import render

    if article.suffix == ".jsonl":
        rec = None
        for line in article.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                if id is None or str(obj.get("id")) == id:
                    rec = obj
                    break
        if rec is None:
            raise typer.BadParameter(f"no article with id {id!r} in {article}")
        if "entities" not in rec and "figures" not in rec and "text" in rec:
            from .pipeline import extract

            rec = extract(rec["text"], (rec.get("meta") or {}).get("published"), id=str(rec.get("id")), meta=rec.get("meta"))
    else:
        from .pipeline import extract

        rec = extract(article.read_text(encoding="utf-8", errors="replace"), published, id=article.stem)
    html_out.write_text(render(rec, jupyter=False, page=True), encoding="utf-8")
    typer.echo(f"wrote {html_out}", err=True)


@app.command("export")
def export_cmd(
    input: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="ArticleResult (or gold) JSONL")],
    fmt: Annotated[str, typer.Option("--format", help="docbin, labelstudio or doccano")],
    output: Annotated[Path, typer.Option("-o", "--output", help="file to write (.spacy, .json, .jsonl)")],
    as_annotations: Annotated[bool, typer.Option(
        "--as-annotations", help="labelstudio: write spans as annotations instead of predictions"
    )] = False,
) -> None:
    """Export predictions for annotation tools (spaCy DocBin, Label Studio, doccano)."""
    from .export import export, labelstudio_config

    n = export(input, fmt, output, as_annotations=as_annotations)
    msg = f"wrote {n} articles to {output}"
    if fmt == "labelstudio":
        cfg = output.with_name(output.stem + ".config.xml")
        cfg.write_text(labelstudio_config(), encoding="utf-8")
        msg += f"; labeling config in {cfg}"
    typer.echo(msg, err=True)


@app.command("import-annotations")
def import_annotations_cmd(
    input: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="file exported from the annotation tool")],
    fmt: Annotated[str, typer.Option("--format", help="labelstudio, doccano or docbin")],
    output: Annotated[Path, typer.Option("-o", "--output", help="gold JSONL to write (ANNOTATION.md format)")],
) -> None:
    """Read corrected annotations back into the gold JSONL format."""
    from .export import import_annotations, write_gold

    recs = import_annotations(input, fmt)
    n = write_gold(recs, output)
    review = sum(1 for r in recs for f in r["figures"] if f.get("review"))
    typer.echo(f"wrote {n} articles to {output}; {review} figures need a value (\"review\": true)", err=True)


if __name__ == "__main__":
    app()
