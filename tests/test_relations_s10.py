"""Relation and entity rules added in session 10 (held-out sets 109-112), each on short articles written for
these tests."""

from __future__ import annotations

from .test_relations import one


def test_a_change_with_no_direction_word_goes_the_way_its_two_levels_went(extract):
    r = extract("SAROLANGUN – Persentase penduduk miskin Sarolangun pada Maret 2023 sebesar 7,95 persen. "
                "Angka itu turun dari 8,21 persen pada Maret 2022.\n\n"
                "\"Dalam setahun hanya 0,26 poin. Kita harus bekerja lebih keras,\" kata Bupati Sarolangun.",
                "2023-08-10")
    f = one(r, "0,26 poin")
    assert (f.kind, f.value, f.unit, f.year, f.month) == ("change", -0.26, "percent_point", 2023, 3)


def test_a_rise_with_no_direction_word_stays_positive(extract):
    r = extract("SAROLANGUN – Persentase penduduk miskin Sarolangun pada Maret 2023 sebesar 8,47 persen. "
                "Angka itu naik dari 8,21 persen pada Maret 2022.\n\n"
                "\"Dalam setahun bertambah 0,26 poin,\" kata Bupati Sarolangun.", "2023-08-10")
    assert one(r, "0,26 poin").value == 0.26


def test_a_change_after_its_earlier_level_ends_at_the_later_period_named_before(extract):
    r = extract("KEPAHIANG – Anggota DPRD Kepahiang menilai angka kemiskinan 13,40 persen untuk Maret 2023 "
                "terlalu rendah. \"BPS bilang penduduk miskin kita sekitar 18,2 ribu jiwa,\" katanya.\n\n"
                "Pada Maret 2022, persentase penduduk miskin Kepahiang 13,95 persen. "
                "\"Setahun cuma turun 0,55 poin,\" ujarnya.", "2024-02-01")
    f = one(r, "0,55 poin")
    assert (f.value, f.year, f.month) == (-0.55, 2023, 3)


def test_the_whole_a_fraction_is_taken_of_is_no_registry_count(extract):
    r = extract("Sebanyak 96 keluarga di Desa Nanga Mau tercatat dalam Data Terpadu Kesejahteraan Sosial (DTKS). "
                "Jumlah itu hampir sepertiga dari 310 kepala keluarga di desa tersebut.", "2023-05-02")
    assert one(r, "96 keluarga").metric == "welfare_registry_count"
    assert one(r, "310 kepala keluarga").metric == "other"


def test_a_provinces_average_after_a_comma_is_the_provinces(extract):
    r = extract("Berdasarkan data BPS, persentase penduduk miskin Kulon Progo pada Maret 2024 tercatat 16,39 "
                "persen. Angka itu tertinggi di Daerah Istimewa Yogyakarta, yang rata-ratanya 10,83 persen.",
                "2024-08-01")
    assert one(r, "16,39 persen").region_code == "34.01"
    assert one(r, "10,83 persen").region_code == "34"


def test_a_from_value_with_no_date_after_a_dated_level_and_its_change_is_of_that_earlier_period(extract):
    r = extract("AMBON – Berdasarkan data BPS Maret 2023, persentase penduduk miskin Kabupaten Seram Bagian Timur "
                "mencapai 23,70 persen dan Kabupaten Buru 15,20 persen.\n\n"
                "Pada Maret 2022 persentase Seram Bagian Timur 24,28 persen, sehingga hanya turun 0,58 persen poin. "
                "Buru lebih baik, turun dari 15,92 persen menjadi 15,20 persen.", "2023-08-01")
    f = one(r, "15,92 persen")
    assert (f.region_code, f.year, f.month) == ("81.04", 2022, 3)
    assert one(r, "23,70 persen").year == 2023


def test_a_series_of_dated_levels_is_no_comparison_base(extract):
    r = extract("Pada tahun 2019 jumlah penduduk miskin di Kabupaten Tabalong sekitar 15.210 jiwa dan angka "
                "kemiskinannya 6,10%, sedangkan pada tahun 2020 jumlahnya turun menjadi 14.980 jiwa dengan angka "
                "kemiskinan 5,95% dan untuk 2021 jumlahnya menjadi 15.400 jiwa dengan angka kemiskinan 6,05%.\n\n"
                "Pada tahun 2022 ini, tingkat pengangguran di Kabupaten Tabalong adalah 3,10% dari 250 ribu "
                "penduduknya.", "2022-10-01")
    assert one(r, "250 ribu penduduknya").year == 2022


def test_what_could_be_reached_if_the_rate_fell_is_a_target(extract):
    r = extract("TIOM – Pj Bupati Lanny Jaya menargetkan kemiskinan ekstrem turun menjadi 6 persen pada akhir 2024. "
                "Saat ini kemiskinan ekstrem Lanny Jaya masih 9,86 persen.\n\n"
                "\"Kalau bisa turun sampai 6 persen, itu sudah lompatan besar,\" ujarnya.", "2024-05-16")
    assert all(f.kind == "target" for f in r.figures if f.text.startswith("6 persen"))
    assert one(r, "9,86 persen").kind == "level"


def test_state_bank_group_and_glued_social_office_names_are_agencies(extract):
    r = extract("WONOSARI – Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak (DinsosP3A) Gunungkidul "
                "menyalurkan bantuan lewat bank Himbara. Kepala Bappeda dan Litbang Gunungkidul hadir.",
                "2025-06-23")
    agencies = {e.text for e in r.entities if e.label == "AGENCY"}
    assert "Himbara" in agencies
    assert any(a.startswith("DinsosP3A") for a in agencies)
    assert any(a.startswith("Bappeda dan Litbang") for a in agencies)
