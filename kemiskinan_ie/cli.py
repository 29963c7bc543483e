"""Command line interface: ``kemiskinan-ie annotate|evaluate|schema|...``."""

from __future__ import annotations

import json
from pathlib import Path

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


if __name__ == "__main__":
    app()
