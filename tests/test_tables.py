"""Tables written as text (``components/relations/tables.py``)."""

from __future__ import annotations

from kemiskinan_ie.components.relations.tables import column_at, find_tables
from kemiskinan_ie.text_units import sentences


def _metric_of(label: str, family: str) -> str | None:
    return "poverty_rate" if family == "pct" and "miskin" in label.lower() else None


def test_rows_under_a_header_get_its_columns_and_a_plain_line_ends_the_table() -> None:
    text = ("Persentase penduduk miskin 2016\nDaerah | Persentase (%) | Jumlah (jiwa)\nKerinci | 7,45 | 17,9 ribu\n"
            "Bungo | 5,92 | 21,3 ribu\nCatatan di bawah tabel.\nTebo | 6,1 | 20 ribu")
    sents = sentences(text)
    rows = find_tables(text, sents, _metric_of)
    lines = [text[s:e] for s, e in sents]
    assert sorted(lines[n] for n in rows) == ["Bungo | 5,92 | 21,3 ribu", "Kerinci | 7,45 | 17,9 ribu"]
    n = lines.index("Kerinci | 7,45 | 17,9 ribu")
    s0 = sents[n][0]
    pct = column_at(text, s0, text.index("7,45"), rows[n])
    count = column_at(text, s0, text.index("17,9"), rows[n])
    assert (pct.family, pct.unit, pct.metric) == ("pct", "percent", "poverty_rate")  # metric from the caption
    assert (count.family, count.unit, count.metric) == ("persons", "persons", None)


def test_a_line_of_numbers_is_no_header_and_rows_of_another_width_are_no_rows() -> None:
    text = "2015 | 7,1 | 8,2\nA | B\nKerinci | 7,45 | 1 | 2"
    assert find_tables(text, sentences(text), _metric_of) == {}


def test_a_header_or_caption_names_the_tables_period() -> None:
    text = ("Penerima Otsus tahun anggaran 2025\nKabupaten\tPenerima (KPM)\tKemiskinan Maret 2024 (%)\n"
            "Teluk Bintuni\t4.120\t27,15")
    sents = sentences(text)
    rows = find_tables(text, sents, _metric_of)
    (columns, sep), = rows.values()
    assert sep == "\t"
    assert [(c.year, c.month) for c in columns] == [(2025, None), (2025, None), (2024, 3)]
    caption_only = ("Penerima menurut kabupaten, 2025\nKabupaten | Penerima (KPM) | Persentase (%)\n"
                    "Teluk Bintuni | 4.120 | 27,15")
    (columns, _), = find_tables(caption_only, sentences(caption_only), _metric_of).values()
    assert [(c.year, c.month) for c in columns] == [(2025, None)] * 3


def test_columns_labelled_only_by_a_period_take_the_unit_the_caption_names() -> None:
    text = ("Daftar daerah dengan angka kemiskinan tertinggi, September 2022 dan September 2023 (dalam persen):\n"
            "Wilayah | September 2022 | September 2023\nMentawai | 14,2 | 13,9\nKota Solok | 3,4 | 3,1")
    sents = sentences(text)
    rows = find_tables(text, sents, _metric_of)
    assert len(rows) == 2
    columns, _ = next(iter(rows.values()))
    assert [c.family for c in columns] == [None, "pct", "pct"]
    assert [(c.year, c.month, c.metric) for c in columns[1:]] == [(2022, 9, "poverty_rate"), (2023, 9, "poverty_rate")]
    # a label with more than its period keeps its own (missing) unit
    text2 = text.replace("| September 2022 |", "| Catatan September 2022 |")
    assert find_tables(text2, sentences(text2), _metric_of) != {}
    cols2, _ = next(iter(find_tables(text2, sentences(text2), _metric_of).values()))
    assert cols2[1].family is None and cols2[2].family == "pct"


def test_period_columns_give_each_cell_its_year_in_an_article() -> None:
    import kemiskinan_ie

    text = ("Angka kemiskinan di sejumlah daerah di Sumatera Barat pada Maret 2021 dan Maret 2022 "
            "(dalam persen):\n\nDaerah | Maret 2021 | Maret 2022\nKepulauan Mentawai | 14,84 | 14,37\n"
            "Kota Padang | 4,94 | 4,80\n\nSemua daerah mencatat penurunan.")
    figs = kemiskinan_ie.extract(text, published="2022-08-01").figures
    got = {(f.value, f.year, f.month, f.metric) for f in figs}
    assert {(14.84, 2021, 3, "poverty_rate"), (14.37, 2022, 3, "poverty_rate"),
            (4.94, 2021, 3, "poverty_rate"), (4.8, 2022, 3, "poverty_rate")} <= got


def test_an_infographic_written_as_lines_takes_its_captions_unit_and_metric() -> None:
    import kemiskinan_ie

    text = ("Kemiskinan Kabupaten Mesuji turun dua tahun berturut-turut.\n\nJumlah Penduduk Miskin (ribu jiwa)\n"
            "2021: 18,40\n2022: 17,95\n\nGaris Kemiskinan (Rp/kapita/bulan)\n2021: 401.220\n2022: 433.010\n\n"
            "Kemiskinan masih menjadi perhatian. Diperbarui 10.15 WIB.")
    figs = kemiskinan_ie.extract(text, published="2023-02-01").figures
    got = {(f.value, f.metric, f.year) for f in figs}
    assert {(18400, "poverty_count", 2021), (17950, "poverty_count", 2022),
            (401220, "poverty_line", 2021), (433010, "poverty_line", 2022)} <= got
    assert not any(f.value == 10.15 for f in figs)  # a time of day with its zone is no figure
