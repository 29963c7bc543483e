"""Relation and boilerplate rules added in session 16, each on short articles written for these tests."""

from __future__ import annotations

from .test_relations import one


def _values(r) -> set[str]:
    return {f.text for f in r.figures if f.metric != "other"}


def test_headlines_listed_under_a_related_links_heading_are_no_figures(extract):
    body = ("TERNATE – Persentase penduduk miskin Kota Ternate pada Maret 2019 sebesar 2,81 persen, turun dari 2,95 "
            "persen setahun sebelumnya.\n\n")
    lists = {
        "Baca juga:\n• BPS: Angka Kemiskinan Halmahera Barat Naik Jadi 9,12 Persen\n• Harga Cengkih Anjlok di Ternate\n",
        "BERITA TERKAIT\nGaris Kemiskinan Maluku Utara Tembus Rp480 Ribu per Bulan\nPemkot Salurkan Rp4 Miliar Bansos\n",
        "Artikel Terkait:\n\n- Penduduk Miskin Tidore Tinggal 5.410 Jiwa\n- Rp2,5 Miliar untuk 300 KPM di Sanana\n",
    }
    for block in lists:
        r = extract(body + block + "\nEditor: Nur", "2019-07-20")
        assert _values(r) == {"2,81 persen", "2,95 persen"}, block
        assert any(e.label == "PLACE" and e.text == "Kota Ternate" for e in r.entities)
        assert not any(e.start > len(body) and e.label in ("PLACE", "QUANTITY") for e in r.entities)
    # a paragraph of the article after a heading alone on its line is no headline: it ends a sentence
    r = extract(body + "Baca juga:\nKemiskinan ekstrem di Kota Ternate pada 2019 sebesar 0,61 persen, kata dia.\n",
                "2019-07-20")
    assert "0,61 persen" in _values(r)


def test_a_districts_count_goes_on_with_a_registry_given_in_two_units(extract):
    text = ("BERAU – Dinas Sosial Kabupaten Berau merilis sebaran warga miskin. Per Juni 2022, totalnya 21.300 jiwa dari "
            "7.020 keluarga tercatat dalam Data Terpadu Kesejahteraan Sosial (DTKS), tersebar di 13 kecamatan.\n\n"
            "Kecamatan Tanjung Redeb berada di urutan pertama dengan 5.210 jiwa. Posisi kedua ditempati Sambaliung dengan "
            "3.180 jiwa, lalu Gunung Tabur 2.640 jiwa.")
    r = extract(text, "2022-07-11")
    for value, code in (("5.210 jiwa", "64.03.05"), ("3.180 jiwa", "64.03.03"), ("2.640 jiwa", "64.03.06")):
        f = one(r, value)
        assert (f.metric, f.region_code, f.year) == ("welfare_registry_count", code, 2022), value
    # a count of its own after the registry, naming no district, stays other
    r = extract(text.split("\n\n")[0] + "\n\nSelama semester pertama, 1.120 jiwa diusulkan masuk.", "2022-07-11")
    assert one(r, "1.120 jiwa").metric == "other"


def test_the_value_of_what_a_comparative_compares_with_is_a_level(extract):
    r = extract("SEMARANG – Garis kemiskinan Jawa Tengah pada Maret 2017 sebesar Rp333.224 per kapita per bulan, lebih "
                "rendah dibanding garis kemiskinan nasional Rp374.478.", "2017-07-20")
    f = one(r, "Rp374.478")
    assert (f.metric, f.kind, f.value, f.region_code) == ("poverty_line", "level", 374478, "ID")
    # a period compared with keeps the difference
    r = extract("SEMARANG – Jumlah penduduk miskin Jawa Tengah pada Maret 2017 sebanyak 4,45 juta jiwa, lebih rendah "
                "dibanding tahun lalu 57 ribu jiwa.", "2017-07-20")
    assert one(r, "57 ribu jiwa").kind == "change"


def test_a_lag_behind_another_place_and_a_wage_rise_are_no_poverty_rate(extract):
    r = extract("SEMARANG – Kemiskinan Jawa Tengah pada Maret 2017 sebesar 13,01 persen. Artinya Jawa Tengah masih "
                "tertinggal 2,37 persen poin dari rata-rata Indonesia. Upah buruh tani naik 2,1 persen.", "2017-07-20")
    assert _values(r) == {"13,01 persen"}


def test_staff_on_duty_are_no_recipients(extract):
    r = extract("BIMA – Penerima PKH di Kabupaten Bima pada 2016 sebanyak 24.300 KPM. Namun pendamping PKH yang bertugas "
                "hanya sekitar 90 orang.", "2016-05-02")
    assert one(r, "24.300 KPM").metric == "beneficiary_count"
    assert one(r, "90 orang").metric == "other"


def test_back_to_the_place_in_view_named_in_the_sentence_before(extract):
    text = ("SOFIFI – Persentase penduduk miskin Maluku Utara pada Maret 2019 sebesar 6,77 persen.\n\n"
            "Di kabupaten, data 2018 menunjukkan Halmahera Selatan turun ke 4,94 persen.\n\n"
            "Kepala BPS Maluku Utara menjelaskan penurunan terjadi baik di perkotaan maupun perdesaan. Persentase "
            "penduduk miskin perkotaan turun menjadi 3,15 persen, sedangkan di perdesaan 8,01 persen.")
    r = extract(text, "2019-07-16")
    assert one(r, "4,94 persen").year == 2018
    for value in ("3,15 persen", "8,01 persen"):
        f = one(r, value)
        assert (f.region_code, f.year, f.month) == ("82", 2019, 3), value


def test_a_story_citing_bps_with_one_place_late_as_an_example_is_the_nations(extract):
    text = ("TAJUK: Satu Dekade Angka Kemiskinan\n\n"
            "Data Badan Pusat Statistik (BPS) mencatat persentase penduduk miskin Maret 2024 sebesar 9,03 persen, terendah "
            "sepanjang sejarah. Sepuluh tahun sebelumnya, pada September 2014, angkanya 10,96 persen. Penurunan itu "
            "patut dicatat, tetapi makin lambat dari tahun ke tahun, dan kelompok yang tersisa adalah yang paling sulit "
            "dijangkau oleh bantuan sosial biasa.\n\n"
            "Di Papua, misalnya, persentase penduduk miskin Maret 2024 masih 20,23 persen.")
    r = extract(text, "2024-10-21")
    assert one(r, "9,03 persen").region_code == "ID"
    assert one(r, "10,96 persen").region_code == "ID"
    assert one(r, "20,23 persen").region_code == "91"


def test_a_regency_described_with_the_province_it_lies_in_then_pointed_back_to(extract):
    text = ("SAMARINDA – Pemprov Kaltim menempatkan Kabupaten Mahakam Ulu sebagai prioritas. Persentase penduduk miskin di "
            "kabupaten termuda di Kaltim itu pada 2015 mencapai 11,62 persen.")
    r = extract(text, "2016-08-22")
    f = one(r, "11,62 persen")
    assert (f.region_code, f.year) == ("64.11", 2015)
