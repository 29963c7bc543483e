"""Readers (files, folders, globs, JSONL, HTML, bad bytes) and writers (journal repair, tables)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from kemiskinan_ie.io.readers import (
    InputNotFound,
    dedupe_ids,
    expand_inputs,
    html_to_article,
    iter_records,
    looks_like_html,
)
from kemiskinan_ie.io.writers import (
    ARTICLE_COLUMNS,
    ENTITY_COLUMNS,
    FIGURE_COLUMNS,
    JsonlAppender,
    format_for,
    jsonl_to_tables,
    output_paths,
    repair_jsonl,
    scan_jsonl,
)

FIXTURES = Path(__file__).parent / "fixtures" / "articles"
TEXT = "Jumlah penduduk miskin di Kabupaten Contoh pada 2023 tercatat 12.345 jiwa atau 8,12 persen."


def _write(p: Path, data: str | bytes) -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        p.write_bytes(data)
    else:
        p.write_text(data, encoding="utf-8")
    return p


def test_folder_is_recursive_sorted_and_ids_are_relative(tmp_path: Path) -> None:
    _write(tmp_path / "b.txt", TEXT)
    _write(tmp_path / "a" / "z.txt", TEXT)
    _write(tmp_path / "a" / "y.html", "<html><body><p>" + TEXT + "</p></body></html>")
    _write(tmp_path / "a" / "notes.csv", "x,y")  # unsupported suffix: skipped in folders
    _write(tmp_path / ".hidden" / "c.txt", TEXT)  # hidden: skipped
    recs = list(iter_records([tmp_path]))
    assert [r["id"] for r in recs] == ["a/y", "a/z", "b"]
    assert recs[1]["meta"]["source"] == "a/z.txt"
    assert recs[1]["text"] == TEXT


def test_file_named_directly_gets_its_stem_and_glob_ids_are_relative_to_root(tmp_path: Path) -> None:
    _write(tmp_path / "korpus" / "2023" / "kalsel.txt", TEXT)
    _write(tmp_path / "korpus" / "2024" / "ntt.txt", TEXT)
    assert [r["id"] for r in iter_records([tmp_path / "korpus" / "2023" / "kalsel.txt"])] == ["kalsel"]
    ids = [r["id"] for r in iter_records([str(tmp_path / "korpus" / "**" / "*.txt")])]
    assert ids == ["2023/kalsel", "2024/ntt"]


def test_missing_input_and_empty_glob_are_usage_errors(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        expand_inputs([tmp_path / "nope.txt"])
    with pytest.raises(InputNotFound):
        expand_inputs([str(tmp_path / "*.jsonl")])


def test_jsonl_top_level_meta_missing_ids_and_malformed_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": TEXT, "title": "Judul", "published": "2024-01-15"}),
        "",
        '{"id": "rusak", "text": "tanpa penutup',
        json.dumps({"text": TEXT, "meta": {"published": "2023-03-01", "source": "koran"}}),
        json.dumps(["bukan", "objek"]),
        json.dumps({"id": "kosong", "text": None}),
        json.dumps({"id": 7, "text": TEXT, "meta": {"published": 2024}}),
    ]
    p = _write(tmp_path / "berita.jsonl", "\n".join(lines) + "\n")
    recs = list(iter_records([p]))
    assert [r["id"] for r in recs] == ["a1", "berita:3", "berita:4", "berita:5", "kosong", "7"]
    assert recs[0]["meta"] == {"title": "Judul", "published": "2024-01-15"}
    assert recs[1]["error"]["type"] == "JSONDecodeError"
    assert f"{p.as_posix()}:3" in recs[1]["error"]["message"]
    assert recs[2]["meta"] == {"published": "2023-03-01", "source": "koran"} and recs[2]["error"] is None
    assert recs[3]["error"]["type"] == "InputError" and ":5" in recs[3]["error"]["message"]
    assert recs[4]["error"] is not None and "no 'text'" in recs[4]["error"]["message"]
    assert recs[5]["meta"]["published"] == "2024"


def test_gzipped_jsonl_is_read(tmp_path: Path) -> None:
    import gzip

    p = tmp_path / "b.jsonl.gz"
    with gzip.open(p, "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": TEXT}) + "\n")
    assert [r["id"] for r in iter_records([p])] == ["g1"]
    assert [r["id"] for r in iter_records([tmp_path])] == ["g1"]


def test_invalid_utf8_binary_and_bom_are_decoded_with_warnings(tmp_path: Path) -> None:
    _write(tmp_path / "latin1.txt", "Garis kemiskinan naik\u2014".encode("cp1252") + b" \xe9 12 persen")
    _write(tmp_path / "biner.txt", b"\x00\x01\x02\xff\xfe" * 50)
    _write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + TEXT.encode())
    _write(tmp_path / "x.jsonl", b'{"id": "j", "text": "angka \xff miskin"}\n')
    recs = {r["id"]: r for r in iter_records([tmp_path])}
    assert "\ufffd" in recs["latin1"]["text"] and any("invalid UTF-8" in w for w in recs["latin1"]["warnings"])
    assert any("binary" in w for w in recs["biner"]["warnings"])
    assert recs["bom"]["text"] == TEXT and recs["bom"]["warnings"] == []
    assert recs["j"]["text"] == "angka \ufffd miskin" and recs["j"]["warnings"]


def test_very_long_jsonl_line_is_read_whole(tmp_path: Path) -> None:
    big = (TEXT + " ") * 120_000  # ~11 MB on one line
    p = _write(tmp_path / "besar.jsonl", json.dumps({"id": "besar", "text": big}) + "\n" + json.dumps({"id": "kecil", "text": TEXT}))
    recs = list(iter_records([p]))
    assert [r["id"] for r in recs] == ["besar", "kecil"]
    assert recs[0]["text"] == big


def test_duplicate_ids_get_deterministic_suffixes_with_warning() -> None:
    recs = [{"id": i, "text": "x", "warnings": []} for i in ["a", "b", "a", "a#2", "a"]]
    out = list(dedupe_ids(recs))
    assert [r["id"] for r in out] == ["a", "b", "a#2", "a#2#2", "a#3"]
    assert out[2]["warnings"] == ["duplicate id 'a' renamed to 'a#2'"]
    assert out[0]["warnings"] == []


def test_saved_html_page_keeps_main_text_title_and_date() -> None:
    pytest.importorskip("trafilatura")
    recs = list(iter_records([FIXTURES / "halaman-berita.html"]))
    assert len(recs) == 1
    r = recs[0]
    assert r["id"] == "halaman-berita"
    assert r["meta"]["title"] == "Kemiskinan di Kota Medan Turun Tipis"
    assert r["meta"]["published"] == "2023-07-18"
    assert "193,37 ribu orang" in r["text"]
    assert "Beranda" not in r["text"] and "counter" not in r["text"] and "Hak cipta" not in r["text"]


def test_html_fallback_without_trafilatura_strips_tags(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "trafilatura", None)  # import fails as if not installed
    text, meta, warnings = html_to_article(
        '<html><head><title>T</title><meta property="article:published_time" content="2022-05-02T10:00">'
        "<script>x=1</script></head><body><nav>Menu</nav><p>Satu &amp; dua</p><p>Tiga</p></body></html>"
    )
    assert text == "Satu & dua\n\nTiga"
    assert meta == {"title": "T", "published": "2022-05-02"}
    assert any("trafilatura not installed" in w for w in warnings)


def test_html_given_as_text_is_detected(tmp_path: Path) -> None:
    page = (FIXTURES / "halaman-berita.html").read_text(encoding="utf-8")
    assert looks_like_html(page) and not looks_like_html("Angka <b>kemiskinan</b> turun")
    _write(tmp_path / "salah.txt", page)
    _write(tmp_path / "j.jsonl", json.dumps({"id": "h", "text": page}) + "\n")
    recs = {r["id"]: r for r in iter_records([tmp_path])}
    for rid in ("salah", "h"):
        assert "<p>" not in recs[rid]["text"] and "Medan" in recs[rid]["text"]
        assert any("HTML" in w for w in recs[rid]["warnings"])


def test_format_and_output_paths(tmp_path: Path) -> None:
    assert format_for("a.jsonl") == "jsonl" and format_for("a.csv") == "csv" and format_for("a.parquet") == "parquet"
    assert format_for("a.out", "CSV") == "csv" and format_for("a.weird") == "jsonl"
    with pytest.raises(ValueError):
        format_for("a.jsonl", "xlsx")
    p = output_paths(tmp_path / "hasil.csv")
    assert p.journal == tmp_path / "hasil.jsonl"
    assert p.tables == {"figures": tmp_path / "hasil.csv", "entities": tmp_path / "hasil.entities.csv",
                        "articles": tmp_path / "hasil.articles.csv"}


def test_repair_cuts_only_a_partial_last_line(tmp_path: Path) -> None:
    p = tmp_path / "o.jsonl"
    p.write_bytes(b'{"id":"a"}\n{"id":"b"}\n{"id":"c","te')
    assert repair_jsonl(p) == len(b'{"id":"c","te')
    assert p.read_bytes() == b'{"id":"a"}\n{"id":"b"}\n'
    assert repair_jsonl(p) == 0
    p.write_bytes(b'{"id":"only-partial')
    assert repair_jsonl(p) == len(b'{"id":"only-partial') and p.read_bytes() == b""


def test_scan_counts_ids_and_errors(tmp_path: Path) -> None:
    p = tmp_path / "o.jsonl"
    p.write_bytes(b'{"id":"a"}\n{"id":"b","error":{"type":"X","message":"m"}}\nnot json\n{"id":"c"')
    st = scan_jsonl(p)
    assert st.ids == {"a", "b"} and st.errors == 1 and st.bad_lines == [3] and st.repaired_bytes == 9


def test_appender_writes_whole_lines_and_escapes_lone_surrogates(tmp_path: Path) -> None:
    p = tmp_path / "o.jsonl"
    with JsonlAppender(p, append=False, fsync_every=1) as w:
        w.write(json.dumps({"id": "s", "text": "a\ud800b"}, ensure_ascii=False))
        w.write(json.dumps({"id": "t"}))
    raw = p.read_bytes()
    raw.decode("utf-8")  # valid UTF-8
    assert [json.loads(x)["id"] for x in raw.splitlines()] == ["s", "t"]
    with JsonlAppender(p, append=True) as w:
        w.write('{"id":"u"}')
    assert p.read_bytes().endswith(b'{"id": "t"}\n{"id":"u"}\n')


def _journal(tmp_path: Path) -> Path:
    good = {
        "id": "art-1", "text": "x" * 40, "meta": {"title": "Judul", "published": "2024-03-01"},
        "entities": [
            {"label": "PLACE", "text": "Kalsel", "start": 0, "end": 6, "attrs": {"code": "63", "kind": "provinsi"}},
            {"label": "QUANTITY", "text": "4,29 persen", "start": 10, "end": 21, "attrs": {"value": 4.29, "unit": "percent"}},
        ],
        "figures": [{"metric": "poverty_rate", "value": 4.29, "unit": "percent", "region": "Kalimantan Selatan",
                     "region_code": "63", "year": 2023, "month": 3, "kind": "level", "text": "4,29 persen",
                     "start": 10, "end": 21}],
        "boilerplate": [], "warnings": [{"code": "input", "message": "w", "figures": []}],
    }
    bad = {"id": "art-2", "text": "", "meta": {}, "entities": [], "figures": [], "boilerplate": [], "warnings": [],
           "error": {"type": "JSONDecodeError", "message": "f.jsonl:3: malformed"}}
    p = tmp_path / "hasil.jsonl"
    p.write_text(json.dumps(good) + "\n" + json.dumps(bad) + "\n", encoding="utf-8")
    return p


def test_csv_tables_have_one_row_per_figure_entity_and_article(tmp_path: Path) -> None:
    j = _journal(tmp_path)
    paths = output_paths(tmp_path / "hasil.csv")
    counts = jsonl_to_tables(j, paths)
    assert counts == {"figures": 1, "entities": 2, "articles": 2}
    with open(paths.tables["figures"], encoding="utf-8") as fh:
        figs = list(csv.DictReader(fh))
    assert tuple(figs[0]) == FIGURE_COLUMNS
    assert figs[0]["article_id"] == "art-1" and figs[0]["start"] == "10" and figs[0]["end"] == "21"
    assert figs[0]["metric"] == "poverty_rate" and figs[0]["region_code"] == "63"
    with open(paths.tables["entities"], encoding="utf-8") as fh:
        ents = list(csv.DictReader(fh))
    assert tuple(ents[0]) == ENTITY_COLUMNS and ents[0]["attr_code"] == "63" and ents[1]["attr_unit"] == "percent"
    with open(paths.tables["articles"], encoding="utf-8") as fh:
        arts = list(csv.DictReader(fh))
    assert tuple(arts[0]) == ARTICLE_COLUMNS
    assert [a["article_id"] for a in arts] == ["art-1", "art-2"]
    assert arts[1]["error_type"] == "JSONDecodeError" and arts[0]["n_figures"] == "1"
    assert not list(tmp_path.glob("*.tmp"))


def test_parquet_tables_are_typed_and_read_by_pandas(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    j = _journal(tmp_path)
    paths = output_paths(tmp_path / "hasil.parquet")
    jsonl_to_tables(j, paths)
    figs = pd.read_parquet(paths.tables["figures"])
    assert list(figs.columns) == list(FIGURE_COLUMNS)
    assert figs.loc[0, "value"] == pytest.approx(4.29) and int(figs.loc[0, "year"]) == 2023
    ents = pd.read_parquet(paths.tables["entities"])
    assert len(ents) == 2 and ents.loc[1, "attr_value"] == pytest.approx(4.29)
    arts = pd.read_parquet(paths.tables["articles"])
    assert arts["error_type"].tolist()[1] == "JSONDecodeError"


def test_empty_tables_keep_their_columns(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    j = tmp_path / "kosong.jsonl"
    j.write_text("", encoding="utf-8")
    paths = output_paths(tmp_path / "kosong.parquet")
    assert jsonl_to_tables(j, paths) == {"figures": 0, "entities": 0, "articles": 0}
    assert list(pd.read_parquet(paths.tables["figures"]).columns) == list(FIGURE_COLUMNS)
