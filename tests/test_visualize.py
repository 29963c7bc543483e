"""HTML rendering of one article: entities, figure labels, escaping, offsets."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from kemiskinan_ie.schema import ArticleResult, Entity, EntityAttrs, Figure
from kemiskinan_ie.visualize import figure_label, render

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _result() -> ArticleResult:
    text = "Kepala BPS Tapin, Nurul Aini, menyebut kemiskinan <b>Kabupaten Tapin</b> pada 2022 sebesar 3,41 persen & turun."
    ents = [
        Entity(label="AGENCY", text="BPS Tapin", start=7, end=16),
        Entity(label="OFFICIAL", text="Nurul Aini", start=18, end=28, attrs=EntityAttrs(title="Kepala BPS Tapin")),
        Entity(label="PLACE", text="Kabupaten Tapin", start=text.index("Kabupaten"), end=text.index("Kabupaten") + 15,
               attrs=EntityAttrs(code="63.05")),
        # a building block overlapping the figure span: must not garble the text
        Entity(label="QUANTITY", text="3,41 persen", start=text.index("3,41"), end=text.index("3,41") + 11),
        Entity(label="DATE", text="2022", start=text.index("2022"), end=text.index("2022") + 4),
    ]
    s = text.index("3,41")
    figs = [Figure(metric="poverty_rate", value=3.41, unit="percent", region="Kabupaten Tapin", region_code="63.05",
                   year=2022, text="3,41 persen", start=s, end=s + 11, speaker="Nurul Aini")]
    return ArticleResult(id="t<1>", text=text, entities=ents, figures=figs)


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.data.append(data)


def _visible(html: str) -> str:
    p = _Collect()
    p.feed(html)
    return " ".join(" ".join(p.data).split())


def test_html_has_entities_and_figure_labels():
    html = render(_result(), jupyter=False)
    visible = _visible(html)
    for t in ("Nurul Aini", "BPS Tapin", "Kabupaten Tapin", "OFFICIAL", "AGENCY", "PLACE"):
        assert t in visible
    assert "poverty_rate · 63.05 · 2022 · 3.41 %" in visible
    assert figure_label(_result().figures[0].model_dump()) == "poverty_rate · 63.05 · 2022 · 3.41 %"
    # the figure table lists the speaker
    assert "<td>Nurul Aini</td>" in html


def test_text_is_escaped():
    html = render(_result(), jupyter=False, page=True)
    assert "<b>Kabupaten" not in html
    assert "&lt;b&gt;" in html
    assert "t&lt;1&gt;" in html  # the id in the heading
    p = _Collect()
    p.feed(html)
    assert "b" not in p.tags  # the article's markup never becomes a tag


def test_every_character_of_the_text_survives_both_renderings():
    r = _result()
    html = render(r, jupyter=False)
    visible = _visible(html)
    # sentence tail after the figure and before it appear in both renderings (no garbling by overlaps)
    assert visible.count("& turun.") == 2
    assert visible.count("menyebut kemiskinan <b>") == 2


def test_bad_offsets_are_ignored_not_fatal():
    d = _result().model_dump(mode="json")
    d["entities"].append({"label": "PLACE", "text": "x", "start": 500, "end": 510})
    d["figures"].append({**d["figures"][0], "start": 40, "end": 30})
    html = render(d, jupyter=False)
    assert "Nurul Aini" in html


def test_renders_gold_lines_too():
    line = (FIXTURES / "gold_small.jsonl").read_text(encoding="utf-8").splitlines()[0]
    gold = json.loads(line)
    html = render(gold, jupyter=False)
    for f in gold["figures"]:
        assert f["metric"] in html
    assert html.count("<mark") == len(gold["entities"]) + len(gold["figures"])


def test_cli_show_writes_page(tmp_path):
    from typer.testing import CliRunner

    from kemiskinan_ie.cli import app

    src = tmp_path / "pred.jsonl"
    src.write_text(_result().to_json() + "\n", encoding="utf-8")
    out = tmp_path / "out.html"
    res = CliRunner().invoke(app, ["show", str(src), "--id", "t<1>", "--html", str(out)])
    assert res.exit_code == 0, res.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and re.search(r"<meta charset='utf-8'>", page)
    assert "poverty_rate" in page


def test_boilerplate_is_shaded_and_labelled():
    d = _result().model_dump(mode="json")
    d["text"] += "\nBaca juga: Harga beras naik"
    start = d["text"].index("Baca juga")
    d["boilerplate"] = [{"start": start, "end": len(d["text"]), "kind": "related"}]
    html = render(d, jupyter=False)
    assert "BOILERPLATE" in _visible(html)
    assert _visible(html).count("Baca juga: Harga beras naik") == 2
