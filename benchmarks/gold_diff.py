"""Compare the pipeline's figures on every gold file between two code states, against the gold.

A rule change is checked by dumping every gold article's figures before and after it and reading
each figure that changed: does the new one agree with the gold figure at the same span, the old
one, both or neither? ``dump`` writes one JSON line per article (its figures and entities) with
the code of one checkout; ``compare`` reads two dumps and the gold and prints each changed figure
with a mark (``+`` the second dump agrees with the gold where the first did not, ``-`` the other
way round, ``=`` neither or both), then the counts.

Usage::

    .venv/bin/python benchmarks/gold_diff.py dump OUT.jsonl [--root CHECKOUT]
    .venv/bin/python benchmarks/gold_diff.py compare BEFORE.jsonl AFTER.jsonl

``--root`` runs the code of another checkout (``git worktree add /tmp/before HEAD~1``); the gold
files are this checkout's ``tests/fixtures/gold_*.jsonl`` and, when present, ``../shared/gold``.
A figure the gold leaves out, or scores as ``other`` or as a target, counts as agreeing when the
dump leaves it out or calls it ``other`` or a target too (ANNOTATION.md §5 does not score those).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_GOLD = ROOT.parent / "shared" / "gold"
#: the fields a figure is compared on
KEY = ("metric", "kind", "value", "region_code", "year", "month")


def gold_files(root: Path = ROOT) -> list[Path]:
    """The gold files: the fixtures of ``root`` and, when present, the shared gold."""
    files = sorted((root / "tests" / "fixtures").glob("gold_*.jsonl"))
    if SHARED_GOLD.is_dir():
        files += sorted(SHARED_GOLD.glob("*.jsonl"))
    return files


def load_gold(files: Iterable[Path]) -> dict[str, dict]:
    """Every gold article by ``FILE:ID``."""
    out: dict[str, dict] = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                art = json.loads(line)
                out[f"{f.name}:{art['id']}"] = art
    return out


def dump(out: Path, root: Path | None = None) -> int:
    """Write the figures and entities of every gold article, with the code of ``root``; return the count."""
    if root is not None:
        sys.path.insert(0, str(root))
    import kemiskinan_ie

    if root is not None and not Path(kemiskinan_ie.__file__).resolve().is_relative_to(root.resolve()):
        raise SystemExit(f"kemiskinan_ie was imported from {kemiskinan_ie.__file__}, not from {root}")
    gold = load_gold(gold_files())
    records = [{"id": key, "text": art["text"], "meta": art.get("meta") or {}} for key, art in gold.items()]
    with out.open("w", encoding="utf-8") as fh:
        for res in kemiskinan_ie.extract_many(records):
            d = res.model_dump(mode="json")
            fh.write(json.dumps({"id": d["id"], "figures": d.get("figures") or [], "entities": d.get("entities") or []},
                                ensure_ascii=False, sort_keys=True) + "\n")
    return len(records)


def _key(f: dict | None) -> tuple | None:
    return None if f is None else tuple(f.get(k) for k in KEY)


def _unscored(f: dict | None) -> bool:
    return f is None or f.get("metric") == "other" or f.get("kind") == "target"


def compare(before: dict[str, dict], after: dict[str, dict], gold: dict[str, dict]) -> tuple[list[str], dict[str, int]]:
    """The lines describing each figure that differs between two dumps, and the counts of ``+``, ``-`` and ``=``."""
    lines: list[str] = []
    counts = {"+": 0, "-": 0, "=": 0}
    for aid in sorted(set(before) & set(after)):
        if before[aid] == after[aid]:
            continue
        spans_gold = {(f["start"], f["end"]): f for f in gold.get(aid, {}).get("figures", [])}
        old = {(f["start"], f["end"]): f for f in before[aid]["figures"]}
        new = {(f["start"], f["end"]): f for f in after[aid]["figures"]}
        for span in sorted(set(old) | set(new)):
            a, b, g = old.get(span), new.get(span), spans_gold.get(span)
            if _key(a) == _key(b):
                continue
            if _unscored(g):
                ok_a, ok_b = _unscored(a) or _key(a) == _key(g), _unscored(b) or _key(b) == _key(g)
            else:
                ok_a, ok_b = _key(a) == _key(g), _key(b) == _key(g)
            mark = "+" if ok_b and not ok_a else "-" if ok_a and not ok_b else "="
            counts[mark] += 1
            text = gold[aid]["text"][span[0]:span[1]] if aid in gold else ""
            lines.append(f"{mark} {aid} {span} {text!r} | before {_key(a)} | after {_key(b)} | gold {_key(g)}")
    return lines, counts


def _read(path: Path) -> dict[str, dict]:
    return {d["id"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d}


def main(argv: list[str] | None = None) -> int:
    """Command line: ``dump`` or ``compare``."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump", help="dump the figures of every gold article")
    d.add_argument("out", type=Path)
    d.add_argument("--root", type=Path, help="a checkout whose code to run (default: this one)")
    c = sub.add_parser("compare", help="compare two dumps against the gold")
    c.add_argument("before", type=Path)
    c.add_argument("after", type=Path)
    args = ap.parse_args(argv)
    if args.cmd == "dump":
        print(f"{dump(args.out, args.root)} articles", file=sys.stderr)
        return 0
    lines, counts = compare(_read(args.before), _read(args.after), load_gold(gold_files()))
    print("\n".join(lines))
    print(counts)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
