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
    inputs: list[Path] = typer.Argument(..., help=".txt files, folders, JSONL files"),
    output: Path = typer.Option(..., "-o", "--output", help="output JSONL"),
) -> None:
    """Annotate articles and write one ArticleResult JSON line per article (stub; batch.py replaces)."""
    from .pipeline import extract_many

    recs = []
    for p in inputs:
        if p.suffix == ".jsonl":
            for line in p.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    recs.append(json.loads(line))
        else:
            recs.append({"id": p.stem, "text": p.read_text(encoding="utf-8", errors="replace")})
    with output.open("w", encoding="utf-8") as fh:
        for r in extract_many(recs):
            fh.write(r.to_json() + "\n")


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
