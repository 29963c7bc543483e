"""Read articles from files, folders, globs, JSONL and saved HTML pages.

Every reader yields plain record dicts, the shape ``extract_many`` takes::

    {"id": str, "text": str | None, "meta": {...}, "warnings": [str, ...],
     "error": {"type": str, "message": str} | None}

A record with ``error`` set is turned into an error record by the pipeline instead of being
processed (a malformed JSONL line, a record without text). Reading never stops on one bad
file or line: the problem becomes a record or a warning, and the rest is read.

Ids are deterministic:

* JSONL: the record's ``id``; when missing, ``<file id>:<line number>``;
* ``.txt`` / ``.html``: the path relative to the input folder (or glob root) without its
  suffix, e.g. ``2023/kalsel``; a file named directly gets its stem;
* the same id seen again gets ``#2``, ``#3``, ... appended (see ``dedupe_ids``), with a warning.
"""

from __future__ import annotations

import glob
import gzip
import html
import json
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, BinaryIO

#: Suffixes picked up when walking a folder or a glob (anything else is skipped there).
TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES

#: Top-level JSONL keys copied into ``meta`` when ``meta`` does not already have them.
TOP_LEVEL_META = ("title", "published", "source", "url", "date")

_GLOB_CHARS = re.compile(r"[*?\[]")
_HTML_DOC_RE = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.I | re.S)
_HTML_DOC_STR_RE = re.compile(r"^\s*(?:<!doctype\s+html|<html[\s>])", re.I)


class InputNotFound(ValueError):
    """An input path or glob that matches nothing (a usage error)."""


@dataclass(frozen=True)
class InputFile:
    """One file to read and the id it gets: ``file_id`` is relative to its input root."""

    path: Path
    file_id: str
    kind: str  # "jsonl" | "text" | "html"
    source: str = ""  # the path relative to its input root, kept as ``meta.source``


def _kind(path: Path) -> str | None:
    name = path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    if name.endswith(HTML_SUFFIXES):
        return "html"
    if name.endswith(TEXT_SUFFIXES):
        return "text"
    return None


def _strip_suffix(rel: str) -> str:
    low = rel.lower()
    for suf in sorted(SUPPORTED_SUFFIXES, key=len, reverse=True):
        if low.endswith(suf):
            return rel[: -len(suf)]
    stem, dot, _ = rel.rpartition(".")
    return stem if dot and "/" not in rel[len(stem):] and stem else rel


