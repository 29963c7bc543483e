"""Convert IndoNLU POSP files (``token<TAB>B-TAG``, blank line between sentences) to CoNLL-U.

The POSP tag (without its ``B-`` prefix) goes to XPOS; UPOS comes from ``posp_upos.tsv``.
The files are for training a tagger only, but Stanza's scorer wants a tree, so HEAD/DEPREL hold
a placeholder chain (each word attached to the one before it, ``dep``; the first is ``root``). A few POSP tokens
hold a space (``rumah sakit``, ``salah satu``); kemiskinan_ie's tokenizer splits those, so they are
split here too and every part keeps the token's tag.

    python training/stanza/convert_posp.py /work/shared/data/indonlu-pos/posp build/stanza/data
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_mapping(path: Path = HERE / "posp_upos.tsv") -> dict[str, str]:
    """Read the POSP -> UPOS table (comment lines start with ``#``)."""
    table: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tag, upos = line.split("\t")[:2]
        table[tag] = upos
    return table


def read_posp(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Yield sentences as lists of ``(token, tag)`` with the ``B-`` prefix removed."""
    sent: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if sent:
                yield sent
                sent = []
            continue
        token, tag = line.rsplit("\t", 1)
        tag = tag[2:] if tag.startswith("B-") else tag
        sent.extend((part, tag) for part in token.split())
    if sent:
        yield sent


def to_conllu(sentences: Iterator[list[tuple[str, str]]], mapping: dict[str, str], prefix: str) -> str:
    """Render sentences as CoNLL-U text."""
    out: list[str] = []
    for n, sent in enumerate(sentences, 1):
        out.append(f"# sent_id = {prefix}-{n}")
        out.append("# text = " + " ".join(t for t, _ in sent))
        for i, (token, tag) in enumerate(sent, 1):
            head, rel = (i - 1, "dep") if i > 1 else (0, "root")
            out.append(f"{i}\t{token}\t_\t{mapping[tag]}\t{tag}\t_\t{head}\t{rel}\t_\t_")
        out.append("")
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Write ``id_posp.{train,dev,test}.gold.conllu`` (Stanza's naming) into the output folder."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("posp_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    args = ap.parse_args(argv)
    mapping = load_mapping()
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for src, split in (("train", "train"), ("valid", "dev"), ("test", "test")):
        text = to_conllu(read_posp(args.posp_dir / f"{src}.txt"), mapping, split)
        (args.out_dir / f"id_posp.{split}.gold.conllu").write_text(text, encoding="utf-8")
        print(split, text.count("\n\n"), "sentences")


if __name__ == "__main__":
    main()
