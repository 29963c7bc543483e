"""Convert the IndoNLU NER corpora (NER-Grit, NERP) into spaCy ``.spacy`` DocBins.

Input files are token-TAB-BIO-tag per line with a blank line between sentences
(``<data>/{nergrit,nerp}/{train,valid,test}.txt``). Labels are mapped to one scheme:

========== ============= =======
corpus      source label  ours
========== ============= =======
NER-Grit    PERSON        PER
NER-Grit    ORGANISATION  ORG
NER-Grit    PLACE         LOC
NERP        PPL           PER
NERP        IND           ORG
NERP        PLC           LOC
NERP        EVT, FNB      O (dropped)
========== ============= =======

EVT (events) and FNB (food and drink) have no counterpart in our scheme, and NER-Grit leaves
events and products untagged, so tagging them O keeps the two corpora consistent.

NERP is entirely lower-cased while our news text is not. ``--nerp-case title`` upper-cases the
first letter of the first token of a sentence and of every token inside a NERP entity except
short function words; ``--nerp-case mix`` does so for every second sentence only, so that the
model still sees lower-case names (see README for which variant is shipped).

NERP also mostly leaves government bodies (``kementerian ...``, ``kpk``, ``dprd``) untagged, as
O, while NER-Grit and our use want them as ORG. ``--nerp-filter`` drops the NERP training
sentences in which a head word listed in ``nerp_body_heads.txt`` is tagged O (tried; it did
not help, see README).

A few NERP tokens contain a space (``salah satu``, ``es krim``); they are split into
separate tokens and the tag is carried over (``B-X`` becomes ``B-X I-X``). A stray ``I-X``
that does not continue an entity of label X opens a new entity.

Usage::

    python training/ner/prepare.py --data ../shared/data/indonlu-ner \\
        --out training/output/corpus --train nergrit,nerp --dev nergrit
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin, Span
from spacy.vocab import Vocab

#: Source label -> our label (``None``: drop to O), per corpus.
LABEL_MAP: dict[str, dict[str, str | None]] = {
    "nergrit": {"PERSON": "PER", "ORGANISATION": "ORG", "PLACE": "LOC"},
    "nerp": {"PPL": "PER", "IND": "ORG", "PLC": "LOC", "EVT": None, "FNB": None},
}
LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")
CORPORA: tuple[str, ...] = ("nergrit", "nerp")
DEFAULT_DATA = Path(__file__).resolve().parents[3] / "shared" / "data" / "indonlu-ner"
BODY_HEADS_FILE = Path(__file__).resolve().parent / "nerp_body_heads.txt"

Sentence = tuple[list[str], list[str]]


def read_bio(path: str | Path) -> Iterator[Sentence]:
    """Yield ``(words, tags)`` per sentence; multi-word tokens are split on whitespace."""
    words: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf8") as fh:
        for raw in fh:
            line = raw.rstrip("\r\n")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            token, _, tag = line.rpartition("\t")
            if not token:  # a line without a tab: treat as an untagged token
                token, tag = tag, "O"
            parts = token.split()
            if not parts:
                continue
            for k, part in enumerate(parts):
                words.append(part)
                tags.append(tag if k == 0 or tag == "O" else "I-" + tag[2:])
    if words:
        yield words, tags


def bio_to_spans(tags: list[str], label_map: dict[str, str | None]) -> list[tuple[int, int, str]]:
    """Turn BIO tags into ``(start, end, label)`` token spans with mapped labels."""
    spans: list[tuple[int, int, str]] = []
    start: int | None = None
    cur: str | None = None  # source label of the open entity

    def close(end: int) -> None:
        if start is not None and cur is not None:
            mapped = label_map.get(cur)
            if mapped:
                spans.append((start, end, mapped))

    for i, tag in enumerate(tags):
        prefix, _, lab = tag.partition("-")
        if prefix == "I" and cur == lab:
            continue
        close(i)
        if prefix in ("B", "I") and lab:
            start, cur = i, lab
        else:
            start, cur = None, None
    close(len(tags))
    return spans


def make_doc(vocab: Vocab, words: list[str], spans: Iterable[tuple[int, int, str]] = ()) -> Doc:
    """Build a Doc from corpus tokens (one space between tokens) and set its entities."""
    spaces = [True] * len(words)
    if spaces:
        spaces[-1] = False
    doc = Doc(vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in spans]
    return doc


#: Words kept lower-case inside names when title-casing NERP.
_NAME_FUNCTION_WORDS = frozenset({"dan", "di", "ke", "dari", "untuk", "atas", "pada", "of", "the", "and", "de", "van", "bin", "binti"})


def title_case(words: list[str], tags: list[str]) -> list[str]:
    """Approximate casing for lower-cased text: capitalise sentence starts and entity tokens."""
    out = list(words)
    for i, (w, t) in enumerate(zip(words, tags, strict=True)):
        if (i == 0 or t != "O") and w[:1].isalpha() and w not in _NAME_FUNCTION_WORDS:
            out[i] = w[:1].upper() + w[1:]
    return out


def read_word_list(path: str | Path) -> frozenset[str]:
    """Lower-cased words of a one-per-line list (``#`` starts a comment)."""
    words = (line.split("#", 1)[0].strip().lower() for line in Path(path).read_text(encoding="utf8").splitlines())
    return frozenset(w for w in words if w)


def load_split(
    data: str | Path,
    corpus: str,
    split: str,
    vocab: Vocab,
    case: str = "keep",
    drop_if_untagged: frozenset[str] = frozenset(),
) -> list[Doc]:
    """Read one corpus split as a list of Docs with mapped PER/ORG/LOC entities.

    ``case="title"`` applies ``title_case`` to the words (meant for the lower-cased NERP),
    ``case="mix"`` to every second sentence (deterministic).
    Sentences in which a word of ``drop_if_untagged`` is tagged O are left out.
    """
    path = Path(data) / corpus / f"{split}.txt"
    label_map = LABEL_MAP[corpus]
    docs = []
    for n, (w, t) in enumerate(read_bio(path)):
        if drop_if_untagged and any(tag == "O" and word.lower() in drop_if_untagged for word, tag in zip(w, t, strict=True)):
            continue
        if case == "title" or (case == "mix" and n % 2 == 0):
            w = title_case(w, t)
        docs.append(make_doc(vocab, w, bio_to_spans(t, label_map)))
    return docs


def _corpora(arg: str) -> list[str]:
    names = [c.strip() for c in arg.split(",") if c.strip()]
    for c in names:
        if c not in CORPORA:
            raise SystemExit(f"unknown corpus {c!r}: choose from {', '.join(CORPORA)}")
    return names


def main(argv: list[str] | None = None) -> None:
    """Write ``train.spacy``, ``dev.spacy`` and one ``<corpus>_test.spacy`` per corpus."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder with nergrit/ and nerp/")
    ap.add_argument("--out", type=Path, required=True, help="output folder")
    ap.add_argument("--train", default="nergrit,nerp", help="corpora for training (comma-separated)")
    ap.add_argument("--dev", default="nergrit", help="corpora whose valid split is the dev set")
    ap.add_argument("--nerp-case", choices=("keep", "title", "mix"), default="keep",
                    help="casing of the (lower-cased) NERP training text")
    ap.add_argument("--nerp-filter", action="store_true",
                    help=f"drop NERP training sentences with an untagged word from {BODY_HEADS_FILE.name}")
    ap.add_argument("--nergrit-repeat", type=int, default=1,
                    help="put the NER-Grit training sentences this many times into train.spacy")
    args = ap.parse_args(argv)

    vocab = spacy.blank("id").vocab
    train_c, dev_c = _corpora(args.train), _corpora(args.dev)
    train: list[Doc] = []
    dev: list[Doc] = []
    heads = read_word_list(BODY_HEADS_FILE) if args.nerp_filter else frozenset()
    for c in train_c:
        case, drop = (args.nerp_case, heads) if c == "nerp" else ("keep", frozenset())
        train += load_split(args.data, c, "train", vocab, case, drop) * (args.nergrit_repeat if c == "nergrit" else 1)
        # the valid split of a corpus not used for model selection is extra training data
        if c not in dev_c:
            train += load_split(args.data, c, "valid", vocab, case, drop)
    for c in dev_c:
        dev += load_split(args.data, c, "valid", vocab)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, docs in (("train", train), ("dev", dev)):
        DocBin(docs=docs, store_user_data=False).to_disk(args.out / f"{name}.spacy")
        n_ents = sum(len(d.ents) for d in docs)
        print(f"{name}: {len(docs)} sentences, {sum(len(d) for d in docs)} tokens, {n_ents} entities")
    for c in CORPORA:
        docs = load_split(args.data, c, "test", vocab)
        DocBin(docs=docs).to_disk(args.out / f"{c}_test.spacy")
        print(f"{c}_test: {len(docs)} sentences")


if __name__ == "__main__":
    main()