def _rel(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


def _file_id(path: Path, root: Path | None) -> str:
    return _strip_suffix(_rel(path, root))


def _input_file(path: Path, root: Path | None) -> InputFile:
    return InputFile(path, _file_id(path, root), _kind(path) or "text", _rel(path, root))


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    fixed: list[str] = []
    for part in parts:
        if _GLOB_CHARS.search(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def expand_inputs(inputs: Sequence[str | os.PathLike]) -> list[InputFile]:
    """Resolve files, folders (recursive, sorted) and glob patterns into an ordered file list.

    Raises ``InputNotFound`` for a path that does not exist or a glob that matches no file.
    Folders and globs keep only supported suffixes and skip hidden files; a file named
    directly is read whatever its suffix (as plain text when the suffix is unknown).
    """
    out: list[InputFile] = []
    for raw in inputs:
        s = os.fspath(raw)
        p = Path(s)
        if p.is_dir():
            files = sorted(
                (f for f in p.rglob("*") if f.is_file() and _kind(f) and not _is_hidden(f.relative_to(p))),
                key=lambda f: f.relative_to(p).as_posix(),
            )
            out.extend(_input_file(f, p) for f in files)
        elif p.is_file():
            out.append(_input_file(p, None))
        elif _GLOB_CHARS.search(s):
            root = _glob_root(s)
            matches = sorted(Path(m) for m in glob.glob(s, recursive=True))
            files = [m for m in matches if m.is_file() and _kind(m)]
            if not files:
                raise InputNotFound(f"no supported files match {s!r}")
            out.extend(_input_file(f, root) for f in files)
        else:
            raise InputNotFound(f"input not found: {s}")
    return out


def decode_bytes(data: bytes, where: str) -> tuple[str, list[str]]:
    """Decode UTF-8 (dropping a BOM); invalid bytes become U+FFFD with a warning."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError as exc:
        warn = f"invalid UTF-8 in {where} (first at byte {exc.start}) decoded with replacement"
        if b"\x00" in data[:8192]:
            warn = f"binary data in {where} decoded as UTF-8 with replacement"
        return data.decode("utf-8", errors="replace"), [warn]


def looks_like_html(text: str | bytes) -> bool:
    """True when the text is a whole HTML document (starts with a doctype or ``<html>``)."""
    if isinstance(text, bytes):
        return bool(_HTML_DOC_RE.match(text[:4096]))
    return bool(_HTML_DOC_STR_RE.match(text[:4096]))


class _TextFromHTML(HTMLParser):
    """Plain-text fallback when trafilatura is not installed or finds no main text."""

    _SKIP = {"script", "style", "noscript", "template", "head", "nav", "footer", "svg"}
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "article", "section", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: str | None = None
        self.published: str | None = None
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        elif tag == "meta":
            a = dict(attrs)
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key in ("article:published_time", "datepublished", "date", "pubdate") and a.get("content"):
                self.published = self.published or (a["content"] or "")[:10]
        if tag in self._SKIP:
            self._skip += 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title = ((self.title or "") + data).strip()
        elif not self._skip:
            self.parts.append(data)

    def text(self) -> str:
        lines = (re.sub(r"[ \t\r\f\v]+", " ", ln).strip() for ln in "".join(self.parts).split("\n"))
        return "\n\n".join(ln for ln in lines if ln)


def html_to_article(markup: str) -> tuple[str, dict[str, Any], list[str]]:
    """Main text, metadata (title, published) and warnings from one HTML page.

    Uses trafilatura (``pip install kemiskinan-ie[html]``) when available; otherwise, or when it
    finds no main text, a plain tag-stripping fallback with a warning.
    """
    meta: dict[str, Any] = {}
    warnings: list[str] = []
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
        warnings.append("trafilatura not installed: HTML tags stripped without main-text detection")
    if trafilatura is not None:
        try:
            got = trafilatura.extract(
                markup, output_format="json", with_metadata=True, include_comments=False, include_tables=True
            )
        except Exception as exc:  # noqa: BLE001  (a broken page must not stop the batch)
            got = None
            warnings.append(f"trafilatura failed ({type(exc).__name__}); tags stripped instead")
        if got:
            data = json.loads(got)
            if data.get("title"):
                meta["title"] = data["title"]
            if data.get("date"):
                meta["published"] = data["date"]
            text = data.get("text") or ""
            if text.strip():
                return text, meta, warnings
        if not warnings:
            warnings.append("no main text found in HTML; tags stripped instead")
    parser = _TextFromHTML()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # noqa: BLE001
        return html.unescape(re.sub(r"<[^>]+>", " ", markup)), meta, warnings
    if parser.title and "title" not in meta:
        meta["title"] = parser.title
    if parser.published and "published" not in meta:
        meta["published"] = parser.published
    return parser.text(), meta, warnings


def _error(rid: str, etype: str, message: str, meta: dict | None = None, warnings: list[str] | None = None) -> dict:
    return {"id": rid, "text": None, "meta": meta or {}, "warnings": warnings or [],
            "error": {"type": etype, "message": message}}


def _open_binary(path: Path) -> BinaryIO:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")


def _clean_meta(value: Any) -> dict[str, Any]:
    meta = dict(value) if isinstance(value, dict) else {}
    for key in ("published", "title", "source"):
        v = meta.get(key)
        if v is not None and not isinstance(v, str):
            meta[key] = str(v)
    return meta


def read_jsonl_stream(stream: Iterable[bytes], file_id: str, where_file: str) -> Iterator[dict]:
    """Records from JSONL byte lines; ``file_id`` names ids of records without one, ``where_file`` errors."""
    for lineno, raw in enumerate(stream, 1):
        if not raw.strip():
            continue
        where = f"{where_file}:{lineno}"
        line, warns = decode_bytes(raw, where)
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            msg = f"{where}: malformed JSON line ({exc.msg} at column {exc.colno})"
            yield _error(f"{file_id}:{lineno}", "JSONDecodeError", msg, warnings=warns)
            continue
        if not isinstance(obj, dict):
            msg = f"{where}: a JSON object was expected, got {type(obj).__name__}"
            yield _error(f"{file_id}:{lineno}", "InputError", msg, warnings=warns)
            continue
        rid = obj.get("id")
        rid = f"{file_id}:{lineno}" if rid is None or rid == "" else str(rid)
        meta_raw = obj.get("meta")
        if meta_raw is not None and not isinstance(meta_raw, dict):
            warns.append(f"{where}: 'meta' is not an object and was ignored")
        meta = _clean_meta(meta_raw)
        for key in TOP_LEVEL_META:
            name = "published" if key == "date" else key
            if key in obj and name not in meta and obj[key] is not None:
                meta[name] = obj[key] if isinstance(obj[key], str) else str(obj[key])
        text = obj.get("text")
        if not isinstance(text, str):
            what = "no 'text'" if text is None else f"'text' of type {type(text).__name__}"
            yield _error(rid, "InputError", f"{where}: record has {what}", meta=meta, warnings=warns)
            continue
        if looks_like_html(text):
            text, hmeta, hw = html_to_article(text)
            warns.append("text looked like an HTML page: main text extracted")
            warns.extend(hw)
            for k, v in hmeta.items():
                meta.setdefault(k, v)
        yield {"id": rid, "text": text, "meta": meta, "warnings": warns, "error": None}


def read_jsonl(path: Path, file_id: str | None = None) -> Iterator[dict]:
    """Yield one record per non-blank line of a JSONL file (``.gz`` too); bad lines become error records."""
    fid = file_id if file_id is not None else _file_id(path, None)
    with _open_binary(path) as fh:
        yield from read_jsonl_stream(fh, fid, path.as_posix())


def read_file(f: InputFile) -> Iterator[dict]:
    """Yield the record(s) of one input file (never raises for unreadable content)."""
    source = f.source or f.path.name
    if f.kind == "jsonl":
        try:
            yield from read_jsonl(f.path, f.file_id)
        except OSError as exc:
            yield _error(f.file_id, type(exc).__name__, f"{f.path.as_posix()}: cannot read ({exc.strerror or exc})")
        except (EOFError, gzip.BadGzipFile) as exc:
            yield _error(f"{f.file_id}:eof", type(exc).__name__, f"{f.path.as_posix()}: truncated or corrupt file ({exc})")
        return
    try:
        data = f.path.read_bytes()
    except OSError as exc:
        yield _error(f.file_id, type(exc).__name__, f"{f.path.as_posix()}: cannot read ({exc.strerror or exc})",
                     meta={"source": source})
        return
    where = f.path.as_posix()
    meta: dict[str, Any] = {"source": source}
    if f.kind == "html" or looks_like_html(data):
        markup, warns = decode_bytes(data, where)
        text, hmeta, hw = html_to_article(markup)
        if f.kind != "html":
            warns.append("text looked like an HTML page: main text extracted")
        meta.update(hmeta)
        yield {"id": f.file_id, "text": text, "meta": meta, "warnings": warns + hw, "error": None}
        return
    text, warns = decode_bytes(data, where)
    yield {"id": f.file_id, "text": text, "meta": meta, "warnings": warns, "error": None}


def dedupe_ids(records: Iterable[dict]) -> Iterator[dict]:
    """Make ids unique in input order: a repeated ``x`` becomes ``x#2``, ``x#3``, ... (with a warning).

    Both articles are kept. The rename depends only on input order, so it is the same on every
    run, which ``--resume`` relies on.
    """
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for rec in records:
        rid = rec["id"]
        if rid in seen:
            n = counts.get(rid, 1)
            new = rid
            while new in seen:
                n += 1
                new = f"{rid}#{n}"
            counts[rid] = n
            rec = {**rec, "id": new, "warnings": [*rec.get("warnings", []), f"duplicate id {rid!r} renamed to {new!r}"]}
            rid = new
        seen.add(rid)
        yield rec


def iter_records(inputs: Sequence[str | os.PathLike] | Sequence[InputFile]) -> Iterator[dict]:
    """All records of ``inputs`` (paths, folders, globs) in a deterministic order, ids made unique."""
    files = inputs if inputs and all(isinstance(i, InputFile) for i in inputs) else expand_inputs(inputs)  # type: ignore[arg-type]

    def gen() -> Iterator[dict]:
        for f in files:
            yield from read_file(f)  # type: ignore[arg-type]

    return dedupe_ids(gen())


def count_records(files: Sequence[InputFile]) -> int:
    """A fast estimate of how many records ``files`` hold (JSONL: non-blank lines), for progress bars."""
    total = 0
    for f in files:
        if f.kind != "jsonl":
            total += 1
            continue
        try:
            with _open_binary(f.path) as fh:
                last = b"\n"
                for block in iter(lambda fh=fh: fh.read(1 << 20), b""):
                    total += block.count(b"\n")
                    last = block[-1:]
                if last != b"\n":
                    total += 1
        except (OSError, EOFError):
            total += 1
    return total
